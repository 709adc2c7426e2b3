import { readBuild, type BuildRecord } from '../../src/local/install/read-build'
import type { Instance } from '../../src/local/instance'
import type { PersonaServices } from '../../src/server/catalog/portal-data'
import type { PersonaWidgetData } from '../../src/server/portal/persona-widget'
import { builtAppDir, installedInstance } from '../support/instance'
import { get, insert, personaId, update } from '../support/records'

/**
 * The Service Portal widget and page as built, and the widget's server script run in the local
 * instance: it loads the app's module by its sys_module path and shows the same persona and
 * services as the module the local portal renders from.
 */
let records: BuildRecord[]
beforeAll(() => {
    records = readBuild(builtAppDir())
})
const of = (table: string) => records.filter((r) => r.table === table && r.action === 'INSERT_OR_UPDATE')

function widget(): BuildRecord['fields'] {
    const found = of('sp_widget').filter((r) => r.fields.id === 'psm-my-persona')
    expect(found).toHaveLength(1)
    return found[0].fields
}

describe('in the build', () => {
    it('ships the "PSM My Persona" widget with a server script that only calls the app module', () => {
        const w = widget()
        expect(w.name).toBe('PSM My Persona')
        const required = /require\('([^']+)'\)/.exec(w.script)?.[1]
        expect(required).toMatch(/^x_psm_persona\/persona-service-management\/[^/]+\/src\/server\/portal\/persona-widget\.ts$/)
        const mod = of('sys_module').find((r) => r.fields.path === required)
        expect(mod?.fields.content).toContain('export function personaWidgetData')
        expect(mod?.fields.content).toMatch(/from '\.\.\/catalog\/portal-data\.ts'/)
        expect(w.script).toContain('personaWidgetData(gs.getUserID())')
    })

    it('the template binds text only (no ng-bind-html) and repeats with track by', () => {
        const w = widget()
        expect(w.template).not.toMatch(/ng-bind-html|\$sce|trustAsHtml/)
        const repeats = w.template.match(/ng-repeat="[^"]*"/g) ?? []
        expect(repeats.length).toBeGreaterThan(0)
        for (const r of repeats) expect(r).toContain('track by')
        expect(w.client_script).toMatch(/^api\.controller = function/)
    })

    it('ships the page psm_my_persona holding one instance of the widget', () => {
        const pages = of('sp_page').filter((r) => r.fields.id === 'psm_my_persona')
        expect(pages).toHaveLength(1)
        expect(pages[0].fields).toMatchObject({ title: 'My persona', public: 'false', draft: 'false' })
        const containers = of('sp_container').filter((c) => c.fields.sp_page === pages[0].sysId)
        const rows = of('sp_row').filter((r) => containers.some((c) => c.sysId === r.fields.sp_container))
        const columns = of('sp_column').filter((c) => rows.some((r) => r.sysId === c.fields.sp_row))
        const instances = of('sp_instance').filter((i) => columns.some((c) => c.sysId === i.fields.sp_column))
        const widgetId = of('sp_widget').find((r) => r.fields.id === 'psm-my-persona')?.sysId
        expect(instances.map((i) => i.fields.sp_widget)).toEqual([widgetId])
    })
})

