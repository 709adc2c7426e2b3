import { endOf, formatDate, parseSqliteDate, shift, startOf } from './dates'
import type { DateUnit } from './terms'
import { currentTimeZone, fromWall } from './time-zone'

/*
 * The GlideSystem date helpers that filters write into `javascript:` values ("Date values frequently use
 * `javascript:` glide functions: `sys_created_on>=javascript:gs.daysAgoStart(7)`", encoded-query guide; the
 * condition builder's ON terms: `sla_dueONToday@javascript:gs.daysAgoStart(0)@javascript:gs.daysAgoEnd(0)`,
 * "Operators available for filters and queries"). Each returns a date-time in the internal format: "the date
 * and time for the beginning of today in the user's session time zone as a UTC timestamp" (GlideSystem
 * beginningOfToday), so "today" is the session user's day (time-zone.ts); weeks start on Sunday, as the
 * condition builder's day-of-week trend counts them.
 */

type Helpers = Record<string, (...args: unknown[]) => string>

function whole(value: unknown, name: string): number {
    const n = Number(value ?? 0)
    if (!Number.isInteger(n) || Math.abs(n) > 1_000_000) throw new Error(`gs.${name}: expected a whole number, got ${String(value).slice(0, 40)}`)
    return n
}

/** beginningOf<Period><Unit>() and endOf<Period><Unit>() for this, last and next unit. */
function periodHelpers(now: () => number, zone: () => string): Helpers {
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
            const at = (z: string) => shift(now(), unit, Math.abs(offset), offset > 0, z)
            out[`beginningOf${period}${unitName}`] = () => {
                const z = zone()
                return formatDate(startOf(at(z), unit, z), false)
            }
            out[`endOf${period}${unitName}`] = () => {
                const z = zone()
                return formatDate(endOf(at(z), unit, z), false)
            }
        }
    }
    const days: Array<[string, number]> = [
        ['Today', 0],
        ['Yesterday', -1],
        ['Tomorrow', 1],
    ]
    for (const [name, offset] of days) {
        const at = (z: string) => shift(now(), 'day', Math.abs(offset), offset > 0, z)
        out[`beginningOf${name}`] = () => {
            const z = zone()
            return formatDate(startOf(at(z), 'day', z), false)
        }
        out[`endOf${name}`] = () => {
            const z = zone()
            return formatDate(endOf(at(z), 'day', z), false)
        }
    }
    return out
}

/** <unit>sAgo(n), <unit>sAgoStart(n), <unit>sAgoEnd(n): the instant n units ago, and its unit's first and last second. */
function agoHelpers(now: () => number, zone: () => string): Helpers {
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
        const at = (n: unknown, helper: string, z: string) => shift(now(), unit, whole(n, helper), false, z)
        out[`${name}Ago`] = (n) => formatDate(at(n, `${name}Ago`, zone()), false)
        out[`${name}AgoStart`] = (n) => {
            const z = zone()
            return formatDate(startOf(at(n, `${name}AgoStart`, z), unit, z), false)
        }
        out[`${name}AgoEnd`] = (n) => {
            const z = zone()
            return formatDate(endOf(at(n, `${name}AgoEnd`, z), unit, z), false)
        }
    }
    return out
}

/**
 * The helpers, over the clock `now` (UTC milliseconds) and the session's time zone `zone`. dateGenerate(date,
 * range): "Generates a date and time for the specified date in the user's session time zone as a UTC
 * timestamp": the date at its "start" (00:00:00), "end" (23:59:59) or at a time `HH:MM:SS` on the user's clock.
 */
export function dateHelpers(now: () => number = () => Date.now(), zone: () => string = currentTimeZone): Helpers {
    return {
        ...periodHelpers(now, zone),
        ...agoHelpers(now, zone),
        dateGenerate: (date, range) => {
            const day = String(date ?? '')
            const time = range === 'end' ? '23:59:59' : range === 'start' || range === undefined ? '00:00:00' : String(range)
            const ms = /^\d{4}-\d{2}-\d{2}$/.test(day) && /^\d{2}:\d{2}:\d{2}$/.test(time) ? parseSqliteDate(`${day} ${time}`)?.ms : undefined
            if (ms === undefined) throw new Error(`gs.dateGenerate: expected a date YYYY-MM-DD and "start", "end" or HH:MM:SS, got ${day.slice(0, 20)}, ${time.slice(0, 20)}`)
            return formatDate(fromWall(ms, zone()), false)
        },
    }
}

/** The helper names, for the check of which `javascript:` values a client may send (script-values.ts). */
export const DATE_HELPER_NAMES: ReadonlySet<string> = new Set(Object.keys(dateHelpers(() => 0)))
