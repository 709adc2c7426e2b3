import { GlideAggregate, GlideRecord } from '@servicenow/glide'
import { personas } from './population.ts'
import { securityGaps, type PostureGap, type PostureUser } from './security-calc.ts'

/*
 * Security posture by persona on the instance: the active required controls per persona
 * (x_psm_persona_required_control), the controls catalog items provide (x_psm_persona_item_control), and the
 * items delivered to each user (sc_req_item Closed Complete, requested_for the user). One query per table.
 */

/** Requested items in state Closed Complete are the ones delivered. */
const DELIVERED = '3'

export function postureGaps(): PostureGap[] {
    const required = new Map<string, Set<string>>()
    const req = new GlideRecord('x_psm_persona_required_control')
    req.addQuery('active', true)
    req.query()
    while (req.next()) {
        const p = req.getValue('persona') || ''
        required.set(p, (required.get(p) ?? new Set<string>()).add(req.getValue('control') || ''))
    }
    if (!required.size) return []

    const controlsOfItem = new Map<string, Set<string>>()
    const ic = new GlideRecord('x_psm_persona_item_control')
    ic.query()
    while (ic.next()) {
        const item = ic.getValue('catalog_item') || ''
        controlsOfItem.set(item, (controlsOfItem.get(item) ?? new Set<string>()).add(ic.getValue('control') || ''))
    }

    const users: PostureUser[] = []
    const u = new GlideRecord('sys_user')
    u.addQuery('active', true)
    u.addQuery('x_psm_persona_persona', 'IN', [...required.keys()].join(','))
    u.query()
    while (u.next()) users.push({ userId: u.getUniqueValue(), name: u.getValue('name') || u.getValue('user_name') || '', personaId: u.getValue('x_psm_persona_persona') || '', department: u.getDisplayValue('department') })

    const provided = new Map<string, Set<string>>()
    if (controlsOfItem.size) {
        const agg = new GlideAggregate('sc_req_item')
        agg.addQuery('state', '=', DELIVERED)
        agg.addQuery('cat_item', 'IN', [...controlsOfItem.keys()].join(','))
        agg.addAggregate('COUNT', '')
        agg.groupBy('requested_for')
        agg.groupBy('cat_item')
        agg.query()
        while (agg.next()) {
            const user = agg.getValue('requested_for') || ''
            const set = provided.get(user) ?? new Set<string>()
            for (const c of controlsOfItem.get(agg.getValue('cat_item') || '') ?? []) set.add(c)
            provided.set(user, set)
        }
    }
    const names = new Map([...personas().values()].map((p) => [p.sysId, p.name]))
    return securityGaps(users, required, provided, names)
}
