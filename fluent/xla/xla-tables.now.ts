import '@servicenow/sdk/global'
import { Table, StringColumn, IntegerColumn, BooleanColumn, ReferenceColumn, DecimalColumn, DateTimeColumn } from '@servicenow/sdk/core'

/**
 * One stakeholder's answer about one change: a 1–5 rating and a comment. One answer per user,
 * change and role: a second answer updates the first (src/server/xla/feedback.ts). A before rule
 * refuses anyone who was not that stakeholder of that change.
 */
export const x_psm_persona_feedback = Table({
    name: 'x_psm_persona_feedback',
    label: 'Change Feedback',
    display: 'change_request',
    allowWebServiceAccess: true,
    schema: {
        change_request: ReferenceColumn({ label: 'Change request', referenceTable: 'change_request', mandatory: true, cascadeRule: 'delete' }),
        user: ReferenceColumn({ label: 'User', referenceTable: 'sys_user', mandatory: true, default: 'javascript:gs.getUserID()' }),
        stakeholder: StringColumn({
            label: 'Stakeholder',
            mandatory: true,
            maxLength: 40,
            choices: {
                requester: { label: 'Requester', sequence: 1 },
                approver: { label: 'Approver', sequence: 2 },
                implementer: { label: 'Implementer', sequence: 3 },
            },
        }),
        rating: IntegerColumn({ label: 'Rating', mandatory: true, min: 1, max: 5, hint: '1 (poor) to 5 (excellent)' }),
        comment: StringColumn({ label: 'Comment', maxLength: 4000 }),
    },
    index: [
        { name: 'x_psm_persona_feedback_answer', element: ['change_request', 'user', 'stakeholder'], unique: true },
        { name: 'x_psm_persona_feedback_user', element: ['user'], unique: false },
    ],
})

/**
 * An experience level agreement: what one stakeholder role should experience of a change, the
 * target per observation and the share of observations that must meet it (src/server/xla/model.ts).
 */
export const x_psm_persona_xla = Table({
    name: 'x_psm_persona_xla',
    label: 'Experience Level Agreement',
    display: 'name',
    allowWebServiceAccess: true,
    schema: {
        name: StringColumn({ label: 'Name', mandatory: true, unique: true, maxLength: 100 }),
        stakeholder: StringColumn({
            label: 'Stakeholder',
            mandatory: true,
            maxLength: 40,
            choices: {
                requester: { label: 'Requester', sequence: 1 },
                approver: { label: 'Approver', sequence: 2 },
                implementer: { label: 'Implementer', sequence: 3 },
            },
        }),
        measure: StringColumn({
            label: 'Measure',
            mandatory: true,
            maxLength: 40,
            choices: {
                notification_latency: { label: 'Notification latency (minutes after each state change)', sequence: 1 },
                decision_time: { label: 'Decision time (business days from request to decision)', sequence: 2 },
                feedback_rating: { label: 'Feedback rating (average, 1–5)', sequence: 3 },
                high_risk_updates: { label: 'High-risk updates (minutes after each transition)', sequence: 4 },
            },
        }),
        target: DecimalColumn({ label: 'Target', mandatory: true, hint: 'Per observation: at most this many minutes or business days; for feedback, the lowest acceptable average' }),
        unit: StringColumn({
            label: 'Unit',
            maxLength: 40,
            choices: {
                minutes: { label: 'Minutes', sequence: 1 },
                business_days: { label: 'Business days', sequence: 2 },
                rating: { label: 'Rating (1–5)', sequence: 3 },
            },
        }),
        objective: DecimalColumn({ label: 'Objective %', default: '100', hint: 'Share of observations that must meet the target (not used for feedback ratings)' }),
        description: StringColumn({ label: 'Description', maxLength: 1000 }),
        active: BooleanColumn({ label: 'Active', default: 'true' }),
        order: IntegerColumn({ label: 'Order', default: '100' }),
    },
})

/**
 * The weekly digest sent to change managers: the figures as they stood when it was written
 * (summary is the JSON of src/server/xla/digest.ts's DigestContent), so every copy says the same.
 */
export const x_psm_persona_xla_digest = Table({
    name: 'x_psm_persona_xla_digest',
    label: 'XLA Weekly Digest',
    display: 'period_end',
    allowWebServiceAccess: true,
    schema: {
        period_start: DateTimeColumn({ label: 'Period start', mandatory: true }),
        period_end: DateTimeColumn({ label: 'Period end', mandatory: true }),
        summary: StringColumn({ label: 'Summary', maxLength: 65000, readOnly: true }),
        worst_group: StringColumn({ label: 'Worst-served stakeholder group', maxLength: 200, readOnly: true }),
        xlas_met: IntegerColumn({ label: 'XLAs met', readOnly: true }),
        xlas_measured: IntegerColumn({ label: 'XLAs measured', readOnly: true }),
        open_high_risk: IntegerColumn({ label: 'Open high-risk changes', readOnly: true }),
        recipients: IntegerColumn({ label: 'Change managers notified', readOnly: true }),
    },
})

/**
 * What the XLAs measure, recorded when it happens (src/server/xla/history.ts): each state a change
 * reaches and who made it, approvals requested and decided. The platform rotates sysevent (about a
 * week), so attainment over any period reads this table, never the event log.
 */
export const x_psm_persona_xla_history = Table({
    name: 'x_psm_persona_xla_history',
    label: 'XLA History',
    display: 'change_request',
    schema: {
        change_request: ReferenceColumn({ label: 'Change request', referenceTable: 'change_request', mandatory: true, cascadeRule: 'delete' }),
        kind: StringColumn({
            label: 'Kind',
            mandatory: true,
            maxLength: 40,
            choices: {
                state: { label: 'State reached', sequence: 1 },
                approval_requested: { label: 'Approval requested', sequence: 2 },
                approval_decided: { label: 'Approval decided', sequence: 3 },
            },
        }),
        step: StringColumn({ label: 'Step', maxLength: 40, hint: 'For a state: submitted, assess, authorize, scheduled, implementing, review, closed or canceled' }),
        approval: ReferenceColumn({ label: 'Approval', referenceTable: 'sysapproval_approver' }),
        user: ReferenceColumn({ label: 'User', referenceTable: 'sys_user', hint: 'Who made the state change; the approver of an approval' }),
    },
    index: [
        // A row is written when it happens: its sys_created_on is the instant measured.
        { name: 'x_psm_persona_xla_history_when', element: ['sys_created_on'], unique: false },
        { name: 'x_psm_persona_xla_history_change', element: ['change_request'], unique: false },
    ],
})
