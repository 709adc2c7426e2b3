import { tallyText } from './approvals.ts'
import { stateLabel } from './model.ts'
import type { Phase } from './phases.ts'
import { ownPhase, tiersOf } from './your-phase.ts'
import { escapeHtml, orderedList, paragraph, section, textList } from '../mail/html.ts'
import type { MailModel, MailParts } from './render-model.ts'
import { approvalStatusSection, feedbackSection, phasesSection, statusSection, supportSection, textSection } from './render-sections.ts'
import { assessChange, excerpt, windowText } from './summaries.ts'

const STEPS_AHEAD = [
    'Assessment: the change team checks risk and impact.',
    'Approval: the approvers decide; you can follow their progress.',
    'Scheduling: you receive your rollout plan, training and support line.',
    'Implementation within the planned window.',
    'Review: we ask how it went for you.',
]

function supportLine(model: MailModel): string {
    return model.change.supportContact.trim() || model.settings.supportChannel
}

function yourPhaseText(mine: Phase | null): string {
    return mine ? `${mine.name}, ${mine.start} to ${mine.end}` : ''
}

/** The requester's portal pages: the change itself (the button), all their changes, and feedback when asked. */
function links(model: MailModel, withFeedback: boolean): MailParts['links'] {
    const out = [
        { url: model.links.change, text: `View ${model.change.number}` },
        { url: model.links.myChanges, text: 'All your changes' },
    ]
    if (withFeedback) out.unshift({ url: model.links.feedback, text: 'Give feedback' })
    return out
}

function submitted(model: MailModel): MailParts {
    const c = model.change
    const gaps = assessChange(c).concerns.filter((x) => x !== 'risk not assessed' && x !== 'no test results recorded')
    const sections = [statusSection(c), section('next', 'What happens next', orderedList(STEPS_AHEAD.map((s) => escapeHtml(s))))]
    if (gaps.length) sections.push(section('guidance', 'To avoid delays', paragraph('The approvers will ask about these; add them to the change if you can:') + textList(gaps)))
    sections.push(supportSection(supportLine(model)))
    // The gaps are filled on the portal's change form: its link is the button while gaps remain.
    const out = links(model, false)
    if (gaps.length && model.links.completeChange) out.unshift({ url: model.links.completeChange, text: 'Fill the gaps' })
    return {
        headline: `We received your change ${c.number}`,
        decision: `${c.number} is submitted. Next: risk and impact assessment. No action needed unless you can fill the gaps below.`,
        links: out,
        keyFacts: [`Status: ${stateLabel(c.state)}`, `Next: assessment, then approval by the ${model.settings.cabGroup}`, gaps.length ? `Gaps: ${gaps.join('; ')}` : 'No gaps found'],
        sections,
    }
}

function simpleStatus(model: MailModel, headline: string, next: string, extra: string[] = []): MailParts {
    const c = model.change
    return {
        headline,
        decision: next,
        links: links(model, false),
        keyFacts: [`Status: ${stateLabel(c.state)}`, `Support: ${supportLine(model)}`],
        sections: [statusSection(c), section('next', 'What happens next', paragraph(escapeHtml(next))), ...extra, supportSection(supportLine(model))],
    }
}

function authorize(model: MailModel): MailParts {
    const c = model.change
    const t = model.approvals.tally
    const next = `Waiting for approval by the ${model.settings.cabGroup} (${tallyText(t)}). Once everyone approves, the change is scheduled and you receive your rollout plan.`
    const parts = simpleStatus(model, `${c.number} is waiting for approval`, next, [approvalStatusSection(model.approvals, model.settings.cabGroup)])
    parts.keyFacts.splice(1, 0, `Approvals: ${tallyText(t)}`)
    return parts
}

function rejected(model: MailModel): MailParts {
    const c = model.change
    const by = model.approvals.named.filter((a) => a.state === 'rejected').map((a) => a.approverName)
    const who = by.length ? by.join(', ') : `the ${model.settings.cabGroup}`
    const next = `The change was rejected by ${who} and has been canceled. To go ahead, address their concerns and submit a new change.`
    const reasons = model.approvals.named.filter((a) => a.state === 'rejected' && (a.comments ?? '').trim()).map((a) => `${a.approverName}: ${(a.comments ?? '').trim()}`)
    const decision = section('decision', 'Decision', paragraph(escapeHtml(`Rejected by ${who}.`)) + textList(reasons))
    return simpleStatus(model, `${c.number} was not approved`, next, [decision, approvalStatusSection(model.approvals, model.settings.cabGroup)])
}

