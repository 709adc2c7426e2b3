import { GlideDateTime, GlideRecord } from '@servicenow/glide'
import { frame } from '../mail/frame.ts'
import { escapeHtml, paragraph, section } from '../mail/html.ts'
import { instanceUrl } from '../mail/instance-url.ts'
import { itemUrl, portalUrl, PORTAL_PAGES } from '../mail/links.ts'
import { eventField, printWithSubject, type MailPrinter, type SubjectAndHtml } from '../mail/outbound.ts'
import { userDisplayName } from '../mail/people.ts'
import { htmlToPlainText } from '../mail/text.ts'
import { daysLeftText, parseInternal } from './exception-expiry-calc.ts'
import { factsOf, type ExceptionFacts } from './exception-mail.ts'

/*
 * The emails at the end of a service exception (issue 17.4), sent by the job in exception-expiry.ts:
 * - "ends soon", to the user (the item page, /sp?id=psm_item&sys_id=<item>, which they still see) and to
 *   the manager who approved it (their team's page): when, and how to ask again;
 * - "ended", to the user: the access is gone, and how to ask again: the item page, which now offers
 *   "Request a service outside my persona" for the service they opened (the widget on psm_item).
 * The item is named: the user was granted it, so they know it. Every value is escaped by the renderers.
 */

const DAY_MS = 86400000

/** What the "ends soon" email says beyond the exception's facts. */
export interface ExpiringLinks {
    /** The user's: the item page; the manager's: their team's page. */
    primaryUrl: string
    catalogUrl: string
}

/** "Your access to Survey Studio Pro ends on 2027-03-01 01:00:00", or the manager's "tele.x's access…". Pure. */
export function expiringSubject(f: ExceptionFacts, reader: string): string {
    return reader === 'manager' ? `${f.userName}'s access to ${f.itemName} ends on ${f.expiresOn}` : `Your access to ${f.itemName} ends on ${f.expiresOn}`
}

export function endedSubject(f: ExceptionFacts): string {
    return `Your access to ${f.itemName} has ended`
}

const ASK_AGAIN = 'Once it has ended, open the page of the service and request it again with your reason: your manager decides again.'

/** The reminder, worded for the user or for the manager who approved it. Pure. */
export function renderExpiring(f: ExceptionFacts, reader: string, readerName: string, daysLeft: number, links: ExpiringLinks): string {
    const manager = reader === 'manager'
    const when = `${escapeHtml(f.expiresOn)} (${escapeHtml(daysLeftText(daysLeft))})`
    const lead = manager
        ? `You approved ${escapeHtml(f.itemName)} for ${escapeHtml(f.userName)}, a service outside their persona. Their access ends on ${when}; nothing is needed from you.`
        : `Your access to ${escapeHtml(f.itemName)}, a service outside your persona, ends on ${when}. It then leaves your catalog.`
    const next = manager
        ? `If ${escapeHtml(f.userName)} still needs it, they can request it again once it has ended: their manager decides again.`
        : escapeHtml(ASK_AGAIN)
    return frame({
        attributes: `data-mail="exception-expiring" data-reader="${manager ? 'manager' : 'user'}"`,
        greetingName: readerName,
        headline: manager ? `${f.userName}: ${f.itemName} ends on ${f.expiresOn}` : `${f.itemName} ends on ${f.expiresOn}`,
        lead: paragraph(lead),
        primary: { url: links.primaryUrl, text: manager ? "See your team's personas" : 'Open the service' },
        body: section('ask-again', 'Still needed after that?', paragraph(next)),
        secondary: manager ? [] : [{ url: links.catalogUrl, text: 'Your catalog' }],
    })
}

/** The notice that the access has ended: what changed and how to ask again. Pure. */
export function renderEnded(f: ExceptionFacts, readerName: string, askAgainUrl: string, catalogUrl: string): string {
    return frame({
        attributes: 'data-mail="exception-ended"',
        greetingName: readerName,
        headline: `${f.itemName}: your access has ended`,
        lead: paragraph(
            `Your access to ${escapeHtml(f.itemName)}, a service outside your persona, ended on ${escapeHtml(f.expiresOn)}. It leaves your catalog the next time you log in.`,
        ),
        primary: { url: askAgainUrl, text: 'Request it again' },
        body: section('ask-again', 'Still need it?', paragraph('Open the page of the service and request it again with your reason: your manager decides, as the first time.')),
        secondary: [{ url: catalogUrl, text: 'Your catalog' }],
    })
}

function readerOf(event: unknown): string {
    return eventField(event, 'parm2') === 'manager' ? 'manager' : 'user'
}

function daysLeftOf(exception: GlideRecord): number {
    const expires = parseInternal(exception.getValue('expires_on'))
    const now = parseInternal(new GlideDateTime().getValue())
    return expires === null || now === null ? 1 : Math.max(1, Math.ceil((expires - now) / DAY_MS))
}

/** current: the exception; the event's parm1 the reader, parm2 user or manager. */
function expiringMail(current: GlideRecord, event: unknown): SubjectAndHtml {
    const f = factsOf(current)
    const reader = readerOf(event)
    const base = instanceUrl()
    const readerId = eventField(event, 'parm1') || (reader === 'manager' ? current.getValue('decided_by') || current.getValue('approver') : current.getValue('user')) || ''
    const links = {
        primaryUrl: reader === 'manager' ? portalUrl(base, PORTAL_PAGES.team) : itemUrl(base, current.getValue('catalog_item') || ''),
        catalogUrl: portalUrl(base, PORTAL_PAGES.catalog),
    }
    return { subject: expiringSubject(f, reader), html: renderExpiring(f, reader, userDisplayName(readerId), daysLeftOf(current), links) }
}

/** current: the expired exception. */
function endedMail(current: GlideRecord): SubjectAndHtml {
    const f = factsOf(current)
    const base = instanceUrl()
    const html = renderEnded(f, userDisplayName(current.getValue('user') || ''), itemUrl(base, current.getValue('catalog_item') || ''), portalUrl(base, PORTAL_PAGES.catalog))
    return { subject: endedSubject(f), html }
}

export function printExceptionExpiring(current: GlideRecord, template: MailPrinter, email: unknown, _action: unknown, event: unknown): void {
    printWithSubject(template, email, expiringMail(current, event))
}

export function printExceptionExpiringText(current: GlideRecord, template: MailPrinter, _email: unknown, _action: unknown, event: unknown): void {
    template.print(htmlToPlainText(expiringMail(current, event).html))
}

export function printExceptionEnded(current: GlideRecord, template: MailPrinter, email: unknown): void {
    printWithSubject(template, email, endedMail(current))
}

export function printExceptionEndedText(current: GlideRecord, template: MailPrinter): void {
    template.print(htmlToPlainText(endedMail(current).html))
}
