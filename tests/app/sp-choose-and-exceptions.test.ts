import { startServer, type RunningServer } from '../../src/local/http/server'
import type { Instance } from '../../src/local/instance'
import type * as Governance from '../../src/server/portal/dashboard-governance'
import { installedInstance } from '../support/instance'
import { get, insert, personaId, rows, update } from '../support/records'
import { pageModel, spLogin, type PageModelJson } from '../support/sp'

/*
 * Issue 17 on the portal, over HTTP as a browser's requests are: "Request a service outside my
 * persona" on a hidden item's page and under a search (named only by the link or the words typed),
 * the team page where a manager proposes a persona, and the analyst dashboard's row with stale and
 * unscored profiles, exceptions and proposals, each table with its CSV.
 */
const PASSWORD = 'sp-choose-test-password-4Kz'
const TELECOMMUTER = { devices: 10, network_gb_month: 80, team_hours_week: 8, contacts_per_day: 8, remote_pct: 90 }
let instance: Instance
let server: RunningServer
let hidden = ''
const ids = new Map<string, string>()
const sessions = new Map<string, { cookie: string; token: string }>()

function user(name: string, extra: Record<string, string> = {}, metrics = true): string {
    const id = insert('sys_user', { user_name: name, name, user_password: PASSWORD, ...extra })
    if (metrics) update('x_psm_persona_profile', get('x_psm_persona_profile', 'user', id).getUniqueValue(), TELECOMMUTER)
    ids.set(name, id)
    return id
}

beforeAll(async () => {
    instance = installedInstance()
    server = await startServer(instance, { port: 0 })
    instance.run(() => {
        const ops = insert('cmn_department', { name: 'Field Ops' })
        const boss = user('boss.sp', { department: ops }, false)
        user('tele.sp', { manager: boss, department: ops })
        const stale = user('stale.sp', { manager: boss, department: ops })
        const profile = get('x_psm_persona_profile', 'user', stale)
        profile.setValue('usage_on', '2020-01-01 00:00:00')
        profile.setWorkflow(false)
        profile.update()
        user('new.sp', { department: ops }, false)
        const analyst = user('analyst.sp', {}, false)
        insert('sys_user_has_role', { user: analyst, role: get('sys_user_role', 'name', 'x_psm_persona.analyst').getUniqueValue() })
        const admin = user('padmin.sp', {}, false)
        insert('sys_user_has_role', { user: admin, role: get('sys_user_role', 'name', 'x_psm_persona.admin').getUniqueValue() })
        hidden = insert('sc_cat_item', { name: 'Survey Studio Pro', short_description: 'Secret pricing inside', price: 900, active: true })
        insert('x_psm_persona_offering', { persona: personaId('Business Analyst'), catalog_item: hidden, monthly_cost: 30, restrict_item: true })
    })
    for (const name of ['tele.sp', 'boss.sp', 'analyst.sp']) sessions.set(name, await spLogin(server.url, name, PASSWORD))
}, 120_000)

afterAll(async () => {
    await server?.close()
    instance?.close()
})

async function page(who: string, query: string, cookie = sessions.get(who)?.cookie ?? ''): Promise<{ status: number; model: PageModelJson; html: string }> {
    const res = await fetch(`${server.url}/sp?${query}`, { headers: { Cookie: cookie } })
    const html = await res.text()
    return { status: res.status, model: pageModel(html), html }
}

const widgetOf = (model: PageModelJson, id: string) => {
    const w = model.widgets.find((x) => x.id === id)
    if (!w) throw new Error(`no ${id} on ${model.page.id}: ${model.widgets.map((x) => x.id).join(', ')}`)
    return w
}

async function call(who: string, widgetSysId: string, query: string, body: unknown, token = sessions.get(who)?.token ?? '') {
    const headers: Record<string, string> = { 'Content-Type': 'application/json', Cookie: sessions.get(who)?.cookie ?? '' }
    if (token) headers['X-UserToken'] = token
    const res = await fetch(`${server.url}/api/now/sp/widget/${widgetSysId}?${query}`, { method: 'POST', headers, body: JSON.stringify(body) })
    return { status: res.status, json: (await res.json()) as { result?: { data: Record<string, unknown> } } }
}

test('a hidden item page offers the request without naming the item; the request goes to the manager; approved, a new session sees the item', async () => {
    const before = await page('tele.sp', `id=psm_item&sys_id=${hidden}`)
    expect(before.status).toBe(403)
    const w = widgetOf(before.model, 'psm-service-exception')
    expect(w.data.view).toEqual({ offer: { itemId: hidden, searchText: '', named: 'the service you opened' }, mine: [] })
    expect(before.html).not.toMatch(/Survey Studio|Secret pricing/)

    const count = () => instance.run(() => rows('x_psm_persona_exception').length)
    const noToken = await call('tele.sp', w.sys_id, `id=psm_item&sys_id=${hidden}`, { action: 'request', sys_id: hidden, justification: 'For the customer survey season' }, '')
    expect(noToken.status).toBe(401)
    expect(count()).toBe(0)
    const asked = await call('tele.sp', w.sys_id, `id=psm_item&sys_id=${hidden}`, { action: 'request', sys_id: hidden, justification: 'For the customer survey season' })
    expect(asked.status).toBe(200)
    expect(asked.json.result?.data.result).toEqual({ ok: true, exceptionId: expect.any(String), message: 'Your request for the service you opened was sent to your manager for approval.' })
    expect(JSON.stringify(asked.json)).not.toMatch(/Survey Studio/)

    const mine = widgetOf((await page('tele.sp', `id=psm_item&sys_id=${hidden}`)).model, 'psm-service-exception').data.view as { mine: Array<{ named: string; state: string }> }
    expect(mine.mine).toEqual([{ named: 'a service you opened', state: 'requested', stateLabel: 'Awaiting approval', expiresOn: '', itemId: '' }])

    instance.run(() => {
        const approval = rows('sysapproval_approver', 'source_table=x_psm_persona_exception')[0]
        expect(approval.getValue('approver')).toBe(ids.get('boss.sp'))
        instance.runAs(ids.get('boss.sp') as string, () => update('sysapproval_approver', approval.getUniqueValue(), { state: 'approved' }))
    })
    // A new session evaluates the user's criteria afresh.
    const fresh = await spLogin(server.url, 'tele.sp', PASSWORD)
    const after = await page('tele.sp', `id=psm_item&sys_id=${hidden}`, fresh.cookie)
    expect(after.status).toBe(200)
    expect(widgetOf(after.model, 'psm-catalog-item').data.page).toMatchObject({ status: 'ok' })
    const granted = widgetOf(after.model, 'psm-service-exception').data.view as { offer: unknown; mine: Array<{ named: string; state: string; itemId: string }> }
    expect(granted.offer).toBeNull()
    expect(granted.mine[0]).toMatchObject({ named: 'Survey Studio Pro', state: 'granted', itemId: hidden })
})

