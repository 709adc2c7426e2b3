import { DIMENSIONS, DIMENSION_LABELS, type Rankings } from './dimensions.ts'
import { METRICS } from './metrics.ts'
import { formatRankings } from './persona-validation.ts'
import type { Contribution, Decision, DimensionScore, ExcludedPersona, RankedCandidate, RankingResult } from './scoring.ts'

export interface ExplainInput {
    ranking: RankingResult
    decision: Decision
    /** The pinned persona's sys_id when the profile is locked ('' when pinned to none, or not locked). */
    pinnedId: string
    switchMargin: number
    excluded: readonly ExcludedPersona[]
}

/**
 * Distances and margins with one decimal, or two when one would hide a difference
 * (a 0.25 margin shown as "0.3" would contradict the decision it explains).
 */
export function formatDistance(value: number): string {
    const two = (Math.round(value * 100) / 100).toFixed(2)
    const text = two.charAt(two.length - 1) === '0' ? two.slice(0, -1) : two
    return text === '-0.0' ? '0.0' : text
}

/**
 * Names come from records an admin typed: the explanation is stored as one plain-text paragraph,
 * so markup characters and line breaks are dropped rather than trusted to every renderer.
 */
export function plain(text: string): string {
    return text.replace(/[<>]/g, '').replace(/\s+/g, ' ').trim()
}

function listOf(items: readonly string[]): string {
    if (items.length <= 1) return items.join('')
    return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}

function metricPhrase(c: Contribution): string {
    return METRICS[c.metric].phrase(c.value)
}

function singleRuleClause(c: Contribution): string {
    const verb = METRICS[c.metric].plural(c.value) ? 'rank' : 'ranks'
    return `${metricPhrase(c)} ${verb} ${DIMENSION_LABELS[c.dimension]} ${c.rank}`
}

function weightedClause(s: DimensionScore): string {
    const parts = s.contributions.map((c) => `${metricPhrase(c)} (rank ${c.rank}, weight ${formatWeight(c.weight)})`)
    const mean = s.mean === null ? '' : formatDistance(s.mean)
    return `${listOf(parts)} average ${mean}, so ${DIMENSION_LABELS[s.dimension]} ranks ${s.rank}`
}

function formatWeight(weight: number): string {
    return String(Math.round(weight * 100) / 100)
}

/** Why one dimension has its rank, in words. */
export function dimensionClause(s: DimensionScore): string {
    const label = DIMENSION_LABELS[s.dimension]
    if (s.basis === 'no-rule') return `${label} ranks ${s.rank} (no active scoring rule)`
    if (s.basis === 'no-weight') return `${label} ranks ${s.rank} (its scoring rules all have weight 0)`
    return s.contributions.length === 1 ? singleRuleClause(s.contributions[0]) : weightedClause(s)
}

/** Highest ranks first: they are what sets a user's way of working apart. Ties keep the usual dimension order. */
export function orderedClauses(ranking: RankingResult): string[] {
    const scores = ranking.dimensions.slice()
    scores.sort((a, b) => b.rank - a.rank || DIMENSIONS.indexOf(a.dimension) - DIMENSIONS.indexOf(b.dimension))
    return scores.map(dimensionClause)
}

function nameOf(r: RankedCandidate): string {
    return plain(r.candidate.name)
}

function fitSentence(rankings: Rankings, chosen: RankedCandidate): string {
    const name = nameOf(chosen)
    return `Rankings ${formatRankings(rankings)}, distance ${formatDistance(chosen.distance)} from the ${name} profile ${formatRankings(chosen.candidate.rankings)}.`
}

function tieNote(chosen: RankedCandidate, runnerUp: RankedCandidate): string {
    if (runnerUp.distance !== chosen.distance) return ''
    if (chosen.candidate.order !== runnerUp.candidate.order) {
        return `; the tie goes to the lower order (${chosen.candidate.order} before ${runnerUp.candidate.order})`
    }
    return '; the tie goes to the name that sorts first'
}

function runnerUpSentence(chosen: RankedCandidate, runnerUp: RankedCandidate | null): string {
    if (!runnerUp) return 'No runner-up: it is the only persona the user qualifies for.'
    const gap = runnerUp.distance - chosen.distance
    if (gap < 0) return `Best fit otherwise: ${nameOf(runnerUp)}, ${formatDistance(-gap)} closer.`
    return `Runner-up ${nameOf(runnerUp)}, ${formatDistance(gap)} further${tieNote(chosen, runnerUp)}.`
}

