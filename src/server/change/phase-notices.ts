import { GlideRecord } from '@servicenow/glide'
import { queueHighRiskUpdate } from './change-rules.ts'
import { isHighRisk, isOpenState, STATE, toInt } from './model.ts'
import { phaseRowsOf, rowOf } from './phase-records.ts'
import { phasesFromRows, type PhaseRow } from './phase-rows.ts'
import { PHASES_FIELD, PHASE_KEY_PREFIX, snapshotOf, type Snapshot } from './update-budget.ts'

/*
 * A phase of a high-risk change in flight added, edited or removed (issue 18.1 with 18.5): its
 * approvers and the change managers hear of it inside the consolidated high-risk update (one per
 * reader per interval, Before/Now, a subject naming the phase), never as a message of its own.
 */

export type PhaseOperation = 'insert' | 'update' | 'delete'

/**
 * The change's rows before this write, from its rows after it (`after`, read now): without the
 * written row, plus the row as it was (`previous` of an update on this change; `current` itself
 * for a delete). Pure.
 */
export function rowsBefore(changeId: string, after: readonly PhaseRow[], op: PhaseOperation, current: PhaseRow & { change: string }, previous: (PhaseRow & { change: string }) | null): PhaseRow[] {
    const out = after.filter((r) => r.sysId !== current.sysId)
    if (op === 'delete' && current.change === changeId) out.push(current)
    if (op === 'update' && previous && previous.change === changeId) out.push(previous)
    return out
}

function phaseEntries(s: Snapshot): string {
    return Object.keys(s)
        .filter((k) => k.indexOf(PHASE_KEY_PREFIX) === 0)
        .sort()
        .map((k) => `${k}=${s[k]}`)
        .join('\n')
}

function withChange(gr: GlideRecord): PhaseRow & { change: string } {
    return { ...rowOf(gr), change: gr.getValue('change') || '' }
}

/** After insert/update/delete of a phase row: queue the high-risk update its change's readers are due. */
export function notifyPhaseEdit(current: GlideRecord, previous: GlideRecord | null): void {
    const op = current.operation() as PhaseOperation
    const now = withChange(current)
    const was = previous && previous.isValidRecord() ? withChange(previous) : null
    const ids = [now.change, was ? was.change : '']
    for (const changeId of ids.filter((v, i) => v && ids.indexOf(v) === i)) {
        const change = new GlideRecord('change_request')
        // psm-allow-query-in-loop: at most two changes (a row moved from one change to another).
        if (!change.get(changeId)) continue
        const state = toInt(change.getValue('state'))
        // As for a field edit (transitions.ts): high risk, past New and still open.
        if (!isHighRisk(toInt(change.getValue('risk'))) || state === STATE.NEW || !isOpenState(state)) continue
        const after = phaseRowsOf(changeId).filter((r) => op !== 'delete' || r.sysId !== now.sysId)
        const before = snapshotOf(change, phasesFromRows(rowsBefore(changeId, after, op, now, was)))
        const nowSnap = snapshotOf(change, phasesFromRows(after))
        // An edit readers cannot see (the row's order, a second row of the same phase and audience) is no news.
        if (phaseEntries(before) === phaseEntries(nowSnap)) continue
        queueHighRiskUpdate(change, before, nowSnap, [PHASES_FIELD])
    }
}
