import { GlideAggregate, GlideRecord } from '../../src/local/glide'
import type { Instance } from '../../src/local/instance'
import { freshInstance } from '../support/instance'

/**
 * Business rules, checked against the platform's rules as `now-sdk explain business-rule-guide` states them.
 * Rules here are sys_script records with string scripts, as an admin would write them on an instance.
 */
let instance: Instance

function rule(values: Record<string, string | number | boolean>): string {
    const gr = new GlideRecord('sys_script')
    gr.initialize()
    for (const [k, v] of Object.entries({ active: true, order: 100, action_insert: false, action_update: false, action_delete: false, action_query: false, ...values })) gr.setValue(k, v)
    gr.setWorkflow(false)
    const id = gr.insert()
    if (!id) throw new Error('could not create rule')
    return id
}

function newGroup(name: string, extra: Record<string, string> = {}): GlideRecord {
    const gr = new GlideRecord('sys_user_group')
    gr.initialize()
    gr.setValue('name', name)
    for (const [k, v] of Object.entries(extra)) gr.setValue(k, v)
    return gr
}

function count(table: string, query = ''): number {
    const gr = new GlideRecord(table)
    if (query) gr.addEncodedQuery(query)
    return gr.getRowCount()
}

beforeEach(() => {
    instance = freshInstance()
})
afterEach(() => instance.close())

test('"before rules can modify current and the changes persist -- the record has not been written yet" (no second update)', () => {
    rule({ name: 'describe', collection: 'sys_user_group', when: 'before', action_insert: true, script: "current.description = 'set by before rule';" })
    const gr = newGroup('Alpha')
    const id = gr.insert()
    const stored = new GlideRecord('sys_user_group')
    expect(stored.get(id as string)).toBe(true)
    expect(stored.getValue('description')).toBe('set by before rule')
    expect(stored.getValue('sys_mod_count')).toBe('0')
})

test('"Lower numbers run first. Default is 100."', () => {
    rule({ name: 'second', collection: 'sys_user_group', when: 'before', action_insert: true, order: 200, script: "current.description = current.description + 'B';" })
    rule({ name: 'first', collection: 'sys_user_group', when: 'before', action_insert: true, order: 50, script: "current.description = 'A';" })
    rule({ name: 'middle', collection: 'sys_user_group', when: 'before', action_insert: true, script: "current.description = current.description + 'M';" })
    const gr = newGroup('Ordered')
    gr.insert()
    expect(gr.getValue('description')).toBe('AMB')
})

test('"before rules with abortAction prevent the record operation entirely": nothing written, the message returned', () => {
    rule({
        name: 'refuse',
        collection: 'sys_user_group',
        when: 'before',
        action_insert: true,
        script: "if (current.name == 'Bad') { gs.addErrorMessage('Bad is not a group name'); current.setAbortAction(true); }",
    })
    rule({ name: 'side effect', collection: 'sys_user_group', when: 'after', action_insert: true, script: "gs.eventQueue('group.created', current);" })
    const before = count('sys_user_group')
    const id = instance.runAs('system', () => newGroup('Bad').insert())
    expect(id).toBeNull()
    expect(count('sys_user_group')).toBe(before)
    expect(count('sysevent')).toBe(0)
    expect(instance.operations.lastRefusal?.message).toBe('Bad is not a group name')
    expect(newGroup('Good').insert()).toMatch(/^[0-9a-f]{32}$/)
})

test('"after rules ... need the final saved state": an after rule reads the committed row; "after rules cannot abort"', () => {
    rule({
        name: 'see it',
        collection: 'sys_user_group',
        when: 'after',
        action_insert: true,
        script: "var g = new GlideRecord('sys_user_group'); g.get(current.sys_id + ''); gs.info('seen ' + g.getValue('name')); current.setAbortAction(true);",
    })
    const id = newGroup('Visible').insert()
    expect(id).not.toBeNull()
    expect(instance.logs.map((l) => l.message)).toContain('seen Visible')
    expect(count('sys_user_group', 'name=Visible')).toBe(1)
})

test('`previous` holds the stored values and changes()/changesTo()/changesFrom() compare against it', () => {
    rule({
        name: 'track',
        collection: 'sys_user_group',
        when: 'before',
        action_update: true,
        script:
            "gs.info([previous.getValue('description'), current.getValue('description'), current.description.changes(), current.description.changesTo('new'), current.description.changesFrom('old'), current.name.changes()].join('|'));",
    })
    const gr = newGroup('Tracked', { description: 'old' })
    gr.insert()
    gr.setValue('description', 'new')
    gr.update()
    expect(instance.logs.map((l) => l.message)).toContain('old|new|true|true|true|false')
    expect(gr.getValue('sys_mod_count')).toBe('1')
})

