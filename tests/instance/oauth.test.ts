import { createHash } from 'node:crypto'
import type { Instance } from '../../src/local/instance'
import { ensureAdmin } from '../../src/local/base/admin'
import { startServer, type RunningServer } from '../../src/local/http/server'
import { ensureCliClient } from '../../src/local/oauth/cli-client'
import { freshInstance, installedInstance } from '../support/instance'
import { insert, update } from '../support/records'

/*
 * OAuth inbound, as pysnc and other clients use it: an application registry ("Create an endpoint for clients
 * to access the instance": "The system creates a record in the Application Registries [oauth_entity] table";
 * "Client ID [Read-Only] The auto-generated unique ID"; "By default, access tokens expire in 30 minutes (1800
 * seconds)"), the token endpoint /oauth_token.do with the resource owner password grant and the refresh token
 * grant (RFC 6749 sections 4.3, 6; errors as section 5.2), and the access token as a bearer token on the REST
 * APIs (RFC 6750).
 */

let instance: Instance
let server: RunningServer
const password = 'oauth admin password 1'
const admin = { Authorization: `Basic ${Buffer.from(`admin:${password}`).toString('base64')}` }
let client: { id: string; secret: string }

beforeAll(async () => {
    instance = installedInstance()
    ensureAdmin(instance, password)
    instance.run(() => insert('sys_user', { user_name: 'oauth.plain', user_password: 'plain password 1' }))
    server = await startServer(instance, { port: 0 })
})
afterAll(async () => {
    await server.close()
    instance.close()
})

async function rest(method: string, path: string, headers: Record<string, string>, body?: unknown) {
    const res = await fetch(server.url + path, { method, headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body) })
    const text = await res.text()
    return { status: res.status, headers: res.headers, json: (text ? JSON.parse(text) : null) as Record<string, unknown> | null }
}

