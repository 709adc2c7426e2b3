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
    const counts: { [state: string]: number } = {}
    for (const l of lines) counts[l.state] = (counts[l.state] || 0) + 1
    return tallyOfCounts(counts)
}

/** The tally from how many approvals are in each state ('' for none), as an aggregate grouped by state gives them. */
export function tallyOfCounts(counts: { readonly [state: string]: number }): ApprovalTally {
    const t: ApprovalTally = { total: 0, approved: 0, rejected: 0, pending: 0 }
    for (const state of Object.keys(counts)) {
        if ((COUNTED_STATES as readonly string[]).indexOf(state) < 0) continue
        const n = counts[state]
        t.total += n
        if (state === 'approved') t.approved += n
        else if (state === 'rejected') t.rejected += n
        else t.pending += n
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

/** Whether an approval's state is a decision (the approvals a message names, every one of them). */
export function isDecided(state: string): boolean {
    return state === 'approved' || state === 'rejected'
}

/**
 * The approvals a message names: every decision (approved, rejected), then the first
 * UNDECIDED_NAMED of the others. A CAB of 200 is a count, not 200 lines.
 */
export function namedApprovals(lines: readonly ApprovalLine[]): ApprovalLine[] {
    const decided = lines.filter((l) => isDecided(l.state))
    const undecided = lines.filter((l) => !isDecided(l.state))
    return decided.concat(undecided.slice(0, UNDECIDED_NAMED))
}

/** The reader's own approval among these: a pending one first, else any; null when they have none. */
export function ownApproval(lines: readonly ApprovalLine[], reader: string): ApprovalLine | null {
    if (!reader) return null
    return lines.find((a) => a.approver === reader && a.state === 'requested') || lines.find((a) => a.approver === reader) || null
}

/**
 * What a message shows of a change's approvals: the tally, how many rows there are, the lines it
 * names and the reader's own. A CAB of 200 waiting is read as counts and a dozen lines, not 200 rows.
 */
export interface ApprovalDigest {
    tally: ApprovalTally
    /** Every approval row, whatever its state: those not named are counted ("and 190 more"). */
    rows: number
    /** namedApprovals: every decision, then the first UNDECIDED_NAMED others, oldest first. */
    named: ApprovalLine[]
    /** The reader's own approval (ownApproval); null when they have none or the message has no reader. */
    own: ApprovalLine | null
}

export const NO_APPROVALS: ApprovalDigest = { tally: { total: 0, approved: 0, rejected: 0, pending: 0 }, rows: 0, named: [], own: null }

/** The digest of every approval line of a change (for lines already read). Pure. */
export function digestOf(lines: readonly ApprovalLine[], reader = ''): ApprovalDigest {
    return { tally: tally(lines), rows: lines.length, named: namedApprovals(lines), own: ownApproval(lines, reader) }
}
