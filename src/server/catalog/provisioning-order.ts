import { gs, GlideRecord } from '@servicenow/glide'
import { CartJS } from '@servicenow/glide/sn_sc'
import { memberMonthlyCost, parseAmount } from './money.ts'
import { provisioningPlan } from './provisioning-plan.ts'

/*
 * Bundles provisioned (issue 17, item 3). When a user's persona is assigned or changes, the history
 * row (x_psm_persona_assignment) is written inside the profile's save; an ASYNC rule on that row runs
 * this, so a bulk rescoring of 100,000 profiles never orders inline. The new persona's bundled
 * services the user does not already have are ordered through the catalog (sn_sc.CartJS: "Performs
 * the cart checkout", with Request for the user), priced at the persona's costs by the requested
 * item rule; the previous persona's services the new one lacks are listed for review. Re-running is
 * harmless: an item with an open or fulfilled requested item for the user is never ordered again.
 */

/** The provisioning email's events: a first persona (a welcome) or a change; parm2 the run. */
export const PROVISIONED_ASSIGNED_EVENT = 'x_psm_persona.provisioning.assigned'
export const PROVISIONED_CHANGED_EVENT = 'x_psm_persona.provisioning.changed'
const CART = 'psm_provisioning'
/** Task states of a fulfilled item (Closed Complete) and the open ones (active). */
const CLOSED_COMPLETE = '3'

interface Offering {
    itemId: string
    monthlyCost: number
    bundled: boolean
}

/** The persona's active offerings on active items, in offering order. */
export function personaOfferings(personaId: string): Offering[] {
    return offeringsOf([personaId])[personaId] || []
}

/**
 * The active offerings on active items of several personas in one query, by persona, each in offering
 * order (a persona change reads the new persona's and the previous one's together).
 */
function offeringsOf(personaIds: readonly string[]): { [personaId: string]: Offering[] } {
    const out: { [personaId: string]: Offering[] } = {}
    const ids = personaIds.filter((id, i) => !!id && personaIds.indexOf(id) === i)
    for (const id of ids) out[id] = []
    if (!ids.length) return out
    const gr = new GlideRecord('x_psm_persona_offering')
    gr.addQuery('persona', 'IN', ids.join(','))
    gr.addQuery('active', true)
    gr.addQuery('catalog_item.active', true)
    gr.orderBy('order')
    gr.query()
    while (gr.next()) {
        const list = out[gr.getValue('persona') || '']
        if (list) list.push({ itemId: gr.getValue('catalog_item') || '', monthlyCost: parseAmount(gr.getValue('monthly_cost')) ?? 0, bundled: gr.getValue('bundled') === '1' })
    }
    return out
}

interface PersonaFacts {
    name: string
    baseCost: number
}

/** Personas' names (their display value) and base monthly costs, in one query; a missing persona is absent. */
function personaFacts(personaIds: readonly string[]): { [personaId: string]: PersonaFacts } {
    const out: { [personaId: string]: PersonaFacts } = {}
    const ids = personaIds.filter((id) => !!id)
    if (!ids.length) return out
    const gr = new GlideRecord('x_psm_persona_persona')
    gr.addQuery('sys_id', 'IN', ids.join(','))
    gr.query()
    while (gr.next()) out[gr.getUniqueValue()] = { name: gr.getDisplayValue('name'), baseCost: parseAmount(gr.getValue('monthly_cost')) ?? 0 }
    return out
}

/** The monthly cost per member of a persona: its base cost plus its bundled services (the one price model, money.ts). */
function memberCostOf(persona: PersonaFacts | undefined, offerings: readonly Offering[]): number {
    if (!persona) return 0
    return memberMonthlyCost(
        persona.baseCost,
        offerings.filter((o) => o.bundled).map((o) => o.monthlyCost),
    )
}

/** The persona's monthly cost per member: its base cost plus its bundled services (the one price model, money.ts). */
export function personaMemberCost(personaId: string, offerings?: readonly Offering[]): number {
    if (!personaId) return 0
    return memberCostOf(personaFacts([personaId])[personaId], offerings ?? personaOfferings(personaId))
}

/** Items among itemIds the user already has: a requested item for them that is open, or closed complete. */
export function itemsUserHas(userId: string, itemIds: readonly string[]): { [itemId: string]: string } {
    const out: { [itemId: string]: string } = {}
    if (!itemIds.length) return out
    const gr = new GlideRecord('sc_req_item')
    gr.addQuery('requested_for', userId)
    gr.addQuery('cat_item', 'IN', itemIds.join(','))
    gr.addQuery('active', true).addOrCondition('state', CLOSED_COMPLETE)
    gr.query()
    while (gr.next()) out[gr.getValue('cat_item') || ''] = gr.getUniqueValue()
    return out
}

/** The provisioning run the requested-item rule is part of: the user's run in state "ordering", if any. */
export function orderingRunFor(userId: string): GlideRecord | null {
    if (!userId) return null
    const run = new GlideRecord('x_psm_persona_provisioning')
    run.addQuery('user', userId)
    run.addQuery('state', 'ordering')
    run.setLimit(1)
    run.query()
    return run.next() ? run : null
}

