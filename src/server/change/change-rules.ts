import { gs, GlideRecord } from '@servicenow/glide'
import { approvalsOf, cabProblem, requestCabApproval, settleChange } from './approval-records.ts'
import { changedTrackedFields, entersState, readFacts, snapshotOf } from './change-record.ts'
import { CHANGE_EVENTS, STATE } from './model.ts'
import { usersWithRole } from './people.ts'
import { impactSummary, riskSummary } from './summaries.ts'
import { formatUpdateParm, plannedEvents, type PlannedEvent } from './transitions.ts'
import { phasesOfChange } from './phase-records.ts'
import { admitUpdate, snapshotOf as noticeSnapshot, type Snapshot } from './update-budget.ts'

export const CHANGE_MANAGER_ROLE = 'change_manager'

function refuse(current: GlideRecord, message: string): void {
    gs.addErrorMessage(`Change ${current.getValue('number') || ''} not saved: ${message}`)
    current.setAbortAction(true)
}

/**
 * Before insert/update of a change: refuse a move to Authorize nobody can approve (nothing is written), mark the approval requested when entering Authorize,
 * and recompute the risk and impact summaries from what is about to be saved.
 */
export function prepareChangeBeforeSave(current: GlideRecord, _previous: GlideRecord | null): void {
    // The schedule is the Phases related list, checked row by row (phase-records.ts); the notes
    // field beside it is free text and never refused for its format (issue 18.5).
    if (entersState(current, STATE.AUTHORIZE)) {
        const problem = cabProblem(current.isNewRecord() ? '' : current.getUniqueValue(), current.getValue('requested_by') || '')
        if (problem) {
            refuse(current, `it cannot move to Authorize: ${problem}`)
            return
        }
        const approval = current.getValue('approval') || ''
        if (approval === '' || approval === 'not requested') current.setValue('approval', 'requested')
    }
    const facts = readFacts(current)
    current.setValue('x_psm_persona_risk_summary', riskSummary(facts))
    current.setValue('x_psm_persona_impact_summary', impactSummary(facts))
}

/** After a change enters Authorize: request the CAB's approval (unless approvals exist) and settle at once if they already decided. */
export function requestApprovalAfterSave(current: GlideRecord, _previous: GlideRecord | null): void {
    if (!entersState(current, STATE.AUTHORIZE)) return
    if (requestCabApproval(current) === 0) settleChange(current)
}

function approverIds(changeId: string): string[] {
    const out: string[] = []
    for (const a of approvalsOf(changeId)) {
        if (a.state === 'cancelled' || a.state === 'not_required' || a.state === 'duplicate') continue
        if (a.approver && out.indexOf(a.approver) < 0) out.push(a.approver)
    }
    return out
}

function queue(current: GlideRecord, e: PlannedEvent, previousState: string, fields: string[], previous: GlideRecord | null): void {
    const name = CHANGE_EVENTS[e.key]
    if (e.audience === 'change') {
        gs.eventQueue(name, current, current.getValue('state') || '', previousState)
        return
    }
    const managers = usersWithRole(CHANGE_MANAGER_ROLE)
    if (e.audience === 'change_managers') {
        for (const user of managers) gs.eventQueue(name, current, user, 'change_manager')
        return
    }
    // A field save leaves the phases as they are: read them once for both snapshots.
    const phases = phasesOfChange(current.getUniqueValue())
    const now = noticeSnapshot(current, phases)
    queueHighRiskUpdate(current, previous ? noticeSnapshot(previous, phases) : now, now, fields, managers)
}

/**
 * The message budget (issue 18.1): each approver and change manager gets at most one high-risk update
 * per interval, saying what changed since their last message. `before` is the change as its readers
 * last knew it (a first-time reader's baseline), `now` as it is; `fields` what this save changed. A
 * field save and a phase edit (phase-notices.ts) share it, so neither sends a message of its own.
 */
export function queueHighRiskUpdate(current: GlideRecord, before: Snapshot, now: Snapshot, fields: string[], managers: string[] = usersWithRole(CHANGE_MANAGER_ROLE)): void {
    const changeId = current.getUniqueValue()
    const approvers = approverIds(changeId)
    const send = (user: string, role: 'approver' | 'change_manager') => {
        if (admitUpdate(changeId, user, role, before, now)) gs.eventQueue(CHANGE_EVENTS.highRiskUpdate, current, user, formatUpdateParm({ role, fields }))
    }
    for (const user of approvers) send(user, 'approver')
    for (const user of managers) if (approvers.indexOf(user) < 0) send(user, 'change_manager')
}

/**
 * After insert/update of a change: queue the x_psm_persona.change.* events this save calls for
 * (see transitions.ts); per-person events carry the recipient in parm1.
 */
export function queueChangeEvents(current: GlideRecord, previous: GlideRecord | null): void {
    const inserted = !previous || !previous.isValidRecord()
    const fields = changedTrackedFields(current)
    const events = plannedEvents({
        inserted,
        previous: inserted || !previous ? null : snapshotOf(previous),
        current: snapshotOf(current),
        changedFields: fields,
    })
    const previousState = inserted || !previous ? '' : previous.getValue('state') || ''
    for (const e of events) queue(current, e, previousState, fields, inserted ? null : previous)
}