function switchedSentence(chosen: RankedCandidate, previous: RankedCandidate | null, margin: number): string {
    if (!previous) return ''
    if (Math.abs(previous.distance - chosen.distance) < 1e-9) {
        return `Switched from ${nameOf(previous)}, which fits exactly as well: between equal fits the persona ordered first wins.`
    }
    const gain = formatDistance(previous.distance - chosen.distance)
    return `Switched from ${nameOf(previous)} (distance ${formatDistance(previous.distance)}): ${gain} closer, which meets the switch margin ${formatDistance(margin)}.`
}

function keptSentence(kept: RankedCandidate, best: RankedCandidate | null, margin: number): string {
    if (!best) return ''
    if (best.distance >= kept.distance) return `${nameOf(best)} fits as well, but only a closer fit replaces the current persona, so it stays.`
    const gain = formatDistance(kept.distance - best.distance)
    return `${nameOf(best)} fits better, ${gain} closer, but switching needs at least the switch margin ${formatDistance(margin)}, so the current persona stays.`
}

function excludedList(excluded: readonly ExcludedPersona[]): string {
    return excluded.map((e) => `${plain(e.name)} ${plain(e.reason)}`).join('; ')
}

function excludedSentence(excluded: readonly ExcludedPersona[]): string {
    return excluded.length ? `Left out: ${excludedList(excluded)}.` : ''
}

function unassignedSentence(excluded: readonly ExcludedPersona[]): string {
    if (!excluded.length) return 'There is no active persona to choose from.'
    return `The user qualifies for no active persona: ${excludedList(excluded)}.`
}

function pinnedElsewhereSentence(pinnedId: string, best: RankedCandidate | null): string {
    const why = pinnedId
        ? 'The pinned persona is inactive or the user does not qualify for it, so no distance is measured to it; scoring never changes a pinned persona.'
        : 'The profile is pinned to no persona; scoring never assigns one to a pinned profile.'
    return best ? `${why} Best fit otherwise: ${nameOf(best)}, distance ${formatDistance(best.distance)}.` : why
}

const PREVIOUS_GONE = 'The previous persona is inactive or the user no longer qualifies for it.'

function headOf(input: ExplainInput): string {
    const { reason, chosen } = input.decision
    if (!chosen) return reason === 'locked' ? 'Pinned by an administrator' : 'No persona'
    const name = nameOf(chosen)
    if (reason === 'kept') return `${name} (kept)`
    if (reason === 'locked') return `${name} (pinned by an administrator)`
    return name
}

function tailOf(input: ExplainInput): string[] {
    const { reason, chosen, runnerUp, previous, previousGone } = input.decision
    const rankings = input.ranking.rankings
    if (!chosen) {
        const why = reason === 'locked' ? pinnedElsewhereSentence(input.pinnedId, runnerUp) : unassignedSentence(input.excluded)
        const left = reason === 'locked' ? excludedSentence(input.excluded) : ''
        const gone = reason === 'unassigned' && previousGone ? PREVIOUS_GONE : ''
        return [`Rankings ${formatRankings(rankings)}.`, why, gone, left]
    }
    const fit = fitSentence(rankings, chosen)
    const left = excludedSentence(input.excluded)
    if (reason === 'kept') return [fit, keptSentence(chosen, runnerUp, input.switchMargin), left]
    if (reason === 'locked') return [fit, 'Scoring never changes a pinned persona.', runnerUpSentence(chosen, runnerUp), left]
    const gone = previousGone ? PREVIOUS_GONE : ''
    return [fit, runnerUpSentence(chosen, runnerUp), switchedSentence(chosen, previous, input.switchMargin), gone, left]
}

/** One plain-text paragraph: the persona, why each dimension ranks as it does, how well it fits, and what came second. */
export function explainScore(input: ExplainInput): string {
    const head = `${headOf(input)}: ${orderedClauses(input.ranking).join('; ')}.`
    return [head, ...tailOf(input)].filter((s) => s !== '').join(' ')
}
