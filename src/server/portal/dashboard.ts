import { gs } from '@servicenow/glide'
import type { AttainmentReport } from '../xla/attainment-calc.ts'
import { attainmentHistory, historyWeeks, lastWeek, nowMs, type XlaHistory } from '../xla/attainment.ts'
import type { CostReport, Distribution } from '../xla/insight-calc.ts'
import { personaChangesByWeek, personaCosts, personaDistribution, recentPersonaChanges, type PersonaChange, type PersonaChangeTrend } from '../xla/insight.ts'
import { formatHappiness } from '../xla/happiness.ts'
import { barChart, columnChart, niceMax, type BarChart, type ColumnChart } from './charts.ts'
import { formatCell, grouped, money, viewTable, type DataTable, type ViewTable } from './data-table.ts'

/*
 * What the analyst dashboard (Service Portal page psm_dashboard, widget "PSM Analyst Dashboard")
 * shows: persona distribution, projected costs, persona changes over time and XLA attainment, from
 * the same modules as the insight REST API (src/server/xla/insight.ts, attainment.ts). Every chart
 * comes with the table of its numbers, and every table with its CSV, all built here from the same
 * cells. For the app's analysts and administrators only: checked here, on the server, whatever the
 * page's own role settings say.
 */

export const DASHBOARD_ROLE = 'x_psm_persona.analyst'
/** How many recent persona changes the dashboard lists. */
export const RECENT_CHANGES = 10

export interface DashboardFigure {
    id: string
    heading: string
    charts: Array<BarChart | ColumnChart>
    table: ViewTable
}

export interface DashboardSection {
    id: string
    heading: string
    intro: string
    figures: DashboardFigure[]
}

export interface DashboardKpi {
    label: string
    text: string
}

export interface DashboardView {
    /** 'YYYY-MM-DD HH:MM:SS' UTC. */
    asOf: string
    weeks: number
    kpis: DashboardKpi[]
    /** Who experienced changes worst over the last seven days, in a sentence. */
    worstServed: string
    sections: DashboardSection[]
}

export type DashboardResult = { ok: true; view: DashboardView } | { ok: false; status: 400 | 403; message: string }

const ROLE_NAMES: { [role: string]: string } = { requester: 'Requesters', approver: 'Approvers', implementer: 'Implementers', caller: 'Callers' }
const STATUS_NAMES: { [status: string]: string } = { met: 'Met', breached: 'Breached', no_data: 'No data' }
const REASONS: { [reason: string]: string } = { scored: 'Scored', locked: 'Pinned by an admin', manual: 'Manual', rescore: 'Rescored' }

function share(part: number, whole: number): number {
    return whole > 0 ? Math.round((part / whole) * 1000) / 10 : 0
}

function figure(id: string, heading: string, table: DataTable, charts: Array<BarChart | ColumnChart> = []): DashboardFigure {
    return { id, heading, charts, table: viewTable(table) }
}

// ---------------------------------------------------------------- distribution

export function distributionSection(d: Distribution): DashboardSection {
    const perPersona: DataTable = {
        id: 'users-by-persona',
        caption: 'Active users per persona',
        columns: [{ label: 'Persona' }, { label: 'Users', format: 'int' }, { label: 'Share of users', format: 'percent' }],
        rows: d.rows.map((r) => [r.persona, r.users, share(r.users, d.total)]),
        total: ['Total', d.total, d.total ? 100 : 0],
    }
    const perDepartment: DataTable = {
        id: 'users-by-department',
        caption: 'Active users per persona and department',
        columns: [{ label: 'Persona' }, ...d.departments.map((name) => ({ label: name, format: 'int' as const })), { label: 'Total', format: 'int' }],
        rows: d.rows.map((r) => [r.persona, ...r.byDepartment, r.users]),
        total: ['Total', ...d.departmentTotals, d.total],
    }
    return {
        id: 'distribution',
        heading: 'Persona distribution',
        intro: "How many active people work in each persona, and where: the demand each persona's services must meet.",
        figures: [
            figure('users-by-persona', 'Users per persona', perPersona, [
                barChart({ id: 'chart-users-by-persona', title: 'Active users per persona', bars: d.rows.map((r) => ({ label: r.persona, value: r.users, text: grouped(r.users) })) }),
            ]),
            figure('users-by-department', 'Users per department, by persona', perDepartment),
        ],
    }
}

