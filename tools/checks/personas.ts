import { describeRecord, recordsOf, type Check, type Violation } from './types'

/*
 * Every persona has its criteria: the persona's `user_criteria` is what grants its offerings
 * (sc_cat_item_user_criteria_mtom rows point at it). A persona shipped without one, or pointing at
 * a criterion the build does not ship, or at another persona's criterion, makes its catalog items
 * invisible to its users (or visible to the wrong ones) with no error anywhere.
 */
export const personaCriteria: Check = ({ records }) => {
    const criteria = new Map(recordsOf(records, 'user_criteria').map((r) => [r.sysId, r]))
    const out: Violation[] = []
    for (const persona of recordsOf(records, 'x_psm_persona_persona')) {
        const where = describeRecord(persona)
        const id = persona.fields.user_criteria ?? ''
        if (!id) {
            out.push({ check: 'persona-criteria', where, message: 'has no user_criteria: nothing grants its catalog offerings to its users.' })
            continue
        }
        const uc = criteria.get(id)
        if (!uc) {
            out.push({ check: 'persona-criteria', where, message: `its user_criteria ${id} is not a user_criteria record of the build.` })
            continue
        }
        if (uc.fields.active === 'false') out.push({ check: 'persona-criteria', where, message: `its user_criteria '${uc.fields.name}' is inactive: it grants nothing.` })
        const script = uc.fields.script ?? ''
        if (uc.fields.advanced === 'true' && script.trim() && !script.includes(persona.sysId)) {
            out.push({
                check: 'persona-criteria',
                where,
                message: `its user_criteria '${uc.fields.name}' is scripted but its script does not name this persona's sys_id ${persona.sysId}: it matches some other persona's users.`,
            })
        }
    }
    return out
}
