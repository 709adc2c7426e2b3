import { startServer, type RunningServer } from '../../src/local/http/server'
import type { Instance } from '../../src/local/instance'
import type { DashboardView } from '../../src/server/portal/dashboard'
import { parseCsv } from '../../src/server/portal/csv'
import type { CostReport, Distribution } from '../../src/server/xla/insight-calc'
import { installedInstance } from '../support/instance'
import { get, insert, personaId, rows, update } from '../support/records'
import { pageModel, spLogin } from '../support/sp'

/*
 * The admin's figures on the installed app: persona distribution and projected monthly cost
 * (members × (persona cost + bundled offerings)) on a constructed company, the same figures through
 * the scripted REST API /api/x_psm_persona/insight/… (run from its installed sys_ws_operation
 * records), and the analyst dashboard's access rules and CSV downloads.
 */

interface InsightModule {
    personaDistribution(): Distribution
    personaCosts(): CostReport
}

const PASSWORD = 'insight-password-4Kd'
const EVIL = '=HYPERLINK("http://evil.example/x","click")'

let instance: Instance
let server: RunningServer
let insight: InsightModule
let field: string

function user(userName: string, department: string, persona: string | null, active = true): string {
    const id = insert('sys_user', { user_name: userName, name: userName, email: `${userName}@example.com`, department, active, user_password: PASSWORD })
    if (persona) {
        // An admin pins the persona on the profile (scoring never moves it), which mirrors it to sys_user.
        update('x_psm_persona_profile', get('x_psm_persona_profile', 'user', id).getUniqueValue(), { persona })
    }
    return id
}

function grant(userId: string, role: string): void {
    insert('sys_user_has_role', { user: userId, role: get('sys_user_role', 'name', role).getUniqueValue() })
}

beforeAll(async () => {
    instance = installedInstance()
    const ops = insert('cmn_department', { name: 'Ops' })
    const sales = insert('cmn_department', { name: 'Sales' })
    const evil = insert('cmn_department', { name: EVIL })
    field = insert('x_psm_persona_persona', { name: 'Field Engineer', technology: 3, network: 2, interaction: 2, communication: 3, mobility: 4, monthly_cost: 100, order: 900 })
    const items = rows('sc_cat_item', 'active=true^ORDERBYname').slice(0, 4)
    insert('x_psm_persona_offering', { persona: field, restrict_item: true, catalog_item: items[0].getUniqueValue(), monthly_cost: 20, bundled: true })
    insert('x_psm_persona_offering', { persona: field, restrict_item: true, catalog_item: items[1].getUniqueValue(), monthly_cost: 5.5, bundled: true })
    insert('x_psm_persona_offering', { persona: field, restrict_item: true, catalog_item: items[2].getUniqueValue(), monthly_cost: 50, bundled: false })
    insert('x_psm_persona_offering', { persona: field, restrict_item: true, catalog_item: items[3].getUniqueValue(), monthly_cost: 99, bundled: true, active: false })
    user('fe1', ops, field)
    user('fe2', ops, field)
    user('fe3', ops, field)
    user('fe4', sales, field)
    user('fe5', ops, field, false)
    user('tele1', sales, personaId('Telecommuter'))
    user('tele2', evil, personaId('Telecommuter'))
    grant(user('nina', ops, null), 'x_psm_persona.analyst')
    grant(user('ada', ops, null), 'x_psm_persona.admin')
    user('carl', sales, null)
    instance.drain()
    insight = instance.appModule<InsightModule>('src/server/xla/insight.ts')
    server = await startServer(instance, { port: 0 })
}, 60_000)
afterAll(async () => {
    await server?.close()
    instance?.close()
})

test('distribution: active users per persona and department, every persona listed', () => {
    const d = instance.run(() => insight.personaDistribution())
    const row = (name: string) => d.rows.find((r) => r.persona === name)
    const col = (name: string) => d.departments.indexOf(name)
    expect(row('Field Engineer')?.users).toBe(4)
    expect(row('Field Engineer')?.byDepartment[col('Ops')]).toBe(3)
    expect(row('Field Engineer')?.byDepartment[col('Sales')]).toBe(1)
    expect(row('Telecommuter')?.byDepartment[col(EVIL)]).toBe(1)
    // The reference personas nobody here has are still listed, with 0.
    expect(row('Virtual Executive')).toMatchObject({ users: expect.any(Number) })
    const active = rows('sys_user', 'active=true').length
    expect(d.total).toBe(active)
    expect(d.rows.reduce((s, r) => s + r.users, 0)).toBe(active)
    expect(d.departmentTotals.reduce((s, n) => s + n, 0)).toBe(active)
})

