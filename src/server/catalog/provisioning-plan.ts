/*
 * What provisioning does for one persona change, decided without touching a record: the new
 * persona's bundled services the user does not already have are ordered; those they have are left
 * alone; the previous persona's services the new one does not offer are listed for review (never
 * removed). Pure, so it is unit-tested apart from the ordering.
 */

export interface PlanInput {
    /** The new persona's bundled services (catalog item sys_ids), in offering order. */
    bundled: readonly string[]
    /** Every service the new persona offers (bundled or not). */
    offered: readonly string[]
    /** The previous persona's services ('' persona: none). */
    previous: readonly string[]
    /** Items the user already has: an open or fulfilled requested item for them. */
    has: readonly string[]
}

export interface Plan {
    /** Bundled services to order now. */
    order: string[]
    /** Bundled services the user already has: not ordered again. */
    alreadyHas: string[]
    /** Services of the previous persona the new one does not offer: for an analyst to review. */
    review: string[]
}

export function provisioningPlan(input: PlanInput): Plan {
    const has = new Set(input.has)
    const offered = new Set(input.offered)
    const seen = new Set<string>()
    const order: string[] = []
    const alreadyHas: string[] = []
    for (const item of input.bundled) {
        if (seen.has(item)) continue
        seen.add(item)
        if (has.has(item)) alreadyHas.push(item)
        else order.push(item)
    }
    const review: string[] = []
    for (const item of input.previous) if (!offered.has(item) && !review.includes(item)) review.push(item)
    return { order, alreadyHas, review }
}
