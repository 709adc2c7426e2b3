import { GlideAggregate, GlideRecord, gs } from '../../src/local/glide'
import type { Instance } from '../../src/local/instance'
import { QueryError } from '../../src/local/query'
import { RECORD_STATE } from '../../src/local/glide/GlideRecord'
import { freshInstance } from '../support/instance'

let instance: Instance
let financeId: string
let aliceId: string

function insert(table: string, values: Record<string, string | number | boolean>): string {
    const gr = new GlideRecord(table)
    gr.initialize()
    for (const [k, v] of Object.entries(values)) gr.setValue(k, v)
    const id = gr.insert()
    if (!id) throw new Error(`insert into ${table} failed`)
    return id
}

beforeAll(() => {
    instance = freshInstance()
    financeId = insert('cmn_department', { name: 'Finance' })
    const it = insert('cmn_department', { name: 'IT' })
    aliceId = insert('sys_user', { user_name: 'alice', name: 'Alice Able', email: 'alice@example.com', department: financeId })
    insert('sys_user', { user_name: 'bob', name: 'Bob Baker', email: 'bob@example.com', department: it, active: false })
    insert('sys_user', { user_name: 'carol', name: 'Carol Cole', email: 'carol@example.com', department: it })
    insert('task', { short_description: 'plain task', priority: 3 })
    insert('change_request', { short_description: 'change one', priority: 1, requested_by: aliceId })
    insert('change_request', { short_description: 'change two', priority: 2 })
})
afterAll(() => instance.close())

const names = (gr: GlideRecord, field = 'user_name') => {
    const out: string[] = []
    while (gr.next()) out.push(gr.getValue(field) ?? '')
    return out
}

test('every record gets a 32-hex sys_id and the system fields', () => {
    const gr = new GlideRecord('sys_user')
    gr.get('user_name', 'alice')
    expect(gr.getUniqueValue()).toMatch(/^[0-9a-f]{32}$/)
    for (const f of ['sys_created_on', 'sys_created_by', 'sys_updated_on', 'sys_updated_by']) expect(gr.getValue(f)).toBeTruthy()
    expect(gr.getValue('sys_mod_count')).toBe('0')
    expect(gr.getValue('sys_created_on')).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/)
})

test('table hierarchy: a query on task returns its children and sys_class_name says which', () => {
    const gr = new GlideRecord('task')
    gr.orderBy('short_description')
    gr.query()
    const rows: string[] = []
    while (gr.next()) rows.push(`${gr.getValue('short_description')}:${gr.getRecordClassName()}`)
    expect(rows).toEqual(['change one:change_request', 'change two:change_request', 'plain task:task'])
    const chg = new GlideRecord('change_request')
    chg.query()
    expect(chg.getRowCount()).toBe(2)
})

test('numbers come from the table\'s own counter (CHG for change_request, TASK for task)', () => {
    const chg = new GlideRecord('change_request')
    chg.addQuery('short_description', 'change one')
    chg.query()
    chg.next()
    expect(chg.getValue('number')).toMatch(/^CHG\d{7}$/)
    const task = new GlideRecord('task')
    task.addQuery('sys_class_name', 'task')
    task.query()
    task.next()
    expect(task.getValue('number')).toMatch(/^TASK\d{7}$/)
})

test('addQuery operators, addOrCondition, orderByDesc, setLimit, chooseWindow', () => {
    let gr = new GlideRecord('sys_user')
    gr.addQuery('active', true)
    gr.orderByDesc('user_name')
    gr.query()
    expect(names(gr)).toEqual(['carol', 'alice'])

    gr = new GlideRecord('sys_user')
    gr.addQuery('user_name', 'alice').addOrCondition('user_name', 'bob')
    gr.orderBy('user_name')
    gr.query()
    expect(names(gr)).toEqual(['alice', 'bob'])

    gr = new GlideRecord('sys_user')
    gr.addQuery('user_name', 'IN', ['alice', 'carol'])
    gr.addQuery('email', 'ENDSWITH', '@example.com')
    gr.orderBy('user_name')
    gr.query()
    expect(names(gr)).toEqual(['alice', 'carol'])

    gr = new GlideRecord('sys_user')
    gr.orderBy('user_name')
    gr.chooseWindow(1, 3)
    gr.query()
    expect(names(gr)).toEqual(['bob', 'carol'])

    gr = new GlideRecord('sys_user')
    gr.addNullQuery('title')
    gr.addQuery('name', 'CONTAINS', 'ol')
    gr.setLimit(1)
    gr.query()
    expect(names(gr)).toEqual(['carol'])
})

