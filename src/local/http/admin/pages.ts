import type { AttainmentReport } from '../../../server/xla/attainment-calc'
import type { XlaHistory } from '../../../server/xla/attainment'
import type { CostReport, Distribution } from '../../../server/xla/insight-calc'
import type { PersonaChange, PersonaProfile } from '../../../server/xla/insight'
import { escapeHtml } from '../respond'
import { barChart, PALETTE, radarChart, stackedBarChart, weeklyChart } from './charts'
import { formatCell, grouped, money, tableHtml, type DataTable } from './data-table'
import { figure, type AdminSection } from './layout'

/*
 * The admin pages as data: each builder turns the app's figures (src/server/xla/insight*.ts,
 * attainment.ts) into the tables a page shows and the HTML around them. The route renders the
 * HTML, or one table as CSV, from the same object.
 */

export interface PageModel {
    title: string
    section: AdminSection
    tables: DataTable[]
    /** The page body, given how to link a table's CSV. */
    body(csvHref: (tableId: string) => string): string
}

const ROLE_NAMES: Record<string, string> = { requester: 'Requesters', approver: 'Approvers', implementer: 'Implementers' }
const STATUS_NAMES: Record<string, string> = { met: 'Met', breached: 'Breached', no_data: 'No data' }

function table(id: string, caption: string, columns: DataTable['columns'], rows: DataTable['rows'], total?: DataTable['total']): DataTable {
    return { id, caption, columns, rows, total }
}

function byId(tables: DataTable[], id: string): DataTable {
    const t = tables.find((x) => x.id === id)
    if (!t) throw new Error(`admin page: no table ${id}`)
    return t
}

function share(part: number, whole: number): number {
    return whole > 0 ? Math.round((part / whole) * 1000) / 10 : 0
}

// ---------------------------------------------------------------- distribution

export function distributionPage(d: Distribution): PageModel {
    const perPersona = table(
        'by-persona',
        'Active users per persona',
        [{ label: 'Persona' }, { label: 'Users', format: 'int' }, { label: 'Share of users', format: 'percent' }],
        d.rows.map((r) => [r.persona, r.users, share(r.users, d.total)]),
        ['Total', d.total, d.total ? 100 : 0],
    )
    const perDepartment = table(
        'by-department',
        'Active users per persona and department',
        [{ label: 'Persona' }, ...d.departments.map((name) => ({ label: name, format: 'int' as const })), { label: 'Total', format: 'int' }],
        d.rows.map((r) => [r.persona, ...r.byDepartment, r.users]),
        ['Total', ...d.departmentTotals, d.total],
    )
    const tables = [perPersona, perDepartment]
    return {
        title: 'Persona distribution',
        section: 'distribution',
        tables,
        body: (csv) =>
            `<h1 class="page-title">Persona distribution</h1><p class="lede">How many active people work in each persona, and where: the demand each persona's services must meet.</p>` +
            figure({
                id: 'dist-persona',
                heading: 'Users per persona',
                chart: barChart({ id: 'chart-by-persona', title: 'Active users per persona', bars: d.rows.map((r) => ({ label: r.persona, value: r.users, text: grouped(r.users) })) }),
                table: tableHtml(perPersona, csv('by-persona')),
            }) +
            figure({
                id: 'dist-department',
                heading: 'Users per department, by persona',
                chart: stackedBarChart({
                    id: 'chart-by-department',
                    title: 'Active users per department, split by persona',
                    categories: d.departments,
                    series: d.rows.map((r) => ({ name: r.persona, values: r.byDepartment })),
                    format: grouped,
                }),
                table: tableHtml(perDepartment, csv('by-department')),
            }),
    }
}

// ---------------------------------------------------------------- profiles

