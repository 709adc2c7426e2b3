import { gs, GlideRecord, GlideRecordSecure } from '@servicenow/glide'
import { FEEDBACK_TABLE, isStakeholderRole, type StakeholderRole } from './model.ts'
import { isStakeholderOf, notStakeholderMessage } from './stakeholders.ts'

/*
 * Stakeholder feedback on a change: one answer per user, change and role. The portal form (and a
 * widget on an instance) calls saveFeedback as the user; the before rule on the table refuses any
 * write, from anywhere, by someone who was not that stakeholder of that change.
 */

export const MAX_COMMENT = 4000
const SYS_ID = /^[0-9a-f]{32}$/

export interface FeedbackInput {
    changeId: string
    role: string
    rating: string | number
    comment: string
}

export interface ValidFeedback {
    changeId: string
    role: StakeholderRole
    rating: number
    comment: string
}

/** A 1–5 whole-number rating from a form or a field; null otherwise. Pure. */
export function parseRating(value: string | number | null | undefined): number | null {
    const text = String(value ?? '').trim()
    if (!/^[1-5]$/.test(text)) return null
    return Number(text)
}

/** Checks the form's values; the precise problem for each bad one. Pure. */
export function validateInput(input: FeedbackInput): { ok: true; value: ValidFeedback } | { ok: false; errors: string[] } {
    const errors: string[] = []
    const changeId = String(input.changeId ?? '').trim()
    const role = String(input.role ?? '').trim()
    const rating = parseRating(input.rating)
    const comment = String(input.comment ?? '').trim()
    if (!SYS_ID.test(changeId)) errors.push('The link does not name a change (change must be a sys_id).')
    if (!isStakeholderRole(role)) errors.push('The link does not name a stakeholder role (role must be requester, approver or implementer).')
    if (rating === null) errors.push('Choose a rating from 1 (poor) to 5 (excellent).')
    if (comment.length > MAX_COMMENT) errors.push(`The comment is ${comment.length} characters long; at most ${MAX_COMMENT} fit.`)
    if (errors.length || rating === null || !isStakeholderRole(role)) return { ok: false, errors }
    return { ok: true, value: { changeId, role, rating, comment } }
}

function refuse(current: GlideRecord, message: string): void {
    gs.addErrorMessage(`Feedback not saved: ${message}`)
    current.setAbortAction(true)
}

function otherAnswer(changeId: string, userId: string, role: string, exceptId: string): string {
    const gr = new GlideRecord(FEEDBACK_TABLE)
    gr.addQuery('change_request', changeId)
    gr.addQuery('user', userId)
    gr.addQuery('stakeholder', role)
    if (exceptId) gr.addQuery('sys_id', '!=', exceptId)
    gr.setLimit(1)
    gr.query()
    return gr.next() ? gr.getUniqueValue() : ''
}

/**
 * Before insert/update of feedback: the rating is 1–5, the user was that stakeholder of that change,
 * and there is no other answer for the same change, user and role (answer again to update it).
 */
export function validateFeedbackBeforeSave(current: GlideRecord, _previous: GlideRecord | null): void {
    const changeId = current.getValue('change_request') || ''
    const userId = current.getValue('user') || ''
    const role = current.getValue('stakeholder') || ''
    if (parseRating(current.getValue('rating')) === null) return refuse(current, `the rating must be a whole number from 1 to 5 (got "${current.getValue('rating') || ''}").`)
    if (!isStakeholderRole(role)) return refuse(current, `the stakeholder must be requester, approver or implementer (got "${role}").`)
    if (!userId) return refuse(current, 'it names no user.')
    const change = new GlideRecord('change_request')
    if (!changeId || !change.get(changeId)) return refuse(current, 'the change does not exist.')
    if (!isStakeholderOf(change, userId, role)) return refuse(current, notStakeholderMessage(role, change.getValue('number') || ''))
    const duplicate = otherAnswer(changeId, userId, role, current.isNewRecord() ? '' : current.getUniqueValue())
    if (duplicate) return refuse(current, `this user already answered as ${role} for ${change.getValue('number') || 'this change'} (record ${duplicate}): update that answer instead.`)
}

export interface FeedbackForm {
    change: { sysId: string; number: string; shortDescription: string }
    role: StakeholderRole
    /** The user's earlier answer, shown in the form so a second answer updates it knowingly. */
    existing: { rating: number; comment: string } | null
}

export type FeedbackAccess = { ok: true; form: FeedbackForm } | { ok: false; status: 400 | 403 | 404; message: string }

/** What the form shows the session user for a change and role, or why they may not answer. */
export function feedbackForm(changeId: string, role: string): FeedbackAccess {
    if (!SYS_ID.test(changeId)) return { ok: false, status: 400, message: 'The link does not name a change.' }
    if (!isStakeholderRole(role)) return { ok: false, status: 400, message: 'The link does not name a stakeholder role (requester, approver or implementer).' }
    const change = new GlideRecord('change_request')
    if (!change.get(changeId)) return { ok: false, status: 404, message: 'There is no such change. It may have been deleted.' }
    const userId = gs.getUserID()
    const number = change.getValue('number') || ''
    if (!isStakeholderOf(change, userId, role)) return { ok: false, status: 403, message: notStakeholderMessage(role, number) }
    const mine = new GlideRecord(FEEDBACK_TABLE)
    mine.addQuery('change_request', changeId)
    mine.addQuery('user', userId)
    mine.addQuery('stakeholder', role)
    mine.setLimit(1)
    mine.query()
    const existing = mine.next() ? { rating: parseRating(mine.getValue('rating')) ?? 0, comment: mine.getValue('comment') || '' } : null
    return { ok: true, form: { change: { sysId: changeId, number, shortDescription: change.getValue('short_description') || '' }, role, existing } }
}

export type SaveResult = { ok: true; sysId: string; updated: boolean } | { ok: false; status: 400 | 403 | 404 | 409; errors: string[] }

/**
 * Saves the session user's answer: updates their earlier answer for this change and role, or
 * inserts one. Written with GlideRecordSecure, so the table's ACLs apply to the user as well as the
 * before rule. Nothing is written when anything is wrong.
 */
export function saveFeedback(input: FeedbackInput): SaveResult {
    const checked = validateInput(input)
    if (!checked.ok) return { ok: false, status: 400, errors: checked.errors }
    const v = checked.value
    const access = feedbackForm(v.changeId, v.role)
    if (!access.ok) return { ok: false, status: access.status, errors: [access.message] }
    const userId = gs.getUserID()
    const gr = new GlideRecordSecure(FEEDBACK_TABLE)
    gr.addQuery('change_request', v.changeId)
    gr.addQuery('user', userId)
    gr.addQuery('stakeholder', v.role)
    gr.setLimit(1)
    gr.query()
    const updated = gr.next()
    if (!updated) {
        gr.initialize()
        gr.setValue('change_request', v.changeId)
        gr.setValue('user', userId)
        gr.setValue('stakeholder', v.role)
    }
    gr.setValue('rating', v.rating)
    gr.setValue('comment', v.comment)
    const sysId = updated ? gr.update() : gr.insert()
    if (!sysId) return { ok: false, status: 409, errors: ['Your feedback could not be saved. Reload the page and try again.'] }
    return { ok: true, sysId, updated }
}
