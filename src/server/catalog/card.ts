import { DIMENSIONS, DIMENSION_LABELS, MAX_RANK, MIN_RANK, type Dimension, type Rankings } from '../persona/dimensions.ts'

/** One axis of the persona card: the persona's rank and the user's, side by side. */
export interface DimensionRow {
    dimension: Dimension
    label: string
    /** The persona's rank, or null when the user has no persona. */
    persona: number | null
    /** The user's own rank, or null when their profile was never scored. */
    user: number | null
}

export type RawRankings = Partial<Record<Dimension, string | number | null | undefined>>

/** Five 1-4 ranks from a record's fields; null when any is missing or out of range (e.g. a profile never scored). */
export function rankingsFrom(raw: RawRankings): Rankings | null {
    const out = {} as Rankings
    for (const d of DIMENSIONS) {
        const v = raw[d]
        const n = v === null || v === undefined || v === '' ? NaN : Number(v)
        if (!Number.isInteger(n) || n < MIN_RANK || n > MAX_RANK) return null
        out[d] = n
    }
    return out
}

/** The card's five rows, always in the app's dimension order. */
export function dimensionRows(persona: Rankings | null, user: Rankings | null): DimensionRow[] {
    return DIMENSIONS.map((d) => ({
        dimension: d,
        label: DIMENSION_LABELS[d],
        persona: persona ? persona[d] : null,
        user: user ? user[d] : null,
    }))
}
