/**
 * Table API points from the product documentation's Table API reference (ServiceNowDocs
 * api-reference/rest-apis/c_TableAPI.md), each test quoting the sentence it checks, over real HTTP.
 */
import { ensureAdmin } from '../../src/local/base/admin'
import { GlideRecord } from '../../src/local/glide'
import { startServer, type RunningServer } from '../../src/local/http/server'
import type { Instance } from '../../src/local/instance'
import { databaseChecksum } from '../support/checksum'
import { installedInstance } from '../support/instance'

let instance: Instance
let server: RunningServer
const password = 'table api completeness password'
const auth = `Basic ${Buffer.from(`admin:${password}`).toString('base64')}`
let adminId = ''
let testerId = ''
let secondId = ''
const tasks: Record<string, string> = {}
const TODAY = new Date().toISOString().slice(0, 10)

beforeAll(async () => {
    instance = installedInstance()
    // The dates below are written as UTC days (TODAY is today in UTC), so the instance's zone is UTC. With the
    // documented default (America/Los_Angeles, tests/instance/time-zones.test.ts), "one" (opened at 00:30 UTC,
    // the previous evening in Los Angeles) fell outside "Today" whenever the suite ran after 08:00 UTC.
    instance.properties.set('glide.sys.default.tz', 'UTC')
    ensureAdmin(instance, password)
    instance.run(() => {
        const admin = new GlideRecord('sys_user')
        admin.get('user_name', 'admin')
        adminId = admin.getUniqueValue()
        const tester = new GlideRecord('sys_user')
        tester.initialize()
        tester.setValue('user_name', 'tab.tester')
        tester.setValue('name', 'Tab Tester')
        testerId = tester.insert() as string
        const second = new GlideRecord('sys_user')
        second.initialize()
        second.setValue('user_name', 'tab.second')
        second.setValue('name', 'Tab Second')
        secondId = second.insert() as string
        const make = (key: string, values: Record<string, string>) => {
            const t = new GlideRecord('task')
            t.initialize()
            t.setValue('short_description', `TAPI ${key}`)
            for (const [f, v] of Object.entries(values)) t.setValue(f, v)
            tasks[key] = t.insert() as string
        }
        make('one', { priority: '1', assigned_to: testerId, opened_at: `${TODAY} 00:30:00` })
        make('two', { priority: '2', assigned_to: testerId, opened_at: '2020-03-02 10:00:00' })
        make('three', { priority: '2', assigned_to: adminId, opened_at: '2020-03-03 10:00:00' })
        make('four', { priority: '3', opened_at: '2020-03-04 10:00:00' })
        make('five <&> "x"', { priority: '4', opened_at: '2020-03-05 10:00:00' })
    })
    server = await startServer(instance, { port: 0 })
})
afterAll(async () => {
    await server.close()
    instance.close()
})

interface Reply {
    status: number
    text: string
    headers: Headers
    json: { result?: unknown; error?: { message: string; detail: string | null }; status?: string } | null
}

async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply> {
    const res = await fetch(server.url + path, {
        method,
        body: body === undefined ? undefined : JSON.stringify(body),
        headers: { Authorization: auth, 'Content-Type': 'application/json', ...headers },
    })
    const text = await res.text()
    let json: Reply['json'] = null
    try {
        json = text ? (JSON.parse(text) as Reply['json']) : null
    } catch {
        json = null
    }
    return { status: res.status, text, headers: res.headers, json }
}

/** The TAPI tasks a list returns, by their keys, in order. */
function keys(r: Reply): string[] {
    const byId = new Map(Object.entries(tasks).map(([k, id]) => [id, k]))
    return (r.json?.result as Array<{ sys_id: string }>).map((row) => byId.get(row.sys_id) ?? `?${row.sys_id}`)
}

const LIST = '/api/now/table/task?sysparm_fields=sys_id&sysparm_query='
const mine = (query = '') => `${LIST}${encodeURIComponent(`short_descriptionSTARTSWITHTAPI${query}^ORDERBYshort_description`)}`

