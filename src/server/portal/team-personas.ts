import { gs, GlideRecord } from '@servicenow/glide'
import { proposePersona, team, type ProposalOutcome, type TeamMember } from '../persona/proposals.ts'

/*
 * The page psm_team_personas: the people the signed-in user may propose a persona for (direct reports,
 * and the departments they own as a business-area owner), each with their persona, whether it is
 * pinned and any proposal waiting; and the proposal form. Everything is checked again on submission
 * (src/server/persona/proposals.ts).
 */

export interface PersonaChoice {
    sysId: string
    name: string
}

export interface TeamPage {
    members: TeamMember[]
    personas: PersonaChoice[]
}

function activePersonas(): PersonaChoice[] {
    const gr = new GlideRecord('x_psm_persona_persona')
    gr.addActiveQuery()
    gr.orderBy('order')
    gr.orderBy('name')
    gr.query()
    const out: PersonaChoice[] = []
    while (gr.next()) out.push({ sysId: gr.getUniqueValue(), name: gr.getValue('name') || '' })
    return out
}

export function teamPage(): TeamPage {
    return { members: team(gs.getUserID()), personas: activePersonas() }
}

export function submitProposal(input: { user?: unknown; persona?: unknown; justification?: unknown }): ProposalOutcome {
    return proposePersona(input.user, input.persona, input.justification)
}
