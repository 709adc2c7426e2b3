import { gs, GlideDateTime, GlideRecord } from '@servicenow/glide'
import { UserCriteriaLoader } from '@servicenow/glide/sn_uc'
import { DIMENSIONS } from './dimensions.ts'
import { METRIC_NAMES, validateMetrics, type Metrics } from './metrics.ts'
import { scoreProfile, type ScoreResult } from './scoring.ts'
import { scoringConfig, type QualifiedPersona, type ScoringConfig } from './scoring-config.ts'

/**
 * Scores one profile record in place (no update): rankings, persona, distance, runner-up,
 * margin and explanation. Qualifiers are checked lazily, only for personas that would win or
 * come second, so most users cost no criteria evaluation at all.
 */
export function scoreProfileRecord(profile: GlideRecord, config: ScoringConfig = scoringConfig(), checked?: Metrics): ScoreResult | null {
    const metrics = checked ?? readMetrics(profile).metrics
    if (!metrics) return null
    const userId = profile.getValue('user') || ''
    const current = { personaSysId: profile.getValue('persona') || '', locked: profile.getValue('locked') === '1' }
    const excluded: Array<{ name: string; reason: string }> = []
    let candidates: QualifiedPersona[] = config.personas
    const verdicts: Record<string, boolean> = {}
    for (;;) {
        const result = scoreProfile({ metrics, rules: config.rules, candidates, excluded, current, switchMargin: config.switchMargin })
        const contenders = [result.persona, result.runnerUp].filter((id) => id !== '')
        const disqualified = candidates.filter((p) => contenders.indexOf(p.sysId) >= 0 && p.qualifier !== '' && !qualifies(userId, p, verdicts))
        if (!disqualified.length) {
            writeResult(profile, result)
            return result
        }
        for (const p of disqualified) excluded.push({ name: p.name, reason: `requires the qualifier "${p.qualifierName || p.qualifier}"` })
        candidates = candidates.filter((p) => disqualified.indexOf(p) < 0)
    }
}

function qualifies(userId: string, persona: QualifiedPersona, verdicts: Record<string, boolean>): boolean {
    if (!(persona.sysId in verdicts)) verdicts[persona.sysId] = userId !== '' && UserCriteriaLoader.userMatches(userId, [persona.qualifier])
    return verdicts[persona.sysId]
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
    const raw: Record<string, string | null> = {}
    for (const m of METRIC_NAMES) raw[m] = profile.getValue(m)
    const check = validateMetrics(raw)
    return check.ok && check.metrics ? { metrics: check.metrics, problems: '' } : { metrics: null, problems: check.errors.join(' ') }
}

export function scoringEnabled(): boolean {
    return gs.getProperty('x_psm_persona.scoring.enabled', 'true') !== 'false'
}
