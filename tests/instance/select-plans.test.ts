import { GlideRecord, restrictScan } from '../../src/local/glide/GlideRecord'
import type { Instance } from '../../src/local/instance'
import { Quota, QUOTA_SQL_FUNCTION, withQuota } from '../../src/local/store/quota'
import { bootedInstance } from '../support/instance'

/*
 * GlideRecord keeps the SQL of each query shape (glide/select-plans.ts) and binds each query's values anew.
 * Each test changes one thing the SQL depends on between two queries of one shape and checks the second
 * query is built for it.
 */
let instance: Instance
beforeAll(() => {
    instance = bootedInstance()
    instance.run(() =>
        instance.store.defineTables(
            [
                { name: 'u_plan_root', label: 'Plan root', extensible: true, columns: { name: { type: 'string' }, rank: { type: 'integer' } } },
                { name: 'u_plan_child', label: 'Plan child', extends: 'u_plan_root', extensible: true, columns: {} },
                { name: 'u_plan_values', label: 'Plan values', columns: { name: { type: 'string' }, rank: { type: 'integer' } } },
            ],
            'global',
        ),
    )
})
afterAll(() => instance.close())

function insert(table: string, values: Record<string, string | number>): string {
    const gr = new GlideRecord(table)
    gr.initialize()
    for (const [k, v] of Object.entries(values)) gr.setValue(k, v)
    const id = gr.insert()
    if (!id) throw new Error(`insert into ${table} refused`)
    return id
}

function names(table: string, query: string): string[] {
    const gr = new GlideRecord(table)
    gr.addEncodedQuery(query)
    gr.orderBy('name')
    gr.query()
    const out: string[] = []
    while (gr.next()) out.push(gr.getValue('name') ?? '')
    return out
}

test("a dictionary change rebuilds the SQL: a table's new child class is part of its queries of a shape already built", () => {
    instance.run(() => {
        insert('u_plan_root', { name: 'same', rank: 1 })
        insert('u_plan_child', { name: 'same', rank: 2 })
        expect(names('u_plan_child', 'name=same^rank>0')).toEqual(['same'])
        instance.store.defineTables([{ name: 'u_plan_grandchild', label: 'Plan grandchild', extends: 'u_plan_child', columns: {} }], 'global')
        insert('u_plan_grandchild', { name: 'same', rank: 3 })
        // The same shape as before; u_plan_child's family is now two classes.
        expect(names('u_plan_child', 'name=same^rank>1')).toEqual(['same', 'same'])
        expect(names('u_plan_root', 'name=same^rank>0')).toEqual(['same', 'same', 'same'])
    })
})

test("each query's values are bound, and refused, as when its shape was first compiled", () => {
    instance.run(() => {
        insert('u_plan_values', { name: 'one', rank: 1 })
        insert('u_plan_values', { name: 'two', rank: 2 })
        const refusal = (query: string): string => {
            try {
                names('u_plan_values', query)
            } catch (e) {
                return e instanceof Error ? e.message : String(e)
            }
            return 'no error'
        }
        // First compiled with a value it refuses (nothing is kept), then with good ones, then refused again from the kept plan.
        const first = refusal('rank=abc^nameSTARTSWITHo')
        expect(first).toMatch(/rank=abc/)
        expect(names('u_plan_values', 'rank=1^nameSTARTSWITHo')).toEqual(['one'])
        expect(names('u_plan_values', 'rank=2^nameSTARTSWITHt')).toEqual(['two'])
        expect(refusal('rank=abc^nameSTARTSWITHo')).toBe(first)
        // An IN list of another length, and an empty value, are other shapes.
        expect(names('u_plan_values', 'rankIN1,2^nameSTARTSWITHo^ORnameSTARTSWITHt')).toEqual(['one', 'two'])
        expect(names('u_plan_values', 'rankIN2^nameSTARTSWITHo^ORnameSTARTSWITHt')).toEqual(['two'])
        expect(names('u_plan_values', 'rank=^nameSTARTSWITHo^ORnameSTARTSWITHt')).toEqual([])
    })
})

test('a query under a transaction quota checks it per row even when its shape was built without one', async () => {
    // The spy calls the store's own rows() and records the SQL it was given.
    const rows = jest.spyOn(instance.store, 'rows')
    let seen: string[] = []
    try {
        instance.run(() => names('u_plan_values', 'name=one'))
        await withQuota(new Quota(60_000), () => instance.run(() => names('u_plan_values', 'name=one')))
        instance.run(() => names('u_plan_values', 'name=one'))
        seen = rows.mock.calls.map(([sql]) => sql)
    } finally {
        rows.mockRestore()
    }
    expect(seen.map((sql) => sql.includes(QUOTA_SQL_FUNCTION))).toEqual([false, true, false])
})

test("a scan restriction's kind is part of the SQL: sys_ids, then rowids, for one shape", () => {
    instance.run(() => {
        const one = insert('u_plan_values', { name: 'restricted', rank: 7 })
        insert('u_plan_values', { name: 'restricted', rank: 8 })
        const bySysIds = new GlideRecord('u_plan_values')
        bySysIds.addQuery('name', 'restricted')
        restrictScan(bySysIds, { sysIds: [one] })
        bySysIds.query()
        expect(bySysIds.getRowCount()).toBe(1)
        const byRowids = new GlideRecord('u_plan_values')
        byRowids.addQuery('name', 'restricted')
        restrictScan(byRowids, { fromRowid: 0, toRowid: Number.MAX_SAFE_INTEGER })
        byRowids.query()
        expect(byRowids.getRowCount()).toBe(2)
    })
})