test('filter conditions (an encoded query on current) and condition scripts decide whether a rule runs', () => {
    rule({ name: 'filtered', collection: 'sys_user_group', when: 'before', action_insert: true, filter_condition: 'nameSTARTSWITHops', script: "current.description = 'ops';" })
    rule({ name: 'scripted', collection: 'sys_user_group', when: 'before', action_insert: true, condition: "current.email.nil()", script: "current.email = 'none@example.com';" })
    const a = newGroup('ops-east')
    a.insert()
    const b = newGroup('dev', { email: 'dev@example.com' })
    b.insert()
    expect([a.getValue('description'), a.getValue('email')]).toEqual(['ops', 'none@example.com'])
    expect([b.getValue('description'), b.getValue('email')]).toEqual([null, 'dev@example.com'])
})

test('filter conditions read the record as it is when each rule is weighed: an earlier rule\'s change to current decides a later filter', () => {
    rule({ name: 'tag', collection: 'sys_user_group', when: 'before', action_insert: true, order: 10, filter_condition: 'nameSTARTSWITHops', script: "current.description = 'tagged';" })
    rule({ name: 'follow', collection: 'sys_user_group', when: 'before', action_insert: true, order: 20, filter_condition: 'description=tagged', script: "current.email = 'tagged@example.com';" })
    const a = newGroup('ops-west')
    a.insert()
    const b = newGroup('dev-west')
    b.insert()
    expect([a.getValue('description'), a.getValue('email')]).toEqual(['tagged', 'tagged@example.com'])
    expect([b.getValue('description'), b.getValue('email')]).toEqual([null, null])
})

test('a filter condition on plain fields reads them without building their elements; a dot-walked one walks through the reference', () => {
    const manager = new GlideRecord('sys_user')
    manager.initialize()
    manager.setValue('user_name', 'filter.manager')
    manager.setValue('name', 'Filter Manager')
    const managerId = manager.insert() as string
    rule({ name: 'plain', collection: 'sys_user_group', when: 'before', action_insert: true, filter_condition: `manager=${managerId}^nameSTARTSWITHops`, script: "current.description = 'plain';" })
    rule({ name: 'walked', collection: 'sys_user_group', when: 'before', action_insert: true, order: 200, filter_condition: 'manager.name=Filter Manager', script: "current.email = 'walked@example.com';" })
    const elements = jest.spyOn(GlideRecord.prototype, 'getElement')
    try {
        const gr = newGroup('ops-north', { manager: managerId })
        gr.insert()
        expect([gr.getValue('description'), gr.getValue('email')]).toEqual(['plain', 'walked@example.com'])
        // Only the dot-walked path asks for an element (a reference element is a Proxy per record).
        expect([...new Set(elements.mock.calls.map(([path]) => path))]).toEqual(['manager.name'])
    } finally {
        elements.mockRestore()
    }
})

test('async rules run after the transaction, by the scheduler, not inside the write', () => {
    rule({ name: 'later', collection: 'sys_user_group', when: 'async', action_insert: true, script: "current.description = 'async done'; current.update();" })
    const gr = newGroup('Async')
    const id = gr.insert() as string
    const stored = new GlideRecord('sys_user_group')
    stored.get(id)
    expect(stored.getValue('description')).toBeNull()
    instance.drain()
    stored.get(id)
    expect(stored.getValue('description')).toBe('async done')
})

test('an async delete rule sees the row that was deleted, even when the deleting script moved its GlideRecord on (deleteRecord inside while (gr.next()))', () => {
    rule({ name: 'note deletion', collection: 'sys_user_group', when: 'async', action_delete: true, script: "var log = new GlideRecord('sys_user_group'); log.initialize(); log.setValue('name', 'deleted ' + current.getValue('name')); log.setWorkflow(false); log.insert();" })
    for (const name of ['One', 'Two', 'Three']) newGroup(name).insert()
    const gr = new GlideRecord('sys_user_group')
    gr.addQuery('name', 'IN', 'One,Two,Three')
    gr.orderBy('name')
    gr.query()
    while (gr.next()) gr.deleteRecord()
    instance.drain()
    const logged = new GlideRecord('sys_user_group')
    logged.addQuery('name', 'STARTSWITH', 'deleted ')
    logged.orderBy('name')
    logged.query()
    const names: string[] = []
    while (logged.next()) names.push(logged.getValue('name') as string)
    expect(names).toEqual(['deleted One', 'deleted Three', 'deleted Two'])
})

test('setWorkflow(false) skips business rules', () => {
    rule({ name: 'would refuse', collection: 'sys_user_group', when: 'before', action_insert: true, script: 'current.setAbortAction(true);' })
    const gr = newGroup('Quiet')
    gr.setWorkflow(false)
    expect(gr.insert()).not.toBeNull()
    expect(newGroup('Loud').insert()).toBeNull()
})

