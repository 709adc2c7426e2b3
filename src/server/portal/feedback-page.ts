import { feedbackForm, MAX_COMMENT, saveFeedback, type FeedbackForm } from '../xla/feedback.ts'

/*
 * What the Service Portal page psm_feedback (widget "PSM Change Feedback") shows and does: the page
 * every stakeholder email links to, /sp?id=psm_feedback&change=<sys_id>&role=<requester|approver|
 * implementer>. src/server/xla/feedback.ts decides who may answer (that stakeholder of that change)
 * and saves as the session user (GlideRecordSecure: the table's ACLs and its before rule apply).
 * The widget only passes the URL's parameters and the client's input here and binds the result as text.
 */

export const RATING_LABELS: readonly string[] = ['Poor', 'Fair', 'Good', 'Very good', 'Excellent']

/** Someone who was not that stakeholder: said without naming the change, whose number is not theirs to see. */
export const NOT_STAKEHOLDER = 'This feedback link is for the people who took part in the change in that role, and you were not one of them.'

const ROLE_PHRASE: { [role: string]: string } = {
    requester: 'as the person who requested it',
    approver: 'as one of its approvers',
    implementer: 'as its implementer',
}

const REFUSAL_TITLES: { [status: number]: string } = { 400: 'Not a feedback link', 403: 'Not your change to rate', 404: 'Change not found' }

export interface FeedbackPageView {
    /** 200 when the form is shown; otherwise why not. */
    status: 200 | 400 | 403 | 404
    title: string
    /** Why the form is not shown ('' when it is). */
    message: string
    form: {
        changeId: string
        role: string
        number: string
        shortDescription: string
        /** "your feedback as one of its approvers." */
        rolePhrase: string
        ratings: Array<{ value: string; label: string }>
        maxComment: number
        /** The earlier answer, '' / '' when none. */
        rating: string
        comment: string
        answered: boolean
    } | null
}

export interface FeedbackSubmit {
    ok: boolean
    status: number
    /** Precise problems, shown as a list; nothing was saved. */
    errors: string[]
    /** "Thank you: your feedback is saved." */
    notice: string
}

function formView(form: FeedbackForm): NonNullable<FeedbackPageView['form']> {
    return {
        changeId: form.change.sysId,
        role: form.role,
        number: form.change.number,
        shortDescription: form.change.shortDescription,
        rolePhrase: ROLE_PHRASE[form.role] || '',
        ratings: RATING_LABELS.map((label, i) => ({ value: String(i + 1), label })),
        maxComment: MAX_COMMENT,
        rating: form.existing ? String(form.existing.rating) : '',
        comment: form.existing ? form.existing.comment : '',
        answered: !!form.existing,
    }
}

function text(value: unknown): string {
    return value === null || value === undefined ? '' : String(value)
}

/** The page for the session user: the form, or why they may not answer. */
export function feedbackPage(changeId: unknown, role: unknown): FeedbackPageView {
    const access = feedbackForm(text(changeId).trim(), text(role).trim())
    if (access.ok) return { status: 200, title: `How did ${access.form.change.number} go for you?`, message: '', form: formView(access.form) }
    return {
        status: access.status,
        title: REFUSAL_TITLES[access.status] || 'Feedback unavailable',
        // A 403 names nothing: the change (its number) is not for this user to see.
        message: access.status === 403 ? NOT_STAKEHOLDER : access.message,
        form: null,
    }
}

/** Saves the session user's answer (inserts, or updates their earlier one); nothing is written when anything is wrong. */
export function submitFeedback(changeId: unknown, role: unknown, rating: unknown, comment: unknown): FeedbackSubmit {
    const result = saveFeedback({ changeId: text(changeId).trim(), role: text(role).trim(), rating: text(rating).slice(0, 5), comment: text(comment) })
    if (result.ok) return { ok: true, status: 200, errors: [], notice: result.updated ? 'Thank you: your feedback is updated.' : 'Thank you: your feedback is saved.' }
    const errors = result.status === 403 ? [NOT_STAKEHOLDER] : result.errors
    return { ok: false, status: result.status, errors, notice: '' }
}