test('encoded queries with dot-walked fields, and `^OR` binding tighter than `^`', () => {
    let gr = new GlideRecord('sys_user')
    gr.addEncodedQuery('department.name=Finance')
    gr.query()
    expect(names(gr)).toEqual(['alice'])

    // active=true AND (user_name=bob OR user_name=carol): bob is inactive
    gr = new GlideRecord('sys_user')
    gr.addEncodedQuery('active=true^user_name=bob^ORuser_name=carol')
    gr.query()
    expect(names(gr)).toEqual(['carol'])

    // ^NQ starts a new query OR'd with the previous one
    gr = new GlideRecord('sys_user')
    gr.addEncodedQuery('user_name=alice^NQuser_name=bob^ORDERBYuser_name')
    gr.query()
    expect(names(gr)).toEqual(['alice', 'bob'])
})

test('a malformed encoded query throws a clear error naming the term; it never matches everything', () => {
    const gr = new GlideRecord('sys_user')
    gr.addEncodedQuery('active=true^nosuchfield=1')
    expect(() => gr.query()).toThrow(QueryError)
    expect(() => gr.query()).toThrow(/nosuchfield/)
    expect(() => new GlideRecord('sys_user').addEncodedQuery('user_nameBOGUSalice')).toThrow(/user_nameBOGUSalice/)
})

test('element access, dot-walking and display values', () => {
    const chg = new GlideRecord('change_request')
    chg.get('short_description', 'change one')
    type Walk = { toString(): string } & { [field: string]: Walk }
    const fields = chg as unknown as Record<string, Walk>
    expect(String(fields.requested_by)).toBe(aliceId)
    expect(String(fields.requested_by.email)).toBe('alice@example.com')
    expect(String(fields.requested_by.department.name)).toBe('Finance')
    expect(chg.getDisplayValue('requested_by')).toBe('Alice Able')
    expect(chg.getValue('requested_by.email')).toBe('alice@example.com')
    expect(chg.getDisplayValue('state')).toBe('New')
    expect(chg.getValue('state')).toBe('-5')
    expect(chg.getDisplayValue()).toBe(chg.getValue('number'))
})

test('get(value) with one argument: "If not found, it then tries to match the value against the display value"', () => {
    // A change's display value is its number (it has no name column): found by it.
    const numbered = new GlideRecord('change_request')
    numbered.addQuery('short_description', 'change two')
    numbered.query()
    numbered.next()
    const number = numbered.getValue('number') as string
    const byNumber = new GlideRecord('change_request')
    expect(byNumber.get(number)).toBe(true)
    expect(byNumber.getValue('short_description')).toBe('change two')
    // A user's display value is the name, not the user name.
    const user = new GlideRecord('sys_user')
    expect(user.get('Alice Able')).toBe(true)
    expect(user.getUniqueValue()).toBe(aliceId)
    expect(new GlideRecord('sys_user').get('alice')).toBe(false)
})

test('get by sys_id or by field; isValidRecord; deleteRecord', () => {
    const gr = new GlideRecord('sys_user')
    expect(gr.get(aliceId)).toBe(true)
    expect(gr.isValidRecord()).toBe(true)
    expect(gr.get('0123456789abcdef0123456789abcdef')).toBe(false)
    expect(gr.isValidRecord()).toBe(false)
    const id = insert('sys_user_group', { name: 'Temp' })
    const del = new GlideRecord('sys_user_group')
    del.get(id)
    expect(del.deleteRecord()).toBe(true)
    expect(new GlideRecord('sys_user_group').get(id)).toBe(false)
})

test('updateMultiple and deleteMultiple act on every match', () => {
    for (const n of ['g1', 'g2', 'g3']) insert('sys_user_group', { name: n, description: 'batch' })
    const up = new GlideRecord('sys_user_group')
    up.addQuery('description', 'batch')
    up.setValue('email', 'batch@example.com')
    up.updateMultiple()
    const check = new GlideRecord('sys_user_group')
    check.addQuery('email', 'batch@example.com')
    expect(check.getRowCount()).toBe(3)
    const del = new GlideRecord('sys_user_group')
    del.addQuery('description', 'batch')
    del.deleteMultiple()
    expect(new GlideRecord('sys_user_group').getRowCount()).toBe(0)
})

