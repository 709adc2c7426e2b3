import { startServer, type RunningServer } from '../../src/local/http/server'
import type { Instance } from '../../src/local/instance'
import { demoInstance, loadDemo } from '../support/demo'
import { get, rows } from '../support/records'
import { pageModel, spLogin, type PageModelJson } from '../support/sp'

/*
 * The app's persona catalog (/sp?id=psm_catalog) and item page (/sp?id=psm_item) on the local
 * Service Portal runtime, over HTTP as a browser's requests would be: what each persona sees, why,
 * at what cost, and ordering through the widget (sn_sc.CartJS on the server), which refuses hidden
 * items and calls without the session token whatever the page showed.
 */

const PASSWORD = 'sp-catalog-test-password-7Hq'
let instance: Instance
let server: RunningServer
const logins = new Map<string, { cookie: string; token: string; id: string; userName: string }>()

beforeAll(async () => {
    instance = await demoInstance()
    // The demo company is loaded as `npm start` loads it: by tools/demo through the running instance's APIs.
    server = await startServer(instance, { port: 0 })
    const demo = await loadDemo(instance, server.url, PASSWORD)
    for (const persona of ['Telecommuter', 'Business Analyst']) {
        const login = demo.users.find((u) => u.persona === persona)
        if (!login) throw new Error(`no demo ${persona}`)
        const session = await spLogin(server.url, login.userName, PASSWORD)
        const id = instance.run(() => get('sys_user', 'user_name', login.userName).getUniqueValue())
        logins.set(persona, { ...session, id, userName: login.userName })
    }
}, 300_000)

afterAll(async () => {
    await server?.close()
    instance?.close()
})

function who(persona: string) {
    const l = logins.get(persona)
    if (!l) throw new Error(persona)
    return l
}

async function page(persona: string, query: string): Promise<{ status: number; model: PageModelJson; html: string }> {
    const res = await fetch(`${server.url}/sp?${query}`, { headers: { Cookie: who(persona).cookie } })
    const html = await res.text()
    return { status: res.status, model: pageModel(html), html }
}

interface ItemView {
    sysId: string
    name: string
    monthlyCostText: string
    why: string
}

interface CatalogView {
    to: number
    hasMore: boolean
    groups: Array<{ title: string; items: ItemView[] }>
    personaName: string
}

function catalogOf(model: PageModelJson): CatalogView {
    const w = model.widgets.find((x) => x.id === 'psm-persona-catalog')
    if (!w) throw new Error('no catalog widget on the page')
    return w.data.view as CatalogView
}

const items = (view: CatalogView) => view.groups.flatMap((g) => g.items)

/** What the contract says a persona's user sees: items its active offerings restrict to it, plus unrestricted ones (computed from the records). */
function expectedIds(personaName: string): string[] {
    return instance.run(() => {
        const offered = new Map<string, Set<string>>()
        for (const o of rows('x_psm_persona_offering', 'active=true')) {
            const set = offered.get(o.getValue('catalog_item') ?? '') ?? new Set<string>()
            set.add(o.getDisplayValue('persona'))
            offered.set(o.getValue('catalog_item') ?? '', set)
        }
        return rows('sc_cat_item', 'active=true^hide_sp!=true')
            .filter((i) => {
                const p = offered.get(i.getUniqueValue())
                return !p || p.has(personaName)
            })
            .map((i) => i.getUniqueValue())
            .sort()
    })
}

async function widgetCall(persona: string, widgetId: string, query: string, body: unknown, token = who(persona).token) {
    const headers: Record<string, string> = { 'Content-Type': 'application/json', Cookie: who(persona).cookie }
    if (token) headers['X-UserToken'] = token
    const res = await fetch(`${server.url}/api/now/sp/widget/${widgetId}?${query}`, { method: 'POST', headers, body: JSON.stringify(body) })
    return { status: res.status, json: (await res.json()) as { result?: { data: Record<string, unknown> }; error?: { message: string } } }
}

