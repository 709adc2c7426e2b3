import { GlideRecord } from '@servicenow/glide'
import { CHANGE_TABLE, settleChange } from './approval-records.ts'

function changeOf(approval: GlideRecord): GlideRecord | null {
    const id = approval.getValue('sysapproval') || ((approval.getValue('source_table') || '') === CHANGE_TABLE ? approval.getValue('document_id') : '') || ''
    const change = new GlideRecord(CHANGE_TABLE)
    return id && change.get(id) ? change : null
}

/** After an approval's state changes: let the change follow its approvals (all approved, or any rejected). */
export function settleChangeAfterApproval(current: GlideRecord, _previous: GlideRecord | null): void {
    const state = current.getElement('state')
    if (!state || !state.changes()) return
    const change = changeOf(current)
    if (change) settleChange(change)
}
