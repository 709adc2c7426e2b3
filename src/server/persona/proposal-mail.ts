import { gs, GlideRecord } from '@servicenow/glide'
import { portalUrl, PORTAL_PAGES } from '../mail/links.ts'
import { instanceUrl } from '../mail/instance-url.ts'
import { printWithSubject, type MailPrinter } from '../mail/outbound.ts'
import { userDisplayName } from '../mail/people.ts'
import { frame } from '../mail/frame.ts'
import { escapeHtml, list, paragraph, section } from '../mail/html.ts'
import { htmlToPlainText } from '../mail/text.ts'
import { PROPOSAL } from './proposals.ts'

/*
 * The emails of a persona proposal (issue 17.2). The proposal's approvals approve it as a document
 * (sysapproval_approver with source_table/document_id, Approval for empty), so the base "Approval
 * Request" notification, which sends only task-based approvals, never tells its approvers: the app
 * does. Each approver gets one request, linking to their approval on the base portal page
 * /sp?id=approval&sys_id=<sysapproval_approver> (it shows the proposal's summary and decides); the
 * proposer gets the decision, linking to their team's page /sp?id=psm_team_personas.
 */

export const PROPOSAL_EVENTS = {
    approvalRequested: 'x_psm_persona.proposal.approval_requested',
    decided: 'x_psm_persona.proposal.decided',
} as const

/** After a proposal's approval is inserted requested: ask its approver (parm1), naming the proposal (parm2). */
export function queueProposalApprovalRequest(current: GlideRecord, _previous: GlideRecord | null): void {
    if (current.getValue('source_table') !== PROPOSAL || current.getValue('state') !== 'requested') return
    const approver = current.getValue('approver') || ''
    if (approver) gs.eventQueue(PROPOSAL_EVENTS.approvalRequested, current, approver, current.getValue('document_id') || '')
}

/** After a proposal leaves "requested" for a decision: tell the proposer (parm1) the outcome (parm2). */
export function queueProposalDecided(current: GlideRecord, previous: GlideRecord | null): void {
    const state = current.getValue('state') || ''
    if (state !== 'approved' && state !== 'rejected') return
    if (previous && previous.getValue('state') === state) return
    const proposer = current.getValue('proposed_by') || ''
    if (proposer) gs.eventQueue(PROPOSAL_EVENTS.decided, current, proposer, state)
}

/** What both emails say about a proposal. */
export interface ProposalFacts {
    userName: string
    personaName: string
    currentPersonaName: string
    proposerName: string
    proposedAs: string
    justification: string
    state: string
    deciderName: string
    decisionComment: string
}

function factsOf(proposal: GlideRecord): ProposalFacts {
    return {
        userName: proposal.getDisplayValue('user'),
        personaName: proposal.getDisplayValue('persona'),
        currentPersonaName: proposal.getValue('current_persona') ? proposal.getDisplayValue('current_persona') : '',
        proposerName: proposal.getDisplayValue('proposed_by'),
        proposedAs: proposal.getValue('proposed_as') === 'business_area_owner' ? 'business-area owner' : 'manager',
        justification: proposal.getValue('justification') || '',
        state: proposal.getValue('state') || '',
        deciderName: proposal.getValue('decided_by') ? proposal.getDisplayValue('decided_by') : '',
        decisionComment: proposal.getValue('decision_comment') || '',
    }
}

/** "Persona proposal: Business Analyst for Ray Report". Pure. */
export function requestSubject(f: ProposalFacts): string {
    return `Persona proposal: ${f.personaName} for ${f.userName}, your approval is needed`
}

/** "Your persona proposal for Ray Report: Business Analyst approved". Pure. */
export function decisionSubject(f: ProposalFacts): string {
    return `Your persona proposal for ${f.userName}: ${f.personaName} ${f.state === 'approved' ? 'approved' : 'not approved'}`
}

