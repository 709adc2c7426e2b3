import { readBuild, type BuildRecord } from '../../src/local/install/read-build'
import { builtAppDir } from '../support/instance'

/*
 * The platform UI admins get ships in the build: "An application menu requires two records: an
 * ApplicationMenu for the top-level entry in the navigator, and one or more Record entries in
 * sys_app_module for the child menu items. Neither works alone" (SDK application-menu-guide); "Each
 * List() call generates one sys_ui_list record linking the table and view, one sys_ui_list_element
 * record per column entry" (SDK list-api); a Form creates sys_ui_form, sys_ui_form_section,
 * sys_ui_section and sys_ui_element records (SDK form-api).
 */
let records: BuildRecord[]

beforeAll(() => {
    records = readBuild(builtAppDir())
})

const of = (table: string) => records.filter((r) => r.table === table && r.action === 'INSERT_OR_UPDATE')
const roles = (r: BuildRecord) => (r.fields.roles ?? '').split(',').filter(Boolean).sort()

/** Tables admins tune or analysts read, each with the module that lists it. */
const ADMIN_TABLES = [
    'x_psm_persona_persona',
    'x_psm_persona_scoring_rule',
    'x_psm_persona_profile',
    'x_psm_persona_offering',
    'x_psm_persona_xla',
    'x_psm_persona_feedback',
    'x_psm_persona_assignment',
    'x_psm_persona_xla_digest',
    // service management (fluent/ops/ops-admin-ui.now.ts)
    'x_psm_persona_service_capacity',
    'x_psm_persona_demand_factor',
    'x_psm_persona_availability_target',
    'x_psm_persona_incident_rule',
    'x_psm_persona_required_control',
    'x_psm_persona_outage_notice',
]

describe('application menu', () => {
    const menu = () => {
        const menus = of('sys_app_application')
        expect(menus).toHaveLength(1)
        return menus[0]
    }

    it('is one active menu of the app, for analysts (admins contain the analyst role)', () => {
        expect(menu().fields).toMatchObject({ title: 'Persona Service Management', active: 'true', roles: 'x_psm_persona.analyst' })
        expect(menu().loadWhen).toBe('always')
    })

    it('has an active list module, in the menu, for every table admins work in', () => {
        const modules = of('sys_app_module').filter((m) => m.fields.application === menu().sysId)
        for (const table of ADMIN_TABLES) {
            const lists = modules.filter((m) => m.fields.link_type === 'LIST' && m.fields.name === table)
            expect({ table, found: lists.length > 0 }).toEqual({ table, found: true })
            for (const m of lists) expect(m.fields.active).toBe('true')
        }
        // No module outside a menu: "orphaned modules will not appear in the navigator".
        expect(of('sys_app_module').filter((m) => m.fields.application !== menu().sysId)).toEqual([])
    })

    it('orders every list module by a sensible column (an ORDERBY in its filter)', () => {
        const lists = of('sys_app_module').filter((m) => m.fields.link_type === 'LIST')
        for (const m of lists) expect({ title: m.fields.title, filter: m.fields.filter }).toEqual({ title: m.fields.title, filter: expect.stringMatching(/ORDERBY(DESC)?\w+/) })
        const byTitle = new Map(lists.map((m) => [m.fields.title, m.fields.filter]))
        expect(byTitle.get('Personas')).toBe('ORDERBYorder^ORDERBYname')
        expect(byTitle.get('Unscored Profiles')).toBe('personaISEMPTY^ORDERBYuser')
        expect(byTitle.get('Properties')).toBe('nameSTARTSWITHx_psm_persona.^ORDERBYname')
    })

    it('gives "New" modules to app admins, the properties list to platform admins, reading modules to analysts', () => {
        const modules = of('sys_app_module')
        const expectedRoles = (m: BuildRecord) => (m.fields.name === 'sys_properties' ? ['admin'] : m.fields.link_type === 'NEW' ? ['x_psm_persona.admin'] : ['x_psm_persona.analyst'])
        for (const m of modules) {
            const expected = expectedRoles(m)
            expect({ title: m.fields.title, roles: roles(m) }).toEqual({ title: m.fields.title, roles: expected })
        }
        expect(modules.filter((m) => m.fields.link_type === 'NEW').map((m) => m.fields.name)).toEqual(['x_psm_persona_persona'])
    })

    it('groups modules under separators, in order', () => {
        const modules = of('sys_app_module').sort((a, b) => Number(a.fields.order) - Number(b.fields.order))
        expect(modules.filter((m) => m.fields.link_type === 'SEPARATOR').map((m) => m.fields.title)).toEqual(['Configuration', 'Users and Usage', 'Experience', 'Service Management'])
        expect(modules[0].fields.link_type).toBe('SEPARATOR')
    })
})