/** After insert of an assignment row (async): provision the user's new persona. */
export function provisionAfterAssignment(current: GlideRecord, _previous: GlideRecord | null): void {
    const to = current.getValue('to_persona') || ''
    const from = current.getValue('from_persona') || ''
    if (!to || to === from) return
    provisionUser(current.getValue('user') || '', from, to, current.getUniqueValue())
}

/**
 * Orders what the plan says and records the run; returns the run's sys_id ('' when the user no
 * longer holds the persona: a later assignment provisions the persona they hold).
 */
export function provisionUser(userId: string, fromPersona: string, toPersona: string, assignmentId: string): string {
    const user = new GlideRecord('sys_user')
    if (!userId || !user.get(userId)) return ''
    if ((user.getValue('x_psm_persona_persona') || '') !== toPersona) return ''
    // Both personas' offerings in one read, and their names and costs in another.
    const offerings = offeringsOf([toPersona, fromPersona])
    const mine = offerings[toPersona] || []
    const before = offerings[fromPersona] || []
    const facts = personaFacts([fromPersona, toPersona])
    const candidates = mine.map((o) => o.itemId).concat(before.map((o) => o.itemId))
    const has = itemsUserHas(userId, candidates)
    const plan = provisioningPlan({
        bundled: mine.filter((o) => o.bundled).map((o) => o.itemId),
        offered: mine.map((o) => o.itemId),
        previous: before.filter((o) => o.bundled || !!has[o.itemId]).map((o) => o.itemId),
        has: Object.keys(has),
    })
    const run = new GlideRecord('x_psm_persona_provisioning')
    run.initialize()
    run.setValue('user', userId)
    run.setValue('assignment', assignmentId)
    run.setValue('from_persona', fromPersona)
    run.setValue('to_persona', toPersona)
    run.setValue('member_monthly_cost', memberCostOf(facts[toPersona], mine))
    run.setValue('state', plan.order.length ? 'ordering' : 'nothing_to_order')
    const runId = run.insert()
    if (!runId) return ''
    // The two personas' names, read above for the order's instructions and every review's reason.
    const personas = { from: fromPersona, to: toPersona, fromName: facts[fromPersona]?.name || '', toName: facts[toPersona]?.name || '' }
    if (plan.order.length) order(run, userId, personas.toName, plan.order)
    listForReview(userId, plan.review, has, personas, runId)
    gs.eventQueue(fromPersona ? PROVISIONED_CHANGED_EVENT : PROVISIONED_ASSIGNED_EVENT, user, userId, runId)
    return runId
}

function order(run: GlideRecord, userId: string, personaName: string, items: readonly string[]): void {
    const cart = new CartJS(CART)
    try {
        // Ordered for the user: the catalog checks each item against the user's access, not the session's.
        cart.setRequestedFor(userId)
        // The cart is kept between runs (checkout removes its items, not the cart): emptied first only when
        // an earlier run left items in it (its order failed and so did emptying it), which must not be ordered
        // for this user. Deleting and re-creating an empty cart on every run wrote two cart rows for nothing.
        if (cart.getCartItems().hasNext()) {
            cart.empty()
            cart.setRequestedFor(userId)
        }
        for (const itemId of items) cart.addToCart({ sysparm_id: itemId, sysparm_quantity: '1' })
        const result = cart.submitOrder({
            requested_for: userId,
            special_instructions: `Ordered for you with your persona ${personaName}: its bundled services you did not have yet.`,
        }) as { request_id?: string }
        run.setValue('request', String(result.request_id || ''))
        run.setValue('state', 'ordered')
        run.setValue('message', `${items.length} bundled service(s) ordered.`)
    } catch (e) {
        // The order is refused as a whole (checkout is all or nothing): say why on the run, for an analyst.
        run.setValue('state', 'failed')
        run.setValue('message', `Not ordered: ${(e instanceof Error ? e.message : String(e)).slice(0, 900)}`)
        try {
            cart.empty()
        } catch {
            // An empty cart is only tidiness; the run already says what failed.
        }
    }
    run.update()
}

interface PersonaPair {
    from: string
    to: string
    fromName: string
    toName: string
}

/** Lists the services for review, each once: one query for the user's open reviews of them, then the missing ones inserted. */
function listForReview(userId: string, itemIds: readonly string[], has: { [itemId: string]: string }, personas: PersonaPair, runId: string): void {
    if (!itemIds.length) return
    const open: { [itemId: string]: boolean } = {}
    const gr = new GlideRecord('x_psm_persona_service_review')
    gr.addQuery('user', userId)
    gr.addQuery('catalog_item', 'IN', itemIds.join(','))
    gr.addQuery('state', 'open')
    gr.query()
    while (gr.next()) open[gr.getValue('catalog_item') || ''] = true
    for (const itemId of itemIds) {
        if (open[itemId]) continue
        open[itemId] = true
        const review = new GlideRecord('x_psm_persona_service_review')
        review.initialize()
        review.setValue('user', userId)
        review.setValue('catalog_item', itemId)
        review.setValue('requested_item', has[itemId] || '')
        review.setValue('from_persona', personas.from)
        review.setValue('to_persona', personas.to)
        review.setValue('provisioning', runId)
        review.setValue('reason', `${personas.fromName} offered this service and ${personas.toName} does not: review whether the user keeps it.`)
        review.insert()
    }
}
