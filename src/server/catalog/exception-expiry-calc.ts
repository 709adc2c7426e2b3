/*
 * When a granted service exception is due a reminder or its end (issue 17.4). Pure: the job
 * (exception-expiry.ts) reads the records and the clock and does what this decides.
 *
 * Dates are the platform's internal date-time values ("yyyy-MM-dd HH:mm:ss", UTC: "GlideDateTime…
 * getValue() Gets the date and time value in the internal format", GlideDateTime API).
 */

export const DEFAULT_REMINDER_DAYS = 7
const MAX_REMINDER_DAYS = 365
const DAY_MS = 86400000
const INTERNAL = /^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)$/

/** The epoch milliseconds of an internal date-time value; null for an empty or malformed one. */
export function parseInternal(value: string | null | undefined): number | null {
    const m = INTERNAL.exec(String(value || '').trim())
    if (!m) return null
    const n = m.slice(1).map(Number)
    const ms = Date.UTC(n[0], n[1] - 1, n[2], n[3], n[4], n[5])
    // Date.UTC rolls 2026-02-30 over to March: a value that does not name itself back is malformed.
    const d = new Date(ms)
    return d.getUTCFullYear() === n[0] && d.getUTCMonth() === n[1] - 1 && d.getUTCDate() === n[2] && n[3] < 24 && n[4] < 60 && n[5] < 60 ? ms : null
}

/** The reminder lead time from the property's value: a whole number of days 1 to 365, else the default (valid false). */
export function reminderDays(raw: string | null | undefined): { days: number; valid: boolean } {
    const text = String(raw === null || raw === undefined ? '' : raw).trim()
    const n = Number(text)
    if (text !== '' && /^\d+$/.test(text) && n >= 1 && n <= MAX_REMINDER_DAYS) return { days: n, valid: true }
    return { days: DEFAULT_REMINDER_DAYS, valid: false }
}

/** What the job reads of one granted exception. */
export interface GrantedException {
    expiresOn: string | null
    decidedOn: string | null
    remindedOn: string | null
}

export type ExpiryStep =
    | { kind: 'end' }
    | { kind: 'remind'; daysLeft: number }
    | { kind: 'wait' }
    | { kind: 'bad'; reason: string }

/**
 * What is due for a granted exception at `nowMs`:
 * - end: its expiry has come (at or before now);
 * - remind: it ends within `days`, no reminder was sent, and it was granted before the reminder
 *   window opened (one granted for fewer days than that was told its end date by the approval email
 *   just now: a reminder would only repeat it);
 * - bad: no expiry, or one that is not a date-time: nothing is done, the job says so.
 */
export function expiryStep(e: GrantedException, nowMs: number, days: number): ExpiryStep {
    const expires = parseInternal(e.expiresOn)
    if (expires === null) {
        return { kind: 'bad', reason: e.expiresOn ? `its expiry "${e.expiresOn}" is not a date and time` : 'it has no expiry date' }
    }
    if (expires <= nowMs) return { kind: 'end' }
    const windowOpens = expires - days * DAY_MS
    if (e.remindedOn || nowMs < windowOpens) return { kind: 'wait' }
    const decided = parseInternal(e.decidedOn)
    if (decided !== null && decided >= windowOpens) return { kind: 'wait' }
    return { kind: 'remind', daysLeft: Math.ceil((expires - nowMs) / DAY_MS) }
}

/** "in 1 day", "in 7 days". Pure. */
export function daysLeftText(days: number): string {
    return days === 1 ? 'in 1 day' : `in ${days} days`
}
