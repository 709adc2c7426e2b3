import { gs, GlideAggregate, GlideRecord } from '@servicenow/glide'
import { COUNTED_STATES, namedApprovals, outcome, ownApproval, tallyOfCounts, UNDECIDED_NAMED, type ApprovalDigest, type ApprovalLine } from './approvals.ts'
import { CHANGE_EVENTS, CHANGE_PROPERTIES, groupRequestParm, parmChunks, STATE, toInt, type ReaderVariant } from './model.ts'
import { activeMembersWithPersona, groupIdByName, hasActiveMember, mobilePersonas, userNames } from './people.ts'

export const CHANGE_TABLE = 'change_request'

/** The CAB group's name (property x_psm_persona.change.cab_group). */
export function cabGroupName(): string {
    return gs.getProperty(CHANGE_PROPERTIES.cabGroup.name, CHANGE_PROPERTIES.cabGroup.fallback) || CHANGE_PROPERTIES.cabGroup.fallback
}

/**
 * The text of a journal field's newest entry ('' when it has none): getJournalEntry(1) returns
 * "<created on> - <user> (<label>)\n<text>\n\n"; the header line and the trailing break are dropped.
 */
export function latestJournalText(gr: GlideRecord, field: string): string {
    const entry = gr.getElement(field)?.getJournalEntry(1) || ''
    const start = entry.indexOf('\n')
    return start < 0 ? '' : entry.slice(start + 1).replace(/\n+$/, '')
}

/**
 * The approvals of a change, as an encoded query: the task-based ones (Approval for = the change: an
 * approver added on the change form, or by the platform's own change approvals) and the app's CAB
 * approvals, which approve the change as a document (Approving = the change, see requestCabApproval).
 */
export function approvalsOfQuery(changeId: string): string {
    return `sysapproval=${changeId}^ORdocument_id=${changeId}`
}

/**
 * Every approval row of a change, oldest first. Names are read (in one query) for the approvals a
 * message names (namedApprovals): a CAB of 200 waiting costs no 200 names.
 */
export function approvalsOf(changeId: string): ApprovalLine[] {
    const out = readApprovalLines(approvalsOfQuery(changeId), 0)
    nameApprovers(namedApprovals(out))
    return out
}

/** Approval rows matching an encoded query, oldest first (at most `limit`, 0 for all), without names. */
function readApprovalLines(query: string, limit: number): ApprovalLine[] {
    const gr = new GlideRecord('sysapproval_approver')
    gr.addEncodedQuery(query)
    gr.orderBy('sys_created_on')
    if (limit > 0) gr.setLimit(limit)
    gr.query()
    const out: ApprovalLine[] = []
    while (gr.next()) {
        const state = gr.getValue('state') || ''
        out.push({
            sysId: gr.getUniqueValue(),
            approver: gr.getValue('approver') || '',
            approverName: '',
            state,
            // comments is a journal field: the record keeps no value, the reason is its newest entry.
            comments: state === 'rejected' ? latestJournalText(gr, 'comments') : '',
        })
    }
    return out
}

/** Fills in the approvers' names of these lines, in one query. */
function nameApprovers(lines: readonly ApprovalLine[]): void {
    const names = userNames(lines.map((a) => a.approver).filter((id) => id !== ''))
    for (const a of lines) a.approverName = names[a.approver] || ''
}

/**
 * What a message shows of a change's approvals (ApprovalDigest), read as a message needs it: the
 * rows counted by state in one aggregate, every decision, the first UNDECIDED_NAMED of the others and
 * the reader's own approval; the same as digestOf(approvalsOf(changeId), reader), without reading
 * every row of a CAB of 200 for a tally and a dozen names.
 */
export function approvalDigest(changeId: string, reader = ''): ApprovalDigest {
    const query = approvalsOfQuery(changeId)
    const counts: { [state: string]: number } = {}
    let rows = 0
    const byState = new GlideAggregate('sysapproval_approver')
    byState.addEncodedQuery(query)
    byState.addAggregate('COUNT', '')
    byState.groupBy('state')
    byState.query()
    while (byState.next()) {
        const n = Number(byState.getAggregate('COUNT', '')) || 0
        const state = byState.getValue('state') || ''
        counts[state] = (counts[state] || 0) + n
        rows += n
    }
    const decidedCount = (counts.approved || 0) + (counts.rejected || 0)
    const decided = decidedCount ? readApprovalLines(`${query}^stateINapproved,rejected`, 0) : []
    // The others: any state but a decision, or none (NOT IN leaves out empty values).
    const undecided = rows > decidedCount ? readApprovalLines(`${query}^stateNOT INapproved,rejected^ORstateISEMPTY`, UNDECIDED_NAMED) : []
    const named = decided.concat(undecided)
    const mine = reader ? ownApproval(readApprovalLines(`${query}^approver=${reader}`, 0), reader) : null
    const own = mine ? named.find((a) => a.sysId === mine.sysId) || mine : null
    nameApprovers(own && named.indexOf(own) < 0 ? named.concat([own]) : named)
    return { tally: tallyOfCounts(counts), rows, named, own }
}

/** Rows that take part in the decision (cancelled, not required and duplicates do not). */
export function countedApprovals(changeId: string): ApprovalLine[] {
    return approvalsOf(changeId).filter((a) => (COUNTED_STATES as readonly string[]).indexOf(a.state) >= 0)
}

/**
 * Whether the change has an approval that takes part in the decision (countedApprovals is not
 * empty): the first such row answers, so a change whose CAB of 200 was asked reads one row, not 200
 * rows and their approvers' names.
 */
