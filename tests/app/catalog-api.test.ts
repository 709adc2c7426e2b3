import type { Instance } from '../../src/local/instance'
import { ensureAdmin } from '../../src/local/base/admin'
import { startServer, type RunningServer } from '../../src/local/http/server'
import { installedInstance } from '../support/instance'
import { get, insert, rows, update } from '../support/records'

/**
 * The Service Catalog API over real HTTP on the installed app: each user lists, shows and orders
 * only what their persona (user criteria) allows; the refusal happens on the server.
 */
let instance: Instance
let server: RunningServer
const PASSWORD = 'catalog test password 1'
const TELECOMMUTER = { devices: 10, network_gb_month: 80, team_hours_week: 8, contacts_per_day: 8, remote_pct: 90 }
const ANALYST = { devices: 5, network_gb_month: 30, team_hours_week: 8, contacts_per_day: 20, remote_pct: 5 }
let tele = ''
let analyst = ''

function userWith(name: string, metrics: Record<string, number>): string {
    const user = insert('sys_user', { user_name: name, name, user_password: PASSWORD })
    update('x_psm_persona_profile', get('x_psm_persona_profile', 'user', user).getUniqueValue(), metrics)
    return user
}

beforeAll(async () => {
    instance = installedInstance()
    ensureAdmin(instance, PASSWORD)
    tele = userWith('tele.api', TELECOMMUTER)
    analyst = userWith('analyst.api', ANALYST)
    server = await startServer(instance, { port: 0 })
})
afterAll(async () => {
    await server.close()
    instance.close()
})

interface ItemJson {
    sys_id: string
    name: string
    short_description: string
    price: string
    category: { sys_id: string; title: string } | null
}

async function call(user: string, method: string, path: string, body?: string) {
    const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/json' }
    if (user) headers.Authorization = `Basic ${Buffer.from(`${user}:${PASSWORD}`).toString('base64')}`
    const res = await fetch(server.url + path, { method, body, headers })
    const text = await res.text()
    return { status: res.status, json: (text ? JSON.parse(text) : null) as { result?: unknown; error?: { message: string; detail: string }; status?: string }, headers: res.headers }
}

async function list(user: string, query = ''): Promise<ItemJson[]> {
    const r = await call(user, 'GET', `/api/sn_sc/servicecatalog/items${query}`)
    expect(r.status).toBe(200)
    return r.json.result as ItemJson[]
}

const itemId = (name: string) => get('sc_cat_item', 'name', name).getUniqueValue()
const names = (items: ItemJson[]) => items.map((i) => i.name)
const BROADBAND = 'Home Broadband Allowance'
const TABLEAU = 'Tableau Creator License'
const PASSWORDS = 'Password Manager – 1Password Business'
const orderCounts = () => ({ requests: rows('sc_request').length, items: rows('sc_req_item').length })

test('no credentials: 401 in the platform\'s error shape', async () => {
    const r = await call('', 'GET', '/api/sn_sc/servicecatalog/items')
    expect(r.status).toBe(401)
    expect(r.json).toEqual({ error: { message: 'User Not Authenticated', detail: 'Required to provide Auth information' }, status: 'failure' })
})

test('each user lists exactly the items user criteria let them see; the platform\'s item fields only', async () => {
    const teleItems = await list('tele.api', '?sysparm_limit=1000')
    const analystItems = await list('analyst.api', '?sysparm_limit=1000')
    expect(new Set(teleItems.map((i) => i.sys_id))).toEqual(instance.userCriteria.visibleItems(tele))
    expect(new Set(analystItems.map((i) => i.sys_id))).toEqual(instance.userCriteria.visibleItems(analyst))
    expect(names(teleItems)).toContain(BROADBAND)
    expect(names(teleItems)).not.toContain(TABLEAU)
    expect(names(analystItems)).toContain(TABLEAU)
    expect(names(analystItems)).not.toContain(BROADBAND)
    const broadband = teleItems.find((i) => i.name === BROADBAND) as ItemJson
    // The platform's API knows no app: the persona's cost is the app's to show (its portal pages).
    expect(Object.keys(broadband).some((k) => k.startsWith('x_psm_persona'))).toBe(false)
    expect(broadband.category?.title).toBe('Connectivity')
    expect(broadband.price).toBe('$0.00')
    expect(teleItems.find((i) => i.name.startsWith('Ultralight Laptop'))?.price).toBe('$1,499.00')
})

test('an administrator sees every active item (admins bypass user criteria)', async () => {
    const all = await list('admin', '?sysparm_limit=1000')
    expect(all).toHaveLength(rows('sc_cat_item', 'active=true').length)
})

