import { paragraph, section } from '../mail/html.ts'
import type { MailModel, MailParts } from './render-model.ts'
import { feedbackSection, phasesSection, textSection, troubleshootingSection, windowSection } from './render-sections.ts'
import { assessChange, windowText } from './summaries.ts'

function links(model: MailModel, feedback: boolean): MailParts['links'] {
    const out = [
        { url: model.links.change, text: `View ${model.change.number}` },
        { url: model.links.runbook, text: 'Troubleshooting runbook' },
    ]
    if (feedback) out.unshift({ url: model.links.feedback, text: 'Report implementation feedback' })
    return out
}

const FEEDBACK_PROMPT = 'Something in the plan, the tooling or the window that made this harder than it should be? Tell us.'

/** The action plan: window, implementation plan, phases, backout plan, then where to get help and report back. */
function plan(model: MailModel): MailParts {
    const c = model.change
    const a = assessChange(c)
    const first = a.phases.length ? `first phase ${a.phases[0].name} from ${a.phases[0].start}` : 'one step, no phases'
    const sections = [
        section('action-plan', 'Your action plan', paragraph('Work through the sections below in order: window, implementation plan, phases, then keep the backout plan at hand.')),
        windowSection(a),
        textSection('implementation-plan', 'Implementation plan', c.implementationPlan, 'No implementation plan yet: ask the change owner before the window opens.'),
        phasesSection(a.phases),
        textSection('backout-plan', 'Backout plan', c.backoutPlan, 'No backout plan: agree one with the change owner before you start.'),
        textSection('test-plan', 'Test plan', c.testPlan, 'No test plan recorded.'),
        troubleshootingSection(model.links.runbook, model.settings.implementerSupport),
        feedbackSection(model.links.feedback, FEEDBACK_PROMPT),
    ]
    return {
        headline: `Implement ${c.number}: ${windowText(a.window)}`,
        decision: `You implement ${c.number} in the window ${windowText(a.window)} (${first}).`,
        links: links(model, false),
        keyFacts: [
            `Window: ${windowText(a.window)}`,
            a.phases.length ? `${a.phases.length} phases: ${a.phases.map((p) => `${p.name} ${p.start}`).join(', ')}` : 'No phases',
            `Backout plan: ${a.plans.backout ? 'present' : 'MISSING'}`,
            `Support: ${model.settings.implementerSupport}`,
        ],
        sections,
    }
}

function implementing(model: MailModel): MailParts {
    const c = model.change
    const a = assessChange(c)
    return {
        headline: `${c.number} is in implementation`,
        decision: `${c.number} is now in implementation: ${windowText(a.window)}. If something goes wrong, use the backout plan and the support channel below.`,
        links: links(model, false),
        keyFacts: [`Window: ${windowText(a.window)}`, `Backout plan: ${a.plans.backout ? 'present' : 'MISSING'}`, `Support: ${model.settings.implementerSupport}`],
        sections: [
            windowSection(a),
            troubleshootingSection(model.links.runbook, model.settings.implementerSupport),
            textSection('backout-plan', 'Backout plan', c.backoutPlan, 'No backout plan recorded: escalate before you continue.'),
        ],
    }
}

function review(model: MailModel): MailParts {
    const c = model.change
    return {
        headline: `${c.number} is in review: report how the implementation went`,
        decision: `${c.number} moved to review. Report implementation feedback while it is fresh.`,
        links: links(model, true),
        keyFacts: ['Status: Review', 'Two minutes: what helped, what got in the way'],
        sections: [feedbackSection(model.links.feedback, FEEDBACK_PROMPT)],
    }
}

function canceled(model: MailModel): MailParts {
    const c = model.change
    return {
        headline: `${c.number} was canceled: do not implement`,
        decision: `Stand down: ${c.number} was canceled and must not be implemented.`,
        links: [{ url: model.links.change, text: `View ${c.number}` }],
        keyFacts: ['Status: Canceled', 'Release any reserved window or resources'],
        sections: [section('status', 'Status', paragraph('The change was canceled. Release the window and any resources you reserved.'))],
    }
}

/** The implementer's message for one moment: action plan, troubleshooting and support, feedback. */
export function implementerParts(model: MailModel): MailParts {
    switch (model.moment) {
        case 'implementing':
            return implementing(model)
        case 'review':
            return review(model)
        case 'canceled':
            return canceled(model)
        default:
            return plan(model)
    }
}
