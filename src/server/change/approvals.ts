/** sysapproval_approver.state values that still count towards a decision. */
export const COUNTED_STATES = ['requested', 'approved', 'rejected', 'not requested'] as const

export interface ApprovalLine {
    sysId: string
    approver: string
    approverName: string
    state: string
    comments?: string
}

export interface ApprovalTally {
    total: number
    approved: number
    rejected: number
    pending: number
}

export type ApprovalOutcome = 'approved' | 'rejected' | 'pending' | 'none'

/** Counts the approvals that take part in the decision (cancelled, not required and duplicates do not). */
export function tally(lines: readonly ApprovalLine[]): ApprovalTally {
    const t: ApprovalTally = { total: 0, approved: 0, rejected: 0, pending: 0 }
    for (const l of lines) {
        if ((COUNTED_STATES as readonly string[]).indexOf(l.state) < 0) continue
        t.total++
        if (l.state === 'approved') t.approved++
        else if (l.state === 'rejected') t.rejected++
        else t.pending++
    }
    return t
}

/**
 * The change's decision, as the platform's normal change model takes it with an "everyone must
 * approve" rule: any rejection rejects the change, all approved approves it, otherwise it waits.
 */
export function outcome(lines: readonly ApprovalLine[]): ApprovalOutcome {
    const t = tally(lines)
    if (!t.total) return 'none'
    if (t.rejected) return 'rejected'
    if (t.approved === t.total) return 'approved'
    return 'pending'
}

/** "2 of 3 approved, 1 pending" — the approval status in words. */
export function tallyText(t: ApprovalTally): string {
    if (!t.total) return 'no approvers assigned yet'
    const parts = [`${t.approved} of ${t.total} approved`]
    if (t.rejected) parts.push(`${t.rejected} rejected`)
    if (t.pending) parts.push(`${t.pending} pending`)
    return parts.join(', ')
}

/** How many undecided approvers a message names; the rest are counted ("and 190 more pending"). */
export const UNDECIDED_NAMED = 10

/**
 * The approvals a message names: every decision (approved, rejected), then the first
 * UNDECIDED_NAMED of the others. A CAB of 200 is a count, not 200 lines.
 */
export function namedApprovals(lines: readonly ApprovalLine[]): ApprovalLine[] {
    const decided = lines.filter((l) => l.state === 'approved' || l.state === 'rejected')
    const undecided = lines.filter((l) => l.state !== 'approved' && l.state !== 'rejected')
    return decided.concat(undecided.slice(0, UNDECIDED_NAMED))
}