test('GlideAggregate counts and groups', () => {
    const agg = new GlideAggregate('sys_user')
    agg.addAggregate('COUNT')
    agg.groupBy('active')
    agg.orderBy('active')
    agg.query()
    const out: Record<string, string | null> = {}
    while (agg.next()) out[agg.getValue('active') ?? ''] = agg.getAggregate('COUNT')
    expect(out).toEqual({ '0': '1', '1': '2' })
    const sum = new GlideAggregate('task')
    sum.addAggregate('SUM', 'priority')
    sum.addAggregate('MAX', 'priority')
    sum.query()
    sum.next()
    expect([sum.getAggregate('SUM', 'priority'), sum.getAggregate('MAX', 'priority')]).toEqual(['6', '3'])
})

test('gs: the session user, roles (admin passes every check), properties, GUIDs', () => {
    expect(gs.getUserName()).toBe('system')
    expect(gs.hasRole('itil')).toBe(true)
    instance.runAs('alice', () => {
        expect(gs.getUserID()).toBe(aliceId)
        expect(gs.hasRole('itil')).toBe(false)
    })
    gs.setProperty('x_test.answer', 42)
    expect(gs.getProperty('x_test.answer')).toBe('42')
    expect(gs.getProperty('x_test.missing', 'fallback')).toBe('fallback')
    expect(gs.generateGUID()).toMatch(/^[0-9a-f]{32}$/)
})

test('caches read inside a transaction forget what its rollback undid (properties, roles)', () => {
    gs.setProperty('x_test.rollback', 'kept')
    const itil = new GlideRecord('sys_user_role')
    expect(itil.get('name', 'itil')).toBe(true)
    expect(() =>
        instance.store.transaction(() => {
            gs.setProperty('x_test.rollback', 'undone')
            insert('sys_user_has_role', { user: aliceId, role: itil.getUniqueValue() })
            // Read (and cached) inside the transaction, which sees its own writes.
            expect(gs.getProperty('x_test.rollback')).toBe('undone')
            expect(instance.rolesOf(aliceId).has('itil')).toBe(true)
            throw new Error('roll back')
        }),
    ).toThrow('roll back')
    expect(gs.getProperty('x_test.rollback')).toBe('kept')
    expect(instance.rolesOf(aliceId).has('itil')).toBe(false)
})

test('per-table field accessors never shadow the record state the constructor sets', () => {
    const gr = new GlideRecord('task')
    // Every own property is declared state, so a column with the same name gets no accessor.
    expect(new Set(Object.keys(gr))).toEqual(RECORD_STATE)
    gr.initialize()
    gr.setValue('short_description', 'accessors')
    expect((gr as unknown as { short_description: { toString(): string } }).short_description.toString()).toBe('accessors')
})

test('values the column cannot hold are refused with a message naming the field; nothing is written', () => {
    const gr = new GlideRecord('task')
    gr.initialize()
    gr.setValue('priority', 'high')
    const before = new GlideRecord('task').getRowCount()
    expect(gr.insert()).toBeNull()
    expect(instance.operations.lastRefusal?.message).toMatch(/priority/)
    expect(new GlideRecord('task').getRowCount()).toBe(before)
})

test('an update compares a stored number with the value set as numbers: the same number in other text is no change', () => {
    // task.priority is an integer column; the stored value comes back from SQLite as a number.
    const id = insert('task', { short_description: 'numbers', priority: 2 })
    const gr = new GlideRecord('task')
    gr.get(id)
    gr.setValue('priority', '2.0')
    gr.update()
    gr.get(id)
    expect(gr.getValue('sys_mod_count')).toBe('0')
    gr.setValue('priority', 3)
    gr.update()
    gr.get(id)
    expect(gr.getValue('priority')).toBe('3')
    expect(gr.getValue('sys_mod_count')).toBe('1')
    // A text column compares text.
    gr.setValue('short_description', 'numbers ')
    gr.update()
    gr.get(id)
    expect(gr.getValue('sys_mod_count')).toBe('2')
})
