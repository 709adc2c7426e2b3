import { gs, GlideDateTime, GlideRecord } from '@servicenow/glide'
import { decisionOf, releaseOtherApprovals, requestApprovals } from './app-approvals.ts'

/*
 * Business areas choose (issue 17, item 2). A manager (sys_user.manager) proposes a persona for their
 * direct reports; a business-area owner (role x_psm_persona.business_area_owner and an active
 * x_psm_persona_business_area row naming them owner of a department) for the people of that department.
 * A proposal pins the persona, so scoring would never undo it: it is approved first, by the app's
 * persona administrators (x_psm_persona.admin, one approval row each, the first decision decides).
 * Why them and not the manager's manager: the proposer already speaks for the business; what is left to
 * check is whether the persona fits how the person works (the admin sees the profile's scores and
 * explanation) and what it costs, and the admins own both; a manager's manager is often the
 * business-area owner who proposed, and owners outside the reporting line have none.
 * Approved, the profile is pinned to the persona and the assignment history records the proposal, who
 * proposed and who decided.
 */

export const PROPOSAL = 'x_psm_persona_proposal'
export const AREA_OWNER_ROLE = 'x_psm_persona.business_area_owner'
export const PROPOSAL_APPROVER_ROLE = 'x_psm_persona.admin'
const MAX_TEAM = 500

export type ProposerRole = 'manager' | 'business_area_owner'

export interface TeamMember {
    sysId: string
    name: string
    department: string
    persona: string
    personaName: string
    pinned: boolean
    pendingPersona: string
    as: ProposerRole
}

export type ProposalOutcome = { ok: true; proposalId: string; message: string } | { ok: false; message: string }

/** Departments the session user owns as a business-area owner (none without the role). */
export function ownedDepartments(proposerId: string): string[] {
    if (!gs.hasRole(AREA_OWNER_ROLE)) return []
    const out: string[] = []
    const area = new GlideRecord('x_psm_persona_business_area')
    area.addQuery('owner', proposerId)
    area.addActiveQuery()
    area.query()
    while (area.next()) out.push(area.getValue('department') || '')
    return out.filter((d) => d !== '')
}

/** As what the session user may propose for this user: their manager first, else owner of their department; '' when not at all. */
export function proposerRole(proposerId: string, user: GlideRecord): ProposerRole | '' {
    if (!proposerId || user.getUniqueValue() === proposerId) return ''
    if (user.getValue('manager') === proposerId) return 'manager'
    const dept = user.getValue('department') || ''
    return dept && ownedDepartments(proposerId).indexOf(dept) >= 0 ? 'business_area_owner' : ''
}

function pendingByUser(userIds: readonly string[]): Map<string, string> {
    const out = new Map<string, string>()
    if (!userIds.length) return out
    const gr = new GlideRecord(PROPOSAL)
    gr.addQuery('user', 'IN', userIds.join(','))
    gr.addQuery('state', 'requested')
    gr.query()
    while (gr.next()) out.set(gr.getValue('user') || '', gr.getDisplayValue('persona'))
    return out
}

function pinnedUsers(userIds: readonly string[]): Set<string> {
    const out = new Set<string>()
    if (!userIds.length) return out
    const gr = new GlideRecord('x_psm_persona_profile')
    gr.addQuery('user', 'IN', userIds.join(','))
    gr.addQuery('locked', true)
    gr.query()
    while (gr.next()) out.add(gr.getValue('user') || '')
    return out
}

/** The people the session user may propose for: direct reports, then the departments they own; by name. */
export function team(proposerId: string): TeamMember[] {
    const depts = ownedDepartments(proposerId)
    const user = new GlideRecord('sys_user')
    user.addActiveQuery()
    const q = user.addQuery('manager', proposerId)
    if (depts.length) q.addOrCondition('department', 'IN', depts.join(','))
    user.addQuery('sys_id', '!=', proposerId)
    user.orderBy('name')
    user.setLimit(MAX_TEAM)
    user.query()
    const out: TeamMember[] = []
    while (user.next()) {
        out.push({
            sysId: user.getUniqueValue(),
            name: user.getValue('name') || user.getValue('user_name') || '',
            department: user.getDisplayValue('department'),
            persona: user.getValue('x_psm_persona_persona') || '',
            personaName: user.getDisplayValue('x_psm_persona_persona'),
            pinned: false,
            pendingPersona: '',
            as: user.getValue('manager') === proposerId ? 'manager' : 'business_area_owner',
        })
    }
    const ids = out.map((m) => m.sysId)
    const pending = pendingByUser(ids)
    const pinned = pinnedUsers(ids)
    for (const m of out) {
        m.pendingPersona = pending.get(m.sysId) || ''
        m.pinned = pinned.has(m.sysId)
    }
    return out
}

