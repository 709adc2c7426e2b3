import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { GlideRecord } from '../../src/local/glide'
import { parseUpdateXml, UpdateXmlError } from '../../src/local/install/update-xml'
import type { Instance } from '../../src/local/instance'
import { builtAppDir, freshInstance, installedInstance } from '../support/instance'
import { rows } from '../support/records'

/*
 * The app's menu and layouts install as records, as on an instance. The build writes a List as one
 * update holding the sys_ui_list and its sys_ui_list_element records, and a Form as sys_ui_form_sections
 * and sys_ui_section updates holding their records ("Each List() call generates one sys_ui_list record
 * linking the table and view, one sys_ui_list_element record per column entry", SDK list-api; "The Form
 * API creates the following ServiceNow records: sys_ui_form, sys_ui_form_section, sys_ui_section,
 * sys_ui_element, sys_ui_annotation", SDK form-api). Layouts of `default_view` reference the view whose
 * sys_id is `Default view`.
 */
let instance: Instance
let installed: Instance
beforeAll(() => {
    // One install for the tests that read what it wrote (an install takes seconds).
    installed = installedInstance()
})
afterAll(() => installed?.close())

const count = (table: string, query = '') => {
    const gr = new GlideRecord(table)
    if (query) gr.addEncodedQuery(query)
    return gr.getRowCount()
}

test('the base system has the default view every default layout references', () => {
    const fresh = freshInstance()
    try {
        fresh.run(() => {
            const view = new GlideRecord('sys_ui_view')
            expect(view.get('Default view')).toBe(true)
            expect(view.getValue('title')).toBe('Default view')
        })
    } finally {
        fresh.close()
    }
})

test('the application menu and its modules install, each module in the menu', () => {
    instance = installed
    instance.run(() => {
        const menus = rows('sys_app_application', 'title=Persona Service Management')
        expect(menus).toHaveLength(1)
        expect(menus[0].getValue('roles')).toBe('x_psm_persona.analyst')
        expect(menus[0].getValue('sys_scope')).toBe(rows('sys_scope', 'scope=x_psm_persona')[0].getUniqueValue())
        const modules = rows('sys_app_module', `application=${menus[0].getUniqueValue()}^active=true`)
        expect(modules.length).toBeGreaterThanOrEqual(12)
        const personas = modules.find((m) => m.getValue('title') === 'Personas')
        expect(personas?.getValue('name')).toBe('x_psm_persona_persona')
        expect(personas?.getValue('link_type')).toBe('LIST')
        expect(personas?.getValue('filter')).toBe('ORDERBYorder^ORDERBYname')
    })
})

test('list layouts install with their columns, on the default view', () => {
    instance = installed
    instance.run(() => {
        const lists = rows('sys_ui_list', 'nameSTARTSWITHx_psm_persona_')
        // nine for the persona, catalog, experience and change tables; eight for service management (fluent/ops/ops-admin-ui.now.ts)
        expect(lists.length).toBe(17)
        for (const list of lists) {
            expect(list.getDisplayValue('view')).toBe('Default view')
            expect(count('sys_ui_list_element', `list_id=${list.getUniqueValue()}`)).toBeGreaterThanOrEqual(4)
        }
        const persona = rows('sys_ui_list', 'name=x_psm_persona_persona')[0]
        const first = rows('sys_ui_list_element', `list_id=${persona.getUniqueValue()}^ORDERBYposition`)[0]
        expect(first.getValue('element')).toBe('name')
    })
})

test('form layouts install: form, its sections in order, their elements and annotations', () => {
    instance = installed
    instance.run(() => {
        const forms = rows('sys_ui_form', 'name=x_psm_persona_persona')
        expect(forms).toHaveLength(1)
        expect(forms[0].getDisplayValue('view')).toBe('Default view')
        const captions = rows('sys_ui_form_section', `sys_ui_form=${forms[0].getUniqueValue()}^ORDERBYposition`).map((l) => l.getDisplayValue('sys_ui_section'))
        expect(captions).toEqual(['Persona', 'Workstyle', 'Offerings', 'Members'])
        const workstyle = rows('sys_ui_section', 'name=x_psm_persona_persona^caption=Workstyle')[0]
        const elements = rows('sys_ui_element', `sys_ui_section=${workstyle.getUniqueValue()}^ORDERBYposition`)
        const annotation = elements.find((e) => e.getValue('type') === 'annotation')
        const text = new GlideRecord('sys_ui_annotation')
        expect(text.get(annotation?.getValue('element') ?? '')).toBe(true)
        expect(text.getValue('text')).toMatch(/ranks 1 \(least\) to 4 \(most\)/)
        expect(elements.map((e) => e.getValue('element'))).toEqual(expect.arrayContaining(['technology', 'mobility', '.begin_split', '.split', '.end_split']))
    })
})

