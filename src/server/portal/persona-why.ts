import { formatDistance, plain } from '../persona/explain.ts'
import type { PersonaCard } from '../catalog/portal-data.ts'

/*
 * "Why this persona" in a sentence or two a user reads at a glance; the scoring explanation
 * (src/server/persona/explain.ts, stored on the profile) stays available as the details on demand.
 * Plain text: the widget binds it with ng-bind.
 */

function listOf(items: readonly string[]): string {
    if (items.length <= 1) return items.join('')
    return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}

/** The short answer for the card. */
export function whyThisPersona(card: PersonaCard): string {
    if (!card.persona) {
        return card.explanation
            ? 'No persona fits you yet, so you see the services offered to everyone. The details say why.'
            : 'You have no persona yet: one is assigned when your usage profile is scored.'
    }
    const name = plain(card.persona.name)
    if (card.locked) return `An administrator assigned you the ${name} persona; rescoring does not change it.`
    const scored = card.dimensions.filter((d) => d.user !== null && d.persona !== null)
    if (!scored.length) return `You have the ${name} persona; your usage profile has not been scored yet.`
    const same = scored.filter((d) => d.user === d.persona).map((d) => d.label)
    const fit =
        same.length === scored.length
            ? `your usage matches the ${name} profile on every dimension`
            : same.length
              ? `of all personas, the ${name} profile is closest to how you work: you match it on ${listOf(same)}`
              : `of all personas, the ${name} profile is closest to how you work`
    const runnerUp = card.runnerUp && card.margin !== null && card.margin >= 0 ? ` The next closest, ${plain(card.runnerUp.name)}, is ${formatDistance(card.margin)} further away.` : ''
    return `You have the ${name} persona because ${fit}.${runnerUp}`
}
