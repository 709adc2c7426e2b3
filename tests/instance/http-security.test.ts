import { spawnSync } from 'node:child_process'
import * as http from 'node:http'
import * as path from 'node:path'
import { PassThrough } from 'node:stream'
import { Console } from 'node:console'
import { ensureAdmin } from '../../src/local/base/admin'
import { csvCell, parseCsv, toCsv } from '../../src/server/portal/csv'
import { BasicAuth } from '../../src/local/http/auth'
import { FREE_PER_CLIENT, FREE_PER_PAIR, LoginThrottle, MAX_ENTRIES } from '../../src/local/http/login-throttle'
import { localRedirect as safeNext } from '../../src/local/service-portal/routes'
import { startServer, type RunningServer } from '../../src/local/http/server'
import type { Instance } from '../../src/local/instance'
import { verifyPassword } from '../../src/local/store/passwords'
import { sanitizeConsole, terminalSafe } from '../../src/local/terminal'
import { databaseChecksum } from '../support/checksum'
import { installedInstance } from '../support/instance'
import { get, insert, update } from '../support/records'

/*
 * The HTTP surface against hostile callers, over real HTTP (issue 20): cross-site writes, login
 * guessing and lock-out, sessions that outlive the account, open redirects, client sys_ids,
 * oversized queries, CSV and terminal injection, 403s that name hidden items. Every hostile request
 * leaves every table unchanged (checksum of every row) and the server answering.
 */

const ADMIN_PASSWORD = 'http-security-admin-pw-4Lq'
const USER_PASSWORD = 'http-security-user-pw-9Zt'

let instance: Instance
let server: RunningServer
let port: number

beforeAll(async () => {
    instance = installedInstance()
    ensureAdmin(instance, ADMIN_PASSWORD)
    server = await startServer(instance, { port: 0 })
    port = Number(new URL(server.url).port)
}, 60_000)
afterAll(async () => {
    await server?.close()
    instance?.close()
})

interface Reply {
    status: number
    headers: http.IncomingHttpHeaders
    text: string
}

/**
 * One real request; `from` picks the client's source address (127.0.0.x all reach the loopback
 * listener on Linux), so tests can be different clients.
 */
function request(method: string, path: string, options: { headers?: Record<string, string>; body?: string; from?: string } = {}): Promise<Reply> {
    return new Promise((resolve, reject) => {
        const headers = { ...(options.headers ?? {}), ...(options.body !== undefined ? { 'Content-Length': String(Buffer.byteLength(options.body)) } : {}) }
        const req = http.request({ host: '127.0.0.1', port, method, path, headers, localAddress: options.from ?? '127.0.0.1' }, (res) => {
            const chunks: Buffer[] = []
            res.on('data', (c: Buffer) => chunks.push(c))
            res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }))
        })
        req.on('error', reject)
        if (options.body !== undefined) req.write(options.body)
        req.end()
    })
}

