import { DIMENSIONS, MAX_RANK, MIN_RANK, type Dimension, type Rankings } from './dimensions.ts'
import { isMetricName, type MetricName, type Metrics } from './metrics.ts'
import { explainScore } from './explain.ts'

/** An active scoring rule: a metric >= thresholdN ranks N on its dimension; below threshold2 ranks 1. */
export interface ScoringRule {
    sysId: string
    dimension: Dimension
    metric: MetricName
    weight: number
    threshold2: number
    threshold3: number
    threshold4: number
}

/** One rule's part in a dimension's rank. */
export interface Contribution {
    dimension: Dimension
    metric: MetricName
    value: number
    rank: number
    weight: number
}

/** How a dimension got its rank: from weighted rules, or 1 by default because none applied. */
export type RankBasis = 'rules' | 'no-rule' | 'no-weight'

export interface DimensionScore {
    dimension: Dimension
    rank: number
    basis: RankBasis
    /** Weighted mean of the rules' ranks before rounding; null when no rule carried weight. */
    mean: number | null
    /** The rules with weight above 0 (the ones that count). */
    contributions: Contribution[]
}

export interface RankingResult {
    rankings: Rankings
    /** Every applicable rule, weight 0 included, in the order the rules came. */
    contributions: Contribution[]
    /** One entry per dimension, in DIMENSIONS order. */
    dimensions: DimensionScore[]
}

export interface PersonaCandidate {
    sysId: string
    name: string
    order: number
    rankings: Rankings
}

export interface RankedCandidate {
    candidate: PersonaCandidate
    distance: number
}

export type ScoreReason = 'scored' | 'kept' | 'locked' | 'unassigned'

export interface ExcludedPersona {
    name: string
    reason: string
}

export interface CurrentAssignment {
    personaSysId: string
    locked: boolean
}

export type DimensionWeights = Partial<Record<Dimension, number>>

export interface ScoreInput {
    metrics: Metrics
    rules: ScoringRule[]
    /** Active personas the user qualifies for, already filtered. */
    candidates: PersonaCandidate[]
    /** Personas left out, e.g. { name: 'Technology Support', reason: 'requires the qualifier "ITIL users"' }. */
    excluded?: ExcludedPersona[]
    current: CurrentAssignment | null
    switchMargin: number
    dimensionWeights?: DimensionWeights
}

export interface ScoreResult {
    rankings: Rankings
    /** sys_id of the assigned persona, or ''. */
    persona: string
    personaName: string
    distance: number | null
    runnerUp: string
    runnerUpName: string
    runnerUpDistance: number | null
    /** Runner-up distance minus chosen distance (negative when a kept or pinned persona is not the best fit). */
    margin: number | null
    reason: ScoreReason
    changed: boolean
    explanation: string
}

/** Everything the explanation needs about the decision, beyond the input. */
export interface Decision {
    reason: ScoreReason
    /** The persona kept or assigned; null when unassigned or pinned to a persona that is not a candidate. */
    chosen: RankedCandidate | null
    /** The best candidate other than the chosen one. */
    runnerUp: RankedCandidate | null
    /** The current persona when it is still a candidate and the decision differs from it. */
    previous: RankedCandidate | null
    /** The user had a persona that is no longer a candidate (inactive, or the user no longer qualifies). */
    previousGone: boolean
}

// Weights are decimals: sums like 0.1 + 0.2 must not turn an exact 2.5 or an exact margin into a near miss.
const EPSILON = 1e-9

/** Distances are kept to six decimals so equal fits compare equal whatever order the sums ran in. */
export function roundDistance(value: number): number {
    const rounded = Math.round(value * 1e6) / 1e6
    return rounded === 0 ? 0 : rounded
}

export function rankMetric(value: number, rule: ScoringRule): number {
    if (value >= rule.threshold4) return 4
    if (value >= rule.threshold3) return 3
    if (value >= rule.threshold2) return 2
    return 1
}

/** 2.5 -> 3 (half up, unlike banker's rounding), kept within MIN_RANK..MAX_RANK. */
export function roundRank(mean: number): number {
    const rounded = Math.floor(mean + 0.5 + EPSILON)
    return Math.min(MAX_RANK, Math.max(MIN_RANK, rounded))
}

