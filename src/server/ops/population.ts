import { GlideAggregate, GlideRecord } from '@servicenow/glide'
import { DIMENSIONS, type Rankings } from '../persona/dimensions.ts'
import type { PersonaHeadcount } from './capacity-calc.ts'
import { formatDateTime, WEEK_MS } from '../xla/time.ts'

/*
 * Who uses the services: active users per persona (and per department), with the persona's rankings, and the
 * persona changes per week from the assignment history (x_psm_persona_assignment). A few aggregates, whatever
 * the number of users.
 */

export interface PersonaRef {
    sysId: string
    name: string
    rankings: Rankings
}

export function personas(): Map<string, PersonaRef> {
    const gr = new GlideRecord('x_psm_persona_persona')
    gr.orderBy('order')
    gr.orderBy('name')
    gr.query()
    const out = new Map<string, PersonaRef>()
    while (gr.next()) {
        const rankings = {} as Rankings
        for (const d of DIMENSIONS) rankings[d] = Number(gr.getValue(d)) || 1
        out.set(gr.getUniqueValue(), { sysId: gr.getUniqueValue(), name: gr.getValue('name') || '', rankings })
    }
    return out
}

export interface DepartmentHeadcount extends PersonaHeadcount {
    departmentId: string
}

/** Active users with a persona, per persona and department: one GROUP BY. */
export function headcountsByDepartment(all: Map<string, PersonaRef> = personas()): DepartmentHeadcount[] {
    const agg = new GlideAggregate('sys_user')
    agg.addQuery('active', '=', true)
    agg.addNotNullQuery('x_psm_persona_persona')
    agg.addAggregate('COUNT', '')
    agg.groupBy('x_psm_persona_persona')
    agg.groupBy('department')
    agg.query()
    const out: DepartmentHeadcount[] = []
    while (agg.next()) {
        const p = all.get(agg.getValue('x_psm_persona_persona') || '')
        if (!p) continue
        out.push({ personaId: p.sysId, persona: p.name, rankings: p.rankings, users: Number(agg.getAggregate('COUNT', '')) || 0, departmentId: agg.getValue('department') || '' })
    }
    return out
}

/** Active users per persona, summed over departments. */
export function headcounts(byDepartment: readonly DepartmentHeadcount[]): PersonaHeadcount[] {
    const out = new Map<string, PersonaHeadcount>()
    for (const h of byDepartment) {
        const found = out.get(h.personaId)
        if (found) found.users += h.users
        else out.set(h.personaId, { personaId: h.personaId, persona: h.persona, rankings: h.rankings, users: h.users })
    }
    return [...out.values()]
}

export function departmentNames(ids: readonly string[]): Map<string, string> {
    const out = new Map<string, string>()
    const wanted = ids.filter((id) => !!id)
    if (!wanted.length) return out
    const gr = new GlideRecord('cmn_department')
    gr.addQuery('sys_id', 'IN', wanted.join(','))
    gr.query()
    while (gr.next()) out.set(gr.getUniqueValue(), gr.getValue('name') || gr.getUniqueValue())
    return out
}

/**
 * Net persona changes per persona and week, oldest week first, over the `weeks` weeks ending at `endMs`: a
 * change into a persona counts +1 for it, out of it −1. Two GROUP BYs per week (into, out of).
 */
export function weeklyNetChanges(weeks: number, endMs: number): Map<string, number[]> {
    const out = new Map<string, number[]>()
    const add = (persona: string, week: number, n: number) => {
        if (!persona) return
        const series = out.get(persona) ?? new Array<number>(weeks).fill(0)
        series[week] += n
        out.set(persona, series)
    }
    for (let w = 0; w < weeks; w++) {
        const start = formatDateTime(endMs - (weeks - w) * WEEK_MS)
        const end = formatDateTime(endMs - (weeks - w - 1) * WEEK_MS)
        for (const [field, sign] of [['to_persona', 1], ['from_persona', -1]] as const) {
            const agg = new GlideAggregate('x_psm_persona_assignment')
            agg.addQuery('sys_created_on', '>=', start)
            agg.addQuery('sys_created_on', '<', end)
            agg.addAggregate('COUNT', '')
            agg.groupBy(field)
            // psm-allow-query-in-loop: one aggregate per week and direction (weeks is small), not per record
            agg.query()
            while (agg.next()) add(agg.getValue(field) || '', w, sign * (Number(agg.getAggregate('COUNT', '')) || 0))
        }
    }
    return out
}
