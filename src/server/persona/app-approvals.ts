import { GlideRecord } from '@servicenow/glide'

/*
 * Approvals of the app's own requests (persona proposals, service exceptions) as the platform keeps
 * them: sysapproval_approver rows that approve a record as a document (Approving = document_id, the
 * table in source_table; "Approval for" is for tasks and stays empty). The base approval page shows
 * such a row with its document's short description and justification and lets its approver decide.
 * The first decision decides: the other rows of the same record become "No Longer Required".
 */

const APPROVAL = 'sysapproval_approver'

/** One requested approval per approver (duplicates skipped); the number written. */
export function requestApprovals(table: string, documentId: string, approverIds: readonly string[]): number {
    const seen: string[] = []
    for (const approver of approverIds) {
        if (!approver || seen.indexOf(approver) >= 0) continue
        seen.push(approver)
        const row = new GlideRecord(APPROVAL)
        row.initialize()
        row.setValue('approver', approver)
        row.setValue('source_table', table)
        row.setValue('document_id', documentId)
        row.setValue('state', 'requested')
        row.insert()
    }
    return seen.length
}

/** The other approvals of the record still waiting are no longer required once one approver decided. */
export function releaseOtherApprovals(decided: GlideRecord): void {
    const others = new GlideRecord(APPROVAL)
    others.addQuery('document_id', decided.getValue('document_id'))
    others.addQuery('source_table', decided.getValue('source_table'))
    others.addQuery('state', 'requested')
    others.addQuery('sys_id', '!=', decided.getUniqueValue())
    others.query()
    while (others.next()) {
        others.setValue('state', 'not_required')
        // psm-allow-query-in-loop: one update per still-waiting approver of one record (a handful)
        others.update()
    }
}

/** The approval's newest comment ('' when none): comments is a journal field. */
export function approvalComment(approval: GlideRecord): string {
    const entry = approval.getElement('comments')?.getJournalEntry(1) || ''
    const start = entry.indexOf('\n')
    return start < 0 ? '' : entry.slice(start + 1).replace(/\n+$/, '')
}

export interface Decision {
    documentId: string
    approved: boolean
    approverId: string
    comment: string
}

/** The decision an approval row now records, or null when it is not a decision (still requested, cancelled …). */
export function decisionOf(approval: GlideRecord): Decision | null {
    const state = approval.getValue('state') || ''
    if (state !== 'approved' && state !== 'rejected') return null
    return { documentId: approval.getValue('document_id') || '', approved: state === 'approved', approverId: approval.getValue('approver') || '', comment: approvalComment(approval) }
}
