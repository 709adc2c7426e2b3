import { gs, GlideRecord } from '@servicenow/glide'
import { itemUrl, portalUrl, PORTAL_PAGES, trimBase } from '../change/mail-links.ts'
import { htmlToPlainText } from '../change/render-text.ts'
import { renderPersonaWelcome, type ProvisionedService } from './provisioning-render.ts'

interface Printer {
    print(text: string): void
}

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

const ASSIGNED_EVENT = 'x_psm_persona.persona.assigned'

function welcomeHtml(current: GlideRecord, event: GlideRecord | null): string {
    const personaId = current.getValue('x_psm_persona_persona') || ''
    const welcome = !!event && event.getValue('name') === ASSIGNED_EVENT
    const previousId = event && !welcome ? event.getValue('parm2') || '' : ''
    const mine = offeringsOf(personaId)
    const before: Record<string, boolean> = {}
    for (const s of offeringsOf(previousId)) before[s.itemId] = true
    const base = trimBase(gs.getProperty('glide.servlet.uri', '') || '')
    return renderPersonaWelcome({
        welcome,
        userName: current.getValue('first_name') || current.getValue('name') || current.getValue('user_name') || '',
        personaName: nameOf(personaId),
        previousPersonaName: nameOf(previousId),
        newlyAvailable: mine.filter((s) => !before[s.itemId]),
        bundled: mine.filter((s) => s.bundled),
        catalogUrl: portalUrl(base, PORTAL_PAGES.catalog),
        personaUrl: portalUrl(base, 'psm_my_persona'),
        itemUrl: (id) => itemUrl(base, id),
    })
}

/**
 * Mail script body for x_psm_persona.persona.assigned (the first persona: a welcome) and
 * x_psm_persona.persona.changed (parm2 the previous persona): current is the user.
 */
export function printPersonaWelcome(current: GlideRecord, template: Printer, _email: unknown, _action: unknown, event: GlideRecord | null): void {
    template.print(welcomeHtml(current, event))
}

/** The plain-text part of the same message (message_text). */
export function printPersonaWelcomeText(current: GlideRecord, template: Printer, _email: unknown, _action: unknown, event: GlideRecord | null): void {
    template.print(htmlToPlainText(welcomeHtml(current, event)))
}
