import { GlideAggregate, GlideRecord } from '@servicenow/glide'
import { DIMENSIONS, type Dimension, type Rankings } from '../persona/dimensions.ts'
import { parseAmount } from '../catalog/money.ts'
import { dependence, dependenceText, impactedCis, outageNotice, type Edge } from './availability-calc.ts'
import { personas } from './population.ts'

/*
 * Availability by persona on the instance: an outage (cmdb_ci_outage, type Outage or Degradation, begun and not
 * ended) of a CI reaches the services depending on it (cmdb_rel_ci "Depends on::Used by"), the persona offerings
 * those services deliver (x_psm_persona_offering_service) and the users of those personas. Set-based: however
 * many outages are asked about, one query per table (and one per level of the service model), never one per
 * outage, persona or user.
 */

/** "Depends on::Used by": the same sys_id on every instance. */
export const DEPENDS_ON = '1a9cb166f1571100a92eb60da2bce5c5'

export interface AffectedPersona {
    personaId: string
    persona: string
    rankings: Rankings
    users: number
    /** "Virtual/Mobile 4": the persona's highest ranking on what the service's demand comes from. */
    dependsBy: string
    ranking: number
    targetPct: number | null
    notice: string
    /** What the administrator says the persona can use instead ('' when they wrote nothing). */
    workaround: string
}

export interface OutageImpact {
    outageId: string
    number: string
    ci: string
    type: string
    begin: string
    serviceIds: string[]
    services: string[]
    users: number
    personas: AffectedPersona[]
}

/** Every "Depends on" edge reaching any of `start`, level by level (one query per level of the service model). */
function dependsOnEdges(start: readonly string[]): Edge[] {
    const edges: Edge[] = []
    const seen = new Set<string>(start)
    let frontier = [...seen].filter((id) => !!id)
    while (frontier.length) {
        const rel = new GlideRecord('cmdb_rel_ci')
        rel.addQuery('type', DEPENDS_ON)
        rel.addQuery('child', 'IN', frontier.join(','))
        // psm-allow-query-in-loop: one query per level of the dependency graph, not per CI
        rel.query()
        const next: string[] = []
        while (rel.next()) {
            const parent = rel.getValue('parent') || ''
            edges.push({ parent, child: rel.getValue('child') || '' })
            if (!seen.has(parent)) {
                seen.add(parent)
                next.push(parent)
            }
        }
        frontier = next
    }
    return edges
}

function isDimension(v: string): v is Dimension {
    return (DIMENSIONS as readonly string[]).includes(v)
}

interface OutageRow {
    id: string
    number: string
    ciId: string
    ci: string
    type: string
    begin: string
}

interface Target {
    persona: string
    service: string
    pct: number | null
    notice: string
    workaround: string
}

/** Which personas each outage reaches, how many of their users, how much they depend on the service, and their notice. */
export function outageImpacts(outageIds: readonly string[]): OutageImpact[] {
    const ids = outageIds.filter((id) => !!id)
    if (!ids.length) return []
    const outages: OutageRow[] = []
    const o = new GlideRecord('cmdb_ci_outage')
    o.addQuery('sys_id', 'IN', ids.join(','))
    o.query()
    while (o.next()) {
        outages.push({ id: o.getUniqueValue(), number: o.getValue('number') || '', ciId: o.getValue('cmdb_ci') || '', ci: o.getDisplayValue('cmdb_ci'), type: o.getValue('type') || '', begin: o.getValue('begin') || '' })
    }
    if (!outages.length) return []
    const edges = dependsOnEdges(outages.map((x) => x.ciId))
    const reachedBy = new Map(outages.map((x) => [x.id, impactedCis([x.ciId], edges)]))
    const allReached = new Set<string>()
    for (const r of reachedBy.values()) for (const ci of r) allReached.add(ci)

    // service → personas whose active offerings it delivers
    const personasOf = new Map<string, Set<string>>()
    const serviceNames = new Map<string, string>()
    const link = new GlideRecord('x_psm_persona_offering_service')
    link.addQuery('service', 'IN', [...allReached].join(','))
    link.addQuery('offering.active', true)
    link.query()
    while (link.next()) {
        const persona = link.getValue('offering.persona') || ''
        const service = link.getValue('service') || ''
        serviceNames.set(service, link.getDisplayValue('service'))
        personasOf.set(service, (personasOf.get(service) ?? new Set<string>()).add(persona))
    }

    const relevantOf = new Map<string, Set<Dimension>>()
    const allPersonas = new Set<string>()
    for (const set of personasOf.values()) for (const p of set) allPersonas.add(p)
    if (serviceNames.size) {
        const f = new GlideRecord('x_psm_persona_demand_factor')
        f.addQuery('service', 'IN', [...serviceNames.keys()].join(','))
        f.addQuery('per_user', '>', 0)
        f.query()
        while (f.next()) {
            const d = f.getValue('dimension') || ''
            const service = f.getValue('service') || ''
            if (isDimension(d)) relevantOf.set(service, (relevantOf.get(service) ?? new Set<Dimension>()).add(d))
        }
    }

    const users = new Map<string, number>()
    const targets: Target[] = []
    if (allPersonas.size) {
        const agg = new GlideAggregate('sys_user')
        agg.addQuery('active', '=', true)
        agg.addQuery('x_psm_persona_persona', 'IN', [...allPersonas].join(','))
        agg.addAggregate('COUNT', '')
        agg.groupBy('x_psm_persona_persona')
        agg.query()
        while (agg.next()) users.set(agg.getValue('x_psm_persona_persona') || '', Number(agg.getAggregate('COUNT', '')) || 0)

        const t = new GlideRecord('x_psm_persona_availability_target')
        t.addQuery('persona', 'IN', [...allPersonas].join(','))
        t.query()
        while (t.next()) {
            targets.push({
                persona: t.getValue('persona') || '',
                service: t.getValue('service') || '',
                pct: parseAmount(t.getValue('target_pct')),
                notice: t.getValue('outage_notice') || '',
                workaround: t.getValue('workaround') || '',
            })
        }
    }

    const all = personas()
    return outages.map((out) => impactOf(out, reachedBy.get(out.id) ?? new Set<string>(), personasOf, serviceNames, relevantOf, users, targets, all))
}

