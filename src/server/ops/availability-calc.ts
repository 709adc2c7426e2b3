import { DIMENSIONS, DIMENSION_LABELS, type Dimension, type Rankings } from '../persona/dimensions.ts'

/*
 * Outage impact by persona, without Glide calls. The CMDB's "Depends on::Used by" relationship reads "Parent CI
 * depends on child CI. Meaning that problem/change in the child CI may impact the parent CI" (CI relationships
 * in the CMDB): an outage of a CI reaches every CI that depends on it, directly or through others.
 */

export interface Edge {
    parent: string
    child: string
}

/** The CIs an outage of `down` reaches: itself and every parent depending on it, transitively (cycles safe). */
export function impactedCis(down: readonly string[], dependsOn: readonly Edge[]): Set<string> {
    const parentsOf = new Map<string, string[]>()
    for (const e of dependsOn) parentsOf.set(e.child, [...(parentsOf.get(e.child) ?? []), e.parent])
    const seen = new Set<string>(down)
    const queue = [...down]
    while (queue.length) {
        const ci = queue.pop() as string
        for (const p of parentsOf.get(ci) ?? []) {
            if (seen.has(p)) continue
            seen.add(p)
            queue.push(p)
        }
    }
    return seen
}

/**
 * How much a persona depends on a service: its highest ranking on the dimensions the service's demand comes
 * from (all dimensions when the service has no demand factors). Ties go to the dimension listed first.
 */
export function dependence(rankings: Rankings, relevant: readonly Dimension[]): { dimension: Dimension; ranking: number } {
    const dims = relevant.length ? relevant : DIMENSIONS
    let best: Dimension = dims[0]
    for (const d of dims) if (rankings[d] > rankings[best]) best = d
    return { dimension: best, ranking: rankings[best] }
}

const NOTICE_BY_DIMENSION: Readonly<Record<Dimension, string>> = {
    mobility:
        '{service} is unavailable while many of you work away from the office. Save your work locally; we will send updates to your mobile. Where you can, use an office connection until it is restored.',
    network: '{service} is unavailable: large transfers, syncs and video calls will fail. Pause uploads and syncs; we will tell you as soon as it is back.',
    communication: '{service} is unavailable. Let your customers and contacts know replies may be delayed, and use the phone for anything urgent.',
    interaction: '{service} is unavailable. Team meetings and shared workspaces may not work: agree a fallback (a phone bridge) with your team.',
    technology: '{service} is unavailable. Please avoid workarounds that bypass security controls; we will post updates as we restore it.',
}

const GENERIC_NOTICE = '{service} is unavailable. We are working on it and will tell you when it is restored.'

/**
 * The outage notice a persona reads: the administrator's wording for the persona when there is one, otherwise
 * worded from the dimension the persona depends on the service through (ranking 3 or 4), otherwise generic.
 */
export function outageNotice(persona: string, service: string, dep: { dimension: Dimension; ranking: number }, custom?: string): string {
    const template = (custom || '').trim() || (dep.ranking >= 3 ? NOTICE_BY_DIMENSION[dep.dimension] : GENERIC_NOTICE)
    return `${persona}: ${template.split('{service}').join(service)}`
}

export function dependenceText(dep: { dimension: Dimension; ranking: number }): string {
    return `${DIMENSION_LABELS[dep.dimension]} ${dep.ranking}`
}
