import { gs, GlideRecord } from '@servicenow/glide'
import { CHANGE_TABLE } from './approval-records.ts'

/*
 * Segregation of duties (issue 18.4): the person who requested a change never decides its approval.
 * Enforced on the server, before the approval is written, whatever the client (the portal's approval
 * pages, the Table API, a list edit): a decision on a change approval whose approver, or whose
 * deciding user, is the change's requester is refused and nothing is written. The CAB fan-out leaves
 * the requester out (approval-records.ts), so this only meets an approver added by hand.
 */

export const SELF_APPROVAL_MESSAGE = 'You requested this change, so you cannot approve or reject it (segregation of duties): another member of the Change Advisory Board decides.'

const DECISIONS = ['approved', 'rejected']

/** The change an approval decides ('' when it approves something else). */
export function changeIdOf(approval: GlideRecord): string {
    const task = approval.getValue('sysapproval') || ''
    if (task) {
        const change = new GlideRecord(CHANGE_TABLE)
        return change.get(task) ? task : ''
    }
    return (approval.getValue('source_table') || '') === CHANGE_TABLE ? approval.getValue('document_id') || '' : ''
}

/** The change's requester ('' when the change or its requester is unknown). */
export function requesterOf(changeId: string): string {
    const change = new GlideRecord(CHANGE_TABLE)
    return changeId && change.get(changeId) ? change.getValue('requested_by') || '' : ''
}

/** Whether this user may decide this approval: never the change's requester, neither as its approver nor acting for one. */
export function selfApprovalOf(approval: GlideRecord, userId: string): boolean {
    const changeId = changeIdOf(approval)
    if (!changeId) return false
    const requester = requesterOf(changeId)
    return !!requester && (approval.getValue('approver') === requester || userId === requester)
}

/** Before update of sysapproval_approver: refuse a decision by the change's own requester. */
export function refuseSelfApproval(current: GlideRecord, _previous: GlideRecord | null): void {
    const state = current.getElement('state')
    if (!state || !state.changes() || DECISIONS.indexOf(current.getValue('state') || '') < 0) return
    if (!selfApprovalOf(current, gs.getUserID())) return
    gs.addErrorMessage(SELF_APPROVAL_MESSAGE)
    current.setAbortAction(true)
}
