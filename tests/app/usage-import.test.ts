import * as fs from 'node:fs'
import * as path from 'node:path'
import type { Instance } from '../../src/local/instance'
import { ensureAdmin } from '../../src/local/base/admin'
import { startServer, type RunningServer } from '../../src/local/http/server'
import { loadDataSource } from '../../src/local/import-set/csv-load'
import { installedInstance } from '../support/instance'
import { get, insert, rows } from '../support/records'
import { NO_USAGE_EXPLANATION } from '../../src/server/persona/profile-rules'

/*
 * Issue 17.1, "Usage data in": the app ships a staging table, a File/CSV data source and a transform map
 * coalescing on the user (user_name, else email) onto the usage profile; each load records its source and
 * date; profiles without data stay unscored (issue 14). Proof: a CSV import of 10,000 users with bad rows,
 * bad rows reported per line and nothing else changed, scoring run for the imported users.
 */

/** Users in the file: 300 here (every assertion of the scenario at a scale npm test can afford);
 * tests/stress/usage-import-10k.test.ts runs the same scenario with 10,000. */
const N = Number(process.env.PSM_USAGE_IMPORT_USERS ?? 300)
const STAGING = 'x_psm_persona_usage_import'
const DATA_SOURCE = 'Persona usage metrics (CSV)'
const NO_USAGE = /^Not scored: no usage data/

let instance: Instance

function user(i: number): string {
    return `usage.${String(i).padStart(5, '0')}`
}

/** A metric row for user i that spreads users across personas (deterministic). */
function metrics(i: number): string[] {
    return [String(2 + (i % 17)), String(5 + ((i * 7) % 190)), String((i * 3) % 28), String((i * 11) % 45), String((i * 13) % 101)]
}

/** The bad rows: [line in the file, the row, what the report must say]. */
const BAD: Array<[string[], RegExp]> = [
    [['nobody.here', '', '5', '10', '3', '4', '10', 'MDM', '2026-11-20'], /No user with user name "nobody.here"/],
    [['', '', '5', '10', '3', '4', '10', 'MDM', '2026-11-20'], /names no user/],
    [['', 'ghost@example.com', '5', '10', '3', '4', '10', 'MDM', '2026-11-20'], /No user with email "ghost@example.com"/],
    [[user(3), '', 'lots', '10', '3', '4', '10', 'MDM', '2026-11-20'], /Devices and apps \(devices\) "lots" is not a number/],
    [[user(4), '', '5', '-10', '3', '4', '10', 'MDM', '2026-11-20'], /cannot be negative/],
    [[user(5), '', '5', '10', '3', '4', '150', 'MDM', '2026-11-20'], /between 0 and 100%/],
    [[user(6), '', '', '', '', '', '', 'MDM', '2026-11-20'], /no usage metric/],
    [[user(7), '', '5', '10', '3', '4', '10', 'MDM', '20/11/2026'], /measured_on "20\/11\/2026" is not a date/],
    [[user(8), '', '0x1F', '10', '3', '4', '10', 'MDM', '2026-11-20'], /"0x1F" is not a number/],
    [[user(9), '', '5', '10', '3', '4', '10', 'MDM', '2099-01-01'], /measured_on "2099-01-01" is in the future/],
]
/** Users whose only row is bad: their profiles must stay exactly as they were. */
const BAD_USERS = [3, 4, 5, 6, 7, 8, 9]
/** Users the file does not name at all. */
const UNNAMED = [N - 1, N - 2, N - 3]

function buildCsv(): { text: string; badLines: number[] } {
    const lines = ['user_name,email,devices,network_gb_month,team_hours_week,contacts_per_day,remote_pct,source,measured_on']
    const badLines: number[] = []
    let bad = 0
    for (let i = 0; i < N; i++) {
        if (BAD_USERS.includes(i) || UNNAMED.includes(i)) continue
        // Every 100th row names the user by email only: coalescing on the user works either way.
        const name = i % 100 === 1 ? ['', `${user(i)}@example.com`] : [user(i), '']
        lines.push([...name, ...metrics(i), '"Intune and Teams, November"', '2026-11-20'].join(','))
        if (i % Math.floor(N / 9) === 0 && i > 0 && bad < BAD.length) {
            lines.push(BAD[bad][0].join(','))
            badLines.push(lines.length)
            bad++
        }
    }
    while (bad < BAD.length) {
        lines.push(BAD[bad][0].join(','))
        badLines.push(lines.length)
        bad++
    }
    return { text: `${lines.join('\n')}\n`, badLines }
}

