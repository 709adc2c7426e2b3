/**
 * Consistency of the base-table declarations the local instance turns into its dictionary
 * (src/local/base). Platform facts checked here (change states, task hierarchy, catalog user
 * criteria tables) are those of a real instance; the docs page "State model and transitions"
 * (Change Management) gives the change_request state values.
 */
import { BASE_TABLES } from '../../src/local/base/tables'
import { orderedChoices, SYSTEM_COLUMN_NAMES, titleCase, type ColumnDecl, type TableDecl } from '../../src/local/base/table-decl'

const byName = new Map<string, TableDecl>(BASE_TABLES.map((t) => [t.name, t]))

function table(name: string): TableDecl {
    const t = byName.get(name)
    if (!t) throw new Error(`${name} is not declared`)
    return t
}

/** The table and its ancestors, most specific first. */
function ancestry(name: string): TableDecl[] {
    const out: TableDecl[] = []
    for (let t: TableDecl | undefined = table(name); t; t = t.extends ? byName.get(t.extends) : undefined) out.push(t)
    return out
}

/** The column as a record of `name` sees it: its own declaration, else the nearest ancestor's. */
function resolvedColumn(tableName: string, column: string): ColumnDecl | undefined {
    for (const t of ancestry(tableName)) if (t.columns[column]) return t.columns[column]
    return undefined
}

const allColumns = BASE_TABLES.flatMap((t) => Object.entries(t.columns).map(([name, column]) => ({ table: t.name, name, column })))

/** Internal types a real instance's sys_glide_object knows, limited to those used or expected here. */
const PLATFORM_TYPES = new Set([
    'string', 'integer', 'boolean', 'decimal', 'float', 'currency', 'price', 'reference', 'glide_list', 'document_id',
    'table_name', 'field_name', 'field_list', 'short_table_name', 'sys_class_name', 'GUID', 'choice', 'radio',
    'glide_date_time', 'glide_date', 'glide_time', 'glide_utc_time', 'glide_duration', 'due_date',
    'script', 'script_plain', 'conditions', 'html', 'html_script', 'email_script', 'translated_text', 'translated_field',
    'translated_html', 'journal', 'journal_input', 'journal_list', 'email', 'url', 'ph_number', 'password', 'password2',
    'user_roles', 'user_image', 'image', 'version', 'multi_two_lines', 'json', 'workflow', 'sysevent_name',
    'day_of_week', 'days_of_week', 'week_of_month', 'month_of_year',
])

