import { GlideAggregate, GlideRecord } from '@servicenow/glide'
import { DIMENSIONS, DIMENSION_LABELS, type Rankings } from '../persona/dimensions.ts'
import { parseAmount } from '../catalog/money.ts'
import { costProjection, distribution, NO_PERSONA, type BundleCost, type CostReport, type Distribution, type MemberCount, type NamedRef, type PersonaInfo } from './insight-calc.ts'
import { formatDateTime, weeksEndingAt } from './time.ts'

/*
 * The admin's view of persona demand and cost, read from the instance with aggregates (a handful
 * of queries whatever the number of users). Shared by the scripted REST API
 * (/api/x_psm_persona/insight/…) and the analyst dashboard (/sp?id=psm_dashboard).
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
    // As the persona card and provisioning count them: bundled services on active items only.
    agg.addQuery('catalog_item.active', '=', true)
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

export interface PersonaChangeWeek {
    /** Monday 00:00 UTC, 'YYYY-MM-DD HH:MM:SS'. */
    start: string
    /** Exclusive; the last week ends now. */
    end: string
    total: number
    /** Changes into each persona that week, in the order of `personas`. */
    byPersona: number[]
}

export interface PersonaChangeTrend {
    /** The destination personas, in the personas' order ('(no persona)' last when someone lost theirs). */
    personas: string[]
    weeks: PersonaChangeWeek[]
}

/**
 * Persona assignments week by week (Monday to Monday, UTC), split by the persona people moved to:
 * one GROUP BY per week, whatever the number of users.
 */
export function personaChangesByWeek(weeks: number, endMs: number): PersonaChangeTrend {
    const buckets = weeksEndingAt(endMs, weeks)
    const all = personas()
    const names: string[] = all.map((p) => p.name)
    const index: { [personaId: string]: number } = {}
    all.forEach((p, i) => (index[p.sysId] = i))
    let noneIndex = -1
    const counted = buckets.map((b) => {
        const row: number[] = []
        const agg = new GlideAggregate('x_psm_persona_assignment')
        agg.addQuery('sys_created_on', '>=', formatDateTime(b.start))
        agg.addQuery('sys_created_on', '<', formatDateTime(b.end))
        agg.addAggregate('COUNT', '')
        agg.groupBy('to_persona')
        // psm-allow-query-in-loop: one GROUP BY per week (at most 52), whatever the number of users or assignments
        agg.query()
        while (agg.next()) {
            const id = agg.getValue('to_persona') || ''
            let i = id && index[id] !== undefined ? index[id] : -1
            if (i < 0) {
                if (noneIndex < 0) {
                    noneIndex = names.length
                    names.push(NO_PERSONA)
                }
                i = noneIndex
            }
            row[i] = (row[i] || 0) + (Number(agg.getAggregate('COUNT', '')) || 0)
        }
        return { b, row }
    })
    return {
        personas: names,
        weeks: counted.map(({ b, row }) => {
            const byPersona = names.map((_n, i) => row[i] || 0)
            return { start: formatDateTime(b.start), end: formatDateTime(b.end), total: byPersona.reduce((s, n) => s + n, 0), byPersona }
        }),
    }
}
