import { gs, GlideRecord, GlideRecordSecure } from '@servicenow/glide'
import { isLowScore, parseScore } from './happiness.ts'
import { FEEDBACK_TABLE, isStakeholderRole, SURVEY_ROLES, type StakeholderRole } from './model.ts'
import { isStakeholderOf, loadTask, notStakeholderMessage, rolesOfTable } from './stakeholders.ts'

/*
 * The experience survey: a stakeholder's answer about a task (a change, a requested item, an incident
 * or a problem) in one role: a 0–10 score (how happy they were, the HappySignals question), the work
 * time they lost (minutes, optional) and a comment. One answer per user, task and role: a second
 * answer updates the first. The portal page (and a widget on an instance) calls saveFeedback as the
 * user; the before rule on the table refuses any write, from anywhere, by someone who was not that
 * stakeholder of that task.
 *
 * Answers given before the 0–10 survey carry a 1–5 `rating` and no `score`: they stay as they were
 * (legacy), the feedback_rating XLAs still average them, and Happiness never counts them
 * (happiness.ts says why); answersAbout says why they are not rewritten.
 */

export const MAX_COMMENT = 4000
/** Time lost is self-reported whole minutes, up to a working week and a half (60 hours). */
export const MAX_TIME_LOST = 3600
const SYS_ID = /^[0-9a-f]{32}$/

export interface FeedbackInput {
    /** The task the answer is about. */
    taskId?: string
    /** The old name of taskId (change links, earlier callers): a change's sys_id. */
    changeId?: string
    role: string
    /** 0–10. */
    score?: string | number
    /** Older callers' name for the score; read as a 0–10 score. */
    rating?: string | number
    comment: string
    /** Minutes of work time lost, '' when not said. */
    timeLost?: string | number
}

export interface ValidFeedback {
    taskId: string
    role: StakeholderRole
    score: number
    comment: string
    /** null when not said. */
    timeLost: number | null
}

/** A legacy 1–5 whole-number rating; null otherwise. Pure. */
export function parseRating(value: string | number | null | undefined): number | null {
    const text = String(value ?? '').trim()
    if (!/^[1-5]$/.test(text)) return null
    return Number(text)
}

/** Whole minutes 0–MAX_TIME_LOST; '' or nothing is "not said" (null); anything else undefined (invalid). Pure. */
export function parseTimeLost(value: string | number | null | undefined): number | null | undefined {
    const text = String(value ?? '').trim()
    if (text === '') return null
    if (!/^\d{1,5}$/.test(text)) return undefined
    const n = Number(text)
    return n <= MAX_TIME_LOST ? n : undefined
}

const ROLE_LIST = SURVEY_ROLES.join(', ')
export const SCORE_PROBLEM = 'Choose how happy you were, from 0 (not at all) to 10 (very happy).'
export const TIME_LOST_PROBLEM = `Time lost is a whole number of minutes from 0 to ${MAX_TIME_LOST} (or leave it empty).`

/** Checks the form's values; the precise problem for each bad one. Pure. */
export function validateInput(input: FeedbackInput): { ok: true; value: ValidFeedback } | { ok: false; errors: string[] } {
    const errors: string[] = []
    const taskId = String(input.taskId || input.changeId || '').trim()
    const role = String(input.role ?? '').trim()
    const score = parseScore(input.score !== undefined && input.score !== null && input.score !== '' ? input.score : input.rating)
    const comment = String(input.comment ?? '').trim()
    const timeLost = parseTimeLost(input.timeLost)
    if (!SYS_ID.test(taskId)) errors.push('The link does not name a record (task must be a sys_id).')
    if (!isStakeholderRole(role)) errors.push(`The link does not name a stakeholder role (role must be ${ROLE_LIST}).`)
    if (score === null) errors.push(SCORE_PROBLEM)
    if (timeLost === undefined) errors.push(TIME_LOST_PROBLEM)
    if (comment.length > MAX_COMMENT) errors.push(`The comment is ${comment.length} characters long; at most ${MAX_COMMENT} fit.`)
    if (errors.length || score === null || timeLost === undefined || !isStakeholderRole(role)) return { ok: false, errors }
    return { ok: true, value: { taskId, role, score, comment, timeLost } }
}

