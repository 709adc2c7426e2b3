import { GlideRecord } from '../../src/local/glide'
import type { Instance } from '../../src/local/instance'
import { newSysId } from '../../src/local/store/store'
import { freshInstance } from '../support/instance'

/** How the store hands out sys_ids and rows (rows are built from raw arrays, one class per column list). */
let instance: Instance
beforeAll(() => (instance = freshInstance()))
afterAll(() => instance.close())

function insert(table: string, values: Record<string, string | number | boolean>): string {
    const gr = new GlideRecord(table)
    gr.initialize()
    for (const [k, v] of Object.entries(values)) gr.setValue(k, v)
    const id = gr.insert()
    if (!id) throw new Error(`insert into ${table} refused: ${instance.operations.lastRefusal?.message}`)
    return id
}

test('sys_ids are 32 hex digits and never repeat, across refills of the random pool', () => {
    const ids = Array.from({ length: 5000 }, () => newSysId())
    expect(ids.every((id) => /^[0-9a-f]{32}$/.test(id))).toBe(true)
    expect(new Set(ids).size).toBe(ids.length)
})

test('queried rows carry every column as a plain own property, and a column the dictionary adds later appears', () => {
    instance.run(() => {
        const id = insert('task', { short_description: 'before the new column', priority: 2 })
        const first = new GlideRecord('task')
        first.addQuery('sys_id', id)
        first.query()
        expect(first.next()).toBe(true)
        expect(first.row && Object.keys(first.row)).toContain('short_description')
        expect({ ...first.row }.priority).toBe(2)
        expect(first.isValidField('u_extra')).toBe(false)

        insert('sys_dictionary', { name: 'task', element: 'u_extra', internal_type: 'string', column_label: 'Extra', max_length: 40, active: true })
        const later = insert('task', { short_description: 'after', u_extra: 'added' })
        // The same query text as before: its cached column list must be read again.
        for (const [sysId, expected] of [[id, null], [later, 'added']] as const) {
            const again = new GlideRecord('task')
            again.addQuery('sys_id', sysId)
            again.query()
            expect(again.next()).toBe(true)
            expect(again.getValue('u_extra')).toBe(expected)
        }
        const got = new GlideRecord('task')
        expect(got.get(later)).toBe(true)
        expect(got.getValue('u_extra')).toBe('added')
    })
})

test('a column named like an object internal is just a value', () => {
    const rows = instance.store.rows(`SELECT 1 AS "__proto__", 'x' AS "constructor", 2 AS "toString"`, [])
    expect(Object.getPrototypeOf(Object.getPrototypeOf(rows[0]))).toBe(Object.prototype)
    expect({ ...rows[0] }).toEqual({ ['__proto__']: 1, constructor: 'x', toString: 2 })
})

test("reads by sys_id and inserts follow the dictionary: a table that later gets a child reads the child's rows, a new column is written", () => {
    // Store.getRow's SQL and runInsert's statement are kept per table of the loaded schema: a dictionary change loads a new one.
    const store = instance.store
    instance.run(() => {
        store.defineTables(
            [
                { name: 'u_family_root', label: 'Root', extensible: true, columns: { name: { type: 'string' } } },
                { name: 'u_family_a', label: 'A', extends: 'u_family_root', extensible: true, columns: { a: { type: 'string' } } },
            ],
            'global',
        )
        const a = insert('u_family_a', { name: 'first a' })
        expect(store.getRow('u_family_a', a)?.name).toBe('first a')
        store.defineTables([{ name: 'u_family_b', label: 'B', extends: 'u_family_a', columns: { b: { type: 'string' } } }], 'global')
        const b = insert('u_family_b', { name: 'a b' })
        // u_family_a's family now holds u_family_b: its read by sys_id finds the child's row.
        expect(store.getRow('u_family_a', b)?.name).toBe('a b')
        expect(store.getRow('u_family_b', a)).toBeUndefined()
        expect(store.getRow('u_family_root', b)?.sys_class_name).toBe('u_family_b')
        // The same columns as before, then one the dictionary just added.
        const again = insert('u_family_a', { name: 'second a' })
        store.defineTables([{ name: 'u_family_a', label: 'A', extends: 'u_family_root', extensible: true, columns: { a: { type: 'string' }, a2: { type: 'string' } } }], 'global')
        const withNew = insert('u_family_a', { name: 'third a', a2: 'new column' })
        expect([store.getRow('u_family_a', again)?.name, store.getRow('u_family_a', withNew)?.a2]).toEqual(['second a', 'new column'])
    })
})