describe('name-value pairs', () => {
    // "Name-value pairs to use to filter the result set. ... instead of using &sysparm_query=active=true, you
    // can simplify the calling statement by using &active=true. You can also use the display value when the
    // field is a choice or reference type field, such as &state=closed instead of &state=7."
    test('?field=value filters like field=value', async () => {
        expect(keys(await call('GET', `/api/now/table/task?sysparm_fields=sys_id&short_description=${encodeURIComponent('TAPI two')}`))).toEqual(['two'])
    })

    test('a choice by its label, a reference by its display value or its sys_id', async () => {
        expect(keys(await call('GET', `${mine()}&priority=${encodeURIComponent('2 - High')}`))).toEqual(['three', 'two'])
        expect(keys(await call('GET', `${mine()}&assigned_to=${encodeURIComponent('Tab Tester')}`))).toEqual(['one', 'two'])
        expect(keys(await call('GET', `${mine()}&assigned_to=${testerId}`))).toEqual(['one', 'two'])
    })

    test('"To specify multiple key-value pairs, separate each with an ampersand"; each holds in every ^NQ branch', async () => {
        expect(keys(await call('GET', `${mine()}&priority=2&assigned_to=${testerId}`))).toEqual(['two'])
        const nq = encodeURIComponent(`short_description=TAPI one^NQshort_description=TAPI two^NQshort_description=TAPI three`)
        expect(keys(await call('GET', `${LIST}${nq}&assigned_to=${testerId}`)).sort()).toEqual(['one', 'two'])
    })

    test('a pair naming no field is an invalid part, ignored', async () => {
        expect(keys(await call('GET', `${mine()}&u_nothing=1`))).toEqual(keys(await call('GET', mine())))
    })

    test('query ACLs apply: a password field is never queryable, so a pair on one selects nothing', async () => {
        const r = await call('GET', '/api/now/table/sys_user?sysparm_fields=sys_id&user_password=x')
        expect(r.json).toEqual({ result: [] })
        expect(r.headers.get('x-total-count')).toBe('0')
    })
})

describe('versioned URLs', () => {
    // "Versioned URL: /api/now/{api_version}/table/{tableName} ... api_version: Optional. Version of the
    // endpoint to access. For example, v1 or v2."
    test('/api/now/v1/… and /api/now/v2/… serve the Table API', async () => {
        expect((await call('GET', `/api/now/v1/table/task/${tasks.one}?sysparm_fields=short_description`)).json).toEqual({ result: { short_description: 'TAPI one' } })
        expect(keys(await call('GET', `/api/now/v2/table/task?sysparm_fields=sys_id&sysparm_query=${encodeURIComponent('short_description=TAPI two')}`))).toEqual(['two'])
        const created = await call('POST', '/api/now/v2/table/task', { short_description: 'TAPI versioned' })
        expect(created.status).toBe(201)
        const id = (created.json?.result as { sys_id: string }).sys_id
        expect((await call('PATCH', `/api/now/v1/table/task/${id}`, { short_description: 'TAPI versioned 2' })).status).toBe(200)
        expect((await call('DELETE', `/api/now/v2/table/task/${id}`)).status).toBe(204)
    })

    test('"Version 1 returns error code 404 with no results. Version 2 returns success code 200 and an empty array"', async () => {
        const none = encodeURIComponent('short_description=TAPI none such')
        const v1 = await call('GET', `/api/now/v1/table/task?sysparm_query=${none}`)
        expect(v1.status).toBe(404)
        expect(v1.json).toMatchObject({ error: { message: 'No Record found' }, status: 'failure' })
        const v2 = await call('GET', `/api/now/v2/table/task?sysparm_query=${none}`)
        expect([v2.status, v2.json]).toEqual([200, { result: [] }])
    })
})