/** A weight that is missing, negative or not a number carries no say rather than a negative one. */
function effectiveWeight(weight: number): number {
    return Number.isFinite(weight) && weight > 0 ? weight : 0
}

/** Rules loaded from records may name a dimension or metric this version does not know; they cannot apply. */
function applies(rule: ScoringRule): boolean {
    return DIMENSIONS.indexOf(rule.dimension) >= 0 && isMetricName(rule.metric)
}

function contributionOf(rule: ScoringRule, metrics: Metrics): Contribution {
    const value = metrics[rule.metric]
    return { dimension: rule.dimension, metric: rule.metric, value, rank: rankMetric(value, rule), weight: effectiveWeight(rule.weight) }
}

function scoreDimension(dimension: Dimension, all: Contribution[]): DimensionScore {
    const own = all.filter((c) => c.dimension === dimension)
    const weighted = own.filter((c) => c.weight > 0)
    if (!weighted.length) return { dimension, rank: MIN_RANK, basis: own.length ? 'no-weight' : 'no-rule', mean: null, contributions: [] }
    let total = 0
    let sum = 0
    for (const c of weighted) {
        total += c.weight
        sum += c.weight * c.rank
    }
    const mean = sum / total
    return { dimension, rank: roundRank(mean), basis: 'rules', mean, contributions: weighted }
}

/** Metrics -> a 1-4 rank per dimension, with what each rule contributed. */
export function computeRankings(metrics: Metrics, rules: readonly ScoringRule[]): RankingResult {
    const contributions = rules.filter(applies).map((rule) => contributionOf(rule, metrics))
    const dimensions = DIMENSIONS.map((d) => scoreDimension(d, contributions))
    const rankings = {} as Rankings
    for (const s of dimensions) rankings[s.dimension] = s.rank
    return { rankings, contributions, dimensions }
}

/** A dimension weight left out counts 1; a negative or non-numeric one counts 0 so it cannot reward distance. */
function dimensionWeight(weights: DimensionWeights | undefined, d: Dimension): number {
    const w = weights ? weights[d] : undefined
    if (w === undefined) return 1
    return Number.isFinite(w) && w > 0 ? w : 0
}

/** Weighted Manhattan distance: one step on one dimension at weight 1 is 1.0. */
export function distance(a: Rankings, b: Rankings, weights?: DimensionWeights): number {
    let sum = 0
    for (const d of DIMENSIONS) sum += dimensionWeight(weights, d) * Math.abs(a[d] - b[d])
    return roundDistance(sum)
}

/** Code-unit comparison: the same order on every instance, whatever its locale. */
function compareText(a: string, b: string): number {
    if (a < b) return -1
    return a > b ? 1 : 0
}

/** Closest first; ties by order (lower first), then name, then sys_id so the result never depends on input order. */
export function compareRanked(a: RankedCandidate, b: RankedCandidate): number {
    if (a.distance !== b.distance) return a.distance - b.distance
    if (a.candidate.order !== b.candidate.order) return a.candidate.order - b.candidate.order
    return compareText(a.candidate.name, b.candidate.name) || compareText(a.candidate.sysId, b.candidate.sysId)
}

export function rankCandidates(rankings: Rankings, candidates: readonly PersonaCandidate[], weights?: DimensionWeights): RankedCandidate[] {
    const ranked = candidates.map((candidate) => ({ candidate, distance: distance(rankings, candidate.rankings, weights) }))
    return ranked.sort(compareRanked)
}

/** A negative or non-numeric margin would make users flap between personas; treat it as 0. */
export function effectiveMargin(switchMargin: number): number {
    return Number.isFinite(switchMargin) && switchMargin > 0 ? switchMargin : 0
}

/**
 * Hysteresis: leave the current persona for one closer by at least the margin. An equal fit is
 * different: `order` is the admin's preference between equally good personas and a tie is not
 * metric noise, so the persona ranked first wins it (a user who gains a qualifier, like itil for
 * Technology Support over Knowledge Worker, moves; it cannot flap back, the order never changes).
 */
export function shouldSwitch(best: RankedCandidate, current: RankedCandidate, switchMargin: number): boolean {
    const gain = current.distance - best.distance
    if (Math.abs(gain) <= EPSILON) return compareRanked(best, current) < 0
    return gain > EPSILON && gain >= effectiveMargin(switchMargin) - EPSILON
}

