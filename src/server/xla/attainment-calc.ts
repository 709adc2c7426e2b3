import { happiness, HAPPY_FROM } from './happiness.ts'
import { type StakeholderRole, type XlaDefinition, STAKEHOLDER_ROLES } from './model.ts'
import { businessDaysBetween, formatDateTime, MINUTE_MS, minutesBetween, type Period } from './time.ts'

/*
 * XLA attainment from facts already read (attainment-data.ts reads them). Pure: the rules of what
 * counts as an observation, when it meets its target and how results roll up live here alone.
 *
 * How each measure observes (every instant is a stored sys_created_on, UTC):
 * - notification_latency: every state change of a change in the period (the app's state events in
 *   sysevent) is one observation per stakeholder of that role at that moment; it meets the target
 *   when that person's first not-yet-counted email about the change, written at or after the state
 *   change (and before the next one, unless within the target), came within `target` minutes. No
 *   email and more than `target` minutes gone: breached. The person who made the state change is
 *   informed by making it: they are no observation of it.
 * - high_risk_updates: every transition (state change after submission) of a change whose risk is
 *   High or Very High is one observation per approver at that moment; it meets the target when an
 *   email about the change reaches that approver within `target` minutes. Consolidated, as the
 *   message budget sends them (x_psm_persona.change.update_interval_minutes: at most one update per
 *   approver per interval, saying everything since the last): one email answers every transition it
 *   follows within the target, so two transitions ten minutes apart are both met by one update.
 * - decision_time: every approval requested in the period; met when decided within `target`
 *   business days (Monday to Friday, UTC). Still undecided after `target` business days: breached.
 * - feedback_rating: every legacy 1–5 answer given in the period is one observation (met when
 *   rating >= target); the XLA's value is the average rating, met when it is at least `target`.
 * - happiness: every 0–10 answer about a task of the XLA's task table given in the period is one
 *   observation (met when 9–10, "happy"); the XLA's value is the Happiness score (% of 9–10 minus % of
 *   0–6, happiness.ts), met when it is at least `target`.
 * Observations whose deadline has not passed yet (as of `asOf`) are pending and counted apart.
 */

export interface ChangeFact {
    sysId: string
    number: string
    shortDescription: string
    requestedBy: string
    assignedTo: string
    assignmentGroup: string
    /** 1 Very High … 4 Low; null when not assessed. */
    risk: number | null
    state: number | null
}

/** A state change of a change, as the app's state event recorded it. */
export interface StateChangeFact {
    changeId: string
    at: number
    /** The event's key: submitted, assess, authorize, scheduled, implementing, review, closed, canceled. */
    step: string
    /** Who made the change (the event's user): informed by making it, so not an observation. */
    actor: string
}

export interface EmailFact {
    changeId: string
    userId: string
    at: number
}

export interface ApprovalFact {
    sysId: string
    changeId: string
    approver: string
    state: string
    /** When the approval became requested. */
    requestedAt: number
    /** When the approver decided (null while undecided). */
    decidedAt: number | null
    updatedAt: number
}

export interface FeedbackFact {
    /** The task the answer is about (a change's sys_id for change answers). */
    changeId: string
    /** The task's table (change_request, sc_req_item …). */
    taskTable: string
    userId: string
    stakeholder: StakeholderRole
    /** Legacy 1–5 rating; null for survey answers. */
    rating: number | null
    /** 0–10 score; null for legacy answers. */
    score: number | null
    at: number
}

export interface AttainmentFacts {
    xlas: XlaDefinition[]
    changes: { [sysId: string]: ChangeFact }
    stateChanges: StateChangeFact[]
    emails: EmailFact[]
    approvals: ApprovalFact[]
    feedback: FeedbackFact[]
    /** Members of the assignment groups of the changes (implementers when nobody is assigned). */
    groupMembers: { [groupId: string]: string[] }
    /** The persona name of each user involved ('' for none). */
    personas: { [userId: string]: string }
    /** Now: deadlines after this are still open. */
    asOf: number
}

export interface Observation {
    xlaId: string
    stakeholder: StakeholderRole
    userId: string
    persona: string
    changeId: string
    at: number
    /** Minutes, business days or the rating; null when the message never came. */
    value: number | null
    met: boolean
}

export type XlaStatus = 'met' | 'breached' | 'no_data'

export interface Tally {
    observations: number
    met: number
}

export interface PersonaResult extends Tally {
    persona: string
    value: number | null
}

