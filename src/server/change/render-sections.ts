import { tallyText, type ApprovalDigest } from './approvals.ts'
import type { ChangeFacts } from './facts.ts'
import { STATE, STATE_PATH, stateLabel } from './model.ts'
import type { Phase } from './phases.ts'
import { escapeHtml, fact, link, list, multiline, paragraph, section, table, textList } from '../mail/html.ts'
import { riskHeadline, windowText, type ChangeAssessment } from './summaries.ts'

const APPROVAL_STATE_LABELS: Readonly<Record<string, string>> = {
    requested: 'pending',
    approved: 'approved',
    rejected: 'rejected',
    'not requested': 'not yet requested',
    not_required: 'no longer required',
    cancelled: 'cancelled',
}

/** Where the change is on its path: done steps, the current one, the ones ahead (or that it was canceled). */
export function statusSection(change: ChangeFacts): string {
    if (change.state === STATE.CANCELED) return section('status', 'Status', paragraph(`<strong>Canceled</strong>: the change will not be implemented.`))
    const at = STATE_PATH.indexOf(change.state ?? STATE.NEW)
    const now = stateLabel(STATE_PATH[at < 0 ? 0 : at])
    const done = STATE_PATH.slice(0, Math.max(at, 0)).map(stateLabel)
    const ahead = STATE_PATH.slice(Math.max(at, 0) + 1).map(stateLabel)
    const lines = [`Now: <strong>${escapeHtml(now)}</strong> (step ${Math.max(at, 0) + 1} of ${STATE_PATH.length})`]
    if (done.length) lines.push(`Done: ${escapeHtml(done.join(', '))}`)
    if (ahead.length) lines.push(`Next: ${escapeHtml(ahead.join(', '))}`)
    return section('status', 'Status', paragraph(lines.join('<br>')))
}

/** The tally, every decision by name, and the first few of the others (see namedApprovals). */
export function approvalStatusSection(approvals: ApprovalDigest, cabGroup: string): string {
    const t = approvals.tally
    const lines = approvals.named.map((a) => `${a.approverName || 'Unknown approver'}: ${APPROVAL_STATE_LABELS[a.state] ?? a.state}`)
    const more = approvals.rows - approvals.named.length
    if (more > 0) lines.push(`and ${more} more not yet decided`)
    const intro = paragraph(`${fact('Approval by', cabGroup)}<br>${fact('Status', tallyText(t))}`)
    return section('approval-status', 'Approval status', intro + textList(lines))
}

function check(present: boolean, name: string): string {
    return present ? `${name}: present` : `${name}: MISSING`
}

/** The approver's risk assessment: verdict, concerns, plans present or missing, test results, security notes. */
export function riskSection(a: ChangeAssessment): string {
    const parts = [paragraph(`<strong>${escapeHtml(riskHeadline(a))}</strong>`)]
    if (a.concerns.length) parts.push(paragraph('Concerns:') + textList(a.concerns))
    parts.push(textList([check(a.plans.implementation, 'Implementation plan'), check(a.plans.backout, 'Backout plan'), check(a.plans.test, 'Test plan')]))
    parts.push(paragraph(fact('Test results', a.testResults || 'none recorded')))
    parts.push(paragraph(fact('Security and compliance', a.securityNotes || 'no notes')))
    return section('risk-summary', 'Risk assessment', parts.join(''))
}

/** Impact: level, affected service, affected users and the window. */
export function impactSection(change: ChangeFacts, a: ChangeAssessment): string {
    const items = [
        fact('Impact', a.impactLabel),
        fact('Affected service', change.ci || 'no configuration item named'),
        fact('Affected users', a.audiences.length ? a.audiences.join(', ') : 'not stated'),
        fact('Window', windowText(a.window)),
    ]
    return section('impact-summary', 'Impact', list(items))
}

/** The phased deployment schedule as a table; `mine` marks the phases that concern the reader. */
export function phasesSection(phases: readonly Phase[], mine: readonly Phase[] = []): string {
    if (!phases.length) return section('phases', 'Phased deployment schedule', paragraph('No phases: the change is deployed in one step within the window.'))
    const rows = phases.map((p) => [mine.indexOf(p) >= 0 ? `${p.name} (you)` : p.name, p.start, p.end, p.audience])
    return section('phases', 'Phased deployment schedule', table(['Phase', 'Start', 'End', 'Audience'], rows))
}

/** A block of free text from the change, or a plain statement that it is missing. */
export function textSection(name: string, title: string, text: string, missing: string): string {
    return section(name, title, paragraph(text.trim() ? multiline(text) : `<em>${escapeHtml(missing)}</em>`))
}

export function supportSection(contact: string): string {
    return section('support', 'Support', paragraph(`Questions or problems? ${fact('Contact', contact)}`))
}

export function troubleshootingSection(runbookUrl: string, channel: string): string {
    const body = list([`${link(runbookUrl, 'Troubleshooting runbook and known issues')}`, fact('Support channel', channel)])
    return section('troubleshooting', 'Troubleshooting and support', body)
}

export function feedbackSection(url: string, prompt: string): string {
    return section('feedback', 'Your feedback', paragraph(`${escapeHtml(prompt)} ${link(url, 'Give feedback')}`))
}

export function windowSection(a: ChangeAssessment): string {
    return section('window', 'Window', paragraph(escapeHtml(windowText(a.window))))
}
