import { escapeHtml, link, paragraph, section, table } from '../mail/html.ts'
import { frame } from '../mail/frame.ts'
import type { GroupResult, StakeholderResult, XlaStatus } from './attainment-calc.ts'
import { formatHappiness } from './happiness.ts'
import { ROLE_LABELS, type StakeholderRole } from './model.ts'

/*
 * The weekly XLA digest for change managers, rendered from the content stored on the digest
 * record (so every manager reads the same figures). Pure; every value escaped.
 */

export interface DigestXla {
    name: string
    stakeholder: StakeholderRole
    measure: string
    target: number
    objective: number
    value: number | null
    status: XlaStatus
    observations: number
    met: number
    pending: number
}

export interface OpenHighRiskChange {
    sysId: string
    number: string
    shortDescription: string
    state: string
    risk: string
    approvals: string
}

export interface DigestContent {
    period: { start: string; end: string }
    xlas: DigestXla[]
    byStakeholder: StakeholderResult[]
    worstServed: GroupResult | null
    /** The newest open high-risk changes (at most MAX_STORED_CHANGES). */
    openHighRisk: OpenHighRiskChange[]
    /** How many are open in all. */
    openHighRiskTotal: number
}

/** How many open high-risk changes a digest record keeps (its summary field holds 65,000 characters). */
export const MAX_STORED_CHANGES = 50

/** How many open high-risk changes the email lists (the rest are counted). */
export const MAX_LISTED_CHANGES = 15

const STATUS_TEXT: Readonly<Record<XlaStatus, string>> = { met: 'Met', breached: 'BREACHED', no_data: 'No data' }

/** "96.5 % (objective 100 %)", "3.8 average (target 4)". Pure. */
export function valueText(x: { measure: string; value: number | null; target: number; objective: number }): string {
    if (x.value === null) return 'no observations'
    if (x.measure === 'feedback_rating') return `${x.value.toFixed(2)} average (target ${x.target})`
    if (x.measure === 'happiness') return `Happiness ${formatHappiness(x.value)} (target ${formatHappiness(x.target)})`
    return `${x.value.toFixed(1)} % within target (objective ${x.objective} %)`
}

/** "within 15 minutes", "within 1 business day", "average at least 4". */
export function targetText(x: { measure: string; target: number }): string {
    if (x.measure === 'feedback_rating') return `average at least ${x.target}`
    if (x.measure === 'happiness') return `Happiness at least ${formatHappiness(x.target)}`
    if (x.measure === 'decision_time') return `within ${x.target} business day${x.target === 1 ? '' : 's'}`
    return `within ${x.target} minute${x.target === 1 ? '' : 's'}`
}

/** "Approvers who are Virtual Executive: 1 of 4 observations met (25.0 %)". */
export function groupText(g: GroupResult): string {
    return `${ROLE_LABELS[g.stakeholder]} who are ${g.persona}: ${g.met} of ${g.observations} observations met their target (${(g.rate ?? 0).toFixed(1)} %)`
}

function xlaTable(xlas: readonly DigestXla[]): string {
    const rows = xlas.map((x) => [x.name, ROLE_LABELS[x.stakeholder], targetText(x), valueText(x), `${x.met} of ${x.observations}${x.pending ? ` (${x.pending} pending)` : ''}`, STATUS_TEXT[x.status]])
    return table(['XLA', 'Stakeholder', 'Target', 'This week', 'Met', 'Status'], rows)
}

function stakeholderTable(results: readonly StakeholderResult[]): string {
    const rows = results.map((r) => [ROLE_LABELS[r.stakeholder], r.rate === null ? 'no observations' : `${r.rate.toFixed(1)} %`, `${r.met} of ${r.observations}`, `${r.xlasMet} of ${r.xlasMeasured}`])
    return table(['Stakeholder', 'Observations met', 'Count', 'XLAs met'], rows)
}

function changeRows(changes: readonly OpenHighRiskChange[], total: number, changeUrl: (sysId: string) => string): string {
    if (!total) return paragraph('No high-risk change is open.')
    const shown = changes.slice(0, MAX_LISTED_CHANGES)
    const items = shown.map(
        (c) => `<li>${link(changeUrl(c.sysId), c.number)}: ${escapeHtml(c.shortDescription)} (risk ${escapeHtml(c.risk)}, ${escapeHtml(c.state)}; approvals ${escapeHtml(c.approvals)})</li>`,
    )
    const more = total > shown.length ? paragraph(escapeHtml(`… and ${total - shown.length} more.`)) : ''
    return `<ul style="margin:0 0 12px;padding-left:22px">${items.join('')}</ul>${more}`
}

/** The digest's HTML body; `dashboardUrl` (the analyst dashboard) is its button, `name` its reader. */
export function renderDigest(content: DigestContent, changeUrl: (sysId: string) => string, dashboardUrl = '', name = ''): string {
    const measured = content.xlas.filter((x) => x.status !== 'no_data')
    const met = measured.filter((x) => x.status === 'met').length
    const breached = measured.filter((x) => x.status === 'breached').map((x) => x.name)
    const headline = `${met} of ${measured.length} measured XLAs met, ${content.period.start} to ${content.period.end} (UTC)`
    const worst = content.worstServed ? paragraph(`<strong>${escapeHtml(groupText(content.worstServed))}</strong>`) : paragraph('No stakeholder was measured this week.')
    return frame({
        attributes: 'class="psm-xla-digest" data-stakeholder="change_manager" data-moment="weeklyDigest"',
        greetingName: name,
        headline,
        lead: breached.length
            ? `<p data-section="decision" style="margin:0 0 12px">${escapeHtml(`Breached: ${breached.join('; ')}.`)}</p>`
            : `<p data-section="decision" style="margin:0 0 12px">Every measured XLA was met.</p>`,
        primary: dashboardUrl ? { url: dashboardUrl, text: 'Open the experience dashboard' } : null,
        body: [
            section('attainment', 'Attainment per XLA', xlaTable(content.xlas)),
            section('stakeholders', 'Per stakeholder role', stakeholderTable(content.byStakeholder)),
            section('worst-served', 'Worst-served stakeholder group', worst),
            section('open-high-risk', `Open high-risk changes (${content.openHighRiskTotal})`, changeRows(content.openHighRisk, content.openHighRiskTotal, changeUrl)),
        ].join(''),
        secondary: [],
    })
}
