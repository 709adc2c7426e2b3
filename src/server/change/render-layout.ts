import { escapeHtml, link } from './render-html.ts'
import type { MailModel, MailParts } from './render-model.ts'

/** How many key facts the mobile variant shows: what fits on a phone screen without scrolling. */
export const MOBILE_FACTS = 4

function greeting(name: string): string {
    return `<p>Hello ${escapeHtml(name || 'there')},</p>`
}

function linkLine(parts: MailParts): string {
    return parts.links.map((l) => link(l.url, l.text)).join(' &middot; ')
}

/** Which change this is about, in the requester's own words. */
function about(model: MailModel): string {
    const c = model.change
    return `<p data-section="about"><strong>${escapeHtml(c.number)}</strong>: ${escapeHtml(c.shortDescription)}</p>`
}

function open(model: MailModel, variant: 'standard' | 'mobile'): string {
    return `<div class="psm-change-mail" data-stakeholder="${escapeHtml(model.stakeholder)}" data-moment="${escapeHtml(model.moment)}" data-variant="${variant}">`
}

/** The full message: greeting, headline, every section, links at the end. */
export function standardLayout(model: MailModel, parts: MailParts): string {
    return [
        open(model, 'standard'),
        greeting(model.recipient.name),
        `<h2 data-section="headline">${escapeHtml(parts.headline)}</h2>`,
        about(model),
        `<p data-section="decision">${escapeHtml(parts.decision)}</p>`,
        ...parts.sections,
        parts.links.length ? `<p data-section="links">${linkLine(parts)}</p>` : '',
        '</div>',
    ].join('')
}

/**
 * The mobile-first variant: the decision and the links before anything else, then a handful of
 * short facts; the long plans stay behind the links.
 */
export function mobileLayout(model: MailModel, parts: MailParts): string {
    const facts = parts.keyFacts.slice(0, MOBILE_FACTS)
    return [
        open(model, 'mobile'),
        `<p data-section="decision"><strong>${escapeHtml(parts.decision)}</strong></p>`,
        parts.links.length ? `<p data-section="links">${linkLine(parts)}</p>` : '',
        about(model),
        facts.length ? `<ul data-section="key-facts">${facts.map((f) => `<li>${escapeHtml(f)}</li>`).join('')}</ul>` : '',
        '</div>',
    ].join('')
}

export function layout(model: MailModel, parts: MailParts): string {
    return model.recipient.mobile ? mobileLayout(model, parts) : standardLayout(model, parts)
}
