import { GlideDateTime, GlideRecord, gs } from '@servicenow/glide'
import { DIMENSIONS, type Dimension } from '../persona/dimensions.ts'
import { parseAmount } from '../catalog/money.ts'
import { nowMs } from '../xla/attainment.ts'
import {
    crossing,
    demandSummary,
    forecastHeadcount,
    round1,
    serviceDemand,
    utilisationPct,
    type Combine,
    type DemandFactor,
    type PersonaDemand,
    type PersonaHeadcount,
    type ServiceCapacity,
} from './capacity-calc.ts'
import { departmentNames, headcounts, headcountsByDepartment, personas, weeklyNetChanges, type DepartmentHeadcount } from './population.ts'

/*
 * Capacity by persona on the instance: reads the capacity records and demand factors, the persona headcounts and
 * the persona-change history, and computes each service's demand now and its forecast (capacity-calc.ts). The
 * scheduled job "Persona capacity check" records the figures and queues x_psm_persona.capacity.breached for
 * the service owner (cmdb_ci_service.owned_by) once per crossing of the threshold.
 */

export const CAPACITY_BREACHED_EVENT = 'x_psm_persona.capacity.breached'
export const FORECAST_WEEKS_PROPERTY = 'x_psm_persona.capacity.trend_weeks'
export const HORIZON_WEEKS_PROPERTY = 'x_psm_persona.capacity.forecast_weeks'

export interface CapacityLine {
    id: string
    serviceId: string
    service: string
    ownerId: string
    unit: string
    capacity: number
    thresholdPct: number
    demand: number
    forecast: number
    utilisationPct: number
    forecastUtilisationPct: number
    byPersona: PersonaDemand[]
    byDepartment: Array<{ department: string; demand: number }>
    summary: string
}

export interface CapacityReport {
    trendWeeks: number
    horizonWeeks: number
    services: CapacityLine[]
}

function intProperty(name: string, fallback: number, min: number, max: number): number {
    const n = Number(gs.getProperty(name, String(fallback)))
    return Number.isInteger(n) && n >= min && n <= max ? n : fallback
}

function isDimension(v: string): v is Dimension {
    return (DIMENSIONS as readonly string[]).includes(v)
}

/** Every active capacity record with its service's demand factors: two queries. */
export function capacities(): Array<ServiceCapacity & { ownerId: string }> {
    const cap = new GlideRecord('x_psm_persona_service_capacity')
    cap.addQuery('active', true)
    cap.query()
    const out: Array<ServiceCapacity & { ownerId: string }> = []
    while (cap.next()) {
        out.push({
            id: cap.getUniqueValue(),
            serviceId: cap.getValue('service') || '',
            service: cap.getDisplayValue('service'),
            ownerId: cap.getValue('service.owned_by') || '',
            capacity: parseAmount(cap.getValue('capacity')) ?? 0,
            unit: cap.getValue('unit') || '',
            thresholdPct: Number(cap.getValue('threshold_pct')) || 90,
            combine: (cap.getValue('combine') === 'max' ? 'max' : 'sum') as Combine,
            breached: cap.getValue('breached') === '1' || cap.getValue('breached') === 'true',
            factors: [],
        })
    }
    out.sort((a, b) => a.service.localeCompare(b.service))
    if (!out.length) return out
    const byService = new Map<string, DemandFactor[]>()
    const f = new GlideRecord('x_psm_persona_demand_factor')
    f.addQuery('service', 'IN', out.map((c) => c.serviceId).join(','))
    f.query()
    while (f.next()) {
        const dimension = f.getValue('dimension') || ''
        if (!isDimension(dimension)) continue
        const list = byService.get(f.getValue('service') || '') ?? []
        list.push({ dimension, ranking: Number(f.getValue('ranking')) || 0, perUser: parseAmount(f.getValue('per_user')) ?? 0 })
        byService.set(f.getValue('service') || '', list)
    }
    for (const c of out) c.factors = byService.get(c.serviceId) ?? []
    return out
}

