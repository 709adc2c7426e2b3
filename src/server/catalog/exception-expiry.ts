import { gs, GlideDateTime, GlideRecord } from '@servicenow/glide'
import { AVAILABLE_FOR } from './available-for.ts'
import { EXCEPTION } from './exceptions.ts'
import { expiryStep, parseInternal, reminderDays, DEFAULT_REMINDER_DAYS } from './exception-expiry-calc.ts'

/*
 * The end of a service exception (issue 17, item 4): the daily job "Persona: service exception reminders
 * and expiry" reminds the user (and the manager who approved it) a configurable number of days before
 * the access ends, once (reminded_on), and at the expiry removes the personal Available For entry and
 * its criterion, marks the exception expired (ended_on) and tells the user how to ask again, once. Both
 * moments are written on the exception itself, next to who decided and when: the record analysts read.
 * What is due is decided by exception-expiry-calc.ts; the emails are exception-expiry-mail.ts.
 */

export const REMINDER_DAYS_PROPERTY = 'x_psm_persona.exception.reminder_days'

export const EXPIRY_EVENTS = {
    /** parm1: the recipient; parm2: who they are to the exception (user, manager). */
    expiring: 'x_psm_persona.exception.expiring',
    /** parm1: the user whose access ended. */
    ended: 'x_psm_persona.exception.ended',
} as const

export type ExpiringReader = 'user' | 'manager'

export interface ExpiryRun {
    reminded: number
    expired: number
    /** Granted exceptions left as they are because their expiry is missing or malformed. */
    skipped: number
}

function label(gr: GlideRecord): string {
    return `"${gr.getValue('short_description') || ''}" (${gr.getUniqueValue()})`
}

/** Removes a granted exception's Available For row and its personal criterion. */
export function revoke(exception: GlideRecord): void {
    const criterion = exception.getValue('user_criteria') || ''
    if (criterion) {
        const rows = new GlideRecord(AVAILABLE_FOR)
        rows.addQuery('user_criteria', criterion)
        rows.deleteMultiple()
        const uc = new GlideRecord('user_criteria')
        if (uc.get(criterion)) uc.deleteRecord()
    }
}

function configuredReminderDays(): number {
    const raw = gs.getProperty(REMINDER_DAYS_PROPERTY, String(DEFAULT_REMINDER_DAYS))
    const r = reminderDays(raw)
    if (!r.valid) gs.warn(`Persona: property ${REMINDER_DAYS_PROPERTY} is "${raw}", not a whole number of days from 1 to 365: reminding ${r.days} days ahead.`)
    return r.days
}

function remind(gr: GlideRecord, now: string): void {
    gr.setValue('reminded_on', now)
    if (!gr.update()) return
    const user = gr.getValue('user') || ''
    gs.eventQueue(EXPIRY_EVENTS.expiring, gr, user, 'user')
    // The manager who approved it (decided_by; the approver asked, for a record decided before that was kept).
    const manager = gr.getValue('decided_by') || gr.getValue('approver') || ''
    if (manager && manager !== user) gs.eventQueue(EXPIRY_EVENTS.expiring, gr, manager, 'manager')
}

function end(gr: GlideRecord, now: string): void {
    revoke(gr)
    gr.setValue('state', 'expired')
    gr.setValue('ended_on', now)
    if (gr.update()) gs.eventQueue(EXPIRY_EVENTS.ended, gr, gr.getValue('user') || '', '')
}

/**
 * Scheduled job: every granted exception gets what is due now: a reminder, its end, or nothing. A granted
 * exception without a readable expiry is logged as an error and left unchanged: an administrator sets
 * its expiry (or revokes it); the job never guesses a date. Granted exceptions are few (one per user and
 * service outside their persona at most), so all of them are read.
 */
export function runExceptionExpiry(): ExpiryRun {
    const now = new GlideDateTime().getValue()
    const nowMs = parseInternal(now) ?? 0
    const days = configuredReminderDays()
    const run: ExpiryRun = { reminded: 0, expired: 0, skipped: 0 }
    const gr = new GlideRecord(EXCEPTION)
    gr.addQuery('state', 'granted')
    gr.orderBy('expires_on')
    gr.query()
    // psm-allow-query-in-loop: each due exception writes its own record, rows and events (a few a day)
    while (gr.next()) {
        const step = expiryStep({ expiresOn: gr.getValue('expires_on'), decidedOn: gr.getValue('decided_on'), remindedOn: gr.getValue('reminded_on') }, nowMs, days)
        if (step.kind === 'end') {
            end(gr, now)
            run.expired++
        } else if (step.kind === 'remind') {
            remind(gr, now)
            run.reminded++
        } else if (step.kind === 'bad') {
            gs.error(`Persona: service exception ${label(gr)} is granted but ${step.reason}: no reminder, its access stays. Set its expiry or revoke it.`)
            run.skipped++
        }
    }
    if (run.reminded || run.expired) gs.info(`Persona: ${run.reminded} service exception reminder(s) sent; ${run.expired} exception(s) expired and their access removed.`)
    return run
}
