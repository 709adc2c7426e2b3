import { gs, GlideRecord } from '@servicenow/glide'
import { usersWithRole } from '../change/people.ts'
import { frame } from '../mail/frame.ts'
import { escapeHtml, fact, paragraph } from '../mail/html.ts'
import { ticketUrl } from '../mail/links.ts'
import { instanceUrl } from '../mail/instance-url.ts'
import { eventField, printWithSubject, type MailPrinter } from '../mail/outbound.ts'
import { htmlToPlainText } from '../mail/text.ts'
import { CHANGE_MANAGER_ROLE } from './digest.ts'
import { isLowScore, parseScore } from './happiness.ts'
import { FEEDBACK_TABLE, XLA_EVENTS } from './model.ts'
import { loadTask } from './stakeholders.ts'

/*
 * A low rating (0–6, "unhappy" on the HappySignals scale) is followed up by a person: the app creates an
 * Experience Follow-up (x_psm_persona_followup, a table extending task, so it has a number, an assignee,
 * work notes and a place in everyone's task lists as every task does) about the answer, its parent the
 * surveyed task, assigned to the manager of the task's assignment group (sys_user_group.manager) unless
 * that is the person who answered; the event x_psm_persona.experience.low_rating then emails the
 * assignee, or, with nobody assigned, the change managers (role change_manager). One follow-up per
 * answer: answering again does not open a second one.
 */

export const FOLLOW_UP_TABLE = 'x_psm_persona_followup'

const ROLE_NAMES: { [role: string]: string } = { requester: 'requester', approver: 'approver', implementer: 'implementer', caller: 'caller' }

function followUpOf(feedbackId: string): string {
    const gr = new GlideRecord(FOLLOW_UP_TABLE)
    gr.addQuery('feedback', feedbackId)
    gr.setLimit(1)
    gr.query()
    return gr.next() ? gr.getUniqueValue() : ''
}

function groupManager(groupId: string): string {
    if (!groupId) return ''
    const group = new GlideRecord('sys_user_group')
    return group.get(groupId) ? group.getValue('manager') || '' : ''
}

/** Who the low rating is for: the assignee, else the active change managers; never the person who answered. */
export function followUpRecipients(assignee: string, respondent: string): string[] {
    if (assignee) return [assignee]
    return usersWithRole(CHANGE_MANAGER_ROLE).filter((u) => u !== respondent)
}

/** After insert/update of an answer: a 0–6 score without a follow-up gets one, and its email. */
export function followUpLowScore(current: GlideRecord, _previous: GlideRecord | null): void {
    const score = parseScore(current.getValue('score'))
    if (score === null || !isLowScore(score)) return
    const feedbackId = current.getUniqueValue()
    if (followUpOf(feedbackId)) return
    const found = loadTask(current.getValue('task') || '')
    if (!found.ok) return
    const task = found.task
    const respondent = current.getValue('user') || ''
    const role = ROLE_NAMES[current.getValue('stakeholder') || ''] || 'stakeholder'
    const manager = groupManager(task.getValue('assignment_group') || '')
    const assignee = manager && manager !== respondent ? manager : ''
    const number = task.getValue('number') || ''
    const timeLost = current.getValue('time_lost') || ''
    const gr = new GlideRecord(FOLLOW_UP_TABLE)
    gr.initialize()
    gr.setValue('short_description', `Low rating (${score}/10) from the ${role} of ${number}`.slice(0, 160))
    gr.setValue(
        'description',
        [`Score: ${score} of 10`, timeLost ? `Time lost: ${timeLost} minutes` : 'Time lost: not said', `Comment: ${current.getValue('comment') || '(none)'}`].join('\n').slice(0, 4000),
    )
    gr.setValue('parent', task.getUniqueValue())
    gr.setValue('feedback', feedbackId)
    gr.setValue('respondent', respondent)
    gr.setValue('score', score)
    if (task.getValue('assignment_group')) gr.setValue('assignment_group', task.getValue('assignment_group'))
    if (assignee) gr.setValue('assigned_to', assignee)
    const id = gr.insert()
    if (!id) return
    const recipients = followUpRecipients(assignee, respondent)
    if (recipients.length) gs.eventQueue(XLA_EVENTS.lowRating, gr, recipients.join(','), task.getUniqueValue())
}

