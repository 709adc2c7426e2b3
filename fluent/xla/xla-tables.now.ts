import '@servicenow/sdk/global'
import { Table, StringColumn, IntegerColumn, BooleanColumn, ReferenceColumn, DecimalColumn, DateTimeColumn } from '@servicenow/sdk/core'

/**
 * The experience survey: one stakeholder's answer about one task (a change, a requested item, an
 * incident or a problem) in one role: how happy they were on 0–10 (`score`, the HappySignals question),
 * the work time they lost (minutes) and a comment. One answer per user, task and role: a second answer
 * updates the first (src/server/xla/feedback.ts). A before rule refuses anyone who was not that
 * stakeholder of that task. Answers given before the survey have a 1–5 `rating` (legacy, kept as it was
 * and never counted in Happiness), no score and no `task`: they are read through `change_request`
 * (src/server/xla/feedback.ts answersAbout says why they are not rewritten).
 */
export const x_psm_persona_feedback = Table({
    name: 'x_psm_persona_feedback',
    label: 'Experience Feedback',
    display: 'task',
    allowWebServiceAccess: true,
    schema: {
        task: ReferenceColumn({ label: 'Task', referenceTable: 'task', cascadeRule: 'delete', hint: 'The change, requested item, incident or problem the answer is about' }),
        change_request: ReferenceColumn({ label: 'Change request', referenceTable: 'change_request', cascadeRule: 'delete', hint: 'Set for answers about a change (kept in step with Task)' }),
        user: ReferenceColumn({ label: 'User', referenceTable: 'sys_user', mandatory: true, default: 'javascript:gs.getUserID()' }),
        stakeholder: StringColumn({
            label: 'Stakeholder',
            mandatory: true,
            maxLength: 40,
            choices: {
                requester: { label: 'Requester', sequence: 1 },
                approver: { label: 'Approver', sequence: 2 },
                implementer: { label: 'Implementer', sequence: 3 },
                caller: { label: 'Caller', sequence: 4 },
            },
        }),
        score: IntegerColumn({ label: 'Score (0–10)', min: 0, max: 10, hint: 'How happy they were, 0 (not at all) to 10 (very): 9–10 happy, 0–6 unhappy' }),
        rating: IntegerColumn({ label: 'Legacy rating (1–5)', min: 1, max: 5, readOnly: true, hint: 'Answers given before the 0–10 survey; not counted in Happiness' }),
        time_lost: IntegerColumn({ label: 'Time lost (minutes)', min: 0, max: 3600, hint: 'Work time the person says they lost, as they reported it' }),
        comment: StringColumn({ label: 'Comment', maxLength: 4000 }),
    },
    index: [
        // Uniqueness is the before rule's job (it refuses with the answer to update); these serve lookups.
        { name: 'x_psm_persona_feedback_task_answer', element: ['task', 'user', 'stakeholder'], unique: false },
        { name: 'x_psm_persona_feedback_answer', element: ['change_request', 'user', 'stakeholder'], unique: false },
        { name: 'x_psm_persona_feedback_user', element: ['user'], unique: false },
        { name: 'x_psm_persona_feedback_updated', element: ['sys_updated_on'], unique: false },
    ],
})

/**
 * A low rating (0–6) followed up by a person (src/server/xla/follow-up.ts): a task, so it is numbered,
 * assigned, worked with notes and closed as every task is; its parent is the surveyed task.
 */
export const x_psm_persona_followup = Table({
    name: 'x_psm_persona_followup',
    label: 'Experience Follow-up',
    extends: 'task',
    display: 'number',
    allowWebServiceAccess: true,
    autoNumber: { prefix: 'XFU', number: 1000, numberOfDigits: 7 },
    schema: {
        feedback: ReferenceColumn({ label: 'Answer', referenceTable: 'x_psm_persona_feedback', cascadeRule: 'delete' }),
        respondent: ReferenceColumn({ label: 'Who answered', referenceTable: 'sys_user' }),
        score: IntegerColumn({ label: 'Score (0–10)', min: 0, max: 10 }),
    },
    index: [{ name: 'x_psm_persona_followup_feedback', element: ['feedback'], unique: false }],
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
                caller: { label: 'Caller', sequence: 4 },
            },
        }),
        measure: StringColumn({
            label: 'Measure',
            mandatory: true,
            maxLength: 40,
            choices: {
                notification_latency: { label: 'Notification latency (minutes after each state change)', sequence: 1 },
                decision_time: { label: 'Decision time (business days from request to decision)', sequence: 2 },
                feedback_rating: { label: 'Feedback rating (average of legacy 1–5 answers)', sequence: 3 },
                high_risk_updates: { label: 'High-risk updates (minutes after each transition)', sequence: 4 },
                happiness: { label: 'Happiness (HappySignals: % of 9–10 minus % of 0–6)', sequence: 5 },
            },
        }),
        target: DecimalColumn({ label: 'Target', mandatory: true, hint: 'Per observation: at most this many minutes or business days; for feedback, the lowest acceptable average; for Happiness, the lowest acceptable score (-100 to +100)' }),
        task_table: StringColumn({
            label: 'Task table',
            maxLength: 80,
            default: 'change_request',
            hint: 'Happiness and feedback XLAs: the kind of task whose survey answers they measure',
            choices: {
                change_request: { label: 'Change Request', sequence: 1 },
                sc_req_item: { label: 'Requested Item', sequence: 2 },
                incident: { label: 'Incident', sequence: 3 },
                problem: { label: 'Problem', sequence: 4 },
            },
        }),
        unit: StringColumn({
            label: 'Unit',
            maxLength: 40,
            choices: {
                minutes: { label: 'Minutes', sequence: 1 },
                business_days: { label: 'Business days', sequence: 2 },
                rating: { label: 'Rating (1–5)', sequence: 3 },
                happiness: { label: 'Happiness score (-100 to +100)', sequence: 4 },
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
