import { gs, GlideRecord } from '@servicenow/glide'
import { tally, tallyText, type ApprovalLine } from '../change/approvals.ts'
import { eventField, type MailPrinter } from '../mail/outbound.ts'
import { portalUrl, PORTAL_PAGES, ticketUrl } from '../mail/links.ts'
import { instanceUrl } from '../mail/instance-url.ts'
import { htmlToPlainText } from '../mail/text.ts'
import { RISK_LABELS, stateLabel, toInt } from '../change/model.ts'
import { recipientProfile, usersWithRole } from '../change/people.ts'
import { computeAttainment, nowMs } from './attainment.ts'
import type { AttainmentReport } from './attainment-calc.ts'
import { MAX_STORED_CHANGES, renderDigest, type DigestContent, type OpenHighRiskChange } from './digest-render.ts'
import { DIGEST_TABLE, XLA_EVENTS } from './model.ts'
import { formatDateTime, parseDateTime, WEEK_MS } from './time.ts'

export const CHANGE_MANAGER_ROLE = 'change_manager'

/** Open (neither Closed nor Canceled) changes of risk High or Very High, newest first, with their approval status. */
export function openHighRiskChanges(): OpenHighRiskChange[] {
    const gr = new GlideRecord('change_request')
    gr.addQuery('risk', 'IN', '1,2')
    gr.addQuery('state', 'NOT IN', '3,4')
    gr.orderByDesc('sys_created_on')
    gr.query()
    const changes: OpenHighRiskChange[] = []
    while (gr.next()) {
        changes.push({
            sysId: gr.getUniqueValue(),
            number: gr.getValue('number') || '',
            shortDescription: gr.getValue('short_description') || '',
            state: stateLabel(toInt(gr.getValue('state'))),
            risk: RISK_LABELS[gr.getValue('risk') || ''] || gr.getValue('risk') || '',
            approvals: '',
        })
    }
    if (!changes.length) return changes
    const lines: { [changeId: string]: ApprovalLine[] } = {}
    const approvals = new GlideRecord('sysapproval_approver')
    const ids = changes.map((c) => c.sysId).join(',')
    approvals.addEncodedQuery(`sysapprovalIN${ids}^ORdocument_idIN${ids}`)
    approvals.query()
    while (approvals.next()) {
        const changeId = approvals.getValue('sysapproval') || approvals.getValue('document_id') || ''
        ;(lines[changeId] ??= []).push({ sysId: approvals.getUniqueValue(), approver: approvals.getValue('approver') || '', approverName: '', state: approvals.getValue('state') || '' })
    }
    for (const c of changes) c.approvals = tallyText(tally(lines[c.sysId] ?? []))
    return changes
}

/** The digest's content from an attainment report and the open high-risk changes. Pure. */
export function digestContent(report: AttainmentReport, openHighRisk: OpenHighRiskChange[]): DigestContent {
    return {
        period: report.period,
        xlas: report.xlas.map((x) => ({
            name: x.name,
            stakeholder: x.stakeholder,
            measure: x.measure,
            target: x.target,
            objective: x.objective,
            value: x.value,
            status: x.status,
            observations: x.observations,
            met: x.met,
            pending: x.pending,
        })),
        byStakeholder: report.byStakeholder,
        worstServed: report.worstServed,
        openHighRisk: openHighRisk.slice(0, MAX_STORED_CHANGES),
        openHighRiskTotal: openHighRisk.length,
    }
}

/**
 * Writes the weekly digest for the seven days before `end` (default now) and queues its
 * notification once per change manager (parm1). Returns the digest record's sys_id ('' when there
 * is no change manager to send it to: nothing is written then).
 */
export function queueWeeklyDigest(end?: string): string {
    const endMs = end ? parseDateTime(end) : nowMs()
    if (endMs === null) throw new Error(`XLA weekly digest: the end "${end}" is not a date-time (YYYY-MM-DD HH:MM:SS).`)
    const managers = usersWithRole(CHANGE_MANAGER_ROLE)
    if (!managers.length) {
        gs.warn('XLA weekly digest: nobody has the change_manager role; no digest written.')
        return ''
    }
    const start = formatDateTime(endMs - WEEK_MS)
    const report = computeAttainment(start, formatDateTime(endMs), formatDateTime(endMs))
    const content = digestContent(report, openHighRiskChanges())
    const measured = content.xlas.filter((x) => x.status !== 'no_data')
    const digest = new GlideRecord(DIGEST_TABLE)
    digest.initialize()
    digest.setValue('period_start', start)
    digest.setValue('period_end', formatDateTime(endMs))
    digest.setValue('summary', JSON.stringify(content))
    digest.setValue('worst_group', report.worstServed ? `${report.worstServed.stakeholder}: ${report.worstServed.persona}` : '')
    digest.setValue('xlas_met', measured.filter((x) => x.status === 'met').length)
    digest.setValue('xlas_measured', measured.length)
    digest.setValue('open_high_risk', content.openHighRiskTotal)
    digest.setValue('recipients', managers.length)
    const id = digest.insert()
    if (!id) throw new Error('XLA weekly digest: the digest record could not be written.')
    for (const manager of managers) gs.eventQueue(XLA_EVENTS.weeklyDigest, digest, manager, '')
    return id
}

/** The weekly scheduled job. */
export function weeklyDigestJob(): void {
    queueWeeklyDigest()
}

function digestHtml(current: GlideRecord, event: unknown): string {
    let content: DigestContent
    try {
        content = JSON.parse(current.getValue('summary') || '') as DigestContent
    } catch {
        throw new Error(`XLA weekly digest ${current.getUniqueValue()}: its summary is not readable JSON.`)
    }
    const base = instanceUrl()
    const reader = recipientProfile(eventField(event, 'parm1'))
    return renderDigest(content, (sysId) => ticketUrl(base, 'change_request', sysId), portalUrl(base, PORTAL_PAGES.dashboard), reader.name)
}

/** What the mail script x_psm_persona_xla_digest calls: the digest record's stored content, rendered, links to portal pages. */
export function printWeeklyDigest(current: GlideRecord, template: MailPrinter, event?: unknown): void {
    template.print(digestHtml(current, event))
}

/** The plain-text part of the digest (message_text). */
export function printWeeklyDigestText(current: GlideRecord, template: MailPrinter, event?: unknown): void {
    template.print(htmlToPlainText(digestHtml(current, event)))
}