// ---------------------------------------------------------------- the email

export interface FollowUpMailModel {
    recipientName: string
    number: string
    taskNumber: string
    taskDescription: string
    role: string
    respondentName: string
    score: number
    timeLost: string
    comment: string
    followUpUrl: string
    taskUrl: string
}

/** The follow-up email's HTML: what was said, by whom, about what; every value escaped. Pure. */
export function renderFollowUpMail(m: FollowUpMailModel): string {
    const facts = [
        fact('Score', `${m.score} of 10`),
        fact('From', `${m.respondentName} (${m.role})`),
        fact('About', `${m.taskNumber}: ${m.taskDescription}`),
        fact('Time lost', m.timeLost ? `${m.timeLost} minutes` : 'not said'),
    ].join('<br>')
    return frame({
        attributes: `class="psm-followup-mail" data-moment="lowRating"`,
        greetingName: m.recipientName,
        headline: `${m.respondentName} rated ${m.taskNumber} ${m.score} of 10`,
        lead: paragraph(escapeHtml(`A rating of 0 to 6 means the experience went wrong for them. ${m.number} is yours to follow up: talk to them, find what got in the way and note what you did.`)),
        primary: { url: m.followUpUrl, text: `Open ${m.number}` },
        body: paragraph(facts) + paragraph(`<strong>Their comment:</strong> ${escapeHtml(m.comment || '(none)')}`),
        secondary: [{ url: m.taskUrl, text: `View ${m.taskNumber}` }],
    })
}

function followUpModel(current: GlideRecord, event: unknown): FollowUpMailModel {
    const recipientId = eventField(event, 'parm1').split(',')[0] || current.getValue('assigned_to') || ''
    const recipient = new GlideRecord('sys_user')
    const respondent = new GlideRecord('sys_user')
    const answer = new GlideRecord(FEEDBACK_TABLE)
    answer.get(current.getValue('feedback') || '')
    const found = loadTask(current.getValue('parent') || '')
    const task = found.ok ? found.task : null
    const base = instanceUrl()
    return {
        recipientName: recipient.get(recipientId) ? recipient.getValue('name') || '' : '',
        number: current.getValue('number') || '',
        taskNumber: task ? task.getValue('number') || '' : '',
        taskDescription: task ? task.getValue('short_description') || '' : '',
        role: answer.getValue('stakeholder') || '',
        respondentName: respondent.get(current.getValue('respondent') || '') ? respondent.getValue('name') || '' : '',
        score: parseScore(current.getValue('score')) ?? 0,
        timeLost: answer.getValue('time_lost') || '',
        comment: answer.getValue('comment') || '',
        followUpUrl: ticketUrl(base, FOLLOW_UP_TABLE, current.getUniqueValue()),
        taskUrl: task && found.ok ? ticketUrl(base, found.table, task.getUniqueValue()) : '',
    }
}

/** What the mail script x_psm_persona_followup calls (current: the follow-up). */
export function printFollowUpMail(current: GlideRecord, template: MailPrinter, email: unknown, _action: unknown, event: unknown): void {
    const m = followUpModel(current, event)
    printWithSubject(template, email, { subject: `Low rating on ${m.taskNumber}: ${m.score} of 10 from its ${m.role} (${m.number})`, html: renderFollowUpMail(m) })
}

export function printFollowUpMailText(current: GlideRecord, template: MailPrinter, _email: unknown, _action: unknown, event: unknown): void {
    template.print(htmlToPlainText(renderFollowUpMail(followUpModel(current, event))))
}