/**
 * The answers about a task, legacy ones included. Answers given before the survey covered every task
 * name only their change (change_request) and are read where they are: no fix script rewrites them,
 * because a scoped script cannot keep a row's sys_updated_on (autoSysFields is global-only, "GlideRecord
 * - Scoped" has no such method), and the XLAs date an answer by it: rewriting would re-date every legacy
 * answer to the upgrade. Answering again fills in the task (the before rule).
 */
export function answersAbout(taskId: string): string {
    return `task=${taskId}^ORchange_request=${taskId}`
}

function refuse(current: GlideRecord, message: string): void {
    gs.addErrorMessage(`Feedback not saved: ${message}`)
    current.setAbortAction(true)
}

function otherAnswer(taskId: string, userId: string, role: string, exceptId: string): string {
    const gr = new GlideRecord(FEEDBACK_TABLE)
    gr.addEncodedQuery(answersAbout(taskId))
    gr.addQuery('user', userId)
    gr.addQuery('stakeholder', role)
    if (exceptId) gr.addQuery('sys_id', '!=', exceptId)
    gr.setLimit(1)
    gr.query()
    return gr.next() ? gr.getUniqueValue() : ''
}

/**
 * Before insert/update of an answer: it has a 0–10 score (or is a legacy 1–5 answer being kept), the
 * user was that stakeholder of that task, and there is no other answer for the same task, user and
 * role (answer again to update it). A writer that names only the change (change_request, the field
 * before the survey covered every task) gets its task filled in; a change's answer keeps both in step.
 */
export function validateFeedbackBeforeSave(current: GlideRecord, _previous: GlideRecord | null): void {
    if (!current.getValue('task') && current.getValue('change_request')) current.setValue('task', current.getValue('change_request'))
    const taskId = current.getValue('task') || ''
    const userId = current.getValue('user') || ''
    const role = current.getValue('stakeholder') || ''
    const scoreText = current.getValue('score') || ''
    if (scoreText !== '' && parseScore(scoreText) === null) return refuse(current, `the score must be a whole number from 0 to 10 (got "${scoreText}").`)
    if (scoreText === '') {
        // A legacy 1–5 answer may be kept (a fix script filling its task); a new one must use the 0–10 scale.
        if (current.isNewRecord() || parseRating(current.getValue('rating')) === null) return refuse(current, 'the score must be a whole number from 0 to 10 (the 1–5 rating is retired).')
    }
    if (parseTimeLost(current.getValue('time_lost')) === undefined) return refuse(current, `the time lost must be whole minutes from 0 to ${MAX_TIME_LOST} (got "${current.getValue('time_lost') || ''}").`)
    if (!isStakeholderRole(role)) return refuse(current, `the stakeholder must be one of ${ROLE_LIST} (got "${role}").`)
    if (!userId) return refuse(current, 'it names no user.')
    if (!taskId) return refuse(current, 'it names no record.')
    const found = loadTask(taskId)
    if (!found.ok) return refuse(current, found.status === 404 ? 'the record does not exist.' : 'the experience survey is not offered for this kind of record.')
    const number = found.task.getValue('number') || ''
    if (rolesOfTable(found.table).indexOf(role) < 0) return refuse(current, `a ${found.table} has no ${role} (its roles: ${rolesOfTable(found.table).join(', ')}).`)
    if (!isStakeholderOf(found.task, userId, role, found.table)) return refuse(current, notStakeholderMessage(role, number))
    if (found.table === 'change_request') current.setValue('change_request', taskId)
    const duplicate = otherAnswer(taskId, userId, role, current.isNewRecord() ? '' : current.getUniqueValue())
    if (duplicate) return refuse(current, `this user already answered as ${role} for ${number || 'this record'} (record ${duplicate}): update that answer instead.`)
}