async function token(form: Record<string, string>, headers: Record<string, string> = {}) {
    const res = await fetch(`${server.url}/oauth_token.do`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json', ...headers }, body: new URLSearchParams(form).toString() })
    return { status: res.status, headers: res.headers, json: (await res.json()) as Record<string, unknown> }
}

const basic = (user: string, secret: string) => ({ Authorization: `Basic ${Buffer.from(`${user}:${secret}`).toString('base64')}` })
const bearer = (t: unknown) => ({ Authorization: `Bearer ${String(t)}` })
const credentialCount = () => (instance.store.prepare('SELECT COUNT(*) AS n FROM oauth_credential').get() as { n: number }).n

test('nothing is seeded: a fresh instance has no application registry', () => {
    const fresh = freshInstance()
    expect((fresh.store.prepare('SELECT COUNT(*) AS n FROM oauth_entity').get() as { n: number }).n).toBe(0)
    fresh.close()
})

test('the admin registers a client through the Table API: the client id is generated, the secret stored hashed and never returned', async () => {
    const r = await rest('POST', '/api/now/table/oauth_entity', admin, { name: 'pysnc scripts', client_secret: 'a client secret 123' })
    expect(r.status).toBe(201)
    const result = r.json?.result as Record<string, string>
    expect(result.client_id).toMatch(/^[0-9a-f]{32}$/)
    expect(result).not.toHaveProperty('client_secret')
    expect(result.access_token_lifespan).toBe('1800')
    expect(result.refresh_token_lifespan).toBe('8640000')
    const stored = instance.store.prepare('SELECT client_secret FROM oauth_entity WHERE client_id = ?').get(result.client_id) as { client_secret: string }
    expect(stored.client_secret).toMatch(/^scrypt\$/)
    client = { id: result.client_id, secret: 'a client secret 123' }
})

test('only admins see registries and tokens', async () => {
    const plain = basic('oauth.plain', 'plain password 1')
    expect((await rest('GET', '/api/now/table/oauth_entity', plain)).status).toBe(403)
    expect((await rest('GET', '/api/now/table/oauth_credential', plain)).status).toBe(403)
    expect((await rest('POST', '/api/now/table/oauth_entity', plain, { name: 'mine', client_secret: 'x' })).status).toBe(403)
})

test('password grant with the client in the form: access and refresh tokens, Bearer, 1800 s, not cacheable', async () => {
    const r = await token({ grant_type: 'password', username: 'admin', password, client_id: client.id, client_secret: client.secret })
    expect(r.status).toBe(200)
    expect(r.json).toEqual({ access_token: expect.any(String) as string, refresh_token: expect.any(String) as string, scope: 'useraccount', token_type: 'Bearer', expires_in: 1800 })
    expect(r.headers.get('cache-control')).toBe('no-store')
    expect(r.headers.get('content-type')).toMatch(/^application\/json/)
    const users = await rest('GET', '/api/now/table/sys_user?sysparm_query=user_name=admin&sysparm_fields=user_name', bearer(r.json.access_token))
    expect(users).toMatchObject({ status: 200, json: { result: [{ user_name: 'admin' }] } })
})

test('password grant with the client in HTTP Basic, as requests-oauthlib sends it; tokens are stored only as digests', async () => {
    const before = credentialCount()
    const r = await token({ grant_type: 'password', username: 'admin', password }, basic(client.id, client.secret))
    expect(r.status).toBe(200)
    expect(credentialCount()).toBe(before + 2)
    const access = String(r.json.access_token)
    const rows = instance.store.prepare('SELECT token, type, expires FROM oauth_credential').all() as Array<{ token: string; type: string; expires: string }>
    expect(rows.some((row) => row.token === createHash('sha256').update(access).digest('hex') && row.type === 'access_token')).toBe(true)
    const dump = JSON.stringify(instance.store.prepare('SELECT * FROM oauth_credential').all())
    expect(dump).not.toContain(access)
    expect(dump).not.toContain(String(r.json.refresh_token))
})

test('a bearer token acts as its user, ACLs included', async () => {
    const r = await token({ grant_type: 'password', username: 'oauth.plain', password: 'plain password 1', client_id: client.id, client_secret: client.secret })
    expect(r.status).toBe(200)
    expect((await rest('GET', '/api/now/table/sys_user', bearer(r.json.access_token))).status).toBe(403)
    expect((await rest('GET', '/api/now/table/x_psm_persona_persona?sysparm_limit=1', bearer(r.json.access_token))).status).toBe(200)
    const batch = await rest('POST', '/api/now/v1/batch', bearer(r.json.access_token), { rest_requests: [{ id: '1', method: 'GET', url: '/api/now/table/sys_user' }] })
    expect((batch.json?.serviced_requests as Array<{ status_code: number }>)[0].status_code).toBe(403)
})

test('refresh grant: a new access token for the same user; another client cannot use the refresh token', async () => {
    const first = await token({ grant_type: 'password', username: 'admin', password, client_id: client.id, client_secret: client.secret })
    const refreshed = await token({ grant_type: 'refresh_token', refresh_token: String(first.json.refresh_token), client_id: client.id, client_secret: client.secret })
    expect(refreshed.status).toBe(200)
    expect(refreshed.json.access_token).not.toBe(first.json.access_token)
    expect(refreshed.json.refresh_token).toBe(first.json.refresh_token)
    expect((await rest('GET', '/api/now/table/sys_user?sysparm_limit=1', bearer(refreshed.json.access_token))).status).toBe(200)
    const other = await rest('POST', '/api/now/table/oauth_entity', admin, { name: 'other client', client_secret: 'other secret 123' })
    const otherId = (other.json?.result as Record<string, string>).client_id
    const stolen = await token({ grant_type: 'refresh_token', refresh_token: String(first.json.refresh_token), client_id: otherId, client_secret: 'other secret 123' })
    expect(stolen).toMatchObject({ status: 400, json: { error: 'invalid_grant' } })
    // An access token is not a refresh token.
    const wrongKind = await token({ grant_type: 'refresh_token', refresh_token: String(first.json.access_token), client_id: client.id, client_secret: client.secret })
    expect(wrongKind).toMatchObject({ status: 400, json: { error: 'invalid_grant' } })
})

test('access tokens expire after the registry lifespan: then 401 with a Bearer challenge', async () => {
    const short = await rest('POST', '/api/now/table/oauth_entity', admin, { name: 'short lived', client_secret: 'short secret 123', access_token_lifespan: 1 })
    const id = (short.json?.result as Record<string, string>).client_id
    const r = await token({ grant_type: 'password', username: 'admin', password, client_id: id, client_secret: 'short secret 123' })
    expect(r.json.expires_in).toBe(1)
    // Its second passes on the clock the instance reads (Date), moved 2.1 s on rather than waited for; the
    // timers the server and fetch run on stay real.
    jest.useFakeTimers({ advanceTimers: true, doNotFake: ['hrtime', 'nextTick', 'performance', 'queueMicrotask', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] })
    try {
        jest.setSystemTime(Date.now() + 2100)
        const expired = await rest('GET', '/api/now/table/sys_user?sysparm_limit=1', bearer(r.json.access_token))
        expect(expired.status).toBe(401)
        expect(expired.json).toEqual({ error: { message: 'User Not Authenticated', detail: 'The access token is invalid or has expired' }, status: 'failure' })
        expect(expired.headers.get('www-authenticate')).toMatch(/^Bearer .*error="invalid_token"/)
    } finally {
        jest.useRealTimers()
    }
})

test('a token stops working when its user is deactivated or its registry made inactive', async () => {
    const userId = instance.run(() => insert('sys_user', { user_name: 'oauth.leaver', user_password: 'leaver password 1' }))
    const r = await token({ grant_type: 'password', username: 'oauth.leaver', password: 'leaver password 1', client_id: client.id, client_secret: client.secret })
    expect((await rest('GET', '/api/now/table/x_psm_persona_persona?sysparm_limit=1', bearer(r.json.access_token))).status).toBe(200)
    instance.run(() => update('sys_user', userId, { active: false }))
    expect((await rest('GET', '/api/now/table/x_psm_persona_persona?sysparm_limit=1', bearer(r.json.access_token))).status).toBe(401)
    const mine = await rest('POST', '/api/now/table/oauth_entity', admin, { name: 'to retire', client_secret: 'retire secret 123' })
    const retired = mine.json?.result as Record<string, string>
    const t = await token({ grant_type: 'password', username: 'admin', password, client_id: retired.client_id, client_secret: 'retire secret 123' })
    expect((await rest('GET', '/api/now/table/sys_user?sysparm_limit=1', bearer(t.json.access_token))).status).toBe(200)
    expect((await rest('PATCH', `/api/now/table/oauth_entity/${retired.sys_id}`, admin, { active: false })).status).toBe(200)
    expect((await rest('GET', '/api/now/table/sys_user?sysparm_limit=1', bearer(t.json.access_token))).status).toBe(401)
    expect((await token({ grant_type: 'password', username: 'admin', password, client_id: retired.client_id, client_secret: 'retire secret 123' })).json.error).toBe('invalid_client')
})

describe('refusals: RFC 6749 errors, nothing issued', () => {
    const cases: Array<[string, () => Record<string, string>, Record<string, string>, number, string]> = [
        ['a wrong client secret', () => ({ grant_type: 'password', username: 'admin', password, client_id: client.id, client_secret: 'wrong' }), {}, 401, 'invalid_client'],
        ['an unknown client', () => ({ grant_type: 'password', username: 'admin', password, client_id: '0123456789abcdef0123456789abcdef', client_secret: 'x' }), {}, 401, 'invalid_client'],
        ['no client at all', () => ({ grant_type: 'password', username: 'admin', password }), {}, 401, 'invalid_client'],
        ['a wrong user password', () => ({ grant_type: 'password', username: 'admin', password: 'not it', client_id: client.id, client_secret: client.secret }), {}, 400, 'invalid_grant'],
        ['an unknown user', () => ({ grant_type: 'password', username: 'nobody.here', password: 'x', client_id: client.id, client_secret: client.secret }), {}, 400, 'invalid_grant'],
        ['no grant_type', () => ({ username: 'admin', password, client_id: client.id, client_secret: client.secret }), {}, 400, 'invalid_request'],
        ['no password', () => ({ grant_type: 'password', username: 'admin', client_id: client.id, client_secret: client.secret }), {}, 400, 'invalid_request'],
        ['an unsupported grant', () => ({ grant_type: 'client_credentials', client_id: client.id, client_secret: client.secret }), {}, 400, 'unsupported_grant_type'],
        ['an unknown refresh token', () => ({ grant_type: 'refresh_token', refresh_token: 'made-up', client_id: client.id, client_secret: client.secret }), {}, 400, 'invalid_grant'],
        ['client credentials twice (header and form)', () => ({ grant_type: 'password', username: 'admin', password, client_secret: client.secret }), { Authorization: 'Basic eDp5' }, 400, 'invalid_request'],
    ]
    test.each(cases)('%s', async (_name, form, headers, status, error) => {
        const before = credentialCount()
        const r = await token(form(), headers)
        expect(r.status).toBe(status)
        expect(r.json).toEqual({ error, error_description: expect.any(String) as string })
        expect(credentialCount()).toBe(before)
    })

    test('a JSON body is not a token request', async () => {
        const res = await fetch(`${server.url}/oauth_token.do`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ grant_type: 'password', username: 'admin', password, client_id: client.id, client_secret: client.secret }) })
        expect(res.status).toBe(400)
        expect(((await res.json()) as { error: string }).error).toBe('invalid_request')
    })

    test('a made-up or empty bearer token is 401, never a request as nobody', async () => {
        for (const header of ['Bearer made-up-token', 'Bearer ', 'Bearer']) {
            const r = await rest('GET', '/api/now/table/x_psm_persona_persona?sysparm_limit=1', { Authorization: header })
            expect(r.status).toBe(401)
        }
    })
})

test('npm start registers a client for local scripts once, with a generated secret shown only then', async () => {
    const first = ensureCliClient(instance)
    expect(first.clientId).toMatch(/^[0-9a-f]{32}$/)
    expect(first.secret).toMatch(/^[A-Za-z0-9_-]{20}$/)
    const again = ensureCliClient(instance)
    expect(again).toEqual({ clientId: first.clientId, secret: null })
    const r = await token({ grant_type: 'password', username: 'admin', password, client_id: first.clientId, client_secret: String(first.secret) })
    expect(r.status).toBe(200)
    const other = freshInstance()
    expect(ensureCliClient(other).secret).not.toBe(first.secret)
    other.close()
})
