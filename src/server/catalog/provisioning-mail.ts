import { GlideRecord } from '@servicenow/glide'
import { itemUrl, portalUrl, PORTAL_PAGES, ticketUrl } from '../mail/links.ts'
import { instanceUrl } from '../mail/instance-url.ts'
import type { MailPrinter } from '../mail/outbound.ts'
import { greetingNameOf, nameFieldsOf } from '../mail/people.ts'
import { htmlToPlainText } from '../mail/text.ts'
import { displayNames, ITEM_DISPLAY_FIELD } from './display-names.ts'
import { htmlForTextPart, htmlPart, messageKey } from './mail-parts.ts'
import { memberCostBreakdown, parseAmount } from './money.ts'
import { PROVISIONED_ASSIGNED_EVENT } from './provisioning-order.ts'
import { renderPersonaWelcome, type OrderedService, type ProvisionedService, type ProvisioningOutcome } from './provisioning-render.ts'

/**
 * The active offerings on active items of the new persona and the previous one, bundled first, in one
 * query (their names are filled in later, with the outcome's, in one read of the items).
 */
function offeringsOf(personaIds: readonly string[]): { [personaId: string]: ProvisionedService[] } {
    const out: { [personaId: string]: ProvisionedService[] } = {}
    const ids = personaIds.filter((id, i) => !!id && personaIds.indexOf(id) === i)
    for (const id of ids) out[id] = []
    if (!ids.length) return out
    const gr = new GlideRecord('x_psm_persona_offering')
    gr.addQuery('persona', 'IN', ids.join(','))
    gr.addQuery('active', true)
    gr.addQuery('catalog_item.active', true)
    gr.orderByDesc('bundled')
    gr.orderBy('order')
    gr.query()
    while (gr.next()) {
        const list = out[gr.getValue('persona') || '']
        if (!list) continue
        const cost = gr.getValue('monthly_cost')
        list.push({
            itemId: gr.getValue('catalog_item') || '',
            name: '',
            monthlyCost: cost === null || cost === '' ? null : Number(cost),
            bundled: gr.getValue('bundled') === '1',
        })
    }
    return out
}

/** Personas' names and base monthly costs (one query). */
function personasOf(personaIds: readonly string[]): { [personaId: string]: { name: string; baseCost: number } } {
    const out: { [personaId: string]: { name: string; baseCost: number } } = {}
    const ids = personaIds.filter((id) => !!id)
    if (!ids.length) return out
    const p = new GlideRecord('x_psm_persona_persona')
    p.addQuery('sys_id', 'IN', ids.join(','))
    p.query()
    while (p.next()) out[p.getUniqueValue()] = { name: p.getValue('name') || '', baseCost: parseAmount(p.getValue('monthly_cost')) ?? 0 }
    return out
}

/** What the provisioning run did: the items it ordered (as recorded, with the price the user is charged), what awaits review; names filled in by the caller. */
function outcomeOf(run: GlideRecord, base: string): ProvisioningOutcome & { reviewItems: string[] } {
    const ordered: OrderedService[] = []
    const requestId = run.getValue('request') || ''
    if (requestId) {
        const ritm = new GlideRecord('sc_req_item')
        ritm.addQuery('request', requestId)
        ritm.orderBy('number')
        ritm.query()
        while (ritm.next()) {
            ordered.push({
                itemId: ritm.getValue('cat_item') || '',
                name: '',
                priceText: ritm.getValue('x_psm_persona_price_shown') || '',
                waitsForApproval: ritm.getValue('approval') === 'requested',
            })
        }
    }
    const reviewItems: string[] = []
    const rv = new GlideRecord('x_psm_persona_service_review')
    rv.addQuery('provisioning', run.getUniqueValue())
    rv.query()
    while (rv.next()) reviewItems.push(rv.getValue('catalog_item') || '')
    return {
        state: run.getValue('state') || '',
        message: run.getValue('message') || '',
        requestNumber: requestId ? run.getDisplayValue('request') : '',
        requestUrl: requestId ? ticketUrl(base, 'sc_request', requestId) : '',
        ordered,
        review: [],
        reviewItems,
    }
}

