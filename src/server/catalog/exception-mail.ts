import { gs, GlideRecord } from '@servicenow/glide'
import { itemUrl, portalUrl, PORTAL_PAGES } from '../mail/links.ts'
import { instanceUrl } from '../mail/instance-url.ts'
import { printWithSubject, type MailPrinter } from '../mail/outbound.ts'
import { userDisplayName } from '../mail/people.ts'
import { frame } from '../mail/frame.ts'
import { escapeHtml, list, paragraph, section } from '../mail/html.ts'
import { htmlToPlainText } from '../mail/text.ts'
import { EXCEPTION } from './exceptions.ts'

/*
 * The emails of a service exception (issue 17.4). The manager approves the exception as a document
 * (sysapproval_approver with source_table/document_id, Approval for empty), so the base "Approval
 * Request" notification, which sends only task-based approvals, never tells them: the app does, as
 * for persona proposals. The approver gets one request, linking to their approval on the base
 * portal page /sp?id=approval&sys_id=<sysapproval_approver>; the requester gets the decision.
 * Approved, it names the service and links to its item page /sp?id=psm_item&sys_id=<item> (the user
 * may see it now); rejected, it names the service only as the user did (the item stays hidden from
 * them) and links to their catalog /sp?id=psm_catalog, which lists their requests.
 */

export const EXCEPTION_EVENTS = {
    approvalRequested: 'x_psm_persona.exception.approval_requested',
    decided: 'x_psm_persona.exception.decided',
} as const

/** After an exception's approval is inserted requested: ask its approver (parm1), naming the exception (parm2). */
export function queueExceptionApprovalRequest(current: GlideRecord, _previous: GlideRecord | null): void {
    if (current.getValue('source_table') !== EXCEPTION || current.getValue('state') !== 'requested') return
    const approver = current.getValue('approver') || ''
    if (approver) gs.eventQueue(EXCEPTION_EVENTS.approvalRequested, current, approver, current.getValue('document_id') || '')
}

/** After an exception leaves "requested" for a decision (granted or rejected): tell the requester (parm1) the outcome (parm2). */
export function queueExceptionDecided(current: GlideRecord, previous: GlideRecord | null): void {
    const state = current.getValue('state') || ''
    if (state !== 'granted' && state !== 'rejected') return
    if (previous && previous.getValue('state') !== 'requested') return
    const user = current.getValue('user') || ''
    if (user) gs.eventQueue(EXCEPTION_EVENTS.decided, current, user, state)
}

/** What both emails say about an exception. */
export interface ExceptionFacts {
    userName: string
    itemName: string
    /** How the user named the service: the words they typed, or "the service you opened". */
    askedAs: string
    justification: string
    days: number
    state: string
    deciderName: string
    decisionComment: string
    expiresOn: string
}

export function factsOf(exception: GlideRecord): ExceptionFacts {
    const text = exception.getValue('requested_text') || ''
    return {
        userName: exception.getDisplayValue('user'),
        itemName: exception.getDisplayValue('catalog_item'),
        askedAs: text ? `the service matching "${text}"` : 'the service you opened',
        justification: exception.getValue('justification') || '',
        days: Number(exception.getValue('duration_days')) || 0,
        state: exception.getValue('state') || '',
        deciderName: exception.getValue('decided_by') ? exception.getDisplayValue('decided_by') : '',
        decisionComment: exception.getValue('decision_comment') || '',
        expiresOn: exception.getValue('expires_on') ? exception.getDisplayValue('expires_on') : '',
    }
}

function daysText(days: number): string {
    return days === 1 ? '1 day' : `${days} days`
}

/** "Service outside the persona: Survey Studio Pro for tele.x, your approval is needed". Pure. */
export function requestSubject(f: ExceptionFacts): string {
    return `Service outside the persona: ${f.itemName} for ${f.userName}, your approval is needed`
}

/** Approved, the service by name; rejected, only as the user asked for it (it stays hidden from them). Pure. */
export function decisionSubject(f: ExceptionFacts): string {
    return f.state === 'granted' ? `Your request for ${f.itemName}: approved until ${f.expiresOn}` : `Your request for ${f.askedAs}: not approved`
}

