import type { Instance } from '../../src/local/instance'
import { ensureAdmin } from '../../src/local/base/admin'
import { startServer, type RunningServer } from '../../src/local/http/server'
import { GlideRecord } from '../../src/local/glide'
import { insert, rows } from '../support/records'
import { installedInstance } from '../support/instance'

/*
 * The Aggregate API (REST API reference, "Aggregate API", "Aggregate - GET /now/stats/{tableName}"):
 * "Retrieves records for the specified table and performs aggregate functions on the returned values",
 * with sysparm_count, sysparm_<aggregate>_fields (avg, min, max, sum), sysparm_group_by, sysparm_having
 * ("aggregate^field^operator^value, such as count^priority^>^3"), sysparm_order_by ("AVG^state", "COUNT",
 * "^DESC"), sysparm_display_value, sysparm_query or name-value pairs. The answer: {"result": {"stats": …}}, or
 * with groups [{"stats": …, "groupby_fields": [{"value", "field"}]}]; averages print four decimals
 * ("reassignment_count": "1.0000"). "If an ACL prevents the requesting user from accessing a record in the
 * table, the request returns a 403 Forbidden error."
 */

let instance: Instance
let server: RunningServer
const password = 'aggregate admin password 1'
const admin = { Authorization: `Basic ${Buffer.from(`admin:${password}`).toString('base64')}` }
const plain = { Authorization: `Basic ${Buffer.from('stats.plain:plain password 1').toString('base64')}` }
const TABLE = 'x_psm_persona_persona'

interface Persona {
    mobility: number
    technology: number
    monthly: number
    active: boolean
}
let personas: Persona[]

beforeAll(async () => {
    instance = installedInstance()
    ensureAdmin(instance, password)
    instance.run(() => {
        insert('sys_user', { user_name: 'stats.plain', user_password: 'plain password 1' })
        personas = rows(TABLE).map((gr) => ({
            mobility: Number(gr.getValue('mobility')),
            technology: Number(gr.getValue('technology')),
            monthly: Number(gr.getValue('monthly_cost') ?? 0),
            active: gr.getValue('active') === '1' || gr.getValue('active') === 'true',
        }))
    })
    server = await startServer(instance, { port: 0 })
})
afterAll(async () => {
    await server.close()
    instance.close()
})

async function stats(query: string, headers: Record<string, string> = admin, path = `/api/now/stats/${TABLE}`) {
    const res = await fetch(`${server.url}${path}?${query}`, { headers: { Accept: 'application/json', ...headers } })
    return { status: res.status, json: (await res.json()) as { result: unknown; error?: { message: string; detail: string }; status?: string } }
}

const sum = (ns: number[]) => ns.reduce((a, b) => a + b, 0)

test('the installed app has personas to aggregate over (at least two mobility groups)', () => {
    expect(personas.length).toBeGreaterThanOrEqual(4)
    expect(new Set(personas.map((p) => p.mobility)).size).toBeGreaterThanOrEqual(2)
})

test('sysparm_count alone: {"result": {"stats": {"count": "N"}}}', async () => {
    expect(await stats('sysparm_count=true')).toEqual({ status: 200, json: { result: { stats: { count: String(personas.length) } } } })
})

test('avg, min, max and sum over a query; averages with four decimals', async () => {
    const subset = personas.filter((p) => p.mobility >= 2)
    const r = await stats('sysparm_query=mobility>=2&sysparm_count=true&sysparm_avg_fields=technology,mobility&sysparm_min_fields=mobility&sysparm_max_fields=technology&sysparm_sum_fields=mobility')
    expect(r.status).toBe(200)
    expect(r.json.result).toEqual({
        stats: {
            count: String(subset.length),
            avg: { technology: (sum(subset.map((p) => p.technology)) / subset.length).toFixed(4), mobility: (sum(subset.map((p) => p.mobility)) / subset.length).toFixed(4) },
            min: { mobility: String(Math.min(...subset.map((p) => p.mobility))) },
            max: { technology: String(Math.max(...subset.map((p) => p.technology))) },
            sum: { mobility: String(sum(subset.map((p) => p.mobility))) },
        },
    })
})

test('sysparm_group_by: one entry per group with its groupby_fields, in group order', async () => {
    const groups = [...new Set(personas.map((p) => p.mobility))].sort((a, b) => a - b)
    const r = await stats('sysparm_count=true&sysparm_group_by=mobility&sysparm_max_fields=technology')
    expect(r.json.result).toEqual(
        groups.map((m) => {
            const members = personas.filter((p) => p.mobility === m)
            return { stats: { count: String(members.length), max: { technology: String(Math.max(...members.map((p) => p.technology))) } }, groupby_fields: [{ value: String(m), field: 'mobility' }] }
        }),
    )
})