describe('base table declarations', () => {
    test('table names are unique, lower-case platform names', () => {
        const names = BASE_TABLES.map((t) => t.name)
        expect(new Set(names).size).toBe(names.length)
        for (const n of names) expect(n).toMatch(/^[a-z][a-z0-9_]*$/)
    })

    test('every table has a label and column names are platform element names', () => {
        for (const t of BASE_TABLES) {
            expect(t.label.trim()).not.toBe('')
            for (const c of Object.keys(t.columns)) expect(`${t.name}.${c}`).toMatch(/^[a-z0-9_]+\.[a-z][a-z0-9_]*$/)
        }
    })

    test('the dictionary tables come first, so the dictionary describes itself', () => {
        expect(BASE_TABLES.slice(0, 4).map((t) => t.name)).toEqual(['sys_db_object', 'sys_dictionary', 'sys_glide_object', 'sys_choice'])
        for (const meta of ['sys_documentation', 'sys_number', 'sys_scope', 'sys_app']) {
            expect(BASE_TABLES.findIndex((t) => t.name === meta)).toBeLessThan(BASE_TABLES.findIndex((t) => t.name === 'sys_user'))
        }
        expect(Object.keys(table('sys_dictionary').columns)).toEqual(
            expect.arrayContaining(['name', 'element', 'internal_type', 'column_label', 'reference', 'max_length', 'default_value', 'mandatory', 'unique', 'display', 'read_only', 'active', 'choice', 'attributes', 'reference_cascade_rule', 'sys_scope']),
        )
        expect(Object.keys(table('sys_choice').columns)).toEqual(expect.arrayContaining(['name', 'element', 'value', 'label', 'sequence', 'inactive', 'language', 'dependent_value']))
        expect(Object.keys(table('sys_db_object').columns)).toEqual(expect.arrayContaining(['name', 'label', 'super_class', 'is_extendable', 'number_ref', 'sys_scope']))
    })

    test('every extends names a table declared earlier, and the hierarchy has no cycle', () => {
        BASE_TABLES.forEach((t, i) => {
            if (!t.extends) return
            const parent = BASE_TABLES.findIndex((p) => p.name === t.extends)
            expect({ table: t.name, parentDeclaredBefore: parent >= 0 && parent < i }).toEqual({ table: t.name, parentDeclaredBefore: true })
            expect(table(t.extends).extensible).toBe(true)
        })
        for (const t of BASE_TABLES) expect(ancestry(t.name).length).toBeLessThanOrEqual(BASE_TABLES.length)
    })

    test('every reference names a declared table', () => {
        const dangling = allColumns.filter(({ column }) => column.reference !== undefined && !byName.has(column.reference)).map(({ table: t, name, column }) => `${t}.${name} -> ${column.reference}`)
        expect(dangling).toEqual([])
    })

    test('reference columns say what they reference, and only list-like columns carry one', () => {
        for (const { table: t, name, column } of allColumns) {
            if (column.type === 'reference') expect({ column: `${t}.${name}`, reference: column.reference ?? '' }).not.toEqual({ column: `${t}.${name}`, reference: '' })
            if (column.reference !== undefined) expect(['reference', 'glide_list']).toContain(column.type)
            if (column.referenceKey !== undefined) expect(column.type).toBe('reference')
        }
    })

    test('no table declares a system column', () => {
        const offenders = allColumns.filter(({ name }) => SYSTEM_COLUMN_NAMES.includes(name)).map(({ table: t, name }) => `${t}.${name}`)
        expect(offenders).toEqual([])
    })

    test('every internal type is one the platform has', () => {
        const unknown = allColumns.filter(({ column }) => !PLATFORM_TYPES.has(column.type)).map(({ table: t, name, column }) => `${t}.${name}: ${column.type}`)
        expect(unknown).toEqual([])
    })

    test('a column repeated on a subclass is an override: same type as the ancestor column', () => {
        for (const t of BASE_TABLES) {
            if (!t.extends) continue
            for (const [name, column] of Object.entries(t.columns)) {
                const inherited = resolvedColumn(t.extends, name)
                if (inherited) expect({ column: `${t.name}.${name}`, type: column.type }).toEqual({ column: `${t.name}.${name}`, type: inherited.type })
            }
        }
    })

    test('each table has at most one display column, counting the ones it inherits', () => {
        for (const t of BASE_TABLES) {
            const display = ancestry(t.name).flatMap((a) => Object.entries(a.columns).filter(([, c]) => c.display).map(([n]) => n))
            expect({ table: t.name, display: new Set(display).size <= 1 }).toEqual({ table: t.name, display: true })
        }
    })

    test('a literal default of a choice column is one of its choices, and boolean defaults are true/false', () => {
        // The platform's own exception: offset_type defaults to 0, the '-- None --' of its dropdown.
        const noneDefaults = new Set(['sysauto.offset_type'])
        for (const { table: t, name, column } of allColumns) {
            if (column.default === undefined || column.default.startsWith('javascript:') || noneDefaults.has(`${t}.${name}`)) continue
            if (column.type === 'boolean') expect(['true', 'false']).toContain(column.default)
            const choices = column.choices ?? resolvedColumn(t, name)?.choices
            if (choices) expect({ column: `${t}.${name}`, default: column.default, valid: column.default in choices }).toEqual({ column: `${t}.${name}`, default: column.default, valid: true })
        }
    })

    test('choice lists have non-empty labels and integer columns have integer values', () => {
        for (const { table: t, name, column } of allColumns) {
            if (!column.choices) continue
            const entries = Object.entries(column.choices)
            expect(entries.length).toBeGreaterThan(0)
            for (const [value, label] of entries) {
                expect(label.trim()).not.toBe('')
                if (column.type === 'integer') expect(`${t}.${name}=${value}`).toMatch(/=-?\d+$/)
            }
        }
    })

    test('numbered tables have a number column and distinct prefixes', () => {
        const numbered = BASE_TABLES.filter((t) => t.numberPrefix)
        for (const t of numbered) expect(resolvedColumn(t.name, 'number')).toBeDefined()
        expect(Object.fromEntries(numbered.map((t) => [t.name, t.numberPrefix]))).toEqual({ task: 'TASK', change_request: 'CHG', sc_request: 'REQ', sc_req_item: 'RITM', sc_task: 'SCTASK', sys_import_set: 'ISET', cmdb_ci_outage: 'OUT', problem: 'PRB', incident: 'INC' })
    })

    test('labels default to the Title Case of the column name', () => {
        expect(titleCase('short_description')).toBe('Short Description')
        expect(titleCase('sys_user_role')).toBe('Sys User Role')
    })
})

