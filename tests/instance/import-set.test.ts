import type { Instance } from '../../src/local/instance'
import { ensureAdmin } from '../../src/local/base/admin'
import { startServer, type RunningServer } from '../../src/local/http/server'
import { GlideRecord } from '../../src/local/glide'
import { freshInstance } from '../support/instance'
import { insert, rows } from '../support/records'
import { loadCsv } from '../../src/local/import-set/csv-load'
import { databaseChecksum } from '../support/checksum'

/*
 * Import sets and transform maps, as the product documentation describes them:
 * - Import Set API (REST API reference): POST /now/import/{stagingTableName} "Inserts incoming data into a
 *   specified staging table and triggers transformation"; the answer {import_set, staging_table, result:
 *   [{transform_map, table, display_name, display_value, record_link, status, sys_id}]}; "The status_message
 *   and error_message fields on transformation scripts are processed and returned in response".
 *   insertMultiple: "Transformation is asynchronous by default", records keyed by column label, answer
 *   {import_set_id, multi_import_set_id}. GET /now/import/{stagingTableName}/{sys_id} "Retrieves the
 *   specified import staging record and resulting transformation result".
 * - Updating records using coalesce: "If an existing record with a matching value in the target table is
 *   found, that record is updated. If no matching record is found, then a new record is created"; "By
 *   default, fields marked as Coalesce ... are used in a case insensitive lookup".
 * - Create a transform map: "Create new record on empty coalesce fields: ... create a new record when all
 *   coalesce fields are empty, instead of ignoring the record".
 * - Create a field map: Choice action "reject: Skip the entire row (record) containing the new value and
 *   continue to the next row"; Referenced value field name: "you must specify a column from the reference
 *   field's source table that contains values that match the incoming source values".
 * - Map with transformation event scripts: onBefore "ignore: the current row transformation will be skipped
 *   and the remaining rows will be processed"; "error: When set to true, will halt the entire transformation
 *   for the current import set"; "action: either insert or update".
 * - Post CSV or Excel files directly to an import set: POST sys_import.do?sysparm_import_set_tablename=...
 *   &sysparm_transform_after_load=true with the file as a multipart attachment.
 */

let instance: Instance
let server: RunningServer
const password = 'import admin password 1'
const admin = { Authorization: `Basic ${Buffer.from(`admin:${password}`).toString('base64')}` }
const plain = { Authorization: `Basic ${Buffer.from('import.plain:plain password 1').toString('base64')}` }
const STAGING = 'u_people_import'
let mapId = ''

/** A table as the dictionary declares it (sys_db_object + sys_dictionary), the way an app's table arrives. */
function defineTable(name: string, superClass: string, columns: Record<string, string>): void {
    instance.run(() => {
        insert('sys_db_object', { name, label: name, super_class: superClass })
        for (const [element, label] of Object.entries(columns)) insert('sys_dictionary', { name, element, column_label: label, internal_type: 'string', max_length: 100 })
    })
}

function entry(values: Record<string, string | boolean>): string {
    return insert('sys_transform_entry', { map: mapId, source_table: STAGING, target_table: 'sys_user', ...values })
}

function script(when: string, body: string, order = 100): string {
    return insert('sys_transform_script', { map: mapId, when, script: body, order, active: true })
}

