import BetterSqlite3 from 'better-sqlite3'
import { types } from 'node:util'
import { parse } from 'csv-parse/sync'
import { APP_DIR, buildIsStale, runBuild } from '../src/local/build'
import { Instance } from '../src/local/instance'
import { seededRandom } from '../tools/demo/random'
import { loadDataSource } from '../src/local/import-set/csv-load'
import { METRIC_NAMES, type Metrics } from '../src/server/persona/metrics'
import { scoreProfile, scoreQualified, type PersonaCandidate, type ScoringRule } from '../src/server/persona/scoring'
import type { QualifiedPersona } from '../src/server/persona/scoring-config'
import { DIMENSIONS } from '../src/server/persona/dimensions'
import { copyTable, hostCopy, newRowsSince } from './baseline-tables'
import { result, time, type BenchResult } from './harness'
import { metricsFor } from './usage-metrics'
import { rowMarks } from './rescoring'

const STAGING = 'x_psm_persona_usage_import'
const HEADER = 'user_name,email,devices,network_gb_month,team_hours_week,contacts_per_day,remote_pct,source,measured_on'

/**
 * Importing N metric rows through the app's usage import (the shipped data source, staging table and
 * transform map: a CSV file loaded into an import set, each row coalesced onto its user's profile, the
 * profile's rules validating, stamping and scoring it) against raw SQL inserting the same staging rows and
 * writing the same profile columns (the user looked up by user_name, the same pure scoring with the same
 * qualifier check), plus the same history, event and import rows, in one transaction, on copies of the very
 * tables (their DDL and indexes, no more). sameOutcome() checks that both wrote the same. N: 100,000, or
 * PSM_BENCH_IMPORT_N. The detail also gives both sides' CPU time: on a shared machine wall time counts
 * other processes' work too.
 */
