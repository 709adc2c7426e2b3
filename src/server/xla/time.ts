/*
 * Instants as the platform stores them ('YYYY-MM-DD HH:MM:SS', UTC) and the arithmetic XLAs need:
 * minutes between two instants, business time (Monday to Friday, whole days, UTC), weekly buckets.
 * Pure: no Glide calls, so every rule here is unit-tested directly.
 */

export const MINUTE_MS = 60_000
export const DAY_MS = 86_400_000
export const WEEK_MS = 7 * DAY_MS

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/

/** Milliseconds since the epoch of a stored date-time; null when empty or malformed. */
export function parseDateTime(value: string | null | undefined): number | null {
    const m = DATE_TIME.exec(String(value ?? '').trim())
    if (!m) return null
    const ms = Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0))
    return isFinite(ms) ? ms : null
}

function two(n: number): string {
    return n < 10 ? `0${n}` : String(n)
}

/** The stored form of an instant: 'YYYY-MM-DD HH:MM:SS' (UTC). */
export function formatDateTime(ms: number): string {
    const d = new Date(ms)
    return `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`
}

/** 'YYYY-MM-DD' of an instant (UTC). */
export function formatDate(ms: number): string {
    return formatDateTime(ms).slice(0, 10)
}

function isWeekend(dayStart: number): boolean {
    const day = new Date(dayStart).getUTCDay()
    return day === 0 || day === 6
}

/**
 * Business time between two instants, in milliseconds: the part of [from, to) that falls on a
 * Monday to Friday (UTC, whole days; the local instance has no business calendar). A request made
 * on Friday afternoon and decided on Monday morning took the Friday afternoon and the Monday morning.
 */
export function businessMillisBetween(from: number, to: number): number {
    if (!(to > from)) return 0
    let total = 0
    let dayStart = Math.floor(from / DAY_MS) * DAY_MS
    while (dayStart < to) {
        const dayEnd = dayStart + DAY_MS
        if (!isWeekend(dayStart)) total += Math.min(dayEnd, to) - Math.max(dayStart, from)
        dayStart = dayEnd
    }
    return total
}

/** Business days (fractional) between two instants. */
export function businessDaysBetween(from: number, to: number): number {
    return businessMillisBetween(from, to) / DAY_MS
}

/** Monday 00:00 UTC of the week holding the instant. */
export function weekStart(ms: number): number {
    const dayStart = Math.floor(ms / DAY_MS) * DAY_MS
    const day = new Date(dayStart).getUTCDay()
    return dayStart - ((day + 6) % 7) * DAY_MS
}

export interface Period {
    start: number
    end: number
}

/**
 * The `count` calendar weeks (Monday to Monday, UTC) ending with the one that holds `end`, oldest
 * first; the last one stops at `end` (the week so far).
 */
export function weeksEndingAt(end: number, count: number): Period[] {
    const n = Math.max(1, Math.floor(count))
    // An end exactly at Monday 00:00 closes the previous week rather than opening an empty one.
    const current = weekStart(end - 1)
    const out: Period[] = []
    for (let i = n - 1; i >= 0; i--) {
        const start = current - i * WEEK_MS
        out.push({ start, end: Math.min(start + WEEK_MS, end) })
    }
    return out
}

/** Whole minutes, rounded to one decimal, between two instants. */
export function minutesBetween(from: number, to: number): number {
    return Math.round(((to - from) / MINUTE_MS) * 10) / 10
}
