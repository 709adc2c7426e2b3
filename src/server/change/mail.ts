import { gs, GlideRecord } from '@servicenow/glide'
import { approvalDigest, cabGroupName } from './approval-records.ts'
import { NO_APPROVALS } from './approvals.ts'
import { readFacts } from './change-record.ts'
import { approvalRequestOf, CHANGE_PROPERTIES, eventKeyOf, type ChangeEventKey, type ReaderVariant } from './model.ts'
import { recipientProfile } from './people.ts'
import { isStakeholder, renderChangeMail, type Stakeholder } from './render.ts'
import { htmlToPlainText } from '../mail/text.ts'
import { latestNotice } from './update-budget.ts'
import type { MailLinks, MailModel, MailRecipient } from './render-model.ts'
import { absoluteUrl, approvalUrl, changeFormUrl, feedbackUrl, portalUrl, PORTAL_PAGES, ticketUrl } from '../mail/links.ts'
import { instanceUrl } from '../mail/instance-url.ts'
import { eventField, setSubject, type MailPrinter } from '../mail/outbound.ts'
import { parseUpdateParm, STATE_EVENTS } from './transitions.ts'

function momentOf(eventName: string, state: number | null): ChangeEventKey {
    // A mail sent from a state rather than an event reads that state's moment; a new change's is submitted.
    return eventKeyOf(eventName) || (state === null ? undefined : STATE_EVENTS[String(state)]) || 'submitted'
}

function property(p: { name: string; fallback: string }): string {
    return gs.getProperty(p.name, p.fallback) || p.fallback
}

function recipientFor(stakeholder: Stakeholder, current: GlideRecord, parm1: string, readers: ReaderVariant | null): MailRecipient {
    if (stakeholder === 'requester') return recipientProfile(current.getValue('requested_by') || '')
    // An approval request of an older release, for many approvers at once: no one's name to use.
    if (readers) return { sysId: '', name: '', mobile: readers === 'mobile', attributes: [] }
    if (stakeholder !== 'implementer') return recipientProfile(parm1)
    const assignee = current.getValue('assigned_to') || ''
    if (assignee) return recipientProfile(assignee)
    // A group is many readers: it gets the standard message, addressed to the team by its name.
    const group = current.getDisplayValue('assignment_group')
    return { sysId: current.getValue('assignment_group') || '', name: group || '', mobile: false, attributes: group ? [group] : [] }
}

/**
 * The links of one message, all to portal pages: the change on the ticket page, the reader's own
 * approval (approvers), the requester's changes, the feedback page for this change and role.
 */
export function linksFor(stakeholder: Stakeholder, changeId: string, approvalId: string, group = false): MailLinks {
    const base = instanceUrl()
    return {
        change: ticketUrl(base, 'change_request', changeId),
        // A request for many approvers at once (a large CAB) opens the reader's approvals on the portal.
        approval: approvalId ? approvalUrl(base, approvalId) : group ? portalUrl(base, PORTAL_PAGES.approvals) : '',
        approvals: portalUrl(base, PORTAL_PAGES.approvals),
        myChanges: portalUrl(base, PORTAL_PAGES.myChanges),
        completeChange: changeFormUrl(base, changeId),
        feedback: feedbackUrl(base, property(CHANGE_PROPERTIES.feedbackPath), changeId, stakeholder === 'change_manager' ? 'approver' : stakeholder),
        runbook: absoluteUrl(base, property(CHANGE_PROPERTIES.runbookUrl)),
    }
}

/**
 * Whether the message shows the approvals. An approval request does not: reading every approval for
 * each of 200 approvers would make one Authorize cost 40,000 reads.
 */
export function needsApprovals(stakeholder: Stakeholder, moment: ChangeEventKey): boolean {
    // An approval request knows its approval from the event; an update finds the reader's own.
    if (stakeholder === 'approver') return moment !== 'approvalRequested'
    if (stakeholder === 'requester') return moment === 'authorize' || moment === 'rejected' || moment === 'scheduled'
    return stakeholder === 'change_manager'
}

