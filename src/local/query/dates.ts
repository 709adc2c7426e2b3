import type { DatePartName, DateUnit, RelativeTest } from './terms'

/*
 * Date arithmetic for the date operators ("Operators available for filters and queries", date-time fields:
 * ON, NOTON, RELATIVE…, DATEPART, MORETHAN, LESSTHAN, SAMEAS@unit). Stored dates are text in the platform's
 * internal format, UTC: `YYYY-MM-DD HH:MM:SS` (glide_date_time) and `YYYY-MM-DD` (glide_date). The local
 * instance's time zone is UTC (docs/differences.md: utc-time-zone), so "today" is the UTC day.
 *
 * compileQuery hands the row-dependent parts (MORETHAN, LESSTHAN, DATEPART) to SQLite's date functions;
 * matchesRecord must decide the same, so parseSqliteDate/shift/format below reproduce what SQLite's
 * datetime()/date()/strftime() do for the text forms they accept (sqlite3.c: parseYyyyMmDd, parseHhMmSs,
 * computeJD, the "NNN months" modifier, which normalizes day overflow as Date.UTC does). SQLite also reads
 * a bare number as a Julian day number and 'now'; a date field never holds those (the store writes dates
 * as text), and the date operators only apply to date fields.
 */

/** The field types the date operators apply to; glide_date holds the date alone. */
export const DATE_TYPES: ReadonlySet<string> = new Set(['glide_date_time', 'glide_date', 'due_date', 'calendar_date_time'])

export function isDateOnly(type: string): boolean {
    return type === 'glide_date'
}

/** A UTC instant in the internal format (`YYYY-MM-DD HH:MM:SS`), or its date when `dateOnly`. */
export function formatDate(ms: number, dateOnly: boolean): string {
    const d = new Date(ms)
    const y = d.getUTCFullYear()
    const year = y < 0 ? `-${String(-y).padStart(4, '0')}` : String(y).padStart(4, '0')
    const two = (n: number) => String(n).padStart(2, '0')
    const date = `${year}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}`
    return dateOnly ? date : `${date} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`
}

/**
 * What SQLite's date functions read from a stored text, as a UTC instant: `YYYY-MM-DD`, optionally
 * followed by ` ` or `T` and `HH:MM`, `:SS`, `.fraction`, and an optional `Z` or `±HH:MM` zone; leading
 * and trailing spaces allowed. Anything else is NULL (undefined). Fractions are cut to milliseconds as
 * SQLite keeps them; the functions then print whole seconds.
 */
export function parseSqliteDate(text: string): number | undefined {
    const m = /^\s*(-?\d{4})-(\d{2})-(\d{2})(?:[ T]+(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?\s*(?:(Z|z)|([+-])(\d{2}):(\d{2}))?\s*$/.exec(text)
    if (!m) return undefined
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
    const [hour, minute, second] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)]
    // sqlite3 getDigits ranges: month 1-12, day 1-31, hour 0-24, minute 0-59, second 0-59.
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 24 || minute > 59 || second > 59) return undefined
    if (m[9] !== undefined && (Number(m[10]) > 14 || Number(m[11]) > 59)) return undefined
    const fraction = m[7] ? Math.floor(Number(`0${m[7]}`) * 1000) : 0
    let ms = utc(year, month - 1, day, hour, minute, second) + fraction
    if (m[9] !== undefined) ms -= (m[9] === '-' ? -1 : 1) * (Number(m[10]) * 60 + Number(m[11])) * 60_000
    return ms
}

/** Date.UTC without its two-digit-year mapping (years 0-99 are years 0-99, as in SQLite). */
function utc(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
    const d = new Date(Date.UTC(2000, month, day, hour, minute, second))
    d.setUTCFullYear(year + (d.getUTCFullYear() - 2000))
    return d.getTime()
}

/** The SQLite modifier for moving `count` units (`-3 days`, `+6 months`). */
export function sqliteModifier(unit: DateUnit, count: number, forward: boolean): string {
    const sign = forward ? '+' : '-'
    switch (unit) {
        case 'week':
            return `${sign}${count * 7} days`
        case 'quarter':
            return `${sign}${count * 3} months`
        default:
            return `${sign}${count} ${unit}s`
    }
}

