import { GlideRecord } from '@servicenow/glide'
import { parseAmount } from './money.ts'

/**
 * Before a requested item is inserted (however it is ordered: the portal's sn_sc.CartJS, the
 * Service Catalog API, a cart checkout): when the requested-for user's persona offers the item, the
 * item recurs at the persona's monthly cost. Items the persona does not offer keep the catalog's
 * own recurring price.
 */
export function personaRecurringCost(current: GlideRecord, _previous: GlideRecord | null): void {
    const itemId = current.getValue('cat_item') || ''
    const userId = current.getValue('requested_for') || ''
    if (!itemId || !userId) return
    const user = new GlideRecord('sys_user')
    if (!user.get(userId)) return
    const personaId = user.getValue('x_psm_persona_persona') || ''
    if (!personaId) return
    const offering = new GlideRecord('x_psm_persona_offering')
    offering.addQuery('persona', personaId)
    offering.addQuery('catalog_item', itemId)
    offering.addQuery('active', true)
    offering.setLimit(1)
    offering.query()
    if (!offering.next()) return
    current.setValue('recurring_price', parseAmount(offering.getValue('monthly_cost')) ?? 0)
    current.setValue('recurring_frequency', 'monthly')
}
