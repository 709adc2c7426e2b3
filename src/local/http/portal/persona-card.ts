import { escapeHtml } from '../respond'
import { radarChart, type RadarAxis } from './radar'
import { formatMonthly } from './format'

/** What the persona card shows; the data adapter fills it from the app's portal-data module. */
export interface PersonaCardView {
    /** null when the user has no persona yet. */
    personaName: string | null
    description: string
    /** The persona bundle's base monthly cost. */
    monthlyCost: number | null
    axes: RadarAxis[]
    /** Why scoring chose this persona (plain text from the profile). */
    explanation: string
    /** An admin pinned the persona: scoring does not change it. */
    locked: boolean
}

/** The persona card: name, description, radar chart, the same numbers as a table, and why. */
export function personaCard(card: PersonaCardView): string {
    if (!card.personaName) {
        return (
            `<aside class="persona card pad" aria-labelledby="persona-title"><p class="eyebrow">Your persona</p>` +
            `<h2 id="persona-title">Not assigned yet</h2><p class="desc">You have no workstyle persona yet, so the catalog shows the services offered to everyone. ` +
            `A persona is assigned when your usage profile is scored.</p>${card.explanation ? `<p class="why-persona">${escapeHtml(card.explanation)}</p>` : ''}</aside>`
        )
    }
    const name = card.personaName
    const rows = card.axes
        .map((a) => `<tr><th scope="row">${escapeHtml(a.label)}</th><td>${a.you ?? '–'}</td><td>${a.persona ?? '–'}</td></tr>`)
        .join('')
    const table =
        `<table class="ranks"><caption>Rankings, 1 (low) to 4 (high)</caption>` +
        `<thead><tr><th scope="col">Dimension</th><th scope="col">You</th><th scope="col">${escapeHtml(name)}</th></tr></thead><tbody>${rows}</tbody></table>`
    const legend =
        `<ul class="legend" aria-hidden="true"><li><span class="swatch"></span>You</li><li><span class="swatch profile"></span>${escapeHtml(name)} profile</li></ul>`
    const cost = card.monthlyCost !== null ? `<p class="bundle">Bundle ${escapeHtml(formatMonthly(card.monthlyCost))}</p>` : ''
    const why = card.explanation
        ? `<details open><summary>Why this persona</summary><p class="why-persona">${escapeHtml(card.explanation)}</p></details>`
        : ''
    const pinned = card.locked ? `<p class="why-persona"><strong>Pinned by an administrator:</strong> rescoring does not change it.</p>` : ''
    return (
        `<aside class="persona card pad" aria-labelledby="persona-title"><p class="eyebrow">Your persona</p>` +
        `<h2 id="persona-title">${escapeHtml(name)}</h2>${card.description ? `<p class="desc">${escapeHtml(card.description)}</p>` : ''}${cost}` +
        `${radarChart(card.axes, name)}${legend}${table}${pinned}${why}</aside>`
    )
}
