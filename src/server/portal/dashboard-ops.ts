import { GlideAggregate, GlideDateTime, gs } from '@servicenow/glide'
import { DASHBOARD_ROLE, type DashboardFigure, type DashboardSection } from './dashboard.ts'
import { barChart, type BarChart } from './charts.ts'
import { viewTable, type DataTable } from './data-table.ts'
import { capacityReport, type CapacityReport } from '../ops/capacity.ts'
import { currentOutages, type OutageImpact } from '../ops/availability.ts'
import { postureGaps } from '../ops/security-posture.ts'
import { controlLabel, type PostureGap } from '../ops/security-calc.ts'
import { departmentNames, headcountsByDepartment, personas } from '../ops/population.ts'

/*
 * The "Service management by persona" row of the analyst dashboard (widget "PSM Service Management Dashboard"):
 * capacity (demand against capacity with the forecast, by persona and by department), outages under way and the
 * personas they reach, open incidents by the caller's persona and priority, and the users missing a control their
 * persona requires. Every chart has its table and every table its CSV, built from the same cells (data-table.ts).
 * For the app's analysts and administrators: checked here, on the server.
 */

export interface OpsView {
    asOf: string
    sections: DashboardSection[]
}

export type OpsResult = { ok: true; view: OpsView } | { ok: false; status: 403; message: string }

function figure(id: string, heading: string, table: DataTable, charts: BarChart[] = []): DashboardFigure {
    return { id, heading, charts, table: viewTable(table) }
}

export function capacitySection(r: CapacityReport): DashboardSection {
    const services: DataTable = {
        id: 'ops-capacity',
        caption: 'Demand against capacity per service',
        columns: [
            { label: 'Service' },
            { label: 'Unit' },
            { label: 'Capacity', format: 'decimal' },
            { label: 'Demand', format: 'decimal' },
            { label: 'Used', format: 'percent' },
            { label: `Forecast in ${r.horizonWeeks} weeks`, format: 'decimal' },
            { label: 'Forecast used', format: 'percent' },
            { label: 'Alert at', format: 'percent' },
        ],
        rows: r.services.map((s) => [s.service, s.unit, s.capacity, s.demand, s.utilisationPct, s.forecast, s.forecastUtilisationPct, s.thresholdPct]),
    }
    const personaNames = [...new Set(r.services.flatMap((s) => s.byPersona.map((p) => p.persona)))].sort()
    const byPersona: DataTable = {
        id: 'ops-capacity-by-persona',
        caption: 'Demand per service and persona',
        columns: [{ label: 'Service' }, ...personaNames.map((p) => ({ label: p, format: 'decimal' as const })), { label: 'Total', format: 'decimal' }],
        rows: r.services.map((s) => [s.service, ...personaNames.map((p) => Math.round((s.byPersona.find((b) => b.persona === p)?.demand ?? 0) * 10) / 10), s.demand]),
    }
    const departments = [...new Set(r.services.flatMap((s) => s.byDepartment.map((d) => d.department)))].sort()
    const byDepartment: DataTable = {
        id: 'ops-capacity-by-department',
        caption: 'Demand per service and department',
        columns: [{ label: 'Service' }, ...departments.map((d) => ({ label: d, format: 'decimal' as const })), { label: 'Total', format: 'decimal' }],
        rows: r.services.map((s) => [s.service, ...departments.map((d) => s.byDepartment.find((b) => b.department === d)?.demand ?? 0), s.demand]),
    }
    const used = barChart({
        id: 'chart-ops-capacity',
        title: 'Share of capacity used now and forecast',
        bars: r.services.flatMap((s) => [
            { label: s.service, value: s.utilisationPct, text: `${s.utilisationPct} %` },
            { label: `${s.service} (forecast)`, value: s.forecastUtilisationPct, text: `${s.forecastUtilisationPct} %` },
        ]),
    })
    return {
        id: 'ops-capacity',
        heading: 'Capacity by persona',
        intro: `Demand is each persona's headcount times what one of its users asks of the service (the service's demand factors). The forecast follows the trend of persona changes over the last ${r.trendWeeks} weeks for ${r.horizonWeeks} weeks.`,
        figures: [figure('ops-capacity', 'Demand against capacity', services, [used]), figure('ops-capacity-by-persona', 'Demand by persona', byPersona), figure('ops-capacity-by-department', 'Demand by department', byDepartment)],
    }
}