/** Headcounts `horizon` weeks ahead from each persona's trend. */
function forecastHeadcounts(current: readonly PersonaHeadcount[], trendWeeks: number, horizon: number, endMs: number): PersonaHeadcount[] {
    const net = weeklyNetChanges(trendWeeks, endMs)
    return current.map((h) => ({ ...h, users: forecastHeadcount(h.users, net.get(h.personaId) ?? [], horizon) }))
}

function byDepartment(c: ServiceCapacity, rows: readonly DepartmentHeadcount[], names: Map<string, string>): Array<{ department: string; demand: number }> {
    const totals = new Map<string, number>()
    for (const r of rows) {
        const d = serviceDemand(c, [r]).demand
        const name = names.get(r.departmentId) || '(no department)'
        totals.set(name, (totals.get(name) ?? 0) + d)
    }
    return [...totals.entries()].map(([department, demand]) => ({ department, demand: round1(demand) })).sort((a, b) => b.demand - a.demand || a.department.localeCompare(b.department))
}

/** Demand, forecast and utilisation of every active capacity record. */
export function capacityReport(endMs: number = nowMs()): CapacityReport {
    const trendWeeks = intProperty(FORECAST_WEEKS_PROPERTY, 8, 1, 52)
    const horizonWeeks = intProperty(HORIZON_WEEKS_PROPERTY, 4, 1, 52)
    const rows = headcountsByDepartment(personas())
    const current = headcounts(rows)
    const ahead = forecastHeadcounts(current, trendWeeks, horizonWeeks, endMs)
    const names = departmentNames([...new Set(rows.map((r) => r.departmentId))])
    const services = capacities().map((c): CapacityLine => {
        const now = serviceDemand(c, current)
        const forecast = serviceDemand(c, ahead).demand
        return {
            id: c.id,
            serviceId: c.serviceId,
            service: c.service,
            ownerId: c.ownerId,
            unit: c.unit,
            capacity: c.capacity,
            thresholdPct: c.thresholdPct,
            demand: round1(now.demand),
            forecast: round1(forecast),
            utilisationPct: utilisationPct(now.demand, c.capacity),
            forecastUtilisationPct: utilisationPct(forecast, c.capacity),
            byPersona: now.byPersona,
            byDepartment: byDepartment(c, rows, names),
            summary: demandSummary(now, c.unit),
        }
    })
    return { trendWeeks, horizonWeeks, services }
}

/**
 * The scheduled check: records each service's demand and forecast, and on a crossing of the threshold sets
 * `breached` and queues the alert for the owner (once; it re-arms when demand falls below the threshold).
 * Returns the sys_ids of the capacity records that alerted.
 */
export function checkCapacity(endMs: number = nowMs()): string[] {
    const report = capacityReport(endMs)
    const lines = new Map(report.services.map((l) => [l.id, l]))
    const alerted: string[] = []
    const when = new GlideDateTime().getValue()
    if (!lines.size) return alerted
    // Set-based: one query for every capacity record checked, each then written once (the figures the owner reads).
    const gr = new GlideRecord('x_psm_persona_service_capacity')
    gr.addQuery('sys_id', 'IN', [...lines.keys()].join(','))
    gr.query()
    while (gr.next()) {
        const line = lines.get(gr.getUniqueValue())
        if (!line) continue
        const breached = gr.getValue('breached') === '1' || gr.getValue('breached') === 'true'
        const change = crossing(line.demand, line.capacity, line.thresholdPct, breached)
        gr.setValue('last_demand', line.demand)
        gr.setValue('last_forecast', line.forecast)
        gr.setValue('last_summary', line.summary.slice(0, 4000))
        gr.setValue('last_checked', when)
        if (change === 'breached') gr.setValue('breached', true)
        if (change === 'cleared') gr.setValue('breached', false)
        gr.update()
        if (change === 'breached') {
            gs.eventQueue(CAPACITY_BREACHED_EVENT, gr, line.ownerId, `${line.utilisationPct}`)
            alerted.push(line.id)
        }
    }
    return alerted
}

export function capacityCheckJob(): void {
    checkCapacity()
}
