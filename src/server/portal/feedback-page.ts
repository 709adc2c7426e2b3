import { feedbackForm, MAX_COMMENT, MAX_TIME_LOST, saveFeedback, type FeedbackForm } from '../xla/feedback.ts'

/*
 * What the Service Portal page psm_feedback (widget "PSM Experience Survey") shows and does: the page
 * every stakeholder email links to, /sp?id=psm_feedback&task=<task sys_id>&role=<requester|approver|
 * implementer|caller>; the older links' &change=<change sys_id> is read as the task. It asks the
 * HappySignals question (how happy were you, 0–10), the work time lost and a comment.
 * src/server/xla/feedback.ts decides who may answer (that stakeholder of that task) and saves as the
 * session user (GlideRecordSecure: the table's ACLs and its before rule apply). The widget only passes
 * the URL's parameters and the client's input here and binds the result as text.
 */

/** Someone who was not that stakeholder: said without naming the record, whose number is not theirs to see. */
export const NOT_STAKEHOLDER = 'This feedback link is for the people who took part in that record in that role, and you were not one of them.'

const ROLE_PHRASE: { [role: string]: string } = {
    requester: 'as the person who requested it',
    approver: 'as one of its approvers',
    implementer: 'as its implementer',
    caller: 'as the person who reported it',
}

/** What the question is about, per kind of task. */
const SUBJECT: { [table: string]: string } = {
    change_request: 'this change',
    sc_req_item: 'how your request was fulfilled',
    incident: 'how your incident was handled',
    problem: 'how this problem was handled',
}

const REFUSAL_TITLES: { [status: number]: string } = { 400: 'Not a feedback link', 403: 'Not yours to rate', 404: 'Record not found' }

export interface FeedbackPageView {
    /** 200 when the form is shown; otherwise why not. */
    status: 200 | 400 | 403 | 404
    title: string
    /** Why the form is not shown ('' when it is). */
    message: string
    form: {
        taskId: string
        /** Kept for the page's earlier readers: the same as taskId. */
        changeId: string
        table: string
        role: string
        number: string
        shortDescription: string
        /** "your feedback as one of its approvers." */
        rolePhrase: string
        /** "How happy were you with this change?" */
        question: string
        /** 0 … 10, each with its band for the page's colours. */
        scores: Array<{ value: string; band: 'unhappy' | 'neutral' | 'happy' }>
        maxComment: number
        maxTimeLost: number
        /** The earlier answer, '' when none. */
        score: string
        timeLost: string
        comment: string
        answered: boolean
        /** An earlier answer on the retired 1–5 scale: shown, not carried into the 0–10 form. */
        legacyRating: string
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
    const scores: NonNullable<FeedbackPageView['form']>['scores'] = []
    for (let i = 0; i <= 10; i++) scores.push({ value: String(i), band: i >= 9 ? 'happy' : i >= 7 ? 'neutral' : 'unhappy' })
    const e = form.existing
    return {
        taskId: form.task.sysId,
        changeId: form.task.sysId,
        table: form.task.table,
        role: form.role,
        number: form.task.number,
        shortDescription: form.task.shortDescription,
        rolePhrase: ROLE_PHRASE[form.role] || '',
        question: `How happy were you with ${SUBJECT[form.task.table] || 'this'}?`,
        scores,
        maxComment: MAX_COMMENT,
        maxTimeLost: MAX_TIME_LOST,
        score: e && e.score !== null ? String(e.score) : '',
        timeLost: e && e.timeLost !== null ? String(e.timeLost) : '',
        comment: e ? e.comment : '',
        answered: !!e,
        legacyRating: e && e.score === null && e.legacyRating !== null ? String(e.legacyRating) : '',
    }
}

function text(value: unknown): string {
    return value === null || value === undefined ? '' : String(value)
}

/** The task a link names: `task`, else the older links' `change`. */
export function taskParameter(task: unknown, change: unknown): string {
    return (text(task).trim() || text(change).trim()).slice(0, 64)
}

/** The page for the session user: the form, or why they may not answer. */
export function feedbackPage(taskId: unknown, role: unknown): FeedbackPageView {
    const access = feedbackForm(text(taskId).trim(), text(role).trim())
    if (access.ok) return { status: 200, title: `How did ${access.form.task.number} go for you?`, message: '', form: formView(access.form) }
    return {
        status: access.status,
        title: REFUSAL_TITLES[access.status] || 'Feedback unavailable',
        // A 403 names nothing: the record (its number) is not for this user to see.
        message: access.status === 403 ? NOT_STAKEHOLDER : access.message,
        form: null,
    }
}

/** Saves the session user's answer (inserts, or updates their earlier one); nothing is written when anything is wrong. */
export function submitFeedback(taskId: unknown, role: unknown, score: unknown, comment: unknown, timeLost?: unknown): FeedbackSubmit {
    const result = saveFeedback({ taskId: text(taskId).trim(), role: text(role).trim(), score: text(score).slice(0, 5), comment: text(comment), timeLost: text(timeLost).slice(0, 8) })
    if (result.ok) {
        const thanks = result.updated ? 'Thank you: your feedback is updated.' : 'Thank you: your feedback is saved.'
        return { ok: true, status: 200, errors: [], notice: result.lowScore ? `${thanks} Someone will follow up on what went wrong.` : thanks }
    }
    const errors = result.status === 403 ? [NOT_STAKEHOLDER] : result.errors
    return { ok: false, status: result.status, errors, notice: '' }
}