beforeAll(async () => {
    instance = freshInstance()
    ensureAdmin(instance, password)
    defineTable(STAGING, 'sys_import_set_row', { u_login: 'Login', u_mail: 'Mail', u_first: 'First name', u_dept: 'Department', u_manager: 'Manager' })
    instance.run(() => {
        insert('sys_user', { user_name: 'import.plain', user_password: 'plain password 1' })
        insert('sys_user', { user_name: 'boss', first_name: 'Big', last_name: 'Boss', email: 'boss@example.com' })
        insert('cmn_department', { name: 'Finance' })
        mapId = insert('sys_transform_map', { name: 'People', source_table: STAGING, target_table: 'sys_user', active: true, run_business_rules: true, order: 100 })
        entry({ source_field: 'u_mail', target_field: 'email', coalesce: true })
        entry({ source_field: 'u_login', target_field: 'user_name' })
        entry({ source_field: 'u_first', target_field: 'first_name' })
        entry({ source_field: 'u_dept', target_field: 'department', choice_action: 'create' })
        entry({ source_field: 'u_manager', target_field: 'manager', reference_value_field: 'user_name', choice_action: 'reject' })
        script('onBefore', "if (source.getValue('u_first') == 'skip') { ignore = true; status_message = 'skipped on purpose: ' + action; }")
        script('onBefore', "if (source.getValue('u_first') == 'halt') { error = true; error_message = 'halted by onBefore'; }", 200)
        script('onAfter', "if (action == 'update') status_message = 'updated ' + target.getValue('user_name');")
    })
    server = await startServer(instance, { port: 0 })
})
afterAll(async () => {
    await server.close()
    instance.close()
})

async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = admin) {
    const res = await fetch(server.url + path, {
        method,
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...headers },
    })
    const text = await res.text()
    return { status: res.status, json: (text ? JSON.parse(text) : null) as Record<string, unknown> }
}

interface Entry {
    transform_map: string
    table: string
    display_name: string
    display_value: string
    record_link: string
    status: string
    sys_id: string
    status_message?: string
    error_message?: string
}

const resultOf = (json: Record<string, unknown>) => (json.result as Entry[])[0]
const count = (table: string, query = '') => instance.run(() => rows(table, query).length)