export function personasPage(profiles: PersonaProfile[]): PageModel {
    const labels = profiles[0]?.labels ?? ['Technology', 'Network', 'Interaction', 'Communication', 'Virtual/Mobile']
    const keys = ['technology', 'network', 'interaction', 'communication', 'mobility'] as const
    const t = table(
        'profiles',
        'Persona profiles: rankings from 1 to 4',
        [{ label: 'Persona' }, ...labels.map((l) => ({ label: l, format: 'int' as const })), { label: 'Active' }],
        profiles.map((p) => [p.name, ...keys.map((k) => p.rankings[k]), p.active ? 'yes' : 'no']),
    )
    return {
        title: 'Persona profiles',
        section: 'personas',
        tables: [t],
        body: (csv) => {
            const radars = profiles
                .map((p, i) => {
                    const chart = radarChart({
                        id: `radar-${i}`,
                        title: `${p.name} profile: rankings from 1 to 4`,
                        axes: keys.map((k, j) => ({ label: labels[j], value: p.rankings[k] })),
                        max: 4,
                        color: PALETTE[i % PALETTE.length],
                    })
                    return `<figure data-persona="${escapeHtml(p.name)}"><figcaption>${escapeHtml(p.name)}${p.active ? '' : ' (inactive)'}</figcaption>${chart}<p class="desc">${escapeHtml(p.description)}</p></figure>`
                })
                .join('')
            return (
                `<h1 class="page-title">Persona profiles</h1><p class="lede">Each persona's workstyle on the five dimensions, from 1 (little) to 4 (a great deal).</p>` +
                `<section class="card pad figure" aria-labelledby="profiles-h"><h2 id="profiles-h">Profiles</h2><div class="radars">${radars}</div>${tableHtml(t, csv('profiles'))}</section>`
            )
        },
    }
}

// ---------------------------------------------------------------- costs

export function costsPage(c: CostReport): PageModel {
    const perPersona = table(
        'by-persona',
        'Projected monthly cost per persona',
        [
            { label: 'Persona' },
            { label: 'Members', format: 'int' },
            { label: 'Persona cost per member', format: 'money' },
            { label: 'Bundled offerings', format: 'int' },
            { label: 'Bundled cost per member', format: 'money' },
            { label: 'Cost per member', format: 'money' },
            { label: 'Projected monthly cost', format: 'money' },
        ],
        c.personas.map((p) => [p.persona, p.members, p.personaCost, p.bundledOfferings, p.bundledCost, p.perMember, p.projected]),
        ['Total', c.personas.reduce((s, p) => s + p.members, 0), null, null, null, null, c.total],
    )
    const personaNames = c.personas.map((p) => p.persona)
    const perDepartment = table(
        'by-department',
        'Projected monthly cost per department',
        [{ label: 'Department' }, { label: 'Members', format: 'int' }, ...personaNames.map((n) => ({ label: n, format: 'money' as const })), { label: 'Projected monthly cost', format: 'money' }],
        c.departments.map((d) => [d.department, d.members, ...d.byPersona, d.projected]),
        ['Total', c.departments.reduce((s, d) => s + d.members, 0), ...personaNames.map((_, j) => Math.round(c.departments.reduce((s, d) => s + d.byPersona[j], 0) * 100) / 100), c.total],
    )
    const tables = [perPersona, perDepartment]
    const unassigned = c.unassigned ? ` ${grouped(c.unassigned)} active users have no persona yet and are not counted.` : ''
    return {
        title: 'Projected cost',
        section: 'costs',
        tables,
        body: (csv) =>
            `<h1 class="page-title">Projected monthly cost</h1>` +
            `<p class="lede">Each member of a persona costs the persona's base cost plus its bundled offerings a month; a persona or department costs its members times that. Total ${escapeHtml(money(c.total))} a month.${escapeHtml(unassigned)}</p>` +
            figure({
                id: 'cost-persona',
                heading: 'Per persona',
                chart: barChart({ id: 'chart-cost-persona', title: 'Projected monthly cost per persona', bars: c.personas.map((p) => ({ label: p.persona, value: p.projected, text: money(p.projected) })) }),
                table: tableHtml(perPersona, csv('by-persona')),
            }) +
            figure({
                id: 'cost-department',
                heading: 'Per department',
                chart: stackedBarChart({
                    id: 'chart-cost-department',
                    title: 'Projected monthly cost per department, split by persona',
                    categories: c.departments.map((d) => d.department),
                    series: personaNames.map((name, j) => ({ name, values: c.departments.map((d) => d.byPersona[j]) })),
                    format: money,
                }),
                table: tableHtml(perDepartment, csv('by-department')),
            }),
    }
}

// ---------------------------------------------------------------- persona changes

const REASONS: Record<string, string> = { scored: 'Scored', locked: 'Pinned by an admin', manual: 'Manual', rescore: 'Rescored' }