test('a rule that updates its own record does not recurse forever (recursion guard)', () => {
    rule({ name: 'loop', collection: 'sys_user_group', when: 'after', action_update: true, script: "current.description = (current.description + '') + 'x'; current.update();" })
    const gr = newGroup('Loop', { description: '' })
    gr.insert()
    gr.setValue('description', 'a')
    gr.update()
    expect(gr.getValue('description')).toBe('ax')
    expect(instance.logs.some((l) => l.level === 'warn' && l.message.includes('recursion guard'))).toBe(true)
})

test('rules on a parent table run for records of its child tables (task rules on change_request)', () => {
    rule({ name: 'task rule', collection: 'task', when: 'before', action_insert: true, script: "current.short_description = 'via task: ' + current.getRecordClassName();" })
    const chg = new GlideRecord('change_request')
    chg.initialize()
    chg.insert()
    expect(chg.getValue('short_description')).toBe('via task: change_request')
})

test('a script error is logged and the write still happens', () => {
    rule({ name: 'broken', collection: 'sys_user_group', when: 'before', action_insert: true, script: 'undefinedFunction();' })
    expect(newGroup('Survives').insert()).not.toBeNull()
    expect(instance.logs.some((l) => l.level === 'error' && l.message.includes('broken'))).toBe(true)
})

test('query rules run before a query and may restrict it ("before ... query" business rules)', () => {
    newGroup('visible-1').insert()
    newGroup('hidden-1').insert()
    rule({ name: 'hide', collection: 'sys_user_group', when: 'before', action_query: true, script: "current.addQuery('name', 'STARTSWITH', 'visible');" })
    const gr = new GlideRecord('sys_user_group')
    gr.query()
    const seen: string[] = []
    while (gr.next()) seen.push(gr.getValue('name') ?? '')
    expect(seen).toEqual(['visible-1'])
    const all = new GlideRecord('sys_user_group')
    all.setWorkflow(false)
    all.query()
    expect(all.getRowCount()).toBe(2)
})

test('get() is a query: a before-query rule hides a record from get(sys_id) and get(field, value) alike, and setWorkflow(false) turns the rule off for both', () => {
    // "Restricting record access: You can use a query business rule that executes before the database query to
    // prevent users from accessing certain records"; get() "Returns the specified record" by running a query.
    const hiddenId = newGroup('hidden-2').insert() as string
    const visibleId = newGroup('visible-2').insert() as string
    rule({ name: 'hide', collection: 'sys_user_group', when: 'before', action_query: true, script: "current.addQuery('name', 'STARTSWITH', 'visible');" })
    expect(new GlideRecord('sys_user_group').get(hiddenId)).toBe(false)
    expect(new GlideRecord('sys_user_group').get('name', 'hidden-2')).toBe(false)
    // The one-argument form falls back to the display value: the rule restricts that query too.
    expect(new GlideRecord('sys_user_group').get('hidden-2')).toBe(false)
    const visible = new GlideRecord('sys_user_group')
    expect(visible.get(visibleId)).toBe(true)
    expect(visible.getValue('name')).toBe('visible-2')
    // "a business rule won't run when ... you have scripts with the workflow disabled" (Before Query business rules).
    const unruled = new GlideRecord('sys_user_group')
    unruled.setWorkflow(false)
    expect(unruled.get(hiddenId)).toBe(true)
    expect(unruled.getValue('name')).toBe('hidden-2')
    const byName = new GlideRecord('sys_user_group')
    byName.setWorkflow(false)
    expect(byName.get('name', 'hidden-2')).toBe(true)
})

test('a before-query rule restricts what a GlideAggregate counts, as it restricts a query; not with the workflow off', () => {
    newGroup('visible-3').insert()
    newGroup('hidden-3').insert()
    newGroup('hidden-4').insert()
    rule({ name: 'hide', collection: 'sys_user_group', when: 'before', action_query: true, script: "current.addQuery('name', 'STARTSWITH', 'visible');" })
    const counted = (workflow: boolean) => {
        const agg = new GlideAggregate('sys_user_group')
        agg.setWorkflow(workflow)
        agg.addQuery('name', 'ENDSWITH', '-3').addOrCondition('name', 'ENDSWITH', '-4')
        agg.addAggregate('COUNT')
        agg.query()
        return agg.next() ? agg.getAggregate('COUNT') : null
    }
    expect(counted(true)).toBe('1')
    expect(counted(false)).toBe('3')
})

test('after rules still see changes(): "previous" and current differ by what the write changed', () => {
    rule({
        name: 'after track',
        collection: 'sys_user_group',
        when: 'after',
        action_insert: true,
        action_update: true,
        script: "gs.info('after ' + current.description.changes() + ' ' + current.name.changes() + ' ' + current.description.changesFrom('old'));",
    })
    const gr = newGroup('AfterTracked', { description: 'old' })
    gr.insert()
    gr.setValue('description', 'new')
    gr.update()
    const lines = instance.logs.map((l) => l.message).filter((m) => m.startsWith('after '))
    expect(lines).toEqual(['after true true false', 'after true false true'])
})
