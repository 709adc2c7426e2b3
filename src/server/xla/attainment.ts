import { gs, GlideDateTime } from '@servicenow/glide'
import { summarize, xlaStatus, xlaValue, observe, type AttainmentReport, type XlaStatus } from './attainment-calc.ts'
import { readFacts, readXlas } from './attainment-data.ts'
import { XLA_PROPERTIES } from './model.ts'
import { formatDateTime, parseDateTime, WEEK_MS, weeksEndingAt, type Period } from './time.ts'

/*
 * XLA attainment over a period, what the script include x_psm_persona.XlaAttainment, the weekly
 * digest, the insight REST API and the admin pages all call. Periods are given as stored
 * date-times ('YYYY-MM-DD HH:MM:SS', UTC); the start is included, the end is not.
 */

/** Now, as the instance's clock says. */
export function nowMs(): number {
    return parseDateTime(new GlideDateTime().getValue()) ?? 0
}

/** A period from two date-time strings; throws with the precise problem when they are not one. */
export function periodOf(start: string, end: string): Period {
    const s = parseDateTime(start)
    const e = parseDateTime(end)
    if (s === null) throw new Error(`XLA attainment: the start "${start}" is not a date-time (YYYY-MM-DD HH:MM:SS).`)
    if (e === null) throw new Error(`XLA attainment: the end "${end}" is not a date-time (YYYY-MM-DD HH:MM:SS).`)
    if (e <= s) throw new Error(`XLA attainment: the end ${end} must be after the start ${start}.`)
    return { start: s, end: e }
}

/**
 * Attainment of every active XLA from `start` to `end`, per XLA, stakeholder role and persona.
 * `asOf` (default now) decides which deadlines have passed: later ones are pending.
 */
export function computeAttainment(start: string, end: string, asOf?: string): AttainmentReport {
    const period = periodOf(start, end)
    const when = asOf ? parseDateTime(asOf) : nowMs()
    if (when === null) throw new Error(`XLA attainment: "as of" ${asOf} is not a date-time (YYYY-MM-DD HH:MM:SS).`)
    return summarize(readFacts(period, when), period)
}

/** The last seven days up to now (what the weekly digest reports). */
export function lastWeek(endMs = nowMs()): AttainmentReport {
    return computeAttainment(formatDateTime(endMs - WEEK_MS), formatDateTime(endMs), formatDateTime(endMs))
}

export interface WeeklyPoint {
    start: string
    end: string
    value: number | null
    status: XlaStatus
    observations: number
    met: number
}

export interface XlaHistory {
    sysId: string
    name: string
    stakeholder: string
    measure: string
    target: number
    objective: number
    weeks: WeeklyPoint[]
}

/** How many weeks the history covers when the caller does not say (x_psm_persona.xla.history_weeks). */
export function historyWeeks(): number {
    const n = parseInt(gs.getProperty(XLA_PROPERTIES.historyWeeks.name, XLA_PROPERTIES.historyWeeks.fallback), 10)
    return n >= 1 && n <= 52 ? n : Number(XLA_PROPERTIES.historyWeeks.fallback)
}

/** Each active XLA's value week by week (Monday to Monday, UTC), the last week being the week so far. */
export function attainmentHistory(weeks = historyWeeks(), endMs = nowMs()): XlaHistory[] {
    const buckets = weeksEndingAt(endMs, weeks)
    const xlas = readXlas()
    const facts = readFacts({ start: buckets[0].start, end: buckets[buckets.length - 1].end }, endMs, xlas)
    const perWeek = buckets.map((b) => observe(facts, b).observations)
    return xlas.map((xla) => ({
        sysId: xla.sysId,
        name: xla.name,
        stakeholder: xla.stakeholder,
        measure: xla.measure,
        target: xla.target,
        objective: xla.objective,
        weeks: buckets.map((b, i) => {
            const mine = perWeek[i].filter((o) => o.xlaId === xla.sysId)
            const value = xlaValue(xla, mine)
            return { start: formatDateTime(b.start), end: formatDateTime(b.end), value, status: xlaStatus(xla, value), observations: mine.length, met: mine.filter((o) => o.met).length }
        }),
    }))
}
