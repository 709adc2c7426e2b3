/*
 * What an administrator is told when an edit of the catalog configuration has side effects on who
 * sees what. Pure text, so the rules, the REST field (`validation_message`) and tests share it.
 */

/** Lists at most `max` names, then how many more. */
export function nameList(names: readonly string[], max = 5): string {
    const shown = names.slice(0, max).map((n) => `"${n}"`)
    const more = names.length - shown.length
    return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ')
}

/**
 * The question asked when an offering would be the first restriction on an item everyone sees today
 * (platform semantics: an item without Available For criteria is available to everyone; the first
 * persona criterion makes it available to that persona's users only).
 */
export function firstOfferingQuestion(itemName: string, personaName: string): string {
    return (
        `Offering not saved: "${itemName}" is available to everyone today. Offering it to ${personaName} makes it available only to ` +
        `users of the personas that offer it, so everyone else loses it. To restrict it, set "Restrict the item to its personas" ` +
        `(restrict_item) and save again; to keep it available to everyone, do not add an offering.`
    )
}

/** What the admin is told after confirming that restriction. */
export function firstOfferingNotice(itemName: string, personaName: string): string {
    return `"${itemName}" was available to everyone; it is now available only to users of ${personaName} (and of any persona that offers it later).`
}

export function deleteRefusal(personaName: string, members: number, pinned: number): string {
    const pins = pinned ? ` (${pinned} pinned by an administrator)` : ''
    return (
        `Persona "${personaName}" not deleted: ${members} user${members === 1 ? ' has' : 's have'} it${pins}. ` +
        `Deactivate it first, so that scoring moves its users to other personas, then delete it.`
    )
}

export function deactivateRefusal(personaName: string, pinned: number): string {
    return (
        `Persona "${personaName}" not deactivated: ${pinned} user${pinned === 1 ? ' is' : 's are'} pinned to it by an administrator, ` +
        `and scoring never moves a pinned persona. Give ${pinned === 1 ? 'that user' : 'them'} another persona, or unpin them, first.`
    )
}

/** After deactivation: what happened to the persona's offerings and which items everyone sees again. */
export function deactivationNotice(personaName: string, offerings: number, nowPublic: readonly string[]): string {
    const items = nowPublic.length ? ` No other persona offers ${nameList(nowPublic)}: available to everyone again.` : ''
    return (
        `Persona "${personaName}" deactivated: its users are rescored into other personas and its ${offerings} active ` +
        `offering${offerings === 1 ? ' was' : 's were'} deactivated (reactivate them with the persona).${items}`
    )
}

/** After deletion: what was cleaned up. */
export function deletionNotice(personaName: string, offerings: number, criterionRemoved: boolean, nowPublic: readonly string[]): string {
    const criterion = criterionRemoved ? ' and its user criterion' : ''
    const items = nowPublic.length ? ` No other persona offers ${nameList(nowPublic)}: available to everyone again.` : ''
    return `Persona "${personaName}" deleted with its ${offerings} offering${offerings === 1 ? '' : 's'}${criterion}.${items}`
}