function profileRow(userName: string): Record<string, unknown> {
    return instance.store.prepare('SELECT p.* FROM x_psm_persona_profile p JOIN sys_user u ON u.sys_id = p."user" WHERE u.user_name = ?').get(userName) as Record<string, unknown>
}

beforeAll(() => {
    instance = installedInstance()
    // Setup, not under test: an existing population written directly, each user with the unscored profile
    // the app gives a new user (createProfileForUser).
    const store = instance.store
    const now = store.clock()
    const base = { sys_created_on: now, sys_created_by: 'setup', sys_updated_on: now, sys_updated_by: 'setup', sys_mod_count: 0 }
    store.transaction(() => {
        for (let i = 0; i < N; i++) {
            const userId = store.newSysId()
            store.insertRow('sys_user', { ...base, sys_id: userId, sys_class_name: 'sys_user', user_name: user(i), first_name: 'Usage', last_name: String(i), email: `${user(i)}@example.com`, active: 1 })
            store.insertRow('x_psm_persona_profile', { ...base, sys_id: store.newSysId(), sys_class_name: 'x_psm_persona_profile', user: userId, explanation: NO_USAGE_EXPLANATION, locked: 0, stale: 0 })
        }
    })
}, 300_000)
afterAll(() => instance.close())

describe(`CSV import of ${N.toLocaleString('en')} users with bad rows`, () => {
    let report: ReturnType<typeof loadDataSource>
    let badLines: number[]
    let untouched: Array<Record<string, unknown>>

    beforeAll(() => {
        const csv = buildCsv()
        badLines = csv.badLines
        untouched = [...BAD_USERS, ...UNNAMED].map((i) => profileRow(user(i)))
        report = instance.run(() => instance.store.batched(() => loadDataSource(instance, DATA_SOURCE, csv.text)))
        instance.drain()
    }, 600_000)

    test('every good row updates its user\'s profile; each bad row is reported with its line and reason', () => {
        const good = N - BAD_USERS.length - UNNAMED.length
        expect(report.rows).toBe(good + BAD.length)
        expect(report.transform).toMatchObject({ updated: good, inserted: 0, errors: 0, ignored: BAD.length, halted: '' })
        expect(report.problems.map((p) => p.line)).toEqual(badLines)
        report.problems.forEach((p, i) => {
            expect(p.state).toBe('ignored')
            expect(p.message).toMatch(BAD[i][1])
        })
        // The staging rows keep the same verdicts, and the import log names each bad row.
        const ignored = instance.run(() => rows(STAGING, `sys_import_set=${report.importSet}^sys_import_state=ignored`))
        expect(ignored).toHaveLength(BAD.length)
        const logged = instance.run(() => rows('import_log', `import_set=${report.importSet}^level=error`)).map((l) => l.getValue('message'))
        expect(logged).toHaveLength(BAD.length)
    })

    test('nothing else changes: bad rows\' users and users the file does not name keep their profiles exactly; no profile or user is added', () => {
        expect([...BAD_USERS, ...UNNAMED].map((i) => profileRow(user(i)))).toEqual(untouched)
        for (const row of untouched) {
            expect(row.persona).toBeNull()
            expect(String(row.explanation)).toMatch(NO_USAGE)
        }
        const counts = instance.store.prepare("SELECT (SELECT COUNT(*) FROM sys_user WHERE user_name LIKE 'usage.%') AS users, (SELECT COUNT(*) FROM x_psm_persona_profile) AS profiles").get() as { users: number; profiles: number }
        expect(counts.users).toBe(N)
        expect(counts.profiles).toBe(instance.store.prepare('SELECT COUNT(*) AS n FROM sys_user').get() ? (instance.store.prepare('SELECT COUNT(*) AS n FROM sys_user').get() as { n: number }).n : 0)
    })

    test('imported users are scored, with the load\'s source and date on their metrics (by user_name or by email)', () => {
        for (const i of [0, 1, 2, 101, Math.floor(N / 2), N - 4]) {
            const p = profileRow(user(i))
            const m = metrics(i).map(Number)
            expect([p.devices, p.network_gb_month, p.team_hours_week, p.contacts_per_day, p.remote_pct].map(Number)).toEqual(m)
            expect(p.usage_source).toBe('Intune and Teams, November')
            expect(p.usage_on).toBe('2026-11-20 00:00:00')
            expect(p.persona).toEqual(expect.stringMatching(/^[0-9a-f]{32}$/))
            expect(String(p.explanation)).not.toMatch(NO_USAGE)
        }
        const scored = instance.store.prepare("SELECT COUNT(*) AS n FROM x_psm_persona_profile p JOIN sys_user u ON u.sys_id = p.\"user\" WHERE u.user_name LIKE 'usage.%' AND p.persona IS NOT NULL").get() as { n: number }
        expect(scored.n).toBe(N - BAD_USERS.length - UNNAMED.length)
        // First personas are welcomes (x_psm_persona.persona.assigned), one per scored user.
        const welcomes = instance.store.prepare("SELECT COUNT(*) AS n FROM sysevent WHERE name = 'x_psm_persona.persona.assigned'").get() as { n: number }
        expect(welcomes.n).toBe(N - BAD_USERS.length - UNNAMED.length)
    })

    test('each scored user gets their persona mirrored, one history row and one welcome event naming their own record', () => {
        const scored = N - BAD_USERS.length - UNNAMED.length
        const count = (sql: string) => (instance.store.prepare(sql).get() as { n: number }).n
        const imported = `FROM x_psm_persona_profile p JOIN sys_user u ON u.sys_id = p."user" WHERE u.user_name LIKE 'usage.%' AND p.persona IS NOT NULL`
        expect(count(`SELECT COUNT(*) AS n ${imported} AND u.x_psm_persona_persona = p.persona`)).toBe(scored)
        // The rule's records are reused from row to row during the load: every row's writes must name that row's user.
        expect(
            count(`SELECT COUNT(*) AS n ${imported} AND (SELECT COUNT(*) FROM x_psm_persona_assignment h WHERE h."user" = p."user" AND h.to_persona = p.persona AND h.from_persona IS NULL AND h.reason = 'scored' AND h.explanation = p.explanation) = 1`),
        ).toBe(scored)
        expect(count(`SELECT COUNT(*) AS n FROM x_psm_persona_assignment h JOIN sys_user u ON u.sys_id = h."user" WHERE u.user_name LIKE 'usage.%'`)).toBe(scored)
        expect(
            count(`SELECT COUNT(*) AS n ${imported} AND (SELECT COUNT(*) FROM sysevent e WHERE e.name = 'x_psm_persona.persona.assigned' AND e."table" = 'sys_user' AND e.instance = p."user" AND e.parm1 = p."user") = 1`),
        ).toBe(scored)
    })
})

