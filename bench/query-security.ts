import { APP_DIR, buildIsStale, runBuild } from '../src/local/build'
import { aclAccess } from '../src/local/http/access'
import { TableApi, type AccessPolicy, type ListOptions } from '../src/local/table-api/table-api'
import { Instance } from '../src/local/instance'
import { result, time, type BenchResult } from './harness'

const PROFILES = 1_000
const PERSONAS = 10
const RUNS = 41

/**
 * One Table API list as a non-admin user (an analyst, who reads every profile through a role ACL beside
 * the app's scripted read-own ACL, so rows are checked one by one): 1,000 profiles, a filter with a range
 * condition and a dot-walked condition, a dot-walked field in sysparm_fields. Subject: the real access
 * policy (query ACLs, dot-walk read checks, counts over readable rows). Baselines, same run, same rows:
 * 1. the same list with the query-ACL checks granted (checkQuery always true): what query ACLs cost;
 * 2. the same list with every check beyond the profile table's own ACLs granted and the count taken by
 *    SQL (what the list did before query security): what all of it costs.
 * Subject and baselines alternate; each reports the median of its runs.
 */
export function benchQuerySecurity(): BenchResult[] {
    if (buildIsStale()) runBuild(undefined, 'pipe')
    const instance = Instance.create({ db: ':memory:' })
    instance.install(APP_DIR)
    const store = instance.store
    const now = store.clock()
    const base = { sys_created_on: now, sys_created_by: 'bench', sys_updated_on: now, sys_updated_by: 'bench', sys_mod_count: 0 }
    const analyst = store.newSysId()
    instance.run(() =>
        store.transaction(() => {
            const personas: string[] = []
            for (let i = 0; i < PERSONAS; i++) {
                const id = store.newSysId()
                store.insertRow('x_psm_persona_persona', { ...base, sys_id: id, sys_class_name: 'x_psm_persona_persona', name: `Bench persona ${i}`, technology: 1, network: 1, interaction: 1, communication: 1, mobility: 1, active: 1 })
                personas.push(id)
            }
            for (let i = 0; i < PROFILES; i++) {
                const user = store.newSysId()
                store.insertRow('sys_user', { ...base, sys_id: user, sys_class_name: 'sys_user', user_name: `bench.${i}`, name: `Bench ${i}`, email: `bench.${i}@example.com`, active: 1 })
                store.insertRow('x_psm_persona_profile', { ...base, sys_id: store.newSysId(), sys_class_name: 'x_psm_persona_profile', user, devices: 2 + (i % 7), persona: personas[i % PERSONAS] })
            }
            store.insertRow('sys_user', { ...base, sys_id: analyst, sys_class_name: 'sys_user', user_name: 'bench.analyst', name: 'Bench analyst', active: 1 })
            const role = store.prepare("SELECT sys_id FROM sys_user_role WHERE name = 'x_psm_persona.analyst'").get() as { sys_id: string } | undefined
            if (!role) throw new Error('bench setup: the analyst role is missing')
            store.insertRow('sys_user_has_role', { ...base, sys_id: store.newSysId(), sys_class_name: 'sys_user_has_role', user: analyst, role: role.sys_id })
        }),
    )
    const table = 'x_psm_persona_profile'
    const options: ListOptions = { query: 'devices>=2^persona.nameSTARTSWITHBench^ORDERBYdevices', fields: ['sys_id', 'devices', 'persona.name', 'user'], limit: 10_000, offset: 0, display: 'false', excludeLinks: false }
    const noQueryAcls: AccessPolicy = { ...aclAccess, checkQuery: () => true }
    const unguarded: AccessPolicy = {
        check: (op, t, record, field) => (t === table ? aclAccess.check(op, t, record, field) : true),
        checkQuery: () => true,
        recordIndependent: () => true,
    }
    const list = (policy: AccessPolicy) => instance.runAs(analyst, () => new TableApi(instance, 'http://127.0.0.1', policy).list(table, options))
    const check = [list(aclAccess), list(noQueryAcls), list(unguarded)]
    for (const c of check) if (c.total !== PROFILES || c.result.length !== PROFILES) throw new Error(`bench: expected ${PROFILES} rows, got ${c.result.length} of ${c.total}`)
    const subjects: number[] = []
    const firstBaseline: number[] = []
    const secondBaseline: number[] = []
    for (let i = 0; i < RUNS; i++) {
        subjects.push(time(() => list(aclAccess)))
        firstBaseline.push(time(() => list(noQueryAcls)))
        secondBaseline.push(time(() => list(unguarded)))
    }
    instance.close()
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]
    const subject = median(subjects)
    const detail = `${PROFILES} rows, analyst, filter + dot-walk, median of ${RUNS}`
    return [
        result('Table API list: query-ACL checks on vs off', subject, median(firstBaseline), 1.3, detail),
        result('Table API list: all query security vs none (SQL count)', subject, median(secondBaseline), 1.3, detail),
    ]
}
