import { escapeHtml } from '../change/render-html.ts'
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
    portalPath: string
}

function serviceList(services: ProvisionedService[], portalPath: string): string {
    if (!services.length) return '<p>None.</p>'
    const rows = services.map((s) => {
        const cost = s.monthlyCost === null ? '' : ` <span>(${escapeHtml(formatMonthly(s.monthlyCost))})</span>`
        const href = `${portalPath}/item/${encodeURIComponent(s.itemId)}`
        return `<li><a href="${escapeHtml(href)}">${escapeHtml(s.name)}</a>${cost}</li>`
    })
    return `<ul>${rows.join('')}</ul>`
}

/**
 * The proactive-provisioning email: the user's new persona, the services that became available
 * and the bundled ones ready to order, with links into the portal. Every value is escaped.
 */
export function renderPersonaWelcome(w: PersonaWelcome): string {
    const from = w.previousPersonaName ? ` (previously ${escapeHtml(w.previousPersonaName)})` : ''
    const intro = w.welcome
        ? `<p>Welcome to persona-based services. Your workstyle persona is <strong>${escapeHtml(w.personaName)}</strong>: IT provisions services to match how you work.</p>`
        : `<p>Your workstyle persona is now <strong>${escapeHtml(w.personaName)}</strong>${from}. IT provisions services to match how you work.</p>`
    return [
        `<div data-mail="${w.welcome ? 'persona-first' : 'persona-welcome'}">`,
        `<p>Hello ${escapeHtml(w.userName)},</p>`,
        intro,
        `<h3>Ready to order: your persona's bundle</h3>`,
        serviceList(w.bundled, w.portalPath),
        `<h3>${w.welcome ? 'Available to you' : 'Newly available to you'}</h3>`,
        serviceList(w.newlyAvailable, w.portalPath),
        `<p><a href="${escapeHtml(w.portalPath)}">Open the service catalog</a></p>`,
        `</div>`,
    ].join('\n')
}
