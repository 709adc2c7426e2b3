import { tallyText } from './approvals.ts'
import type { ChangeFacts } from './facts.ts'
import { stateLabel } from './model.ts'
import { escapeHtml, fact, list, paragraph, section, table } from '../mail/html.ts'
import type { MailModel, MailParts } from './render-model.ts'
import { approvalStatusSection, impactSection, riskSection } from './render-sections.ts'
import { assessChange, excerpt, formatWhen, riskHeadline, windowText, type ChangeAssessment } from './summaries.ts'
import { changedFieldLabels, PHASES_FIELD } from './transitions.ts'

function requestSection(c: ChangeFacts): string {
    const items = [fact('Change', `${c.number}: ${c.shortDescription}`), fact('Requested by', c.requestedBy || 'unknown')]
    if (c.justification.trim()) items.push(fact('Justification', excerpt(c.justification)))
    return section('request', 'What is asked', list(items))
}

function impactFact(c: ChangeFacts, a: ChangeAssessment): string {
    const who = a.audiences.length ? `; affects ${a.audiences.join(', ')}` : ''
    return `Impact ${a.impactLabel} on ${c.ci || 'no named service'}${who}`
}

function deadline(c: ChangeFacts): string {
    return c.startDate.trim() ? ` Please decide before the planned start, ${formatWhen(c.startDate)}.` : ''
}

/**
 * An approver goes to their own approval on the portal (the decision, with the summary in front of
 * them), never to a back-office list; a change manager to the change's page.
 */
function changeLinks(model: MailModel, decide: boolean): MailParts['links'] {
    if (model.stakeholder === 'approver' && model.links.approval) {
        return [
            { url: model.links.approval, text: decide ? 'Approve or reject' : 'View your approval' },
            { url: model.links.approvals, text: 'All your approvals' },
        ]
    }
    return [{ url: model.links.change, text: `View ${model.change.number}` }]
}

/** The approver's request: a decision line, the risk assessment and the impact, nothing else. */
function approvalRequested(model: MailModel): MailParts {
    const c = model.change
    const a = assessChange(c)
    return {
        headline: `Approval needed: ${c.number} (risk ${a.riskLabel})`,
        decision: `Approve or reject ${c.number} (${excerpt(c.shortDescription, 80)}). ${riskHeadline(a)}${deadline(c)}`,
        links: changeLinks(model, true),
        keyFacts: [
            riskHeadline(a),
            `Backout plan: ${a.plans.backout ? 'present' : 'MISSING'}`,
            `Test results: ${a.testResults || 'none recorded'}`,
            impactFact(c, a),
        ],
        sections: [requestSection(c), riskSection(a), impactSection(c, a)],
    }
}

function currentValue(field: string, c: ChangeFacts, a: ChangeAssessment): string {
    if (field === 'state') return stateLabel(c.state)
    if (field === 'risk') return a.riskLabel
    if (field === 'impact') return a.impactLabel
    if (field === 'priority') return a.priorityLabel
    if (field === 'start_date' || field === 'end_date') return windowText(a.window)
    if (field === 'assigned_to') return c.assignedTo || 'nobody'
    return ''
}

/** What changed since the reader's last message: each field before and now (a diff, not a repeat). */
function updateSection(model: MailModel, a: ChangeAssessment): string {
    const changes = model.notice?.changes ?? []
    if (changes.length) {
        // A phase added has nothing before it, a phase removed nothing now.
        const none = (c: { field: string }) => (c.field === PHASES_FIELD ? '(no such phase)' : '(empty)')
        const rows = changes.map((c) => [c.label, excerpt(c.from || none(c), 160), excerpt(c.to || none(c), 160)])
        return section('update', 'What changed since our last message', table(['Field', 'Before', 'Now'], rows))
    }
    const fields = model.update?.fields ?? []
    const items = fields.map((f) => {
        const labelText = changedFieldLabels([f])[0]
        const now = currentValue(f, model.change, a)
        return now ? fact(labelText, `now ${now}`) : escapeHtml(`${labelText} changed`)
    })
    const body = items.length ? list(items) : paragraph('The change was updated.')
    return section('update', 'What changed', body)
}

function myPendingApproval(model: MailModel): boolean {
    const own = model.approvals.own
    return !!own && own.approver === model.recipient.sysId && own.state === 'requested'
}

/** A high-risk change in flight changed: what changed, the refreshed assessment and the approval status. */
function highRiskUpdate(model: MailModel): MailParts {
    const c = model.change
    const a = assessChange(c)
    const diff = model.notice?.changes ?? []
    const labels = diff.length ? diff.map((d) => d.label) : changedFieldLabels(model.update?.fields ?? [])
    const what = labels.length ? labels.join(', ') : 'details'
    const pending = model.stakeholder === 'approver' && myPendingApproval(model)
    const t = model.approvals.tally
    const decision = pending
        ? `Your approval of ${c.number} is still pending: ${what} changed, review before you decide.`
        : `For your information: ${what} changed on high-risk change ${c.number}, now ${stateLabel(c.state)}. Approval: ${tallyText(t)}.`
    const n = model.notice?.count ?? 0
    return {
        headline: `High-risk change ${c.number}${n ? `, update ${n}` : ''}: ${what} changed`,
        decision,
        links: changeLinks(model, pending),
        keyFacts: [`Changed: ${what}`, `State: ${stateLabel(c.state)}`, riskHeadline(a), `Approval: ${tallyText(t)}`],
        // A diff, not a repeat: what changed, the verdict in one line, the approval status.
        sections: [updateSection(model, a), section('risk-summary', 'Risk now', paragraph(`<strong>${escapeHtml(riskHeadline(a))}</strong>`)), approvalStatusSection(model.approvals, model.settings.cabGroup)],
    }
}

/** A change manager's notice that a high-risk change entered Authorize. */
function highRiskAuthorize(model: MailModel): MailParts {
    const c = model.change
    const a = assessChange(c)
    const t = model.approvals.tally
    return {
        headline: `High-risk change ${c.number} is waiting for approval`,
        decision: `Oversight: ${c.number} entered Authorize. ${riskHeadline(a)} Approval: ${tallyText(t)}.`,
        links: changeLinks(model, false),
        keyFacts: [riskHeadline(a), `Approval: ${tallyText(t)}`, impactFact(c, a), `Backout plan: ${a.plans.backout ? 'present' : 'MISSING'}`],
        sections: [requestSection(c), riskSection(a), impactSection(c, a), approvalStatusSection(model.approvals, model.settings.cabGroup)],
    }
}

export function approverParts(model: MailModel): MailParts {
    return model.moment === 'highRiskUpdate' ? highRiskUpdate(model) : approvalRequested(model)
}

export function changeManagerParts(model: MailModel): MailParts {
    return model.moment === 'highRiskUpdate' ? highRiskUpdate(model) : highRiskAuthorize(model)
}
