import type { Instance } from '../../src/local/instance'
import { ensureAdmin } from '../../src/local/base/admin'
import { startServer, type RunningServer } from '../../src/local/http/server'
import { GlideRecord } from '../../src/local/glide'
import { installedInstance } from '../support/instance'

/** The Table API over real HTTP, with the platform's REST contract: {"result": …} or {"error": {message, detail}, "status": "failure"}. */
let instance: Instance
let server: RunningServer
const password = 'correct horse battery staple'
const auth = `Basic ${Buffer.from(`admin:${password}`).toString('base64')}`

beforeAll(async () => {
    instance = installedInstance()
    ensureAdmin(instance, password)
    server = await startServer(instance, { port: 0 })
})
afterAll(async () => {
    await server.close()
    instance.close()
})

async function call(method: string, path: string, body?: string, headers: Record<string, string> = { Authorization: auth }) {
    const res = await fetch(server.url + path, { method, body, headers: { 'Content-Type': 'application/json', ...headers } })
    const text = await res.text()
    return { status: res.status, json: text ? (JSON.parse(text) as Record<string, unknown>) : null, headers: res.headers }
}

test('binds to 127.0.0.1 by default', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
})

test('missing credentials: 401 User Not Authenticated', async () => {
    const r = await call('GET', '/api/now/table/x_psm_persona_persona', undefined, {})
    expect(r.status).toBe(401)
    expect(r.json).toEqual({ error: { message: 'User Not Authenticated', detail: 'Required to provide Auth information' }, status: 'failure' })
})

test('wrong password: 401', async () => {
    const r = await call('GET', '/api/now/table/x_psm_persona_persona', undefined, { Authorization: `Basic ${Buffer.from('admin:nope').toString('base64')}` })
    expect(r.status).toBe(401)
})

test('list with sysparm_query, sysparm_fields, sysparm_limit and X-Total-Count', async () => {
    const r = await call('GET', '/api/now/table/x_psm_persona_persona?sysparm_query=mobility=4^ORDERBYname&sysparm_fields=name,mobility&sysparm_limit=1')
    expect(r.status).toBe(200)
    expect(r.json).toEqual({ result: [{ name: 'Telecommuter', mobility: '4' }] })
    expect(r.headers.get('x-total-count')).toBe('2')
})

test('unknown table: 400 Invalid table', async () => {
    const r = await call('GET', '/api/now/table/u_nothing_here')
    expect(r.status).toBe(400)
    expect(r.json).toMatchObject({ error: { message: 'Invalid table u_nothing_here' }, status: 'failure' })
})

test('unknown sys_id: 404 No Record found', async () => {
    const r = await call('GET', '/api/now/table/x_psm_persona_persona/0123456789abcdef0123456789abcdef')
    expect(r.status).toBe(404)
    expect(r.json).toMatchObject({ error: { message: 'No Record found' }, status: 'failure' })
})

test('a query term the local instance cannot evaluate: 400 naming the term (an invalid one is ignored: table-api-completeness.test.ts)', async () => {
    const r = await call('GET', '/api/now/table/x_psm_persona_persona?sysparm_query=nameDYNAMIC0123456789abcdef0123456789abcdef')
    expect(r.status).toBe(400)
    expect(JSON.stringify(r.json)).toContain('nameDYNAMIC0123456789abcdef0123456789abcdef')
})

test('bad JSON: 400, nothing written', async () => {
    const before = new GlideRecord('x_psm_persona_persona').getRowCount()
    const r = await call('POST', '/api/now/table/x_psm_persona_persona', '{"name": ')
    expect(r.status).toBe(400)
    expect(r.json).toEqual({ error: { message: 'Exception while reading request', detail: 'The payload is not valid JSON.' }, status: 'failure' })
    expect(new GlideRecord('x_psm_persona_persona').getRowCount()).toBe(before)
})

