import '@servicenow/sdk/global'
import { BusinessRule, ScheduledScript } from '@servicenow/sdk/core'
import { validateFeedbackBeforeSave } from '../../src/server/xla/feedback'
import { followUpLowScore } from '../../src/server/xla/follow-up'
import { queueDecisionRecorded, validateXlaBeforeSave } from '../../src/server/xla/xla-rules'
import { weeklyDigestJob } from '../../src/server/xla/digest'
import { recordApprovalRequested, recordChangeHistory } from '../../src/server/xla/history'

BusinessRule({
    $id: Now.ID['br_feedback_validate'],
    name: 'Persona: validate experience feedback',
    description:
        'Refuses an answer from anyone who was not that stakeholder of that task (change: requester = requested_by, approver = an approval row, implementer = assigned_to or assignment group member; requested item: requester = requested_for or opened_by; incident: caller = caller_id; problem: caller = opened_by), a score outside 0–10, and a second answer for the same task, user and role.',
    table: 'x_psm_persona_feedback',
    when: 'before',
    action: ['insert', 'update'],
    order: 100,
    active: true,
    script: validateFeedbackBeforeSave,
})

BusinessRule({
    $id: Now.ID['br_feedback_follow_up'],
    name: 'Persona: follow up a low rating',
    description: 'A score of 0–6 (unhappy on the HappySignals scale) opens an Experience Follow-up for the manager of the task\'s assignment group (else the change managers) and emails them; one per answer.',
    table: 'x_psm_persona_feedback',
    when: 'after',
    action: ['insert', 'update'],
    filterCondition: 'score<=6^scoreISNOTEMPTY',
    order: 200,
    active: true,
    script: followUpLowScore,
})

BusinessRule({
    $id: Now.ID['br_xla_validate'],
    name: 'Persona: validate XLA',
    description: 'An XLA must name a stakeholder role, a measure the app computes, a positive target (1–5 for feedback, -100 to +100 for Happiness) and an objective from 0 to 100 %; the unit follows the measure.',
    table: 'x_psm_persona_xla',
    when: 'before',
    action: ['insert', 'update'],
    order: 100,
    active: true,
    script: validateXlaBeforeSave,
})

BusinessRule({
    $id: Now.ID['br_approval_decision_recorded'],
    name: 'Persona: queue approver decision email',
    description: 'When an approver approves or rejects a change, queues x_psm_persona.approval.decided on the approval: the approver\'s decision email with a feedback link, and the decision time for the XLAs.',
    table: 'sysapproval_approver',
    when: 'after',
    action: ['update'],
    filterCondition: 'source_table=change_request^stateVALCHANGES',
    order: 150,
    active: true,
    script: queueDecisionRecorded,
})

BusinessRule({
    $id: Now.ID['br_xla_history_change'],
    name: 'Persona: record change history for XLAs',
    description: 'Records the submission and each state a change reaches, with who made it, in x_psm_persona_xla_history: XLA attainment reads it (the event log is rotated).',
    table: 'change_request',
    when: 'after',
    action: ['insert', 'update'],
    order: 300,
    active: true,
    script: recordChangeHistory,
})

BusinessRule({
    $id: Now.ID['br_xla_history_approval'],
    name: 'Persona: record approval requests for XLAs',
    description:
        'Records when an approval of a change asks for a decision again (updated back to requested) in x_psm_persona_xla_history. An approval inserted as requested needs no row: its own sys_created_on is the request instant, which XLA attainment reads.',
    table: 'sysapproval_approver',
    when: 'after',
    action: ['update'],
    filterCondition: 'source_table=change_request^stateCHANGESTOrequested',
    order: 300,
    active: true,
    script: recordApprovalRequested,
})

ScheduledScript({
    $id: Now.ID['job_xla_weekly_digest'],
    name: 'XLA weekly digest',
    active: true,
    frequency: 'weekly',
    dayOfWeek: 'monday',
    executionStart: '2026-01-05 00:00:00',
    executionTime: { hours: 7, minutes: 0, seconds: 0 },
    timeZone: 'UTC',
    script: weeklyDigestJob,
})
