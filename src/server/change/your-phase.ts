import type { Phase } from './phases.ts'

/**
 * What a phase audience may name for one reader, from the most specific to the least: the person
 * (name or user name), their groups, their department or location, their persona. An audience that
 * names everyone comes after all of these.
 */
export interface AudienceTiers {
    person: string[]
    groups: string[]
    places: string[]
    persona: string[]
}

export const EVERYONE = ['everyone', 'all', 'all users', 'all staff', 'company-wide']

function names(values: readonly string[]): string[] {
    return values.map((v) => v.trim().toLowerCase()).filter((v) => v !== '')
}

function earliest(phases: readonly Phase[]): Phase | null {
    let best: Phase | null = null
    for (const p of phases) if (!best || p.startKey < best.startKey) best = p
    return best
}

/**
 * The reader's own phase: the phase whose audience names them most specifically (person > group >
 * department/location > persona > everyone), the earliest when several match at that level; null
 * when no phase concerns them. Never a list of every phase: a catch-all "Everyone" phase is the
 * reader's only when nothing more specific names them.
 */
export function ownPhase(phases: readonly Phase[], tiers: AudienceTiers): Phase | null {
    for (const tier of [tiers.person, tiers.groups, tiers.places, tiers.persona]) {
        const mine = names(tier)
        if (!mine.length) continue
        const found = earliest(phases.filter((p) => p.audiences.some((a) => mine.indexOf(a.trim().toLowerCase()) >= 0)))
        if (found) return found
    }
    return earliest(phases.filter((p) => p.audiences.some((a) => EVERYONE.indexOf(a.trim().toLowerCase()) >= 0)))
}

/** Tiers from a flat attribute list (older callers): every attribute counts as a group-level match. */
export function tiersOf(attributes: readonly string[]): AudienceTiers {
    return { person: [], groups: [...attributes], places: [], persona: [] }
}
