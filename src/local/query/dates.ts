import type { DatePartName, DateUnit, RelativeTest } from './terms'
import { fromWall, isCalendarUnit, toWall, UTC, zonedDatePart } from './time-zone'

/*
 * Date arithmetic for the date operators ("Operators available for filters and queries", date-time fields:
 * ON, NOTON, RELATIVE…, DATEPART, MORETHAN, LESSTHAN, SAMEAS@unit). Stored dates are text in the platform's
 * internal format, UTC: `YYYY-MM-DD HH:MM:SS` (glide_date_time) and `YYYY-MM-DD` (glide_date). Where a day,
 * week, month or hour begins is read on the session's clock (time-zone.ts): "today" is the user's day, and a
 * glide_date (a calendar date, no instant) compares with the user's date of an instant.
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
 * A stored text as SQLite's date functions read it (parseYyyyMmDd, parseHhMmSs, parseTimezone): the parts as
 * written, and the instant they make (computeJD). `YYYY-MM-DD` (a leading `-` for years before 1), then
 * optionally spaces or `T`s and `HH:MM`, `:SS`, `.fraction`, then optionally spaces and `Z` or `±HH:MM`, then
 * optionally spaces. Nothing may come first. SQLite keeps the written hour, minute and second (so
 * `24:00:00` prints as 24) unless a zone offset moved them, and reads the date from the instant (so
 * `2024-02-30` is March 1st); the month and year modifiers start from the written parts.
 */
export interface SqliteDate {
    year: number
    month: number
    day: number
    hour: number
    minute: number
    /** Seconds with their fraction. */
    second: number
    /** Whether a ±HH:MM zone was given (the instant then defines every part). */
    zoned: boolean
    /** The instant, UTC milliseconds. */
    ms: number
}

const SPACE = '[ \\t\\n\\v\\f\\r]'
const SQLITE_DATE = new RegExp(
    `^(-?)(\\d{4})-(\\d{2})-(\\d{2})(?:[ \\t\\n\\v\\f\\rT]*$|[ \\t\\n\\v\\f\\rT]*(\\d{2}):(\\d{2})(?::(\\d{2})(\\.\\d+)?)?${SPACE}*(?:([Zz])|([+-])(\\d{2}):(\\d{2}))?${SPACE}*$)`,
)

export function parseSqliteDate(text: string): SqliteDate | undefined {
    const m = SQLITE_DATE.exec(text)
    if (!m) return undefined
    const year = (m[1] ? -1 : 1) * Number(m[2])
    const [month, day] = [Number(m[3]), Number(m[4])]
    const [hour, minute] = [Number(m[5] ?? 0), Number(m[6] ?? 0)]
    const second = Number(m[7] ?? 0) + (m[8] ? Number(`0${m[8]}`) : 0)
    // getDigits ranges: month 1-12, day 1-31, hour 0-24, minute 0-59, second 0-59; zone 00-14:00-59.
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 24 || minute > 59 || Number(m[7] ?? 0) > 59) return undefined
    if (m[10] !== undefined && (Number(m[11]) > 14 || Number(m[12]) > 59)) return undefined
    let ms = utc(year, month - 1, day, hour, minute) + Math.floor(second * 1000)
    const zoned = m[10] !== undefined
    if (zoned) ms -= (m[10] === '-' ? -1 : 1) * (Number(m[11]) * 60 + Number(m[12])) * 60_000
    return { year, month, day, hour, minute, second, zoned, ms }
}

/** 400 Gregorian years, in milliseconds (the calendar repeats exactly). */
const CYCLE_MS = 146_097 * 86_400_000