describe('sysparm_input_display_value', () => {
    // "if you send the display name for a reference field, the endpoint stores the sys_id for that value in the
    // database ... true: Treats input values as display values and they are manipulated so they are stored
    // properly in the database."
    test('a reference by display name stores the sys_id; a choice by label stores its value', async () => {
        const r = await call('POST', '/api/now/table/task?sysparm_input_display_value=true&sysparm_fields=sys_id,assigned_to,priority&sysparm_exclude_reference_link=true', {
            short_description: 'TAPI input display',
            assigned_to: 'Tab Tester',
            priority: '2 - High',
        })
        expect(r.status).toBe(201)
        const result = r.json?.result as { sys_id: string; assigned_to: string; priority: string }
        expect([result.assigned_to, result.priority]).toEqual([testerId, '2'])
        const patched = await call('PATCH', `/api/now/table/task/${result.sys_id}?sysparm_input_display_value=true&sysparm_fields=assigned_to&sysparm_exclude_reference_link=true`, { assigned_to: 'Tab Second' })
        expect(patched.json).toEqual({ result: { assigned_to: secondId } })
        await call('DELETE', `/api/now/table/task/${result.sys_id}`)
    })

    test('"false: Treats input values as actual values and stores them in the database without manipulation"', async () => {
        const r = await call('POST', '/api/now/table/task?sysparm_fields=sys_id,priority', { short_description: 'TAPI actual', priority: '3' })
        expect((r.json?.result as { priority: string }).priority).toBe('3')
        await call('DELETE', `/api/now/table/task/${(r.json?.result as { sys_id: string }).sys_id}`)
    })

    test('a display name no readable record has: 400 naming it, nothing written', async () => {
        const before = databaseChecksum(instance)
        const r = await call('POST', '/api/now/table/task?sysparm_input_display_value=true', { short_description: 'TAPI nobody', assigned_to: 'Nobody At All' })
        expect(r.status).toBe(400)
        expect(r.json).toMatchObject({ error: { message: 'Invalid value', detail: expect.stringContaining('Nobody At All') }, status: 'failure' })
        expect(databaseChecksum(instance)).toBe(before)
    })
})

describe('the Link header', () => {
    // "Link: Relative URLs, based on the previous request, that you can use to page through the available
    // record set" with rel next, prev, first and last; sysparm_suppress_pagination_header: "true: Remove the
    // Link header from the response."
    test('first, prev, next and last pages, each the request with sysparm_offset and sysparm_limit', async () => {
        const r = await call('GET', `${mine()}&sysparm_limit=2&sysparm_offset=2`)
        expect(keys(r)).toEqual(['one', 'three'])
        expect(r.headers.get('x-total-count')).toBe('5')
        const links = Object.fromEntries(
            (r.headers.get('link') ?? '').split(',').map((part) => {
                const m = /^<([^>]+)>;rel="(\w+)"$/.exec(part) as RegExpExecArray
                const url = new URL(m[1])
                return [m[2], `${url.searchParams.get('sysparm_offset')}/${url.searchParams.get('sysparm_limit')}/${url.searchParams.get('sysparm_query')?.startsWith('short_descriptionSTARTSWITHTAPI')}`]
            }),
        )
        expect(links).toEqual({ first: '0/2/true', prev: '0/2/true', next: '4/2/true', last: '4/2/true' })
    })

    test('suppressed with sysparm_suppress_pagination_header=true', async () => {
        const r = await call('GET', `${mine()}&sysparm_limit=2&sysparm_suppress_pagination_header=true`)
        expect(r.headers.get('link')).toBeNull()
    })
})