export interface XlaResult extends Tally {
    sysId: string
    name: string
    stakeholder: StakeholderRole
    measure: string
    target: number
    objective: number
    pending: number
    /** Percent of observations meeting the target, or the average rating for feedback_rating. */
    value: number | null
    status: XlaStatus
    byPersona: PersonaResult[]
}

export interface StakeholderResult extends Tally {
    stakeholder: StakeholderRole
    /** Percent of observations that met their target; null without observations. */
    rate: number | null
    xlasMet: number
    xlasMeasured: number
}

export interface GroupResult extends Tally {
    stakeholder: StakeholderRole
    persona: string
    rate: number | null
}

export interface AttainmentReport {
    period: { start: string; end: string }
    asOf: string
    xlas: XlaResult[]
    byStakeholder: StakeholderResult[]
    /** Stakeholder role × persona of the stakeholder. */
    groups: GroupResult[]
    /** The group with the lowest share of observations meeting their target; null without observations. */
    worstServed: GroupResult | null
}

/** The label of a stakeholder without a persona. */
export const NO_PERSONA = '(no persona)'

/** Approval states that take no part (any more) in the decision. */
const INACTIVE_APPROVAL_STATES = ['not_required', 'cancelled', 'duplicate', 'not requested']

function inPeriod(at: number, p: Period): boolean {
    return at >= p.start && at < p.end
}

function round(value: number, places: number): number {
    const f = Math.pow(10, places)
    return Math.round(value * f) / f
}

/** Percent, one decimal; null when there is nothing to divide. */
export function percent(part: number, whole: number): number | null {
    return whole > 0 ? round((part / whole) * 100, 1) : null
}

function byTime<T extends { at: number }>(a: T, b: T): number {
    return a.at - b.at
}

/** The approvers taking part in the change's decision at instant t (requested by then, not released before it). */
export function approversAt(approvals: readonly ApprovalFact[], t: number): string[] {
    const out: string[] = []
    for (const a of approvals) {
        if (a.requestedAt > t || !a.approver) continue
        if (INACTIVE_APPROVAL_STATES.indexOf(a.state) >= 0 && a.updatedAt < t) continue
        if (out.indexOf(a.approver) < 0) out.push(a.approver)
    }
    return out
}

/** Who holds a stakeholder role on a change at instant t. */
export function stakeholdersAt(role: StakeholderRole, change: ChangeFact, approvals: readonly ApprovalFact[], groupMembers: AttainmentFacts['groupMembers'], t: number): string[] {
    if (role === 'caller') return []
    if (role === 'requester') return change.requestedBy ? [change.requestedBy] : []
    if (role === 'approver') return approversAt(approvals, t)
    if (change.assignedTo) return [change.assignedTo]
    return (groupMembers[change.assignmentGroup] ?? []).slice()
}

function isHighRisk(risk: number | null): boolean {
    return risk !== null && risk >= 1 && risk <= 2
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): { [key: string]: T[] } {
    const out: { [key: string]: T[] } = {}
    for (const item of items) (out[key(item)] ??= []).push(item)
    return out
}

interface Indexed {
    stateChanges: { [changeId: string]: StateChangeFact[] }
    emails: { [changeUser: string]: EmailFact[] }
    approvals: { [changeId: string]: ApprovalFact[] }
}

function index(facts: AttainmentFacts): Indexed {
    const stateChanges = groupBy(facts.stateChanges, (s) => s.changeId)
    for (const id of Object.keys(stateChanges)) stateChanges[id].sort(byTime)
    const emails = groupBy(facts.emails, (e) => `${e.changeId}|${e.userId}`)
    for (const k of Object.keys(emails)) emails[k].sort(byTime)
    return { stateChanges, emails, approvals: groupBy(facts.approvals, (a) => a.changeId) }
}

function personaOf(facts: AttainmentFacts, userId: string): string {
    return facts.personas[userId] || NO_PERSONA
}

/**
 * Message observations for one XLA: walks every state change of every change in time order (so an
 * email answers one state change only, even across period boundaries) and records those in the period.
 */