describe('Import Set API: POST /now/import/{stagingTableName}', () => {
    test('a row is staged and transformed: inserted, then coalesced on email case-insensitively and updated', async () => {
        const first = await call('POST', `/api/now/import/${STAGING}`, { u_login: 'ada', u_mail: 'ada@example.com', u_first: 'Ada' })
        expect(first.status).toBe(201)
        expect(first.json).toMatchObject({ staging_table: STAGING })
        expect(String(first.json.import_set)).toMatch(/^ISET\d{7}$/)
        const inserted = resultOf(first.json)
        expect(inserted).toMatchObject({ transform_map: 'People', table: 'sys_user', status: 'inserted' })
        expect(inserted.record_link).toBe(`${server.url}/api/now/table/sys_user/${inserted.sys_id}`)
        expect(inserted.display_name).toBe(instance.store.schema.table('sys_user').displayField)
        const again = await call('POST', `/api/now/v1/import/${STAGING}`, { u_login: 'ada', u_mail: 'ADA@Example.com', u_first: 'Augusta' })
        const updated = resultOf(again.json)
        expect(updated).toMatchObject({ status: 'updated', sys_id: inserted.sys_id, status_message: 'updated ada' })
        expect(count('sys_user', 'user_name=ada')).toBe(1)
        expect(instance.run(() => rows('sys_user', 'user_name=ada')[0].getValue('first_name'))).toBe('Augusta')
    })

    test('GET /now/import/{table}/{sys_id} returns the staging row\'s transformation result; an unknown row is 404', async () => {
        await call('POST', `/api/now/import/${STAGING}`, { u_login: 'grace', u_mail: 'grace@example.com', u_first: 'Grace' })
        const row = instance.run(() => rows(STAGING, 'u_login=grace')[0])
        const got = await call('GET', `/api/now/import/${STAGING}/${row.getUniqueValue()}`)
        expect(got.status).toBe(200)
        expect(resultOf(got.json)).toMatchObject({ transform_map: 'People', table: 'sys_user', status: 'inserted', sys_id: row.getValue('sys_target_sys_id') })
        const missing = await call('GET', `/api/now/import/${STAGING}/0123456789abcdef0123456789abcdef`)
        expect(missing.status).toBe(404)
        expect(missing.json).toMatchObject({ status: 'failure', error: { message: 'No Record found' } })
    })

    test('onBefore ignore skips the row with its status_message; the script sees action', async () => {
        const r = await call('POST', `/api/now/import/${STAGING}`, { u_login: 'nobody', u_mail: 'nobody@example.com', u_first: 'skip' })
        expect(resultOf(r.json)).toMatchObject({ status: 'ignored', status_message: 'skipped on purpose: insert' })
        expect(count('sys_user', 'user_name=nobody')).toBe(0)
        expect(instance.run(() => rows(STAGING, 'u_login=nobody')[0].getValue('sys_import_state'))).toBe('ignored')
    })

    test('empty coalesce values: the row is ignored unless "Create new record on empty coalesce fields"', async () => {
        const r = await call('POST', `/api/now/import/${STAGING}`, { u_login: 'nomail', u_first: 'No mail' })
        expect(resultOf(r.json).status).toBe('ignored')
        expect(count('sys_user', 'user_name=nomail')).toBe(0)
        instance.run(() => {
            const map = new GlideRecord('sys_transform_map')
            map.get(mapId)
            map.setValue('create_new_record_on_empty_coalesce_fields', true)
            map.update()
        })
        try {
            const created = await call('POST', `/api/now/import/${STAGING}`, { u_login: 'nomail', u_first: 'No mail' })
            expect(resultOf(created.json).status).toBe('inserted')
        } finally {
            instance.run(() => {
                const map = new GlideRecord('sys_transform_map')
                map.get(mapId)
                map.setValue('create_new_record_on_empty_coalesce_fields', false)
                map.update()
            })
        }
    })

    test('references resolve by the Referenced value field name; reject skips the whole row and writes nothing', async () => {
        const ok = await call('POST', `/api/now/import/${STAGING}`, { u_login: 'linus', u_mail: 'linus@example.com', u_manager: 'boss', u_dept: 'Finance' })
        expect(resultOf(ok.json).status).toBe('inserted')
        const linus = instance.run(() => {
            const gr = rows('sys_user', 'user_name=linus')[0]
            return { manager: gr.getValue('manager'), department: gr.getDisplayValue('department') }
        })
        expect(linus).toEqual({ manager: instance.run(() => rows('sys_user', 'user_name=boss')[0].getUniqueValue()), department: 'Finance' })
        const users = count('sys_user')
        // The department would be created (choice action create) before the manager rejects the row: it is not.
        const bad = await call('POST', `/api/now/import/${STAGING}`, { u_login: 'orphan', u_mail: 'orphan@example.com', u_dept: 'Research', u_manager: 'no.such.boss' })
        const entry = resultOf(bad.json)
        expect(entry.status).toBe('error')
        expect(entry.error_message).toContain('no.such.boss')
        expect(count('sys_user')).toBe(users)
        expect(count('cmn_department', 'name=Research')).toBe(0)
        const row = instance.run(() => rows(STAGING, 'u_login=orphan')[0])
        expect(row.getValue('sys_import_state')).toBe('error')
        expect(row.getValue('sys_import_state_comment')).toContain('no.such.boss')
    })

    test('a sys_id-shaped value is a reference by sys_id only: a record named so is found by its display value, and its own sys_id stored', async () => {
        // get(value) falls back to a record whose name is the value: taken as "a sys_id", the value itself was stored.
        const named = 'abcdef0123456789abcdef0123456789'
        const dept = instance.run(() => insert('cmn_department', { name: named }))
        const res = await call('POST', `/api/now/import/${STAGING}`, { u_login: 'hexdept', u_mail: 'hexdept@example.com', u_dept: named })
        expect(resultOf(res.json).status).toBe('inserted')
        expect(instance.run(() => rows('sys_user', 'user_name=hexdept')[0].getValue('department'))).toBe(dept)
        // A real sys_id is taken as it is.
        const again = await call('POST', `/api/now/import/${STAGING}`, { u_login: 'iddept', u_mail: 'iddept@example.com', u_dept: dept })
        expect(resultOf(again.json).status).toBe('inserted')
        expect(instance.run(() => rows('sys_user', 'user_name=iddept')[0].getValue('department'))).toBe(dept)
    })

    test('a reference by sys_id is read as the transform reads it: a record a before-query rule hides is not found by its sys_id', async () => {
        // "before query" business rules restrict every GlideRecord query of their table; the transform's lookup is one.
        const hidden = instance.run(() => insert('cmn_department', { name: 'Hidden lab' }))
        const ruleId = instance.run(() =>
            insert('sys_script', { name: 'Hide labs', collection: 'cmn_department', when: 'before', action_query: true, active: true, script: "current.addQuery('name', 'DOES NOT CONTAIN', 'Hidden');" }),
        )
        try {
            const res = await call('POST', `/api/now/import/${STAGING}`, { u_login: 'hiddendept', u_mail: 'hiddendept@example.com', u_dept: hidden })
            expect(resultOf(res.json).status).toBe('inserted')
            // Not the hidden record: the value is taken as a name (choice action "create" makes a department of that name).
            const dept = instance.run(() => rows('sys_user', 'user_name=hiddendept')[0].getValue('department'))
            expect(dept).not.toBe(hidden)
            expect(instance.run(() => rows('cmn_department', `sys_id=${dept}`)[0].getValue('name'))).toBe(hidden)
        } finally {
            instance.run(() => {
                const rule = new GlideRecord('sys_script')
                if (rule.get(ruleId)) rule.deleteRecord()
            })
        }
    })

    test('a reference by sys_id is to a record of the referenced table or a table extending it, not of a sibling stored alongside', async () => {
        instance.run(() => {
            insert('sys_db_object', { name: 'u_thing', label: 'Thing' })
            insert('sys_dictionary', { name: 'u_thing', element: 'name', column_label: 'Name', internal_type: 'string', max_length: 100 })
            insert('sys_db_object', { name: 'u_thing_a', label: 'Thing A', super_class: 'u_thing' })
            insert('sys_db_object', { name: 'u_thing_b', label: 'Thing B', super_class: 'u_thing' })
            insert('sys_dictionary', { name: 'sys_user', element: 'u_thing', column_label: 'Thing', internal_type: 'reference', reference: 'u_thing_a' })
            insert('sys_dictionary', { name: STAGING, element: 'u_thing', column_label: 'Thing', internal_type: 'string', max_length: 100 })
            entry({ source_field: 'u_thing', target_field: 'u_thing', choice_action: 'reject' })
        })
        const [a, b] = instance.run(() => [insert('u_thing_a', { name: 'ay' }), insert('u_thing_b', { name: 'bee' })])
        const ok = await call('POST', `/api/now/import/${STAGING}`, { u_login: 'thing.a', u_mail: 'thing.a@example.com', u_thing: a })
        expect(resultOf(ok.json).status).toBe('inserted')
        expect(instance.run(() => rows('sys_user', 'user_name=thing.a')[0].getValue('u_thing'))).toBe(a)
        // B's row is in the same physical table, but B is no u_thing_a: not found by sys_id nor by name, so rejected.
        const bad = await call('POST', `/api/now/import/${STAGING}`, { u_login: 'thing.b', u_mail: 'thing.b@example.com', u_thing: b })
        expect(resultOf(bad.json).status).toBe('error')
        expect(count('sys_user', 'user_name=thing.b')).toBe(0)
    })

    test('bad input: unknown or non-import tables, bad JSON and ACL refusals get the platform error shape and write nothing', async () => {
        const sets = count('sys_import_set')
        const unknown = await call('POST', '/api/now/import/u_no_such_table', { a: '1' })
        expect(unknown.status).toBe(400)
        expect(unknown.json).toEqual({ error: { message: 'Invalid table u_no_such_table', detail: expect.any(String) }, status: 'failure' })
        const notStaging = await call('POST', '/api/now/import/sys_user', { user_name: 'sneaky' })
        expect(notStaging.status).toBe(400)
        expect(count('sys_user', 'user_name=sneaky')).toBe(0)
        const badJson = await call('POST', `/api/now/import/${STAGING}`, '{"u_login": ')
        expect(badJson.status).toBe(400)
        expect(badJson.json).toMatchObject({ status: 'failure', error: { message: 'Exception while reading request' } })
        // "ACLs defined on tables are still enforced": no ACL grants a plain user the staging table.
        const denied = await call('POST', `/api/now/import/${STAGING}`, { u_login: 'x', u_mail: 'x@example.com' }, plain)
        expect(denied.status).toBe(403)
        expect(count('sys_import_set')).toBe(sets)
        expect(count('sys_user', 'user_name=x')).toBe(0)
    })
})

