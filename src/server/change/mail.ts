import { gs, GlideRecord } from '@servicenow/glide'
import { approvalsOf, approvalsOfQuery, cabGroupName } from './approval-records.ts'
import { readFacts } from './change-record.ts'
import { approvalRequestOf, CHANGE_PROPERTIES, eventKeyOf, type ChangeEventKey, type ReaderVariant } from './model.ts'
import { recipientProfile } from './people.ts'
import { isStakeholder, renderChangeMail, type Stakeholder } from './render.ts'
import type { MailLinks, MailModel, MailRecipient } from './render-model.ts'
import { parseUpdateParm, STATE_EVENTS } from './transitions.ts'

/** The TemplatePrinter a mail script receives: only print is used. */
export interface MailPrinter {
    print(text: string): void
}

/**
 * A mail script's `event`: a sysevent GlideRecord on the platform. Read through getValue when it
 * has one, else as a plain object, so the rendering never depends on which shape arrives.
 */
export function eventField(event: unknown, field: string): string {
    if (!event || typeof event !== 'object') return ''
    const e = event as Record<string, unknown>
    const getValue = e.getValue
    const value = typeof getValue === 'function' ? (getValue as (f: string) => unknown).call(event, field) : e[field]
    return value === null || value === undefined ? '' : String(value)
}

function momentOf(eventName: string, state: number | null): ChangeEventKey {
    // A mail sent from a state rather than an event reads that state's moment; a new change's is submitted.
    return eventKeyOf(eventName) || (state === null ? undefined : STATE_EVENTS[String(state)]) || 'submitted'
}

function baseUrl(): string {
    return (gs.getProperty('glide.servlet.uri', '') || '').replace(/\/+$/, '')
}

function property(p: { name: string; fallback: string }): string {
    return gs.getProperty(p.name, p.fallback) || p.fallback
}

function absolute(base: string, url: string): string {
    return url.charAt(0) === '/' ? base + url : url
}

function recipientFor(stakeholder: Stakeholder, current: GlideRecord, parm1: string, readers: ReaderVariant | null): MailRecipient {
    if (stakeholder === 'requester') return recipientProfile(current.getValue('requested_by') || '')
    // One message for many approvers: addressed to them all, in the variant they read.
    if (readers) return { sysId: '', name: `${cabGroupName()} member`, mobile: readers === 'mobile', attributes: [] }
    if (stakeholder !== 'implementer') return recipientProfile(parm1)
    const assignee = current.getValue('assigned_to') || ''
    if (assignee) return recipientProfile(assignee)
    // A group is many readers: it gets the standard message, addressed to the team.
    const group = current.getDisplayValue('assignment_group')
    return { sysId: current.getValue('assignment_group') || '', name: group ? `${group} team` : '', mobile: false, attributes: group ? [group] : [] }
}

/** The reader's own approvals of the change: the link a message for many approvers carries. */
function ownApprovalsUrl(base: string, changeId: string): string {
    return `${base}/sysapproval_approver_list.do?sysparm_query=${encodeURIComponent(`${approvalsOfQuery(changeId)}^approver=javascript:gs.getUserID()`)}`
}

function linksFor(stakeholder: Stakeholder, changeId: string, approval: { approvalId: string; group: ReaderVariant | null }): MailLinks {
    const base = baseUrl()
    const feedback = property(CHANGE_PROPERTIES.feedbackPath)
    let approvalUrl = ''
    if (approval.approvalId) approvalUrl = `${base}/sysapproval_approver.do?sys_id=${approval.approvalId}`
    else if (approval.group) approvalUrl = ownApprovalsUrl(base, changeId)
    return {
        change: `${base}/change_request.do?sys_id=${changeId}`,
        approval: approvalUrl,
        feedback: `${absolute(base, feedback)}?change=${changeId}&role=${stakeholder}`,
        runbook: absolute(base, property(CHANGE_PROPERTIES.runbookUrl)),
    }
}

/**
 * Whether the message shows the approvals. An approval request does not: reading every approval for
 * each of 200 approvers would make one Authorize cost 40,000 reads.
 */
export function needsApprovals(stakeholder: Stakeholder, moment: ChangeEventKey): boolean {
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
    const approvals = needsApprovals(stakeholder, moment) ? approvalsOf(change.sysId) : []
    const own = approvals.find((a) => a.approver === recipient.sysId && a.state === 'requested')
    const approval = request.approvalId || request.group ? request : { approvalId: own ? own.sysId : '', group: null }
    return {
        stakeholder,
        moment,
        change,
        recipient,
        approvals,
        links: linksFor(stakeholder, change.sysId, stakeholder === 'approver' ? approval : { approvalId: '', group: null }),
        settings: {
            cabGroup: cabGroupName(),
            supportChannel: property(CHANGE_PROPERTIES.supportChannel),
            implementerSupport: property(CHANGE_PROPERTIES.implementerSupport),
        },
        update: moment === 'highRiskUpdate' ? parseUpdateParm(parm2) : null,
    }
}

/**
 * What the app's mail scripts call: renders the stakeholder's message for the event being sent and
 * prints it. Everything inserted is escaped by the renderers (the engine does not escape mail-script output).
 */
export function printChangeMail(stakeholder: string, current: GlideRecord, template: MailPrinter, _email: unknown, _emailAction: unknown, event: unknown): void {
    if (!isStakeholder(stakeholder)) throw new Error(`printChangeMail: unknown stakeholder "${stakeholder}"`)
    template.print(renderChangeMail(mailModel(stakeholder, current, event)))
}

/** The high-risk update goes to approvers and change managers alike; parm2 says which one this reader is. */
export function printHighRiskUpdate(current: GlideRecord, template: MailPrinter, email: unknown, emailAction: unknown, event: unknown): void {
    const role = parseUpdateParm(eventField(event, 'parm2')).role
    printChangeMail(role, current, template, email, emailAction, event)
}