/** Active users holding the approver role directly or through a group, the proposer excepted. */
export function proposalApprovers(proposerId: string): string[] {
    const role = new GlideRecord('sys_user_role')
    if (!role.get('name', PROPOSAL_APPROVER_ROLE)) return []
    const out: string[] = []
    const has = new GlideRecord('sys_user_has_role')
    has.addQuery('role', role.getUniqueValue())
    has.addQuery('user.active', true)
    has.query()
    while (has.next()) {
        const id = has.getValue('user') || ''
        if (id && id !== proposerId && out.indexOf(id) < 0) out.push(id)
    }
    return out
}

/** Files the session user's proposal and asks the approvers. Nothing is written when it is refused. */
export function proposePersona(userId: unknown, personaId: unknown, justification: unknown): ProposalOutcome {
    const proposerId = gs.getUserID()
    const why = String(justification || '').trim()
    const user = new GlideRecord('sys_user')
    if (!userId || !user.get(String(userId)) || user.getValue('active') !== '1') return { ok: false, message: 'There is no such person.' }
    const as = proposerRole(proposerId, user)
    if (!as) return { ok: false, message: 'You can propose a persona only for your direct reports or for people of a business area you own.' }
    const persona = new GlideRecord('x_psm_persona_persona')
    if (!personaId || !persona.get(String(personaId)) || persona.getValue('active') !== '1') return { ok: false, message: 'Choose an active persona.' }
    if (why.length < 10) return { ok: false, message: 'Say why this persona fits (at least 10 characters): the approver decides on it.' }
    if (why.length > 1000) return { ok: false, message: 'The reason is too long: at most 1000 characters.' }
    const name = user.getValue('name') || user.getValue('user_name') || ''
    const open = new GlideRecord(PROPOSAL)
    open.addQuery('user', user.getUniqueValue())
    open.addQuery('state', 'requested')
    open.setLimit(1)
    open.query()
    if (open.next()) return { ok: false, message: `A proposal for ${name} (${open.getDisplayValue('persona')}) is already waiting for approval.` }
    const approvers = proposalApprovers(proposerId)
    if (!approvers.length) return { ok: false, message: `Nobody can approve the proposal: no one else holds ${PROPOSAL_APPROVER_ROLE}. Ask the service desk.` }
    const gr = new GlideRecord(PROPOSAL)
    gr.initialize()
    gr.setValue('user', user.getUniqueValue())
    gr.setValue('persona', persona.getUniqueValue())
    gr.setValue('current_persona', user.getValue('x_psm_persona_persona') || '')
    gr.setValue('proposed_by', proposerId)
    gr.setValue('proposed_as', as)
    gr.setValue('justification', why)
    gr.setValue('state', 'requested')
    gr.setValue('short_description', `Persona proposal: ${name} as ${persona.getValue('name') || ''} (pinned)`.slice(0, 160))
    const id = gr.insert()
    if (!id) return { ok: false, message: 'The proposal could not be saved. Please try again later.' }
    requestApprovals(PROPOSAL, id, approvers)
    return { ok: true, proposalId: id, message: `Your proposal of ${persona.getValue('name')} for ${name} was sent for approval.` }
}

/** After an approver decided (the approval rule): pin the persona on the profile, or record the rejection. */
export function decideProposal(approval: GlideRecord): void {
    const decision = decisionOf(approval)
    if (!decision) return
    const proposal = new GlideRecord(PROPOSAL)
    if (!proposal.get(decision.documentId) || proposal.getValue('state') !== 'requested') return
    releaseOtherApprovals(approval)
    proposal.setValue('decided_by', decision.approverId)
    proposal.setValue('decided_on', new GlideDateTime().getValue())
    proposal.setValue('decision_comment', decision.comment.slice(0, 1000))
    proposal.setValue('state', decision.approved ? 'approved' : 'rejected')
    proposal.update()
    if (!decision.approved) return
    const profile = new GlideRecord('x_psm_persona_profile')
    if (!profile.get('user', proposal.getValue('user'))) return
    // The profile's rules pin it (a persona set by hand is locked) and write the history with the proposal.
    profile.setValue('persona', proposal.getValue('persona'))
    profile.setValue('locked', true)
    profile.setValue('proposal', proposal.getUniqueValue())
    profile.update()
}