describe('Import Set REST API into the usage import', () => {
    let server: RunningServer
    const password = 'usage import admin 1'
    const admin = { Authorization: `Basic ${Buffer.from(`admin:${password}`).toString('base64')}`, 'Content-Type': 'application/json', Accept: 'application/json' }
    beforeAll(async () => {
        ensureAdmin(instance, password)
        server = await startServer(instance, { port: 0 })
    })
    afterAll(() => server.close())

    test('a row posted for one user updates their profile and answers with the transform result; a bad one is ignored with its reason', async () => {
        const name = user(UNNAMED[0])
        const res = await fetch(`${server.url}/api/now/import/${STAGING}`, {
            method: 'POST',
            headers: admin,
            body: JSON.stringify({ user_name: name, devices: '15', network_gb_month: '160', team_hours_week: '4', contacts_per_day: '3', remote_pct: '10', source: 'Endpoint manager' }),
        })
        expect(res.status).toBe(201)
        const body = (await res.json()) as { staging_table: string; result: Array<Record<string, string>> }
        expect(body.staging_table).toBe(STAGING)
        const profile = instance.run(() => get('x_psm_persona_profile', 'user', get('sys_user', 'user_name', name).getUniqueValue()))
        expect(body.result).toEqual([
            expect.objectContaining({ transform_map: 'Persona usage metrics to profiles', table: 'x_psm_persona_profile', status: 'updated', sys_id: profile.getUniqueValue() }),
        ])
        expect(profile.getValue('usage_source')).toBe('Endpoint manager')
        expect(profile.getValue('persona')).toMatch(/^[0-9a-f]{32}$/)

        const bad = await fetch(`${server.url}/api/now/import/${STAGING}`, { method: 'POST', headers: admin, body: JSON.stringify({ user_name: name, remote_pct: '101' }) })
        const badBody = (await bad.json()) as { result: Array<Record<string, string>> }
        expect(badBody.result[0]).toMatchObject({ status: 'ignored', status_message: expect.stringMatching(/between 0 and 100%/) })
        expect(instance.run(() => get('x_psm_persona_profile', profile.getUniqueValue()).getValue('remote_pct'))).toBe('10')
    })
})