function impactOf(
    out: OutageRow,
    reached: ReadonlySet<string>,
    personasOf: ReadonlyMap<string, ReadonlySet<string>>,
    serviceNames: ReadonlyMap<string, string>,
    relevantOf: ReadonlyMap<string, ReadonlySet<Dimension>>,
    users: ReadonlyMap<string, number>,
    targets: readonly Target[],
    all: ReturnType<typeof personas>,
): OutageImpact {
    const serviceIds = [...reached].filter((ci) => serviceNames.has(ci))
    const affectedIds = new Set<string>()
    const relevant = new Set<Dimension>()
    for (const s of serviceIds) {
        for (const p of personasOf.get(s) ?? []) affectedIds.add(p)
        for (const d of relevantOf.get(s) ?? []) relevant.add(d)
    }
    const serviceList = serviceIds.map((s) => serviceNames.get(s) || s).sort()
    const serviceText = serviceList.join(', ') || out.ci
    const affected: AffectedPersona[] = []
    for (const personaId of affectedIds) {
        const p = all.get(personaId)
        if (!p) continue
        // A target for an affected service beats the persona's general one (service empty).
        const own = targets.filter((t) => t.persona === personaId && (!t.service || reached.has(t.service)))
        const target = own.find((t) => !!t.service) ?? own.find((t) => !t.service)
        const dep = dependence(p.rankings, DIMENSIONS.filter((d) => relevant.has(d)))
        affected.push({
            personaId,
            persona: p.name,
            rankings: p.rankings,
            users: users.get(personaId) ?? 0,
            dependsBy: dependenceText(dep),
            ranking: dep.ranking,
            targetPct: target?.pct ?? null,
            notice: outageNotice(p.name, serviceText, dep, target?.notice),
            workaround: target?.workaround ?? '',
        })
    }
    affected.sort((a, b) => b.ranking - a.ranking || b.users - a.users || a.persona.localeCompare(b.persona))
    return {
        outageId: out.id,
        number: out.number,
        ci: out.ci,
        type: out.type,
        begin: out.begin,
        serviceIds,
        services: serviceList,
        users: affected.reduce((s, a) => s + a.users, 0),
        personas: affected,
    }
}

export function outageImpact(outageId: string): OutageImpact | null {
    return outageImpacts([outageId])[0] ?? null
}

/** The query of outages under way at `nowValue`: begun, not ended; planned outages excluded. */
export function addUnderWay(gr: GlideRecord, nowValue: string): void {
    gr.addQuery('type', '!=', 'planned')
    gr.addQuery('begin', '<=', nowValue)
    gr.addEncodedQuery(`endISEMPTY^ORend>${nowValue}`)
}

/** Outages under way with their impact, most users first. */
export function currentOutages(nowValue: string): OutageImpact[] {
    const gr = new GlideRecord('cmdb_ci_outage')
    addUnderWay(gr, nowValue)
    gr.query()
    const ids: string[] = []
    while (gr.next()) ids.push(gr.getUniqueValue())
    return outageImpacts(ids).sort((a, b) => b.users - a.users)
}
