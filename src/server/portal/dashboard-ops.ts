import { GlideAggregate, GlideDateTime, gs } from '@servicenow/glide'
import { DASHBOARD_ROLE, type DashboardFigure, type DashboardSection } from './dashboard.ts'
import { barChart, type BarChart } from './charts.ts'
import { viewTable, type DataTable } from './data-table.ts'
import { capacityReport, type CapacityReport } from '../ops/capacity.ts'
import { currentOutages, type OutageImpact } from '../ops/availability.ts'
import { postureGaps } from '../ops/security-posture.ts'
import { controlLabel, type PostureGap } from '../ops/security-calc.ts'
import { personas } from '../ops/population.ts'

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

export function availabilitySection(outages: readonly OutageImpact[]): DashboardSection {
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
        figures: [figure('ops-outage-impact', 'Affected personas', table, outages.length ? [chart] : [])],
    }
}

/** Open incidents per caller persona and priority: one GROUP BY. */
export function incidentCounts(): Array<{ persona: string; priority: string; count: number }> {
    const names = personas()
    const agg = new GlideAggregate('incident')
    agg.addQuery('active', '=', true)
    agg.addAggregate('COUNT', '')
    agg.groupBy('x_psm_persona_persona')
    agg.groupBy('priority')
    agg.query()
    const out: Array<{ persona: string; priority: string; count: number }> = []
    while (agg.next()) out.push({ persona: names.get(agg.getValue('x_psm_persona_persona') || '')?.name || '(no persona)', priority: agg.getValue('priority') || '', count: Number(agg.getAggregate('COUNT', '')) || 0 })
    return out
}

export function incidentSection(counts: ReadonlyArray<{ persona: string; priority: string; count: number }>): DashboardSection {
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
    return { id: 'ops-incidents', heading: 'Incidents by persona', intro: 'Open incidents by the persona of their caller and their priority (persona incident rules may have raised it).', figures: [figure('ops-incidents-by-persona', 'Open incidents', table, [chart])] }
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

export function opsDashboardData(): OpsResult {
    if (!gs.hasRole(DASHBOARD_ROLE)) return { ok: false, status: 403, message: 'The analyst dashboard is for analysts and administrators of Persona Service Management.' }
    const asOf = new GlideDateTime().getValue()
    return {
        ok: true,
        view: { asOf, sections: [capacitySection(capacityReport()), availabilitySection(currentOutages(asOf)), incidentSection(incidentCounts()), securitySection(postureGaps())] },
    }
}
