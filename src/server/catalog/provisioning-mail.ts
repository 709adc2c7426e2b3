import { GlideRecord } from '@servicenow/glide'
import { itemUrl, portalUrl, PORTAL_PAGES, ticketUrl } from '../mail/links.ts'
import { instanceUrl } from '../mail/instance-url.ts'
import type { MailPrinter } from '../mail/outbound.ts'
import { greetingNameOf, nameFieldsOf } from '../mail/people.ts'
import { htmlToPlainText } from '../mail/text.ts'
import { memberCostBreakdown, parseAmount } from './money.ts'
import { PROVISIONED_ASSIGNED_EVENT } from './provisioning-order.ts'
import { renderPersonaWelcome, type OrderedService, type ProvisionedService, type ProvisioningOutcome } from './provisioning-render.ts'

/** The active offerings of a persona on active items, bundled first (one query). */
function offeringsOf(personaId: string): ProvisionedService[] {
    const out: ProvisionedService[] = []
    if (!personaId) return out
    const gr = new GlideRecord('x_psm_persona_offering')
    gr.addQuery('persona', personaId)
    gr.addQuery('active', true)
    gr.addQuery('catalog_item.active', true)
    gr.orderByDesc('bundled')
    gr.orderBy('order')
    gr.query()
    while (gr.next()) {
        const cost = gr.getValue('monthly_cost')
        out.push({
            itemId: gr.getValue('catalog_item') || '',
            name: gr.getDisplayValue('catalog_item'),
            monthlyCost: cost === null || cost === '' ? null : Number(cost),
            bundled: gr.getValue('bundled') === '1',
        })
    }
    return out
}

function nameOf(personaId: string): string {
    if (!personaId) return ''
    const p = new GlideRecord('x_psm_persona_persona')
    return p.get(personaId) ? p.getValue('name') || '' : ''
}

function baseCost(personaId: string): number {
    const p = new GlideRecord('x_psm_persona_persona')
    return personaId && p.get(personaId) ? parseAmount(p.getValue('monthly_cost')) ?? 0 : 0
}

/** What the provisioning run did: the items it ordered (as recorded, with the price the user is charged), what awaits review. */
function outcomeOf(run: GlideRecord, base: string): ProvisioningOutcome {
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
                name: ritm.getDisplayValue('cat_item'),
                priceText: ritm.getValue('x_psm_persona_price_shown') || '',
                waitsForApproval: ritm.getValue('approval') === 'requested',
            })
        }
    }
    const review: string[] = []
    const rv = new GlideRecord('x_psm_persona_service_review')
    rv.addQuery('provisioning', run.getUniqueValue())
    rv.query()
    while (rv.next()) review.push(rv.getDisplayValue('catalog_item'))
    return {
        state: run.getValue('state') || '',
        message: run.getValue('message') || '',
        requestNumber: requestId ? run.getDisplayValue('request') : '',
        requestUrl: requestId ? ticketUrl(base, 'sc_request', requestId) : '',
        ordered,
        review,
    }
}

function welcomeHtml(current: GlideRecord, event: GlideRecord | null): string {
    const personaId = current.getValue('x_psm_persona_persona') || ''
    const welcome = !!event && event.getValue('name') === PROVISIONED_ASSIGNED_EVENT
    const run = new GlideRecord('x_psm_persona_provisioning')
    const hasRun = !!event && run.get(event.getValue('parm2') || '')
    const previousId = hasRun && !welcome ? run.getValue('from_persona') || '' : ''
    const mine = offeringsOf(personaId)
    const before: Record<string, boolean> = {}
    for (const s of offeringsOf(previousId)) before[s.itemId] = true
    const base = instanceUrl()
    const cost = memberCostBreakdown(
        baseCost(personaId),
        mine.filter((s) => s.bundled).map((s) => s.monthlyCost ?? 0),
    )
    return renderPersonaWelcome({
        outcome: hasRun ? outcomeOf(run, base) : null,
        memberCostText: cost.totalText,
        memberCostBreakdown: cost.breakdown,
        welcome,
        userName: greetingNameOf(nameFieldsOf(current)),
        personaName: nameOf(personaId),
        previousPersonaName: nameOf(previousId),
        newlyAvailable: mine.filter((s) => !before[s.itemId]),
        bundled: mine.filter((s) => s.bundled),
        catalogUrl: portalUrl(base, PORTAL_PAGES.catalog),
        personaUrl: portalUrl(base, PORTAL_PAGES.myPersona),
        itemUrl: (id) => itemUrl(base, id),
    })
}

/**
 * Mail script body for x_psm_persona.provisioning.assigned (the first persona: a welcome) and
 * x_psm_persona.provisioning.changed (parm2 the provisioning run): current is the user.
 */
export function printPersonaWelcome(current: GlideRecord, template: MailPrinter, _email: unknown, _action: unknown, event: GlideRecord | null): void {
    template.print(welcomeHtml(current, event))
}

/** The plain-text part of the same message (message_text). */
export function printPersonaWelcomeText(current: GlideRecord, template: MailPrinter, _email: unknown, _action: unknown, event: GlideRecord | null): void {
    template.print(htmlToPlainText(welcomeHtml(current, event)))
}
