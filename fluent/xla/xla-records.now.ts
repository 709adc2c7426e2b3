import '@servicenow/sdk/global'
import { Property, Record } from '@servicenow/sdk/core'
import { adminRole, analystRole } from '../security/roles.now'

/*
 * The default experience level agreements. Targets are per observation; the objective is the
 * share of observations that must meet it ("every" state change: 100 %). See README, "Experience
 * level agreements and reports", for how each measure is observed.
 */

Record({
    $id: Now.ID['xla_requester_informed'],
    $meta: { installMethod: 'first install' },
    table: 'x_psm_persona_xla',
    data: {
        name: 'Requester informed within 15 minutes of every state change',
        stakeholder: 'requester',
        measure: 'notification_latency',
        target: 15,
        unit: 'minutes',
        objective: 100,
        order: 100,
        active: true,
        description: 'At every state change of a change, its requester gets a message about it within 15 minutes.',
    },
})

Record({
    $id: Now.ID['xla_approver_decision'],
    $meta: { installMethod: 'first install' },
    table: 'x_psm_persona_xla',
    data: {
        name: 'Approver decision within 1 business day',
        stakeholder: 'approver',
        measure: 'decision_time',
        target: 1,
        unit: 'business_days',
        objective: 90,
        order: 200,
        active: true,
        description: 'Nine approvals in ten are decided within one business day (Monday to Friday) of being requested: the request gave approvers what they needed.',
    },
})

Record({
    $id: Now.ID['xla_high_risk_updates'],
    $meta: { installMethod: 'first install' },
    table: 'x_psm_persona_xla',
    data: {
        name: 'High-risk transitions reach each approver within the update interval, consolidated',
        stakeholder: 'approver',
        measure: 'high_risk_updates',
        target: 75,
        unit: 'minutes',
        objective: 100,
        order: 300,
        active: true,
        description:
            'Every transition of a High or Very High risk change reaches each of its approvers within 75 minutes: the update interval (x_psm_persona.change.update_interval_minutes, 60 by default) plus 15 minutes to deliver. One consolidated update may carry several transitions, as the message budget promises; keep the target at the interval plus 15 when you change the interval.',
    },
})

Record({
    $id: Now.ID['xla_feedback_requester'],
    $meta: { installMethod: 'first install' },
    table: 'x_psm_persona_xla',
    data: {
        name: 'Requester feedback averages at least 4',
        stakeholder: 'requester',
        measure: 'feedback_rating',
        target: 4,
        unit: 'rating',
        objective: 100,
        order: 400,
        active: true,
        description: 'Requesters rate how their changes went for them at 4 out of 5 or better, on average.',
    },
})

Record({
    $id: Now.ID['xla_feedback_approver'],
    $meta: { installMethod: 'first install' },
    table: 'x_psm_persona_xla',
    data: {
        name: 'Approver feedback averages at least 4',
        stakeholder: 'approver',
        measure: 'feedback_rating',
        target: 4,
        unit: 'rating',
        objective: 100,
        order: 500,
        active: true,
        description: 'Approvers rate the approval experience at 4 out of 5 or better, on average.',
    },
})

Record({
    $id: Now.ID['xla_feedback_implementer'],
    $meta: { installMethod: 'first install' },
    table: 'x_psm_persona_xla',
    data: {
        name: 'Implementer feedback averages at least 4',
        stakeholder: 'implementer',
        measure: 'feedback_rating',
        target: 4,
        unit: 'rating',
        objective: 100,
        order: 600,
        active: true,
        description: 'Implementers rate how the implementation went at 4 out of 5 or better, on average.',
    },
})

Property({
    $id: Now.ID['prop_xla_history_weeks'],
    name: 'x_psm_persona.xla.history_weeks',
    type: 'integer',
    value: '8',
    description: 'How many weeks the XLA attainment history (admin page, insight API) covers by default (1 to 52).',
    roles: { read: [adminRole, analystRole], write: [adminRole] },
})