/** The approver's request: who proposes what for whom and why, and the button to their approval. Every value escaped. Pure. */
export function renderProposalRequest(f: ProposalFacts, approverName: string, approvalUrl: string, approvalsUrl: string): string {
    const facts = list([
        `${escapeHtml(f.userName)}: now ${escapeHtml(f.currentPersonaName || 'no persona')}, proposed ${escapeHtml(f.personaName)}`,
        `Proposed by ${escapeHtml(f.proposerName)}, as their ${escapeHtml(f.proposedAs)}`,
        'Approved, the persona is pinned: scoring no longer changes it, and the history records who proposed and who decided.',
    ])
    return frame({
        attributes: 'data-mail="proposal-request"',
        greetingName: approverName,
        headline: `Approve ${f.personaName} for ${f.userName}?`,
        lead: paragraph(`${escapeHtml(f.proposerName)} proposes the persona ${escapeHtml(f.personaName)} for ${escapeHtml(f.userName)}. The first persona administrator to decide decides for all.`),
        primary: { url: approvalUrl, text: 'Approve or reject' },
        body: section('proposal', 'The proposal', facts) + section('justification', 'Why it fits', paragraph(escapeHtml(f.justification))),
        secondary: [{ url: approvalsUrl, text: 'All your approvals' }],
    })
}

/** The proposer's decision email. Every value escaped. Pure. */
export function renderProposalDecision(f: ProposalFacts, proposerName: string, teamUrl: string): string {
    const approved = f.state === 'approved'
    const outcome = approved
        ? `${escapeHtml(f.userName)} now has the persona ${escapeHtml(f.personaName)}, pinned: scoring no longer changes it.`
        : `${escapeHtml(f.userName)} keeps ${escapeHtml(f.currentPersonaName || 'their current persona')}.`
    const comment = f.decisionComment.trim() ? section('comment', `${f.deciderName || 'The approver'} wrote`, paragraph(escapeHtml(f.decisionComment))) : ''
    return frame({
        attributes: `data-mail="proposal-decision" data-decision="${approved ? 'approved' : 'rejected'}"`,
        greetingName: proposerName,
        headline: `${f.personaName} for ${f.userName}: ${approved ? 'approved' : 'not approved'}`,
        lead: paragraph(`${escapeHtml(f.deciderName || 'A persona administrator')} ${approved ? 'approved' : 'rejected'} your proposal. ${outcome}`),
        primary: { url: teamUrl, text: "See your team's personas" },
        body: comment,
        secondary: [],
    })
}

function proposalOf(documentId: string): GlideRecord | null {
    const proposal = new GlideRecord(PROPOSAL)
    return documentId && proposal.get(documentId) ? proposal : null
}

/** current: the requested approval (sysapproval_approver) of a proposal. */
function requestHtml(current: GlideRecord): { html: string; subject: string } {
    const proposal = proposalOf(current.getValue('document_id') || '')
    if (!proposal) throw new Error(`Proposal email: approval ${current.getUniqueValue()} approves no proposal that exists.`)
    const f = factsOf(proposal)
    const b = instanceUrl()
    const html = renderProposalRequest(f, userDisplayName(current.getValue('approver') || ''), portalUrl(b, PORTAL_PAGES.baseApproval, { sys_id: current.getUniqueValue() }), portalUrl(b, PORTAL_PAGES.approvals))
    return { html, subject: requestSubject(f) }
}

/** current: the decided proposal. */
function decisionHtml(current: GlideRecord): { html: string; subject: string } {
    const f = factsOf(current)
    return { html: renderProposalDecision(f, userDisplayName(current.getValue('proposed_by') || ''), portalUrl(instanceUrl(), PORTAL_PAGES.team)), subject: decisionSubject(f) }
}

export function printProposalRequest(current: GlideRecord, template: MailPrinter, email: unknown): void {
    printWithSubject(template, email, requestHtml(current))
}

export function printProposalRequestText(current: GlideRecord, template: MailPrinter): void {
    template.print(htmlToPlainText(requestHtml(current).html))
}

export function printProposalDecision(current: GlideRecord, template: MailPrinter, email: unknown): void {
    printWithSubject(template, email, decisionHtml(current))
}

export function printProposalDecisionText(current: GlideRecord, template: MailPrinter): void {
    template.print(htmlToPlainText(decisionHtml(current).html))
}
