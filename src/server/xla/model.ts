/** Experience level agreements: names, choices and the shapes the attainment computation works on. */

export const FEEDBACK_TABLE = 'x_psm_persona_feedback'
export const XLA_TABLE = 'x_psm_persona_xla'
export const DIGEST_TABLE = 'x_psm_persona_xla_digest'

/**
 * The roles a stakeholder can have on a task (experience survey and XLAs): requester, approver and
 * implementer of a change, requester of a requested item, caller of an incident or problem. Change
 * managers oversee, they are not measured.
 */
export type StakeholderRole = 'requester' | 'approver' | 'implementer' | 'caller'
/** The roles a change has, in the app's order (the change XLAs' roll-ups). */
export const STAKEHOLDER_ROLES: readonly StakeholderRole[] = ['requester', 'approver', 'implementer']
/** Every role the experience survey knows. */
export const SURVEY_ROLES: readonly StakeholderRole[] = ['requester', 'approver', 'implementer', 'caller']
export const ROLE_LABELS: Readonly<Record<StakeholderRole, string>> = { requester: 'Requesters', approver: 'Approvers', implementer: 'Implementers', caller: 'Callers' }

export function isStakeholderRole(value: string): value is StakeholderRole {
    return (SURVEY_ROLES as readonly string[]).indexOf(value) >= 0
}

/** feedback_rating averages the legacy 1–5 ratings; happiness is the HappySignals score of 0–10 answers (happiness.ts). */
export type Measure = 'notification_latency' | 'decision_time' | 'feedback_rating' | 'high_risk_updates' | 'happiness'
export const MEASURES: readonly Measure[] = ['notification_latency', 'decision_time', 'feedback_rating', 'high_risk_updates', 'happiness']

/** The task tables the experience survey (and a happiness XLA) can be about. */
export const SURVEY_TABLES: readonly string[] = ['change_request', 'sc_req_item', 'incident', 'problem']

export function isMeasure(value: string): value is Measure {
    return (MEASURES as readonly string[]).indexOf(value) >= 0
}

/** The unit each measure's target is in. */
export const MEASURE_UNITS: Readonly<Record<Measure, string>> = {
    notification_latency: 'minutes',
    decision_time: 'business_days',
    feedback_rating: 'rating',
    high_risk_updates: 'minutes',
    happiness: 'happiness',
}

/** The events the XLA part queues (names fit the registry's 40 characters). */
export const XLA_EVENTS = {
    /** An approver decided an approval of a change: on the approval, parm1 the approver, parm2 the change. */
    decisionRecorded: 'x_psm_persona.approval.decided',
    /** The weekly digest is ready: on the digest record, parm1 a change manager. */
    weeklyDigest: 'x_psm_persona.xla.weekly_digest',
    /** A low rating (0–6) created a follow-up: on the follow-up record, parm1 who to tell (its assignee, else the change managers). */
    lowRating: 'x_psm_persona.experience.low_rating',
} as const

export const XLA_PROPERTIES = {
    /** How many weeks the XLA history (admin page, API) covers by default. */
    historyWeeks: { name: 'x_psm_persona.xla.history_weeks', fallback: '8' },
} as const

/** One XLA record as the computation reads it. */
export interface XlaDefinition {
    sysId: string
    name: string
    stakeholder: StakeholderRole
    measure: Measure
    /** Minutes, business days, a rating or a Happiness score, by measure. */
    target: number
    /** The kind of task a happiness or feedback XLA reads answers about (change_request when not said). */
    taskTable?: string
    /** Percent of observations that must meet the target (ratio measures). */
    objective: number
    order: number
}

/** Why an XLA definition cannot be measured ('' when it can). */
export function xlaProblem(x: { stakeholder: string; measure: string; target: number | null; objective: number | null; taskTable?: string }): string {
    if (!isStakeholderRole(x.stakeholder)) return `the stakeholder must be one of ${SURVEY_ROLES.join(', ')} (got "${x.stakeholder}").`
    if (!isMeasure(x.measure)) return `the measure must be one of ${MEASURES.join(', ')} (got "${x.measure}").`
    if (x.target === null || !isFinite(x.target)) return 'the target must be a number.'
    if (x.measure === 'happiness') {
        if (x.target < -100 || x.target > 100) return `a Happiness target is a score from -100 to +100 (got ${x.target}).`
        if (x.taskTable !== undefined && SURVEY_TABLES.indexOf(x.taskTable) < 0) return `the task table must be one of ${SURVEY_TABLES.join(', ')} (got "${x.taskTable}").`
    } else if (x.measure === 'feedback_rating') {
        if (x.target < 1 || x.target > 5) return `a feedback target is an average rating from 1 to 5 (got ${x.target}).`
    } else if (x.target <= 0) return `the target must be more than 0 ${MEASURE_UNITS[x.measure].replace('_', ' ')} (got ${x.target}).`
    if (x.objective === null || !isFinite(x.objective) || x.objective <= 0 || x.objective > 100) return `the objective is a percentage above 0 and at most 100 (got ${x.objective === null ? 'nothing' : x.objective}).`
    return ''
}