export function availabilitySection(outages: readonly OutageImpact[], byDepartment: ReadonlyArray<{ department: string; persona: string; users: number }> = []): DashboardSection {
    const table: DataTable = {
        id: 'ops-outage-impact',
        caption: 'Personas reached by outages under way',
        columns: [{ label: 'Outage' }, { label: 'Configuration item' }, { label: 'Persona' }, { label: 'Users', format: 'int' }, { label: 'Depends by' }, { label: 'Target', format: 'percent' }, { label: 'Notice' }],
        rows: outages.flatMap((o) => o.personas.map((p) => [o.number, o.ci, p.persona, p.users, p.dependsBy, p.targetPct, p.notice])),
        total: ['Total', '', '', outages.reduce((n, o) => n + o.users, 0), '', null, ''],
    }
    const users = new Map<string, number>()
    for (const o of outages) for (const p of o.personas) users.set(p.persona, (users.get(p.persona) ?? 0) + p.users)
    const chart = barChart({ id: 'chart-ops-outage', title: 'Users affected per persona', bars: [...users.entries()].map(([label, value]) => ({ label, value, text: String(value) })) })
    return {
        id: 'ops-availability',
        heading: 'Outages by persona',
        intro: outages.length
            ? 'Each outage under way, the personas whose offerings its services deliver (directly or through what depends on the failed item), how many users they have and how much they depend on the service, most dependent first.'
            : 'No outage is under way.',
        figures: [
            figure('ops-outage-impact', 'Affected personas', table, outages.length ? [chart] : []),
            byDepartmentFigure('ops-outage-by-department', 'Affected users by department', 'Users reached by outages under way per department and persona', 'Users affected per department', byDepartment.map((r) => ({ department: r.department, persona: r.persona, n: r.users }))),
        ],
    }
}

export interface IncidentCount {
    persona: string
    department: string
    priority: string
    count: number
}

const NO_DEPARTMENT = '(no department)'

/** Open incidents per caller persona, caller department and priority: one GROUP BY. */
export function incidentCounts(): IncidentCount[] {
    const names = personas()
    const agg = new GlideAggregate('incident')
    agg.addQuery('active', '=', true)
    agg.addAggregate('COUNT', '')
    agg.groupBy('x_psm_persona_persona')
    agg.groupBy('caller_id.department')
    agg.groupBy('priority')
    agg.query()
    const rows: Array<IncidentCount & { departmentId: string }> = []
    while (agg.next()) {
        rows.push({
            persona: names.get(agg.getValue('x_psm_persona_persona') || '')?.name || '(no persona)',
            departmentId: agg.getValue('caller_id.department') || '',
            department: '',
            priority: agg.getValue('priority') || '',
            count: Number(agg.getAggregate('COUNT', '')) || 0,
        })
    }
    const departments = departmentNames([...new Set(rows.map((r) => r.departmentId))])
    return rows.map(({ departmentId, ...r }) => ({ ...r, department: departments.get(departmentId) || NO_DEPARTMENT }))
}

export interface ProblemCount {
    department: string
    persona: string
    problems: number
}

/**
 * Open problems per department and persona their incidents' callers come from: one GROUP BY of the linked
 * incidents by problem, caller department and caller persona; a problem counts once per department and persona.
 */
export function problemCounts(): ProblemCount[] {
    const names = personas()
    const agg = new GlideAggregate('incident')
    agg.addNotNullQuery('problem_id')
    agg.addQuery('problem_id.active', '=', true)
    agg.addAggregate('COUNT', '')
    agg.groupBy('problem_id')
    agg.groupBy('caller_id.department')
    agg.groupBy('x_psm_persona_persona')
    agg.query()
    const seen = new Map<string, Set<string>>()
    const departmentIds = new Set<string>()
    while (agg.next()) {
        const departmentId = agg.getValue('caller_id.department') || ''
        departmentIds.add(departmentId)
        const key = `${departmentId}\u0000${names.get(agg.getValue('x_psm_persona_persona') || '')?.name || '(no persona)'}`
        seen.set(key, (seen.get(key) ?? new Set<string>()).add(agg.getValue('problem_id') || ''))
    }
    const departments = departmentNames([...departmentIds])
    return [...seen.entries()].map(([key, problems]) => {
        const [departmentId, persona] = key.split('\u0000')
        return { department: departments.get(departmentId) || NO_DEPARTMENT, persona, problems: problems.size }
    })
}

/** A department × persona table of counts with row and column totals, and its bar chart per department. */
function byDepartmentFigure(id: string, heading: string, caption: string, chartTitle: string, cells: ReadonlyArray<{ department: string; persona: string; n: number }>): DashboardFigure {
    const departments = [...new Set(cells.map((c) => c.department))].sort()
    const personaNames = [...new Set(cells.map((c) => c.persona))].sort()
    const n = (d: string, p: string) => cells.filter((c) => c.department === d && c.persona === p).reduce((s, c) => s + c.n, 0)
    const rowTotal = (d: string) => personaNames.reduce((s, p) => s + n(d, p), 0)
    const table: DataTable = {
        id,
        caption,
        columns: [{ label: 'Department' }, ...personaNames.map((p) => ({ label: p, format: 'int' as const })), { label: 'Total', format: 'int' }],
        rows: departments.map((d) => [d, ...personaNames.map((p) => n(d, p)), rowTotal(d)]),
        total: ['Total', ...personaNames.map((p) => departments.reduce((s, d) => s + n(d, p), 0)), departments.reduce((s, d) => s + rowTotal(d), 0)],
    }
    const chart = barChart({ id: `chart-${id}`, title: chartTitle, bars: departments.map((d) => ({ label: d, value: rowTotal(d), text: String(rowTotal(d)) })) })
    return figure(id, heading, table, departments.length ? [chart] : [])
}

