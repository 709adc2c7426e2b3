import { DIMENSIONS, DIMENSION_LABELS, MAX_RANK, MIN_RANK, type Dimension, type Rankings } from './dimensions.ts'

/** Raw field values as a record holds them: GlideRecord hands back strings, callers may pass numbers. */
export type RawRankings = Partial<Record<Dimension, string | number | null | undefined>>

export interface RankingCheck {
    ok: boolean
    rankings: Rankings | null
    errors: string[]
}

const INTEGER = /^[+-]?\d+$/

/**
 * Checks that every dimension holds a whole number from 1 to 4.
 * Returns every problem at once so an admin fixes the form in one pass.
 */
export function validateRankings(raw: RawRankings): RankingCheck {
    const errors: string[] = []
    const rankings = {} as Rankings
    for (const dim of DIMENSIONS) {
        const label = DIMENSION_LABELS[dim]
        const value = raw[dim]
        const text = value === null || value === undefined ? '' : String(value).trim()
        if (text === '') {
            errors.push(`${label} ranking is required (a whole number from ${MIN_RANK} to ${MAX_RANK}).`)
            continue
        }
        if (!INTEGER.test(text)) {
            errors.push(`${label} ranking "${text}" is not a whole number; use ${MIN_RANK} to ${MAX_RANK}.`)
            continue
        }
        const n = Number(text)
        if (n < MIN_RANK || n > MAX_RANK) {
            errors.push(`${label} ranking ${n} is outside ${MIN_RANK}-${MAX_RANK}.`)
            continue
        }
        rankings[dim] = n
    }
    return errors.length ? { ok: false, rankings: null, errors } : { ok: true, rankings, errors }
}

export interface PersonaShape {
    sysId: string
    name: string
    rankings: Rankings
    qualifier: string
}

export function sameRankings(a: Rankings, b: Rankings): boolean {
    return DIMENSIONS.every((d) => a[d] === b[d])
}

/** The other personas whose five rankings equal the candidate's (scoring cannot tell them apart by usage). */
export function findIdenticalPersonas(candidate: PersonaShape, others: readonly PersonaShape[]): PersonaShape[] {
    return others.filter((o) => o.sysId !== candidate.sysId && sameRankings(candidate.rankings, o.rankings))
}

export function formatRankings(r: Rankings): string {
    return DIMENSIONS.map((d) => r[d]).join('/')
}

/**
 * The admin-facing warning for indistinguishable personas: names both sides and says
 * what tells them apart (a qualifier), or that only `order` does today.
 */
export function identicalPersonaWarning(candidate: PersonaShape, twins: readonly PersonaShape[]): string {
    if (!twins.length) return ''
    const names = twins.map((t) => `"${t.name}"`).join(', ')
    const shape = formatRankings(candidate.rankings)
    const anyQualifier = candidate.qualifier !== '' || twins.some((t) => t.qualifier !== '')
    const how = anyQualifier
        ? 'Scoring tells them apart only by qualifier (user criteria a user must match) and then by order; check that the qualifiers differ.'
        : 'Scoring cannot tell them apart by usage: give one of them a qualifier (user criteria a user must match, for example a role) or change a ranking; until then the lower order wins every tie.'
    return `Persona "${candidate.name}" has the same rankings (${shape}) as active persona ${names}. ${how}`
}
