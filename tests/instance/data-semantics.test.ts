import { ensureAdmin } from '../../src/local/base/admin'
import { GlideRecord } from '../../src/local/glide'
import { startServer } from '../../src/local/http/server'
import { Instance } from '../../src/local/instance'

/**
 * Data semantics the platform's documentation states: dictionary max_length, journal fields,
 * setAbortAction, sysevent rotation, event parameter length. Each test quotes its document.
 */
let now = '2026-03-02 09:00:00'
let instance: Instance

beforeEach(() => {
    now = '2026-03-02 09:00:00'
    instance = Instance.create({ db: ':memory:', clock: () => now })
})
afterEach(() => instance.close())

function rule(values: Record<string, string | number | boolean>): void {
    const gr = new GlideRecord('sys_script')
    gr.initialize()
    for (const [k, v] of Object.entries({ active: true, order: 100, action_insert: false, action_update: false, action_delete: false, action_query: false, ...values })) gr.setValue(k, v)
    gr.setWorkflow(false)
    if (!gr.insert()) throw new Error('could not create rule')
}

function count(table: string, query = ''): number {
    const gr = new GlideRecord(table)
    if (query) gr.addEncodedQuery(query)
    return gr.getRowCount()
}

function fresh(table: string, id: string): GlideRecord {
    const gr = new GlideRecord(table)
    if (!gr.get(id)) throw new Error(`${table} ${id} not found`)
    return gr
}

describe('max_length', () => {
    // "If the subject text from the client is being truncated, increase the Max length value for the
    // Subject field on the Email table" ("Enable the email client"): a saved string keeps at most the
    // dictionary's max_length characters.
    test('a string longer than the dictionary max_length is cut to it on insert and on update', () => {
        const role = new GlideRecord('sys_user_role') // name: max_length 100
        role.initialize()
        role.setValue('name', 'r'.repeat(150))
        const id = role.insert() as string
        expect(fresh('sys_user_role', id).getValue('name')).toBe('r'.repeat(100))
        expect(role.getValue('name')).toBe('r'.repeat(100))
        role.setValue('description', 'd'.repeat(1200)) // max_length 1000
        role.update()
        expect(fresh('sys_user_role', id).getValue('description')).toBe('d'.repeat(1000))
        // A value of exactly max_length is kept whole.
        role.setValue('name', 'n'.repeat(100))
        role.update()
        expect(fresh('sys_user_role', id).getValue('name')).toBe('n'.repeat(100))
    })

})

