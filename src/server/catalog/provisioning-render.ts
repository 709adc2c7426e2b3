import { escapeHtml, link, list, paragraph, section } from '../mail/html.ts'
import { frame } from '../mail/frame.ts'
import { monthlyText } from './money.ts'

export interface ProvisionedService {
    itemId: string
    name: string
    monthlyCost: number | null
    bundled: boolean
}

/** A service provisioning ordered, as its requested item recorded it. */
export interface OrderedService {
    itemId: string
    name: string
    /** The price as the user saw it and is charged ("$42.00/month"). */
    priceText: string
    /** Waiting for the manager's approval (else already in fulfilment). */
    waitsForApproval: boolean
}

/** What the provisioning run did for the persona change. */
export interface ProvisioningOutcome {
    /** ordered, nothing_to_order, failed */
    state: string
    message: string
    requestNumber: string
    /** The request on the portal (ticket page), absolute; '' when nothing was ordered. */
    requestUrl: string
    ordered: OrderedService[]
    /** Services of the previous persona listed for review (names). */
    review: string[]
}

export interface PersonaWelcome {
    /** What provisioning did; null when the message is not about a provisioning run. */
    outcome?: ProvisioningOutcome | null
    /** The persona's monthly cost per member ("$267.00/month") and how it adds up. */
    memberCostText?: string
    memberCostBreakdown?: string
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
            const cost = s.monthlyCost === null ? '' : ` (${escapeHtml(monthlyText(s.monthlyCost))})`
            return `${link(itemUrl(s.itemId), s.name)}${cost}`
        }),
    )
}

/** What was ordered and why, what waits for the manager, what is listed for review. */
function outcomeSection(o: ProvisioningOutcome, personaName: string, itemUrl: (itemId: string) => string): string {
    if (o.state === 'failed') return paragraph(`Your persona's bundled services could not be ordered automatically: ${escapeHtml(o.message)} IT has been told; you can order them from your catalog.`)
    if (!o.ordered.length) return paragraph(`You already have every bundled service of ${escapeHtml(personaName)}: nothing new was ordered.`)
    const waits = o.ordered.some((s) => s.waitsForApproval)
    const why = `Ordered for you because they come with your persona ${escapeHtml(personaName)} and you did not have them yet` + (o.requestNumber ? ` (request ${link(o.requestUrl, o.requestNumber)})` : '') + '.'
    const items = list(
        o.ordered.map((s) => `${link(itemUrl(s.itemId), s.name)} (${escapeHtml(s.priceText)})${s.waitsForApproval ? ' - waiting for your manager\'s approval' : ' - being fulfilled'}`),
    )
    return paragraph(why) + items + (waits ? paragraph("Your manager approves the order before IT fulfils it; you will be told when each service is delivered.") : '')
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
    const cost = w.memberCostText ? paragraph(`Your persona's monthly cost per member: <strong>${escapeHtml(w.memberCostText)}</strong> (${escapeHtml(w.memberCostBreakdown || '')}).`) : ''
    const ordered = w.outcome ? section('ordered', 'Ordered for you', outcomeSection(w.outcome, w.personaName, itemUrl)) : ''
    const review = w.outcome && w.outcome.review.length ? section('review', 'Kept for review', paragraph(`Your previous persona offered these services and ${escapeHtml(w.personaName)} does not. Nothing is removed: IT reviews them with you.`) + list(w.outcome.review.map((n) => escapeHtml(n)))) : ''
    return frame({
        attributes: `data-mail="${w.welcome ? 'persona-first' : 'persona-welcome'}"`,
        greetingName: w.userName,
        headline: w.welcome ? `Welcome to your ${w.personaName} services` : `Your persona is now ${w.personaName}`,
        lead: paragraph(intro),
        primary: { url: w.catalogUrl, text: 'Open your service catalog' },
        body:
            ordered +
            review +
            section('bundle', "Your persona's bundle", cost + serviceList(w.bundled, itemUrl)) +
            section('available', w.welcome ? 'Available to you' : 'Newly available to you', serviceList(w.newlyAvailable, itemUrl)),
        secondary: [{ url: w.personaUrl, text: 'Why this persona' }],
    })
}
