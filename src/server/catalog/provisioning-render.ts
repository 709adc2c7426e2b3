import { escapeHtml, link, list, paragraph, section } from '../change/render-html.ts'
import { frame } from '../change/render-frame.ts'
import { formatMonthly } from './money.ts'

export interface ProvisionedService {
    itemId: string
    name: string
    monthlyCost: number | null
    bundled: boolean
}

export interface PersonaWelcome {
    /** The user's first persona: welcome them to it rather than announce a change. */
    welcome?: boolean
    userName: string
    personaName: string
    previousPersonaName: string
    /** Services the new persona offers that the previous one did not. */
    newlyAvailable: ProvisionedService[]
    /** The new persona's bundled services: provisioned with it, ready to order. */
    bundled: ProvisionedService[]
    /** The persona catalog on the portal (psm_catalog), absolute. */
    catalogUrl: string
    /** The persona card (psm_my_persona), absolute. */
    personaUrl: string
    /** An item's page on the portal (psm_item), absolute. */
    itemUrl: (itemId: string) => string
}

/** Each service links to its persona item page on the portal (psm_item), with its monthly cost. */
function serviceList(services: ProvisionedService[], itemUrl: (itemId: string) => string): string {
    if (!services.length) return paragraph('None.')
    return list(
        services.map((s) => {
            const cost = s.monthlyCost === null ? '' : ` (${escapeHtml(formatMonthly(s.monthlyCost))})`
            return `${link(itemUrl(s.itemId), s.name)}${cost}`
        }),
    )
}

/**
 * The proactive-provisioning email: the user's new persona, the services that became available
 * and the bundled ones ready to order, with links into the portal (the persona catalog is the
 * button). Every value is escaped.
 */
export function renderPersonaWelcome(w: PersonaWelcome): string {
    const from = w.previousPersonaName ? ` (previously ${escapeHtml(w.previousPersonaName)})` : ''
    const intro = w.welcome
        ? `Welcome to persona-based services. Your workstyle persona is <strong>${escapeHtml(w.personaName)}</strong>: IT provisions services to match how you work.`
        : `Your workstyle persona is now <strong>${escapeHtml(w.personaName)}</strong>${from}. IT provisions services to match how you work.`
    const itemUrl = (id: string) => w.itemUrl(id)
    return frame({
        attributes: `data-mail="${w.welcome ? 'persona-first' : 'persona-welcome'}"`,
        greetingName: w.userName,
        headline: w.welcome ? `Welcome to your ${w.personaName} services` : `Your persona is now ${w.personaName}`,
        lead: paragraph(intro),
        primary: { url: w.catalogUrl, text: 'Open your service catalog' },
        body:
            section('bundle', "Ready to order: your persona's bundle", serviceList(w.bundled, itemUrl)) +
            section('available', w.welcome ? 'Available to you' : 'Newly available to you', serviceList(w.newlyAvailable, itemUrl)),
        secondary: [{ url: w.personaUrl, text: 'Why this persona' }],
    })
}
