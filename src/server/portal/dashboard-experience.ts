import { gs } from '@servicenow/glide'
import { nowMs } from '../xla/attainment.ts'
import { NO_PERSONA } from '../xla/attainment-calc.ts'
import { readExperience, type ExperienceFacts, type SurveyAnswer } from '../xla/experience-data.ts'
import { formatHappiness, happiness, monthsEndingAt, trend, type HappinessTally } from '../xla/happiness.ts'
import { ROLE_LABELS } from '../xla/model.ts'
import { formatDateTime, weeksEndingAt, type Period } from '../xla/time.ts'
import { PALETTE } from './charts.ts'
import { parseWeeks } from './dashboard.ts'
import { viewTable, type DataTable, type ViewTable } from './data-table.ts'

/*
 * The experience section of the analyst dashboard (widget "PSM Experience Dashboard" on psm_dashboard):
 * Happiness per stakeholder role and per persona (the HappySignals score: % of 9–10 minus % of 0–6),
 * the time people say they lost and how often their records were reassigned, each happiness XLA's
 * trend week by week and month by month against its target, and the latest comments. Every chart
 * comes with its table and every table with its CSV, built here from the same cells (data-table.ts);
 * the template binds text only, so comments are shown as typed and never as markup. For the app's
 * analysts and administrators only, checked here on every call.
 */

export const EXPERIENCE_ROLE = 'x_psm_persona.analyst'
/** How many recent comments the section lists. */
export const RECENT_COMMENTS = 25
/** Months of trend (the weeks follow the page's weeks parameter). */
export const TREND_MONTHS = 6

const KIND: { [table: string]: string } = { change_request: 'changes', sc_req_item: 'requested items', incident: 'incidents', problem: 'problems' }

function kindOf(table: string): string {
    return KIND[table] || table
}

/** "Requesters (changes)". */
function groupLabel(a: { role: string; taskTable: string }): string {
    return `${ROLE_LABELS[a.role as keyof typeof ROLE_LABELS] || a.role} (${kindOf(a.taskTable)})`
}

// ---------------------------------------------------------------- a chart for −100 … +100

export interface DivergingBar {
    label: string
    shortLabel: string
    /** null: no answers. */
    value: number | null
    text: string
    x: number
    y: number
    textY: number
    width: number
    valueX: number
    tone: 'positive' | 'negative' | 'none'
}

export interface DivergingChart {
    kind: 'diverging'
    id: string
    title: string
    description: string
    width: number
    height: number
    /** The zero line. */
    zeroX: number
    labelX: number
    barHeight: number
    target: { x: number; text: string } | null
    bars: DivergingBar[]
    colors: { positive: string; negative: string }
}

function round1(v: number): number {
    return Math.round(v * 10) / 10
}

/** Horizontal bars from a zero line, left for negative scores, right for positive (scale −100 … +100). Pure. */
export function divergingChart(o: { id: string; title: string; bars: Array<{ label: string; value: number | null }>; target?: number }): DivergingChart {
    const width = 640
    const left = 200
    const right = 60
    const rowH = 30
    const top = 8
    const half = (width - left - right) / 2
    const zeroX = left + half
    const height = top * 2 + Math.max(1, o.bars.length) * rowH
    const bars = o.bars.map((b, i) => {
        const y = top + i * rowH
        const w = b.value === null ? 0 : round1((Math.min(100, Math.abs(b.value)) / 100) * half)
        const x = b.value !== null && b.value < 0 ? round1(zeroX - w) : zeroX
        const text = b.value === null ? 'no answers' : formatHappiness(b.value)
        return {
            label: b.label,
            shortLabel: b.label.length > 30 ? `${b.label.slice(0, 29)}\u2026` : b.label,
            value: b.value,
            text,
            x,
            y: y + 5,
            textY: y + 19,
            width: w,
            valueX: b.value !== null && b.value < 0 ? round1(x - 4) : round1(zeroX + w + 4),
            tone: b.value === null ? ('none' as const) : b.value < 0 ? ('negative' as const) : ('positive' as const),
        }
    })
    const target = o.target === undefined ? null : { x: round1(zeroX + (Math.max(-100, Math.min(100, o.target)) / 100) * half), text: `Target ${formatHappiness(o.target)}` }
    const description = (target ? `${target.text}. ` : '') + (bars.length ? bars.map((b) => `${b.label}: ${b.text}`).join('; ') + '.' : 'No data.')
    return { kind: 'diverging', id: o.id, title: o.title, description, width, height, zeroX, labelX: left - 8, barHeight: rowH - 10, target, bars, colors: { positive: PALETTE[6], negative: PALETTE[8] } }
}

// ---------------------------------------------------------------- the section

export interface ExperienceFigure {
    id: string
    heading: string
    charts: DivergingChart[]
    table: ViewTable
}

export interface ExperienceView {
    asOf: string
    weeks: number
    period: { start: string; end: string }
    intro: string
    /** "+40 Happiness over 12 answers". */
    kpis: Array<{ label: string; text: string }>
    figures: ExperienceFigure[]
}

export type ExperienceResult = { ok: true; view: ExperienceView } | { ok: false; status: 400 | 403; message: string }

