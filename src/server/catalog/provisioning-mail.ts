import { GlideRecord } from '@servicenow/glide'
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

/**
 * Mail script body for x_psm_persona.persona.assigned (the first persona: a welcome) and
 * x_psm_persona.persona.changed (parm2 the previous persona): current is the user.
 */
export function printPersonaWelcome(current: GlideRecord, template: Printer, _email: unknown, _action: unknown, event: GlideRecord | null): void {
    const personaId = current.getValue('x_psm_persona_persona') || ''
    const welcome = !!event && event.getValue('name') === ASSIGNED_EVENT
    const previousId = event && !welcome ? event.getValue('parm2') || '' : ''
    const mine = offeringsOf(personaId)
    const before: Record<string, boolean> = {}
    for (const s of offeringsOf(previousId)) before[s.itemId] = true
    template.print(
        renderPersonaWelcome({
            welcome,
            userName: current.getValue('first_name') || current.getValue('name') || current.getValue('user_name') || '',
            personaName: nameOf(personaId),
            previousPersonaName: nameOf(previousId),
            newlyAvailable: mine.filter((s) => !before[s.itemId]),
            bundled: mine.filter((s) => s.bundled),
            portalPath: '/sp',
        }),
    )
}