/** Date.UTC without its two-digit-year mapping (years 0-99 are years 0-99, as in SQLite); overflow normalized. */
function utc(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
    if (year >= 100 || year < 0) return Date.UTC(year, month, day, hour, minute, second)
    return Date.UTC(year + 400, month, day, hour, minute, second) - CYCLE_MS
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

const UNIT_MS: Partial<Record<DateUnit, number>> = { second: 1000, minute: 60_000, hour: 3_600_000, day: 86_400_000, week: 7 * 86_400_000 }

/**
 * `ms` moved by `count` units: seconds to weeks by their length; months, quarters and years by the calendar,
 * the day of the month kept and an overflow carried into the next month (2026-01-31 + 1 month = 2026-03-03,
 * as SQLite's modifier and Date.UTC both do).
 */
export function shift(ms: number, unit: DateUnit, count: number, forward: boolean, zone: string = UTC): number {
    // Days and longer keep the wall-clock time in the zone (across a daylight-saving change too).
    if (zone !== UTC && isCalendarUnit(unit)) return fromWall(shift(toWall(ms, zone), unit, count, forward), zone)
    const n = forward ? count : -count
    const length = UNIT_MS[unit]
    if (length !== undefined) return ms + n * length
    const d = new Date(ms)
    return addMonths(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds() + d.getUTCMilliseconds() / 1000, monthsOf(unit, n))
}

function monthsOf(unit: DateUnit, n: number): number {
    return unit === 'month' ? n : unit === 'quarter' ? 3 * n : 12 * n
}

function addMonths(year: number, month: number, day: number, hour: number, minute: number, second: number, months: number): number {
    const total = year * 12 + (month - 1) + months
    const y = Math.floor(total / 12)
    return utc(y, total - y * 12, day, hour, minute) + Math.floor(second * 1000)
}

/**
 * What SQLite's datetime(text, modifier) (or date(), with `dateOnly`) returns for a stored text, or
 * undefined for NULL. With no modifier the date comes from the instant and the time as written; after a
 * modifier both come from the moved instant.
 */
export function sqliteDateTime(text: string, move: { unit: DateUnit; count: number; forward: boolean } | null, dateOnly: boolean): string | undefined {
    const p = parseSqliteDate(text)
    if (!p) return undefined
    if (!move) {
        const date = formatDate(p.ms, true)
        if (dateOnly) return date
        if (p.zoned) return formatDate(p.ms, false)
        const two = (n: number) => String(n).padStart(2, '0')
        return `${date} ${two(p.hour)}:${two(p.minute)}:${two(Math.floor(p.second))}`
    }
    const length = UNIT_MS[move.unit]
    const n = move.forward ? move.count : -move.count
    let ms: number
    if (length !== undefined) ms = p.ms + n * length
    else if (p.zoned) ms = shift(p.ms, move.unit, move.count, move.forward)
    else ms = addMonths(p.year, p.month, p.day, p.hour, p.minute, p.second, monthsOf(move.unit, n))
    return formatDate(ms, dateOnly)
}

/** The first instant of the unit holding `ms` (weeks start on Sunday, as DATEPART's dayofweek counts them). */
export function startOf(ms: number, unit: DateUnit, zone: string = UTC): number {
    if (zone !== UTC) return fromWall(startOf(toWall(ms, zone), unit), zone)
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
export function endOf(ms: number, unit: DateUnit, zone: string = UTC): number {
    return shift(startOf(ms, unit, zone), unit, 1, true, zone) - 1000
}

/** An instant as a bound for a field: a date-time compares with the instant (UTC), a date with the zone's date then. */
function boundText(ms: number, dateOnly: boolean, zone: string): string {
    return dateOnly ? formatDate(toWall(ms, zone), true) : formatDate(ms, false)
}

/**
 * The bounds a RELATIVE term compares with, as text for a field of `type`: the instant `count` units
 * before (ago) or after (ahead) `now`; for EE ("on"), the whole unit holding it.
 */
export function relativeBounds(now: number, unit: DateUnit, ahead: boolean, count: number, test: RelativeTest, dateOnly: boolean, zone: string = UTC): [string, string] {
    const at = shift(now, unit, count, ahead, zone)
    if (test === 'EE') return [boundText(startOf(at, unit, zone), dateOnly, zone), boundText(endOf(at, unit, zone), dateOnly, zone)]
    const text = boundText(Math.floor(at / 1000) * 1000, dateOnly, zone)
    return [text, text]
}

/**
 * The SQL for a DATEPART part of column `x` as an integer, NULL when SQLite cannot read the date. Weeks are
 * numbered 0-53 as the trend labels run ("Week 0" … "Week 53"), starting on Sunday as dayofweek counts them:
 * week 1 begins on the year's first Sunday, the days before it are week 0 (strftime %U).
 */
// platform-difference: datepart-week-numbering
export function datePartSql(x: string, part: DatePartName, zone: string = UTC): string {
    // Off UTC the part is read on the zone's clock by the store's SQL function (store.ts), which is
    // zonedDatePart over parseSqliteDate, exactly what datePartIn computes in memory.
    if (zone !== UTC) return `${ZONED_DATE_PART_SQL}(${x}, '${part}', '${zone.replace(/'/g, "''")}')`
    switch (part) {
        case 'week':
            return `CAST(strftime('%U', ${x}) AS INTEGER)`
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

/** The SQL function the store registers for DATEPART off UTC: (stored text, part, zone) -> the part, or NULL. */
export const ZONED_DATE_PART_SQL = 'glide_zoned_date_part'

/** The store's ZONED_DATE_PART_SQL function. */
export function zonedDatePartOfText(text: unknown, part: unknown, zone: unknown): number | null {
    const p = typeof text === 'string' ? parseSqliteDate(text) : undefined
    return p ? zonedDatePart(p.ms, String(zone), String(part) as DatePartName) : null
}

/** datePartSql in memory: the hour as written (unless a zone moved it), the rest from the instant; off UTC, on the zone's clock. */
export function datePart(p: SqliteDate, part: DatePartName, zone: string = UTC): number {
    if (zone !== UTC) return zonedDatePart(p.ms, zone, part)
    const d = new Date(p.ms)
    switch (part) {
        case 'dayofweek':
            return d.getUTCDay()
        case 'month':
            return d.getUTCMonth() + 1
        case 'quarter':
            return Math.floor(d.getUTCMonth() / 3) + 1
        case 'year':
            return d.getUTCFullYear()
        case 'week': {
            // %U: (day of the year from 0 + 7 - day of the week from Sunday 0) / 7, rounded down.
            const yday = Math.round((Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86_400_000)
            return Math.floor((yday + 7 - d.getUTCDay()) / 7)
        }
        case 'hour':
            return p.zoned ? d.getUTCHours() : p.hour
    }
}

/** Whether `text` is a date or date-time in the internal format (an ON/NOTON bound once its script ran). */
export function isDateText(text: string): boolean {
    return /^\d{4}-\d{2}-\d{2}(?: \d{2}:\d{2}:\d{2})?$/.test(text) && parseSqliteDate(text) !== undefined
}

/** A bound for a field of `type`: a date field compares with the date alone; a date as a date-time bound is its first (or last) second. */
export function boundFor(text: string, type: string, end: boolean, zone: string = UTC): string {
    if (isDateOnly(type)) {
        // A date-time bound (a helper's UTC instant) is the zone's date at that instant; a date is that date.
        const p = text.length > 10 ? parseSqliteDate(text) : undefined
        return p ? formatDate(toWall(p.ms, zone), true) : text.slice(0, 10)
    }
    return text.length === 10 ? `${text} ${end ? '23:59:59' : '00:00:00'}` : text
}
