import { GlideAggregate, GlideRecord } from '@servicenow/glide'
import { DIMENSIONS, DIMENSION_LABELS, type Rankings } from '../persona/dimensions.ts'
import { parseAmount } from '../catalog/money.ts'
import { costProjection, distribution, type BundleCost, type CostReport, type Distribution, type MemberCount, type NamedRef, type PersonaInfo } from './insight-calc.ts'

/*
 * The admin's view of persona demand and cost, read from the instance with aggregates (a handful
 * of queries whatever the number of users). Shared by the scripted REST API
 * (/api/x_psm_persona/insight/…) and the local instance's admin pages.
 */

function personas(): PersonaInfo[] {
    const gr = new GlideRecord('x_psm_persona_persona')
    gr.orderBy('order')
    gr.orderBy('name')
    gr.query()
    const out: PersonaInfo[] = []
    while (gr.next()) out.push({ sysId: gr.getUniqueValue(), name: gr.getValue('name') || '', monthlyCost: parseAmount(gr.getValue('monthly_cost')) ?? 0, order: parseAmount(gr.getValue('order')) ?? 100 })
    return out
}

/** Active users per persona and department: one GROUP BY. */
function memberCounts(): MemberCount[] {
    const agg = new GlideAggregate('sys_user')
    agg.addQuery('active', '=', true)
    agg.addAggregate('COUNT', '')
    agg.groupBy('x_psm_persona_persona')
    agg.groupBy('department')
    agg.query()
    const out: MemberCount[] = []
    while (agg.next()) out.push({ personaId: agg.getValue('x_psm_persona_persona') || '', departmentId: agg.getValue('department') || '', users: Number(agg.getAggregate('COUNT', '')) || 0 })
    return out
}

function departments(ids: readonly string[]): NamedRef[] {
    const wanted = ids.filter((id) => !!id)
    if (!wanted.length) return []
    const gr = new GlideRecord('cmn_department')
    gr.addQuery('sys_id', 'IN', wanted.join(','))
    gr.query()
    const out: NamedRef[] = []
    while (gr.next()) out.push({ sysId: gr.getUniqueValue(), name: gr.getValue('name') || gr.getUniqueValue() })
    return out
}

/** Sum and number of each persona's active bundled offerings: one GROUP BY. */
function bundles(): { [personaId: string]: BundleCost } {
    const agg = new GlideAggregate('x_psm_persona_offering')
    agg.addQuery('active', '=', true)
    agg.addQuery('bundled', '=', true)
    agg.addAggregate('SUM', 'monthly_cost')
    agg.addAggregate('COUNT', '')
    agg.groupBy('persona')
    agg.query()
    const out: { [personaId: string]: BundleCost } = {}
    while (agg.next()) out[agg.getValue('persona') || ''] = { total: parseAmount(agg.getAggregate('SUM', 'monthly_cost')) ?? 0, offerings: Number(agg.getAggregate('COUNT', '')) || 0 }
    return out
}

/** Users per persona, by department. */
export function personaDistribution(): Distribution {
    const counts = memberCounts()
    return distribution(counts, personas(), departments(counts.map((c) => c.departmentId)))
}

/** Projected monthly cost per persona and department: members × (persona cost + bundled offerings). */
export function personaCosts(): CostReport {
    const all = personas()
    const counts = memberCounts()
    return costProjection(distribution(counts, all, departments(counts.map((c) => c.departmentId))), all, bundles())
}

export interface PersonaProfile {
    sysId: string
    name: string
    description: string
    active: boolean
    rankings: Rankings
    /** The dimension labels, in DIMENSIONS order. */
    labels: string[]
}

/** Every persona's profile: its five rankings. */
export function personaProfiles(): PersonaProfile[] {
    const gr = new GlideRecord('x_psm_persona_persona')
    gr.orderBy('order')
    gr.orderBy('name')
    gr.query()
    const out: PersonaProfile[] = []
    while (gr.next()) {
        const rankings = {} as Rankings
        for (const d of DIMENSIONS) rankings[d] = Number(gr.getValue(d)) || 0
        out.push({
            sysId: gr.getUniqueValue(),
            name: gr.getValue('name') || '',
            description: gr.getValue('description') || '',
            active: gr.getValue('active') !== '0' && gr.getValue('active') !== 'false',
            rankings,
            labels: DIMENSIONS.map((d) => DIMENSION_LABELS[d]),
        })
    }
    return out
}

export interface PersonaChange {
    sysId: string
    when: string
    userId: string
    user: string
    department: string
    from: string
    to: string
    reason: string
    distance: number | null
    margin: number | null
    explanation: string
}

/** The most recent persona assignments, newest first, with the explanation scoring gave. */
export function recentPersonaChanges(limit = 50): PersonaChange[] {
    const gr = new GlideRecord('x_psm_persona_assignment')
    gr.orderByDesc('sys_created_on')
    gr.setLimit(Math.max(1, Math.min(500, Math.floor(limit) || 50)))
    gr.query()
    const out: PersonaChange[] = []
    while (gr.next()) {
        out.push({
            sysId: gr.getUniqueValue(),
            when: gr.getValue('sys_created_on') || '',
            userId: gr.getValue('user') || '',
            user: gr.getDisplayValue('user'),
            department: gr.getDisplayValue('user.department'),
            from: gr.getDisplayValue('from_persona'),
            to: gr.getDisplayValue('to_persona'),
            reason: gr.getValue('reason') || '',
            distance: parseAmount(gr.getValue('distance')),
            margin: parseAmount(gr.getValue('margin')),
            explanation: gr.getValue('explanation') || '',
        })
    }
    return out
}