describe('platform facts', () => {
    test('change_request, sc_request and sc_req_item extend task; task is extensible and numbered', () => {
        expect(table('change_request').extends).toBe('task')
        expect(table('sc_request').extends).toBe('task')
        expect(table('sc_req_item').extends).toBe('task')
        expect(table('task').extensible).toBe(true)
        expect(table('task').extends).toBeUndefined()
    })

    test('change_request overrides task.state with the change state model, in display order', () => {
        const state = table('change_request').columns.state
        expect(state.type).toBe('integer')
        expect(table('task').columns.state.type).toBe('integer')
        expect(state.default).toBe('-5')
        expect(orderedChoices(state).map((c) => [c.value, c.label])).toEqual([
            ['-5', 'New'],
            ['-4', 'Assess'],
            ['-3', 'Authorize'],
            ['-2', 'Scheduled'],
            ['-1', 'Implement'],
            ['0', 'Review'],
            ['3', 'Closed'],
            ['4', 'Canceled'],
        ])
    })

    test('task keeps the generic task states', () => {
        expect(orderedChoices(table('task').columns.state).map((c) => [c.value, c.label])).toEqual([
            ['-5', 'Pending'],
            ['1', 'Open'],
            ['2', 'Work in Progress'],
            ['3', 'Closed Complete'],
            ['4', 'Closed Incomplete'],
            ['7', 'Closed Skipped'],
        ])
    })

    test('change_request risk and type use the platform values', () => {
        const cr = table('change_request').columns
        expect(orderedChoices(cr.risk).map((c) => [c.value, c.label])).toEqual([
            ['1', 'Very High'],
            ['2', 'High'],
            ['3', 'Moderate'],
            ['4', 'Low'],
        ])
        expect(Object.keys(cr.type.choices ?? {}).sort()).toEqual(['emergency', 'normal', 'standard'])
        expect(cr.requested_by.reference).toBe('sys_user')
    })

    test('catalog items are restricted through the user criteria many-to-many tables', () => {
        for (const m2m of ['sc_cat_item_user_criteria_mtom', 'sc_cat_item_user_criteria_no_mtom']) {
            const cols = table(m2m).columns
            expect(cols.sc_cat_item).toMatchObject({ type: 'reference', reference: 'sc_cat_item' })
            expect(cols.user_criteria).toMatchObject({ type: 'reference', reference: 'user_criteria' })
        }
        const criteria = table('user_criteria').columns
        for (const [col, target] of Object.entries({ user: 'sys_user', group: 'sys_user_group', role: 'sys_user_role', department: 'cmn_department', location: 'cmn_location', company: 'core_company' })) {
            expect(criteria[col]).toMatchObject({ type: 'glide_list', reference: target })
        }
        expect(criteria.match_all.default).toBe('false')
        expect(table('sc_cat_item').extensible).toBe(true)
    })

    test('sc_req_item links its request and catalog item, quantity defaulting to 1', () => {
        const ritm = table('sc_req_item').columns
        expect(ritm.request.reference).toBe('sc_request')
        expect(ritm.cat_item.reference).toBe('sc_cat_item')
        expect(ritm.quantity).toMatchObject({ type: 'integer', default: '1' })
    })

    test('the application hierarchy is sys_package > sys_scope > sys_app', () => {
        expect(ancestry('sys_app').map((t) => t.name)).toEqual(['sys_app', 'sys_scope', 'sys_package'])
        expect(resolvedColumn('sys_app', 'scope')?.maxLength).toBe(18)
        for (const col of ['name', 'version', 'active', 'short_description', 'js_level']) expect(resolvedColumn('sys_app', col)).toBeDefined()
    })

    test('notifications and script actions are rules; scheduled scripts are scheduled jobs', () => {
        expect(table('sysevent_email_action').extends).toBe('sysrule')
        expect(table('sysevent_script_action').extends).toBe('sysrule')
        expect(table('sysauto_script').extends).toBe('sysauto')
        expect(resolvedColumn('sysevent_email_action', 'name')).toBeDefined()
        expect(resolvedColumn('sysauto_script', 'run_type')?.choices).toMatchObject({ daily: 'Daily', periodically: 'Periodically', on_demand: 'On Demand' })
    })

    test('the columns an SDK-built notification writes are all declared', () => {
        // From @servicenow/sdk-build-plugins EmailNotificationPlugin (sysevent_email_action properties).
        const written = [
            'name', 'description', 'collection', 'category', 'type', 'active', 'mandatory', 'enable_dynamic_translation',
            'generation_type', 'action_insert', 'action_update', 'event_name', 'condition', 'advanced_condition', 'item_table',
            'affected_field_on_event', 'item', 'order', 'weight', 'recipient_users', 'recipient_fields', 'recipient_groups',
            'exclude_delegates', 'subscribable', 'send_self', 'event_parm_1', 'event_parm_2', 'content_type', 'template', 'style',
            'subject', 'message', 'message_html', 'message_text', 'sms_alternate', 'importance', 'include_attachments',
            'omit_watermark', 'from', 'reply_to', 'push_message_only', 'message_list', 'force_delivery', 'digestable',
            'default_digest', 'default_interval', 'digest_type', 'digest_template', 'digest_subject', 'digest_html', 'digest_text',
            'digest_separator_html', 'digest_separator_text', 'digest_from', 'digest_reply_to', 'sys_version',
        ]
        expect(written.filter((c) => !resolvedColumn('sysevent_email_action', c))).toEqual([])
    })

    test('users, groups and roles carry the platform keys', () => {
        expect(table('sys_user').columns.user_name).toMatchObject({ unique: true, label: 'User ID' })
        expect(table('sys_user').columns.name.display).toBe(true)
        expect(table('sys_user').columns.active.default).toBe('true')
        expect(table('sys_user_has_role').columns.granted_by.reference).toBe('sys_user_group')
        expect(table('sys_user_role_contains').columns.contains.reference).toBe('sys_user_role')
        expect(table('sys_security_acl_role').columns.sys_user_role.reference).toBe('sys_user_role')
    })
})

describe('orderedChoices', () => {
    test('restores numeric order that object key enumeration loses', () => {
        const column: ColumnDecl = { type: 'integer', choices: { '-1': 'a', '0': 'b', '2': 'c', '-3': 'd' } }
        expect(Object.keys(column.choices ?? {})).toEqual(['0', '2', '-1', '-3'])
        expect(orderedChoices(column)).toEqual([
            { value: '-3', label: 'd', sequence: 1 },
            { value: '-1', label: 'a', sequence: 2 },
            { value: '0', label: 'b', sequence: 3 },
            { value: '2', label: 'c', sequence: 4 },
        ])
    })

    test('keeps the written order of non-numeric values', () => {
        const conflict = table('change_request').columns.conflict_status
        expect(orderedChoices(conflict).map((c) => c.value)).toEqual(['Not Run', 'Conflict', 'No Conflict'])
        expect(orderedChoices({ type: 'string' })).toEqual([])
    })
})