function messageObservations(xla: XlaDefinition, facts: AttainmentFacts, idx: Indexed, period: Period, highRiskOnly: boolean): { observations: Observation[]; pending: number } {
    const observations: Observation[] = []
    let pending = 0
    const limitMs = xla.target * MINUTE_MS
    for (const changeId of Object.keys(idx.stateChanges)) {
        const change = facts.changes[changeId]
        if (!change || (highRiskOnly && !isHighRisk(change.risk))) continue
        const used: { [key: string]: number } = {}
        const steps = idx.stateChanges[changeId].filter((s) => !highRiskOnly || s.step !== 'submitted')
        steps.forEach((step, k) => {
            const nextAt = k + 1 < steps.length ? steps[k + 1].at : Infinity
            for (const userId of stakeholdersAt(xla.stakeholder, change, idx.approvals[changeId] ?? [], facts.groupMembers, step.at)) {
                if (userId === step.actor) continue
                const key = `${changeId}|${userId}`
                const mails = idx.emails[key] ?? []
                let i = used[key] ?? 0
                while (i < mails.length && mails[i].at < step.at) i++
                const candidate = i < mails.length ? mails[i] : null
                // An email answers this state change if it came before the next one (or within the target
                // anyway, when state changes follow each other closely); otherwise it is left for the next
                // one, so a single missed message is one breach, not a chain of them. An email written
                // after `asOf` had not been sent as of then. High-risk updates are consolidated: one
                // email answers each transition it follows, so it is not used up.
                const sent = !!candidate && candidate.at <= facts.asOf
                const mail = sent && (highRiskOnly || candidate.at < nextAt || candidate.at - step.at <= limitMs) ? candidate : null
                used[key] = mail && !highRiskOnly ? i + 1 : i
                if (!inPeriod(step.at, period)) continue
                const base = { xlaId: xla.sysId, stakeholder: xla.stakeholder, userId, persona: personaOf(facts, userId), changeId, at: step.at }
                if (mail) {
                    const minutes = minutesBetween(step.at, mail.at)
                    observations.push({ ...base, value: minutes, met: mail.at - step.at <= limitMs })
                } else if (facts.asOf - step.at > limitMs) observations.push({ ...base, value: null, met: false })
                else pending++
            }
        })
    }
    return { observations, pending }
}

function decisionObservations(xla: XlaDefinition, facts: AttainmentFacts, period: Period): { observations: Observation[]; pending: number } {
    const observations: Observation[] = []
    let pending = 0
    if (xla.stakeholder !== 'approver') return { observations, pending }
    for (const a of facts.approvals) {
        if (!inPeriod(a.requestedAt, period) || !a.approver) continue
        const decidedAt = a.state === 'approved' || a.state === 'rejected' ? (a.decidedAt ?? a.updatedAt) : null
        // A decision made after `asOf` was still open as of then.
        const decided = decidedAt !== null && decidedAt <= facts.asOf
        if (!decided && a.state !== 'requested' && decidedAt === null) continue
        const base = { xlaId: xla.sysId, stakeholder: xla.stakeholder, userId: a.approver, persona: personaOf(facts, a.approver), changeId: a.changeId, at: a.requestedAt }
        if (decided && decidedAt !== null) {
            const days = businessDaysBetween(a.requestedAt, decidedAt)
            observations.push({ ...base, value: round(days, 2), met: days <= xla.target })
            continue
        }
        const open = businessDaysBetween(a.requestedAt, facts.asOf)
        if (open > xla.target) observations.push({ ...base, value: round(open, 2), met: false })
        else pending++
    }
    return { observations, pending }
}

function feedbackObservations(xla: XlaDefinition, facts: AttainmentFacts, period: Period): Observation[] {
    const out: Observation[] = []
    for (const f of facts.feedback) {
        if (f.stakeholder !== xla.stakeholder || !inPeriod(f.at, period) || f.at > facts.asOf || f.taskTable !== (xla.taskTable || 'change_request')) continue
        const base = { xlaId: xla.sysId, stakeholder: xla.stakeholder, userId: f.userId, persona: personaOf(facts, f.userId), changeId: f.changeId, at: f.at }
        // Legacy 1–5 ratings feed only feedback_rating, 0–10 scores only happiness: the scales never mix.
        if (xla.measure === 'happiness') {
            if (f.score !== null) out.push({ ...base, value: f.score, met: f.score >= HAPPY_FROM })
        } else if (f.rating !== null) out.push({ ...base, value: f.rating, met: f.rating >= xla.target })
    }
    return out
}