const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`
const adminAuth = { Authorization: basic('admin', ADMIN_PASSWORD) }
const PERSONAS = '/api/now/table/x_psm_persona_persona'
const validPersona = JSON.stringify({ name: 'Cross-site', technology: 1, network: 1, interaction: 1, communication: 1, mobility: 1 })

function errorOf(r: Reply): { message: string; detail: string | null } {
    const json = JSON.parse(r.text) as { error: { message: string; detail: string | null }; status: string }
    expect(json.status).toBe('failure')
    return json.error
}

/** A hostile request: the expected answer, every table unchanged, the server still answering. */
async function hostile(method: string, path: string, options: Parameters<typeof request>[2], status: number): Promise<Reply> {
    const before = databaseChecksum(instance)
    const r = await request(method, path, options)
    expect(r.status).toBe(status)
    expect(databaseChecksum(instance)).toBe(before)
    expect((await request('GET', `${PERSONAS}?sysparm_limit=1`, { headers: adminAuth })).status).toBe(200)
    return r
}

function cookieOf(r: Reply, name: string): string {
    const set = (r.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).find((c) => c.startsWith(`${name}=`))
    return set ?? ''
}

/** The page model's session token (g_ck) of a portal page. */
function tokenOf(html: string): string {
    return /"g_ck":"([^"]*)"/.exec(html)?.[1] ?? ''
}

/** One login call of the portal's login page (its guest token and cookie); the raw reply. */
async function spLoginCall(userName: string, password: string, from: string): Promise<Reply> {
    const page = await request('GET', '/sp?id=login', { from })
    return request('POST', '/api/now/sp/login', {
        from,
        headers: { 'Content-Type': 'application/json', Cookie: cookieOf(page, 'sp_guest_token'), 'X-UserToken': tokenOf(page.text) },
        body: JSON.stringify({ user_name: userName, password }),
    })
}

/** Logs in through the portal's login page; returns the session cookie and the session token (g_ck). */
async function portalLogin(userName: string, password: string, from = '127.0.0.1'): Promise<{ cookie: string; token: string }> {
    const res = await spLoginCall(userName, password, from)
    const cookie = cookieOf(res, 'psm_session')
    if (res.status !== 200 || cookie.length <= 'psm_session='.length) throw new Error(`login of ${userName} failed: ${res.status}`)
    const page = await request('GET', '/sp', { headers: { Cookie: cookie } })
    return { cookie, token: tokenOf(page.text) }
}

function newUser(userName: string, extra: Record<string, string | number | boolean> = {}): string {
    return instance.run(() => insert('sys_user', { user_name: userName, name: userName, user_password: USER_PASSWORD, ...extra }))
}

describe('REST request bodies are JSON only (cross-site forms cannot write)', () => {
    // REST API reference, Content-Type: "Data format of the request body. Supported types:
    // application/json or application/xml" (Table API); "Only supports application/json" (others).
    test.each([
        ['text/plain (a cross-site form with enctype text/plain)', 'text/plain', validPersona],
        ['text/plain;charset=UTF-8 (fetch with a string body)', 'text/plain;charset=UTF-8', validPersona],
        ['application/x-www-form-urlencoded (a plain form)', 'application/x-www-form-urlencoded', 'name=Cross-site&technology=1'],
        ['multipart/form-data', 'multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="name"\r\n\r\nCross-site\r\n--x--\r\n'],
        ['application/xml (not implemented locally)', 'application/xml', '<request><name>Cross-site</name></request>'],
    ])('Table API POST with %s: 415 in the platform error shape, nothing written', async (_label, type, body) => {
        const r = await hostile('POST', PERSONAS, { headers: { ...adminAuth, 'Content-Type': type }, body }, 415)
        expect(errorOf(r)).toEqual({ message: 'Unsupported Media Type', detail: expect.stringContaining('application/json') })
    })

    test('a write without any Content-Type (a Blob body sends none): 415', async () => {
        const r = await hostile('POST', PERSONAS, { headers: adminAuth, body: validPersona }, 415)
        expect(errorOf(r).detail).toMatch(/no Content-Type/)
    })

    test('PUT and PATCH too, and a body on DELETE', async () => {
        const id = instance.run(() => get('x_psm_persona_persona', 'name', 'Telecommuter').getUniqueValue())
        for (const method of ['PUT', 'PATCH']) await hostile(method, `${PERSONAS}/${id}`, { headers: { ...adminAuth, 'Content-Type': 'text/plain' }, body: '{"name":"x"}' }, 415)
        await hostile('DELETE', `${PERSONAS}/${id}`, { headers: { ...adminAuth, 'Content-Type': 'text/plain' }, body: 'x' }, 415)
    })

    test('every /api/ route: the catalog API and scripted REST APIs refuse text/plain too', async () => {
        const item = '0123456789abcdef0123456789abcdef'
        await hostile('POST', `/api/sn_sc/servicecatalog/items/${item}/order_now`, { headers: { ...adminAuth, 'Content-Type': 'text/plain' }, body: '{}' }, 415)
        // An empty body does not help: order_now needs none, so a bodiless cross-site POST is refused as well.
        await hostile('POST', `/api/sn_sc/servicecatalog/items/${item}/order_now`, { headers: adminAuth }, 415)
        await hostile('POST', '/api/x_psm_persona/insight/distribution', { headers: { ...adminAuth, 'Content-Type': 'text/plain' }, body: '{}' }, 415)
    })

    test('JSON is accepted, with parameters and +json types', async () => {
        for (const type of ['application/json', 'application/json; charset=utf-8', 'application/vnd.example+json']) {
            const r = await request('POST', PERSONAS, { headers: { ...adminAuth, 'Content-Type': type }, body: JSON.stringify({ name: `JSON ${type}`, technology: 1, network: 1, interaction: 1, communication: 1, mobility: 1 }) })
            expect(r.status).toBe(201)
        }
    })
})

describe('REST calls with a session need the X-UserToken header', () => {
    let admin: { cookie: string; token: string }
    beforeAll(async () => {
        admin = await portalLogin('admin', ADMIN_PASSWORD)
    })

    test('session cookie and the right X-UserToken: the call runs as the session user', async () => {
        const r = await request('GET', `${PERSONAS}?sysparm_limit=1`, { headers: { Cookie: admin.cookie, 'X-UserToken': admin.token } })
        expect(r.status).toBe(200)
        const created = await request('POST', PERSONAS, {
            headers: { Cookie: admin.cookie, 'X-UserToken': admin.token, 'Content-Type': 'application/json' },
            body: JSON.stringify({ name: 'By session', technology: 2, network: 2, interaction: 2, communication: 2, mobility: 2 }),
        })
        expect(created.status).toBe(201)
        expect(instance.run(() => get('x_psm_persona_persona', 'name', 'By session').getValue('sys_created_by'))).toBe('admin')
    })

    test.each([
        ['no X-UserToken', undefined],
        ['a wrong X-UserToken', 'not-the-token'],
        ['an empty X-UserToken', ''],
    ])('session cookie with %s: 401, no Basic challenge (no browser prompt), nothing written', async (_label, token) => {
        const headers: Record<string, string> = { Cookie: admin.cookie, 'Content-Type': 'application/json' }
        if (token !== undefined) headers['X-UserToken'] = token
        const r = await hostile('POST', PERSONAS, { headers, body: validPersona }, 401)
        expect(errorOf(r).message).toBe('User Not Authenticated')
        expect(r.headers['www-authenticate']).toBeUndefined()
    })

    test('no credentials at all: 401 with the Basic challenge the platform sends on REST', async () => {
        const r = await request('GET', PERSONAS)
        expect(r.status).toBe(401)
        expect(r.headers['www-authenticate']).toMatch(/^Basic /)
    })
})

describe('no HTML page asks the browser for basic credentials', () => {
    test.each(['/outbox', '/outbox/0123456789abcdef0123456789abcdef'])('%s without a session: redirected to the login page, no WWW-Authenticate', async (path) => {
        const r = await request('GET', path)
        expect(r.headers['www-authenticate']).toBeUndefined()
        expect(r.status).toBe(303)
        expect(r.headers.location).toBe(`/sp?id=login&next=${encodeURIComponent(path)}`)
    })

    test('the outbox takes no basic credentials (they would be cached by the browser), only the admin session', async () => {
        const withBasic = await request('GET', '/outbox', { headers: adminAuth })
        expect(withBasic.status).toBe(303)
        const { cookie } = await portalLogin('admin', ADMIN_PASSWORD)
        expect((await request('GET', '/outbox', { headers: { Cookie: cookie } })).status).toBe(200)
    })

    test('the outbox refuses a non-admin session with 403', async () => {
        newUser('outbox.reader')
        const { cookie } = await portalLogin('outbox.reader', USER_PASSWORD)
        expect((await request('GET', '/outbox', { headers: { Cookie: cookie } })).status).toBe(403)
    })
})

describe('failed logins: bounded memory, no lock-out a stranger controls, no timing oracle', () => {
    test('a million distinct user names keep the tracker within its bound', () => {
        const throttle = new LoginThrottle()
        const now = Date.now()
        const clientOf = (i: number) => `10.0.${(i >> 8) & 255}.${i & 255}`
        for (let i = 0; i < 1_000_000; i++) throttle.failed(clientOf(i), `user-${i}`, now)
        expect(throttle.size).toBeLessThanOrEqual(2 * MAX_ENTRIES)
        // The bound forgets the oldest entries, not the newest: the last name is still counted.
        const last = 999_999
        for (let i = 1; i < FREE_PER_PAIR; i++) throttle.failed(clientOf(last), `user-${last}`, now)
        expect(throttle.wait(clientOf(last), `user-${last}`, now)).toBe(0)
        throttle.failed(clientOf(last), `user-${last}`, now)
        expect(throttle.wait(clientOf(last), `user-${last}`, now)).toBeGreaterThan(0)
    })

    test('guessing admin from one client: throttled there (429 with Retry-After), while a fresh client with the right password gets in', async () => {
        const wrong = { Authorization: basic('admin', 'guess') }
        const before = databaseChecksum(instance)
        // FREE_PER_PAIR failures go unpunished, the next one is checked and starts a 1 s wait ...
        for (let i = 0; i <= FREE_PER_PAIR; i++) expect((await request('GET', `${PERSONAS}?sysparm_limit=1`, { headers: wrong, from: '127.0.0.2' })).status).toBe(401)
        const throttled = await request('GET', `${PERSONAS}?sysparm_limit=1`, { headers: wrong, from: '127.0.0.2' })
        expect(throttled.status).toBe(429)
        expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0)
        expect(databaseChecksum(instance)).toBe(before)
        // The platform would have set locked_out by now; here the account is untouched ...
        expect(instance.run(() => get('sys_user', 'user_name', 'admin').getValue('locked_out'))).not.toBe('1')
        // ... and the administrator, from another address, logs in at once: by REST and by the portal.
        expect((await request('GET', `${PERSONAS}?sysparm_limit=1`, { headers: adminAuth, from: '127.0.0.3' })).status).toBe(200)
        await expect(portalLogin('admin', ADMIN_PASSWORD, '127.0.0.4')).resolves.toHaveProperty('cookie')
    })

    test('the portal login throttles the same way, saying when to try again', async () => {
        const attempt = () => spLoginCall('admin', 'guess', '127.0.0.5')
        for (let i = 0; i <= FREE_PER_PAIR; i++) expect((await attempt()).status).toBe(401)
        const throttled = await attempt()
        expect(throttled.status).toBe(429)
        expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0)
        expect(throttled.headers['www-authenticate']).toBeUndefined()
        await expect(portalLogin('admin', ADMIN_PASSWORD, '127.0.0.6')).resolves.toHaveProperty('cookie')
    })

    test('back-off doubles per failure; attempts made while waiting are not counted and do not renew the wait', () => {
        const t = new LoginThrottle()
        const start = 1_000_000
        for (let i = 0; i < FREE_PER_PAIR; i++) t.failed('c', 'admin', start)
        expect(t.wait('c', 'admin', start)).toBe(0)
        t.failed('c', 'admin', start)
        expect(t.wait('c', 'admin', start)).toBe(1000)
        // Hammering during the wait: refused without being checked (wait() is all the caller asks).
        for (let i = 0; i < 100; i++) expect(t.wait('c', 'admin', start + 500)).toBe(500)
        t.failed('c', 'admin', start + 1000)
        expect(t.wait('c', 'admin', start + 1000)).toBe(2000)
        expect(t.wait('other client', 'admin', start + 1000)).toBe(0)
    })

    test('one client spraying many user names is slowed down for every name', () => {
        const t = new LoginThrottle()
        for (let i = 0; i < FREE_PER_CLIENT + 1; i++) t.failed('sprayer', `name-${i}`, 0)
        expect(t.wait('sprayer', 'a-name-never-tried', 0)).toBeGreaterThan(0)
        expect(t.wait('someone else', 'a-name-never-tried', 0)).toBe(0)
    })

    test('every login costs one scrypt verify: unknown, inactive, password-less and known users alike', () => {
        newUser('timing.inactive', { active: false })
        instance.run(() => insert('sys_user', { user_name: 'timing.nopassword', name: 'No password' }))
        const calls: string[] = []
        const auth = new BasicAuth(instance, (plain, stored) => {
            calls.push(plain)
            return verifyPassword(plain, stored)
        })
        const attempt = (name: string, password: string) => {
            calls.length = 0
            expect(() => auth.login(name, password, `timing-${name}`)).toThrow(/User Not Authenticated/)
            return calls.length
        }
        expect(attempt('no.such.user', 'x')).toBe(1)
        expect(attempt('admin', 'wrong')).toBe(1)
        expect(attempt('timing.inactive', USER_PASSWORD)).toBe(1)
        expect(attempt('timing.nopassword', '')).toBe(1)
    })
})

describe('sessions end when the account changes', () => {
    test.each([
        ['deactivated', { active: false }],
        ['locked out', { locked_out: true }],
        ['given a new password', { user_password: 'a-brand-new-password-77' }],
    ])('a user %s: the next page redirects to login and the next REST call is 401', async (label, change) => {
        const name = `session.${label.replace(/\W+/g, '-')}`
        const id = newUser(name)
        const { cookie, token } = await portalLogin(name, USER_PASSWORD)
        // The outbox is for admins: a live session is refused (403), a dead one sent to the login page.
        expect((await request('GET', '/outbox', { headers: { Cookie: cookie } })).status).toBe(403)
        expect((await request('GET', '/api/now/table/sys_user?sysparm_limit=1', { headers: { Cookie: cookie, 'X-UserToken': token } })).status).not.toBe(401)
        instance.run(() => update('sys_user', id, change))
        const page = await request('GET', '/outbox', { headers: { Cookie: cookie } })
        expect(page.status).toBe(303)
        expect(page.headers.location).toMatch(/^\/sp\?id=login&/)
        expect((await request('GET', '/api/now/table/sys_user?sysparm_limit=1', { headers: { Cookie: cookie, 'X-UserToken': token } })).status).toBe(401)
    })

    test('an unrelated change to the user (their phone number) keeps the session', async () => {
        const id = newUser('session.phone')
        const { cookie } = await portalLogin('session.phone', USER_PASSWORD)
        instance.run(() => update('sys_user', id, { phone: '555-0100' }))
        expect((await request('GET', '/outbox', { headers: { Cookie: cookie } })).status).toBe(403)
    })
})

describe('redirects stay on this site', () => {
    test.each(['/.//evil.example', '/./\\evil.example', '//evil.example', '/\\evil.example', 'https://evil.example/', '/%2e//evil.example', '/a/..//evil.example'])('next=%s', async (next) => {
        const target = safeNext(next)
        expect(target.startsWith('/') && !target.startsWith('//') && !target.startsWith('/\\')).toBe(true)
        expect(new URL(target, 'http://here.test').origin).toBe('http://here.test')
        const { cookie } = await portalLogin('admin', ADMIN_PASSWORD)
        const r = await request('GET', `/sp/login?next=${encodeURIComponent(next)}`, { headers: { Cookie: cookie } })
        expect(r.status).toBe(303)
        expect(new URL(String(r.headers.location), server.url).origin).toBe(new URL(server.url).origin)
    })

    test('a same-site next is kept, also through the login page', async () => {
        expect(safeNext('/sp?id=sc_cat_item&sys_id=1')).toBe('/sp?id=sc_cat_item&sys_id=1')
        expect(safeNext('/sp?id=login&next=%2Foutbox')).toBe('/outbox')
        expect(safeNext('/sp?id=login&next=%2F%2Fevil.example')).toBe('/sp')
        const r = await request('GET', '/sp/login?next=%2Foutbox')
        expect(r.status).toBe(303)
        expect(r.headers.location).toBe('/sp?id=login&next=%2Foutbox')
    })
})

describe('client-chosen sys_ids', () => {
    // "A unique 32-character GUID ... identifies each record" (Unique record identifier (sys_id)): at most 32
    // characters, and only ones a URL path carries unchanged (other cases: tests/instance/table-api-completeness.test.ts).
    test.each([
        ['33 characters', '0123456789abcdef0123456789abcdef0'],
        ['a slash', 'abc/def'],
        ['a space', 'abc def'],
        ['a dot', '..'],
    ])('%s: 400 naming the sys_id rule, nothing written', async (_label, sysId) => {
        const r = await hostile('POST', PERSONAS, { headers: { ...adminAuth, 'Content-Type': 'application/json' }, body: JSON.stringify({ ...JSON.parse(validPersona), name: `Id ${sysId}`, sys_id: sysId }) }, 400)
        const error = errorOf(r)
        expect(`${error.message} ${error.detail ?? ''}`).toMatch(/sys_id .*1 to 32 letters, digits/)
    })

    test('a valid one is used and the record reads back by it', async () => {
        const sysId = 'feedfacefeedfacefeedfacefeedface'
        const r = await request('POST', PERSONAS, { headers: { ...adminAuth, 'Content-Type': 'application/json' }, body: JSON.stringify({ ...JSON.parse(validPersona), name: 'Chosen id', sys_id: sysId }) })
        expect(r.status).toBe(201)
        expect((await request('GET', `${PERSONAS}/${sysId}`, { headers: adminAuth })).status).toBe(200)
    })
})

describe('oversized requests get 400s, never 500s', () => {
    test('a thousand ANDed terms (past SQLite expression depth): 400 Invalid query', async () => {
        const query = Array(1000).fill('user_name=a').join('^')
        const r = await hostile('GET', `/api/now/table/sys_user?sysparm_query=${encodeURIComponent(query)}`, { headers: adminAuth }, 400)
        expect(errorOf(r).message).toBe('Invalid query')
    })

    test('a dot-walk through seventy references (past SQLite\'s 64-table join): 400 Invalid query', async () => {
        const query = `${'manager.'.repeat(70)}user_name=a`
        const r = await hostile('GET', `/api/now/table/sys_user?sysparm_query=${encodeURIComponent(query)}`, { headers: adminAuth }, 400)
        expect(errorOf(r).message).toBe('Invalid query')
    })

    test('a URL past the 16 KB header limit: 431 in the platform error shape', async () => {
        const r = await hostile('GET', `/api/now/table/sys_user?sysparm_query=${'a'.repeat(20_000)}`, { headers: adminAuth }, 431)
        expect(errorOf(r).message).toMatch(/Too Large/)
    })

    test('a malformed cookie: no 500', async () => {
        await hostile('GET', '/outbox', { headers: { Cookie: 'psm_session=%E0%A4%A' } }, 303)
        await hostile('GET', PERSONAS, { headers: { Cookie: 'psm_session=%E0%A4%A' } }, 401)
    })
})

/** The cells of one CSV line as a spreadsheet splitting on `sep` reads them (double quotes honoured). */
function cellsIn(line: string, sep: string): string[] {
    const cells: string[] = []
    let cell = ''
    let quoted = false
    for (let i = 0; i < line.length; i++) {
        const ch = line[i]
        if (quoted) {
            if (ch === '"' && line[i + 1] === '"') {
                cell += '"'
                i++
            } else if (ch === '"') quoted = false
            else cell += ch
        } else if (ch === '"') quoted = true
        else if (ch === sep) {
            cells.push(cell)
            cell = ''
        } else cell += ch
    }
    cells.push(cell)
    return cells
}

describe('CSV cells cannot become formulas, whatever the separator', () => {
    // OWASP "CSV Injection": no cell may begin with = + - @ tab or carriage return; quote the cells.
    test.each([['a;=HYPERLINK("http://evil")'], ['x;+1'], ['y\t=1'], ['z;@SUM(1)'], [' =1+2'], ['q,=1']])('%s: no cell a formula in a ",", ";" or tab locale', (text) => {
        const line = toCsv([[text, 1]]).replace(/\r\n$/, '')
        for (const sep of [',', ';', '\t']) for (const cell of cellsIn(line, sep)) expect(cell).not.toMatch(/^\s*[=+\-@]/)
        expect(parseCsv(toCsv([[text]]))[0][0].replace(/^'/, '')).toBe(text)
        expect(csvCell(text)).not.toMatch(/^[=+\-@]/)
    })
})

describe('console output cannot drive the terminal', () => {
    test('control characters in printed data are shown, not obeyed', () => {
        const out = new PassThrough()
        const chunks: string[] = []
        out.on('data', (c: Buffer) => chunks.push(c.toString('utf8')))
        const c = new Console({ stdout: out, stderr: out })
        sanitizeConsole(c)
        c.log(`  Portal logins    evil\u001b]0;owned\u0007\u001b[2J${'\u009b'}31m`)
        c.error('[error] \u001b[1A\rforged line')
        const printed = chunks.join('')
        expect(printed).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/)
        expect(printed).toContain('\\x1b]0;owned\\x07')
        expect(terminalSafe('tab\tand\nnewline')).toBe('tab\tand\nnewline')
    })

    test('the CLI itself prints through the sanitiser (an argument it echoes back in an error)', () => {
        const root = path.resolve(__dirname, '../..')
        const run = spawnSync(process.execPath, [require.resolve('ts-node/dist/bin.js'), '--transpile-only', 'src/local/cli.ts', 'evil\u001b]0;owned\u0007'], { cwd: root, encoding: 'utf8', timeout: 60_000 })
        const printed = `${run.stdout}${run.stderr}`
        expect(printed).toContain('Unknown command evil\\x1b]0;owned\\x07')
        expect(printed).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/)
    })
})
