import { endOf, formatDate, parseSqliteDate, shift, startOf } from './dates'
import type { DateUnit } from './terms'

/*
 * The GlideSystem date helpers that filters write into `javascript:` values ("Date values frequently use
 * `javascript:` glide functions: `sys_created_on>=javascript:gs.daysAgoStart(7)`", encoded-query guide; the
 * condition builder's ON terms: `sla_dueONToday@javascript:gs.daysAgoStart(0)@javascript:gs.daysAgoEnd(0)`,
 * "Operators available for filters and queries"). Each returns a date-time in the internal format. The
 * local instance's time zone is UTC (docs/differences.md: utc-time-zone), so "today" is the UTC day; weeks
 * start on Sunday, as the condition builder's day-of-week trend counts them.
 */

type Helpers = Record<string, (...args: unknown[]) => string>

function whole(value: unknown, name: string): number {
    const n = Number(value ?? 0)
    if (!Number.isInteger(n) || Math.abs(n) > 1_000_000) throw new Error(`gs.${name}: expected a whole number, got ${String(value).slice(0, 40)}`)
    return n
}

/** beginningOf<Period><Unit>() and endOf<Period><Unit>() for this, last and next unit. */
function periodHelpers(now: () => number): Helpers {
    const out: Helpers = {}
    const units: Array<[string, DateUnit]> = [
        ['Week', 'week'],
        ['Month', 'month'],
        ['Quarter', 'quarter'],
        ['Year', 'year'],
    ]
    const periods: Array<[string, number]> = [
        ['This', 0],
        ['Last', -1],
        ['Next', 1],
    ]
    for (const [unitName, unit] of units) {
        for (const [period, offset] of periods) {
            const at = () => shift(now(), unit, Math.abs(offset), offset > 0)
            out[`beginningOf${period}${unitName}`] = () => formatDate(startOf(at(), unit), false)
            out[`endOf${period}${unitName}`] = () => formatDate(endOf(at(), unit), false)
        }
    }
    const days: Array<[string, number]> = [
        ['Today', 0],
        ['Yesterday', -1],
        ['Tomorrow', 1],
    ]
    for (const [name, offset] of days) {
        const at = () => shift(now(), 'day', Math.abs(offset), offset > 0)
        out[`beginningOf${name}`] = () => formatDate(startOf(at(), 'day'), false)
        out[`endOf${name}`] = () => formatDate(endOf(at(), 'day'), false)
    }
    return out
}

/** <unit>sAgo(n), <unit>sAgoStart(n), <unit>sAgoEnd(n): the instant n units ago, and its unit's first and last second. */
function agoHelpers(now: () => number): Helpers {
    const out: Helpers = {}
    const units: Array<[string, DateUnit]> = [
        ['minutes', 'minute'],
        ['hours', 'hour'],
        ['days', 'day'],
        ['months', 'month'],
        ['quarters', 'quarter'],
        ['years', 'year'],
    ]
    for (const [name, unit] of units) {
        const at = (n: unknown, helper: string) => shift(now(), unit, whole(n, helper), false)
        out[`${name}Ago`] = (n) => formatDate(at(n, `${name}Ago`), false)
        out[`${name}AgoStart`] = (n) => formatDate(startOf(at(n, `${name}AgoStart`), unit), false)
        out[`${name}AgoEnd`] = (n) => formatDate(endOf(at(n, `${name}AgoEnd`), unit), false)
    }
    return out
}

/**
 * The helpers, over the clock `now` (UTC milliseconds). dateGenerate(date, range): the date at its
 * "start" (00:00:00), "end" (23:59:59) or at a time `HH:MM:SS`.
 */
export function dateHelpers(now: () => number = Date.now): Helpers {
    return {
        ...periodHelpers(now),
        ...agoHelpers(now),
        dateGenerate: (date, range) => {
            const day = String(date ?? '')
            const time = range === 'end' ? '23:59:59' : range === 'start' || range === undefined ? '00:00:00' : String(range)
            const ms = /^\d{4}-\d{2}-\d{2}$/.test(day) && /^\d{2}:\d{2}:\d{2}$/.test(time) ? parseSqliteDate(`${day} ${time}`)?.ms : undefined
            if (ms === undefined) throw new Error(`gs.dateGenerate: expected a date YYYY-MM-DD and "start", "end" or HH:MM:SS, got ${day.slice(0, 20)}, ${time.slice(0, 20)}`)
            return formatDate(ms, false)
        },
    }
}

/** The helper names, for the check of which `javascript:` values a client may send (script-values.ts). */
export const DATE_HELPER_NAMES: ReadonlySet<string> = new Set(Object.keys(dateHelpers(() => 0)))
