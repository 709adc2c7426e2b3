import { gs, GlideRecord } from '@servicenow/glide'
import { countedApprovals, latestJournalText } from '../change/approval-records.ts'
import { tally, tallyText } from '../change/approvals.ts'
import { readFacts } from '../change/change-record.ts'
import { stateLabel } from '../change/model.ts'
import { changeIdOf, SELF_APPROVAL_MESSAGE, selfApprovalOf } from '../change/segregation.ts'
import { assessChange, riskHeadline, windowText } from '../change/summaries.ts'

/*
 * The approver's page, /sp?id=psm_approval&sys_id=<sysapproval_approver> (widget "PSM Change
 * Approval"): the change summary an approver decides on (risk headline and summary, impact, test
 * results, window, concerns) above Approve and Reject with a reason, laid out for a phone. Only the
 * approval's own approver decides, only while it is requested, never the change's requester (the
 * rule in segregation.ts refuses it on the server whatever page or API is used; this page says so
 * instead of offering the buttons). A rejection needs a reason; the reason is written to the
 * approval's comments (a journal field), where the requester's email reads it.
 */

export const MAX_REASON = 4000

export interface ApprovalChangeView {
    sysId: string
    number: string
    shortDescription: string
    state: string
    requestedBy: string
    riskHeadline: string
    riskSummary: string
    impactSummary: string
    testResults: string
    window: string
    concerns: string[]
    /** "2 of 3 approved, 1 pending". */
    approvals: string
}

export interface ApprovalPageView {
    /** 200 when the approval is shown; 404 when it does not exist or is not this user's to see. */
    status: 200 | 404
    title: string
    message: string
    approval: {
        sysId: string
        state: string
        stateLabel: string
        approver: string
        /** The reason given with the decision, '' when none. */
        comments: string
        canDecide: boolean
        /** Why this user cannot decide ('' when they can, or when the approval is already decided). */
        blocked: string
        maxReason: number
    } | null
    change: ApprovalChangeView | null
}

export interface ApprovalDecision {
    ok: boolean
    /** What was done, or why nothing was. */
    message: string
}

function text(value: unknown): string {
    return value === null || value === undefined ? '' : String(value)
}

function changeView(changeId: string): ApprovalChangeView | null {
    const gr = new GlideRecord('change_request')
    if (!changeId || !gr.get(changeId)) return null
    const facts = readFacts(gr)
    const a = assessChange(facts)
    return {
        sysId: facts.sysId,
        number: facts.number,
        shortDescription: facts.shortDescription,
        state: stateLabel(facts.state),
        requestedBy: facts.requestedBy,
        riskHeadline: riskHeadline(a),
        riskSummary: facts.riskSummary,
        impactSummary: facts.impactSummary,
        testResults: a.testResults || 'none recorded',
        window: windowText(a.window),
        concerns: a.concerns,
        approvals: tallyText(tally(countedApprovals(facts.sysId))),
    }
}

/** The approval, when it exists and is the session user's to see (their own, or one they may read). */
function approvalFor(approvalId: string): GlideRecord | null {
    const gr = new GlideRecord('sysapproval_approver')
    if (!approvalId || !gr.get(approvalId)) return null
    if (gr.getValue('approver') === gs.getUserID()) return gr
    return gr.canRead() ? gr : null
}

const NOT_FOUND: ApprovalPageView = {
    status: 404,
    title: 'Approval not found',
    message: 'This approval does not exist or is not yours to see. Your approvals are listed on the Approvals page.',
    approval: null,
    change: null,
}

/** The page for the session user. */
export function approvalPage(approvalId: unknown): ApprovalPageView {
    const gr = approvalFor(text(approvalId).trim())
    if (!gr) return NOT_FOUND
    const me = gs.getUserID()
    const state = gr.getValue('state') || ''
    const mine = gr.getValue('approver') === me
    const self = selfApprovalOf(gr, me)
    const change = changeView(changeIdOf(gr))
    let blocked = ''
    if (state === 'requested') blocked = self ? SELF_APPROVAL_MESSAGE : mine ? '' : 'Only the approver this approval is for can decide it.'
    return {
        status: 200,
        title: change ? `Approve ${change.number}?` : 'Approval',
        message: '',
        approval: {
            sysId: gr.getUniqueValue(),
            state,
            stateLabel: gr.getDisplayValue('state') || state,
            approver: gr.getDisplayValue('approver') || '',
            comments: latestJournalText(gr, 'comments'),
            canDecide: state === 'requested' && mine && !self,
            blocked,
            maxReason: MAX_REASON,
        },
        change,
    }
}

/**
 * Approve or reject as the session user. Checked here for a clear message, and again by the
 * platform's rules when the approval is written (segregation of duties among them): a refusal
 * writes nothing.
 */
export function decide(approvalId: unknown, action: unknown, reason: unknown): ApprovalDecision {
    const verb = text(action)
    if (verb !== 'approve' && verb !== 'reject') return { ok: false, message: 'Choose Approve or Reject.' }
    const why = text(reason).trim()
    if (verb === 'reject' && !why) return { ok: false, message: 'Say why you reject the change: the requester reads your reason.' }
    if (why.length > MAX_REASON) return { ok: false, message: `The reason is ${why.length} characters long; at most ${MAX_REASON} are allowed.` }
    const gr = approvalFor(text(approvalId).trim())
    if (!gr) return { ok: false, message: NOT_FOUND.message }
    if (selfApprovalOf(gr, gs.getUserID())) return { ok: false, message: SELF_APPROVAL_MESSAGE }
    if (gr.getValue('approver') !== gs.getUserID()) return { ok: false, message: 'Only the approver this approval is for can decide it.' }
    if (gr.getValue('state') !== 'requested') return { ok: false, message: `This approval is no longer waiting for you: it is ${gr.getDisplayValue('state') || gr.getValue('state')}.` }
    gr.setValue('state', verb === 'approve' ? 'approved' : 'rejected')
    if (why) gr.setValue('comments', why)
    if (!gr.update()) return { ok: false, message: 'Your decision could not be saved; nothing was changed. Please try again.' }
    return { ok: true, message: verb === 'approve' ? 'Approved. Thank you.' : 'Rejected. The requester is told your reason.' }
}