describe('invalid query parts', () => {
    // "By default, if part of a query is invalid, such as an invalid field name, the instance ignores the
    // invalid part. It then returns rows using only the valid portion of the query. Set the property
    // glide.invalid_query.returns_no_rows to true to instead return no rows on an invalid query."
    afterEach(() => instance.properties.set('glide.invalid_query.returns_no_rows', 'false'))

    test.each([
        ['an invalid field name', '^u_nothing=1'],
        ['an OR alternative on an invalid field', '^priority=2^ORu_nothing=1'],
        ['an ORDERBY on an invalid field', '^ORDERBYu_nothing'],
        ['a value the field cannot hold', '^priority=lots'],
        ['a term with no operator', '^short_description'],
    ])('%s: ignored by default', async (_label, bad) => {
        const valid = keys(await call('GET', mine(bad.includes('priority=2') ? '^priority=2' : '')))
        expect(keys(await call('GET', mine(bad)))).toEqual(valid)
    })

    test('with glide.invalid_query.returns_no_rows=true: no rows', async () => {
        instance.properties.set('glide.invalid_query.returns_no_rows', 'true')
        const r = await call('GET', mine('^u_nothing=1'))
        expect([r.status, r.json, r.headers.get('x-total-count')]).toEqual([200, { result: [] }, '0'])
        expect(keys(await call('GET', mine()))).toHaveLength(5)
    })
})

describe('responses', () => {
    test('sysparm_fields: "Invalid fields are ignored."', async () => {
        const r = await call('GET', `/api/now/table/task/${tasks.one}?sysparm_fields=short_description,u_nothing,assigned_to.u_nope,priority`)
        expect(r.json).toEqual({ result: { short_description: 'TAPI one', priority: '1' } })
    })

    test('X-no-response-body: "Set this header to true in the request to suppress the response body"', async () => {
        const created = await call('POST', '/api/now/table/task', { short_description: 'TAPI no body' }, { 'X-no-response-body': 'true' })
        expect([created.status, created.text]).toEqual([201, ''])
        const id = (created.headers.get('location') ?? '').split('/').pop() as string
        const patched = await call('PATCH', `/api/now/table/task/${id}`, { short_description: 'TAPI no body 2' }, { 'X-no-response-body': 'true' })
        expect([patched.status, patched.text]).toEqual([200, ''])
        expect((await call('GET', `/api/now/table/task/${id}?sysparm_fields=short_description`)).json).toEqual({ result: { short_description: 'TAPI no body 2' } })
        await call('DELETE', `/api/now/table/task/${id}`)
    })

    test('Accept: "Data format of the response body. Supported types: application/json or application/xml"', async () => {
        const r = await call('GET', `/api/now/table/task/${tasks.one}?sysparm_fields=short_description,assigned_to`, undefined, { Accept: 'application/xml' })
        expect(r.status).toBe(200)
        expect(r.headers.get('content-type')).toMatch(/^application\/xml/)
        expect(r.text).toBe(
            `<?xml version="1.0" encoding="UTF-8"?><response><result><short_description>TAPI one</short_description><assigned_to><link>${server.url}/api/now/table/sys_user/${testerId}</link><value>${testerId}</value></assigned_to></result></response>`,
        )
        const list = await call('GET', `${mine().replace('sysparm_fields=sys_id', 'sysparm_fields=short_description')}&sysparm_limit=2&sysparm_offset=3`, undefined, { Accept: 'application/xml' })
        expect(list.text).toBe('<?xml version="1.0" encoding="UTF-8"?><response><result><short_description>TAPI three</short_description></result><result><short_description>TAPI two</short_description></result></response>')
        expect(list.headers.get('x-total-count')).toBe('5')
        const escaped = await call('GET', `/api/now/table/task/${tasks['five <&> "x"']}?sysparm_fields=short_description`, undefined, { Accept: 'application/xml' })
        expect(escaped.text).toContain('<short_description>TAPI five &lt;&amp;&gt; "x"</short_description>')
    })

    test('errors in XML keep the platform shape', async () => {
        const r = await call('GET', '/api/now/table/task/0123456789abcdef0123456789abcdef', undefined, { Accept: 'application/xml' })
        expect(r.status).toBe(404)
        expect(r.text).toBe(
            `<?xml version="1.0" encoding="UTF-8"?><response><error><message>No Record found</message><detail>Record doesn't exist or ACL restricts the record retrieval</detail></error><status>failure</status></response>`,
        )
        expect((await call('GET', '/api/now/table/task/x', undefined, { Accept: 'application/json, application/xml;q=0.5' })).json).toMatchObject({ status: 'failure' })
    })

    test('password fields are never sent, even when sysparm_fields names them', async () => {
        const r = await call('GET', `/api/now/table/sys_user/${adminId}?sysparm_fields=user_name,user_password`)
        expect(r.json).toEqual({ result: { user_name: 'admin' } })
    })
})