test('two personas each see exactly their own services and the unrestricted ones, with the persona cost and why', async () => {
    const tele = catalogOf((await page('Telecommuter', 'id=psm_catalog')).model)
    const analyst = catalogOf((await page('Business Analyst', 'id=psm_catalog')).model)
    expect(tele.personaName).toBe('Telecommuter')
    expect(analyst.personaName).toBe('Business Analyst')
    // The demo catalog fits on one page.
    expect(tele.hasMore).toBe(false)
    expect(items(tele).map((i) => i.sysId).sort()).toEqual(expectedIds('Telecommuter'))
    expect(items(analyst).map((i) => i.sysId).sort()).toEqual(expectedIds('Business Analyst'))
    const broadband = items(tele).find((i) => i.name === 'Home Broadband Allowance') as ItemView
    expect(broadband.monthlyCostText).toBe('$45.00/month')
    expect(broadband.why).toMatch(/^Offered to Telecommuters at \$45\.00\/month/)
    expect(items(analyst).some((i) => i.name === 'Home Broadband Allowance')).toBe(false)
    expect(items(tele).find((i) => i.why === 'Available to everyone')).toBeDefined()
    // The persona card on the same page: radar data and the short why.
    const card = (await page('Telecommuter', 'id=psm_catalog')).model.widgets.find((w) => w.id === 'psm-my-persona')
    const view = card?.data.view as { radar: { you: string; persona: string; description: string }; why: string; explanation: string }
    expect(view.radar.you.split(' ')).toHaveLength(5)
    expect(view.radar.description).toMatch(/^Your rankings: Technology \d, Network \d/)
    expect(view.why).toMatch(/^You have the Telecommuter persona because/)
    expect(view.explanation.length).toBeGreaterThan(view.why.length)
})

test('&q= searches name and descriptions (every word); a hidden item is never found', async () => {
    const found = catalogOf((await page('Telecommuter', 'id=psm_catalog&q=vpn')).model)
    expect(items(found).map((i) => i.name)).toEqual(['Always-On VPN – GlobalProtect'])
    expect(items(catalogOf((await page('Business Analyst', 'id=psm_catalog&q=vpn')).model))).toEqual([])
    expect(catalogOf((await page('Business Analyst', 'id=psm_catalog&q=%3Cscript%3E')).model).to).toBe(0)
})

test('the item page: the item with its cost and why; a hidden item answers 403 "not available to you" and says nothing of it', async () => {
    const broadband = instance.run(() => get('sc_cat_item', 'name', 'Home Broadband Allowance').getUniqueValue())
    const ok = await page('Telecommuter', `id=psm_item&sys_id=${broadband}`)
    expect(ok.status).toBe(200)
    const data = ok.model.widgets[0].data.page as { status: string; item: { name: string; monthlyCostText: string } }
    expect(data).toMatchObject({ status: 'ok', item: { name: 'Home Broadband Allowance', monthlyCostText: '$45.00/month' } })
    const hidden = await page('Business Analyst', `id=psm_item&sys_id=${broadband}`)
    expect(hidden.status).toBe(403)
    expect(hidden.model.widgets[0].data.page).toEqual({ status: 'hidden', item: null, personaName: 'Business Analyst' })
    expect(hidden.html).not.toContain('Broadband')
    expect((await page('Business Analyst', 'id=psm_item&sys_id=0123456789abcdef0123456789abcdef')).status).toBe(404)
})

test('ordering from the item page goes through the widget call with the session token; hidden items and token-less calls are refused on the server', async () => {
    const broadband = instance.run(() => get('sc_cat_item', 'name', 'Home Broadband Allowance').getUniqueValue())
    const widgetId = (await page('Telecommuter', `id=psm_item&sys_id=${broadband}`)).model.widgets[0].sys_id
    const count = () => instance.run(() => [rows('sc_request').length, rows('sc_req_item').length])
    const before = count()

    const noToken = await widgetCall('Telecommuter', widgetId, `id=psm_item&sys_id=${broadband}`, { action: 'order', sys_id: broadband, quantity: 1 }, '')
    expect(noToken.status).toBe(401)
    expect(count()).toEqual(before)

    const refused = await widgetCall('Business Analyst', widgetId, `id=psm_item&sys_id=${broadband}`, { action: 'order', sys_id: broadband, quantity: 1 })
    expect(refused.status).toBe(403)
    expect(refused.json.result?.data.order).toMatchObject({ ok: false, hidden: true, message: 'This service is not available to you.' })
    expect(JSON.stringify(refused.json)).not.toContain('Broadband')
    expect(count()).toEqual(before)

    const ordered = await widgetCall('Telecommuter', widgetId, `id=psm_item&sys_id=${broadband}`, { action: 'order', sys_id: broadband, quantity: 2 })
    expect(ordered.status).toBe(200)
    const outcome = ordered.json.result?.data.order as { ok: boolean; requestNumber: string; requestId: string }
    expect(outcome.ok).toBe(true)
    expect(outcome.requestNumber).toMatch(/^REQ\d+$/)
    instance.run(() => {
        const [ritm] = rows('sc_req_item', `request=${outcome.requestId}`)
        expect(ritm.getValue('cat_item')).toBe(broadband)
        expect(ritm.getValue('quantity')).toBe('2')
        expect(ritm.getValue('requested_for')).toBe(who('Telecommuter').id)
        // The app's rule: the item recurs at the persona's monthly cost.
        expect([Number(ritm.getValue('recurring_price')), ritm.getValue('recurring_frequency')]).toEqual([45, 'monthly'])
    })
    expect(count()).toEqual([before[0] + 1, before[1] + 1])
})
