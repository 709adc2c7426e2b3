import { gs, GlideRecord } from '@servicenow/glide'
import { approvalsOf, cabGroupName } from './approval-records.ts'
import { readFacts } from './change-record.ts'
import { CHANGE_PROPERTIES, eventKeyOf, type ChangeEventKey } from './model.ts'
import { recipientProfile } from './people.ts'
import { isStakeholder, renderChangeMail, type Stakeholder } from './render.ts'
import type { MailLinks, MailModel, MailRecipient } from './render-model.ts'
import { parseUpdateParm } from './transitions.ts'

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

const STATE_MOMENTS: Readonly<Record<string, ChangeEventKey>> = {
    '-5': 'submitted',
    '-4': 'assess',
    '-3': 'authorize',
    '-2': 'scheduled',
    '-1': 'implementing',
    '0': 'review',
    '3': 'closed',
    '4': 'canceled',
}

function momentOf(eventName: string, state: number | null): ChangeEventKey {
    return eventKeyOf(eventName) || STATE_MOMENTS[String(state)] || 'submitted'
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

function recipientFor(stakeholder: Stakeholder, current: GlideRecord, parm1: string): MailRecipient {
    if (stakeholder === 'requester') return recipientProfile(current.getValue('requested_by') || '')
    if (stakeholder !== 'implementer') return recipientProfile(parm1)
    const assignee = current.getValue('assigned_to') || ''
    if (assignee) return recipientProfile(assignee)
    // A group is many readers: it gets the standard message, addressed to the team.
    const group = current.getDisplayValue('assignment_group')
    return { sysId: current.getValue('assignment_group') || '', name: group ? `${group} team` : '', mobile: false, attributes: group ? [group] : [] }
}

function linksFor(stakeholder: Stakeholder, changeId: string, approvalId: string): MailLinks {
    const base = baseUrl()
    const feedback = property(CHANGE_PROPERTIES.feedbackPath)
    return {
        change: `${base}/change_request.do?sys_id=${changeId}`,
        approval: approvalId ? `${base}/sysapproval_approver.do?sys_id=${approvalId}` : '',
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
    const recipient = recipientFor(stakeholder, current, parm1)
    const approvals = needsApprovals(stakeholder, moment) ? approvalsOf(change.sysId) : []
    const own = approvals.find((a) => a.approver === recipient.sysId && a.state === 'requested')
    const approvalId = moment === 'approvalRequested' && parm2 ? parm2 : own ? own.sysId : ''
    return {
        stakeholder,
        moment,
        change,
        recipient,
        approvals,
        links: linksFor(stakeholder, change.sysId, stakeholder === 'approver' ? approvalId : ''),
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
