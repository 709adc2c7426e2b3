import { GlideAggregate, GlideRecord } from '@servicenow/glide'
import { DIMENSIONS, type Dimension } from '../persona/dimensions.ts'
import { parseAmount } from '../catalog/money.ts'
import { dependence, dependenceText, impactedCis, outageNotice, type Edge } from './availability-calc.ts'
import { personas } from './population.ts'

/*
 * Availability by persona on the instance: an outage (cmdb_ci_outage, type Outage or Degradation, begun and not
 * ended) of a CI reaches the services depending on it (cmdb_rel_ci "Depends on::Used by"), the persona offerings
 * those services deliver (x_psm_persona_offering_service) and the users of those personas.
 */

/** "Depends on::Used by": the same sys_id on every instance. */
export const DEPENDS_ON = '1a9cb166f1571100a92eb60da2bce5c5'

export interface AffectedPersona {
    personaId: string
    persona: string
    users: number
    /** "Virtual/Mobile 4": the persona's highest ranking on what the service's demand comes from. */
    dependsBy: string
    ranking: number
    targetPct: number | null
    notice: string
}

export interface OutageImpact {
    outageId: string
    number: string
    ci: string
    type: string
    services: string[]
    users: number
    personas: AffectedPersona[]
}

/** Every "Depends on" edge reaching `start`, level by level (one query per level of the service model). */
function dependsOnEdges(start: string): Edge[] {
    const edges: Edge[] = []
    const seen = new Set<string>([start])
    let frontier = [start]
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

/** Which personas an outage reaches, how many of their users, how much they depend on the service, and their notice. */
export function outageImpact(outageId: string): OutageImpact | null {
    const outage = new GlideRecord('cmdb_ci_outage')
    if (!outage.get(outageId)) return null
    const ci = outage.getValue('cmdb_ci') || ''
    const reached = impactedCis([ci], dependsOnEdges(ci))

    const link = new GlideRecord('x_psm_persona_offering_service')
    link.addQuery('service', 'IN', [...reached].join(','))
    link.addQuery('offering.active', true)
    link.query()
    const servicesOf = new Map<string, Set<string>>()
    const serviceNames = new Map<string, string>()
    while (link.next()) {
        const persona = link.getValue('offering.persona') || ''
        const service = link.getValue('service') || ''
        serviceNames.set(service, link.getDisplayValue('service'))
        servicesOf.set(persona, (servicesOf.get(persona) ?? new Set<string>()).add(service))
    }

    const relevant = new Set<Dimension>()
    const f = new GlideRecord('x_psm_persona_demand_factor')
    f.addQuery('service', 'IN', [...serviceNames.keys()].join(','))
    f.addQuery('per_user', '>', 0)
    f.query()
    while (f.next()) {
        const d = f.getValue('dimension') || ''
        if (isDimension(d)) relevant.add(d)
    }

    const users = new Map<string, number>()
    const agg = new GlideAggregate('sys_user')
    agg.addQuery('active', '=', true)
    agg.addQuery('x_psm_persona_persona', 'IN', [...servicesOf.keys()].join(','))
    agg.addAggregate('COUNT', '')
    agg.groupBy('x_psm_persona_persona')
    agg.query()
    while (agg.next()) users.set(agg.getValue('x_psm_persona_persona') || '', Number(agg.getAggregate('COUNT', '')) || 0)

    const targets = new Map<string, { pct: number | null; notice: string; specific: boolean }>()
    const t = new GlideRecord('x_psm_persona_availability_target')
    t.addQuery('persona', 'IN', [...servicesOf.keys()].join(','))
    t.query()
    while (t.next()) {
        const service = t.getValue('service') || ''
        if (service && !serviceNames.has(service)) continue
        const persona = t.getValue('persona') || ''
        const known = targets.get(persona)
        // A target for the affected service beats the persona's general one.
        if (known && known.specific && !service) continue
        targets.set(persona, { pct: parseAmount(t.getValue('target_pct')), notice: t.getValue('outage_notice') || '', specific: !!service })
    }

    const all = personas()
    const serviceList = [...serviceNames.values()].sort()
    const serviceText = serviceList.join(', ') || outage.getDisplayValue('cmdb_ci')
    const affected: AffectedPersona[] = []
    for (const personaId of servicesOf.keys()) {
        const p = all.get(personaId)
        if (!p) continue
        const dep = dependence(p.rankings, DIMENSIONS.filter((d) => relevant.has(d)))
        const target = targets.get(personaId)
        affected.push({
            personaId,
            persona: p.name,
            users: users.get(personaId) ?? 0,
            dependsBy: dependenceText(dep),
            ranking: dep.ranking,
            targetPct: target?.pct ?? null,
            notice: outageNotice(p.name, serviceText, dep, target?.notice),
        })
    }
    affected.sort((a, b) => b.ranking - a.ranking || b.users - a.users || a.persona.localeCompare(b.persona))
    return {
        outageId,
        number: outage.getValue('number') || '',
        ci: outage.getDisplayValue('cmdb_ci'),
        type: outage.getValue('type') || '',
        services: serviceList,
        users: affected.reduce((s, a) => s + a.users, 0),
        personas: affected,
    }
}

/** Outages under way (begun, not ended; planned outages excluded) with their impact, most users first. */
export function currentOutages(nowValue: string): OutageImpact[] {
    const gr = new GlideRecord('cmdb_ci_outage')
    gr.addQuery('type', '!=', 'planned')
    gr.addQuery('begin', '<=', nowValue)
    gr.addEncodedQuery(`endISEMPTY^ORend>${nowValue}`)
    gr.query()
    const ids: string[] = []
    while (gr.next()) ids.push(gr.getUniqueValue())
    // psm-allow-query-in-loop: per outage under way (a handful at a time)
    return ids.map((id) => outageImpact(id)).filter((o): o is OutageImpact => !!o).sort((a, b) => b.users - a.users)
}