test('sysparm_text searches name and descriptions, every word; sysparm_category filters by category', async () => {
    expect(names(await list('tele.api', '?sysparm_text=vpn'))).toEqual(['Always-On VPN – GlobalProtect'])
    expect(await list('analyst.api', '?sysparm_text=vpn')).toEqual([])
    expect(names(await list('analyst.api', '?sysparm_text=LAPTOP%20office'))).toEqual(['Standard Laptop – Dell Latitude 5450'])
    const connectivity = get('sc_category', 'title', 'Connectivity').getUniqueValue()
    const items = await list('tele.api', `?sysparm_category=${connectivity}`)
    expect(items.length).toBeGreaterThan(1)
    expect(items.every((i) => i.category?.sys_id === connectivity)).toBe(true)
    expect(names(items)).toContain('Hardware Security Key – YubiKey 5C NFC')
    const everything = await list('tele.api', '?sysparm_limit=1000')
    expect(names(items)).toEqual(names(everything.filter((i) => i.category?.sys_id === connectivity)))
})

test('sysparm_limit and sysparm_offset page through the list; X-Total-Count tells the total', async () => {
    const all = await list('tele.api', '?sysparm_limit=1000')
    const first = await call('tele.api', 'GET', '/api/sn_sc/servicecatalog/items?sysparm_limit=5')
    const second = await list('tele.api', '?sysparm_limit=5&sysparm_offset=5')
    expect(first.headers.get('x-total-count')).toBe(String(all.length))
    expect([...(first.json.result as ItemJson[]), ...second].map((i) => i.sys_id)).toEqual(all.slice(0, 10).map((i) => i.sys_id))
    expect(await list('tele.api', `?sysparm_offset=${all.length}`)).toEqual([])
})

test.each([
    ['?sysparm_limit=-1', 'Invalid sysparm_limit'],
    ['?sysparm_offset=ten', 'Invalid sysparm_offset'],
    ['?sysparm_category=not-a-sys-id', 'Invalid sysparm_category'],
])('bad parameter %s: 400 %s', async (query, message) => {
    const r = await call('tele.api', 'GET', `/api/sn_sc/servicecatalog/items${query}`)
    expect(r.status).toBe(400)
    expect(r.json).toMatchObject({ error: { message }, status: 'failure' })
})

test('showing an item: 200 when visible, 403 saying why (but not naming the item) when hidden, 404 when unknown; the versioned path works too', async () => {
    const ok = await call('tele.api', 'GET', `/api/sn_sc/servicecatalog/items/${itemId(BROADBAND)}`)
    expect(ok.status).toBe(200)
    expect((ok.json.result as ItemJson).name).toBe(BROADBAND)
    const v1 = await call('tele.api', 'GET', `/api/sn_sc/v1/servicecatalog/items/${itemId(BROADBAND)}`)
    expect(v1.status).toBe(200)
    const hidden = await call('tele.api', 'GET', `/api/sn_sc/servicecatalog/items/${itemId(TABLEAU)}`)
    expect(hidden.status).toBe(403)
    expect(hidden.json).toEqual({
        error: {
            message: 'Catalog item not available to you',
            detail: 'The catalog item is not available to you: its user criteria do not include you, so it can be neither viewed nor ordered.',
        },
        status: 'failure',
    })
    // The item's name is not for this caller to see: the answer names nothing (issue 20).
    expect(JSON.stringify(hidden.json)).not.toContain(TABLEAU)
    for (const id of ['0123456789abcdef0123456789abcdef', 'nope']) {
        const missing = await call('tele.api', 'GET', `/api/sn_sc/servicecatalog/items/${id}`)
        expect(missing.status).toBe(404)
        expect(missing.json.error?.message).toBe('Catalog item not found')
    }
})

test('order_now on a hidden item: 403 with a clear message, and nothing is created', async () => {
    const before = orderCounts()
    const r = await call('tele.api', 'POST', `/api/sn_sc/servicecatalog/items/${itemId(TABLEAU)}/order_now`, JSON.stringify({ sysparm_quantity: 1 }))
    expect(r.status).toBe(403)
    expect(r.json.error?.message).toBe('Catalog item not available to you')
    expect(r.json.error?.detail).toContain('can be neither viewed nor ordered')
    expect(orderCounts()).toEqual(before)
})