export function changesPage(changes: PersonaChange[]): PageModel {
    const t = table(
        'changes',
        `The ${changes.length} most recent persona changes`,
        [
            { label: 'When (UTC)' },
            { label: 'User' },
            { label: 'Department' },
            { label: 'From' },
            { label: 'To' },
            { label: 'Reason' },
            { label: 'Distance', format: 'decimal' },
            { label: 'Margin', format: 'decimal' },
            { label: 'Explanation' },
        ],
        changes.map((c) => [c.when, c.user, c.department, c.from || '(none)', c.to || '(none)', REASONS[c.reason] ?? c.reason, c.distance, c.margin, c.explanation]),
    )
    const into: Record<string, number> = {}
    for (const c of changes) into[c.to || '(none)'] = (into[c.to || '(none)'] ?? 0) + 1
    const moves = table(
        'moves',
        'Recent changes by the persona people moved to',
        [{ label: 'Persona' }, { label: 'Changes', format: 'int' }],
        Object.keys(into)
            .sort((a, b) => into[b] - into[a] || a.localeCompare(b))
            .map((k) => [k, into[k]]),
    )
    return {
        title: 'Persona changes',
        section: 'changes',
        tables: [t, moves],
        body: (csv) =>
            `<h1 class="page-title">Recent persona changes</h1><p class="lede">Who moved to which persona and why, newest first, with the explanation scoring gave.</p>` +
            figure({
                id: 'moves',
                heading: 'Where people moved',
                chart: barChart({ id: 'chart-moves', title: 'Recent persona changes by destination persona', bars: moves.rows.map((r) => ({ label: String(r[0]), value: Number(r[1]), text: String(r[1]) })) }),
                table: tableHtml(moves, csv('moves')),
            }) +
            `<section class="card pad figure" aria-labelledby="changes-h"><h2 id="changes-h">Changes and their explanations</h2>${tableHtml(t, csv('changes'))}</section>`,
    }
}

// ---------------------------------------------------------------- XLAs

function targetText(measure: string, target: number, objective: number): string {
    if (measure === 'feedback_rating') return `average ≥ ${target}`
    const unit = measure === 'decision_time' ? `business day${target === 1 ? '' : 's'}` : `minute${target === 1 ? '' : 's'}`
    return `${objective} % within ${target} ${unit}`
}

export function xlaPage(report: AttainmentReport, history: XlaHistory[]): PageModel {
    const attainment = table(
        'attainment',
        `XLA attainment, ${report.period.start} to ${report.period.end} (UTC)`,
        [
            { label: 'XLA' },
            { label: 'Stakeholder' },
            { label: 'Target' },
            { label: 'Observations', format: 'int' },
            { label: 'Met', format: 'int' },
            { label: 'Pending', format: 'int' },
            { label: 'Value', format: 'decimal' },
            { label: 'Unit' },
            { label: 'Status' },
        ],
        report.xlas.map((x) => [
            x.name,
            ROLE_NAMES[x.stakeholder] ?? x.stakeholder,
            targetText(x.measure, x.target, x.objective),
            x.observations,
            x.met,
            x.pending,
            x.value,
            x.measure === 'feedback_rating' ? 'average rating' : '% within target',
            STATUS_NAMES[x.status] ?? x.status,
        ]),
    )
    const stakeholders = table(
        'stakeholders',
        'Observations meeting their target, per stakeholder role',
        [{ label: 'Stakeholder' }, { label: 'Observations', format: 'int' }, { label: 'Met', format: 'int' }, { label: 'Share met', format: 'percent' }, { label: 'XLAs met', format: 'int' }, { label: 'XLAs measured', format: 'int' }],
        report.byStakeholder.map((s) => [ROLE_NAMES[s.stakeholder] ?? s.stakeholder, s.observations, s.met, s.rate, s.xlasMet, s.xlasMeasured]),
    )
    const groups = table(
        'groups',
        'Per stakeholder role and persona',
        [{ label: 'Stakeholder' }, { label: 'Persona' }, { label: 'Observations', format: 'int' }, { label: 'Met', format: 'int' }, { label: 'Share met', format: 'percent' }],
        report.groups.map((g) => [ROLE_NAMES[g.stakeholder] ?? g.stakeholder, g.persona, g.observations, g.met, g.rate]),
    )
    const weeks = history[0]?.weeks ?? []
    const trend = table(
        'history',
        'XLA value week by week (weeks start on Monday, UTC)',
        [{ label: 'XLA' }, { label: 'Unit' }, ...weeks.map((w) => ({ label: `Week of ${w.start.slice(0, 10)}`, format: 'decimal' as const }))],
        history.map((h) => [h.name, h.measure === 'feedback_rating' ? 'average rating' : '% within target', ...h.weeks.map((w) => w.value)]),
    )
    const tables = [attainment, stakeholders, groups, trend]
    const worst = report.worstServed
    const worstText = worst
        ? `${ROLE_NAMES[worst.stakeholder] ?? worst.stakeholder} who are ${worst.persona}: ${worst.met} of ${worst.observations} observations met their target (${formatCell(worst.rate, 'percent')}).`
        : 'No stakeholder was measured in this period.'
    const charts = history
        .map((h, i) => {
            const feedback = h.measure === 'feedback_rating'
            const fmt = (v: number) => (feedback ? v.toFixed(1) : `${Math.round(v)} %`)
            return (
                `<figure data-xla="${escapeHtml(h.name)}"><figcaption>${escapeHtml(h.name)}</figcaption>` +
                weeklyChart({
                    id: `chart-xla-${i}`,
                    title: `${h.name}: ${feedback ? 'average rating' : 'share within target'} per week`,
                    weeks: h.weeks.map((w) => ({ label: w.start.slice(5, 10), value: w.value, status: w.status })),
                    target: feedback ? h.target : h.objective,
                    max: feedback ? 5 : 100,
                    format: fmt,
                    targetText: feedback ? `Target: average at least ${h.target}` : `Objective: ${h.objective} % within target`,
                }) +
                `</figure>`
            )
        })
        .join('')
    return {
        title: 'XLA attainment',
        section: 'xla',
        tables,
        body: (csv) =>
            `<h1 class="page-title">Experience level agreements</h1>` +
            `<p class="lede">How each stakeholder experienced changes over the last seven days, and week by week.</p>` +
            `<section class="card pad figure" aria-labelledby="worst-h"><h2 id="worst-h">Worst-served stakeholder group</h2><p class="worst" data-worst>${escapeHtml(worstText)}</p></section>` +
            `<section class="card pad figure" aria-labelledby="attainment-h"><h2 id="attainment-h">This week</h2>${tableHtml(attainment, csv('attainment'))}</section>` +
            figure({
                id: 'stakeholders',
                heading: 'Per stakeholder role',
                chart: barChart({
                    id: 'chart-stakeholders',
                    title: 'Share of observations meeting their target, per stakeholder role',
                    bars: report.byStakeholder.map((s) => ({ label: ROLE_NAMES[s.stakeholder] ?? s.stakeholder, value: s.rate ?? 0, text: s.rate === null ? 'no observations' : `${s.rate.toFixed(1)} %` })),
                }),
                table: tableHtml(stakeholders, csv('stakeholders')),
            }) +
            `<section class="card pad figure" aria-labelledby="groups-h"><h2 id="groups-h">Per persona of the stakeholder</h2>${tableHtml(groups, csv('groups'))}</section>` +
            `<section class="card pad figure" aria-labelledby="history-h"><h2 id="history-h">Attainment over time</h2><div class="weeks">${charts}</div>${tableHtml(trend, csv('history'))}</section>`,
    }
}

