import { STATE, isHighRisk, isOpenState, type ChangeEventKey } from './model.ts'

/** The fields of a change that decide which events a save queues. */
export interface ChangeSnapshot {
    state: number | null
    approval: string
    risk: number | null
    assignedTo: string
    assignmentGroup: string
}

export interface TransitionInput {
    inserted: boolean
    previous: ChangeSnapshot | null
    current: ChangeSnapshot
    /** Names of the fields this save changed (only the tracked ones matter). */
    changedFields: readonly string[]
}

/**
 * Who an event is for: `change` events are queued once and notifications pick recipients from
 * the record (requester, implementer); the others are queued once per person, parm1 = the user.
 */
export type EventAudience = 'change' | 'change_managers' | 'approvers_and_managers'

export interface PlannedEvent {
    key: ChangeEventKey
    audience: EventAudience
}

/** Fields whose change on a high-risk change in flight is news for its approvers and change managers. */
export const TRACKED_FIELDS: Readonly<Record<string, string>> = {
    state: 'State',
    risk: 'Risk',
    impact: 'Impact',
    priority: 'Priority',
    start_date: 'Planned start',
    end_date: 'Planned end',
    implementation_plan: 'Implementation plan',
    backout_plan: 'Backout plan',
    test_plan: 'Test plan',
    x_psm_persona_test_results: 'Test results',
    x_psm_persona_phases: 'Phasing notes',
    x_psm_persona_security_notes: 'Security and compliance notes',
    cmdb_ci: 'Configuration item',
    assigned_to: 'Assigned to',
    assignment_group: 'Assignment group',
    on_hold: 'On hold',
    short_description: 'Short description',
}

/** What a phase edit reports as changed (the Phases related list, not a field of the change): its label is "Phases". */
export const PHASES_FIELD = 'phases'

/** The event a change entering each state queues (submission has its own rule). */
export const STATE_EVENTS: Readonly<Record<string, ChangeEventKey>> = {
    '-4': 'assess',
    '-3': 'authorize',
    '-2': 'scheduled',
    '-1': 'implementing',
    '0': 'review',
    '3': 'closed',
    '4': 'canceled',
}

export function trackedChanges(changedFields: readonly string[]): string[] {
    return changedFields.filter((f) => Object.prototype.hasOwnProperty.call(TRACKED_FIELDS, f))
}

function stateEvents(state: number | null, risk: number | null): PlannedEvent[] {
    const key = state === null ? undefined : STATE_EVENTS[String(state)]
    if (!key) return []
    const out: PlannedEvent[] = [{ key, audience: 'change' }]
    if (state === STATE.AUTHORIZE && isHighRisk(risk)) out.push({ key: 'highRiskAuthorize', audience: 'change_managers' })
    return out
}

function isInFlight(state: number | null): boolean {
    return state !== null && state !== STATE.NEW && isOpenState(state)
}

function reassigned(input: TransitionInput): boolean {
    const { current, previous } = input
    if (!previous || current.state !== previous.state) return false
    if (current.state !== STATE.SCHEDULED && current.state !== STATE.IMPLEMENT) return false
    if (current.assignedTo) return current.assignedTo !== previous.assignedTo
    return current.assignmentGroup !== '' && (current.assignmentGroup !== previous.assignmentGroup || previous.assignedTo !== '')
}

/**
 * The events one save of a change queues, in order: submitted on insert, one per state reached,
 * approved/rejected when the approval outcome lands, assigned when the implementer changes while
 * scheduled or implementing, and high_risk_update when a high-risk change in flight changes in a
 * way its approvers should know (entering Authorize is not an update: approvers get the request itself).
 */
export function plannedEvents(input: TransitionInput): PlannedEvent[] {
    const { current, previous } = input
    if (input.inserted || !previous) {
        const out: PlannedEvent[] = [{ key: 'submitted', audience: 'change' }]
        return current.state === STATE.NEW ? out : out.concat(stateEvents(current.state, current.risk))
    }
    const out: PlannedEvent[] = []
    if (current.approval !== previous.approval) {
        if (current.approval === 'approved') out.push({ key: 'approved', audience: 'change' })
        if (current.approval === 'rejected') out.push({ key: 'rejected', audience: 'change' })
    }
    const stateChanged = current.state !== previous.state
    if (stateChanged) out.push(...stateEvents(current.state, current.risk))
    if (reassigned(input)) out.push({ key: 'assigned', audience: 'change' })
    const highRisk = isHighRisk(current.risk) || isHighRisk(previous.risk)
    const enteringAuthorize = stateChanged && current.state === STATE.AUTHORIZE
    if (highRisk && isInFlight(previous.state) && !enteringAuthorize && trackedChanges(input.changedFields).length) {
        out.push({ key: 'highRiskUpdate', audience: 'approvers_and_managers' })
    }
    return out
}

/** parm2 of a high_risk_update event: the recipient's role and the fields that changed. */
export interface UpdateParm {
    role: 'approver' | 'change_manager'
    fields: string[]
}

export function formatUpdateParm(p: UpdateParm): string {
    return `${p.role}|${p.fields.join(',')}`
}

export function parseUpdateParm(text: string): UpdateParm {
    const [role, fields] = text.split('|')
    return {
        role: role === 'change_manager' ? 'change_manager' : 'approver',
        fields: (fields ?? '')
            .split(',')
            .map((f) => f.trim())
            .filter((f) => f !== ''),
    }
}

/** Labels of changed fields for a message ("Risk, Planned start"). */
export function changedFieldLabels(fields: readonly string[]): string[] {
    // 'phases': the Phases related list (a phase edit's update), not a field of the change.
    return fields.map((f) => TRACKED_FIELDS[f] ?? (f === PHASES_FIELD ? 'Phases' : f))
}