test('cost projection: members × (persona cost + active bundled offerings), per persona and per department', () => {
    const c = instance.run(() => insight.personaCosts())
    expect(c.personas.find((p) => p.persona === 'Field Engineer')).toEqual({
        personaId: field,
        persona: 'Field Engineer',
        members: 4,
        personaCost: 100,
        bundledCost: 25.5,
        bundledOfferings: 2,
        perMember: 125.5,
        projected: 502,
    })
    // Every persona and department, checked against the records themselves.
    const perMember = (personaSysId: string) =>
        Number(get('x_psm_persona_persona', personaSysId).getValue('monthly_cost')) +
        rows('x_psm_persona_offering', `persona=${personaSysId}^active=true^bundled=true`).reduce((s, o) => s + Number(o.getValue('monthly_cost')), 0)
    const cents = (n: number) => Math.round(n * 100) / 100
    for (const p of c.personas) {
        const members = rows('sys_user', `active=true^x_psm_persona_persona=${p.personaId}`).length
        expect({ persona: p.persona, members: p.members, projected: p.projected }).toEqual({ persona: p.persona, members, projected: cents(members * perMember(p.personaId)) })
    }
    for (const name of ['Ops', 'Sales']) {
        const people = rows('sys_user', `active=true^department.name=${name}^x_psm_persona_personaISNOTEMPTY`)
        const expected = cents(people.reduce((s, u) => s + perMember(String(u.getValue('x_psm_persona_persona'))), 0))
        expect({ name, projected: c.departments.find((d) => d.department === name)?.projected }).toEqual({ name, projected: expected })
    }
    const fieldCol = c.personas.findIndex((p) => p.persona === 'Field Engineer')
    expect(c.departments.find((d) => d.department === 'Ops')?.byPersona[fieldCol]).toBe(376.5)
    expect(c.departments.find((d) => d.department === 'Sales')?.byPersona[fieldCol]).toBe(125.5)
    expect(c.departments.reduce((s, d) => s + d.projected, 0)).toBeCloseTo(c.total, 2)
    expect(c.personas.reduce((s, p) => s + p.projected, 0)).toBeCloseTo(c.total, 2)
    // nina, ada and carl have no persona pinned; scoring still gave them one, so nobody is unassigned here.
    expect(c.unassigned).toBe(rows('sys_user', 'active=true^x_psm_persona_personaISEMPTY').length)
})

const basic = (name: string) => ({ Authorization: `Basic ${Buffer.from(`${name}:${PASSWORD}`).toString('base64')}` })

describe('scripted REST API /api/x_psm_persona/insight', () => {
    test('analysts and admins get the same figures as the module', async () => {
        for (const who of ['nina', 'ada']) {
            const res = await fetch(`${server.url}/api/x_psm_persona/insight/costs`, { headers: basic(who) })
            expect(res.status).toBe(200)
            expect(res.headers.get('content-type')).toContain('application/json')
            expect(await res.json()).toEqual({ result: JSON.parse(JSON.stringify(instance.run(() => insight.personaCosts()))) })
        }
        const json = async (path: string) => (await (await fetch(`${server.url}${path}`, { headers: basic('nina') })).json()) as { result: Record<string, unknown> & Array<Record<string, unknown>> }
        const dist = await json('/api/x_psm_persona/insight/distribution')
        expect(dist.result.total).toBe(rows('sys_user', 'active=true').length)
        const profiles = await json('/api/x_psm_persona/insight/profiles')
        expect(profiles.result.find((p) => p.name === 'Field Engineer')?.rankings).toEqual({ technology: 3, network: 2, interaction: 2, communication: 3, mobility: 4 })
        const changes = await json('/api/x_psm_persona/insight/changes?limit=3')
        expect(changes.result).toHaveLength(3)
        const xla = (await (await fetch(`${server.url}/api/x_psm_persona/insight/xla?weeks=2`, { headers: basic('nina') })).json()) as {
            result: { attainment: { xlas: unknown[] }; history: Array<{ weeks: unknown[] }> }
        }
        // Six change XLAs and the fulfilment experience XLA (requested items).
        expect(xla.result.attainment.xlas).toHaveLength(7)
        expect(xla.result.history[0].weeks).toHaveLength(2)
    })

    test('others are refused by the endpoint ACL; bad parameters and unknown resources get the platform’s errors', async () => {
        const carl = await fetch(`${server.url}/api/x_psm_persona/insight/costs`, { headers: basic('carl') })
        expect(carl.status).toBe(403)
        expect(((await carl.json()) as { status: string }).status).toBe('failure')
        expect((await fetch(`${server.url}/api/x_psm_persona/insight/costs`)).status).toBe(401)
        const bad = await fetch(`${server.url}/api/x_psm_persona/insight/xla?start=yesterday`, { headers: basic('nina') })
        expect(bad.status).toBe(400)
        expect(await bad.json()).toEqual({
            error: { message: 'Invalid parameter', detail: 'start must be a date-time YYYY-MM-DD HH:MM:SS (UTC) or a date YYYY-MM-DD; got "yesterday".' },
            status: 'failure',
        })
        expect((await fetch(`${server.url}/api/x_psm_persona/insight/xla?weeks=99`, { headers: basic('nina') })).status).toBe(400)
        const unknown = await fetch(`${server.url}/api/x_psm_persona/insight/nothing`, { headers: basic('nina') })
        expect(unknown.status).toBe(400)
        expect(((await unknown.json()) as { error: { message: string } }).error.message).toBe('Requested URI does not represent any resource')
        // The platform's own APIs are not shadowed by the scripted REST route.
        expect((await fetch(`${server.url}/api/now/table/x_psm_persona_xla`, { headers: basic('nina') })).status).toBe(200)
    })
})