function welcomeHtml(current: GlideRecord, event: GlideRecord | null): string {
    const personaId = current.getValue('x_psm_persona_persona') || ''
    const welcome = !!event && event.getValue('name') === PROVISIONED_ASSIGNED_EVENT
    const run = new GlideRecord('x_psm_persona_provisioning')
    const hasRun = !!event && run.get(event.getValue('parm2') || '')
    const previousId = hasRun && !welcome ? run.getValue('from_persona') || '' : ''
    // Both personas' offerings in one query and both personas in another (a change names the previous one).
    const offerings = offeringsOf([personaId, previousId])
    const mine = offerings[personaId] || []
    const before: Record<string, boolean> = {}
    for (const s of offerings[previousId] || []) before[s.itemId] = true
    const base = instanceUrl()
    const personas = personasOf([personaId, previousId])
    const persona = personas[personaId] || { name: '', baseCost: 0 }
    const outcome = hasRun ? outcomeOf(run, base) : null
    // Every item the message names (the offerings, what was ordered, what awaits review) in one read:
    // what getDisplayValue('cat_item') gives row by row.
    const names = displayNames(
        'sc_cat_item',
        mine.map((s) => s.itemId).concat(outcome ? outcome.ordered.map((o) => o.itemId).concat(outcome.reviewItems) : []),
        ITEM_DISPLAY_FIELD,
    )
    for (const s of mine) s.name = names[s.itemId] || ''
    if (outcome) {
        for (const o of outcome.ordered) o.name = names[o.itemId] || ''
        outcome.review = outcome.reviewItems.map((id) => names[id] || '')
    }
    const cost = memberCostBreakdown(
        persona.baseCost,
        mine.filter((s) => s.bundled).map((s) => s.monthlyCost ?? 0),
    )
    return renderPersonaWelcome({
        outcome: outcome ? { state: outcome.state, message: outcome.message, requestNumber: outcome.requestNumber, requestUrl: outcome.requestUrl, ordered: outcome.ordered, review: outcome.review } : null,
        memberCostText: cost.totalText,
        memberCostBreakdown: cost.breakdown,
        welcome,
        userName: greetingNameOf(nameFieldsOf(current)),
        personaName: persona.name,
        previousPersonaName: personas[previousId]?.name || '',
        newlyAvailable: mine.filter((s) => !before[s.itemId]),
        bundled: mine.filter((s) => s.bundled),
        catalogUrl: portalUrl(base, PORTAL_PAGES.catalog),
        personaUrl: portalUrl(base, PORTAL_PAGES.myPersona),
        itemUrl: (id) => itemUrl(base, id),
    })
}

/** The message's key: its event and user (the HTML is rendered once for both parts, mail-parts.ts). */
function keyOf(current: GlideRecord, event: GlideRecord | null): string {
    return messageKey(event ? event.getUniqueValue() : '', current.getUniqueValue())
}

/**
 * Mail script body for x_psm_persona.provisioning.assigned (the first persona: a welcome) and
 * x_psm_persona.provisioning.changed (parm2 the provisioning run): current is the user.
 */
export function printPersonaWelcome(current: GlideRecord, template: MailPrinter, _email: unknown, _action: unknown, event: GlideRecord | null): void {
    template.print(htmlPart(keyOf(current, event), () => welcomeHtml(current, event)))
}

/** The plain-text part of the same message (message_text). */
export function printPersonaWelcomeText(current: GlideRecord, template: MailPrinter, _email: unknown, _action: unknown, event: GlideRecord | null): void {
    template.print(htmlToPlainText(htmlForTextPart(keyOf(current, event), () => welcomeHtml(current, event))))
}
