import type { Instance } from '../../src/local/instance'
import { ensureAdmin } from '../../src/local/base/admin'
import { startServer, type RunningServer } from '../../src/local/http/server'
import { GlideRecord } from '../../src/local/glide'
import { installedInstance } from '../support/instance'
import { insert } from '../support/records'

/*
 * The Batch API (REST API reference, "Batch API", "Batch - POST /now/batch"): "Sends multiple REST API
 * requests in a single call", each item {id, method, url, headers [{name, value}], body (Base64),
 * exclude_response_headers}; the answer {batch_request_id, serviced_requests [{id, body (Base64), status_code,
 * status_text, headers, execution_time}], unserviced_requests}. "Apply existing ACLs to each API call in the
 * batch."
 */

let instance: Instance
let server: RunningServer
const password = 'batch admin password 1'
const admin = { Authorization: `Basic ${Buffer.from(`admin:${password}`).toString('base64')}` }
const plain = { Authorization: `Basic ${Buffer.from('batch.plain:plain password 1').toString('base64')}` }
const PERSONAS = '/api/now/table/x_psm_persona_persona'

beforeAll(async () => {
    instance = installedInstance()
    ensureAdmin(instance, password)
    instance.run(() => insert('sys_user', { user_name: 'batch.plain', user_password: 'plain password 1' }))
    server = await startServer(instance, { port: 0 })
})
afterAll(async () => {
    await server.close()
    instance.close()
})

interface Serviced {
    id: string
    body: string
    status_code: number
    status_text: string
    headers: Array<{ name: string; value: string }>
    execution_time: number
    error_message?: string
}
interface BatchAnswer {
    batch_request_id: string
    serviced_requests: Serviced[]
    unserviced_requests: string[]
}

async function call(method: string, path: string, body?: string, headers: Record<string, string> = admin) {
    const res = await fetch(server.url + path, { method, body, headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...headers } })
    const text = await res.text()
    return { status: res.status, text, json: text ? (JSON.parse(text) as unknown) : null, headers: res.headers }
}

async function batch(envelope: unknown, headers: Record<string, string> = admin) {
    const r = await call('POST', '/api/now/v1/batch', typeof envelope === 'string' ? envelope : JSON.stringify(envelope), headers)
    return { ...r, answer: r.json as BatchAnswer }
}

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64')
const decoded = (s: Serviced) => JSON.parse(Buffer.from(s.body, 'base64').toString('utf8')) as unknown
const json = [
    { name: 'Content-Type', value: 'application/json' },
    { name: 'Accept', value: 'application/json' },
]
const personaCount = () => instance.run(() => new GlideRecord('x_psm_persona_persona').getRowCount())
const persona = (name: string) => ({ name, technology: 2, network: 2, interaction: 2, communication: 2, mobility: 2 })

test('the documented example: GETs and a Base64 POST in one call, answered item by item', async () => {
    const r = await batch({
        batch_request_id: '1',
        rest_requests: [
            { id: '11', headers: json, url: `${PERSONAS}?sysparm_limit=1&sysparm_fields=name&sysparm_query=ORDERBYname`, method: 'GET' },
            { id: '12', exclude_response_headers: true, headers: json, url: PERSONAS, method: 'POST', body: b64(persona('Batch Created')) },
        ],
    })
    expect(r.status).toBe(200)
    expect(r.answer.batch_request_id).toBe('1')
    expect(r.answer.unserviced_requests).toEqual([])
    const [list, created] = r.answer.serviced_requests
    expect(list).toMatchObject({ id: '11', status_code: 200, status_text: 'OK' })
    expect(typeof list.execution_time).toBe('number')
    expect(list.headers).toEqual(expect.arrayContaining([{ name: 'Content-Type', value: 'application/json;charset=UTF-8' }, { name: 'X-Total-Count', value: '5' }]))
    expect(decoded(list)).toEqual({ result: [{ name: 'Business Analyst' }] })
    expect(created).toMatchObject({ id: '12', status_code: 201, status_text: 'Created', headers: [] })
    const record = (decoded(created) as { result: { sys_id: string; name: string } }).result
    expect(record.name).toBe('Batch Created')
    expect(instance.run(() => new GlideRecord('x_psm_persona_persona').get(record.sys_id))).toBe(true)
})

