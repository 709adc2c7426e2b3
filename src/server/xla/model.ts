/** Experience level agreements: names, choices and the shapes the attainment computation works on. */

export const FEEDBACK_TABLE = 'x_psm_persona_feedback'
export const XLA_TABLE = 'x_psm_persona_xla'
export const DIGEST_TABLE = 'x_psm_persona_xla_digest'

/** The roles a stakeholder can have on a change (feedback and XLAs); change managers oversee, they are not measured. */
export type StakeholderRole = 'requester' | 'approver' | 'implementer'
export const STAKEHOLDER_ROLES: readonly StakeholderRole[] = ['requester', 'approver', 'implementer']
export const ROLE_LABELS: Readonly<Record<StakeholderRole, string>> = { requester: 'Requesters', approver: 'Approvers', implementer: 'Implementers' }

export function isStakeholderRole(value: string): value is StakeholderRole {
    return (STAKEHOLDER_ROLES as readonly string[]).indexOf(value) >= 0
}

export type Measure = 'notification_latency' | 'decision_time' | 'feedback_rating' | 'high_risk_updates'
export const MEASURES: readonly Measure[] = ['notification_latency', 'decision_time', 'feedback_rating', 'high_risk_updates']

export function isMeasure(value: string): value is Measure {
    return (MEASURES as readonly string[]).indexOf(value) >= 0
}

/** The unit each measure's target is in. */
export const MEASURE_UNITS: Readonly<Record<Measure, string>> = {
    notification_latency: 'minutes',
    decision_time: 'business_days',
    feedback_rating: 'rating',
    high_risk_updates: 'minutes',
}

/** The events the XLA part queues (names fit the registry's 40 characters). */
export const XLA_EVENTS = {
    /** An approver decided an approval of a change: on the approval, parm1 the approver, parm2 the change. */
    decisionRecorded: 'x_psm_persona.approval.decided',
    /** The weekly digest is ready: on the digest record, parm1 a change manager. */
    weeklyDigest: 'x_psm_persona.xla.weekly_digest',
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
    /** Minutes, business days or a rating, by measure. */
    target: number
    /** Percent of observations that must meet the target (ratio measures). */
    objective: number
    order: number
}

/** Why an XLA definition cannot be measured ('' when it can). */
export function xlaProblem(x: { stakeholder: string; measure: string; target: number | null; objective: number | null }): string {
    if (!isStakeholderRole(x.stakeholder)) return `the stakeholder must be one of ${STAKEHOLDER_ROLES.join(', ')} (got "${x.stakeholder}").`
    if (!isMeasure(x.measure)) return `the measure must be one of ${MEASURES.join(', ')} (got "${x.measure}").`
    if (x.target === null || !isFinite(x.target)) return 'the target must be a number.'
    if (x.measure === 'feedback_rating') {
        if (x.target < 1 || x.target > 5) return `a feedback target is an average rating from 1 to 5 (got ${x.target}).`
    } else if (x.target <= 0) return `the target must be more than 0 ${MEASURE_UNITS[x.measure].replace('_', ' ')} (got ${x.target}).`
    if (x.objective === null || !isFinite(x.objective) || x.objective <= 0 || x.objective > 100) return `the objective is a percentage above 0 and at most 100 (got ${x.objective === null ? 'nothing' : x.objective}).`
    return ''
}