function tallyRow(label: string, t: HappinessTally): Array<string | number | null> {
    return [label, t.responses, t.happy, t.neutral, t.unhappy, t.happiness]
}

const TALLY_COLUMNS = [{ label: 'Answers', format: 'int' as const }, { label: 'Happy (9–10)', format: 'int' as const }, { label: 'Neutral (7–8)', format: 'int' as const }, { label: 'Unhappy (0–6)', format: 'int' as const }, { label: 'Happiness', format: 'int' as const }]

function groupBy<T>(items: readonly T[], key: (item: T) => string): Array<{ key: string; items: T[] }> {
    const out: { [key: string]: T[] } = {}
    const order: string[] = []
    for (const item of items) {
        const k = key(item)
        if (!out[k]) {
            out[k] = []
            order.push(k)
        }
        out[k].push(item)
    }
    return order.sort().map((k) => ({ key: k, items: out[k] }))
}

const scoresOf = (answers: readonly SurveyAnswer[]) => answers.map((a) => a.score)

/** Happiness per stakeholder role (and kind of record). Pure. */
export function roleFigure(answers: readonly SurveyAnswer[]): ExperienceFigure {
    const groups = groupBy(answers, groupLabel).map((g) => ({ label: g.key, tally: happiness(scoresOf(g.items)) }))
    const table: DataTable = {
        id: 'happiness-by-role',
        caption: 'Happiness per stakeholder role (% of 9–10 minus % of 0–6)',
        columns: [{ label: 'Role' }, ...TALLY_COLUMNS],
        rows: groups.map((g) => tallyRow(g.label, g.tally)),
        total: tallyRow('All answers', happiness(scoresOf(answers))),
    }
    return { id: 'happiness-by-role', heading: 'Happiness per stakeholder role', charts: [divergingChart({ id: 'chart-happiness-by-role', title: 'Happiness per stakeholder role', bars: groups.map((g) => ({ label: g.label, value: g.tally.happiness })) })], table: viewTable(table) }
}

/** Happiness per role and persona of whoever answered. Pure. */
export function personaFigure(answers: readonly SurveyAnswer[]): ExperienceFigure {
    const groups = groupBy(answers, (a) => `${groupLabel(a)}|${a.persona || NO_PERSONA}`).map((g) => ({ role: groupLabel(g.items[0]), persona: g.items[0].persona || NO_PERSONA, tally: happiness(scoresOf(g.items)) }))
    const table: DataTable = {
        id: 'happiness-by-persona',
        caption: 'Happiness per stakeholder role and persona',
        columns: [{ label: 'Role' }, { label: 'Persona' }, ...TALLY_COLUMNS],
        rows: groups.map((g) => [g.role, g.persona, g.tally.responses, g.tally.happy, g.tally.neutral, g.tally.unhappy, g.tally.happiness]),
    }
    const chart = divergingChart({ id: 'chart-happiness-by-persona', title: 'Happiness per role and persona', bars: groups.map((g) => ({ label: `${g.role}, ${g.persona}`, value: g.tally.happiness })) })
    return { id: 'happiness-by-persona', heading: 'Happiness per role and persona', charts: [chart], table: viewTable(table) }
}

function mean(values: readonly number[]): number | null {
    return values.length ? Math.round((values.reduce((s, v) => s + v, 0) / values.length) * 10) / 10 : null
}

/** Time lost (self-reported minutes) and reassignments, per kind of record. Pure. */
export function timeLostFigure(answers: readonly SurveyAnswer[]): ExperienceFigure {
    const rows = groupBy(answers, (a) => kindOf(a.taskTable)).map((g) => {
        const reported = g.items.filter((a) => a.timeLost !== null)
        const perTask: { [taskId: string]: number } = {}
        const reassignments: { [taskId: string]: number } = {}
        for (const a of g.items) {
            reassignments[a.taskId] = a.reassignments
            if (a.timeLost !== null) perTask[a.taskId] = (perTask[a.taskId] ?? 0) + a.timeLost
        }
        const tasks = Object.keys(reassignments)
        const total = reported.reduce((s, a) => s + (a.timeLost ?? 0), 0)
        const never = g.items.filter((a) => a.reassignments === 0)
        const reassigned = g.items.filter((a) => a.reassignments > 0)
        return [
            g.key,
            tasks.length,
            reported.length,
            total,
            mean(Object.keys(perTask).map((k) => perTask[k])),
            mean(tasks.map((k) => reassignments[k])),
            happiness(scoresOf(never)).happiness,
            happiness(scoresOf(reassigned)).happiness,
        ]
    })
    const table: DataTable = {
        id: 'time-lost',
        caption: 'Time lost (as people reported it) and reassignments, per kind of record',
        columns: [
            { label: 'Records of' },
            { label: 'Records answered about', format: 'int' },
            { label: 'Answers giving time lost', format: 'int' },
            { label: 'Time lost in all (minutes)', format: 'int' },
            { label: 'Time lost per record (minutes)', format: 'decimal' },
            { label: 'Reassignments per record', format: 'decimal' },
            { label: 'Happiness, never reassigned', format: 'int' },
            { label: 'Happiness, reassigned', format: 'int' },
        ],
        rows,
    }
    return { id: 'time-lost', heading: 'Time lost and reassignments', charts: [], table: viewTable(table) }
}