export function incidentSection(counts: readonly IncidentCount[], problems: readonly ProblemCount[] = []): DashboardSection {
    const PRIORITIES = ['1', '2', '3', '4', '5']
    const persona = [...new Set(counts.map((c) => c.persona))].sort()
    const n = (p: string, pr: string) => counts.filter((c) => c.persona === p && c.priority === pr).reduce((s, c) => s + c.count, 0)
    const table: DataTable = {
        id: 'ops-incidents-by-persona',
        caption: 'Open incidents per caller persona and priority',
        columns: [{ label: 'Persona' }, ...PRIORITIES.map((p) => ({ label: `P${p}`, format: 'int' as const })), { label: 'Total', format: 'int' }],
        rows: persona.map((p) => [p, ...PRIORITIES.map((pr) => n(p, pr)), PRIORITIES.reduce((s, pr) => s + n(p, pr), 0)]),
        total: ['Total', ...PRIORITIES.map((pr) => counts.filter((c) => c.priority === pr).reduce((s, c) => s + c.count, 0)), counts.reduce((s, c) => s + c.count, 0)],
    }
    const chart = barChart({ id: 'chart-ops-incidents', title: 'Open incidents per caller persona', bars: persona.map((p) => { const v = PRIORITIES.reduce((s, pr) => s + n(p, pr), 0); return { label: p, value: v, text: String(v) } }) })
    return {
        id: 'ops-incidents',
        heading: 'Incidents by persona',
        intro: 'Open incidents by the persona of their caller and their priority (persona incident rules may have raised it), and by the caller\'s department; open problems by the departments and personas their incidents come from.',
        figures: [
            figure('ops-incidents-by-persona', 'Open incidents', table, [chart]),
            byDepartmentFigure('ops-incidents-by-department', 'Open incidents by department', 'Open incidents per caller department and persona', 'Open incidents per caller department', counts.map((c) => ({ department: c.department, persona: c.persona, n: c.count }))),
            byDepartmentFigure('ops-problems-by-department', 'Open problems by department', 'Open problems per department and persona of their incidents\' callers', 'Open problems per department', problems.map((p) => ({ department: p.department, persona: p.persona, n: p.problems }))),
        ],
    }
}

export function securitySection(gaps: readonly PostureGap[]): DashboardSection {
    const users: DataTable = {
        id: 'ops-security-gaps',
        caption: 'Users missing a control their persona requires',
        columns: [{ label: 'User' }, { label: 'Persona' }, { label: 'Department' }, { label: 'Missing controls' }],
        rows: gaps.map((g) => [g.name, g.persona, g.department, g.missing.map(controlLabel).join(', ')]),
    }
    const perPersona = new Map<string, number>()
    for (const g of gaps) perPersona.set(g.persona, (perPersona.get(g.persona) ?? 0) + 1)
    const perDepartment = new Map<string, number>()
    for (const g of gaps) perDepartment.set(g.department || '(no department)', (perDepartment.get(g.department || '(no department)') ?? 0) + 1)
    const byDepartment: DataTable = {
        id: 'ops-security-by-department',
        caption: 'Users missing a required control per department',
        columns: [{ label: 'Department' }, { label: 'Users', format: 'int' }],
        rows: [...perDepartment.entries()].sort((a, b) => a[0].localeCompare(b[0])),
        total: ['Total', gaps.length],
    }
    const chart = barChart({ id: 'chart-ops-security', title: 'Users missing a required control per persona', bars: [...perPersona.entries()].map(([label, value]) => ({ label, value, text: String(value) })) })
    return {
        id: 'ops-security',
        heading: 'Security posture by persona',
        intro: 'Each persona requires controls (multi-factor authentication, device management, VPN …); a user is listed when none of the services delivered to them provides one of them.',
        figures: [figure('ops-security-gaps', 'Missing controls', users, [chart]), figure('ops-security-by-department', 'By department', byDepartment)],
    }
}

/** Users of the personas outages under way reach, per department (an outage's users counted once per outage): one GROUP BY. */
export function affectedByDepartment(outages: readonly OutageImpact[]): Array<{ department: string; persona: string; users: number }> {
    if (!outages.length) return []
    const rows = headcountsByDepartment()
    const names = departmentNames([...new Set(rows.map((r) => r.departmentId))])
    const out: Array<{ department: string; persona: string; users: number }> = []
    for (const o of outages) {
        const reached = new Set(o.personas.map((p) => p.personaId))
        for (const r of rows) if (reached.has(r.personaId)) out.push({ department: names.get(r.departmentId) || NO_DEPARTMENT, persona: r.persona, users: r.users })
    }
    return out
}

export function opsDashboardData(): OpsResult {
    if (!gs.hasRole(DASHBOARD_ROLE)) return { ok: false, status: 403, message: 'The analyst dashboard is for analysts and administrators of Persona Service Management.' }
    const asOf = new GlideDateTime().getValue()
    const outages = currentOutages(asOf)
    return {
        ok: true,
        view: {
            asOf,
            sections: [capacitySection(capacityReport()), availabilitySection(outages, affectedByDepartment(outages)), incidentSection(incidentCounts(), problemCounts()), securitySection(postureGaps())],
        },
    }
}
