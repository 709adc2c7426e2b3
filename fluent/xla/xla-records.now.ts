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
        name: 'Requester Happiness at least +50',
        stakeholder: 'requester',
        measure: 'happiness',
        task_table: 'change_request',
        target: 50,
        unit: 'happiness',
        objective: 100,
        order: 400,
        active: true,
        description: 'How happy requesters were with their changes, on 0–10: Happiness (% of 9–10 minus % of 0–6, the HappySignals method) at least +50.',
    },
})

Record({
    $id: Now.ID['xla_feedback_approver'],
    $meta: { installMethod: 'first install' },
    table: 'x_psm_persona_xla',
    data: {
        name: 'Approver Happiness at least +50',
        stakeholder: 'approver',
        measure: 'happiness',
        task_table: 'change_request',
        target: 50,
        unit: 'happiness',
        objective: 100,
        order: 500,
        active: true,
        description: 'How happy approvers were with deciding, on 0–10: Happiness (% of 9–10 minus % of 0–6) at least +50.',
    },
})

Record({
    $id: Now.ID['xla_feedback_implementer'],
    $meta: { installMethod: 'first install' },
    table: 'x_psm_persona_xla',
    data: {
        name: 'Implementer Happiness at least +50',
        stakeholder: 'implementer',
        measure: 'happiness',
        task_table: 'change_request',
        target: 50,
        unit: 'happiness',
        objective: 100,
        order: 600,
        active: true,
        description: 'How happy implementers were with the implementation, on 0–10: Happiness (% of 9–10 minus % of 0–6) at least +50.',
    },
})

/*
 * Fulfilment experience (issue 17): how happy requesters were with what they ordered, measured on the
 * requested item's survey (the completion email links to /sp?id=psm_feedback&task=<sc_req_item>&role=requester).
 */
Record({
    $id: Now.ID['xla_fulfilment_happiness'],
    $meta: { installMethod: 'first install' },
    table: 'x_psm_persona_xla',
    data: {
        name: 'Fulfilment Happiness at least +50',
        stakeholder: 'requester',
        measure: 'happiness',
        task_table: 'sc_req_item',
        target: 50,
        unit: 'happiness',
        objective: 100,
        order: 700,
        active: true,
        description: 'How happy requesters were with the fulfilment of what they ordered (requested items), on 0–10: Happiness (% of 9–10 minus % of 0–6) at least +50.',
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