// ---------------------------------------------------------------- costs

export function costSection(c: CostReport): DashboardSection {
    const perPersona: DataTable = {
        id: 'cost-by-persona',
        caption: 'Projected monthly cost per persona',
        columns: [
            { label: 'Persona' },
            { label: 'Members', format: 'int' },
            { label: 'Persona cost per member', format: 'money' },
            { label: 'Bundled offerings', format: 'int' },
            { label: 'Bundled cost per member', format: 'money' },
            { label: 'Cost per member', format: 'money' },
            { label: 'Projected monthly cost', format: 'money' },
        ],
        rows: c.personas.map((p) => [p.persona, p.members, p.personaCost, p.bundledOfferings, p.bundledCost, p.perMember, p.projected]),
        total: ['Total', c.personas.reduce((s, p) => s + p.members, 0), null, null, null, null, c.total],
    }
    const names = c.personas.map((p) => p.persona)
    const perDepartment: DataTable = {
        id: 'cost-by-department',
        caption: 'Projected monthly cost per department',
        columns: [{ label: 'Department' }, { label: 'Members', format: 'int' }, ...names.map((n) => ({ label: n, format: 'money' as const })), { label: 'Projected monthly cost', format: 'money' }],
        rows: c.departments.map((d) => [d.department, d.members, ...d.byPersona, d.projected]),
        total: [
            'Total',
            c.departments.reduce((s, d) => s + d.members, 0),
            ...names.map((_n, j) => Math.round(c.departments.reduce((s, d) => s + d.byPersona[j], 0) * 100) / 100),
            c.total,
        ],
    }
    const unassigned = c.unassigned ? ` ${grouped(c.unassigned)} active users have no persona yet and are not counted.` : ''
    return {
        id: 'costs',
        heading: 'Projected monthly cost',
        intro: `Each member of a persona costs the persona's base cost plus its bundled offerings a month. Total ${money(c.total)} a month.${unassigned}`,
        figures: [
            figure('cost-by-persona', 'Per persona', perPersona, [
                barChart({ id: 'chart-cost-by-persona', title: 'Projected monthly cost per persona', bars: c.personas.map((p) => ({ label: p.persona, value: p.projected, text: money(p.projected) })) }),
            ]),
            figure('cost-by-department', 'Per department', perDepartment),
        ],
    }
}

// ---------------------------------------------------------------- persona changes

export function changesSection(trend: PersonaChangeTrend, recent: PersonaChange[]): DashboardSection {
    const weekly: DataTable = {
        id: 'changes-by-week',
        caption: 'Persona changes per week (weeks start on Monday, UTC), by the persona people moved to',
        columns: [{ label: 'Week of' }, { label: 'Changes', format: 'int' }, ...trend.personas.map((p) => ({ label: p, format: 'int' as const }))],
        rows: trend.weeks.map((w) => [w.start.slice(0, 10), w.total, ...w.byPersona]),
    }
    const latest: DataTable = {
        id: 'recent-changes',
        caption: `The ${recent.length} most recent persona changes, newest first`,
        columns: [
            { label: 'When (UTC)' },
            { label: 'User' },
            { label: 'Department' },
            { label: 'From' },
            { label: 'To' },
            { label: 'Reason' },
            { label: 'Distance', format: 'decimal' },
            { label: 'Margin', format: 'decimal' },
            { label: 'Explanation' },
        ],
        rows: recent.map((c) => [c.when, c.user, c.department, c.from || '(none)', c.to || '(none)', REASONS[c.reason] || c.reason, c.distance, c.margin, c.explanation]),
    }
    return {
        id: 'changes',
        heading: 'Persona changes over time',
        intro: 'How many people moved to another persona each week, and the latest moves with the explanation scoring gave.',
        figures: [
            figure('changes-by-week', 'Changes per week', weekly, [
                columnChart({
                    id: 'chart-changes-by-week',
                    title: 'Persona changes per week',
                    columns: trend.weeks.map((w) => ({ label: w.start.slice(5, 10), value: w.total, status: '' })),
                    max: niceMax(trend.weeks.map((w) => w.total)),
                    format: (v) => grouped(v),
                }),
            ]),
            figure('recent-changes', 'Latest changes and their explanations', latest),
        ],
    }
}