test('an item answers exactly what the same request sent directly answers', async () => {
    const path = `${PERSONAS}?sysparm_query=mobility=4^ORDERBYname&sysparm_fields=name,mobility&sysparm_display_value=all`
    const direct = await call('GET', path)
    const r = await batch({ rest_requests: [{ id: 'a', method: 'GET', url: path, headers: json }] })
    expect(r.answer.serviced_requests[0].status_code).toBe(direct.status)
    expect(Buffer.from(r.answer.serviced_requests[0].body, 'base64').toString('utf8')).toBe(direct.text)
    expect(r.answer.batch_request_id).toBe('')
})

test('items run in order as separate requests: a failing item is reported and the next ones still run', async () => {
    const r = await batch({
        batch_request_id: 'seq',
        rest_requests: [
            { id: 'missing', method: 'GET', url: `${PERSONAS}/0123456789abcdef0123456789abcdef`, headers: json },
            { id: 'bad-table', method: 'GET', url: '/api/now/table/u_no_such_table', headers: json },
            { id: 'refused', method: 'POST', url: PERSONAS, headers: json, body: b64({ ...persona('Out Of Range'), mobility: 9 }) },
            { id: 'ok', method: 'GET', url: `${PERSONAS}?sysparm_limit=1&sysparm_fields=name`, headers: json },
        ],
    })
    const byId = Object.fromEntries(r.answer.serviced_requests.map((s) => [s.id, s]))
    expect(byId.missing).toMatchObject({ status_code: 404, status_text: 'Not Found', error_message: 'No Record found' })
    expect(decoded(byId.missing)).toMatchObject({ error: { message: 'No Record found' }, status: 'failure' })
    expect(byId['bad-table']).toMatchObject({ status_code: 400, error_message: 'Invalid table u_no_such_table' })
    expect(byId.refused.status_code).toBe(403)
    expect(byId.ok.status_code).toBe(200)
    expect(byId.ok).not.toHaveProperty('error_message')
    expect(instance.run(() => new GlideRecord('x_psm_persona_persona').get('name', 'Out Of Range'))).toBe(false)
})

test('the batch needs authentication like any REST API', async () => {
    const r = await batch({ rest_requests: [{ id: '1', method: 'GET', url: PERSONAS }] }, {})
    expect(r.status).toBe(401)
    expect(r.json).toEqual({ error: { message: 'User Not Authenticated', detail: 'Required to provide Auth information' }, status: 'failure' })
})

test('ACLs apply to each item as to a direct request: what a user may not do directly, a batch does not do either', async () => {
    const directRead = await call('GET', '/api/now/table/sys_user', undefined, plain)
    const directWrite = await call('POST', PERSONAS, JSON.stringify(persona('Sneaky Direct')), plain)
    expect([directRead.status, directWrite.status]).toEqual([403, 403])
    const before = personaCount()
    const r = await batch(
        {
            rest_requests: [
                { id: 'read', method: 'GET', url: '/api/now/table/sys_user', headers: json },
                { id: 'write', method: 'POST', url: PERSONAS, headers: json, body: b64(persona('Sneaky Batch')) },
                // An item's own credentials are not a way to become someone else: the batch's user runs every item.
                { id: 'as-admin', method: 'POST', url: PERSONAS, headers: [...json, { name: 'Authorization', value: admin.Authorization }], body: b64(persona('Sneaky Admin')) },
                { id: 'allowed', method: 'GET', url: `${PERSONAS}?sysparm_fields=name&sysparm_limit=1`, headers: json },
            ],
        },
        plain,
    )
    expect(r.status).toBe(200)
    const status = Object.fromEntries(r.answer.serviced_requests.map((s) => [s.id, s.status_code]))
    expect(status).toEqual({ read: directRead.status, write: directWrite.status, 'as-admin': 403, allowed: 200 })
    expect(personaCount()).toBe(before)
})