describe('Import Set API: insertMultiple', () => {
    test('records keyed by column label, an import set and a multi import set; transformed asynchronously', async () => {
        const r = await call('POST', `/api/now/import/${STAGING}/insertMultiple`, {
            records: [
                { Login: 'multi.one', Mail: 'multi.one@example.com', 'First name': 'One' },
                { Login: 'multi.two', Mail: 'multi.two@example.com', 'First name': 'Two' },
            ],
        })
        expect(r.status).toBe(201)
        expect(Object.keys(r.json).sort()).toEqual(['import_set_id', 'multi_import_set_id'])
        const staged = instance.run(() => rows(STAGING, `sys_import_set=${String(r.json.import_set_id)}`))
        expect(staged.map((s) => s.getValue('u_login')).sort()).toEqual(['multi.one', 'multi.two'])
        instance.drain()
        expect(count('sys_user', 'user_nameSTARTSWITHmulti.')).toBe(2)
        expect(instance.run(() => rows(STAGING, `sys_import_set=${String(r.json.import_set_id)}`).map((s) => s.getValue('sys_import_state')))).toEqual(['inserted', 'inserted'])
    })
})

describe('CSV loads', () => {
    test('sys_import.do takes a CSV file and transforms it after load; bad rows are reported per line', async () => {
        const csv = 'Login,Mail,First name,Manager\ncsv.one,csv.one@example.com,One,boss\ncsv.two,csv.two@example.com,Two,ghost\ncsv.three,csv.three@example.com,skip,\n'
        const form = new FormData()
        form.append('file', new Blob([csv], { type: 'text/csv' }), 'people.csv')
        const res = await fetch(`${server.url}/sys_import.do?sysparm_import_set_tablename=${STAGING}&sysparm_transform_after_load=true`, { method: 'POST', body: form, headers: admin })
        expect(res.status).toBe(200)
        const body = (await res.json()) as { rows: number; inserted: number; errors: number; ignored: number; problems: Array<{ line: number; state: string; message: string }> }
        expect(body).toMatchObject({ rows: 3, inserted: 1, errors: 1, ignored: 1 })
        expect(body.problems.map((p) => [p.line, p.state])).toEqual([
            [3, 'error'],
            [4, 'ignored'],
        ])
        expect(body.problems[0].message).toContain('ghost')
        expect(count('sys_user', 'user_nameSTARTSWITHcsv.')).toBe(1)
    })

    test('a file that is not CSV is refused with the line at fault, and nothing is loaded', async () => {
        const before = databaseChecksum(instance)
        const csv = 'Login,Mail\nok,ok@example.com\n"unclosed,quote@example.com\n'
        const form = new FormData()
        form.append('file', new Blob([csv], { type: 'text/csv' }), 'broken.csv')
        const res = await fetch(`${server.url}/sys_import.do?sysparm_import_set_tablename=${STAGING}&sysparm_transform_after_load=true`, { method: 'POST', body: form, headers: admin })
        expect(res.status).toBe(400)
        const body = (await res.json()) as { error: { message: string; detail: string } }
        expect(body.error.message).toBe('Invalid CSV file')
        expect(body.error.detail).toMatch(/line/i)
        expect(databaseChecksum(instance)).toBe(before)
    })

    test('onBefore error halts the transformation: later rows stay pending', () => {
        const report = instance.run(() => loadCsv(instance, STAGING, 'u_login,u_mail,u_first\nh.one,h.one@example.com,One\nh.two,h.two@example.com,halt\nh.three,h.three@example.com,Three\n'))
        expect(report.transform?.halted).toBe('halted by onBefore')
        const states = instance.run(() => rows(STAGING, `sys_import_set=${report.importSet}^ORDERBYsys_import_row`).map((r) => r.getValue('sys_import_state')))
        expect(states).toEqual(['inserted', 'error', 'pending'])
        expect(count('sys_user', 'user_name=h.three')).toBe(0)
        const run = instance.run(() => rows('sys_import_set_run', `set=${report.importSet}`)[0])
        expect(run.getValue('state')).toBe('cancelled')
    })
})