export function benchImportSet(n: number): BenchResult[] {
    if (buildIsStale()) runBuild(undefined, 'pipe')
    const instance = Instance.create({ db: ':memory:' })
    instance.install(APP_DIR)
    const random = seededRandom(11)
    const store = instance.store
    let rules: ScoringRule[] = []
    let personas: PersonaCandidate[] = []
    let qualified: QualifiedPersona[] = []
    const now = store.clock()
    instance.run(() => {
        const config = instance.appModule<{ scoringConfig(): { rules: ScoringRule[]; personas: PersonaCandidate[] } }>('src/server/persona/scoring-config.ts').scoringConfig()
        // Plain host copies: read through the sandbox's objects, the baseline's scoring paid the script membrane
        // (a Proxy per object) on every property read, which made raw SQL look slower than the import (issue 17).
        rules = hostCopy(config.rules)
        qualified = hostCopy(config.personas as QualifiedPersona[])
        personas = qualified.filter((p) => !p.qualifier)
        // Setup (not measured): an existing, scored population, as the rescoring bench has it.
        store.transaction(() => {
            for (let i = 0; i < n; i++) {
                const userId = store.newSysId()
                const metrics = metricsFor(random)
                const scored = scoreProfile({ metrics, rules, candidates: personas, current: null, switchMargin: 0.5 })
                const base = { sys_created_on: now, sys_created_by: 'bench', sys_updated_on: now, sys_updated_by: 'bench', sys_mod_count: 0 }
                store.insertRow('sys_user', { ...base, sys_id: userId, sys_class_name: 'sys_user', user_name: `bench.${i}`, email: `bench.${i}@example.com`, active: 1, x_psm_persona_persona: scored.persona || null })
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
                    usage_on: '2026-10-20 00:00:00',
                    usage_source: 'October',
                    locked: 0,
                    stale: 0,
                })
            }
        })
    })
    // This month's metrics for everyone.
    const lines = [HEADER]
    for (let i = 0; i < n; i++) {
        const m = metricsFor(random)
        lines.push([`bench.${i}`, '', ...METRIC_NAMES.map((k) => String(m[k])), 'November reports', '2026-11-20'].join(','))
    }
    const csv = `${lines.join('\n')}\n`

    // The baseline's tables are copied before the import writes anything.
    const raw = new BetterSqlite3(':memory:')
    const stagingRoot = store.schema.table(STAGING).root
    for (const t of ['sys_user', 'x_psm_persona_profile', stagingRoot, 'sys_user_has_role']) copyTable(instance, raw, t)
    if ([rules, qualified, ...rules, ...qualified, ...qualified.map((p) => p.rankings)].some((v) => types.isProxy(v))) throw new Error('hostCopy left a sandbox object')
    // A qualifier (user criteria by role) is checked as the platform stores roles: sys_user_has_role holds the
    // inherited and contained grants too, so one indexed query per user asked answers it.
    const qualifierRoles = new Map<string, string[]>()
    for (const p of qualified) {
        if (!p.qualifier) continue
        const c = store.prepare('SELECT role, "user", "group", department, location, company, advanced FROM user_criteria WHERE sys_id = ?').get(p.qualifier) as Record<string, string | null>
        if (c.user || c.group || c.department || c.location || c.company || c.advanced === '1') throw new Error(`The baseline checks role qualifiers only; ${p.qualifierName} has other conditions`)
        qualifierRoles.set(p.sysId, (c.role ?? '').split(',').filter((r) => r))
    }

    // Steady state: the app's modules are loaded (transpiled once) before the clock starts.
    instance.run(() => {
        instance.appModule('src/server/persona/profile-rules.ts')
        instance.appModule('src/server/persona/usage-import.ts')
    })
    // What the import writes besides the staging rows, the profiles and the users (history, events, the import set,
    // its run and log) is inserted by the baseline too: the rows written after these marks.
    const marks = rowMarks(instance)
    let summary = { updated: 0, ignored: 0, errors: 0 }
    // As a scheduled data source load runs: group commit (Store.batched), each row's writes still atomic.
    const hook = (globalThis as { __benchHook?: (phase: string) => void }).__benchHook
    hook?.('start')
    const cpuStart = process.cpuUsage()
    const subject = time(() =>
        instance.run(() =>
            store.batched(() => {
                const report = loadDataSource(instance, 'Persona usage metrics (CSV)', csv)
                summary = { updated: report.transform?.updated ?? 0, ignored: report.transform?.ignored ?? 0, errors: report.transform?.errors ?? 0 }
            }),
        ),
    )
    const subjectCpu = cpuMs(process.cpuUsage(cpuStart))
    hook?.('stop')
    if (summary.updated !== n) throw new Error(`imported ${summary.updated} of ${n} (${summary.ignored} ignored, ${summary.errors} errors)`)
    const changed = (store.prepare('SELECT COUNT(*) AS n FROM x_psm_persona_assignment').get() as { n: number }).n
    // Collected outside the clock; inserted inside the baseline's one transaction.
    const extra = newRowsSince(instance, raw, marks, ['x_psm_persona_profile', 'sys_user', stagingRoot])
    const map = store.prepare('SELECT sys_id FROM sys_transform_map WHERE source_table = ?').get(STAGING) as { sys_id: string }

    // Baseline: the same rows, tables and indexes in raw SQL, one transaction: each CSV row inserted as a staging row,
    // its user looked up by user_name, the profile by user, scored with the same pure function, the profile (and the
    // user's persona when it changed) updated, the staging row marked, and the history/event/import rows inserted.
    const baselineStart = process.cpuUsage()
    const baseline = time(() => {
        const records = parse(csv, { columns: true, skip_empty_lines: true }) as Array<Record<string, string>>
        const setId = 'b'.repeat(32)
        const insertRow = raw.prepare(
            `INSERT INTO "${stagingRoot}" (sys_id, sys_class_name, sys_created_on, sys_created_by, sys_updated_on, sys_updated_by, sys_mod_count, sys_import_set, sys_import_row, sys_import_state, user_name, email, ${METRIC_NAMES.join(', ')}, source, measured_on) VALUES (?, ?, ?, 'bench', ?, 'bench', 0, ?, ?, 'pending', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        const findUser = raw.prepare('SELECT sys_id FROM sys_user WHERE user_name = ?')
        const findProfile = raw.prepare('SELECT sys_id, persona FROM x_psm_persona_profile WHERE "user" = ?')
        const writeProfile = raw.prepare(
            `UPDATE x_psm_persona_profile SET ${METRIC_NAMES.map((m) => `${m} = ?`).join(', ')}, usage_source = ?, usage_on = ?, ${DIMENSIONS.map((d) => `${d} = ?`).join(', ')}, persona = ?, distance = ?, runner_up = ?, margin = ?, explanation = ?, scored_on = ?, sys_updated_on = ?, sys_updated_by = 'bench', sys_mod_count = sys_mod_count + 1 WHERE sys_id = ?`,
        )
        const markRow = raw.prepare(
            `UPDATE "${stagingRoot}" SET sys_import_state = 'updated', sys_import_state_comment = '', sys_transform_map = ?, sys_target_table = 'x_psm_persona_profile', sys_target_sys_id = ?, sys_updated_on = ?, sys_mod_count = sys_mod_count + 1 WHERE sys_id = ?`,
        )
        // The persona mirrored onto sys_user, as the profile's rule does when the persona changes.
        const hasRole = raw.prepare(`SELECT 1 FROM sys_user_has_role WHERE "user" = ? AND role = ? AND state = 'active' LIMIT 1`)
        const mirror = raw.prepare(`UPDATE sys_user SET x_psm_persona_persona = ?, sys_updated_on = ?, sys_updated_by = 'bench', sys_mod_count = sys_mod_count + 1 WHERE sys_id = ?`)
        raw.transaction(() => {
            records.forEach((r, i) => {
                const stamp = new Date().toISOString().slice(0, 19).replace('T', ' ')
                const rowId = store.newSysId()
                insertRow.run(rowId, STAGING, stamp, stamp, setId, i, r.user_name, r.email, ...METRIC_NAMES.map((m) => r[m]), r.source, r.measured_on)
                const user = findUser.get(r.user_name) as { sys_id: string }
                const profile = findProfile.get(user.sys_id) as { sys_id: string; persona: string | null }
                const metrics = Object.fromEntries(METRIC_NAMES.map((m) => [m, Number(r[m])])) as Metrics
                const s = scoreQualified({ metrics, rules: rules, candidates: qualified, current: { personaSysId: profile.persona ?? '', locked: false }, switchMargin: 0.5 }, (c) => {
                    const p = c as QualifiedPersona
                    if (!p.qualifier) return null
                    return qualifierRoles.get(p.sysId)?.some((role) => hasRole.get(user.sys_id, role)) ? null : `requires the qualifier "${p.qualifierName || p.qualifier}"`
                })
                writeProfile.run(...METRIC_NAMES.map((m) => metrics[m]), r.source, `${r.measured_on} 00:00:00`, ...DIMENSIONS.map((d) => s.rankings[d]), s.persona || null, s.distance, s.runnerUp || null, s.margin, s.explanation, stamp, stamp, profile.sys_id)
                if ((s.persona || null) !== (profile.persona || null)) mirror.run(s.persona || null, stamp, user.sys_id)
                markRow.run(map.sys_id, profile.sys_id, stamp, rowId)
            })
            extra.insert()
        })()
    })
    const baselineCpu = cpuMs(process.cpuUsage(baselineStart))
    sameOutcome(instance, raw, stagingRoot)
    instance.close()
    raw.close()
    return [
        result(
            `import ${n.toLocaleString('en')} metric rows (CSV → import set → transform map, rules and all)`,
            subject,
            baseline,
            4,
            `${Math.round(n / (subject / 1000)).toLocaleString('en')} rows/s, ${(subject / n).toFixed(2)} ms/row, ${changed} changed persona, ${extra.rows.toLocaleString('en')} history/event/log rows; CPU time ${Math.round(subjectCpu)} vs ${Math.round(baselineCpu)} ms (${(subjectCpu / baselineCpu).toFixed(2)}x: wall time on a shared machine also counts others' work)`,
        ),
    ]
}

/**
 * The baseline is only a fair yardstick if it wrote what the import wrote: every profile's metrics, usage
 * stamp, ranks, persona and explanation, every user's persona, and every staging row's state and target.
 */
function sameOutcome(instance: Instance, raw: BetterSqlite3.Database, stagingRoot: string): void {
    const checks: Array<[string, string]> = [
        ['x_psm_persona_profile', `SELECT sys_id, ${METRIC_NAMES.join(', ')}, usage_source, usage_on, ${DIMENSIONS.join(', ')}, persona, distance, runner_up, margin, explanation, stale, locked FROM x_psm_persona_profile ORDER BY sys_id`],
        ['sys_user', 'SELECT sys_id, x_psm_persona_persona FROM sys_user ORDER BY sys_id'],
        [stagingRoot, `SELECT sys_import_row, sys_import_state, sys_import_state_comment, sys_transform_map, sys_target_table, sys_target_sys_id, user_name, ${METRIC_NAMES.join(', ')}, source, measured_on FROM "${stagingRoot}" ORDER BY sys_import_row`],
    ]
    for (const [table, sql] of checks) {
        const a = instance.store.prepare(sql).raw().all() as unknown[][]
        const b = raw.prepare(sql).raw().all() as unknown[][]
        if (a.length !== b.length) throw new Error(`baseline wrote ${b.length} ${table} rows, the import ${a.length}`)
        a.forEach((row, i) => {
            row.forEach((v, j) => {
                if (String(v ?? '') !== String(b[i][j] ?? '')) throw new Error(`baseline differs from the import in ${table} row ${i} column ${j}: ${String(b[i][j])} vs ${String(v)}`)
            })
        })
    }
}

/** Process CPU time (user + system) in ms. */
function cpuMs(usage: NodeJS.CpuUsage): number {
    return (usage.user + usage.system) / 1000
}