/**
 * `ms` moved by `count` units, as SQLite's modifier does it: seconds to days by exact lengths; months and
 * years by the calendar fields, the day of the month kept and an overflow carried into the next month
 * (2026-01-31 + 1 month = 2026-03-03), which is also what Date.UTC does.
 */
export function shift(ms: number, unit: DateUnit, count: number, forward: boolean): number {
    const n = forward ? count : -count
    const lengths: Partial<Record<DateUnit, number>> = { second: 1000, minute: 60_000, hour: 3_600_000, day: 86_400_000, week: 7 * 86_400_000 }
    const length = lengths[unit]
    if (length !== undefined) return ms + n * length
    const months = unit === 'month' ? n : unit === 'quarter' ? 3 * n : 12 * n
    const d = new Date(ms)
    const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + months
    const year = Math.floor(total / 12)
    return utc(year, total - year * 12, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()) + d.getUTCMilliseconds()
}

/** The first instant of the unit holding `ms` (weeks start on Sunday, as DATEPART's dayofweek counts them). */
export function startOf(ms: number, unit: DateUnit): number {
    const d = new Date(ms)
    const [y, mo, day, h, mi, s] = [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()]
    switch (unit) {
        case 'second':
            return utc(y, mo, day, h, mi, s)
        case 'minute':
            return utc(y, mo, day, h, mi)
        case 'hour':
            return utc(y, mo, day, h)
        case 'day':
            return utc(y, mo, day)
        case 'week':
            return utc(y, mo, day - d.getUTCDay())
        case 'month':
            return utc(y, mo, 1)
        case 'quarter':
            return utc(y, mo - (mo % 3), 1)
        case 'year':
            return utc(y, 0, 1)
    }
}

/** The last whole second of the unit holding `ms`. */
export function endOf(ms: number, unit: DateUnit): number {
    return shift(startOf(ms, unit), unit, 1, true) - 1000
}

/**
 * The bounds a RELATIVE term compares with, as text for a field of `type`: the instant `count` units
 * before (ago) or after (ahead) `now`; for EE ("on"), the whole unit holding it.
 */
export function relativeBounds(now: number, unit: DateUnit, ahead: boolean, count: number, test: RelativeTest, dateOnly: boolean): [string, string] {
    const at = shift(now, unit, count, ahead)
    if (test === 'EE') return [formatDate(startOf(at, unit), dateOnly), formatDate(endOf(at, unit), dateOnly)]
    const text = formatDate(Math.floor(at / 1000) * 1000, dateOnly)
    return [text, text]
}

/** The SQL for a DATEPART part of column `x` as an integer, NULL when SQLite cannot read the date. */
export function datePartSql(x: string, part: DatePartName): string {
    switch (part) {
        case 'dayofweek':
            return `CAST(strftime('%w', ${x}) AS INTEGER)`
        case 'month':
            return `CAST(strftime('%m', ${x}) AS INTEGER)`
        case 'quarter':
            return `((CAST(strftime('%m', ${x}) AS INTEGER) + 2) / 3)`
        case 'year':
            return `CAST(strftime('%Y', ${x}) AS INTEGER)`
        case 'hour':
            return `CAST(strftime('%H', ${x}) AS INTEGER)`
    }
}

/** datePartSql in memory. */
export function datePart(ms: number, part: DatePartName): number {
    const d = new Date(ms)
    switch (part) {
        case 'dayofweek':
            return d.getUTCDay()
        case 'month':
            return d.getUTCMonth() + 1
        case 'quarter':
            return Math.floor(d.getUTCMonth() / 3) + 1
        case 'year':
            return d.getUTCFullYear()
        case 'hour':
            return d.getUTCHours()
    }
}

/** Whether `text` is a date or date-time in the internal format (an ON/NOTON bound once its script ran). */
export function isDateText(text: string): boolean {
    return /^\d{4}-\d{2}-\d{2}(?: \d{2}:\d{2}:\d{2})?$/.test(text) && parseSqliteDate(text) !== undefined
}

/** A bound for a field of `type`: a date field compares with the date alone; a date as a date-time bound is its first (or last) second. */
export function boundFor(text: string, type: string, end: boolean): string {
    if (isDateOnly(type)) return text.slice(0, 10)
    return text.length === 10 ? `${text} ${end ? '23:59:59' : '00:00:00'}` : text
}
