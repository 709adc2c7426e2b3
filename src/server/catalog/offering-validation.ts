import { parseAmount } from './money.ts'

/** The fields of an offering that can be wrong, as a record holds them. */
export interface OfferingInput {
    persona: string | null
    catalogItem: string | null
    monthlyCost: string | number | null
}

/** Every problem with an offering, as sentences; empty when it may be saved. */
export function offeringProblems(input: OfferingInput): string[] {
    const problems: string[] = []
    if (!input.persona) problems.push('Choose the persona the service is offered to.')
    if (!input.catalogItem) problems.push('Choose the catalog item offered.')
    const raw = input.monthlyCost
    const empty = raw === null || (typeof raw === 'string' && raw.trim() === '')
    if (!empty) {
        const cost = parseAmount(raw)
        if (cost === null) problems.push(`Monthly cost "${String(raw)}" is not a number.`)
        else if (cost < 0) problems.push(`Monthly cost ${String(raw)} cannot be negative.`)
    }
    return problems
}

/** The refusal when the persona already has an offering for the item (one per pair keeps costs unambiguous). */
export function duplicateOfferingProblem(personaName: string, itemName: string): string {
    return `${personaName || 'This persona'} already has an offering for ${itemName || 'this catalog item'}; change that offering instead.`
}