// ---------------------------------------------------------------- overview

export function overviewPage(d: Distribution, c: CostReport, report: AttainmentReport): PageModel {
    const measured = report.xlas.filter((x) => x.status !== 'no_data')
    const met = measured.filter((x) => x.status === 'met').length
    const withPersona = d.rows.filter((r) => r.personaId).reduce((s, r) => s + r.users, 0)
    const summary = table(
        'summary',
        'Key figures',
        [{ label: 'Figure' }, { label: 'Value', format: 'decimal' }],
        [
            ['Active users', d.total],
            ['Active users with a persona', withPersona],
            ['Personas', d.rows.filter((r) => r.personaId).length],
            ['Projected monthly cost (USD)', c.total],
            ['XLAs measured in the last seven days', measured.length],
            ['XLAs met in the last seven days', met],
        ],
    )
    const kpi = (label: string, value: string, href: string) => `<li><a href="${href}"><span class="n">${escapeHtml(value)}</span>${escapeHtml(label)}</a></li>`
    return {
        title: 'Overview',
        section: 'overview',
        tables: [summary],
        body: (csv) =>
            `<h1 class="page-title">Persona insight</h1><p class="lede">Demand, cost and experience at a glance. Each page has charts, the numbers behind them as tables, and CSV downloads.</p>` +
            `<ul class="kpis">` +
            kpi('active users', grouped(d.total), '/admin/distribution') +
            kpi('personas in use', String(d.rows.filter((r) => r.personaId && r.users > 0).length), '/admin/personas') +
            kpi('projected per month', money(c.total), '/admin/costs') +
            kpi(`XLAs met of ${measured.length} measured`, String(met), '/admin/xla') +
            `</ul>` +
            `<section class="card pad figure" aria-labelledby="summary-h"><h2 id="summary-h">Key figures</h2>${tableHtml(byId([summary], 'summary'), csv('summary'))}</section>`,
    }
}