test('items meet the same media type rule as direct requests (415 without a JSON Content-Type)', async () => {
    const direct = await fetch(server.url + PERSONAS, { method: 'POST', body: JSON.stringify(persona('No Type')), headers: { ...admin, 'Content-Type': 'text/plain' } })
    const r = await batch({ rest_requests: [{ id: 'x', method: 'POST', url: PERSONAS, body: b64(persona('No Type')) }] })
    expect(direct.status).toBe(415)
    expect(r.answer.serviced_requests[0].status_code).toBe(415)
    expect(instance.run(() => new GlideRecord('x_psm_persona_persona').get('name', 'No Type'))).toBe(false)
})

test('an item whose answer exceeds X-BATCHREQUEST-MAX-OUTPUT-SIZE ends the batch: it and the rest come back unserviced', async () => {
    const r = await call(
        'POST',
        '/api/now/v1/batch',
        JSON.stringify({
            rest_requests: [
                { id: 'small', method: 'GET', url: `${PERSONAS}?sysparm_limit=1&sysparm_fields=sys_id`, headers: json },
                { id: 'big', method: 'GET', url: PERSONAS, headers: json },
                { id: 'after', method: 'GET', url: `${PERSONAS}?sysparm_limit=1`, headers: json },
            ],
        }),
        { ...admin, 'X-BATCHREQUEST-MAX-OUTPUT-SIZE': '200' },
    )
    const answer = r.json as BatchAnswer
    expect(answer.serviced_requests.map((s) => s.id)).toEqual(['small'])
    expect(answer.unserviced_requests).toEqual(['big', 'after'])
})

test('a batch its transaction quota cancels returns the item it was running and the rest as unserviced', async () => {
    // A 1 ms quota: the first item's scan of the dictionary passes it.
    const hurried = await startServer(instance, { port: 0, transactionQuotaMs: 1 })
    try {
        const res = await fetch(`${hurried.url}/api/now/v1/batch`, {
            method: 'POST',
            headers: { ...admin, 'Content-Type': 'application/json' },
            body: JSON.stringify({
                batch_request_id: 'slow',
                rest_requests: [
                    { id: 'scan', method: 'GET', url: '/api/now/table/sys_dictionary?sysparm_query=elementISNOTEMPTY^ORDERBYDESCelement', headers: json },
                    { id: 'write', method: 'POST', url: PERSONAS, headers: json, body: b64(persona('After Cancel')) },
                ],
            }),
        })
        expect(res.status).toBe(200)
        expect(await res.json()).toEqual({ batch_request_id: 'slow', serviced_requests: [], unserviced_requests: ['scan', 'write'] })
        expect(instance.run(() => new GlideRecord('x_psm_persona_persona').get('name', 'After Cancel'))).toBe(false)
    } finally {
        await hurried.close()
    }
})