/** Builds the message model for one stakeholder from the change, the event and the records around it. */
export function mailModel(stakeholder: Stakeholder, current: GlideRecord, event: unknown): MailModel {
    const change = readFacts(current)
    const moment = momentOf(eventField(event, 'name'), change.state)
    const parm1 = eventField(event, 'parm1')
    const parm2 = eventField(event, 'parm2')
    const request = moment === 'approvalRequested' ? approvalRequestOf(parm2) : { approvalId: '', group: null }
    const recipient = recipientFor(stakeholder, current, parm1, request.group)
    // An approver's message links to their own approval: named by the request, else found among the change's (pending first).
    const approvals = needsApprovals(stakeholder, moment) ? approvalDigest(change.sysId, stakeholder === 'approver' ? recipient.sysId : '') : NO_APPROVALS
    const approvalId = request.approvalId || (approvals.own ? approvals.own.sysId : '')
    return {
        stakeholder,
        moment,
        change,
        recipient,
        approvals,
        links: linksFor(stakeholder, change.sysId, stakeholder === 'approver' ? approvalId : '', stakeholder === 'approver' && !!request.group),
        settings: {
            cabGroup: cabGroupName(),
            supportChannel: property(CHANGE_PROPERTIES.supportChannel),
            implementerSupport: property(CHANGE_PROPERTIES.implementerSupport),
        },
        update: moment === 'highRiskUpdate' ? parseUpdateParm(parm2) : null,
        notice: moment === 'highRiskUpdate' ? latestNotice(change.sysId, recipient.sysId) : undefined,
    }
}

/**
 * The last message rendered, by event and stakeholder: a notification's HTML and plain-text parts
 * are rendered one after the other for the same event, so the text part reuses the HTML instead of
 * reading every record again. A new event (or another reader) renders afresh.
 */
let lastRendered: { key: string; html: string } | null = null

function renderedFor(stakeholder: Stakeholder, current: GlideRecord, event: unknown): string {
    const eventId = eventField(event, 'sys_id')
    const key = `${eventId}|${stakeholder}|${current.getUniqueValue()}|${current.getValue('sys_mod_count') || ''}`
    if (eventId && lastRendered && lastRendered.key === key) return lastRendered.html
    const html = renderChangeMail(mailModel(stakeholder, current, event))
    lastRendered = eventId ? { key, html } : null
    return html
}

function stakeholderOf(stakeholder: string): Stakeholder {
    if (!isStakeholder(stakeholder)) throw new Error(`printChangeMail: unknown stakeholder "${stakeholder}"`)
    return stakeholder
}

/**
 * What the app's mail scripts call: renders the stakeholder's message for the event being sent and
 * prints it. Everything inserted is escaped by the renderers (the engine does not escape mail-script output).
 */
export function printChangeMail(stakeholder: string, current: GlideRecord, template: MailPrinter, _email: unknown, _emailAction: unknown, event: unknown): void {
    template.print(renderedFor(stakeholderOf(stakeholder), current, event))
}

/**
 * The last HTML converted to plain text, and its text: htmlToPlainText depends on its argument alone, so the
 * same HTML converts to the same text. A CAB's approval request is one event per 100 readers of a variant,
 * each rendering the same message: the text of the second is the first's, without converting it again.
 */
let lastText: { html: string; text: string } | null = null

function plainTextOf(html: string): string {
    if (lastText && lastText.html === html) return lastText.text
    const text = htmlToPlainText(html)
    lastText = { html, text }
    return text
}

/** The plain-text part of the same message (the notification's message_text): links written out, no entities. */
export function printChangeMailText(stakeholder: string, current: GlideRecord, template: MailPrinter, _email: unknown, _emailAction: unknown, event: unknown): void {
    template.print(plainTextOf(renderedFor(stakeholderOf(stakeholder), current, event)))
}

/** "High-risk change CHG0001001, update 2: Risk and Planned start changed". Pure. */
export function updateSubject(number: string, count: number, labels: readonly string[]): string {
    const what = labels.length > 2 ? `${labels.slice(0, 2).join(', ')} and ${labels.length - 2} more` : labels.join(' and ')
    return `High-risk change ${number}, update ${Math.max(count, 1)}: ${what || 'details'} changed`
}

/** The high-risk update goes to approvers and change managers alike; parm2 says which one this reader is. */
export function printHighRiskUpdate(current: GlideRecord, template: MailPrinter, email: unknown, emailAction: unknown, event: unknown): void {
    const role = parseUpdateParm(eventField(event, 'parm2')).role
    printChangeMail(role, current, template, email, emailAction, event)
    // Its own subject, so no two updates read alike (read only when there is an email to set it on).
    if (email) {
        const notice = latestNotice(current.getUniqueValue(), eventField(event, 'parm1'))
        setSubject(email, updateSubject(current.getValue('number') || '', notice.count, notice.changes.map((c) => c.label)))
    }
}

export function printHighRiskUpdateText(current: GlideRecord, template: MailPrinter, email: unknown, emailAction: unknown, event: unknown): void {
    const role = parseUpdateParm(eventField(event, 'parm2')).role
    printChangeMailText(role, current, template, email, emailAction, event)
}