// ---------------------------------------------------------------- XLAs

function targetText(measure: string, target: number, objective: number): string {
    if (measure === 'feedback_rating') return `average \u2265 ${target}`
    if (measure === 'happiness') return `Happiness \u2265 ${formatHappiness(target)}`
    const unit = measure === 'decision_time' ? `business day${target === 1 ? '' : 's'}` : `minute${target === 1 ? '' : 's'}`
    return `${objective} % within ${target} ${unit}`
}

function unitOf(measure: string): string {
    if (measure === 'happiness') return 'Happiness (-100 to +100)'
    return measure === 'feedback_rating' ? 'average rating' : '% within target'
}

/** The worst-served group in a sentence. */
export function worstServedText(report: AttainmentReport): string {
    const w = report.worstServed
    if (!w) return 'No stakeholder was measured in the last seven days.'
    return `${ROLE_NAMES[w.stakeholder] || w.stakeholder} who are ${w.persona}: ${w.met} of ${w.observations} observations met their target (${formatCell(w.rate, 'percent')}).`
}

export function xlaSection(report: AttainmentReport, history: XlaHistory[]): DashboardSection {
    const attainment: DataTable = {
        id: 'xla-attainment',
        caption: `XLA attainment, ${report.period.start} to ${report.period.end} (UTC)`,
        columns: [
            { label: 'XLA' },
            { label: 'Stakeholder' },
            { label: 'Target' },
            { label: 'Observations', format: 'int' },
            { label: 'Met', format: 'int' },
            { label: 'Pending', format: 'int' },
            { label: 'Value', format: 'decimal' },
            { label: 'Unit' },
            { label: 'Status' },
        ],
        rows: report.xlas.map((x) => [
            x.name,
            ROLE_NAMES[x.stakeholder] || x.stakeholder,
            targetText(x.measure, x.target, x.objective),
            x.observations,
            x.met,
            x.pending,
            x.value,
            unitOf(x.measure),
            STATUS_NAMES[x.status] || x.status,
        ]),
    }
    const stakeholders: DataTable = {
        id: 'xla-by-stakeholder',
        caption: 'Observations meeting their target, per stakeholder role (last seven days)',
        columns: [
            { label: 'Stakeholder' },
            { label: 'Observations', format: 'int' },
            { label: 'Met', format: 'int' },
            { label: 'Share met', format: 'percent' },
            { label: 'XLAs met', format: 'int' },
            { label: 'XLAs measured', format: 'int' },
        ],
        rows: report.byStakeholder.map((s) => [ROLE_NAMES[s.stakeholder] || s.stakeholder, s.observations, s.met, s.rate, s.xlasMet, s.xlasMeasured]),
    }
    const groups: DataTable = {
        id: 'xla-by-persona',
        caption: 'Per stakeholder role and persona (last seven days)',
        columns: [{ label: 'Stakeholder' }, { label: 'Persona' }, { label: 'Observations', format: 'int' }, { label: 'Met', format: 'int' }, { label: 'Share met', format: 'percent' }],
        rows: report.groups.map((g) => [ROLE_NAMES[g.stakeholder] || g.stakeholder, g.persona, g.observations, g.met, g.rate]),
    }
    const weeks = history.length ? history[0].weeks : []
    const trend: DataTable = {
        id: 'xla-history',
        caption: 'XLA value week by week (weeks start on Monday, UTC)',
        columns: [{ label: 'XLA' }, { label: 'Unit' }, ...weeks.map((w) => ({ label: `Week of ${w.start.slice(0, 10)}`, format: 'decimal' as const }))],
        rows: history.map((h) => [h.name, unitOf(h.measure), ...h.weeks.map((w) => w.value)]),
    }
    const weeklyCharts = history.map((h, i) => {
        const feedback = h.measure === 'feedback_rating'
        // Happiness runs from -100 to +100; these columns start at 0 (the experience section draws both signs).
        const happy = h.measure === 'happiness'
        return columnChart({
            id: `chart-xla-${i}`,
            title: `${h.name}: ${happy ? 'Happiness' : feedback ? 'average rating' : 'share within target'} per week`,
            columns: h.weeks.map((w) => ({ label: w.start.slice(5, 10), value: w.value, status: w.status })),
            max: feedback ? 5 : 100,
            format: (v) => (happy ? formatHappiness(Math.round(v)) : feedback ? v.toFixed(1) : `${Math.round(v)} %`),
            target: happy
                ? { value: h.target, text: `Target: Happiness at least ${formatHappiness(h.target)}` }
                : { value: feedback ? h.target : h.objective, text: feedback ? `Target: average at least ${h.target}` : `Objective: ${h.objective} % within target` },
        })
    })
    return {
        id: 'xla',
        heading: 'Experience level agreements',
        intro: 'How each stakeholder experienced changes over the last seven days, and week by week.',
        figures: [
            figure('xla-attainment', 'Last seven days', attainment),
            figure('xla-by-stakeholder', 'Per stakeholder role', stakeholders, [
                barChart({
                    id: 'chart-xla-by-stakeholder',
                    title: 'Share of observations meeting their target, per stakeholder role',
                    bars: report.byStakeholder.map((s) => ({ label: ROLE_NAMES[s.stakeholder] || s.stakeholder, value: s.rate === null ? 0 : s.rate, text: s.rate === null ? 'no observations' : `${s.rate.toFixed(1)} %` })),
                }),
            ]),
            figure('xla-by-persona', 'Per persona of the stakeholder', groups),
            figure('xla-history', 'Attainment over time', trend, weeklyCharts),
        ],
    }
}