describe('the widget server script on the installed app', () => {
    let instance: Instance
    beforeEach(() => {
        instance = installedInstance()
    })
    afterEach(() => instance.close())

    /** Runs the widget's server script as the user, as the Service Portal does, and returns its `data`. */
    function render(userId: string): { view: PersonaWidgetData | null; error: string } {
        const script = widget().script
        const data: { view: PersonaWidgetData | null; error: string } = { view: null, error: 'not run' }
        instance.runAs(userId, () => instance.scripts.compile(['data', 'input', 'options'], script, 'sp_widget PSM My Persona')(data, undefined, {}))
        return data
    }

    /** The installed portal module the local portal calls (src/local/http/portal/data.ts). */
    function portalModule(): { personaServices(userId: string): PersonaServices } {
        const path = of('sys_module').find((r) => r.fields.path.endsWith('/src/server/catalog/portal-data.ts'))?.fields.path as string
        return instance.run(() => instance.scripts.require(path, '')) as { personaServices(userId: string): PersonaServices }
    }

    it('shows a Telecommuter their persona card and exactly the services the local portal lists, with costs', () => {
        const user = insert('sys_user', { user_name: 'wanda', name: 'Wanda Widget', email: 'wanda@example.com' })
        const profile = get('x_psm_persona_profile', 'user', user).getUniqueValue()
        update('x_psm_persona_profile', profile, { devices: 10, network_gb_month: 80, team_hours_week: 8, contacts_per_day: 8, remote_pct: 90 })
        const { view, error } = render(user)
        expect(error).toBe('')
        expect(view?.userName).toBe('Wanda Widget')
        expect(view?.persona).toMatchObject({ sysId: personaId('Telecommuter'), name: 'Telecommuter', monthlyCostText: '$160.00/month' })
        expect(view?.rankings.map((r) => [r.label, r.persona])).toEqual([
            ['Technology', 3],
            ['Network', 3],
            ['Interaction', 2],
            ['Communication', 2],
            ['Virtual/Mobile', 4],
        ])
        expect(view?.rankings.every((r) => r.you !== null && r.you >= 1 && r.you <= 4)).toBe(true)
        expect(view?.explanation).toContain('Telecommuter')
        const expected = instance.runAs(user, () => portalModule().personaServices(user))
        expect(view?.services.map((s) => [s.name, s.monthlyCostText, s.bundled])).toEqual(expected.services.map((s) => [s.name, s.monthlyCostText, s.bundled]))
        expect(view?.services.map((s) => s.name)).toContain('Home Broadband Allowance')
        expect(view?.bundledMonthlyCostText).toMatch(/^\$[\d,]+\.\d\d\/month$/)
        // JSON is what the portal sends the browser: the data must survive it unchanged.
        expect(JSON.parse(JSON.stringify(view))).toEqual(view)
    })

    it('shows a user without a persona that none is assigned yet, and no services', () => {
        const user = insert('sys_user', { user_name: 'nobody', name: 'No Persona', email: 'nobody@example.com' })
        // As an administrator's background script would clear it, without the app's rules re-scoring.
        const gr = get('sys_user', user)
        gr.setWorkflow(false)
        gr.setValue('x_psm_persona_persona', '')
        gr.update()
        const { view, error } = render(user)
        expect(error).toBe('')
        expect(view?.persona).toBeNull()
        expect(view?.services).toEqual([])
        expect(view?.rankings.every((r) => r.persona === null)).toBe(true)
    })
})

describe('the feedback, my changes and dashboard pages in the build', () => {
    const pages: Array<{ page: string; widget: string; module: string; roles: string }> = [
        { page: 'psm_feedback', widget: 'psm-feedback', module: 'feedback-page.ts', roles: '' },
        { page: 'psm_my_changes', widget: 'psm-my-changes', module: 'my-changes.ts', roles: '' },
        { page: 'psm_dashboard', widget: 'psm-dashboard', module: 'dashboard.ts', roles: 'x_psm_persona.admin,x_psm_persona.analyst' },
    ]

    it.each(pages)('$page: one instance of $widget, whose server script only calls src/server/portal/$module', ({ page, widget: id, module, roles }) => {
        const found = of('sp_page').filter((r) => r.fields.id === page)
        expect(found).toHaveLength(1)
        expect(found[0].fields).toMatchObject({ public: 'false', draft: 'false' })
        const w = of('sp_widget').find((r) => r.fields.id === id)
        expect(w).toBeDefined()
        const containers = of('sp_container').filter((c) => c.fields.sp_page === found[0].sysId)
        const rowIds = of('sp_row').filter((r) => containers.some((c) => c.sysId === r.fields.sp_container)).map((r) => r.sysId)
        const columnIds = of('sp_column').filter((c) => rowIds.includes(c.fields.sp_row)).map((c) => c.sysId)
        const placed = of('sp_instance').filter((i) => columnIds.includes(i.fields.sp_column)).map((i) => i.fields.sp_widget)
        // The dashboard holds its own widget once, plus one row per section widget (the dashboard contract).
        if (page === 'psm_dashboard') expect(placed.filter((id) => id === w?.sysId)).toHaveLength(1)
        else expect(placed).toEqual([w?.sysId])
        const required = [...(w?.fields.script ?? '').matchAll(/require\('([^']+)'\)/g)].map((m) => m[1])
        expect(required).toHaveLength(1)
        expect(required[0]).toMatch(new RegExp(`^x_psm_persona/persona-service-management/[^/]+/src/server/portal/${module.replace('.', '\\.')}$`))
        expect(of('sys_module').some((r) => r.fields.path === required[0])).toBe(true)
        // Roles are stored by name; the dashboard's page and widget both carry them.
        const names = (value: string | undefined) => (value ?? '').split(',').filter(Boolean).sort().join(',')
        expect(names(found[0].fields.roles)).toBe(roles)
        expect(names(w?.fields.roles)).toBe(roles)
    })

    it.each(pages)('$widget binds text only and repeats with track by', ({ widget: id }) => {
        const template = of('sp_widget').find((r) => r.fields.id === id)?.fields.template ?? ''
        expect(template).not.toMatch(/ng-bind-html|\$sce|trustAsHtml|innerHTML/)
        const repeats = template.match(/ng-repeat="[^"]*"/g) ?? []
        expect(repeats.length).toBeGreaterThan(0)
        for (const r of repeats) expect(r).toContain('track by')
    })
})