test('order_now on a visible item creates the request and the requested item for the caller', async () => {
    const laptop = itemId('Ultralight Laptop – Apple MacBook Air 13"')
    const before = orderCounts()
    const r = await call('tele.api', 'POST', `/api/sn_sc/servicecatalog/items/${laptop}/order_now`, JSON.stringify({ sysparm_quantity: '2' }))
    expect(r.status).toBe(200)
    const result = r.json.result as { request_number: string; request_id: string; sys_id: string; number: string; table: string }
    expect(result.table).toBe('sc_request')
    expect(result.request_number).toMatch(/^REQ\d{7}$/)
    expect(result.number).toBe(result.request_number)
    expect(result.sys_id).toBe(result.request_id)
    expect(orderCounts()).toEqual({ requests: before.requests + 1, items: before.items + 1 })
    const request = get('sc_request', result.request_id)
    expect(request.getValue('number')).toBe(result.request_number)
    expect(request.getValue('requested_for')).toBe(tele)
    expect(request.getValue('opened_by')).toBe(tele)
    // The persona offers the laptop: the user pays its persona cost a month, not the $1,499 list price (issue 17, one price model).
    expect(Number(request.getValue('price'))).toBe(0)
    expect(request.getValue('sys_created_by')).toBe('tele.api')
    const [ritm] = rows('sc_req_item', `request=${result.request_id}`)
    expect(ritm.getValue('cat_item')).toBe(laptop)
    expect(ritm.getValue('quantity')).toBe('2')
    expect(Number(ritm.getValue('price'))).toBe(0)
    expect(ritm.getValue('x_psm_persona_price_shown')).toBe('$42.00/month')
    expect(ritm.getValue('requested_for')).toBe(tele)
    expect(Number(ritm.getValue('recurring_price'))).toBe(42)
    expect(ritm.getValue('recurring_frequency')).toBe('monthly')
    expect(ritm.getValue('sc_catalog')).toBe(get('sc_catalog', 'title', 'Persona Services').getUniqueValue())
})

test('an empty body orders one', async () => {
    const r = await call('tele.api', 'POST', `/api/sn_sc/servicecatalog/items/${itemId(PASSWORDS)}/order_now`)
    expect(r.status).toBe(200)
    const [ritm] = rows('sc_req_item', `request=${(r.json.result as { request_id: string }).request_id}`)
    expect(ritm.getValue('quantity')).toBe('1')
    // No offering for this item: the dictionary default, no monthly charge.
    expect(Number(ritm.getValue('recurring_price'))).toBe(0)
})

test.each([0, 100, -3, 1.5, '"abc"'])('order_now with sysparm_quantity %p: 400 and nothing created', async (quantity) => {
    const before = orderCounts()
    const r = await call('tele.api', 'POST', `/api/sn_sc/servicecatalog/items/${itemId(BROADBAND)}/order_now`, `{"sysparm_quantity": ${quantity}}`)
    expect(r.status).toBe(400)
    expect(r.json.error?.message).toBe('Invalid quantity')
    expect(r.json.error?.detail).toMatch(/^sysparm_quantity must be a whole number from 1 to 99/)
    expect(orderCounts()).toEqual(before)
})

test('order_now with a malformed body or an unknown item changes nothing', async () => {
    const before = orderCounts()
    const bad = await call('tele.api', 'POST', `/api/sn_sc/servicecatalog/items/${itemId(BROADBAND)}/order_now`, '{"sysparm_quantity": ')
    expect(bad.status).toBe(400)
    expect(bad.json.error?.message).toBe('Exception while reading request')
    const array = await call('tele.api', 'POST', `/api/sn_sc/servicecatalog/items/${itemId(BROADBAND)}/order_now`, '[1]')
    expect(array.status).toBe(400)
    const unknown = await call('tele.api', 'POST', '/api/sn_sc/servicecatalog/items/0123456789abcdef0123456789abcdef/order_now', '{}')
    expect(unknown.status).toBe(404)
    const wrongMethod = await call('tele.api', 'GET', `/api/sn_sc/servicecatalog/items/${itemId(BROADBAND)}/order_now`)
    expect(wrongMethod.status).toBe(405)
    expect(orderCounts()).toEqual(before)
})

test('when the analyst becomes a Telecommuter, the API shows and orders the Telecommuter catalog at once', async () => {
    const broadband = itemId(BROADBAND)
    expect((await call('analyst.api', 'GET', `/api/sn_sc/servicecatalog/items/${broadband}`)).status).toBe(403)
    update('x_psm_persona_profile', get('x_psm_persona_profile', 'user', analyst).getUniqueValue(), TELECOMMUTER)
    expect(names(await list('analyst.api', '?sysparm_limit=1000'))).toContain(BROADBAND)
    expect((await call('analyst.api', 'POST', `/api/sn_sc/servicecatalog/items/${broadband}/order_now`, '{}')).status).toBe(200)
    expect((await call('analyst.api', 'GET', `/api/sn_sc/servicecatalog/items/${itemId(TABLEAU)}`)).status).toBe(403)
})
