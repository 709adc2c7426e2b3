import { APP_DIR, buildIsStale, runBuild } from '../src/local/build'
import { Instance } from '../src/local/instance'
import { seededRandom } from '../tools/demo/random'
import type { CapacityReport } from '../src/server/ops/capacity'
import { DIMENSIONS } from '../src/server/persona/dimensions'
import { result, time, type BenchResult } from './harness'

const USERS = 100_000
const SERVICES = 50
const DEPARTMENTS = 10

/**
 * Demand against capacity for 100,000 users across 50 services (the app's capacity report in the installed app:
 * persona headcounts by department, the persona-change trend, each service's demand, forecast and breakdowns)
 * against one raw SQL aggregate that computes the same per-service and per-department demand from the same rows.
 */
export function benchOpsCapacity(): BenchResult[] {
    if (buildIsStale()) runBuild(undefined, 'pipe')
    const instance = Instance.create({ db: ':memory:' })
    instance.install(APP_DIR, { demo: false })
    const store = instance.store
    const random = seededRandom(19)
    const now = store.clock()
    const base = { sys_created_on: now, sys_created_by: 'bench', sys_updated_on: now, sys_updated_by: 'bench', sys_mod_count: 0 }
    instance.run(() => {
        const personas = (store.db.prepare('SELECT sys_id FROM x_psm_persona_persona').all() as Array<{ sys_id: string }>).map((p) => p.sys_id)
        store.transaction(() => {
            // The first-install capacity records are replaced by the bench's 50 services.
            store.db.prepare('DELETE FROM x_psm_persona_service_capacity').run()
            store.db.prepare('DELETE FROM x_psm_persona_demand_factor').run()
            const departments: string[] = []
            for (let d = 0; d < DEPARTMENTS; d++) {
                const id = store.newSysId()
                store.insertRow('cmn_department', { ...base, sys_id: id, sys_class_name: 'cmn_department', name: `Department ${d}` })
                departments.push(id)
            }
            for (let i = 0; i < USERS; i++) {
                const persona = personas[Math.floor(random() * personas.length)]
                store.insertRow('sys_user', {
                    ...base,
                    sys_id: store.newSysId(),
                    sys_class_name: 'sys_user',
                    user_name: `bench.${i}`,
                    active: i % 50 === 0 ? 0 : 1,
                    department: departments[i % DEPARTMENTS],
                    x_psm_persona_persona: persona,
                })
            }
            for (let s = 0; s < SERVICES; s++) {
                const service = store.newSysId()
                store.insertRow('cmdb_ci_service', { ...base, sys_id: service, sys_class_name: 'cmdb_ci_service', name: `Service ${String(s).padStart(2, '0')}` })
                store.insertRow('x_psm_persona_service_capacity', {
                    ...base,
                    sys_id: store.newSysId(),
                    sys_class_name: 'x_psm_persona_service_capacity',
                    service,
                    capacity: 10_000 + s * 1000,
                    unit: 'units',
                    threshold_pct: 90,
                    combine: s % 3 === 0 ? 'max' : 'sum',
                    active: 1,
                    breached: 0,
                })
                // Two dimensions per service, a factor for every ranking.
                for (const dimension of [DIMENSIONS[s % 5], DIMENSIONS[(s + 2) % 5]]) {
                    for (let ranking = 1; ranking <= 4; ranking++) {
                        store.insertRow('x_psm_persona_demand_factor', {
                            ...base,
                            sys_id: store.newSysId(),
                            sys_class_name: 'x_psm_persona_demand_factor',
                            service,
                            dimension,
                            ranking,
                            per_user: Math.round(random() * ranking * 100) / 100,
                        })
                    }
                }
            }
        })
    })
    const report = instance.appModule<{ capacityReport(endMs?: number): CapacityReport }>('src/server/ops/capacity.ts')
    let app: CapacityReport = { trendWeeks: 0, horizonWeeks: 0, services: [] }
    const appRuns: number[] = []
    for (let i = 0; i < 3; i++) appRuns.push(time(() => (app = report.capacityReport())))
    const subject = appRuns.sort((a, b) => a - b)[1]

    const rankOf = `CASE f.dimension ${DIMENSIONS.map((d) => `WHEN '${d}' THEN p.${d}`).join(' ')} END`
    const sql = store.db.prepare(
        `WITH heads AS (
            SELECT x_psm_persona_persona AS persona, department, COUNT(*) AS n FROM sys_user
            WHERE active = 1 AND x_psm_persona_persona IS NOT NULL GROUP BY x_psm_persona_persona, department),
         per AS (
            SELECT c.service AS service, p.sys_id AS persona,
                   CASE c.combine WHEN 'max' THEN MAX(f.per_user) ELSE SUM(f.per_user) END AS per_user
            FROM x_psm_persona_service_capacity c
            JOIN x_psm_persona_demand_factor f ON f.service = c.service
            JOIN x_psm_persona_persona p ON f.ranking = ${rankOf}
            WHERE c.active = 1 GROUP BY c.sys_id, p.sys_id)
         SELECT per.service AS service, heads.department AS department, SUM(per.per_user * heads.n) AS demand
         FROM per JOIN heads ON heads.persona = per.persona GROUP BY per.service, heads.department`,
    )
    let rows: Array<{ service: string; department: string; demand: number }> = []
    const sqlRuns: number[] = []
    for (let i = 0; i < 3; i++) sqlRuns.push(time(() => (rows = sql.all() as Array<{ service: string; department: string; demand: number }>)))
    const baseline = sqlRuns.sort((a, b) => a - b)[1]

    // The same figures: per service (summed over departments) and per service and department.
    const totals = new Map<string, number>()
    for (const r of rows) totals.set(r.service, (totals.get(r.service) ?? 0) + r.demand)
    const bySql = new Map([...totals.entries()].map(([k, v]) => [k, Math.round(v * 10) / 10]))
    const departmentRows = app.services.reduce((n, s) => n + s.byDepartment.length, 0)
    if (departmentRows !== rows.length) throw new Error(`capacity mismatch: ${departmentRows} department figures, SQL ${rows.length}`)
    const wrong = app.services.filter((s) => Math.abs((bySql.get(s.serviceId) ?? 0) - s.demand) > 0.11)
    if (app.services.length !== SERVICES || wrong.length) throw new Error(`capacity mismatch: ${app.services.length} services, ${wrong.length} disagree with SQL`)
    instance.close()
    return [result(`demand vs capacity, ${USERS.toLocaleString('en')} users × ${SERVICES} services`, subject, baseline, 3, 'app report (demand, forecast, by persona and department) vs one raw SQL aggregate by service and department')]
}
