import BetterSqlite3 from 'better-sqlite3'
import { APP_DIR, buildIsStale, runBuild } from '../src/local/build'
import { Instance } from '../src/local/instance'
import { seededRandom } from '../tools/demo/random'
import { METRIC_NAMES, type Metrics } from '../src/server/persona/metrics'
import { scoreProfile, type PersonaCandidate, type ScoringRule } from '../src/server/persona/scoring'
import { DIMENSIONS } from '../src/server/persona/dimensions'
import { copyTable } from './baseline-tables'
import { result, time, type BenchResult } from './harness'
import { metricsFor } from './usage-metrics'

interface Batch {
    rescoreStaleProfiles(): { rescored: number; changed: number }
}

/**
 * Rescoring N profiles in the installed app (the nightly job's path: one GlideRecord update per
 * profile, business rules and all) against raw SQL that reads the same metrics, computes with the
 * same pure scoring function and writes the same result columns, in one transaction.
 */
export function benchRescoring(n: number): BenchResult[] {
    if (buildIsStale()) runBuild(undefined, 'pipe')
    const instance = Instance.create({ db: ':memory:' })
    instance.install(APP_DIR)
    const random = seededRandom(7)
    const store = instance.store
    let rules: ScoringRule[] = []
    let personas: PersonaCandidate[] = []
    const now = store.clock()
    instance.run(() => {
        const config = instance.appModule<{ scoringConfig(): { rules: ScoringRule[]; personas: PersonaCandidate[] } }>('src/server/persona/scoring-config.ts').scoringConfig()
        rules = config.rules
        // Bench users have no itil role, so personas with a qualifier are not theirs (as the app decides).
        personas = (config.personas as Array<PersonaCandidate & { qualifier?: string }>).filter((p) => !p.qualifier)
        // Setup (not measured): users and scored profiles written directly, as an existing population.
        store.transaction(() => {
            for (let i = 0; i < n; i++) {
                const userId = store.newSysId()
                const metrics = metricsFor(random)
                const scored = scoreProfile({ metrics, rules, candidates: personas, current: null, switchMargin: 0.5 })
                const base = { sys_created_on: now, sys_created_by: 'bench', sys_updated_on: now, sys_updated_by: 'bench', sys_mod_count: 0 }
                store.insertRow('sys_user', { ...base, sys_id: userId, sys_class_name: 'sys_user', user_name: `bench.${i}`, active: 1, x_psm_persona_persona: scored.persona || null })
                store.insertRow('x_psm_persona_profile', {
                    ...base,
                    sys_id: store.newSysId(),
                    sys_class_name: 'x_psm_persona_profile',
                    user: userId,
                    ...metrics,
                    ...scored.rankings,
                    persona: scored.persona || null,
                    distance: scored.distance,
                    runner_up: scored.runnerUp || null,
                    margin: scored.margin,
                    explanation: scored.explanation,
                    locked: 0,
                    stale: 1,
                })
            }
        })
    })

    const batch = instance.appModule<Batch>('src/server/persona/rescore-batch.ts')
    // Steady state: the rules' modules are loaded (transpiled once) before the clock starts.
    instance.appModule('src/server/persona/profile-rules.ts')
    let summary = { rescored: 0, changed: 0 }
    const hook = (globalThis as { __benchHook?: (phase: string) => void }).__benchHook
    hook?.('start')
    // As the scheduled job and `npm run rescore` run it: group commit (Store.batched), every write still atomic.
    const subject = time(() => instance.run(() => store.batched(() => (summary = batch.rescoreStaleProfiles()))))
    hook?.('stop')
    if (summary.rescored !== n) throw new Error(`rescored ${summary.rescored} of ${n}`)

    // Baseline: the same reads, the same computation, the same writes, in raw SQL, on a copy of the
    // very table (its DDL and indexes), so index upkeep costs both sides alike.
    const raw = new BetterSqlite3(':memory:')
    copyTable(instance, raw, 'x_psm_persona_profile')
    raw.exec('UPDATE x_psm_persona_profile SET stale = 1')
    const baseline = time(() => {
        const rows = raw.prepare(`SELECT sys_id, persona, ${METRIC_NAMES.join(', ')} FROM x_psm_persona_profile WHERE stale = 1`).all() as Array<Record<string, string | number | null>>
        const write = raw.prepare(`UPDATE x_psm_persona_profile SET ${DIMENSIONS.map((d) => `${d} = ?`).join(', ')}, persona = ?, distance = ?, runner_up = ?, margin = ?, explanation = ?, scored_on = ?, stale = 0, sys_updated_on = ?, sys_updated_by = 'system', sys_mod_count = sys_mod_count + 1 WHERE sys_id = ?`)
        raw.transaction(() => {
            for (const r of rows) {
                const metrics = Object.fromEntries(METRIC_NAMES.map((m) => [m, Number(r[m])])) as Metrics
                const s = scoreProfile({ metrics, rules, candidates: personas, current: { personaSysId: String(r.persona ?? ''), locked: false }, switchMargin: 0.5 })
                const stamp = new Date().toISOString().slice(0, 19).replace('T', ' ')
                write.run(...DIMENSIONS.map((d) => s.rankings[d]), s.persona || null, s.distance, s.runnerUp || null, s.margin, s.explanation, stamp, stamp, r.sys_id)
            }
        })()
    })
    instance.close()
    raw.close()
    return [
        result(`rescore ${n.toLocaleString('en')} profiles (nightly job, rules and all)`, subject, baseline, 4, `${Math.round(n / (subject / 1000)).toLocaleString('en')} users/s, ${summary.changed} changed persona`),
    ]
}