function bestOtherThan(ranked: readonly RankedCandidate[], chosen: RankedCandidate | null): RankedCandidate | null {
    for (const r of ranked) if (!chosen || r.candidate.sysId !== chosen.candidate.sysId) return r
    return null
}

function find(ranked: readonly RankedCandidate[], sysId: string): RankedCandidate | null {
    if (!sysId) return null
    for (const r of ranked) if (r.candidate.sysId === sysId) return r
    return null
}

/** Picks the persona from candidates already sorted best first. */
export function decide(ranked: readonly RankedCandidate[], current: CurrentAssignment | null, switchMargin: number): Decision {
    const currentId = current ? current.personaSysId : ''
    const held = find(ranked, currentId)
    const previousGone = currentId !== '' && !held
    const decision = (reason: ScoreReason, chosen: RankedCandidate | null): Decision => ({
        reason,
        chosen,
        runnerUp: bestOtherThan(ranked, chosen),
        previous: held && held !== chosen ? held : null,
        previousGone,
    })
    if (current && current.locked) return decision('locked', held)
    if (!ranked.length) return decision('unassigned', null)
    const best = ranked[0]
    if (held && held !== best && !shouldSwitch(best, held, switchMargin)) return decision('kept', held)
    return decision('scored', best)
}

/** The persona to record: a pinned one stays even when it is no longer a candidate. */
function assignedPersona(decision: Decision, current: CurrentAssignment | null): string {
    if (decision.reason === 'locked') return current ? current.personaSysId : ''
    return decision.chosen ? decision.chosen.candidate.sysId : ''
}

function marginOf(decision: Decision): number | null {
    if (!decision.chosen || !decision.runnerUp) return null
    return roundDistance(decision.runnerUp.distance - decision.chosen.distance)
}

/** Metrics, rules and candidates -> the persona, how well it fits, what came second, and why. */
export function scoreProfile(input: ScoreInput): ScoreResult {
    return scoreQualified(input, () => null)
}

/**
 * scoreProfile for candidates some of which need a qualifier: `refusal` answers, for a candidate
 * that would win or come second, why the user may not have it (null when they may). Only those
 * contenders are asked, so most users cost no qualifier check; a refused one is dropped and the
 * decision taken again over the same distances (metrics are ranked and distances computed once).
 */
export function scoreQualified(input: ScoreInput, refusal: (candidate: PersonaCandidate) => string | null): ScoreResult {
    const ranking = computeRankings(input.metrics, input.rules)
    let ranked = rankCandidates(ranking.rankings, input.candidates, input.dimensionWeights)
    const excluded = (input.excluded || []).slice()
    const asked: Record<string, string | null> = {}
    let decision = decide(ranked, input.current, input.switchMargin)
    for (;;) {
        const refused: string[] = []
        for (const contender of [decision.chosen, decision.runnerUp]) {
            if (!contender) continue
            const id = contender.candidate.sysId
            if (!(id in asked)) asked[id] = refusal(contender.candidate)
            const why = asked[id]
            if (why !== null) {
                refused.push(id)
                excluded.push({ name: contender.candidate.name, reason: why })
            }
        }
        if (!refused.length) break
        ranked = ranked.filter((r) => refused.indexOf(r.candidate.sysId) < 0)
        decision = decide(ranked, input.current, input.switchMargin)
    }
    const persona = assignedPersona(decision, input.current)
    const { chosen, runnerUp } = decision
    return {
        rankings: ranking.rankings,
        persona,
        personaName: chosen ? chosen.candidate.name : '',
        distance: chosen ? chosen.distance : null,
        runnerUp: runnerUp ? runnerUp.candidate.sysId : '',
        runnerUpName: runnerUp ? runnerUp.candidate.name : '',
        runnerUpDistance: runnerUp ? runnerUp.distance : null,
        margin: marginOf(decision),
        reason: decision.reason,
        changed: persona !== (input.current ? input.current.personaSysId : ''),
        explanation: explainScore({
            ranking,
            decision,
            pinnedId: decision.reason === 'locked' ? persona : '',
            switchMargin: effectiveMargin(input.switchMargin),
            excluded,
        }),
    }
}