describe('journal fields', () => {
    // "Fields of the journal_input type are multi-line text boxes which, upon save, add the comments
    // into the Activity field with a notation" ("Journal fields"); "To get the contents of a journal
    // field, make a second … request against the sys_journal_field table … supply it as the element_id
    // value … specify the value comments for the element field" ("Retrieve journal entries using
    // direct web services").
    test('saving a journal field writes a sys_journal_field entry and keeps no value on the record', () => {
        ensureAdmin(instance, 'correct horse battery staple')
        const id = instance.runAs('admin', () => {
            const change = new GlideRecord('change_request')
            change.initialize()
            change.setValue('short_description', 'Journal test')
            change.setValue('comments', 'First comment')
            const sysId = change.insert() as string
            // After the save the record reads as stored: getValue returns nothing for a journal field.
            expect(change.getValue('comments')).toBeNull()
            return sysId
        })
        const entries = new GlideRecord('sys_journal_field')
        entries.addQuery('element_id', id)
        entries.query()
        expect(entries.next()).toBe(true)
        expect([entries.getValue('name'), entries.getValue('element'), entries.getValue('value'), entries.getValue('sys_created_by'), entries.getValue('sys_created_on')]).toEqual([
            'change_request',
            'comments',
            'First comment',
            'admin',
            now,
        ])
        expect(entries.next()).toBe(false)
        const stored = fresh('change_request', id)
        expect(stored.getValue('comments')).toBeNull()
        const row = instance.store.db.prepare('SELECT comments FROM task WHERE sys_id = ?').get(id) as { comments: string | null }
        expect(row.comments).toBeNull()
    })

    // "getJournalEntry(Number mostRecent): Returns either the most recent journal entry or all journal
    // entries. … If 1, returns the most recent entry. If -1, returns all journal entries. … returns a
    // string that contains the field label, timestamp, and user display name of the journal entry. For
    // all journal entries, returns the same information for all journal entries ever entered as a
    // single string with each entry delimited by "\n\n"" (Scoped GlideElement - getJournalEntry).
    test('getJournalEntry(1) is the newest entry, getJournalEntry(-1) all of them, newest first', () => {
        ensureAdmin(instance, 'correct horse battery staple')
        const id = instance.runAs('admin', () => {
            const change = new GlideRecord('change_request')
            change.initialize()
            change.setValue('comments', 'First')
            const sysId = change.insert() as string
            now = '2026-03-02 10:30:00'
            const again = fresh('change_request', sysId)
            ;(again as unknown as Record<string, unknown>).comments = 'Second'
            again.update()
            return sysId
        })
        const change = fresh('change_request', id)
        const comments = change.getElement('comments')
        expect(comments?.getJournalEntry(1)).toBe('2026-03-02 10:30:00 - System Administrator (Additional comments)\nSecond\n\n')
        expect(comments?.getJournalEntry(-1)).toBe(
            '2026-03-02 10:30:00 - System Administrator (Additional comments)\nSecond\n\n2026-03-02 09:00:00 - System Administrator (Additional comments)\nFirst\n\n',
        )
        expect(change.getElement('work_notes')?.getJournalEntry(-1)).toBe('')
        expect(change.getDisplayValue('comments')).toBe(comments?.getJournalEntry(-1))
    })

    test('rules running during the save see the new entry: current.comments and changes() in before and after rules', () => {
        for (const when of ['before', 'after']) {
            rule({
                name: `see ${when}`,
                collection: 'change_request',
                when,
                action_update: true,
                script: `gs.info('${when} ' + current.comments.changes() + ' ' + current.comments + ' ' + current.work_notes.changes());`,
            })
        }
        const change = new GlideRecord('change_request')
        change.initialize()
        const id = change.insert() as string
        const again = fresh('change_request', id)
        again.setValue('comments', 'Looks fine')
        again.update()
        const messages = instance.logs.map((l) => l.message)
        expect(messages).toContain('before true Looks fine false')
        expect(messages).toContain('after true Looks fine false')
        expect(count('sys_journal_field', `element_id=${id}`)).toBe(1)
    })

    test('the Table API returns a journal field empty, and its entries as the display value', async () => {
        ensureAdmin(instance, 'pw-for-journal-test')
        const server = await startServer(instance, { port: 0 })
        try {
            const auth = `Basic ${Buffer.from('admin:pw-for-journal-test').toString('base64')}`
            const headers = { Authorization: auth, 'Content-Type': 'application/json', Accept: 'application/json' }
            const created = await fetch(`${server.url}/api/now/table/change_request`, { method: 'POST', headers, body: JSON.stringify({ short_description: 'api', comments: 'Via REST' }) })
            expect(created.status).toBe(201)
            const body = (await created.json()) as { result: { sys_id: string; comments: string } }
            expect(body.result.comments).toBe('')
            const id = body.result.sys_id
            const plain = (await (await fetch(`${server.url}/api/now/table/change_request/${id}?sysparm_fields=comments`, { headers })).json()) as { result: { comments: string } }
            expect(plain.result.comments).toBe('')
            const shown = (await (await fetch(`${server.url}/api/now/table/change_request/${id}?sysparm_fields=comments&sysparm_display_value=true`, { headers })).json()) as {
                result: { comments: string }
            }
            expect(shown.result.comments).toBe(`${now} - System Administrator (Additional comments)\nVia REST\n\n`)
        } finally {
            await server.close()
        }
    })
})

describe('journal fields in notifications', () => {
    // "glide.email.journal.lines: Specifies the number of entries from a journal field (such as
    // Additional comments and Work notes) included in email notifications. A value of -1 includes all
    // journal entries. Default value: 3" ("Journal field type").
    test('a message shows the newest glide.email.journal.lines entries, the one this update added first', () => {
        const user = new GlideRecord('sys_user')
        user.initialize()
        user.setValue('user_name', 'rita')
        user.setValue('name', 'Rita')
        user.setValue('email', 'rita@example.com')
        const rita = user.insert() as string
        const n = new GlideRecord('sysevent_email_action')
        n.initialize()
        const values: Record<string, string | boolean | number> = {
            name: 'comment added', collection: 'change_request', active: true, generation_type: 'engine', action_update: true,
            condition: 'commentsVALCHANGES', recipient_fields: 'requested_by', send_self: true, weight: 0, content_type: 'text/plain',
            subject: 'New comment', message_text: 'Comments:\n${comments}',
        }
        for (const [k, v] of Object.entries(values)) n.setValue(k, v)
        n.setWorkflow(false)
        n.insert()
        const change = new GlideRecord('change_request')
        change.initialize()
        change.setValue('requested_by', rita)
        const id = change.insert() as string
        for (const [i, text] of ['one', 'two', 'three', 'four'].entries()) {
            now = `2026-03-02 1${i}:00:00`
            const gr = fresh('change_request', id)
            gr.setValue('comments', text)
            gr.update()
        }
        instance.drain()
        const mails = new GlideRecord('sys_email')
        mails.orderByDesc('sys_created_on')
        mails.query()
        expect(mails.next()).toBe(true)
        const body = mails.getValue('body_text') ?? mails.getValue('body') ?? ''
        expect(body).toContain('2026-03-02 13:00:00 - system (Additional comments)\nfour')
        expect(body).toContain('three')
        expect(body).toContain('two')
        expect(body).not.toContain('one')
        expect(body.indexOf('four')).toBeLessThan(body.indexOf('three'))
    })
})