test('create, read, update, delete round trip, with business rules running', async () => {
    const created = await call('POST', '/api/now/table/x_psm_persona_persona', JSON.stringify({ name: 'Field Engineer', technology: 3, network: 2, interaction: 2, communication: 2, mobility: 3 }))
    expect(created.status).toBe(201)
    const rec = (created.json as { result: Record<string, string> }).result
    expect(rec.sys_id).toMatch(/^[0-9a-f]{32}$/)
    expect(rec.mobility).toBe('3')
    const updated = await call('PATCH', `/api/now/table/x_psm_persona_persona/${rec.sys_id}`, JSON.stringify({ mobility: 4 }))
    expect(updated.status).toBe(200)
    expect((updated.json as { result: Record<string, string> }).result.mobility).toBe('4')
    const refused = await call('PUT', `/api/now/table/x_psm_persona_persona/${rec.sys_id}`, JSON.stringify({ mobility: 7 }))
    expect(refused.status).toBe(403)
    expect(JSON.stringify(refused.json)).toContain('Virtual/Mobile ranking 7 is outside 1-4.')
    const read = await call('GET', `/api/now/table/x_psm_persona_persona/${rec.sys_id}?sysparm_fields=mobility`)
    expect(read.json).toEqual({ result: { mobility: '4' } })
    expect((await call('DELETE', `/api/now/table/x_psm_persona_persona/${rec.sys_id}`)).status).toBe(204)
    expect((await call('GET', `/api/now/table/x_psm_persona_persona/${rec.sys_id}`)).status).toBe(404)
})

test('sysparm_display_value and reference links', async () => {
    const r = await call('GET', '/api/now/table/sys_user?sysparm_query=user_name=admin&sysparm_fields=user_name,active&sysparm_display_value=all')
    expect(r.json).toEqual({ result: [{ user_name: { display_value: 'admin', value: 'admin' }, active: { display_value: 'true', value: 'true' } }] })
})

test('passwords are stored hashed and never returned', async () => {
    const r = await call('GET', '/api/now/table/sys_user?sysparm_query=user_name=admin')
    const user = (r.json as { result: Array<Record<string, unknown>> }).result[0]
    expect(user).not.toHaveProperty('user_password')
    const stored = instance.store.prepare("SELECT user_password FROM sys_user WHERE user_name = 'admin'").get() as { user_password: string }
    expect(stored.user_password).toMatch(/^scrypt\$/)
    expect(stored.user_password).not.toContain(password)
})

test('oversized payload: 413, process alive', async () => {
    const big = JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024) })
    const r = await call('POST', '/api/now/table/x_psm_persona_persona', big)
    expect(r.status).toBe(413)
    expect((await call('GET', '/api/now/table/x_psm_persona_persona?sysparm_limit=1')).status).toBe(200)
})

test('unsupported method: 405', async () => {
    expect((await call('DELETE', '/api/now/table/x_psm_persona_persona')).status).toBe(405)
})

test('ACLs decide for non-admins: personas readable by any logged-in user, writable by nobody but admins; no ACL means no access', async () => {
    const { insert } = await import('../support/records')
    instance.run(() => insert('sys_user', { user_name: 'plain.user', user_password: 'plain password 1' }))
    const plain = { Authorization: `Basic ${Buffer.from('plain.user:plain password 1').toString('base64')}` }
    const read = await call('GET', '/api/now/table/x_psm_persona_persona?sysparm_fields=name', undefined, plain)
    expect(read.status).toBe(200)
    expect((read.json as { result: unknown[] }).result).toHaveLength(5)
    const write = await call('POST', '/api/now/table/x_psm_persona_persona', JSON.stringify({ name: 'Sneaky', technology: 1, network: 1, interaction: 1, communication: 1, mobility: 1 }), plain)
    expect(write.status).toBe(403)
    const users = await call('GET', '/api/now/table/sys_user', undefined, plain)
    expect(users.status).toBe(403)
    const rules = await call('GET', '/api/now/table/x_psm_persona_scoring_rule', undefined, plain)
    expect(rules.status).toBe(403)
})
