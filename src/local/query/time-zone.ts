import type { DatePartName, DateUnit } from './terms'

/*
 * Time zones for the date operators and helpers. "The ServiceNow AI Platform stores time values in Universal
 * Coordinated Time. Times appear globally based on the system time zone (glide.sys.default.tz), or if
 * specified, based on user settings" (Set a system time zone); the date helpers return "the date and time for
 * the beginning of today in the user's session time zone as a UTC timestamp" (GlideSystem beginningOfToday), so
 * "today", "this week", a Monday or noon are the user's. Stored values stay UTC; only where a day, week, month
 * or hour begins moves. Zone rules come from the JavaScript runtime's IANA database (Intl), as the platform's
 * come from Java's ("The ServiceNow AI Platform supports all Java time zone class time zones").
 *
 * The zone of the running session is supplied by the runtime (glide/time-zone.ts); the query code itself knows
 * no sessions. UTC until one is supplied.
 */

export const UTC = 'UTC'

let zoneSource: () => string = () => UTC

/** Sets where the query code learns the session's time zone (the runtime does, once). */
export function setTimeZoneSource(source: () => string): void {
    zoneSource = source
}

/** The running session's time zone (an IANA name Intl accepts). */
export function currentTimeZone(): string {
    return zoneSource()
}

const formatters = new Map<string, Intl.DateTimeFormat | null>()

function formatter(zone: string): Intl.DateTimeFormat | null {
    let f = formatters.get(zone)
    if (f === undefined) {
        try {
            f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', era: 'short' })
        } catch {
            f = null
        }
        // Zone names come from records and properties: real zones are always kept (the zone database bounds them),
        // names that are no zone only while few, so made-up names cannot grow the map without bound.
        if (f !== null || formatters.size < 1000) formatters.set(zone, f)
    }
    return f
}

/** Whether `zone` names a time zone (an IANA id such as America/Los_Angeles, or UTC/GMT). */
export function isTimeZone(zone: string): boolean {
    return zone !== '' && zone.length <= 64 && formatter(zone) !== null
}

/** The zone's offset from UTC at the instant `ms`, in milliseconds (east positive). */
export function offsetAt(zone: string, ms: number): number {
    if (zone === UTC || !Number.isFinite(ms)) return 0
    const f = formatter(zone)
    if (!f) return 0
    const p: Record<string, string> = {}
    for (const part of f.formatToParts(new Date(ms))) p[part.type] = part.value
    const year = p.era === 'BC' || p.era === 'B' ? 1 - Number(p.year) : Number(p.year)
    // setUTCFullYear, not Date.UTC: Date.UTC reads years 0-99 as 1900-1999.
    const wall = new Date(0)
    wall.setUTCFullYear(year, Number(p.month) - 1, Number(p.day))
    wall.setUTCHours(Number(p.hour), Number(p.minute), Number(p.second), 0)
    return wall.getTime() - Math.floor(ms / 1000) * 1000
}

/** The wall-clock time in `zone` at the instant `ms`, as if it were UTC (so the UTC getters read local parts). */
export function toWall(ms: number, zone: string): number {
    return ms + offsetAt(zone, ms)
}

/**
 * The instant at which the clock in `zone` reads `wall`. A wall time a daylight-saving jump skips reads as the
 * instant after the jump; one the clock shows twice, as the earlier instant (java.util.Calendar's lenient reading).
 */
export function fromWall(wall: number, zone: string): number {
    if (zone === UTC) return wall
    // A zone changes its offset at most once in a day: the offsets a day either side are the candidates.
    const before = wall - offsetAt(zone, wall - 86_400_000)
    const after = wall - offsetAt(zone, wall + 86_400_000)
    const valid = [before, after].filter((t) => toWall(t, zone) === wall)
    return valid.length ? Math.min(...valid) : before
}

const WALL_UNITS: ReadonlySet<DateUnit> = new Set(['day', 'week', 'month', 'quarter', 'year'])

/** Whether moving by `unit` keeps the wall-clock time (days and longer) rather than adding a fixed length. */
export function isCalendarUnit(unit: DateUnit): boolean {
    return WALL_UNITS.has(unit)
}

/** The parts DATEPART compares, read on the clock of `zone` at the instant `ms`. */
export function zonedDatePart(ms: number, zone: string, part: DatePartName): number {
    const d = new Date(toWall(ms, zone))
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
        case 'week': {
            const yday = Math.round((Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86_400_000)
            return Math.floor((yday + 7 - d.getUTCDay()) / 7)
        }
    }
}
