import { gs, GlideDateTime, GlideRecord } from '@servicenow/glide'
import { DIMENSIONS } from './dimensions.ts'
import { METRIC_NAMES, validateMetrics, type Metrics, type RawMetrics } from './metrics.ts'
import { scoreQualified, type ScoreResult } from './scoring.ts'
import { scoringConfig, type QualifiedPersona, type ScoringConfig } from './scoring-config.ts'
import { userCriteriaLoader } from './user-criteria-api.ts'

/** The profile's persona and pin as the caller already read them: `current` of scoreQualified. */
export interface HeldPersona {
    personaSysId: string
    locked: boolean
}

/**
 * Scores one profile record in place (no update): rankings, persona, distance, runner-up,
 * margin and explanation. Qualifiers are checked lazily, only for personas that would win or
 * come second, so most users cost no criteria evaluation at all. `held`: the persona and pin the
 * caller read from the record already (a rule reads them to see what changed), not read again.
 */
export function scoreProfileRecord(profile: GlideRecord, config: ScoringConfig = scoringConfig(), checked?: Metrics, held?: HeldPersona): ScoreResult | null {
    const metrics = checked ?? readMetrics(profile).metrics
    if (!metrics) return null
    const current = held ?? { personaSysId: profile.getValue('persona') || '', locked: profile.getValue('locked') === '1' }
    // Read on the first qualifier asked, then kept for the other contender: each is a call into the platform,
    // and most users are asked about no qualifier at all.
    let userId: string | null = null
    let loader: ReturnType<typeof userCriteriaLoader> | undefined
    const result = scoreQualified({ metrics, rules: config.rules, candidates: config.personas, current, switchMargin: config.switchMargin }, (candidate) => {
        const persona = candidate as QualifiedPersona
        if (!persona.qualifier) return null
        // Without the User Criteria Scoped API a qualifier cannot be checked: the persona is not granted.
        if (loader === undefined) loader = userCriteriaLoader()
        if (!loader) return `requires the qualifier "${persona.qualifierName || persona.qualifier}", which cannot be checked (plugin not active)`
        if (userId === null) userId = profile.getValue('user') || ''
        if (userId !== '' && loader.userMatches(userId, persona.qualifiers)) return null
        return `requires the qualifier "${persona.qualifierName || persona.qualifier}"`
    })
    writeResult(profile, result)
    return result
}

function writeResult(profile: GlideRecord, result: ScoreResult): void {
    for (const d of DIMENSIONS) profile.setValue(d, result.rankings[d])
    profile.setValue('persona', result.persona)
    profile.setValue('distance', result.distance === null ? '' : result.distance)
    profile.setValue('runner_up', result.runnerUp)
    profile.setValue('margin', result.margin === null ? '' : result.margin)
    profile.setValue('explanation', result.explanation)
    profile.setValue('scored_on', new GlideDateTime().getValue())
}

/** The profile's metrics, validated: the numbers, or the problems as one message for the user. */
export function readMetrics(profile: GlideRecord): { metrics: Metrics | null; problems: string } {
    return checkMetrics(readRawMetrics(profile))
}

/** The profile's metric fields as stored (strings or null). */
export function readRawMetrics(profile: GlideRecord): RawMetrics {
    const raw: RawMetrics = {}
    for (const m of METRIC_NAMES) raw[m] = profile.getValue(m)
    return raw
}

/** Metric values validated: the numbers, or the problems as one message for the user. */
export function checkMetrics(raw: RawMetrics): { metrics: Metrics | null; problems: string } {
    const check = validateMetrics(raw)
    return check.ok && check.metrics ? { metrics: check.metrics, problems: '' } : { metrics: null, problems: check.errors.join(' ') }
}

export function scoringEnabled(): boolean {
    return gs.getProperty('x_psm_persona.scoring.enabled', 'true') !== 'false'
}
