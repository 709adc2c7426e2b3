import { gs, GlideRecord } from '@servicenow/glide'
import { parseAmount, priceText, servicePrice, type ItemPrices } from './money.ts'
import { orderingRunFor, personaMemberCost } from './provisioning-order.ts'

export const MANAGER_APPROVAL_PROPERTY = 'x_psm_persona.provisioning.manager_approval'

/** The active offering of the item by the persona, or null. */
function offeringOf(personaId: string, itemId: string): GlideRecord | null {
    if (!personaId) return null
    const offering = new GlideRecord('x_psm_persona_offering')
    offering.addQuery('persona', personaId)
    offering.addQuery('catalog_item', itemId)
    offering.addQuery('active', true)
    offering.setLimit(1)
    offering.query()
    return offering.next() ? offering : null
}

const NO_PRICES: ItemPrices = { price: 0, recurringPrice: 0, recurringFrequency: '' }

/** The catalog item's own prices (none when it does not exist). */
function catalogPrices(itemId: string): ItemPrices {
    const item = new GlideRecord('sc_cat_item')
    if (!item.get(itemId)) return NO_PRICES
    return { price: parseAmount(item.getValue('price')) ?? 0, recurringPrice: parseAmount(item.getValue('recurring_price')) ?? 0, recurringFrequency: item.getValue('recurring_frequency') || '' }
}

/** Whether any persona offers the item: the app fulfils persona services, not the rest of the catalog. */
export function isPersonaService(itemId: string): boolean {
    if (!itemId) return false
    const offering = new GlideRecord('x_psm_persona_offering')
    offering.addQuery('catalog_item', itemId)
    offering.setLimit(1)
    offering.query()
    return offering.hasNext()
}

/**
 * Before a requested item is inserted (however it is ordered: the portal's sn_sc.CartJS, the
 * Service Catalog API, a cart checkout, provisioning): a service the requested-for user's persona
 * offers costs the persona's monthly cost and nothing one-time (the persona pays the list price);
 * anything else keeps the catalog's prices. The item records the price as the user saw it (the same
 * text the pages print, money.ts) and the persona's monthly cost per member, for chargeback; and
 * whether it waits for the manager's approval (only orders placed by provisioning do).
 */
export function personaRecurringCost(current: GlideRecord, _previous: GlideRecord | null): void {
    const itemId = current.getValue('cat_item') || ''
    const userId = current.getValue('requested_for') || ''
    if (!itemId || !userId) return
    const user = new GlideRecord('sys_user')
    if (!user.get(userId)) return
    const personaId = user.getValue('x_psm_persona_persona') || ''
    const offering = offeringOf(personaId, itemId)
    // The persona's price replaces the catalog's (servicePrice): the item's own prices are read only without an offering.
    const price = offering ? servicePrice(NO_PRICES, parseAmount(offering.getValue('monthly_cost')) ?? 0) : servicePrice(catalogPrices(itemId), null)
    if (offering) {
        current.setValue('price', price.oneTime)
        current.setValue('recurring_price', price.monthly)
        current.setValue('recurring_frequency', 'monthly')
        current.setValue('x_psm_persona_persona', personaId)
    } else {
        // The persona recorded is the one whose offering priced the item, nothing else: the fulfilment
        // rule takes an item with a persona for a persona service without asking again (fulfilment.ts).
        current.setValue('x_psm_persona_persona', '')
    }
    current.setValue('x_psm_persona_price_shown', priceText(price))
    // An item the user's persona offers is a persona service; otherwise ask whether any persona offers it.
    if (!offering && !isPersonaService(itemId)) return
    const run = orderingRunFor(userId)
    // Provisioning's run already holds the persona's member cost: every item of its order shares it.
    if (offering) current.setValue('x_psm_persona_member_monthly_cost', run && run.getValue('to_persona') === personaId ? Number(run.getValue('member_monthly_cost')) || 0 : personaMemberCost(personaId))
    const manager = user.getValue('manager') || ''
    const waits = !!run && !!manager && gs.getProperty(MANAGER_APPROVAL_PROPERTY, 'true') !== 'false'
    current.setValue('approval', waits ? 'requested' : 'approved')
    current.setValue('stage', waits ? 'waiting_for_approval' : 'fulfillment')
}
