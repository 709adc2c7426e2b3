import { escapeHtml, list, paragraph } from '../mail/html.ts'
import { frame } from '../mail/frame.ts'
import type { MailModel, MailParts } from './render-model.ts'

/** How many key facts the mobile variant shows: what fits on a phone screen without scrolling. */
export const MOBILE_FACTS = 4

/** Which change this is about, in the requester's own words. */
function about(model: MailModel): string {
    const c = model.change
    return `<p data-section="about" style="margin:0 0 12px"><strong>${escapeHtml(c.number)}</strong>: ${escapeHtml(c.shortDescription)}</p>`
}

function attributes(model: MailModel, variant: 'standard' | 'mobile'): string {
    return `class="psm-change-mail" data-stakeholder="${escapeHtml(model.stakeholder)}" data-moment="${escapeHtml(model.moment)}" data-variant="${variant}"`
}

/** The full message: greeting, headline, the change, the decision, the button, every section, the other links. */
export function standardLayout(model: MailModel, parts: MailParts): string {
    const [primary, ...secondary] = parts.links
    return frame({
        attributes: attributes(model, 'standard'),
        greetingName: model.recipient.name,
        headline: parts.headline,
        lead: about(model) + `<p data-section="decision" style="margin:0 0 12px">${escapeHtml(parts.decision)}</p>`,
        primary: primary ?? null,
        body: parts.sections.join(''),
        secondary,
    })
}

/**
 * The mobile-first variant: the decision and the button first, then what this reader must not miss
 * (the requester's rollout plan, short), then a handful of short facts; the long plans stay behind the links.
 */
export function mobileLayout(model: MailModel, parts: MailParts): string {
    const [primary, ...secondary] = parts.links
    const facts = parts.keyFacts.slice(0, MOBILE_FACTS)
    return frame({
        attributes: attributes(model, 'mobile'),
        greetingName: model.recipient.name,
        headline: parts.headline,
        lead: paragraph(`<strong data-section="decision">${escapeHtml(parts.decision)}</strong>`),
        primary: primary ?? null,
        body: [parts.mobileFirst ?? '', about(model), facts.length ? `<div data-section="key-facts">${list(facts.map((f) => escapeHtml(f)))}</div>` : ''].join(''),
        secondary,
    })
}

export function layout(model: MailModel, parts: MailParts): string {
    return model.recipient.mobile ? mobileLayout(model, parts) : standardLayout(model, parts)
}
