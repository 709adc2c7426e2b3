import { gs, GlideRecord, GlideRecordSecure } from '@servicenow/glide'
import { cabGroupName, countedApprovals } from '../change/approval-records.ts'
import { tally, tallyText } from '../change/approvals.ts'
import { readFacts } from '../change/change-record.ts'
import { RISK_LABELS, STATE, stateLabel, STATE_PATH } from '../change/model.ts'
import { recipientProfile } from '../change/people.ts'
import { phasesFor, type Phase } from '../change/phases.ts'
import { assessChange, formatWhen, windowText } from '../change/summaries.ts'
import { FEEDBACK_TABLE } from '../xla/model.ts'

/*
 * What the Service Portal page psm_my_changes (widget "PSM My Changes") shows: the changes the
 * signed-in user requested (requested_by), newest first, each with its state and where it is on the
 * change's path, risk, planned window, the user's own phases of the rollout, what happens next, a
 * link to the change (the portal's ticket page) and, once it is implemented, to its feedback page.
 * Two separate guards. The query is filtered to the session user's own changes on the server
 * (requested_by is the user; the client sends nothing that could widen it): that filter says what the
 * page lists. It reads with GlideRecordSecure, so the change_request read ACLs say what the user may
 * see at all: requesters usually hold no change role, and the app ships the one ACL that lets a
 * requester read the changes they requested (fluent/security/acls.now.ts, acl_change_read_requester).
 * An instance that tightens or deactivates it tightens this page too, rather than the page reading
 * around the instance's security model. What is shown is what the app's requester emails already tell
 * the requester (state, risk, window, their phase, what happens next), never the approvers' or
 * implementers' details (approvals are counted, not listed).
 */

/** At most this many changes are listed (the newest). */
export const MAX_CHANGES = 50

export interface ChangeStep {
    label: string
    /** 'done', 'current' or 'todo'. */
    status: 'done' | 'current' | 'todo'
}

export interface MyChange {
    sysId: string
    number: string
    shortDescription: string
    state: string
    /** Where the change is on New → Closed; empty for a canceled change. */
    steps: ChangeStep[]
    risk: string
    /** "2026-03-02 08:00 UTC to 2026-03-02 12:00 UTC (4 h)", or "not scheduled". */
    window: string
    /** The phases whose audience names the user (department, location, persona or group). */
    myPhases: Array<{ name: string; start: string; end: string; audience: string }>
    /** How many phases the schedule has in all. */
    phaseCount: number
    next: string
    /** /sp?id=ticket&table=change_request&sys_id=… */
    link: string
    /** /sp?id=psm_feedback&task=…&role=requester once feedback is open; '' before. */
    feedbackLink: string
    /** The user's earlier answer: "7 of 10" (the experience survey), "4 of 5" (a legacy rating), '' when none. */
    myRating: string
}

export interface MyChangesView {
    userName: string
    changes: MyChange[]
    /** More changes exist than are listed. */
    more: boolean
}

/** Feedback opens once the change is implemented: in Review and after it is Closed (not when canceled). */
export function feedbackOpen(state: number | null): boolean {
    return state === STATE.REVIEW || state === STATE.CLOSED
}

/** Where a change is on its path: the steps before its state are done. A canceled change has no path. */
export function stepsOf(state: number | null): ChangeStep[] {
    const at = state === null ? -1 : STATE_PATH.indexOf(state)
    if (state === STATE.CANCELED || at < 0) return []
    return STATE_PATH.map((s, i) => ({ label: stateLabel(s), status: i < at ? 'done' : i === at ? (s === STATE.CLOSED ? 'done' : 'current') : 'todo' }))
}

/** What happens next, for the requester, in a sentence. Pure except for the approvals it is given. */
export function nextStep(state: number | null, o: { window: string; cab: string; approvals: string; myPhases: readonly Phase[] }): string {
    const mine = o.myPhases.map((p) => `${p.name}, ${p.start} to ${p.end}`).join('; ')
    switch (state) {
        case STATE.NEW:
            return `Next: the change team assesses risk and impact, then the ${o.cab} decides.`
        case STATE.ASSESS:
            return `The change team is assessing risk and impact. Next: approval by the ${o.cab}.`
        case STATE.AUTHORIZE:
            return `Waiting for approval by the ${o.cab} (${o.approvals}). Once everyone approves, the change is scheduled.`
        case STATE.SCHEDULED:
            return mine ? `Approved and scheduled. Your phase: ${mine}.` : `Approved and scheduled: ${o.window}.`
        case STATE.IMPLEMENT:
            return `Being implemented: ${o.window}.`
        case STATE.REVIEW:
            return 'Implemented and in review. Tell us how it went for you.'
        case STATE.CLOSED:
            return 'Closed. Nothing more is needed from you.'
        case STATE.CANCELED:
            return 'Canceled: it will not be implemented. Nothing changes for you.'
        default:
            return 'The change team will tell you what happens next.'
    }
}

function myRatings(userId: string, changeIds: string[]): { [changeId: string]: string } {
    const out: { [changeId: string]: string } = {}
    if (!changeIds.length) return out
    const gr = new GlideRecord(FEEDBACK_TABLE)
    gr.addQuery('user', userId)
    gr.addQuery('stakeholder', 'requester')
    gr.addQuery('change_request', 'IN', changeIds.join(','))
    gr.query()
    while (gr.next()) {
        const score = gr.getValue('score') || ''
        const rating = gr.getValue('rating') || ''
        out[gr.getValue('change_request') || ''] = score !== '' ? `${score} of 10` : rating ? `${rating} of 5` : ''
    }
    return out
}

/** The session user's own changes. */
export function myChangesData(): MyChangesView {
    const userId = gs.getUserID()
    const me = recipientProfile(userId)
    const cab = cabGroupName()
    const gr = new GlideRecordSecure('change_request')
    gr.addQuery('requested_by', userId)
    gr.orderByDesc('sys_created_on')
    // Changes saved within the same second: the later number is the newer change.
    gr.orderByDesc('number')
    gr.setLimit(MAX_CHANGES + 1)
    gr.query()
    const changes: MyChange[] = []
    let more = false
    while (gr.next()) {
        if (changes.length === MAX_CHANGES) {
            more = true
            break
        }
        const facts = readFacts(gr)
        const a = assessChange(facts)
        const mine = phasesFor(a.phases, me.attributes)
        const window = windowText(a.window)
        const approvals = facts.state === STATE.AUTHORIZE ? tallyText(tally(countedApprovals(facts.sysId))) : ''
        changes.push({
            sysId: facts.sysId,
            number: facts.number,
            shortDescription: facts.shortDescription,
            state: stateLabel(facts.state),
            steps: stepsOf(facts.state),
            risk: facts.risk === null ? 'Not assessed' : RISK_LABELS[String(facts.risk)] || String(facts.risk),
            window,
            myPhases: mine.map((p) => ({ name: p.name, start: formatWhen(p.start), end: formatWhen(p.end), audience: p.audience })),
            phaseCount: a.phases.length,
            next: nextStep(facts.state, { window, cab, approvals, myPhases: mine }),
            link: `/sp?id=ticket&table=change_request&sys_id=${facts.sysId}`,
            feedbackLink: feedbackOpen(facts.state) ? `/sp?id=psm_feedback&task=${facts.sysId}&role=requester` : '',
            myRating: '',
        })
    }
    const ratings = myRatings(userId, changes.map((c) => c.sysId))
    for (const c of changes) c.myRating = ratings[c.sysId] || ''
    return { userName: me.name, changes, more }
}