export interface FeedbackForm {
    task: { sysId: string; table: string; number: string; shortDescription: string }
    /** Kept for callers written for changes: the same as task. */
    change: { sysId: string; number: string; shortDescription: string }
    role: StakeholderRole
    /** The user's earlier answer, shown in the form so a second answer updates it knowingly. */
    existing: { score: number | null; legacyRating: number | null; comment: string; timeLost: number | null } | null
}

export type FeedbackAccess = { ok: true; form: FeedbackForm } | { ok: false; status: 400 | 403 | 404; message: string }

function mineOf(taskId: string, userId: string, role: string, secure: boolean): GlideRecord {
    const gr = secure ? new GlideRecordSecure(FEEDBACK_TABLE) : new GlideRecord(FEEDBACK_TABLE)
    gr.addEncodedQuery(answersAbout(taskId))
    gr.addQuery('user', userId)
    gr.addQuery('stakeholder', role)
    gr.setLimit(1)
    gr.query()
    return gr
}

/** What the form shows the session user for a task and role, or why they may not answer. */
export function feedbackForm(taskId: string, role: string): FeedbackAccess {
    if (!SYS_ID.test(taskId)) return { ok: false, status: 400, message: 'The link does not name a record.' }
    if (!isStakeholderRole(role)) return { ok: false, status: 400, message: `The link does not name a stakeholder role (${ROLE_LIST}).` }
    const found = loadTask(taskId)
    if (!found.ok) return found
    const userId = gs.getUserID()
    const number = found.task.getValue('number') || ''
    if (!isStakeholderOf(found.task, userId, role, found.table)) return { ok: false, status: 403, message: notStakeholderMessage(role, number) }
    const mine = mineOf(taskId, userId, role, false)
    const existing = mine.next()
        ? {
              score: parseScore(mine.getValue('score')),
              legacyRating: parseRating(mine.getValue('rating')),
              comment: mine.getValue('comment') || '',
              timeLost: parseTimeLost(mine.getValue('time_lost')) ?? null,
          }
        : null
    const about = { sysId: taskId, number, shortDescription: found.task.getValue('short_description') || '' }
    return { ok: true, form: { task: { ...about, table: found.table }, change: about, role, existing } }
}

export type SaveResult = { ok: true; sysId: string; updated: boolean; lowScore: boolean } | { ok: false; status: 400 | 403 | 404 | 409; errors: string[] }

/**
 * Saves the session user's answer: updates their earlier answer for this task and role, or inserts
 * one. Written with GlideRecordSecure, so the table's ACLs apply to the user as well as the before
 * rule. Nothing is written when anything is wrong.
 */
export function saveFeedback(input: FeedbackInput): SaveResult {
    const checked = validateInput(input)
    if (!checked.ok) return { ok: false, status: 400, errors: checked.errors }
    const v = checked.value
    const access = feedbackForm(v.taskId, v.role)
    if (!access.ok) return { ok: false, status: access.status, errors: [access.message] }
    const gr = mineOf(v.taskId, gs.getUserID(), v.role, true)
    const updated = gr.next()
    if (!updated) {
        gr.initialize()
        gr.setValue('task', v.taskId)
        gr.setValue('user', gs.getUserID())
        gr.setValue('stakeholder', v.role)
    }
    gr.setValue('score', v.score)
    // A new answer replaces an earlier one whole, a legacy 1–5 rating included.
    gr.setValue('rating', '')
    gr.setValue('time_lost', v.timeLost === null ? '' : v.timeLost)
    gr.setValue('comment', v.comment)
    const sysId = updated ? gr.update() : gr.insert()
    if (!sysId) return { ok: false, status: 409, errors: ['Your feedback could not be saved. Reload the page and try again.'] }
    return { ok: true, sysId, updated, lowScore: isLowScore(v.score) }
}