export function hasCountedApproval(changeId: string): boolean {
    if (!changeId) return false
    const gr = new GlideRecord('sysapproval_approver')
    gr.addEncodedQuery(`${approvalsOfQuery(changeId)}^stateIN${COUNTED_STATES.join(',')}`)
    gr.setLimit(1)
    gr.query()
    return gr.next()
}

/** The largest CAB whose members each get their own request (property x_psm_persona.change.personal_requests_max). */
export function personalRequestLimit(): number {
    const n = Number(gs.getProperty(CHANGE_PROPERTIES.personalRequestsMax.name, CHANGE_PROPERTIES.personalRequestsMax.fallback))
    return isFinite(n) && n >= 0 ? n : Number(CHANGE_PROPERTIES.personalRequestsMax.fallback)
}

/**
 * Why a change cannot be sent for approval ('' when it can): the CAB group must exist and have an
 * active member other than the requester (segregation of duties: the requester never decides).
 */
export function cabProblem(changeId: string, requester = ''): string {
    if (hasCountedApproval(changeId)) return ''
    const name = cabGroupName()
    const groupId = groupIdByName(name)
    if (!groupId) return `the approval group "${name}" does not exist (property ${CHANGE_PROPERTIES.cabGroup.name}).`
    if (!hasActiveMember(groupId, requester)) return `the approval group "${name}" has no active members${requester ? ' other than the requester' : ''} to approve it.`
    return ''
}

/**
 * Creates one requested approval per active CAB member, unless the change already has approvals,
 * and asks each for their decision: one approval_requested per approver (parm1 the approver,
 * parm2 their approval), so each message greets its reader by name and links to their own approval.
 *
 * Exactly one request per approver, with the platform's rules running: the rows are written with
 * business rules (a scoped app cannot switch off the rules of the global sysapproval_approver table:
 * "This method can't be set for cross-scoped applications", GlideRecord - Scoped, setWorkflow), so
 * the base "approval events" rule queues approval.inserted for each. The base "Approval Request"
 * notification answers that event only for task-based approvals ("These emails come only from
 * task-based approvals", Baseline email notifications), so the CAB's approvals approve the change as a
 * document (Approving = document_id with source_table change_request, Approval for left empty): the
 * base notification stays active and unedited, and sends nothing for them. An approver added by hand
 * on the change form is a task-based approval: the platform's Approval Request asks them, and the app
 * adds no second message.
 * Returns how many rows were created.
 */
export function requestCabApproval(change: GlideRecord): number {
    const changeId = change.getUniqueValue()
    if (hasCountedApproval(changeId)) return 0
    // Segregation of duties: the requester is never asked to approve their own change.
    const requester = change.getValue('requested_by') || ''
    const members = activeMembersWithPersona(groupIdByName(cabGroupName())).filter((m) => m.user !== requester)
    // A CAB up to the limit gets one request each (greeted by name, a button to their own approval); a
    // larger one gets one request per reader variant and 100 readers, linking to their approvals on the portal.
    const personal = members.length <= personalRequestLimit()
    const mobile = personal ? new Set<string>() : mobilePersonas()
    const readers: Array<[ReaderVariant, string[]]> = [
        ['standard', []],
        ['mobile', []],
    ]
    // One GlideRecord for every row: initialize() empties it before each insert ("Creates an empty record
    // suitable for population before an insert", GlideRecord - Scoped), so a CAB of 200 builds one record object, not 200.
    const row = new GlideRecord('sysapproval_approver')
    for (const member of members) {
        row.initialize()
        row.setValue('approver', member.user)
        row.setValue('state', 'requested')
        row.setValue('source_table', CHANGE_TABLE)
        row.setValue('document_id', changeId)
        const approvalId = row.insert()
        // One request per approver (parm1 the approver, parm2 their approval): greeted by name, the
        // button opens their own approval on the portal (/sp?id=approval&sys_id=<approval>).
        if (!approvalId) continue
        if (personal) gs.eventQueue(CHANGE_EVENTS.approvalRequested, change, member.user, approvalId)
        else readers[mobile.has(member.persona) ? 1 : 0][1].push(member.user)
    }
    for (const [variant, users] of readers) {
        for (const parm1 of parmChunks(users)) gs.eventQueue(CHANGE_EVENTS.approvalRequested, change, parm1, groupRequestParm(variant))
    }
    return members.length
}

/**
 * Applies the approvals' outcome to a change waiting in Authorize: all approved moves it to
 * Scheduled, any rejection cancels it and releases the approvals still pending.
 */
export function settleChange(change: GlideRecord): void {
    if (toInt(change.getValue('state')) !== STATE.AUTHORIZE) return
    const changeId = change.getUniqueValue()
    const lines = countedApprovals(changeId)
    const result = outcome(lines)
    if (result === 'approved') {
        change.setValue('approval', 'approved')
        change.setValue('state', STATE.SCHEDULED)
        change.update()
        return
    }
    if (result !== 'rejected') return
    change.setValue('approval', 'rejected')
    change.setValue('state', STATE.CANCELED)
    change.update()
    const pending = lines.filter((line) => line.state === 'requested' || line.state === 'not requested').map((line) => line.sysId)
    if (!pending.length) return
    // After the change moved on, so these updates find it no longer in Authorize and settle nothing.
    const row = new GlideRecord('sysapproval_approver')
    row.addQuery('sys_id', 'IN', pending.join(','))
    row.orderBy('sys_created_on')
    row.query()
    while (row.next()) {
        row.setValue('state', 'not_required')
        row.update()
    }
}
