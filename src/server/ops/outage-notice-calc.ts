import { escapeHtml, safeUrl } from '../mail/html.ts'
import type { Rankings } from '../persona/dimensions.ts'

/*
 * The outage notice, worded per persona, and who gets it, without Glide calls. Each affected user reads the
 * notice of their persona: a mobile-first persona (Virtual/Mobile 3 or 4) a short one, what to use instead while
 * away from the desk and one link, readable on a phone; everyone else the persona's notice, what is affected,
 * since when, what to use instead and their availability target. The owner of each affected service reads the
 * affected personas with their user counts. Every message has a plain-text part built from the same lines as
 * its HTML part.
 */

/** glide.email.smtp.max_recipients, "recommended value 100 or less" ("Minimize SMTP Recipient Quantity"). */
export const MAX_RECIPIENTS = 100
/** sysevent.parm1 is a string of max_length 4000: a longer parameter is saved cut. */
export const EVENT_PARM_LENGTH = 4000

export type NoticeStyle = 'short' | 'full'

/** A Virtual/Mobile 3 or 4 persona reads its notices away from the desk: short. */
export function noticeStyle(rankings: Rankings): NoticeStyle {
    return rankings.mobility >= 3 ? 'short' : 'full'
}

/** What a user of a persona can do instead, when the administrator wrote nothing for it. */
export function defaultWorkaround(style: NoticeStyle): string {
    return style === 'short'
        ? 'use mobile data or a hotspot for mail and chat, keep files on your device and sync them once it is back'
        : 'keep working on local copies, use the phone for anything urgent, and retry in an hour'
}

export interface UserNoticeModel {
    persona: string
    style: NoticeStyle
    /** The persona's notice (outageNotice() in availability-calc.ts), already worded for it. */
    notice: string
    services: readonly string[]
    ci: string
    begin: string
    workaround: string
    targetPct: number | null
    /** Absolute link to a page the user can open (their persona card and services). */
    link: string
}

export interface RenderedMail {
    subject: string
    html: string
    text: string
}

function what(services: readonly string[], ci: string): string {
    return services.length ? services.join(', ') : ci
}

/** "Telecommuter: X is unavailable…" → the sentence without the persona's name (the reader knows who they are). */
function withoutPersona(notice: string, persona: string): string {
    const prefix = `${persona}: `
    return notice.indexOf(prefix) === 0 ? notice.slice(prefix.length) : notice
}

function sentence(text: string): string {
    const t = text.trim()
    if (!t) return ''
    const first = t.charAt(0).toUpperCase() + t.slice(1)
    return /[.!?]$/.test(first) ? first : `${first}.`
}

/** One block of the message: a paragraph, or a link with its words. */
type Block = { kind: 'p'; text: string } | { kind: 'link'; text: string; url: string }

function render(subject: string, blocks: readonly Block[]): RenderedMail {
    const html = blocks
        .map((b) => (b.kind === 'p' ? `<p>${escapeHtml(b.text)}</p>` : `<p><a href="${escapeHtml(safeUrl(b.url))}">${escapeHtml(b.text)}</a></p>`))
        .join('')
    const text = blocks.map((b) => (b.kind === 'p' ? b.text : `${b.text}: ${b.url}`)).join('\n\n')
    return { subject, html, text }
}

/** The notice one user reads, worded for their persona. */
export function userNotice(m: UserNoticeModel): RenderedMail {
    const down = what(m.services, m.ci)
    const instead = sentence(m.workaround)
    if (m.style === 'short') {
        return render(`${down} is down: ${m.workaround.trim() ? 'what to use instead' : 'we are on it'}`, [
            { kind: 'p', text: `${down} is down since ${m.begin} UTC.` },
            { kind: 'p', text: `Away from your desk? ${instead}` },
            { kind: 'link', text: 'Your services', url: m.link },
        ])
    }
    const blocks: Block[] = [
        { kind: 'p', text: sentence(withoutPersona(m.notice, m.persona)) },
        { kind: 'p', text: `Affected: ${down} (outage of ${m.ci}, since ${m.begin} UTC).` },
        { kind: 'p', text: `What to use instead: ${instead}` },
    ]
    if (m.targetPct !== null) blocks.push({ kind: 'p', text: `As a ${m.persona}, your availability target for this service is ${m.targetPct} %; this outage counts against it.` })
    blocks.push({ kind: 'link', text: 'Your persona and services', url: m.link })
    return render(`Outage: ${down} is unavailable (what it means for you as a ${m.persona})`, blocks)
}

export interface OwnerNoticeModel {
    number: string
    ci: string
    begin: string
    services: readonly string[]
    personas: ReadonlyArray<{ persona: string; users: number; dependsBy: string; targetPct: number | null }>
    users: number
    /** Absolute links: the outage record and the analyst dashboard. */
    outageLink: string
    dashboardLink: string
}

/** The service owner's notice: which personas the outage reaches and how many of their users, most dependent first. */
export function ownerNotice(m: OwnerNoticeModel): RenderedMail {
    const down = what(m.services, m.ci)
    const rows = m.personas.map(
        (p) => `${p.persona}: ${p.users} ${p.users === 1 ? 'user' : 'users'}, depends by ${p.dependsBy}${p.targetPct === null ? '' : `, target ${p.targetPct} %`}`,
    )
    const blocks: Block[] = [
        { kind: 'p', text: `${m.number}: ${down} is unavailable since ${m.begin} UTC (outage of ${m.ci}).` },
        {
            kind: 'p',
            text: m.personas.length
                ? `It reaches ${m.users} ${m.users === 1 ? 'user' : 'users'} in ${m.personas.length} ${m.personas.length === 1 ? 'persona' : 'personas'}; each was sent a notice worded for their persona.`
                : 'No persona offering is delivered by the affected services: no user was notified.',
        },
        ...rows.map((text): Block => ({ kind: 'p', text })),
        { kind: 'link', text: `Open ${m.number}`, url: m.outageLink },
        { kind: 'link', text: 'Outages by persona on the dashboard', url: m.dashboardLink },
    ]
    return render(`${m.number}: ${down} outage reaches ${m.users} ${m.users === 1 ? 'user' : 'users'}`, blocks)
}

/**
 * The events that carry the notice: one per user (parm1 the user) while the outage reaches at most `personalMax`
 * users; beyond that, one per persona and group of users, each within the platform's recipient limit and the
 * event parameter's length, so a very large outage queues a few hundred events rather than one per user.
 * parm2 is always the persona: the wording the recipients read. Each user is in exactly one event.
 */
export function noticeEvents(usersByPersona: ReadonlyMap<string, readonly string[]>, personalMax: number, maxCount = MAX_RECIPIENTS, maxChars = EVENT_PARM_LENGTH): Array<{ parm1: string; parm2: string }> {
    const total = [...usersByPersona.values()].reduce((n, u) => n + u.length, 0)
    const out: Array<{ parm1: string; parm2: string }> = []
    for (const [persona, users] of usersByPersona) {
        if (total <= personalMax) {
            for (const u of users) out.push({ parm1: u, parm2: persona })
            continue
        }
        let chunk: string[] = []
        let length = 0
        for (const u of users) {
            const added = chunk.length ? u.length + 1 : u.length
            if (chunk.length && (chunk.length >= maxCount || length + added > maxChars)) {
                out.push({ parm1: chunk.join(','), parm2: persona })
                chunk = []
                length = 0
            }
            length += chunk.length ? u.length + 1 : u.length
            chunk.push(u)
        }
        if (chunk.length) out.push({ parm1: chunk.join(','), parm2: persona })
    }
    return out
}
