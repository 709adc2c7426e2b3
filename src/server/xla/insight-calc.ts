/*
 * The figures of the admin's view (persona demand and cost), computed from counts already read
 * (insight.ts reads them). Pure: the admin pages, the scripted REST API and the tests all see the
 * same numbers because they all come from here.
 */
import { memberMonthlyCost } from '../catalog/money.ts'

export const NO_PERSONA = '(no persona)'
export const NO_DEPARTMENT = '(no department)'

export interface PersonaInfo {
    sysId: string
    name: string
    /** Base monthly cost of the persona's bundle, per member. */
    monthlyCost: number
    order: number
}

export interface NamedRef {
    sysId: string
    name: string
}

/** Active users with one persona in one department ('' for none). */
export interface MemberCount {
    personaId: string
    departmentId: string
    users: number
}

export interface DistributionRow {
    personaId: string
    persona: string
    users: number
    /** Users per department name, in `departments` order. */
    byDepartment: number[]
}

export interface Distribution {
    departments: string[]
    rows: DistributionRow[]
    /** Users per department, in `departments` order. */
    departmentTotals: number[]
    total: number
}

function round2(n: number): number {
    return Math.round(n * 100) / 100
}

function nameOf(refs: readonly NamedRef[], id: string, none: string): string {
    if (!id) return none
    for (const r of refs) if (r.sysId === id) return r.name
    return none
}

/** Department names in alphabetical order, the users without a department last. */
function departmentNames(counts: readonly MemberCount[], departments: readonly NamedRef[]): string[] {
    const names: string[] = []
    for (const c of counts) {
        const name = nameOf(departments, c.departmentId, NO_DEPARTMENT)
        if (names.indexOf(name) < 0) names.push(name)
    }
    return names.sort((a, b) => (a === NO_DEPARTMENT ? 1 : b === NO_DEPARTMENT ? -1 : a.localeCompare(b)))
}

/**
 * Users per persona (personas in their order, then users without one) and per department. Every
 * persona is listed, with 0 when nobody has it: an empty persona is news for capacity planning.
 */
export function distribution(counts: readonly MemberCount[], personas: readonly PersonaInfo[], departments: readonly NamedRef[]): Distribution {
    const depts = departmentNames(counts, departments)
    const ordered = personas.slice().sort((a, b) => a.order - b.order || a.name.localeCompare(b.name))
    const rows: DistributionRow[] = ordered.map((p) => ({ personaId: p.sysId, persona: p.name, users: 0, byDepartment: depts.map(() => 0) }))
    const known: { [id: string]: DistributionRow } = {}
    for (const r of rows) known[r.personaId] = r
    let none: DistributionRow | null = null
    for (const c of counts) {
        let row = known[c.personaId]
        if (!row) {
            none ??= { personaId: '', persona: NO_PERSONA, users: 0, byDepartment: depts.map(() => 0) }
            row = none
        }
        row.users += c.users
        row.byDepartment[depts.indexOf(nameOf(departments, c.departmentId, NO_DEPARTMENT))] += c.users
    }
    if (none) rows.push(none)
    const departmentTotals = depts.map((_, i) => rows.reduce((s, r) => s + r.byDepartment[i], 0))
    return { departments: depts, rows, departmentTotals, total: rows.reduce((s, r) => s + r.users, 0) }
}

export interface PersonaCostRow {
    personaId: string
    persona: string
    members: number
    /** The persona's base monthly cost per member. */
    personaCost: number
    /** Sum of the active bundled offerings' monthly costs, per member. */
    bundledCost: number
    bundledOfferings: number
    /** personaCost + bundledCost. */
    perMember: number
    /** members × perMember. */
    projected: number
}

export interface DepartmentCostRow {
    department: string
    members: number
    /** Projected monthly cost per persona, in the report's persona order. */
    byPersona: number[]
    projected: number
}

export interface CostReport {
    personas: PersonaCostRow[]
    departments: DepartmentCostRow[]
    total: number
    /** Active users without a persona: provisioned nothing through the app, so they cost nothing here. */
    unassigned: number
}

export interface BundleCost {
    total: number
    offerings: number
}

/**
 * Projected monthly cost: each member of a persona costs the persona's base cost plus its bundled
 * offerings' monthly costs; per persona and per department, members × that per-member cost.
 */
export function costProjection(dist: Distribution, personas: readonly PersonaInfo[], bundles: { [personaId: string]: BundleCost }): CostReport {
    const byId: { [id: string]: PersonaInfo } = {}
    for (const p of personas) byId[p.sysId] = p
    const priced = dist.rows.filter((r) => !!r.personaId && !!byId[r.personaId])
    const rows: PersonaCostRow[] = priced.map((r) => {
        const p = byId[r.personaId]
        const bundle = bundles[r.personaId] ?? { total: 0, offerings: 0 }
        // The one price model (catalog/money.ts): base cost plus the bundled services, a month, per member.
        const perMember = memberMonthlyCost(p.monthlyCost, [bundle.total])
        return {
            personaId: r.personaId,
            persona: r.persona,
            members: r.users,
            personaCost: round2(p.monthlyCost),
            bundledCost: round2(bundle.total),
            bundledOfferings: bundle.offerings,
            perMember,
            projected: round2(r.users * perMember),
        }
    })
    const departments: DepartmentCostRow[] = dist.departments.map((department, i) => {
        const byPersona = priced.map((r, j) => round2(r.byDepartment[i] * rows[j].perMember))
        return { department, members: priced.reduce((s, r) => s + r.byDepartment[i], 0), byPersona, projected: round2(byPersona.reduce((s, v) => s + v, 0)) }
    })
    const unassigned = dist.rows.filter((r) => !r.personaId || !byId[r.personaId]).reduce((s, r) => s + r.users, 0)
    return { personas: rows, departments, total: round2(rows.reduce((s, r) => s + r.projected, 0)), unassigned }
}