describe('analyst dashboard (/sp?id=psm_dashboard)', () => {
    interface DashboardData {
        view: DashboardView | null
        refused: { status: number; message: string } | null
    }
    const login = (userName: string) => spLogin(server.url, userName, PASSWORD)
    async function open(who: { cookie: string } | null, query = ''): Promise<{ status: number; pageId: string; data: DashboardData | null }> {
        const res = await fetch(`${server.url}/sp?id=psm_dashboard${query}`, { headers: who ? { Cookie: who.cookie } : {} })
        const html = await res.text()
        if (res.status !== 200) return { status: res.status, pageId: '', data: null }
        const model = pageModel(html)
        const widget = model.widgets.find((w) => w.id === 'psm-dashboard')
        return { status: res.status, pageId: model.page.id, data: widget ? (widget.data as unknown as DashboardData) : null }
    }
    const table = (view: DashboardView | null, id: string) => view?.sections.flatMap((s) => s.figures).find((f) => f.table.id === id)?.table

    test('needs a login and the analyst or admin role of the app: the page, the widget call and the module each check it', async () => {
        const anonymous = await open(null)
        expect(anonymous.pageId).toBe('login')
        const carl = await login('carl')
        expect((await open(carl)).status).toBe(403)
        // Calling the widget directly, with a valid session token: refused by the widget's roles.
        const call = await fetch(`${server.url}/api/now/sp/widget/psm-dashboard?id=psm_dashboard`, { method: 'POST', headers: { Cookie: carl.cookie, 'X-UserToken': carl.token, 'Content-Type': 'application/json' }, body: '{}' })
        expect(call.status).toBe(403)
        // The module itself refuses, whatever page or widget calls it.
        const dashboard = instance.appModule<{ dashboardData(weeks?: unknown): { ok: boolean; status?: number } }>('src/server/portal/dashboard.ts')
        const carlId = get('sys_user', 'user_name', 'carl').getUniqueValue()
        expect(instance.runAs(carlId, () => dashboard.dashboardData())).toMatchObject({ ok: false, status: 403 })
        const nina = await open(await login('nina'), '&weeks=4')
        expect(nina.data?.view?.sections.map((s) => s.id)).toEqual(['distribution', 'costs', 'changes', 'xla'])
        expect(nina.data?.view?.weeks).toBe(4)
        expect((await open(await login('ada'))).data?.view).not.toBeNull()
    })

    test('every table carries its CSV with the same figures, formula-looking text neutralised; bad parameters say why', async () => {
        const nina = await login('nina')
        const { data } = await open(nina)
        const costs = table(data?.view ?? null, 'cost-by-persona')
        const csv = parseCsv(costs?.csv ?? '')
        expect(csv[0]).toEqual(['Persona', 'Members', 'Persona cost per member', 'Bundled offerings', 'Bundled cost per member', 'Cost per member', 'Projected monthly cost'])
        expect(csv.find((r) => r[0] === 'Field Engineer')).toEqual(['Field Engineer', '4', '100', '2', '25.5', '125.5', '502'])
        expect(csv[csv.length - 1][0]).toBe('Total')
        const shown = costs?.rows.find((r) => r.head.text === 'Field Engineer')
        expect(shown?.cells.map((c) => c.text)).toEqual(['4', '$100.00', '2', '$25.50', '$125.50', '$502.00'])
        expect(shown?.cells.map((c) => c.value)).toEqual(['4', '100', '2', '25.5', '125.5', '502'])
        expect(costs?.fileName).toBe('psm-cost-by-persona.csv')

        const dist = table(data?.view ?? null, 'users-by-department')?.csv ?? ''
        // A department named like a formula is written as text: the cell starts with a quote.
        expect(dist.split('\r\n')[0]).toContain(`"'=HYPERLINK(""http://evil.example/x"",""click"")"`)
        expect(parseCsv(dist)[0]).toContain(`'${EVIL}`)
        // The page shows the name as it is (bound as text by the template).
        expect(table(data?.view ?? null, 'users-by-department')?.columns.map((c) => c.label)).toContain(EVIL)

        for (const weeks of ['0', '53', 'x', '1.5']) {
            const bad = await open(nina, `&weeks=${weeks}`)
            expect(bad.data?.refused).toEqual({ status: 400, message: `weeks must be a whole number from 1 to 52; got "${weeks}".` })
            expect(bad.data?.view).toBeNull()
        }
    })
})