describe('setAbortAction', () => {
    // "You can use a before business rule script to cancel or abort the current database action using
    // the current.setAbortAction(true) method. If the before business rule is executed during an insert
    // action, … the new record stored in current is not created in the database" ("Abort a database
    // action"): the current record's action is cancelled; what the rules already wrote elsewhere stays.
    test('an abort cancels only the current record; records a rule already inserted stay', () => {
        rule({
            name: 'log then refuse',
            collection: 'sys_user_group',
            when: 'before',
            action_insert: true,
            script:
                "var r = new GlideRecord('sys_user_role'); r.initialize(); r.setValue('name', 'written-before-abort'); r.insert(); gs.addErrorMessage('No groups today'); current.setAbortAction(true);",
        })
        const group = new GlideRecord('sys_user_group')
        group.initialize()
        group.setValue('name', 'Refused')
        expect(group.insert()).toBeNull()
        expect(instance.operations.lastRefusal?.message).toBe('No groups today')
        expect(count('sys_user_group', 'name=Refused')).toBe(0)
        expect(count('sys_user_role', 'name=written-before-abort')).toBe(1)
    })

    test('an aborted update leaves the record as stored, and other writes of the rule stay', () => {
        rule({
            name: 'refuse rename',
            collection: 'sys_user_group',
            when: 'before',
            action_update: true,
            script: "gs.eventQueue('group.rename.refused', current); current.setAbortAction(true);",
        })
        const group = new GlideRecord('sys_user_group')
        group.initialize()
        group.setValue('name', 'Stable')
        const id = group.insert() as string
        const again = fresh('sys_user_group', id)
        again.setValue('name', 'Renamed')
        expect(again.update()).toBeNull()
        expect(fresh('sys_user_group', id).getValue('name')).toBe('Stable')
        expect(count('sysevent', 'name=group.rename.refused')).toBe(1)
    })
})

describe('events', () => {
    // "Event [sysevent] | Every day | 7 | Rotation" ("Log history"); "Table Rotation works by rotating
    // among a small set of tables, and deleting and reusing the old tables for new data" ("Applying
    // database rotation techniques", which lists sysevent).
    test('sysevent rotates: once a day, events created more than 7 days ago are gone', () => {
        instance.run(() => instance.events.queue('old.event', '', '', '', '', ''))
        now = '2026-03-04 09:00:00'
        instance.run(() => instance.events.queue('recent.event', '', '', '', '', ''))
        instance.drain()
        expect(count('sysevent')).toBe(2)
        now = '2026-03-10 09:00:01' // 8 days after the first, 6 after the second
        instance.run(() => instance.events.queue('today.event', '', '', '', '', ''))
        instance.drain()
        const names: string[] = []
        const gr = new GlideRecord('sysevent')
        gr.orderBy('sys_created_on')
        gr.query()
        while (gr.next()) names.push(gr.getValue('name') as string)
        expect(names).toEqual(['recent.event', 'today.event'])
    })

    // sysevent.parm1 and parm2 are string fields of max_length 4000 (the dictionary): a longer
    // parameter is saved cut to that length, like any string field ("Max length").
    test('event parameters are cut at their dictionary length', () => {
        const col = instance.store.schema.column('sysevent', 'parm1')
        expect(col?.maxLength).toBe(4000)
        instance.run(() => instance.events.queue('long.parms', '', '', 'a'.repeat(5000), 'b'.repeat(4001), ''))
        const row = instance.store.db.prepare("SELECT parm1, parm2 FROM sysevent WHERE name = 'long.parms'").get() as { parm1: string; parm2: string }
        expect([row.parm1.length, row.parm2.length]).toEqual([4000, 4000])
    })
})

