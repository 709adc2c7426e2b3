import { gs, GlideAggregate, GlideDateTime, GlideRecord } from '@servicenow/glide'
import { glideDateTimeMs, usageFreshness } from '../persona/usage-freshness.ts'
import { usageMaxAgeDays } from '../persona/usage-import.ts'
import { barChart } from './charts.ts'
import type { DashboardFigure, DashboardSection } from './dashboard.ts'
import { viewTable, type DataTable } from './data-table.ts'

/*
 * The analyst dashboard's governance sections (widget "PSM Dashboard: Usage data and exceptions", a row
 * of its own on psm_dashboard): usage data that is stale (older than x_psm_persona.usage.max_age_days)
 * or missing (unscored profiles), per persona and department with the oldest listed; the service
 * exceptions (who, what, why, who decided, until when); and the persona proposals (who proposed, who
 * decided). Every table comes with its CSV, built from the same cells (data-table.ts). For the app's
 * analysts and administrators only, checked here on every call.
 */

export const GOVERNANCE_ROLE = 'x_psm_persona.analyst'
/** How many flagged profiles, exceptions and proposals the lists show (the counts cover all). */
export const LIST_LIMIT = 50
const NO_PERSONA = '(no persona)'
const NO_DEPARTMENT = '(no department)'

export interface GovernanceView {
    asOf: string
    maxAgeDays: number
    sections: DashboardSection[]
}

export type GovernanceResult = { ok: true; view: GovernanceView } | { ok: false; status: 403; message: string }

interface Counts {
    profiles: number
    stale: number
    none: number
}

interface Flagged {
    user: string
    userName: string
    persona: string
    state: 'stale' | 'none'
    usageOn: string
    ageDays: number | null
    source: string
}

function figure(id: string, heading: string, table: DataTable, charts: DashboardFigure['charts'] = []): DashboardFigure {
    return { id, heading, charts, table: viewTable(table) }
}

function personaNames(): Map<string, string> {
    const out = new Map<string, string>()
    const gr = new GlideRecord('x_psm_persona_persona')
    gr.query()
    while (gr.next()) out.set(gr.getUniqueValue(), gr.getValue('name') || '')
    return out
}

/** Profiles per persona: one GROUP BY. */
function profilesPerPersona(): Map<string, number> {
    const out = new Map<string, number>()
    const agg = new GlideAggregate('x_psm_persona_profile')
    agg.addAggregate('COUNT', '')
    agg.groupBy('persona')
    agg.query()
    while (agg.next()) out.set(agg.getValue('persona') || '', Number(agg.getAggregate('COUNT', '')) || 0)
    return out
}

/** Active users per department: one GROUP BY. */
function usersPerDepartment(): Map<string, number> {
    const out = new Map<string, number>()
    const agg = new GlideAggregate('sys_user')
    agg.addQuery('active', '=', true)
    agg.addAggregate('COUNT', '')
    agg.groupBy('department')
    agg.query()
    while (agg.next()) out.set(agg.getValue('department') || '', Number(agg.getAggregate('COUNT', '')) || 0)
    return out
}

/** Profiles whose usage data is missing or older than the cutoff, oldest data first (missing last). */
function flaggedProfiles(cutoff: string, nowMs: number, maxAgeDays: number): Flagged[] {
    const gr = new GlideRecord('x_psm_persona_profile')
    gr.addEncodedQuery(`usage_onISEMPTY^ORusage_on<${cutoff}`)
    gr.orderBy('usage_on')
    gr.query()
    const out: Flagged[] = []
    while (gr.next()) {
        const f = usageFreshness(gr.getValue('usage_on'), nowMs, maxAgeDays)
        if (f.state === 'fresh') continue
        out.push({
            user: gr.getValue('user') || '',
            userName: '',
            persona: gr.getValue('persona') || '',
            state: f.state,
            usageOn: (gr.getValue('usage_on') || '').slice(0, 10),
            ageDays: f.ageDays,
            source: gr.getValue('usage_source') || '',
        })
    }
    // Empty dates sort first in the query: the stale ones (oldest first) lead, the unscored follow.
    return out.filter((f) => f.state === 'stale').concat(out.filter((f) => f.state === 'none'))
}

/** Each user's name and department, in chunks of 500 ids (a few queries for thousands of users). */
function usersOf(ids: readonly string[]): Map<string, { name: string; department: string }> {
    const out = new Map<string, { name: string; department: string }>()
    for (let i = 0; i < ids.length; i += 500) {
        const gr = new GlideRecord('sys_user')
        gr.addQuery('sys_id', 'IN', ids.slice(i, i + 500).join(','))
        // psm-allow-query-in-loop: one query per 500 users, not per user
        gr.query()
        while (gr.next()) out.set(gr.getUniqueValue(), { name: gr.getValue('name') || gr.getValue('user_name') || '', department: gr.getValue('department') || '' })
    }
    return out
}