/** The approver's request: who asks for which service, why, for how long; the button to their approval. Every value escaped. Pure. */
export function renderExceptionRequest(f: ExceptionFacts, approverName: string, approvalUrl: string, approvalsUrl: string): string {
    const facts = list([
        `${escapeHtml(f.userName)} asks for ${escapeHtml(f.itemName)}, a service their persona does not include`,
        `For ${escapeHtml(daysText(f.days))} from your approval; the access is then removed`,
        `Approved, only ${escapeHtml(f.userName)} gets the service: nobody else's catalog changes.`,
    ])
    return frame({
        attributes: 'data-mail="exception-request"',
        greetingName: approverName,
        headline: `Approve ${f.itemName} for ${f.userName}?`,
        lead: paragraph(`${escapeHtml(f.userName)} asks for the service ${escapeHtml(f.itemName)} for ${escapeHtml(daysText(f.days))}. As their manager, you decide.`),
        primary: { url: approvalUrl, text: 'Approve or reject' },
        body: section('exception', 'The request', facts) + section('justification', 'Why they need it', paragraph(escapeHtml(f.justification))),
        secondary: [{ url: approvalsUrl, text: 'All your approvals' }],
    })
}

/** The requester's decision email. Every value escaped. Pure. */
export function renderExceptionDecision(f: ExceptionFacts, requesterName: string, pageUrl: string): string {
    const approved = f.state === 'granted'
    const decider = f.deciderName || 'Your manager'
    const lead = approved
        ? `${escapeHtml(decider)} approved your request: you may order ${escapeHtml(f.itemName)} until ${escapeHtml(f.expiresOn)}. Log out and in again to see it in your catalog.`
        : `${escapeHtml(decider)} rejected your request for ${escapeHtml(f.askedAs)}. Your catalog stays as it is.`
    const comment = f.decisionComment.trim() ? section('comment', `${f.deciderName || 'Your manager'} wrote`, paragraph(escapeHtml(f.decisionComment))) : ''
    return frame({
        attributes: `data-mail="exception-decision" data-decision="${approved ? 'approved' : 'rejected'}"`,
        greetingName: requesterName,
        headline: approved ? `${f.itemName}: approved until ${f.expiresOn}` : 'Your request: not approved',
        lead: paragraph(lead),
        primary: { url: pageUrl, text: approved ? 'Open the service' : 'Open your catalog' },
        body: comment,
        secondary: [],
    })
}

function exceptionOf(documentId: string): GlideRecord | null {
    const exception = new GlideRecord(EXCEPTION)
    return documentId && exception.get(documentId) ? exception : null
}

/** current: the requested approval (sysapproval_approver) of an exception. */
function requestHtml(current: GlideRecord): { html: string; subject: string } {
    const exception = exceptionOf(current.getValue('document_id') || '')
    if (!exception) throw new Error(`Service exception email: approval ${current.getUniqueValue()} approves no exception that exists.`)
    const f = factsOf(exception)
    const b = instanceUrl()
    const html = renderExceptionRequest(f, userDisplayName(current.getValue('approver') || ''), portalUrl(b, PORTAL_PAGES.baseApproval, { sys_id: current.getUniqueValue() }), portalUrl(b, PORTAL_PAGES.approvals))
    return { html, subject: requestSubject(f) }
}

/** current: the decided exception. */
function decisionHtml(current: GlideRecord): { html: string; subject: string } {
    const f = factsOf(current)
    const url = f.state === 'granted' ? itemUrl(instanceUrl(), current.getValue('catalog_item') || '') : portalUrl(instanceUrl(), PORTAL_PAGES.catalog)
    return { html: renderExceptionDecision(f, userDisplayName(current.getValue('user') || ''), url), subject: decisionSubject(f) }
}

export function printExceptionRequest(current: GlideRecord, template: MailPrinter, email: unknown): void {
    printWithSubject(template, email, requestHtml(current))
}

export function printExceptionRequestText(current: GlideRecord, template: MailPrinter): void {
    template.print(htmlToPlainText(requestHtml(current).html))
}

export function printExceptionDecision(current: GlideRecord, template: MailPrinter, email: unknown): void {
    printWithSubject(template, email, decisionHtml(current))
}

export function printExceptionDecisionText(current: GlideRecord, template: MailPrinter): void {
    template.print(htmlToPlainText(decisionHtml(current).html))
}
