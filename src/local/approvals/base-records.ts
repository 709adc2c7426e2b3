import { ensure } from '../base/ensure'

/*
 * Classic approvals as every instance has them, from the product documentation:
 *
 * "when a change request approval is requested, an update is made to the sysapproval_approver table.
 * The "approval events" business rule is then executed, which creates the "approval.inserted" event.
 * The "Approval Request" email event is defined to process the approval.inserted event, and this email
 * event is defined to use the following change.itil.approve.role email template."
 * (Construct an email message with a template)
 *
 * "Approval Request | Type: EMAIL. Sends an email for the recipient to reply with an approval decision.
 * [...] These emails come only from task-based approvals. | approval.inserted"
 * (Baseline email notifications)
 *
 * "Approval notifications will be sent [...] When an individual is assigned as an approver either
 * automatically or manually." (Classic approvals, Receive notifications)
 *
 * These are data, as on a base instance: a sys_script, a sysevent_register, a sysevent_email_template
 * and a sysevent_email_action, all in the global scope. An administrator (or a test) may change them
 * like any record; seeding never overwrites what exists.
 */

/** The base event the "approval events" rule queues when an approval is requested. */
export const APPROVAL_INSERTED = 'approval.inserted'

/** The base notification's name, and the rule's. */
export const APPROVAL_REQUEST_NOTIFICATION = 'Approval Request'
export const APPROVAL_EVENTS_RULE = 'approval events'
export const APPROVAL_TEMPLATE = 'change.itil.approve.role'

// platform-difference: approval-request-condition
/**
 * "Task-based approvals": an approval whose Approval for [sysapproval] names a task. An approval of
 * any other record (Approving [document_id] with its source_table, sysapproval empty) is not one.
 */
export const TASK_BASED_APPROVAL = 'sysapprovalISNOTEMPTY'

const RULE_SCRIPT = `(function executeRule(current, previous /*null when async*/) {
    // An approval becomes requested (inserted requested, or moved to requested): ask the approver.
    gs.eventQueue('${APPROVAL_INSERTED}', current, current.getValue('state'), previous ? previous.getValue('state') : '');
})(current, previous);`

// platform-difference: approval-request-no-mailto
const TEMPLATE_HTML =
    '<p>${sysapproval} requires your approval.</p>' +
    '<p>Short description: ${sysapproval.short_description}<br/>Requested by: ${sysapproval.requested_by}<br/>Priority: ${sysapproval.priority}</p>' +
    '<p>Open the approval to approve or reject it: ${URI_REF}</p>'

export function seedApprovalRecords(): void {
    ensure(
        'sysevent_register',
        { event_name: APPROVAL_INSERTED },
        { table: 'sysapproval_approver', description: 'An approval was requested of its approver', fired_by: APPROVAL_EVENTS_RULE, sys_scope: 'global' },
    )
    ensure(
        'sys_script',
        { name: APPROVAL_EVENTS_RULE, collection: 'sysapproval_approver' },
        {
            when: 'after',
            order: 100,
            active: true,
            advanced: true,
            action_insert: true,
            action_update: true,
            filter_condition: 'stateCHANGESTOrequested^EQ',
            script: RULE_SCRIPT,
            description: 'Queues approval.inserted when an approval becomes requested; the Approval Request notification sends it to the approver.',
            access: 'public',
            sys_scope: 'global',
        },
    )
    const template = ensure(
        'sysevent_email_template',
        { name: APPROVAL_TEMPLATE },
        { collection: 'sysapproval_approver', subject: '${sysapproval} Approval Request', message_html: TEMPLATE_HTML, sys_scope: 'global' },
    )
    ensure(
        'sysevent_email_action',
        { name: APPROVAL_REQUEST_NOTIFICATION, collection: 'sysapproval_approver' },
        {
            description: 'Sends an email for the recipient to reply with an approval decision. These emails come only from task-based approvals.',
            active: true,
            generation_type: 'event',
            event_name: APPROVAL_INSERTED,
            condition: `${TASK_BASED_APPROVAL}^EQ`,
            recipient_fields: 'approver',
            send_self: true,
            weight: 0,
            content_type: 'text/html',
            template,
            sys_scope: 'global',
        },
    )
}