function departmentNames(ids: readonly string[]): Map<string, string> {
    const out = new Map<string, string>()
    const wanted = ids.filter((id) => !!id)
    if (!wanted.length) return out
    const gr = new GlideRecord('cmn_department')
    gr.addQuery('sys_id', 'IN', wanted.join(','))
    gr.query()
    while (gr.next()) out.set(gr.getUniqueValue(), gr.getValue('name') || '')
    return out
}

function bump(map: Map<string, Counts>, key: string, state: 'stale' | 'none'): void {
    const c = map.get(key) || { profiles: 0, stale: 0, none: 0 }
    c[state]++
    map.set(key, c)
}

export function usageSection(nowMs: number, maxAgeDays: number): DashboardSection {
    const cutoff = new GlideDateTime()
    cutoff.setValue(new Date(nowMs - maxAgeDays * 86400000).toISOString().slice(0, 19).replace('T', ' '))
    const flagged = flaggedProfiles(cutoff.getValue(), nowMs, maxAgeDays)
    const users = usersOf(flagged.map((f) => f.user))
    const perUserDept = usersPerDepartment()
    const deptIds: string[] = []
    perUserDept.forEach((_n, id) => deptIds.push(id))
    users.forEach((u) => {
        if (deptIds.indexOf(u.department) < 0) deptIds.push(u.department)
    })
    const depts = departmentNames(deptIds)
    const personas = personaNames()
    const byPersona = new Map<string, Counts>()
    profilesPerPersona().forEach((n, persona) => byPersona.set(persona, { profiles: n, stale: 0, none: 0 }))
    const byDept = new Map<string, Counts>()
    perUserDept.forEach((n, dept) => byDept.set(dept, { profiles: n, stale: 0, none: 0 }))
    for (const f of flagged) {
        bump(byPersona, f.persona, f.state)
        bump(byDept, (users.get(f.user) || { department: '' }).department, f.state)
    }
    const personaLabel = (id: string) => (id ? personas.get(id) || id : NO_PERSONA)
    const deptLabel = (id: string) => (id ? depts.get(id) || id : NO_DEPARTMENT)
    const rowsOf = (map: Map<string, Counts>, label: (id: string) => string) => {
        const out: Array<[string, number, number, number]> = []
        map.forEach((c, id) => out.push([label(id), c.profiles, c.stale, c.none]))
        return out.sort((a, b) => b[2] + b[3] - (a[2] + a[3]) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    }
    const total = (rows: Array<[string, number, number, number]>): [string, number, number, number] =>
        rows.reduce<[string, number, number, number]>((t, r) => ['Total', t[1] + r[1], t[2] + r[2], t[3] + r[3]], ['Total', 0, 0, 0])
    const pRows = rowsOf(byPersona, personaLabel)
    const dRows = rowsOf(byDept, deptLabel)
    const perPersona: DataTable = {
        id: 'usage-freshness-by-persona',
        caption: `Profiles with stale (older than ${maxAgeDays} days) or no usage data, per persona`,
        columns: [{ label: 'Persona' }, { label: 'Profiles', format: 'int' }, { label: 'Stale', format: 'int' }, { label: 'No usage data (unscored)', format: 'int' }],
        rows: pRows,
        total: total(pRows),
    }
    const perDept: DataTable = {
        id: 'usage-freshness-by-department',
        caption: 'Users with stale or no usage data, per department',
        columns: [{ label: 'Department' }, { label: 'Active users', format: 'int' }, { label: 'Stale', format: 'int' }, { label: 'No usage data (unscored)', format: 'int' }],
        rows: dRows,
        total: total(dRows),
    }
    const list: DataTable = {
        id: 'usage-flagged-profiles',
        caption: `The ${Math.min(LIST_LIMIT, flagged.length)} profiles with the oldest usage data (of ${flagged.length} flagged)`,
        columns: [{ label: 'User' }, { label: 'Department' }, { label: 'Persona' }, { label: 'Usage data' }, { label: 'Loaded on' }, { label: 'Age (days)', format: 'int' }, { label: 'Source' }],
        rows: flagged.slice(0, LIST_LIMIT).map((f) => {
            const u = users.get(f.user) || { name: '', department: '' }
            return [u.name, deptLabel(u.department), personaLabel(f.persona), f.state === 'stale' ? 'Stale' : 'None (unscored)', f.usageOn, f.ageDays, f.source]
        }),
    }
    const chart = barChart({
        id: 'chart-usage-flagged',
        title: 'Profiles with stale or no usage data, per persona',
        bars: pRows.filter((r) => r[2] + r[3] > 0).map((r) => ({ label: r[0], value: r[2] + r[3], text: String(r[2] + r[3]) })),
    })
    return {
        id: 'usage-freshness',
        heading: 'Usage data freshness',
        intro: `A persona rests on usage data: data older than ${maxAgeDays} days (x_psm_persona.usage.max_age_days) is stale, and a profile without any is unscored. Reload these users' metrics through the usage import.`,
        figures: [figure('usage-by-persona', 'Per persona', perPersona, [chart]), figure('usage-by-department', 'Per department', perDept), figure('usage-flagged', 'Oldest first', list)],
    }
}

export function exceptionsSection(): DashboardSection {
    const gr = new GlideRecord('x_psm_persona_exception')
    gr.orderByDesc('sys_created_on')
    gr.setLimit(LIST_LIMIT)
    gr.query()
    const rows: Array<Array<string | number | null>> = []
    while (gr.next()) {
        rows.push([
            gr.getDisplayValue('user'),
            gr.getDisplayValue('catalog_item'),
            gr.getValue('justification') || '',
            gr.getDisplayValue('state'),
            gr.getDisplayValue('decided_by'),
            (gr.getValue('decided_on') || '').slice(0, 10),
            (gr.getValue('expires_on') || '').slice(0, 10),
            // What the daily job did (exception-expiry.ts): when it reminded the user, when it ended the access.
            (gr.getValue('reminded_on') || '').slice(0, 10),
            (gr.getValue('ended_on') || '').slice(0, 10),
            (gr.getValue('sys_created_on') || '').slice(0, 10),
        ])
    }
    const table: DataTable = {
        id: 'service-exceptions',
        caption: `Services outside the persona: the latest ${rows.length} requests`,
        columns: [{ label: 'User' }, { label: 'Service' }, { label: 'Why' }, { label: 'State' }, { label: 'Decided by' }, { label: 'Decided on' }, { label: 'Expires on' }, { label: 'Reminded on' }, { label: 'Ended on' }, { label: 'Requested on' }],
        rows,
    }
    return {
        id: 'service-exceptions',
        heading: 'Service exceptions',
        intro: "Services granted to one user outside their persona, with their manager's approval, until they expire: the daily job reminds the user and the manager before the end (x_psm_persona.exception.reminder_days) and removes the access at the expiry.",
        figures: [figure('exceptions', 'Requests', table)],
    }
}

export function proposalsSection(): DashboardSection {
    const gr = new GlideRecord('x_psm_persona_proposal')
    gr.orderByDesc('sys_created_on')
    gr.setLimit(LIST_LIMIT)
    gr.query()
    const rows: Array<Array<string | number | null>> = []
    while (gr.next()) {
        rows.push([
            gr.getDisplayValue('user'),
            gr.getDisplayValue('persona'),
            gr.getDisplayValue('current_persona'),
            gr.getDisplayValue('proposed_by'),
            gr.getDisplayValue('proposed_as'),
            gr.getValue('justification') || '',
            gr.getDisplayValue('state'),
            gr.getDisplayValue('decided_by'),
            (gr.getValue('decided_on') || '').slice(0, 10),
        ])
    }
    const table: DataTable = {
        id: 'persona-proposals',
        caption: `Persona proposals: the latest ${rows.length}`,
        columns: [{ label: 'User' }, { label: 'Proposed persona' }, { label: 'Persona then' }, { label: 'Proposed by' }, { label: 'As' }, { label: 'Why' }, { label: 'State' }, { label: 'Decided by' }, { label: 'Decided on' }],
        rows,
    }
    return {
        id: 'persona-proposals',
        heading: 'Persona proposals',
        intro: 'Personas proposed by managers and business-area owners; approved ones are pinned.',
        figures: [figure('proposals', 'Proposals', table)],
    }
}

export function governanceData(): GovernanceResult {
    if (!gs.hasRole(GOVERNANCE_ROLE)) return { ok: false, status: 403, message: 'The analyst dashboard is for analysts and administrators of Persona Service Management.' }
    const asOf = new GlideDateTime().getValue()
    const nowMs = glideDateTimeMs(asOf) ?? 0
    const maxAgeDays = usageMaxAgeDays()
    return { ok: true, view: { asOf, maxAgeDays, sections: [usageSection(nowMs, maxAgeDays), exceptionsSection(), proposalsSection()] } }
}
