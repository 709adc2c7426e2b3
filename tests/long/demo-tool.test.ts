import * as path from 'node:path'
import { ensureAdmin } from '../../src/local/base/admin'
import { startServer, type RunningServer } from '../../src/local/http/server'
import type { Instance } from '../../src/local/instance'
import { ensureCliClient } from '../../src/local/oauth/cli-client'
import { runSeeds } from '../../src/local/seeds'
import { demoUsers } from '../../tools/demo/company'
import { installedInstance } from '../support/instance'

/*
 * The demo company lives outside the local instance (tools/demo) and is loaded as npm start loads it:
 * `--seed tools/demo/seed.ts`, through the Table and Batch APIs with business rules running, so the app
 * itself creates and scores each user's profile. Its portal logins' password is generated at start and
 * printed once; nothing fixed ships.
 * In tests/long (npm run test:stress, which CI runs): the first load takes half a minute of a 2-core
 * machine, and every `npm test` runs the same loader (tools/demo through the Table and Batch APIs) for its
 * demo image (tests/support/demo-image.ts), which the portal suites open; tests/instance/seeds.test.ts
 * covers the seed runner. This suite keeps what only it checks: the summary and logins printed at the
 * first start, the generated password, a second start, PSM_DEMO_PASSWORD and a load stopped half-way.
 */

const DEMO_USERS = demoUsers().length
const SEED = path.resolve(__dirname, '../../tools/demo/seed.ts')

let instance: Instance
let server: RunningServer
let first: string[]
let firstSaid: string[]

const count = (sql: string) => (instance.store.prepare(sql).get() as { n: number }).n

async function seedOnce(): Promise<{ lines: string[]; said: string[] }> {
    const said: string[] = []
    const lines = await runSeeds(instance, server.url, [SEED], (l) => said.push(l))
    instance.drain()
    return { lines, said }
}

/** The user names and the password the summary printed. */
function printed(lines: string[]): { users: string[]; password: string | null } {
    const users = lines.filter((l) => /^ {19}\S+\s{2,}\S/.test(l) && !l.includes('password')).map((l) => l.trim().split(/\s+/)[0])
    const said = lines.map((l) => /^ {19}password: (.+)$/.exec(l)?.[1]).find((p) => p !== undefined)
    const password = said === undefined || said.startsWith('the one printed') ? null : said
    return { users, password }
}

async function canLogIn(userName: string, password: string): Promise<boolean> {
    const res = await fetch(`${server.url}/api/now/table/sys_user?sysparm_query=user_name=${userName}&sysparm_fields=user_name`, {
        headers: { Authorization: `Basic ${Buffer.from(`${userName}:${password}`).toString('base64')}`, Accept: 'application/json' },
    })
    await res.text()
    return res.status !== 401
}

beforeAll(async () => {
    delete process.env.PSM_DEMO_PASSWORD
    instance = installedInstance()
    ensureAdmin(instance, 'demo tool admin password 1')
    ensureCliClient(instance)
    server = await startServer(instance, { port: 0 })
    const run = await seedOnce()
    first = run.lines
    firstSaid = run.said
}, 180_000)

afterAll(async () => {
    delete process.env.PSM_DEMO_PASSWORD
    await server.close()
    instance.close()
})

test('the first start loads the demo company: users with usage profiles the app scored', () => {
    expect(firstSaid).toEqual([`Loaded demo data: 1 company, 5 departments, 3 locations, 2 groups, ${DEMO_USERS} users with usage profiles`])
    expect(count("SELECT COUNT(*) AS n FROM sys_user WHERE email LIKE '%@example.com' AND user_name <> 'admin'")).toBe(DEMO_USERS)
    expect(count("SELECT COUNT(*) AS n FROM x_psm_persona_profile WHERE usage_source = 'Demo data' AND devices IS NOT NULL")).toBe(DEMO_USERS)
    // Every reference persona has members: scoring ran in the app's rules, the demo assigned none itself.
    const perPersona = instance.store.prepare('SELECT p.name AS name, COUNT(*) AS n FROM sys_user u JOIN x_psm_persona_persona p ON p.sys_id = u.x_psm_persona_persona GROUP BY p.name').all() as Array<{ name: string; n: number }>
    expect(perPersona.map((r) => r.name).sort()).toEqual(['Business Analyst', 'Knowledge Worker', 'Technology Support', 'Telecommuter', 'Virtual Executive'])
    expect(perPersona.reduce((s, r) => s + r.n, 0)).toBe(DEMO_USERS)
})

test('npm start prints three demo logins of different personas with a generated password that works', async () => {
    expect(first[0]).toBe('  Portal logins    (demo users of different personas)')
    expect(first.slice(1, 4).map((l) => l.trim().split(/\s{2,}/)[1])).toEqual(['Telecommuter', 'Business Analyst', 'Technology Support'])
    const { users, password } = printed(first)
    expect(users).toHaveLength(3)
    expect(password).toMatch(/^[A-Za-z0-9_-]{20}$/)
    expect(first).toContain('                   (generated now and stored hashed: it is not shown again)')
    for (const u of users) expect(await canLogIn(u, password ?? '')).toBe(true)
    // Stored hashed, never as typed.
    expect(count(`SELECT COUNT(*) AS n FROM sys_user WHERE user_password = '${password ?? ''}'`)).toBe(0)
})

test('a later start loads nothing again, keeps the same logins and does not show or change the password', async () => {
    const before = printed(first)
    const again = await seedOnce()
    expect(again.said).toEqual([])
    expect(printed(again.lines)).toEqual({ users: before.users, password: null })
    expect(again.lines).toContain('                   password: the one printed when they were created (or set PSM_DEMO_PASSWORD)')
    expect(count("SELECT COUNT(*) AS n FROM sys_user WHERE email LIKE '%@example.com' AND user_name <> 'admin'")).toBe(DEMO_USERS)
    expect(await canLogIn(before.users[0], before.password ?? '')).toBe(true)
})

test('PSM_DEMO_PASSWORD replaces the logins\' password', async () => {
    const before = printed(first)
    process.env.PSM_DEMO_PASSWORD = 'a chosen demo password 7'
    const run = await seedOnce()
    expect(printed(run.lines)).toEqual({ users: before.users, password: 'a chosen demo password 7' })
    expect(run.lines).toContain('                   (set from PSM_DEMO_PASSWORD)')
    expect(await canLogIn(before.users[1], 'a chosen demo password 7')).toBe(true)
    expect(await canLogIn(before.users[1], before.password ?? '')).toBe(false)
})

test('a load that stopped half-way is refused with what to do, and nothing is loaded twice', async () => {
    instance.store.prepare("DELETE FROM sys_properties WHERE name = 'psm_demo.loaded'").run()
    const users = count('SELECT COUNT(*) AS n FROM sys_user')
    await expect(seedOnce()).rejects.toThrow('The demo company "Acme Corporation" is partly loaded (an earlier load stopped before it finished). Start from an empty database (npm start -- --reset) or delete it first.')
    expect(count('SELECT COUNT(*) AS n FROM sys_user')).toBe(users)
})