/** What changes for the reader, cut for the mobile variant (the full text stays on the change page). */
const MOBILE_ROLLOUT_CHARS = 280

function scheduled(model: MailModel): MailParts {
    const c = model.change
    const a = assessChange(c)
    const own = ownPhase(a.phases, model.recipient.audience ?? tiersOf(model.recipient.attributes))
    const yours = yourPhaseText(own)
    const intro = yours ? `Your phase: ${yours}.` : a.phases.length ? 'None of the phases names you specifically; see the full schedule.' : `Everyone is switched over in one step: ${windowText(a.window)}.`
    const rollout =
        section('rollout-plan', 'Your rollout plan', paragraph(`<strong>${escapeHtml(intro)}</strong>`) + paragraph(escapeHtml(`Window: ${windowText(a.window)}`))) +
        textSection('rollout-details', 'What changes for you', c.rolloutPlan, 'No rollout notes were added.') +
        phasesSection(a.phases, own ? [own] : [])
    const sections = [
        statusSection(c),
        approvalStatusSection(model.approvals, model.settings.cabGroup),
        rollout,
        textSection('training', 'Training', c.training, 'No training is needed for this change.'),
        supportSection(supportLine(model)),
    ]
    // The mobile-first variant keeps the rollout plan: the reader's phase and what changes for them, short, first.
    const what = c.rolloutPlan.trim() ? excerpt(c.rolloutPlan, MOBILE_ROLLOUT_CHARS) : 'No rollout notes were added.'
    const mobileFirst = section('rollout-plan', 'Your rollout plan', paragraph(`<strong>${escapeHtml(intro)}</strong>`) + paragraph(escapeHtml(`What changes for you: ${what}`)))
    return {
        headline: `${c.number} is approved and scheduled`,
        decision: yours ? `Approved and scheduled. Your phase: ${yours}.` : `Approved and scheduled: ${windowText(a.window)}.`,
        links: links(model, false),
        keyFacts: [yours ? `Your phase: ${yours}` : `Window: ${windowText(a.window)}`, c.training.trim() ? `Training: ${c.training.trim()}` : 'No training needed', `Support: ${supportLine(model)}`],
        sections,
        mobileFirst,
    }
}

function review(model: MailModel): MailParts {
    const c = model.change
    const prompt = 'How did the change go for you? Two minutes of feedback helps us plan the next one.'
    return {
        headline: `${c.number} is implemented: how did it go?`,
        decision: `${c.number} is implemented and in review. Please rate how it went for you.`,
        links: links(model, true),
        keyFacts: [`Status: ${stateLabel(c.state)}`, `Support: ${supportLine(model)}`],
        sections: [statusSection(c), feedbackSection(model.links.feedback, prompt), supportSection(supportLine(model))],
    }
}

function finished(model: MailModel, canceled: boolean): MailParts {
    const c = model.change
    const code = c.closeCode.trim() ? ` (${c.closeCode.trim()})` : ''
    const next = canceled ? 'The change was canceled and will not be implemented. Nothing changes for you.' : `The change is closed${code}. Nothing more is needed from you.`
    const notes = c.closeNotes.trim() ? [section('outcome', 'Outcome', paragraph(escapeHtml(c.closeNotes)))] : []
    return simpleStatus(model, canceled ? `${c.number} was canceled` : `${c.number} is closed`, next, notes)
}

/** The requester's message for one moment: guidance, status with what happens next, rollout plan, feedback. */
export function requesterParts(model: MailModel): MailParts {
    const c = model.change
    switch (model.moment) {
        case 'submitted':
            return submitted(model)
        case 'assess':
            return simpleStatus(model, `${c.number} is being assessed`, `The change team is assessing risk and impact. Next: approval by the ${model.settings.cabGroup}.`)
        case 'authorize':
            return authorize(model)
        case 'rejected':
            return rejected(model)
        case 'scheduled':
            return scheduled(model)
        case 'implementing':
            return simpleStatus(model, `${c.number} is being implemented`, `Implementation has started: ${windowText(assessChange(c).window)}. Expect the changes described in your rollout plan.`)
        case 'review':
            return review(model)
        case 'closed':
            return finished(model, false)
        case 'canceled':
            return finished(model, true)
        default:
            return simpleStatus(model, `${c.number}: ${stateLabel(c.state)}`, `The change is now ${stateLabel(c.state)}.`)
    }
}
