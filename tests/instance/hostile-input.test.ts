import { ensureAdmin } from '../../src/local/base/admin'
import { startServer, type RunningServer } from '../../src/local/http/server'
import type { Instance } from '../../src/local/instance'
import { databaseChecksum } from '../support/checksum'
import { installedInstance } from '../support/instance'

/**
 * Hostile input through the Table API: each request gets a clear error, the database stays
 * byte-for-byte unchanged (checksum of every row of every table), and the server keeps serving.
 */
let instance: Instance
let server: RunningServer
const auth = { Authorization: `Basic ${Buffer.from('admin:hostile test password').toString('base64')}` }

beforeAll(async () => {
    instance = installedInstance()
    ensureAdmin(instance, 'hostile test password')
    server = await startServer(instance, { port: 0 })
})
afterAll(async () => {
    await server.close()
    instance.close()
})

async function send(method: string, path: string, body?: string, headers: Record<string, string> = auth): Promise<{ status: number; text: string }> {
    const res = await fetch(server.url + path, { method, body, headers: { 'Content-Type': 'application/json', ...headers } })
    return { status: res.status, text: await res.text() }
}

async function expectRefused(method: string, path: string, body: string | undefined, status: number, message: RegExp): Promise<void> {
    const before = databaseChecksum(instance)
    const r = await send(method, path, body)
    expect(r.status).toBe(status)
    const json = JSON.parse(r.text) as { error: { message: string; detail: string | null }; status: string }
    expect(json.status).toBe('failure')
    expect(`${json.error.message} ${json.error.detail ?? ''}`).toMatch(message)
    expect(databaseChecksum(instance)).toBe(before)
    expect((await send('GET', '/api/now/table/x_psm_persona_persona?sysparm_limit=1')).status).toBe(200)
}

const personas = '/api/now/table/x_psm_persona_persona'
const valid = { name: 'Hostile', technology: 1, network: 1, interaction: 1, communication: 1, mobility: 1 }

test.each([
    ['truncated JSON', '{"name": "x"'],
    ['not JSON at all', 'name=x&technology=1'],
    ['a JSON array', '[1, 2, 3]'],
    ['a JSON string', '"just a string"'],
    ['JSON null', 'null'],
    ['deeply nested JSON', `${'['.repeat(200000)}${']'.repeat(200000)}`],
])('malformed body (%s): 400, nothing written', async (_label, body) => {
    await expectRefused('POST', personas, body, 400, /Exception while reading request|payload/)
})

test('an oversized body: 413 before it is read', async () => {
    await expectRefused('POST', personas, JSON.stringify({ ...valid, description: 'x'.repeat(1_200_000) }), 413, /too large/)
})

test('an object where a value belongs: 400 naming the field', async () => {
    await expectRefused('POST', personas, JSON.stringify({ ...valid, name: { $gt: '' } }), 400, /Field name takes a string/)
})

test.each([
    ['out-of-range ranking', { ...valid, technology: 9 }, 403, /Technology ranking 9 is outside 1-4/],
    ['non-integer ranking', { ...valid, mobility: '2.5' }, 403, /Virtual\/Mobile ranking "2\.5" is not a whole number/],
    ['wrong-typed ranking', { ...valid, network: 'lots' }, 403, /Network ranking "lots" is not a whole number/],
])('%s: refused by the validation rule with its message', async (_label, body, status, message) => {
    await expectRefused('POST', personas, JSON.stringify(body), status, message)
})

test('a wrong-typed value for a numeric column the rules do not check: 400 naming the field', async () => {
    await expectRefused('POST', '/api/now/table/task', JSON.stringify({ short_description: 'x', priority: 'urgent!' }), 400, /priority/)
})

test.each([
    ["name=x' OR '1'='1"],
    ['name=x"); DROP TABLE sys_user; --'],
    ['nameLIKE%^ORname=1; DELETE FROM x_psm_persona_persona'],
])('SQL injection in a query value matches nothing and changes nothing: %s', async (query) => {
    const before = databaseChecksum(instance)
    const r = await send('GET', `${personas}?sysparm_query=${encodeURIComponent(query)}`)
    expect(r.status).toBe(200)
    expect(JSON.parse(r.text)).toEqual({ result: [] })
    expect(databaseChecksum(instance)).toBe(before)
})

// "By default, if part of a query is invalid, such as an invalid field name, the instance ignores the invalid
// part. It then returns rows using only the valid portion of the query." (Table API, sysparm_query)
test.each([
    ['an unknown field', 'u_secret=1'],
    ['no operator', 'name'],
    ['a dot-walk through a non-reference', 'name.foo=1'],
])('a query with %s: the invalid part is ignored, nothing written', async (_label, bad) => {
    const before = databaseChecksum(instance)
    const valid = await send('GET', `${personas}?sysparm_query=${encodeURIComponent('name=Telecommuter')}`)
    const r = await send('GET', `${personas}?sysparm_query=${encodeURIComponent(`name=Telecommuter^${bad}`)}`)
    expect(r.status).toBe(200)
    expect(JSON.parse(r.text)).toEqual(JSON.parse(valid.text))
    expect(databaseChecksum(instance)).toBe(before)
})

test.each([
    ['a script that writes', "name=javascript:new GlideRecord('x_psm_persona_persona').deleteMultiple()"],
    ['two statements', "name=javascript:gs.getUserID(); gs.setProperty('glide.invalid_query.returns_no_rows', 'true')"],
    ['a helper with a computed argument', "sys_created_on>javascript:gs.daysAgoStart((function () { gs.setProperty('x', 'y'); return 1 })())"],
])('javascript: in a query that is not a date or user helper call (%s): 400, never run, nothing written', async (_label, query) => {
    await expectRefused('GET', `${personas}?sysparm_query=${encodeURIComponent(query)}`, undefined, 400, /javascript: values may only call the date and user helpers/)
})

test.each([
    ['/api/now/table/..%2F..%2Fetc%2Fpasswd', 400],
    ['/api/now/table/sys_user%00', 400],
    ['/api/now/table/u_nope', 400],
    ['/api/now/table/x_psm_persona_persona/..%2F..%2Fsys_user', 404],
    ['/api/now/table/x_psm_persona_persona/not-a-sys-id', 404],
    ['/api/now/table/x_psm_persona_persona/%E0%A4%A', 400],
])('unknown tables and traversal attempts: %s answers %d', async (path, status) => {
    const before = databaseChecksum(instance)
    const r = await send('GET', path)
    expect(r.status).toBe(status)
    expect(JSON.parse(r.text).status).toBe('failure')
    expect(databaseChecksum(instance)).toBe(before)
})

test('HTML and script in a name are stored as data and returned as JSON data, never interpreted', async () => {
    const name = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    const created = await send('POST', personas, JSON.stringify({ ...valid, name }))
    expect(created.status).toBe(201)
    const read = await fetch(`${server.url}${personas}?sysparm_query=${encodeURIComponent(`name=${name}`)}`, { headers: auth })
    expect(read.headers.get('content-type')).toMatch(/^application\/json/)
    expect(read.headers.get('x-content-type-options')).toBe('nosniff')
    expect(((await read.json()) as { result: Array<{ name: string }> }).result[0].name).toBe(name)
})

test('bad credentials formats: 401, never a crash', async () => {
    for (const header of ['Basic', 'Basic !!!', `Basic ${Buffer.from('no-colon').toString('base64')}`, 'Bearer token', 'Basic ' + 'A'.repeat(5000)]) {
        const r = await send('GET', personas, undefined, { Authorization: header })
        expect(r.status).toBe(401)
    }
})