describe('list layouts', () => {
    it.each(ADMIN_TABLES)('%s has a default-view list layout whose columns exist', (table) => {
        const lists = of('sys_ui_list').filter((l) => l.fields.name === table)
        expect(lists).toHaveLength(1)
        expect(lists[0].fields.view).toBe('Default view')
        const columns = of('sys_ui_list_element')
            .filter((e) => e.fields.list_id === lists[0].sysId)
            .sort((a, b) => Number(a.fields.position) - Number(b.fields.position))
        expect(columns.length).toBeGreaterThanOrEqual(4)
        const known = new Set(['sys_created_on', 'sys_updated_on', ...of('sys_dictionary').filter((d) => d.fields.name === table).map((d) => d.fields.element)])
        for (const c of columns) expect({ table, column: c.fields.element, known: known.has(c.fields.element) }).toEqual({ table, column: c.fields.element, known: true })
    })

    it.each(['x_psm_persona_offering_service', 'x_psm_persona_item_control'])('link table %s has a list module, a list whose columns exist (a dot-walk through one of its references) and a form', (table) => {
        expect(of('sys_app_module').filter((m) => m.fields.link_type === 'LIST' && m.fields.name === table)).toHaveLength(1)
        const list = of('sys_ui_list').find((l) => l.fields.name === table)
        const dictionary = of('sys_dictionary').filter((d) => d.fields.name === table)
        const known = new Set(['sys_created_on', 'sys_updated_on', ...dictionary.map((d) => d.fields.element)])
        const references = new Set(dictionary.filter((d) => d.fields.internal_type === 'reference').map((d) => d.fields.element))
        const columns = of('sys_ui_list_element').filter((e) => e.fields.list_id === list?.sysId)
        expect(columns.length).toBeGreaterThanOrEqual(4)
        for (const c of columns) {
            const [head, ...rest] = (c.fields.element ?? '').split('.')
            expect({ column: c.fields.element, known: rest.length ? references.has(head) : known.has(head) }).toEqual({ column: c.fields.element, known: true })
        }
        expect(of('sys_ui_form').filter((f) => f.fields.name === table)).toHaveLength(1)
    })

    it('leads the persona list with its name and sums offering costs', () => {
        const elements = (table: string) => {
            const list = of('sys_ui_list').find((l) => l.fields.name === table)
            return of('sys_ui_list_element')
                .filter((e) => e.fields.list_id === list?.sysId)
                .sort((a, b) => Number(a.fields.position) - Number(b.fields.position))
        }
        expect(elements('x_psm_persona_persona')[0].fields.element).toBe('name')
        expect(elements('x_psm_persona_offering').find((e) => e.fields.element === 'monthly_cost')?.fields.sum).toBe('true')
    })
})

describe('form layouts', () => {
    const sectionsOf = (table: string) => {
        const forms = of('sys_ui_form').filter((f) => f.fields.name === table)
        expect(forms).toHaveLength(1)
        expect(forms[0].fields.view).toBe('Default view')
        return of('sys_ui_form_section')
            .filter((s) => s.fields.sys_ui_form === forms[0].sysId)
            .sort((a, b) => Number(a.fields.position) - Number(b.fields.position))
            .map((link) => {
                const section = of('sys_ui_section').find((s) => s.sysId === link.fields.sys_ui_section)
                if (!section) throw new Error(`form of ${table} links a section that does not ship: ${link.fields.sys_ui_section}`)
                return section
            })
    }
    const elementsOf = (section: BuildRecord) => of('sys_ui_element').filter((e) => e.fields.sys_ui_section === section.sysId)

    it.each(ADMIN_TABLES)('%s has a default-view form whose fields all exist', (table) => {
        const sections = sectionsOf(table)
        expect(sections.length).toBeGreaterThan(0)
        const known = new Set(of('sys_dictionary').filter((d) => d.fields.name === table).map((d) => d.fields.element))
        const fields = sections.flatMap(elementsOf).filter((e) => !e.fields.type)
        expect(fields.length).toBeGreaterThan(2)
        for (const f of fields) expect({ table, field: f.fields.element, known: known.has(f.fields.element) }).toEqual({ table, field: f.fields.element, known: true })
    })

    it('shows a persona with its workstyle, its offerings and its members', () => {
        const sections = sectionsOf('x_psm_persona_persona')
        expect(sections.map((s) => s.fields.caption)).toEqual(['Persona', 'Workstyle', 'Offerings', 'Members'])
        const lists = sections.flatMap(elementsOf).filter((e) => e.fields.type === 'list').map((e) => e.fields.element)
        expect(lists.sort()).toEqual(['12M.x_psm_persona_persona.x_psm_persona_offering.persona', '12M.x_psm_persona_persona.x_psm_persona_profile.persona'])
        const workstyle = elementsOf(sections[1]).map((e) => e.fields.element)
        for (const dim of ['technology', 'network', 'interaction', 'communication', 'mobility']) expect(workstyle).toContain(dim)
    })

    it('explains scoring thresholds on the rule form with an annotation that ships', () => {
        const section = sectionsOf('x_psm_persona_scoring_rule')[0]
        const annotations = elementsOf(section).filter((e) => e.fields.type === 'annotation')
        expect(annotations).toHaveLength(1)
        const text = of('sys_ui_annotation').find((a) => a.sysId === annotations[0].fields.element)
        expect(text?.fields.text).toMatch(/threshold/)
    })
})
