import { gs, GlideRecord } from '@servicenow/glide'
import { DIMENSIONS, type Dimension } from './dimensions.ts'
import {
    findIdenticalPersonas,
    identicalPersonaWarning,
    validateRankings,
    type PersonaShape,
    type RawRankings,
} from './persona-validation.ts'

function rawRankings(gr: GlideRecord): RawRankings {
    const raw: RawRankings = {}
    for (const d of DIMENSIONS) raw[d] = gr.getValue(d)
    return raw
}

/**
 * Before insert/update on x_psm_persona_persona: abort on a bad ranking (nothing written),
 * warn without aborting when an active persona with the same five rankings exists.
 */
export function validatePersona(current: GlideRecord, _previous: GlideRecord | null): void {
    const check = validateRankings(rawRankings(current))
    if (!check.ok || !check.rankings) {
        gs.addErrorMessage(`Persona "${current.getValue('name')}" not saved: ${check.errors.join(' ')}`)
        current.setAbortAction(true)
        return
    }
    // The warning is also kept on the record (validation_message), which the Table API returns: REST
    // clients never see session info messages. Deactivation writes its own notice (catalog-rules.ts).
    if (current.getValue('active') === '0') return
    current.setValue('validation_message', '')

    const others = new GlideRecord('x_psm_persona_persona')
    others.addQuery('active', true)
    others.addQuery('sys_id', '!=', current.getUniqueValue())
    for (const d of DIMENSIONS) others.addQuery(d, check.rankings[d as Dimension])
    others.query()
    const twins: PersonaShape[] = []
    while (others.next()) {
        twins.push({
            sysId: others.getUniqueValue(),
            name: others.getValue('name') || '',
            rankings: check.rankings,
            qualifier: others.getValue('qualifier') || '',
        })
    }
    const candidate: PersonaShape = {
        sysId: current.getUniqueValue(),
        name: current.getValue('name') || '',
        rankings: check.rankings,
        qualifier: current.getValue('qualifier') || '',
    }
    const warning = identicalPersonaWarning(candidate, findIdenticalPersonas(candidate, twins))
    if (warning) {
        current.setValue('validation_message', warning)
        gs.addInfoMessage(warning)
        gs.warn(warning)
    }
}
