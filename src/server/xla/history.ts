import { gs, GlideRecord } from '@servicenow/glide'
import { STATE_EVENTS } from '../change/transitions.ts'

/*
 * What the XLAs measure, recorded in the app's own table when it happens: the platform rotates
 * sysevent (about a week) and keeps no other history of a change's states, so attainment over any
 * past period reads x_psm_persona_xla_history instead. One row per state a change reaches (and its
 * submission), per approval asked again (updated back to requested) and per approval decided,
 * written as it happens: its sys_created_on is the instant measured.
 *
 * An approval inserted as requested gets no row: the approval row itself is durable (sysapproval_approver
 * is not rotated) and its sys_created_on is that instant already, which attainment reads when no later
 * request is recorded (attainment-data.ts, applyApprovalEvents). A row per approval would only copy it,
 * and cost a 200-member CAB 200 more writes (with a script call each) in the transaction that asks them.
 */

export const HISTORY_TABLE = 'x_psm_persona_xla_history'

export type HistoryKind = 'state' | 'approval_requested' | 'approval_decided'

interface HistoryRow {
    kind: HistoryKind
    change: string
    step?: string
    approval?: string
    user?: string
}

export function recordHistory(row: HistoryRow): void {
    const gr = new GlideRecord(HISTORY_TABLE)
    gr.initialize()
    gr.setValue('kind', row.kind)
    gr.setValue('change_request', row.change)
    gr.setValue('step', row.step || '')
    gr.setValue('approval', row.approval || '')
    gr.setValue('user', row.user || '')
    gr.insert()
}

function stepOfState(state: string): string {
    return STATE_EVENTS[state] || ''
}

/**
 * After insert/update of a change: its submission, and each state it reaches, with who made it.
 * The steps are the ones the change rules queue their state events for (transitions.ts).
 */
export function recordChangeHistory(current: GlideRecord, previous: GlideRecord | null): void {
    const change = current.getUniqueValue()
    const user = gs.getUserID()
    const state = current.getValue('state') || ''
    const inserted = !previous || !previous.isValidRecord()
    if (inserted) {
        recordHistory({ kind: 'state', change, step: 'submitted', user })
        // A change saved straight into a later state reached it too (transitions.ts: "submitted on insert, one per state reached").
        if (stepOfState(state)) recordHistory({ kind: 'state', change, step: stepOfState(state), user })
        return
    }
    if (state === (previous.getValue('state') || '')) return
    const step = stepOfState(state)
    if (step) recordHistory({ kind: 'state', change, step, user })
}

/**
 * After update of an approval of a change that asks for a decision again (moved back to requested):
 * the new request instant, which the row's sys_created_on no longer is. An insert records nothing
 * (see above: the row's sys_created_on is the request).
 */
export function recordApprovalRequested(current: GlideRecord, previous: GlideRecord | null): void {
    if ((current.getValue('source_table') || '') !== 'change_request') return
    if ((current.getValue('state') || '') !== 'requested') return
    if (!previous || !previous.isValidRecord() || previous.getValue('state') === 'requested') return
    const change = current.getValue('sysapproval') || current.getValue('document_id') || ''
    if (change) recordHistory({ kind: 'approval_requested', change, approval: current.getUniqueValue(), user: current.getValue('approver') || '' })
}