describe('malformed envelopes: a 400 of the platform shape saying what is wrong, and nothing of the batch runs', () => {
    const valid = { id: 'first', method: 'POST', url: PERSONAS, headers: json, body: b64(persona('Must Not Exist')) }
    const cases: Array<[string, unknown, RegExp]> = [
        ['not JSON', '{"rest_requests": [', /not valid JSON/],
        ['not an object', [valid], /JSON object with rest_requests/],
        ['no rest_requests', { batch_request_id: '1' }, /rest_requests is required/],
        ['rest_requests not an array', { rest_requests: { id: '1' } }, /rest_requests must be an array/],
        ['an item that is not an object', { rest_requests: [valid, 'GET /api/now/table/incident'] }, /rest_requests\[1\] must be an object/],
        ['an item without id', { rest_requests: [valid, { method: 'GET', url: PERSONAS }] }, /rest_requests\[1\]\.id is required/],
        ['two items with one id', { rest_requests: [valid, { ...valid, body: undefined, method: 'GET' }] }, /"first" is used by another request/],
        ['an unknown method', { rest_requests: [valid, { id: '2', method: 'TRACE', url: PERSONAS }] }, /method must be one of/],
        ['no url', { rest_requests: [valid, { id: '2', method: 'GET' }] }, /url is required/],
        ['an absolute url', { rest_requests: [valid, { id: '2', method: 'GET', url: 'https://evil.example/api/now/table/sys_user' }] }, /relative to the instance/],
        ['a protocol-relative url', { rest_requests: [valid, { id: '2', method: 'GET', url: '//evil.example/api/now/table/sys_user' }] }, /relative to the instance/],
        ['a page rather than an API', { rest_requests: [valid, { id: '2', method: 'GET', url: '/sp?id=index' }] }, /must address a REST API/],
        ['a batch inside the batch', { rest_requests: [valid, { id: '2', method: 'POST', url: '/api/now/v1/batch' }] }, /may not be the Batch API/],
        ['headers not an array', { rest_requests: [valid, { id: '2', method: 'GET', url: PERSONAS, headers: { Accept: 'application/json' } }] }, /headers must be an array/],
        ['a header without value', { rest_requests: [valid, { id: '2', method: 'GET', url: PERSONAS, headers: [{ name: 'Accept' }] }] }, /headers\[0\] must be an object with string name and value/],
        ['a header value with a line break', { rest_requests: [valid, { id: '2', method: 'GET', url: PERSONAS, headers: [{ name: 'X-A', value: 'a\r\nX-Injected: 1' }] }] }, /may not contain line breaks/],
        ['a header name that is not a token', { rest_requests: [valid, { id: '2', method: 'GET', url: PERSONAS, headers: [{ name: 'Bad Name', value: 'x' }] }] }, /not a valid header name/],
        ['a body that is not Base64', { rest_requests: [valid, { id: '2', method: 'POST', url: PERSONAS, body: '{"name": "plain json"}' }] }, /body is not valid Base64/],
        ['a body that is not a string', { rest_requests: [valid, { id: '2', method: 'POST', url: PERSONAS, body: { name: 'x' } }] }, /body must be a Base64-encoded string/],
        ['exclude_response_headers not a boolean', { rest_requests: [valid, { id: '2', method: 'GET', url: PERSONAS, exclude_response_headers: 'yes' }] }, /exclude_response_headers must be true or false/],
        ['a batch_request_id that is an object', { batch_request_id: { a: 1 }, rest_requests: [valid] }, /batch_request_id must be a string/],
    ]
    test.each(cases)('%s', async (_name, envelope, detail) => {
        const before = personaCount()
        const r = await batch(envelope)
        expect(r.status).toBe(400)
        const body = r.json as { error: { message: string; detail: string }; status: string }
        expect(body.status).toBe('failure')
        expect(typeof body.error.message).toBe('string')
        expect(body.error.detail).toMatch(detail)
        expect(personaCount()).toBe(before)
        expect(instance.run(() => new GlideRecord('x_psm_persona_persona').get('name', 'Must Not Exist'))).toBe(false)
    })

    test('a bad X-BATCHREQUEST-MAX-OUTPUT-SIZE is refused before anything runs', async () => {
        const r = await call('POST', '/api/now/v1/batch', JSON.stringify({ rest_requests: [valid] }), { ...admin, 'X-BATCHREQUEST-MAX-OUTPUT-SIZE': 'lots' })
        expect(r.status).toBe(400)
        expect(JSON.stringify(r.json)).toContain('X-BATCHREQUEST-MAX-OUTPUT-SIZE')
        expect(instance.run(() => new GlideRecord('x_psm_persona_persona').get('name', 'Must Not Exist'))).toBe(false)
    })

    test('the server is alive afterwards', async () => {
        expect((await call('GET', `${PERSONAS}?sysparm_limit=1`)).status).toBe(200)
    })
})