describe('transform scripts compiled once per import', () => {
    const RESET_STAGING = 'u_reset_import'
    let resetMap = ''
    beforeAll(() => {
        defineTable(RESET_STAGING, 'sys_import_set_row', { u_mail: 'Mail', u_first: 'First name' })
        instance.run(() => {
            resetMap = insert('sys_transform_map', { name: 'Reset people', source_table: RESET_STAGING, target_table: 'sys_user', active: true, run_business_rules: true, order: 100 })
            insert('sys_transform_entry', { map: resetMap, source_table: RESET_STAGING, target_table: 'sys_user', source_field: 'u_mail', target_field: 'email', coalesce: true })
            insert('sys_transform_entry', { map: resetMap, source_table: RESET_STAGING, target_table: 'sys_user', source_field: 'u_first', target_field: 'first_name', use_source_script: true, source_script: "answer = source.getValue('u_first') + ' (' + typeof Imp7Marker + ')';" })
            // The first row writes a global script include: the script engine is reset (its sandbox replaced), and a
            // global include is reachable by its bare name from global code only in a sandbox built after it exists.
            insert('sys_transform_script', {
                map: resetMap,
                when: 'onBefore',
                order: 100,
                active: true,
                script:
                    "if (source.getValue('u_first') == 'define') { var inc = new GlideRecord('sys_script_include'); inc.initialize(); inc.setValue('name', 'Imp7Marker'); inc.setValue('api_name', 'global.Imp7Marker'); inc.setValue('active', true); inc.setValue('script', 'var Imp7Marker = function () {};'); inc.insert(); } else { status_message = typeof Imp7Marker; }",
            })
        })
    })

    test('a row that resets the script engine: the later rows run their scripts compiled again, in the new sandbox', () => {
        const spy = jest.spyOn(instance.scripts, 'compile')
        try {
            const report = instance.run(() => loadCsv(instance, RESET_STAGING, 'u_mail,u_first\nr.one@example.com,define\nr.two@example.com,Two\nr.three@example.com,Three\n'))
            expect(report.transform).toMatchObject({ inserted: 3, errors: 0 })
            const staged = instance.run(() => rows(RESET_STAGING, `sys_import_set=${report.importSet}^ORDERBYsys_import_row`).map((r) => r.getValue('sys_import_state_comment')))
            expect(staged).toEqual([null, 'function', 'function'])
            const names = instance.run(() => rows('sys_user', 'emailSTARTSWITHr.^ORDERBYemail').map((r) => r.getValue('first_name')))
            expect(names).toEqual(['define (function)', 'Three (function)', 'Two (function)'])
            // The map's scripts are compiled when first run after a reset, not once per row: the onBefore script
            // before the reset and again after it, the source script (first run after the reset) once.
            const transformCompiles = spy.mock.calls.map((c) => String(c[2])).filter((label) => label.startsWith('sys_transform_'))
            expect(transformCompiles.length).toBe(3)
        } finally {
            spy.mockRestore()
        }
    })
})