test('sysparm_having filters groups by an aggregate; sysparm_order_by orders them by COUNT^DESC', async () => {
    const counts = new Map<number, number>()
    for (const p of personas) counts.set(p.mobility, (counts.get(p.mobility) ?? 0) + 1)
    const kept = [...counts].filter(([, n]) => n > 1)
    const r = await stats('sysparm_count=true&sysparm_group_by=mobility&sysparm_having=count^mobility^>^1')
    const got = (r.json.result as Array<{ stats: { count: string }; groupby_fields: Array<{ value: string }> }>).map((g) => [Number(g.groupby_fields[0].value), Number(g.stats.count)])
    expect(got.sort()).toEqual(kept.sort())
    const ordered = await stats('sysparm_count=true&sysparm_group_by=mobility&sysparm_order_by=COUNT^DESC')
    const orderedCounts = (ordered.json.result as Array<{ stats: { count: string } }>).map((g) => Number(g.stats.count))
    expect(orderedCounts).toEqual([...orderedCounts].sort((a, b) => b - a))
    const none = await stats(`sysparm_count=true&sysparm_group_by=mobility&sysparm_having=count^mobility^>^${personas.length}`)
    expect(none.json.result).toEqual([])
})

test('name-value pairs filter as sysparm_query does; the versioned URL answers the same', async () => {
    const viaQuery = await stats('sysparm_query=mobility=4&sysparm_count=true')
    const viaPair = await stats('mobility=4&sysparm_count=true')
    expect(viaPair).toEqual(viaQuery)
    expect(viaQuery.json.result).toEqual({ stats: { count: String(personas.filter((p) => p.mobility === 4).length) } })
    expect(await stats('mobility=4&sysparm_count=true', admin, `/api/now/v1/stats/${TABLE}`)).toEqual(viaQuery)
})

test('sysparm_display_value on a grouped reference: true gives the display value, all gives both', async () => {
    const adminRole = instance.run(() => rows('sys_user_role', 'name=admin')[0].getUniqueValue())
    const path = '/api/now/stats/sys_user_has_role'
    const all = await stats(`sysparm_count=true&sysparm_group_by=role&role=${adminRole}&sysparm_display_value=all`, admin, path)
    expect(all.json.result).toEqual([{ stats: { count: expect.any(String) as string }, groupby_fields: [{ field: 'role', value: adminRole, display_value: 'admin' }] }])
    const shown = await stats(`sysparm_count=true&sysparm_group_by=role&role=${adminRole}&sysparm_display_value=true`, admin, path)
    expect((shown.json.result as Array<{ groupby_fields: unknown }>)[0].groupby_fields).toEqual([{ field: 'role', value: 'admin' }])
})

test('sysparm_display_value on a grouped choice field gives its labels', async () => {
    const expected = instance.run(() => {
        const labels = new Map<string, string>()
        for (const gr of rows('x_psm_persona_scoring_rule')) labels.set(gr.getValue('dimension') ?? '', gr.getDisplayValue('dimension'))
        return [...labels].sort(([a], [b]) => a.localeCompare(b)).map(([value, label]) => ({ field: 'dimension', value, display_value: label }))
    })
    expect(expected.some((g) => g.value !== g.display_value)).toBe(true)
    const r = await stats('sysparm_count=true&sysparm_group_by=dimension&sysparm_display_value=all', admin, '/api/now/stats/x_psm_persona_scoring_rule')
    expect((r.json.result as Array<{ groupby_fields: unknown[] }>).map((g) => g.groupby_fields[0])).toEqual(expected)
})