test('re-installing updates the layouts in place: nothing duplicated', () => {
    instance = installed
    const tables = ['sys_app_application', 'sys_app_module', 'sys_ui_list', 'sys_ui_list_element', 'sys_ui_form', 'sys_ui_form_section', 'sys_ui_section', 'sys_ui_element', 'sys_ui_annotation']
    const before = instance.run(() => tables.map((t) => count(t)))
    instance.install(builtAppDir())
    expect(instance.run(() => tables.map((t) => count(t)))).toEqual(before)
})

describe('layout updates in update XML', () => {
    it('reads the records a layout update holds, parents after their elements as written', () => {
        const xml = `<?xml version="1.0"?><record_update><sys_ui_list table="x_t">
            <sys_ui_list_element action="INSERT_OR_UPDATE"><sys_id>e1</sys_id><list_id>l1</list_id><element>name</element><position>0</position></sys_ui_list_element>
            <sys_ui_list action="INSERT_OR_UPDATE"><sys_id>l1</sys_id><name>x_t</name><view name="NULL">Default view</view></sys_ui_list>
        </sys_ui_list></record_update>`
        const records = parseUpdateXml('update/sys_ui_list_x_t_null.xml', xml)
        expect(records.map((r) => [r.table, r.sysId])).toEqual([
            ['sys_ui_list_element', 'e1'],
            ['sys_ui_list', 'l1'],
        ])
        expect(records[1].fields.view).toBe('Default view')
    })

    it('still refuses, naming the file, an element that is neither a record nor a layout of records', () => {
        const xml = `<?xml version="1.0"?><record_update><sys_ui_list table="x_t">
            <sys_ui_list_element action="INSERT_OR_UPDATE"><sys_id>e1</sys_id></sys_ui_list_element>
            <note>no action</note>
        </sys_ui_list></record_update>`
        expect(() => parseUpdateXml('update/bad.xml', xml)).toThrow(UpdateXmlError)
        expect(() => parseUpdateXml('update/bad.xml', xml)).toThrow('update/bad.xml: <sys_ui_list> has no action attribute')
    })
})

describe('a layout update replaces the layout it holds', () => {
    const LIST = 'a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1'
    const SECTION = 'b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1'
    const column = (id: string, element: string, position: number) =>
        `<sys_ui_list_element action="INSERT_OR_UPDATE"><sys_id>${id}</sys_id><list_id>${LIST}</list_id><element>${element}</element><position>${position}</position></sys_ui_list_element>`
    const field = (id: string, element: string, position: number) =>
        `<sys_ui_element action="INSERT_OR_UPDATE"><sys_id>${id}</sys_id><sys_ui_section>${SECTION}</sys_ui_section><element>${element}</element><position>${position}</position><type/></sys_ui_element>`
    /** A build holding one list layout and one form section of sys_user, with these columns and fields. */
    function build(columns: string[], fields: string[]): string {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'psm-layout-'))
        fs.mkdirSync(path.join(dir, 'update'))
        const id = (prefix: string, i: number) => `${prefix}${String(i).padStart(31, '0')}`
        fs.writeFileSync(
            path.join(dir, 'update', 'sys_ui_list_sys_user_null.xml'),
            `<?xml version="1.0"?><record_update><sys_ui_list table="sys_user">${columns.map((c, i) => column(id('c', i), c, i)).join('')}<sys_ui_list action="INSERT_OR_UPDATE"><sys_id>${LIST}</sys_id><name>sys_user</name><view name="NULL">Default view</view></sys_ui_list></sys_ui_list></record_update>`,
        )
        fs.writeFileSync(
            path.join(dir, 'update', `sys_ui_section_${SECTION}.xml`),
            `<?xml version="1.0"?><record_update><sys_ui_section caption="User" table="sys_user">${fields.map((f, i) => field(id('e', i), f, i)).join('')}<sys_ui_section action="INSERT_OR_UPDATE"><sys_id>${SECTION}</sys_id><name>sys_user</name><caption>User</caption><view name="NULL">Default view</view></sys_ui_section></sys_ui_section></record_update>`,
        )
        return dir
    }
    const dirs: string[] = []
    afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })))

    it('drops the columns and fields a new version no longer lists, and keeps other layouts', () => {
        instance = installed
        const v1 = build(['user_name', 'name', 'email'], ['user_name', 'name', 'email'])
        const v2 = build(['user_name', 'email'], ['name'])
        dirs.push(v1, v2)
        instance.install(v1)
        const others = instance.run(() => count('sys_ui_list_element', `list_id!=${LIST}`))
        const report = instance.install(v2)
        instance.run(() => {
            expect(rows('sys_ui_list_element', `list_id=${LIST}^ORDERBYposition`).map((e) => e.getValue('element'))).toEqual(['user_name', 'email'])
            expect(rows('sys_ui_element', `sys_ui_section=${SECTION}`).map((e) => e.getValue('element'))).toEqual(['name'])
            expect(count('sys_ui_list_element', `list_id!=${LIST}`)).toBe(others)
        })
        // v2 reuses v1's first ids for other elements: 1 column and 2 fields are gone.
        expect(report.deleted).toBe(3)
    })
})