test("a class's rows are read with its family's columns only (a sibling class's are not its fields), and a column its family gains later is read", () => {
    // Store.familyColumns is kept per table of the loaded schema: a dictionary change loads a new one.
    const store = instance.store
    instance.run(() => {
        store.defineTables(
            [
                { name: 'u_sib_root', label: 'Root', extensible: true, columns: { name: { type: 'string' } } },
                { name: 'u_sib_a', label: 'A', extends: 'u_sib_root', extensible: true, columns: { a: { type: 'string' } } },
                { name: 'u_sib_c', label: 'C', extends: 'u_sib_root', columns: { c: { type: 'string' } } },
            ],
            'global',
        )
        const a = insert('u_sib_a', { name: 'an a', a: 'A' })
        const c = insert('u_sib_c', { name: 'a c', c: 'C' })
        const queried = (table: string, sysId: string) => {
            const gr = new GlideRecord(table)
            gr.addQuery('sys_id', sysId)
            gr.query()
            expect(gr.next()).toBe(true)
            return gr
        }
        for (const row of [store.getRow('u_sib_a', a), queried('u_sib_a', a).row]) {
            expect(row).toMatchObject({ name: 'an a', a: 'A', sys_class_name: 'u_sib_a' })
            expect(Object.keys(row ?? {})).not.toContain('c')
        }
        // Read as the root, a record has every class's columns (the root's family is the whole hierarchy).
        expect(queried('u_sib_root', c).row).toMatchObject({ name: 'a c', c: 'C', a: null })
        expect(queried('u_sib_root', c).getValue('c')).toBe('C')
        // A child of u_sib_a, then a new column on it: u_sib_a's reads (same SQL shape as before) now carry both.
        store.defineTables([{ name: 'u_sib_b', label: 'B', extends: 'u_sib_a', columns: { b: { type: 'string' } } }], 'global')
        const b = insert('u_sib_b', { name: 'a b', b: 'B' })
        expect(queried('u_sib_a', b).row).toMatchObject({ name: 'a b', b: 'B' })
        store.defineTables([{ name: 'u_sib_b', label: 'B', extends: 'u_sib_a', columns: { b: { type: 'string' }, b2: { type: 'string' } } }], 'global')
        const b2 = insert('u_sib_b', { name: 'another b', b2: 'B2' })
        expect(queried('u_sib_a', b2).row).toMatchObject({ name: 'another b', b2: 'B2' })
        expect(store.getRow('u_sib_a', b2)).toMatchObject({ name: 'another b', b2: 'B2' })
        expect(queried('u_sib_b', b2).getValue('b2')).toBe('B2')
    })
})

test('a reference index files only the rows that have one, and lookups by the reference still use it', () => {
    // Empty references are not indexed (Store.syncPhysical): inserting a task row touches no index page for them.
    const sql = (instance.store.db.prepare("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = 'task__assigned_to'").get() as { sql: string }).sql
    expect(sql).toMatch(/WHERE "assigned_to" IS NOT NULL$/)
    instance.run(() => {
        const user = insert('sys_user', { user_name: 'partial.index.user' })
        const assigned = insert('task', { short_description: 'assigned', assigned_to: user })
        const unassigned = insert('task', { short_description: 'nobody' })
        const ids = (query: string): string[] => {
            const gr = new GlideRecord('task')
            gr.addEncodedQuery(query)
            gr.query()
            const out: string[] = []
            while (gr.next()) out.push(gr.getUniqueValue())
            return out
        }
        expect(ids(`assigned_to=${user}`)).toEqual([assigned])
        expect(ids(`assigned_toIN${user},${'0'.repeat(32)}`)).toEqual([assigned])
        expect(ids(`assigned_to.user_name=partial.index.user`)).toEqual([assigned])
        expect(ids(`assigned_toISEMPTY^sys_idIN${assigned},${unassigned}`)).toEqual([unassigned])
        // The query GlideRecord builds for `assigned_to=<id>` is answered from the index.
        const gr = new GlideRecord('task')
        gr.addQuery('assigned_to', user)
        const built = gr.buildSelect('t0.*')
        const plan = (instance.store.db.prepare(`EXPLAIN QUERY PLAN ${built.sql}`).all(...built.params) as Array<{ detail: string }>).map((r) => r.detail).join(' | ')
        expect(plan).toContain('USING INDEX task__assigned_to')
    })
})