describe("a row's target write and its rules: one transaction, the row's", () => {
    // "a row that fails leaves nothing behind" (importer.ts): the target write's failure makes the row an error and
    // rolls back the row's transaction, which also undoes what the write's rules wrote. The write itself then
    // opens no savepoint of its own, even when its rules write other records (Store.joinedInsert `covered`).
    const RULED_STAGING = 'u_ruled_import'
    beforeAll(() => {
        defineTable(RULED_STAGING, 'sys_import_set_row', { u_code: 'Code', u_note: 'Note' })
        instance.run(() => {
            instance.store.defineTables(
                [{ name: 'u_ruled_target', label: 'Ruled target', columns: { u_code: { type: 'string' }, u_note: { type: 'string' }, u_count: { type: 'integer' } } }],
                'global',
            )
            const map = insert('sys_transform_map', { name: 'Ruled', source_table: RULED_STAGING, target_table: 'u_ruled_target', active: true, run_business_rules: true, order: 100 })
            insert('sys_transform_entry', { map, source_table: RULED_STAGING, target_table: 'u_ruled_target', source_field: 'u_code', target_field: 'u_code', coalesce: true })
            insert('sys_transform_entry', { map, source_table: RULED_STAGING, target_table: 'u_ruled_target', source_field: 'u_note', target_field: 'u_note' })
            const note = (when: string) =>
                `var d = new GlideRecord('cmn_department'); d.initialize(); d.setValue('name', '${when} ' + current.getValue('u_code') + ' ' + current.getValue('u_note')); d.insert();`
            // Before the write: a record of it elsewhere, then an abort (note "abort") or a value the column refuses (note "bad").
            const before = `${note('before')} if (current.getValue('u_note') == 'abort') current.setAbortAction(true); if (current.getValue('u_note') == 'bad') current.setValue('u_count', 'many');`
            const fields = { collection: 'u_ruled_target', action_insert: true, action_update: true, active: true, order: 100 }
            insert('sys_script', { name: 'ruled before', when: 'before', script: before, ...fields })
            insert('sys_script', { name: 'ruled after', when: 'after', script: note('after'), ...fields })
        })
    })

    const departments = () => instance.run(() => rows('cmn_department', 'nameSTARTSWITHbefore ^ORnameSTARTSWITHafter ^ORDERBYname').map((r) => r.getValue('name')))

    test("an aborted or refused target write rolls back the whole row with its rules' writes; the other rows are written, one savepoint each", () => {
        const first = instance.run(() => loadCsv(instance, RULED_STAGING, 'u_code,u_note\nc1,one\nc2,two\n'))
        expect(first.transform).toMatchObject({ inserted: 2, errors: 0 })
        expect(departments()).toEqual(['after c1 one', 'after c2 two', 'before c1 one', 'before c2 two'])
        const before = instance.store.savepointsOpened
        const second = instance.run(() => instance.store.batched(() => loadCsv(instance, RULED_STAGING, 'u_code,u_note\nc1,abort\nc2,again\nc3,bad\nc4,new\nc2,bad\n')))
        expect(second.transform).toMatchObject({ inserted: 1, updated: 1, errors: 3 })
        // One per row (the row's transaction: 5), none for the target writes, though their rules write; the rest are
        // the load's own writes at the batch's level (the import set and its run, inserted and updated: 4) and the
        // error rows' import log lines (3). Each target write whose rule wrote opened one more (5 of them) before.
        expect(instance.store.savepointsOpened - before).toBe(12)
        const notes = instance.run(() => rows('u_ruled_target', 'ORDERBYu_code').map((r) => `${r.getValue('u_code')}:${r.getValue('u_note')}:${r.getValue('u_count') ?? ''}`))
        expect(notes).toEqual(['c1:one:', 'c2:again:', 'c4:new:'])
        expect(departments()).toEqual(['after c1 one', 'after c2 again', 'after c2 two', 'after c4 new', 'before c1 one', 'before c2 again', 'before c2 two', 'before c4 new'])
        const staged = instance.run(() => rows(RULED_STAGING, `sys_import_set=${second.importSet}^ORDERBYsys_import_row`).map((r) => r.getValue('sys_import_state')))
        expect(staged).toEqual(['error', 'updated', 'error', 'inserted', 'error'])
    })
})
