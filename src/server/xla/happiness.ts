import { type Period, formatDate } from './time.ts'

/*
 * Happiness as the HappySignals method defines it. Pure: no Glide here.
 *
 * HappySignals asks end users "How happy were you with …?" on a 0–10 scale and reports the
 * Happiness score as "the percentage of 9–10 ratings minus the percentage of 0–6 ratings"
 * (HappySignals, "What is the Happiness score": "% of 9–10 ratings − % of 0–6 ratings; the score
 * ranges from −100 to +100", the NPS-style calculation applied to experience). 7–8 count as
 * responses but neither add nor subtract.
 *
 * Legacy answers on the old 1–5 rating scale have no score and are never counted: the two scales ask
 * different questions with different anchors, and mapping one onto the other would invent the 0–6 /
 * 7–8 / 9–10 split the method depends on.
 */

export const SCORE_MIN = 0
export const SCORE_MAX = 10
/** 9–10: happy. */
export const HAPPY_FROM = 9
/** 0–6: unhappy (a "low rating": it creates a follow-up). */
export const UNHAPPY_UP_TO = 6

export type ScoreBand = 'happy' | 'neutral' | 'unhappy'

/** A whole-number score 0–10 from a form or a field; null for anything else (empty, 3.5, 11, "ten"). */
export function parseScore(value: string | number | null | undefined): number | null {
    const text = String(value ?? '').trim()
    if (!/^(?:10|[0-9])$/.test(text)) return null
    return Number(text)
}

export function band(score: number): ScoreBand {
    if (score >= HAPPY_FROM) return 'happy'
    if (score <= UNHAPPY_UP_TO) return 'unhappy'
    return 'neutral'
}

/** Whether a score is a low rating (0–6) that calls for a follow-up. */
export function isLowScore(score: number): boolean {
    return band(score) === 'unhappy'
}

export interface HappinessTally {
    responses: number
    happy: number
    neutral: number
    unhappy: number
    /** % of 9–10 minus % of 0–6, rounded to a whole number (−100 … +100); null without responses. */
    happiness: number | null
}

/** Rounds half away from zero, so +12.5 and −12.5 stay symmetric. */
function roundWhole(v: number): number {
    return v < 0 ? -Math.round(-v) : Math.round(v)
}

/** The Happiness of a set of 0–10 scores (values outside 0–10 or not whole are ignored). */
export function happiness(scores: readonly number[]): HappinessTally {
    let happy = 0
    let neutral = 0
    let unhappy = 0
    for (const s of scores) {
        if (!Number.isInteger(s) || s < SCORE_MIN || s > SCORE_MAX) continue
        const b = band(s)
        if (b === 'happy') happy++
        else if (b === 'unhappy') unhappy++
        else neutral++
    }
    const responses = happy + neutral + unhappy
    const value = responses ? roundWhole(((happy - unhappy) / responses) * 100) : null
    // Avoid "-0" in tables and CSV.
    return { responses, happy, neutral, unhappy, happiness: value === 0 ? 0 : value }
}

/** "+40", "−12", "0", "—" (no responses): the sign always shown, as HappySignals writes scores. */
export function formatHappiness(value: number | null): string {
    if (value === null) return '\u2014'
    if (value > 0) return `+${value}`
    if (value < 0) return `\u2212${-value}`
    return '0'
}

export interface ScoredAnswer {
    score: number
    at: number
}

export interface TrendPoint {
    label: string
    start: number
    end: number
    tally: HappinessTally
    /** Whether the point reaches the target; null without responses. */
    met: boolean | null
}

/** The first instant of the calendar month (UTC) holding `ms`. */
export function monthStart(ms: number): number {
    const d = new Date(ms)
    return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1)
}

function nextMonth(ms: number): number {
    const d = new Date(ms)
    return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)
}

/** `count` calendar months ending with the one holding `end` (the last one stops at `end`), oldest first. */
export function monthsEndingAt(end: number, count: number): Period[] {
    const out: Period[] = []
    let start = monthStart(end - 1)
    for (let i = 0; i < Math.max(1, Math.floor(count)); i++) {
        out.unshift({ start, end: Math.min(nextMonth(start), end) })
        start = monthStart(start - 1)
    }
    return out
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** Happiness per period against a target (a Happiness score −100 … +100). */
export function trend(answers: readonly ScoredAnswer[], periods: readonly Period[], target: number, granularity: 'week' | 'month'): TrendPoint[] {
    return periods.map((p) => {
        const tally = happiness(answers.filter((a) => a.at >= p.start && a.at < p.end).map((a) => a.score))
        const d = new Date(p.start)
        const label = granularity === 'month' ? `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}` : `w/c ${formatDate(p.start)}`
        return { label, start: p.start, end: p.end, tally, met: tally.happiness === null ? null : tally.happiness >= target }
    })
}

/** Why a Happiness target cannot be used ('' when it can): a score from −100 to +100. */
export function happinessTargetProblem(target: number | null): string {
    if (target === null || !isFinite(target)) return 'the target must be a number.'
    if (target < -100 || target > 100) return `a Happiness target is a score from -100 to +100 (got ${target}).`
    return ''
}