/** Every observation of every XLA in the period, and how many are still pending per XLA. */
export function observe(facts: AttainmentFacts, period: Period): { observations: Observation[]; pending: { [xlaId: string]: number } } {
    const idx = index(facts)
    const observations: Observation[] = []
    const pending: { [xlaId: string]: number } = {}
    for (const xla of facts.xlas) {
        let found: { observations: Observation[]; pending: number }
        if (xla.measure === 'notification_latency') found = messageObservations(xla, facts, idx, period, false)
        else if (xla.measure === 'high_risk_updates') found = messageObservations(xla, facts, idx, period, true)
        else if (xla.measure === 'decision_time') found = decisionObservations(xla, facts, period)
        else found = { observations: feedbackObservations(xla, facts, period), pending: 0 }
        observations.push(...found.observations)
        pending[xla.sysId] = found.pending
    }
    return { observations, pending }
}

/** An XLA's value over some of its observations: percent meeting the target, or the average rating. */
export function xlaValue(xla: XlaDefinition, observations: readonly Observation[]): number | null {
    if (!observations.length) return null
    if (xla.measure === 'feedback_rating') return round(observations.reduce((s, o) => s + (o.value ?? 0), 0) / observations.length, 2)
    if (xla.measure === 'happiness') return happiness(observations.map((o) => o.value ?? -1)).happiness
    return percent(observations.filter((o) => o.met).length, observations.length)
}

export function xlaStatus(xla: XlaDefinition, value: number | null): XlaStatus {
    if (value === null) return 'no_data'
    if (xla.measure === 'feedback_rating' || xla.measure === 'happiness') return value >= xla.target ? 'met' : 'breached'
    return value >= xla.objective ? 'met' : 'breached'
}

function tally(observations: readonly Observation[]): Tally {
    return { observations: observations.length, met: observations.filter((o) => o.met).length }
}

/** Lowest share met first; among equals the group with more observations (more people affected), then by name. */
export function worstGroup(groups: readonly GroupResult[]): GroupResult | null {
    const measured = groups.filter((g) => g.observations > 0)
    if (!measured.length) return null
    return measured.slice().sort((a, b) => (a.rate ?? 0) - (b.rate ?? 0) || b.observations - a.observations || `${a.stakeholder}|${a.persona}`.localeCompare(`${b.stakeholder}|${b.persona}`))[0]
}

/** Rolls observations up: per XLA (and its personas), per stakeholder role, per role × persona. */
export function summarize(facts: AttainmentFacts, period: Period): AttainmentReport {
    const { observations, pending } = observe(facts, period)
    const byXla = groupBy(observations, (o) => o.xlaId)
    const xlas: XlaResult[] = facts.xlas.map((xla) => {
        const mine = byXla[xla.sysId] ?? []
        const value = xlaValue(xla, mine)
        const perPersona = groupBy(mine, (o) => o.persona)
        return {
            sysId: xla.sysId,
            name: xla.name,
            stakeholder: xla.stakeholder,
            measure: xla.measure,
            target: xla.target,
            objective: xla.objective,
            pending: pending[xla.sysId] ?? 0,
            ...tally(mine),
            value,
            status: xlaStatus(xla, value),
            byPersona: Object.keys(perPersona)
                .sort()
                .map((persona) => ({ persona, ...tally(perPersona[persona]), value: xlaValue(xla, perPersona[persona]) })),
        }
    })
    // The change roles always, and any other role (caller) an XLA measures.
    const roles = STAKEHOLDER_ROLES.slice()
    for (const x of facts.xlas) if (roles.indexOf(x.stakeholder) < 0) roles.push(x.stakeholder)
    const byStakeholder: StakeholderResult[] = roles.map((role) => {
        const mine = observations.filter((o) => o.stakeholder === role)
        const t = tally(mine)
        const measured = xlas.filter((x) => x.stakeholder === role && x.status !== 'no_data')
        return { stakeholder: role, ...t, rate: percent(t.met, t.observations), xlasMet: measured.filter((x) => x.status === 'met').length, xlasMeasured: measured.length }
    })
    const perGroup = groupBy(observations, (o) => `${o.stakeholder}|${o.persona}`)
    const groups: GroupResult[] = Object.keys(perGroup)
        .sort()
        .map((key) => {
            const first = perGroup[key][0]
            const t = tally(perGroup[key])
            return { stakeholder: first.stakeholder, persona: first.persona, ...t, rate: percent(t.met, t.observations) }
        })
    return {
        period: { start: formatDateTime(period.start), end: formatDateTime(period.end) },
        asOf: formatDateTime(facts.asOf),
        xlas,
        byStakeholder,
        groups,
        worstServed: worstGroup(groups),
    }
}