/** Each happiness XLA week by week and month by month against its target. Pure. */
export function trendFigure(facts: ExperienceFacts, weeks: Period[], months: Period[]): ExperienceFigure {
    const rows: Array<Array<string | number | null>> = []
    const charts: DivergingChart[] = []
    facts.xlas.forEach((x, i) => {
        const mine = facts.answers.filter((a) => a.role === x.stakeholder && a.taskTable === (x.taskTable || 'change_request')).map((a) => ({ score: a.score, at: a.at }))
        const weekly = trend(mine, weeks, x.target, 'week')
        const monthly = trend(mine, months, x.target, 'month')
        for (const p of [...weekly, ...monthly]) rows.push([x.name, p.label, x.target, p.tally.responses, p.tally.happiness, p.met === null ? 'No answers' : p.met ? 'Met' : 'Below target'])
        charts.push(divergingChart({ id: `chart-happiness-trend-${i}`, title: `${x.name}: Happiness per week against the target`, bars: weekly.map((p) => ({ label: p.label, value: p.tally.happiness })), target: x.target }))
    })
    const table: DataTable = {
        id: 'happiness-trend',
        caption: 'Happiness XLAs per week and per month against their targets',
        columns: [{ label: 'XLA' }, { label: 'Period' }, { label: 'Target', format: 'int' }, { label: 'Answers', format: 'int' }, { label: 'Happiness', format: 'int' }, { label: 'Status' }],
        rows,
    }
    return { id: 'happiness-trend', heading: 'Trend against target', charts, table: viewTable(table) }
}

/** The latest comments, newest first, as people wrote them (the page binds them as text). Pure. */
export function commentsFigure(answers: readonly SurveyAnswer[]): ExperienceFigure {
    const withComment = answers.filter((a) => a.comment.trim() !== '').slice(0, RECENT_COMMENTS)
    const table: DataTable = {
        id: 'experience-comments',
        caption: `What people said (the latest ${RECENT_COMMENTS} comments)`,
        columns: [{ label: 'When (UTC)' }, { label: 'Record' }, { label: 'Role' }, { label: 'Persona' }, { label: 'Score', format: 'int' }, { label: 'Time lost (minutes)', format: 'int' }, { label: 'Comment' }],
        rows: withComment.map((a) => [formatDateTime(a.at), a.taskNumber, groupLabel(a), a.persona || NO_PERSONA, a.score, a.timeLost, a.comment]),
    }
    return { id: 'experience-comments', heading: 'Comments', charts: [], table: viewTable(table) }
}

/** The section from facts already read. Pure. */
export function experienceView(facts: ExperienceFacts, period: Period, weeks: number, now: number): ExperienceView {
    const inPeriod = facts.answers.filter((a) => a.at >= period.start && a.at < period.end)
    const all = happiness(scoresOf(inPeriod))
    const timeLost = inPeriod.filter((a) => a.timeLost !== null).reduce((s, a) => s + (a.timeLost ?? 0), 0)
    return {
        asOf: formatDateTime(now),
        weeks,
        period: { start: formatDateTime(period.start), end: formatDateTime(period.end) },
        intro: `How happy people were with their changes, requests, incidents and problems over the last ${weeks} week${weeks === 1 ? '' : 's'}, on the HappySignals scale: each answer is 0 to 10, and Happiness is the percentage of 9–10 minus the percentage of 0–6 (from -100 to +100). Answers on the earlier 1–5 scale are not counted.`,
        kpis: [
            { label: 'Happiness', text: formatHappiness(all.happiness) },
            { label: 'answers', text: String(all.responses) },
            { label: 'minutes lost, as reported', text: String(timeLost) },
        ],
        figures: [roleFigure(inPeriod), personaFigure(inPeriod), timeLostFigure(inPeriod), trendFigure(facts, weeksEndingAt(now, weeks), monthsEndingAt(now, TREND_MONTHS)), commentsFigure(inPeriod)],
    }
}

/** The experience section for the session user, if they are an analyst or administrator of the app. */
export function experienceData(weeksParam?: unknown): ExperienceResult {
    if (!gs.hasRole(EXPERIENCE_ROLE)) return { ok: false, status: 403, message: 'The analyst dashboard is for analysts and administrators of Persona Service Management.' }
    const weeks = parseWeeks(weeksParam)
    if (!weeks.ok) return { ok: false, status: 400, message: weeks.message }
    // Stored instants are whole seconds: the period ends after the current one, so an answer given
    // this very second is counted.
    const now = nowMs() + 1000
    const weekPeriods = weeksEndingAt(now, weeks.weeks)
    const monthPeriods = monthsEndingAt(now, TREND_MONTHS)
    const period = { start: weekPeriods[0].start, end: now }
    // One read covers the section's window and the months of trend.
    const facts = readExperience({ start: Math.min(period.start, monthPeriods[0].start), end: now })
    return { ok: true, view: experienceView(facts, period, weeks.weeks, now) }
}
