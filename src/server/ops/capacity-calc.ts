import { DIMENSIONS, DIMENSION_LABELS, type Dimension, type Rankings } from '../persona/dimensions.ts'

/*
 * Demand of a persona population on a service, with no Glide calls (unit-tested in tests/unit/ops-capacity.test.ts,
 * benchmarked in bench/ops-capacity.ts).
 *
 * A service's demand factors say how much one user of a given ranking on a dimension asks of the service (a
 * Virtual/Mobile 4 user holds 0.9 of a VPN seat at the busy hour). A user's demand is the combination of their
 * persona's rankings' factors (added, or the largest for a thing needed once such as a licence); the service's
 * demand is the sum over users, computed per persona (users of a persona share its rankings): Σ headcount ×
 * per-user demand.
 */

export interface DemandFactor {
    dimension: Dimension
    ranking: number
    perUser: number
}

export type Combine = 'sum' | 'max'

export interface ServiceCapacity {
    id: string
    serviceId: string
    service: string
    capacity: number
    unit: string
    thresholdPct: number
    combine: Combine
    breached: boolean
    factors: DemandFactor[]
}

export interface PersonaHeadcount {
    personaId: string
    persona: string
    rankings: Rankings
    users: number
}

export interface PersonaDemand {
    personaId: string
    persona: string
    users: number
    perUser: number
    demand: number
}

export interface ServiceDemand {
    demand: number
    byPersona: PersonaDemand[]
}

/** The factor table of a service as dimension → ranking → demand per user (a missing ranking asks nothing). */
export type FactorTable = Partial<Record<Dimension, Record<number, number>>>

export function factorTable(factors: readonly DemandFactor[]): FactorTable {
    const table: FactorTable = {}
    for (const f of factors) {
        const row = table[f.dimension] ?? (table[f.dimension] = {})
        row[f.ranking] = f.perUser
    }
    return table
}

/** One user's demand on the service from their persona's rankings. */
export function perUserDemand(table: FactorTable, rankings: Rankings, combine: Combine): number {
    let total = 0
    for (const d of DIMENSIONS) {
        const row = table[d]
        if (!row) continue
        const value = row[rankings[d]] ?? 0
        total = combine === 'max' ? Math.max(total, value) : total + value
    }
    return total
}

/** The service's demand: Σ over personas of headcount × per-user demand. */
export function serviceDemand(service: Pick<ServiceCapacity, 'factors' | 'combine'>, headcounts: readonly PersonaHeadcount[]): ServiceDemand {
    const table = factorTable(service.factors)
    const byPersona: PersonaDemand[] = []
    let demand = 0
    for (const h of headcounts) {
        const perUser = perUserDemand(table, h.rankings, service.combine)
        const d = perUser * h.users
        demand += d
        byPersona.push({ personaId: h.personaId, persona: h.persona, users: h.users, perUser, demand: d })
    }
    byPersona.sort((a, b) => b.demand - a.demand || a.persona.localeCompare(b.persona))
    return { demand, byPersona }
}

/** The dimensions a service's demand comes from (what "depends most" on it is measured by). */
export function relevantDimensions(factors: readonly DemandFactor[]): Dimension[] {
    return DIMENSIONS.filter((d) => factors.some((f) => f.dimension === d && f.perUser > 0))
}

/** Least-squares line through (0, y0), (1, y1) … : slope per step and intercept. A single point is flat. */
export function linearTrend(points: readonly number[]): { slope: number; intercept: number } {
    const n = points.length
    if (n === 0) return { slope: 0, intercept: 0 }
    if (n === 1) return { slope: 0, intercept: points[0] }
    const meanX = (n - 1) / 2
    const meanY = points.reduce((s, y) => s + y, 0) / n
    let sxy = 0
    let sxx = 0
    for (let x = 0; x < n; x++) {
        sxy += (x - meanX) * (points[x] - meanY)
        sxx += (x - meanX) * (x - meanX)
    }
    const slope = sxy / sxx
    return { slope, intercept: meanY - slope * meanX }
}

/**
 * A persona's headcount `horizon` weeks ahead from its net weekly changes (oldest week first, the current week
 * last): the weekly headcounts are rebuilt backwards from today's (a week's net change is undone to get the
 * week before), a straight line is fitted through them and followed `horizon` weeks on from today's figure.
 * Never below zero.
 */
export function forecastHeadcount(current: number, weeklyNet: readonly number[], horizon: number): number {
    const series = [current]
    for (let i = weeklyNet.length - 1; i >= 0; i--) series.unshift(series[0] - weeklyNet[i])
    const { slope } = linearTrend(series)
    return Math.max(0, current + slope * horizon)
}

export type Crossing = 'breached' | 'cleared' | 'none'

/**
 * Whether this check crosses the threshold: 'breached' the first time demand reaches it (the alert fires once),
 * 'cleared' when it falls below again (the alert re-arms), 'none' otherwise. A capacity of 0 or less with any
 * demand is above any threshold.
 */
export function crossing(demand: number, capacity: number, thresholdPct: number, wasBreached: boolean): Crossing {
    const above = capacity > 0 ? (demand / capacity) * 100 >= thresholdPct : demand > 0
    if (above && !wasBreached) return 'breached'
    if (!above && wasBreached) return 'cleared'
    return 'none'
}

export function utilisationPct(demand: number, capacity: number): number {
    return capacity > 0 ? Math.round((demand / capacity) * 1000) / 10 : 0
}

export function round1(n: number): number {
    return Math.round(n * 10) / 10
}

/** "Telecommuter 120 users × 0.9 = 108; Virtual Executive …": the breakdown an owner reads in the alert. */
export function demandSummary(d: ServiceDemand, unit: string): string {
    return d.byPersona
        .filter((p) => p.demand > 0)
        .map((p) => `${p.persona}: ${p.users} users × ${round1(p.perUser)} = ${round1(p.demand)} ${unit}`)
        .join('\n')
}

export function dimensionLabel(d: Dimension): string {
    return DIMENSION_LABELS[d]
}