describe('bad parameters: 400 naming what is wrong', () => {
    const cases: Array<[string, string, RegExp]> = [
        ['an unknown table', `/api/now/stats/u_nothing?sysparm_count=true`, /Invalid table u_nothing/],
        ['an unknown field to average', `/api/now/stats/${TABLE}?sysparm_avg_fields=nothing_here`, /unknown field nothing_here/],
        ['an average of text', `/api/now/stats/${TABLE}?sysparm_avg_fields=name`, /name is not a numeric field/],
        ['a having that is not aggregate^field^operator^value', `/api/now/stats/${TABLE}?sysparm_count=true&sysparm_group_by=mobility&sysparm_having=count^mobility`, /not aggregate\^field\^operator\^value/],
        ['a having with an unknown aggregate', `/api/now/stats/${TABLE}?sysparm_group_by=mobility&sysparm_having=median^mobility^>^1`, /not an aggregate/],
        ['a having with an unknown operator', `/api/now/stats/${TABLE}?sysparm_group_by=mobility&sysparm_having=count^mobility^LIKE^1`, /not an operator/],
        ['a having count against text', `/api/now/stats/${TABLE}?sysparm_group_by=mobility&sysparm_having=count^mobility^>^many`, /is not a number/],
        ['an order by a field that is not grouped', `/api/now/stats/${TABLE}?sysparm_count=true&sysparm_group_by=mobility&sysparm_order_by=name`, /not a sysparm_group_by field/],
        ['a malformed query', `/api/now/stats/${TABLE}?sysparm_count=true&sysparm_query=nameBOGUSx`, /nameBOGUSx/],
        ['a bad sysparm_display_value', `/api/now/stats/${TABLE}?sysparm_count=true&sysparm_display_value=maybe`, /Use true, false or all/],
        ['a name-value pair carrying another condition', `/api/now/stats/${TABLE}?sysparm_count=true&mobility=4^ORmobility=1`, /may not contain \^/],
        ['a field name with SQL in it', `/api/now/stats/${TABLE}?sysparm_group_by=${encodeURIComponent('mobility"; DROP TABLE sys_user; --')}`, /is not a field name/],
    ]
    test.each(cases)('%s', async (_name, path, detail) => {
        const [p, q] = path.split('?')
        const r = await stats(q, admin, p)
        expect(r.status).toBe(400)
        expect(r.json.status).toBe('failure')
        expect(`${r.json.error?.message} ${r.json.error?.detail}`).toMatch(detail)
    })
})

describe('ACLs: the user must be able to read every record aggregated', () => {
    test('a table the user may not read: 403; a readable one: 200', async () => {
        const refused = await stats('sysparm_count=true', plain, '/api/now/stats/sys_user')
        expect(refused.status).toBe(403)
        expect(refused.json).toMatchObject({ error: { message: 'Forbidden' }, status: 'failure' })
        expect((await stats('sysparm_count=true', plain)).status).toBe(200)
    })

    test('a record-level ACL: 403 while the query matches a record the user cannot read, the count once it does not', async () => {
        instance.run(() => {
            insert('sys_security_acl', { name: 'sys_user_group', operation: 'read', type: 'record', active: true, admin_overrides: true, decision_type: 'allow', script: 'answer = current.getValue("name") != "Stats Secret";' })
            insert('sys_user_group', { name: 'Stats Secret' })
            insert('sys_user_group', { name: 'Stats Open 1' })
            insert('sys_user_group', { name: 'Stats Open 2' })
        })
        const path = '/api/now/stats/sys_user_group'
        const all = await stats('sysparm_count=true&sysparm_query=nameSTARTSWITHStats', plain, path)
        expect(all.status).toBe(403)
        const open = await stats('sysparm_count=true&sysparm_query=nameSTARTSWITHStats Open', plain, path)
        expect(open).toEqual({ status: 200, json: { result: { stats: { count: '2' } } } })
        expect((await stats('sysparm_count=true&sysparm_query=nameSTARTSWITHStats', admin, path)).json.result).toEqual({ stats: { count: '3' } })
    })

    test('"Allow access to this table via web services" off: 403 for every caller, admin included; on again: 200', async () => {
        // "Clear the check box to prevent users from making web service queries to this table" (Table design and
        // runtime settings); "making a web service call to a protected application table produces a 403 Forbidden
        // HTTP error" (Runtime access to applications tables). The Aggregate API is a web service query.
        const setWs = (on: boolean) =>
            instance.run(() => {
                const gr = new GlideRecord('sys_db_object')
                gr.get('name', TABLE)
                gr.setValue('ws_access', on)
                gr.update()
            })
        setWs(false)
        try {
            const refused = await stats('sysparm_count=true&sysparm_group_by=mobility')
            expect(refused).toEqual({ status: 403, json: { error: { message: 'User Not Authorized', detail: expect.stringContaining(TABLE) }, status: 'failure' } })
            expect((await stats('sysparm_count=true', plain)).status).toBe(403)
        } finally {
            setWs(true)
        }
        expect((await stats('sysparm_count=true')).json.result).toEqual({ stats: { count: String(personas.length) } })
    })

    test('the API needs authentication', async () => {
        expect((await stats('sysparm_count=true', {})).status).toBe(401)
    })
})