test('under a search the offer names only the words typed', async () => {
    const res = await page('tele.sp', 'id=psm_catalog&q=studio')
    expect(widgetOf(res.model, 'psm-service-exception').data.view).toMatchObject({ offer: { itemId: '', searchText: 'studio', named: 'a service matching "studio"' } })
    const plain = await page('tele.sp', 'id=psm_catalog')
    expect((widgetOf(plain.model, 'psm-service-exception').data.view as { offer: unknown }).offer).toBeNull()
})

test('the team page lists a manager\'s reports and files a proposal for the persona admins', async () => {
    const res = await page('boss.sp', 'id=psm_team_personas')
    expect(res.status).toBe(200)
    const w = widgetOf(res.model, 'psm-team-personas')
    const view = w.data.view as { members: Array<{ name: string; personaName: string; as: string }>; personas: Array<{ name: string }> }
    expect(view.members.map((m) => [m.name, m.personaName, m.as])).toEqual([
        ['stale.sp', 'Telecommuter', 'manager'],
        ['tele.sp', 'Telecommuter', 'manager'],
    ])
    expect(view.personas.map((p) => p.name)).toContain('Business Analyst')
    const target = ids.get('tele.sp') as string
    const refused = await call('tele.sp', w.sys_id, 'id=psm_team_personas', { action: 'propose', user: target, persona: personaId('Business Analyst'), justification: 'I want to choose myself' })
    expect(refused.status).toBe(400)
    const ok = await call('boss.sp', w.sys_id, 'id=psm_team_personas', { action: 'propose', user: target, persona: instance.run(() => personaId('Business Analyst')), justification: 'Analyses survey data all week' })
    expect(ok.json.result?.data.result).toMatchObject({ ok: true })
    const approvers = instance.run(() => rows('sysapproval_approver', 'source_table=x_psm_persona_proposal').map((a) => a.getValue('approver')))
    expect(approvers).toContain(ids.get('padmin.sp'))
})

test('the analyst dashboard has a row with stale and unscored profiles per persona and department, exceptions and proposals, each table with its CSV', async () => {
    const res = await page('analyst.sp', 'id=psm_dashboard')
    expect(res.status).toBe(200)
    const view = widgetOf(res.model, 'psm-dashboard-governance').data.view as {
        sections: Array<{ id: string; figures: Array<{ table: { id: string; csv: string; rows: Array<{ head: { text: string }; cells: Array<{ text: string; value: string }> }> } }> }>
    }
    const table = (id: string) => view.sections.flatMap((s) => s.figures).find((f) => f.table.id === id)?.table
    const byDept = table('usage-freshness-by-department')
    const ops = byDept?.rows.find((r) => r.head.text === 'Field Ops')
    // boss.sp and new.sp have no usage data; stale.sp's is from 2020.
    expect(ops?.cells.map((c) => c.value)).toEqual(['4', '1', '2'])
    expect(byDept?.csv).toContain('Field Ops,4,1,2')
    const list = table('usage-flagged-profiles')
    expect(list?.rows[0].head.text).toBe('stale.sp')
    expect(list?.rows[0].cells.map((c) => c.text).slice(0, 3)).toEqual(['Field Ops', 'Telecommuter', 'Stale'])
    const exceptions = table('service-exceptions')
    expect(exceptions?.csv.split('\r\n')[0]).toBe('User,Service,Why,State,Decided by,Decided on,Expires on,Reminded on,Ended on,Requested on')
    expect(exceptions?.rows[0].head.text).toBe('tele.sp')
    expect(exceptions?.rows[0].cells.map((c) => c.text).slice(0, 4)).toEqual(['Survey Studio Pro', 'For the customer survey season', 'Granted', 'boss.sp'])
    expect(table('persona-proposals')?.rows[0].cells.map((c) => c.text).slice(0, 3)).toEqual(['Business Analyst', 'Telecommuter', 'boss.sp'])

    // Not for others: the page refuses them, and the module refuses whatever a page does.
    const denied = await fetch(`${server.url}/sp?id=psm_dashboard`, { headers: { Cookie: sessions.get('tele.sp')?.cookie ?? '' } })
    expect(await denied.text()).not.toContain('usage-flagged-profiles')
    const governance = instance.appModule<typeof Governance>('src/server/portal/dashboard-governance.ts')
    expect(instance.runAs(ids.get('tele.sp') as string, () => governance.governanceData())).toEqual({ ok: false, status: 403, message: expect.stringContaining('for analysts and administrators') })
})
