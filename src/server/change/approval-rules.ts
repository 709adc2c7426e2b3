import { gs, GlideRecord } from '@servicenow/glide'
import { CHANGE_TABLE, settleChange } from './approval-records.ts'
import { CHANGE_EVENTS } from './model.ts'

function changeOf(approval: GlideRecord): GlideRecord | null {
    if ((approval.getValue('source_table') || '') !== CHANGE_TABLE) return null
    const id = approval.getValue('sysapproval') || approval.getValue('document_id') || ''
    const change = new GlideRecord(CHANGE_TABLE)
    return id && change.get(id) ? change : null
}

/**
 * After insert/update of an approval: when it becomes requested, queue approval_requested on the
 * change, once per approver (parm1 = the approver, parm2 = this approval) so each gets their own message.
 */
export function queueApprovalRequest(current: GlideRecord, _previous: GlideRecord | null): void {
    const state = current.getElement('state')
    if (!state || !state.changes() || state.getValue() !== 'requested') return
    const approver = current.getValue('approver') || ''
    const change = changeOf(current)
    if (!approver || !change) return
    gs.eventQueue(CHANGE_EVENTS.approvalRequested, change, approver, current.getUniqueValue())
}

/** After an approval's state changes: let the change follow its approvals (all approved, or any rejected). */
export function settleChangeAfterApproval(current: GlideRecord, _previous: GlideRecord | null): void {
    const state = current.getElement('state')
    if (!state || !state.changes()) return
    const change = changeOf(current)
    if (change) settleChange(change)
}