describe('client-chosen sys_ids', () => {
    // "A unique 32-character GUID ... identifies each record"; the platform's own base data has sys_ids such as
    // "global": any the store accepts must be addressable afterwards.
    test.each([['ABCDEF0123456789ABCDEF0123456789'], ['tapi_short-1'], ['zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz']])('%s: created, read, updated and deleted by it', async (sysId) => {
        const created = await call('POST', '/api/now/table/task?sysparm_fields=sys_id', { short_description: 'TAPI chosen id', sys_id: sysId })
        expect([created.status, created.json]).toEqual([201, { result: { sys_id: sysId } }])
        expect(created.headers.get('location')).toBe(`${server.url}/api/now/table/task/${sysId}`)
        expect((await call('GET', `/api/now/table/task/${sysId}?sysparm_fields=sys_id`)).json).toEqual({ result: { sys_id: sysId } })
        expect((await call('PUT', `/api/now/table/task/${sysId}`, { short_description: 'TAPI chosen id 2' })).status).toBe(200)
        expect((await call('DELETE', `/api/now/table/task/${sysId}`)).status).toBe(204)
        expect((await call('GET', `/api/now/table/task/${sysId}`)).status).toBe(404)
    })
})

describe('javascript: values and the documented operators over HTTP', () => {
    // "sysparm_query=caller_id=javascript:gs.getUserID()^active=true" (Table API, sysparm_query).
    test('gs.getUserID() is the caller', async () => {
        expect(keys(await call('GET', mine('^assigned_to=javascript:gs.getUserID()')))).toEqual(['three'])
    })

    test('"is (dynamic) Me" is the caller', async () => {
        expect(keys(await call('GET', mine('^assigned_toDYNAMIC54635e965f510100a9ad2572f2b4774c')))).toEqual(['three'])
    })

    test('"sla_dueONToday@javascript:gs.daysAgoStart(0)@javascript:gs.daysAgoEnd(0)", the named range alone, and "before Today"', async () => {
        expect(keys(await call('GET', mine('^opened_atONToday@javascript:gs.daysAgoStart(0)@javascript:gs.daysAgoEnd(0)')))).toEqual(['one'])
        expect(keys(await call('GET', mine('^opened_atONToday')))).toEqual(['one'])
        expect(keys(await call('GET', mine('^opened_at<javascript:gs.beginningOfToday()')))).toEqual(['five <&> "x"', 'four', 'three', 'two'])
    })

    test('NOT LIKE with its space, RELATIVEGT, DATEPART, MORETHAN', async () => {
        expect(keys(await call('GET', mine('^short_descriptionNOT LIKEo')))).toEqual(['five <&> "x"', 'three'])
        expect(keys(await call('GET', mine('^opened_atRELATIVEGT@year@ago@1')))).toEqual(['one'])
        expect(keys(await call('GET', mine("^opened_atDATEPARTTuesday@javascript:gs.datePart('dayofweek','tuesday','EE')^opened_at<2021-01-01 00:00:00")))).toEqual(['three'])
        expect(keys(await call('GET', mine('^sys_created_onMORETHANopened_at@year@after@1')))).toEqual(['five <&> "x"', 'four', 'three', 'two'])
    })

    test('query ACLs apply to a resolved value: a password field stays unqueryable', async () => {
        expect((await call('GET', '/api/now/table/sys_user?sysparm_query=user_password=javascript:gs.getUserID()')).json).toEqual({ result: [] })
    })
})