describe('inherited roles', () => {
    function make(table: string, values: Record<string, string | boolean>): string {
        const gr = new GlideRecord(table)
        gr.initialize()
        for (const [k, v] of Object.entries(values)) gr.setValue(k, v)
        const id = gr.insert()
        if (!id) throw new Error(`could not insert into ${table}`)
        return id
    }

    function inheritedRows(user: string): string[] {
        const gr = new GlideRecord('sys_user_has_role')
        gr.addQuery('user', user)
        gr.addQuery('inherited', true)
        gr.query()
        const out: string[] = []
        while (gr.next()) out.push([gr.getDisplayValue('role'), gr.getDisplayValue('granted_by'), gr.getDisplayValue('included_in_role')].join('|'))
        return out.sort()
    }

    // "Add a user to a group so that the user inherits all the roles assigned to the group" (Add a user
    // to a group); "Roles inherited from other roles are added as individual entries in the User Roles
    // table [sys_user_has_role]" (Role Management V2); "Granted by group: If the role was inherited, the
    // group that the role was inherited from" (Audit user roles).
    test('joining a group writes its roles, and the roles they contain, as inherited rows granted by the group; leaving removes them', () => {
        rule({ name: 'watch grants', collection: 'sys_user_has_role', when: 'after', action_insert: true, action_delete: true, script: "gs.info(current.operation() + ' ' + current.role.name + ' inherited=' + current.inherited.getDisplayValue());" })
        const parent = make('sys_user_role', { name: 'x_parent' })
        const child = make('sys_user_role', { name: 'x_child' })
        make('sys_user_role_contains', { role: parent, contains: child })
        const group = make('sys_user_group', { name: 'Role Givers' })
        make('sys_group_has_role', { group, role: parent })
        const user = make('sys_user', { user_name: 'joiner', name: 'Joiner' })
        const membership = make('sys_user_grmember', { user, group })
        expect(inheritedRows(user)).toEqual(['x_child|Role Givers|x_parent', 'x_parent|Role Givers|'])
        expect(instance.logs.map((l) => l.message)).toEqual(expect.arrayContaining(['insert x_parent inherited=true', 'insert x_child inherited=true']))
        expect([...instance.rolesOf(user)].sort()).toEqual(['x_child', 'x_parent'])
        const gone = new GlideRecord('sys_user_grmember')
        gone.get(membership)
        gone.deleteRecord()
        expect(inheritedRows(user)).toEqual([])
        expect(instance.logs.map((l) => l.message)).toEqual(expect.arrayContaining(['delete x_parent inherited=true', 'delete x_child inherited=true']))
        expect([...instance.rolesOf(user)]).toEqual([])
    })

    // The user's roles are the User Roles table's rows ("Roles inherited from other roles are added as
    // individual entries in the User Roles table [sys_user_has_role]"): a membership written without
    // business rules (setWorkflow(false)) writes no inherited row, so it grants no role.
    test('a group membership written without business rules grants none of the group\'s roles', () => {
        const role = make('sys_user_role', { name: 'z_group_role' })
        const group = make('sys_user_group', { name: 'Quiet Givers' })
        make('sys_group_has_role', { group, role })
        const user = make('sys_user', { user_name: 'quiet', name: 'Quiet' })
        const membership = new GlideRecord('sys_user_grmember')
        membership.initialize()
        membership.setValue('user', user)
        membership.setValue('group', group)
        membership.setWorkflow(false)
        expect(membership.insert()).toBeTruthy()
        expect(inheritedRows(user)).toEqual([])
        expect([...instance.rolesOf(user)]).toEqual([])
    })

    test('a role granted directly brings the roles it contains as inherited rows (included in that role)', () => {
        const parent = make('sys_user_role', { name: 'y_parent' })
        const child = make('sys_user_role', { name: 'y_child' })
        make('sys_user_role_contains', { role: parent, contains: child })
        const user = make('sys_user', { user_name: 'granted', name: 'Granted' })
        const grant = make('sys_user_has_role', { user, role: parent })
        expect(inheritedRows(user)).toEqual(['y_child||y_parent'])
        const revoke = new GlideRecord('sys_user_has_role')
        revoke.get(grant)
        revoke.deleteRecord()
        expect(inheritedRows(user)).toEqual([])
    })
})