describe('Import Set REST API as an integration user (not an admin)', () => {
    // "Access to tables via the REST API is restricted by BasicAuth ... ACLs defined on tables are still
    // enforced" (REST API reference, Import Set API, Security): the app's role x_psm_persona.usage_loader
    // grants create and read on the staging table, and nothing else.
    let server: RunningServer
    const password = 'usage loader password 1'
    const auth = (userName: string) => ({ Authorization: `Basic ${Buffer.from(`${userName}:${password}`).toString('base64')}`, 'Content-Type': 'application/json', Accept: 'application/json' })
    beforeAll(async () => {
        instance.run(() => {
            const loader = insert('sys_user', { user_name: 'usage.loader', name: 'Usage Loader', user_password: password })
            insert('sys_user_has_role', { user: loader, role: get('sys_user_role', 'name', 'x_psm_persona.usage_loader').getUniqueValue() })
            insert('sys_user', { user_name: 'usage.nobody', name: 'No Role', user_password: password })
        })
        server = await startServer(instance, { port: 0 })
    })
    afterAll(() => server.close())

    test('a user with x_psm_persona.usage_loader posts a row and reads its result; a user without it is refused and nothing is written', async () => {
        const name = user(UNNAMED[1])
        const res = await fetch(`${server.url}/api/now/import/${STAGING}`, {
            method: 'POST',
            headers: auth('usage.loader'),
            body: JSON.stringify({ user_name: name, devices: '4', network_gb_month: '20', team_hours_week: '2', contacts_per_day: '2', remote_pct: '5', source: 'Survey tool' }),
        })
        expect(res.status).toBe(201)
        const body = (await res.json()) as { result: Array<Record<string, string>> }
        const profile = instance.run(() => get('x_psm_persona_profile', 'user', get('sys_user', 'user_name', name).getUniqueValue()))
        expect(body.result).toEqual([expect.objectContaining({ table: 'x_psm_persona_profile', status: 'updated', sys_id: profile.getUniqueValue() })])
        expect(profile.getValue('usage_source')).toBe('Survey tool')
        const row = instance.run(() => rows(STAGING, `user_name=${name}`))[0]
        const read = await fetch(`${server.url}/api/now/import/${STAGING}/${row.getUniqueValue()}`, { headers: auth('usage.loader') })
        expect(read.status).toBe(200)

        const stagingBefore = (instance.store.prepare(`SELECT COUNT(*) AS n FROM ${instance.store.schema.table(STAGING).root}`).get() as { n: number }).n
        const refused = await fetch(`${server.url}/api/now/import/${STAGING}`, {
            method: 'POST',
            headers: auth('usage.nobody'),
            body: JSON.stringify({ user_name: name, devices: '19', source: 'Not allowed' }),
        })
        expect(refused.status).toBe(403)
        expect(((await refused.json()) as { error: { message: string } }).error.message).toBe('Operation Failed')
        expect((instance.store.prepare(`SELECT COUNT(*) AS n FROM ${instance.store.schema.table(STAGING).root}`).get() as { n: number }).n).toBe(stagingBefore)
        expect(instance.run(() => get('x_psm_persona_profile', profile.getUniqueValue()).getValue('devices'))).toBe('4')
        expect((await fetch(`${server.url}/api/now/import/${STAGING}/${row.getUniqueValue()}`, { headers: auth('usage.nobody') })).status).not.toBe(200)
    })
})

test('the example file in docs/examples names its columns as the staging table does', () => {
    const header = fs.readFileSync(path.join(__dirname, '../../docs/examples/usage-metrics.csv'), 'utf8').split('\n')[0]
    expect(header.split(',')).toEqual(['user_name', 'email', 'devices', 'network_gb_month', 'team_hours_week', 'contacts_per_day', 'remote_pct', 'source', 'measured_on'])
    const columns = [...instance.store.schema.table(STAGING).columns.keys()]
    for (const h of header.split(',')) expect(columns).toContain(h)
})
