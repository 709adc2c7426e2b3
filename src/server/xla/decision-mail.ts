import { gs, GlideRecord } from '@servicenow/glide'
import { tally, tallyText } from '../change/approvals.ts'
import { approvalsOf } from '../change/approval-records.ts'
import { eventField, printWithSubject, type MailPrinter } from '../mail/outbound.ts'
import { CHANGE_PROPERTIES, stateLabel, toInt } from '../change/model.ts'
import { recipientProfile } from '../change/people.ts'
import { escapeHtml, paragraph, section } from '../mail/html.ts'
import { frame } from '../mail/frame.ts'
import { approvalUrl, feedbackUrl } from '../mail/links.ts'
import { instanceUrl } from '../mail/instance-url.ts'
import { htmlToPlainText } from '../mail/text.ts'

/*
 * The approver's decision email: sent when an approver approves or rejects a change, it confirms
 * the decision, says where the change stands and asks for feedback on the approval experience
 * (the same link format as the change emails: <feedback_path>?change=<sys_id>&role=<stakeholder>).
 */

export interface DecisionModel {
    recipientName: string
    /** Virtual/Mobile 4 readers get the link before anything else, as in every change email. */
    mobile: boolean
    changeNumber: string
    shortDescription: string
    decision: 'approved' | 'rejected'
    /** The change's state now, as a label. */
    state: string
    approvals: string
    changeUrl: string
    feedbackUrl: string
}

/** Where a stakeholder gives feedback on a change, exactly as src/server/change/mail.ts links it. Pure. */
export { feedbackUrl }

const PROMPT = 'How was deciding on this change: did the request give you what you needed, in time? A score from 0 to 10 and a line help us improve approvals.'

/** The decision email's HTML body: the feedback button first, the approval (not a back-office list) after; every value escaped. Pure. */
export function renderDecisionMail(m: DecisionModel): string {
    const verb = m.decision === 'approved' ? 'approved' : 'rejected'
    const decision = `You ${verb} ${m.changeNumber}. Thank you: your decision is recorded.`
    const status = `${m.changeNumber} is now ${m.state}. Approvals: ${m.approvals}.`
    const about = `<p data-section="about" style="margin:0 0 12px"><strong>${escapeHtml(m.changeNumber)}</strong>: ${escapeHtml(m.shortDescription)}</p>`
    const variant = m.mobile ? 'mobile' : 'standard'
    return frame({
        attributes: `class="psm-change-mail" data-stakeholder="approver" data-moment="decisionRecorded" data-variant="${variant}"`,
        greetingName: m.recipientName,
        headline: `Your decision on ${m.changeNumber} is recorded`,
        lead: m.mobile ? paragraph(`<strong data-section="decision">${escapeHtml(decision)}</strong>`) : about + `<p data-section="decision" style="margin:0 0 12px">${escapeHtml(decision)}</p>`,
        primary: { url: m.feedbackUrl, text: 'Rate this approval (0 to 10)' },
        body: m.mobile
            ? about + paragraph(escapeHtml(status))
            : section('status', 'Where the change stands', paragraph(escapeHtml(status))) + section('feedback', 'Your feedback', paragraph(escapeHtml(PROMPT))),
        secondary: [{ url: m.changeUrl, text: `View your approval of ${m.changeNumber}` }],
    })
}

function property(p: { name: string; fallback: string }): string {
    return gs.getProperty(p.name, p.fallback) || p.fallback
}

/** The decision email for the approval being sent (current), to its approver (parm1). */
export function decisionModel(current: GlideRecord, event: unknown): DecisionModel {
    const approverId = eventField(event, 'parm1') || current.getValue('approver') || ''
    const change = new GlideRecord('change_request')
    const changeId = current.getValue('sysapproval') || current.getValue('document_id') || eventField(event, 'parm2')
    if (!changeId || !change.get(changeId)) throw new Error(`Decision email: approval ${current.getUniqueValue()} is not for a change that exists.`)
    const recipient = recipientProfile(approverId)
    const base = instanceUrl()
    return {
        recipientName: recipient.name,
        mobile: recipient.mobile,
        changeNumber: change.getValue('number') || '',
        shortDescription: change.getValue('short_description') || '',
        decision: current.getValue('state') === 'rejected' ? 'rejected' : 'approved',
        state: stateLabel(toInt(change.getValue('state'))),
        approvals: tallyText(tally(approvalsOf(changeId))),
        // The approver's own approval on the portal: it shows the change's summary to them.
        changeUrl: approvalUrl(base, current.getUniqueValue()),
        feedbackUrl: feedbackUrl(base, property(CHANGE_PROPERTIES.feedbackPath), changeId, 'approver'),
    }
}

/**
 * What the mail script x_psm_persona_xla_decision calls (current: the decided approval). The subject names
 * the change: the CAB's approvals approve it as a document (Approving), so the notification's own subject
 * cannot read it from Approval for.
 */
export function printDecisionMail(current: GlideRecord, template: MailPrinter, email: unknown, _emailAction: unknown, event: unknown): void {
    const model = decisionModel(current, event)
    printWithSubject(template, email, { subject: `Your decision on ${model.changeNumber} is recorded: how was it?`, html: renderDecisionMail(model) })
}

/** The plain-text part of the decision email (message_text). */
export function printDecisionMailText(current: GlideRecord, template: MailPrinter, _email: unknown, _emailAction: unknown, event: unknown): void {
    template.print(htmlToPlainText(renderDecisionMail(decisionModel(current, event))))
}