// ---------------------------------------------------------------- the page

function kpis(d: Distribution, c: CostReport, report: AttainmentReport): DashboardKpi[] {
    const measured = report.xlas.filter((x) => x.status !== 'no_data')
    const met = measured.filter((x) => x.status === 'met').length
    return [
        { label: 'active users', text: grouped(d.total) },
        { label: 'personas in use', text: String(d.rows.filter((r) => r.personaId && r.users > 0).length) },
        { label: 'projected per month', text: money(c.total) },
        { label: `XLAs met of ${measured.length} measured`, text: String(met) },
    ]
}

/** The weeks parameter: whole weeks from 1 to 52, or the property's default when absent. */
export function parseWeeks(value: unknown): { ok: true; weeks: number } | { ok: false; message: string } {
    const text = value === null || value === undefined ? '' : String(value).trim()
    if (!text) return { ok: true, weeks: historyWeeks() }
    if (!/^\d{1,2}$/.test(text) || Number(text) < 1 || Number(text) > 52) return { ok: false, message: `weeks must be a whole number from 1 to 52; got "${text.slice(0, 40)}".` }
    return { ok: true, weeks: Number(text) }
}

/** Everything the dashboard shows, for the session user if they are an analyst or administrator of the app. */
export function dashboardData(weeksParam?: unknown): DashboardResult {
    if (!gs.hasRole(DASHBOARD_ROLE)) return { ok: false, status: 403, message: 'The analyst dashboard is for analysts and administrators of Persona Service Management.' }
    const weeks = parseWeeks(weeksParam)
    if (!weeks.ok) return { ok: false, status: 400, message: weeks.message }
    const now = nowMs()
    const d = personaDistribution()
    const c = personaCosts()
    const report = lastWeek(now)
    return {
        ok: true,
        view: {
            asOf: report.asOf,
            weeks: weeks.weeks,
            kpis: kpis(d, c, report),
            worstServed: worstServedText(report),
            sections: [
                distributionSection(d),
                costSection(c),
                changesSection(personaChangesByWeek(weeks.weeks, now), recentPersonaChanges(RECENT_CHANGES)),
                xlaSection(report, attainmentHistory(weeks.weeks, now)),
            ],
        },
    }
}
