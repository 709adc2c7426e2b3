import * as fs from 'node:fs'
import * as path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import type { DemoLogin } from '../../tools/demo/logins'
import { startServer, type RunningServer } from '../../src/local/http/server'
import type { Instance } from '../../src/local/instance'
import { launchChromium } from '../support/browser'
import { loadDemo } from '../support/demo'
import { installedInstance } from '../support/instance'
import { rows } from '../support/records'
import { GlideRecord } from '../../src/local/glide'

/*
 * The Service Portal in a real headless Chromium: two demo users of different personas log in and
 * see their persona's catalog, one orders with confirmation and finds the request in My requests,
 * hidden items answer 403, forms without the CSRF token are refused, logout ends the session.
 */

const ROOT = path.resolve(__dirname, '../..')
const ARTIFACTS = path.join(ROOT, 'test-artifacts')
const PASSWORD = 'e2e-portal-password-9f3k'
const TEST_MS = 60_000

let instance: Instance
let server: RunningServer
let browser: Browser
let telecommuter: DemoLogin & { id: string }
let analyst: DemoLogin & { id: string }
const contexts: BrowserContext[] = []

beforeAll(async () => {
    instance = installedInstance()
    server = await startServer(instance, { port: 0 })
    const logins = await loadDemo(instance, server.url, PASSWORD)
    const pick = (persona: string) => {
        const login = logins.users.find((u) => u.persona === persona)
        if (!login) throw new Error(`The demo has no ${persona} login: ${JSON.stringify(logins.users)}`)
        const id = instance.run(() => rows('sys_user', `user_name=${login.userName}`)[0].getUniqueValue())
        return { ...login, id }
    }
    telecommuter = pick('Telecommuter')
    analyst = pick('Business Analyst')
    browser = await launchChromium()
    fs.mkdirSync(ARTIFACTS, { recursive: true })
}, 120_000)

afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined)
    await browser?.close()
    await server?.close()
    instance?.close()
})

async function newPage(viewport = { width: 1280, height: 900 }): Promise<Page> {
    const context = await browser.newContext({ viewport, baseURL: server.url })
    contexts.push(context)
    return context.newPage()
}

async function login(page: Page, userName: string, password = PASSWORD): Promise<void> {
    await page.goto('/sp/login')
    await page.getByLabel('User name').fill(userName)
    await page.getByLabel('Password').fill(password)
    await page.getByRole('button', { name: 'Log in' }).click()
}

/** Every item name the catalog lists for the logged-in user, following the "more" links. */
async function catalogNames(page: Page): Promise<string[]> {
    await page.goto('/sp/catalog')
    const names: string[] = []
    for (let guard = 0; guard < 50; guard++) {
        names.push(...(await page.locator('.item h4 a').allTextContents()).map((s) => s.trim()))
        const more = page.locator('a[rel="next"]')
        if (!(await more.count())) break
        await more.first().click()
        await page.waitForLoadState('domcontentloaded')
    }
    return names.sort()
}

/**
 * What the architecture contract says a user of the persona sees: items with an active offering
 * for the persona, plus items no active offering restricts. Computed from the offering records,
 * not from the engine the portal uses.
 */
function expectedNames(personaName: string): { mine: string[]; names: string[] } {
    return instance.run(() => {
        const offered = new Map<string, Set<string>>()
        for (const o of rows('x_psm_persona_offering', 'active=true')) {
            const item = o.getValue('catalog_item') ?? ''
            const set = offered.get(item) ?? new Set<string>()
            set.add(o.getDisplayValue('persona'))
            offered.set(item, set)
        }
        const names: string[] = []
        const mine: string[] = []
        for (const item of rows('sc_cat_item', 'active=true')) {
            const personas = offered.get(item.getUniqueValue())
            const name = item.getValue('name') ?? ''
            if (!personas) names.push(name)
            else if (personas.has(personaName)) {
                names.push(name)
                mine.push(name)
            }
        }
        return { mine: mine.sort(), names: names.sort() }
    })
}

function itemId(name: string): string {
    return instance.run(() => rows('sc_cat_item', `name=${name}^active=true`)[0].getUniqueValue())
}

test(
    'two demo users of different personas each see their persona’s services and the unrestricted ones, not the other’s',
    async () => {
        const tPage = await newPage()
        await login(tPage, telecommuter.userName)
        await tPage.waitForURL(/\/sp\/catalog$/)
        await expect(tPage.locator('#persona-title').textContent()).resolves.toBe('Telecommuter')

        const aPage = await newPage()
        await login(aPage, analyst.userName)
        await aPage.waitForURL(/\/sp\/catalog$/)
        await expect(aPage.locator('#persona-title').textContent()).resolves.toBe('Business Analyst')

        const tExpected = expectedNames('Telecommuter')
        const aExpected = expectedNames('Business Analyst')
        const tSees = await catalogNames(tPage)
        const aSees = await catalogNames(aPage)
        expect(tSees).toEqual(tExpected.names)
        expect(aSees).toEqual(aExpected.names)

        // The personas differ in what they are offered: each sees something the other does not.
        const onlyT = tExpected.mine.filter((n) => !aExpected.names.includes(n))
        const onlyA = aExpected.mine.filter((n) => !tExpected.names.includes(n))
        expect(onlyT.length).toBeGreaterThan(0)
        expect(onlyA.length).toBeGreaterThan(0)
        for (const n of onlyT) expect(aSees).not.toContain(n)
        for (const n of onlyA) expect(tSees).not.toContain(n)

        // The persona card: a radar chart with a text alternative and the numbers as a table.
        const radar = tPage.locator('svg.radar[role="img"]')
        await expect(radar.count()).resolves.toBe(1)
        await expect(tPage.locator('table.ranks tbody tr').count()).resolves.toBe(5)
        await expect(tPage.locator('#radar-desc').textContent()).resolves.toMatch(/Your rankings: Technology \d, Network \d/)
        // A persona service shows its monthly cost for the persona and why it is visible.
        const card = tPage.locator('.item', { has: tPage.getByRole('link', { name: onlyT[0], exact: true }) })
        await expect(card.locator('.price').first().textContent()).resolves.toMatch(/^\$[\d,]+\.\d\d/)
        await expect(card.locator('[data-why]').textContent()).resolves.toMatch(/Telecommuters/)
    },
    TEST_MS,
)

test(
    'search and category filters narrow the catalog',
    async () => {
        const page = await newPage()
        await login(page, telecommuter.userName)
        await page.waitForURL(/\/sp\/catalog$/)
        const all = expectedNames('Telecommuter').names
        const word = all[0].split(' ')[0]
        await page.getByLabel('Search services').fill(word)
        await page.getByRole('button', { name: 'Search' }).click()
        await page.waitForURL(/q=/)
        const found = (await page.locator('.item h4 a').allTextContents()).map((s) => s.trim())
        expect(found).toContain(all[0])
        expect(found.length).toBeLessThan(all.length)
        const chip = page.locator('nav[aria-label="Categories"] a').nth(1)
        await chip.click()
        await page.waitForURL(/category=/)
        await expect(page.locator('nav[aria-label="Categories"] a[aria-current="true"]').count()).resolves.toBe(1)
    },
    TEST_MS,
)

test(
    'ordering asks for confirmation, then the request is listed in My requests',
    async () => {
        const page = await newPage()
        await login(page, telecommuter.userName)
        await page.waitForURL(/\/sp\/catalog$/)
        const name = expectedNames('Telecommuter').mine[0]
        const before = instance.run(() => rows('sc_req_item', `requested_for=${telecommuter.id}`).length)

        await page.getByRole('link', { name: `Order ${name}`, exact: true }).click()
        await page.waitForURL(/\/order$/)
        await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Confirm your order')
        // Nothing is ordered until the user confirms.
        expect(instance.run(() => rows('sc_req_item', `requested_for=${telecommuter.id}`).length)).toBe(before)

        await page.getByLabel('Quantity').fill('2')
        await page.getByRole('button', { name: 'Confirm order' }).click()
        await page.waitForURL(/\/sp\/requests\?ordered=/)
        const notice = await page.locator('.notice.ok').textContent()
        const number = /REQ\d+/.exec(notice ?? '')?.[0]
        expect(number).toBeDefined()

        const row = page.locator('table.requests tbody tr', { hasText: name })
        await expect(row.count()).resolves.toBe(1)
        await expect(row.locator('td[data-label="Request"]').textContent()).resolves.toBe(number)
        await expect(row.locator('td[data-label="Quantity"]').textContent()).resolves.toBe('2')

        const items = instance.run(() => rows('sc_req_item', `requested_for=${telecommuter.id}`))
        expect(items).toHaveLength(before + 1)
        const ordered = items.find((i) => i.getDisplayValue('request') === number)
        expect(ordered?.getValue('cat_item')).toBe(itemId(name))
        expect(ordered?.getValue('quantity')).toBe('2')
    },
    TEST_MS,
)

test(
    'the URL of an item the user may not see answers 403 and offers no way to order it',
    async () => {
        const page = await newPage()
        await login(page, analyst.userName)
        await page.waitForURL(/\/sp\/catalog$/)
        const aNames = expectedNames('Business Analyst').names
        const hidden = expectedNames('Telecommuter').mine.find((n) => !aNames.includes(n)) as string
        const id = itemId(hidden)
        const before = instance.run(() => rows('sc_request').length)

        const itemPage = await page.goto(`/sp/item/${id}`)
        expect(itemPage?.status()).toBe(403)
        await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Not available to you')
        const orderPage = await page.goto(`/sp/item/${id}/order`)
        expect(orderPage?.status()).toBe(403)
        await expect(page.locator('form[action$="/order"]').count()).resolves.toBe(0)

        // Posting the order form anyway (with a valid token) is refused on the server too.
        // (The page's logout form carries the session's token.)
        const csrf = await page.locator('input[name="csrf"]').first().inputValue()
        const res = await page.request.post(`/sp/item/${id}/order`, { form: { quantity: '1', csrf }, maxRedirects: 0 })
        const status = res.status()
        expect(status).toBe(403)
        expect(instance.run(() => rows('sc_request').length)).toBe(before)
    },
    TEST_MS,
)

test(
    'a form posted without the CSRF token is refused and orders nothing',
    async () => {
        const page = await newPage()
        await login(page, telecommuter.userName)
        await page.waitForURL(/\/sp\/catalog$/)
        const id = itemId(expectedNames('Telecommuter').mine[0])
        const before = instance.run(() => rows('sc_request').length)
        await page.goto(`/sp/item/${id}/order`)
        await page.locator('form[action$="/order"] input[name="csrf"]').evaluate((el) => el.remove())
        const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Confirm order' }).click()])
        expect(response.status()).toBe(403)
        await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Form expired')
        expect(instance.run(() => rows('sc_request').length)).toBe(before)

        // The login form is protected the same way: no token, no login.
        const res = await fetch(`${server.url}/sp/login`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
            body: new URLSearchParams({ user_name: telecommuter.userName, password: PASSWORD }).toString(),
            redirect: 'manual',
        })
        expect(res.status).toBe(403)
        expect(res.headers.get('set-cookie') ?? '').not.toMatch(/psm_session=[^;]/)
    },
    TEST_MS,
)

test(
    'logout ends the session',
    async () => {
        const page = await newPage()
        await login(page, analyst.userName)
        await page.waitForURL(/\/sp\/catalog$/)
        await page.getByRole('button', { name: 'Log out' }).click()
        await page.waitForURL(/\/sp\/login\?logged_out=1$/)
        await expect(page.locator('.notice.ok').textContent()).resolves.toBe('You have been logged out.')
        await page.goto('/sp/requests')
        expect(new URL(page.url()).pathname).toBe('/sp/login')
        expect(new URL(page.url()).searchParams.get('next')).toBe('/sp/requests')
    },
    TEST_MS,
)

test(
    'a wrong password is refused with a message, and the login returns to the page asked for',
    async () => {
        const page = await newPage()
        await login(page, telecommuter.userName, 'not-the-password')
        await expect(page.getByRole('alert').textContent()).resolves.toBe('Wrong user name or password.')
        expect(new URL(page.url()).pathname).toBe('/sp/login')
        await page.goto('/sp/requests')
        await page.getByLabel('User name').fill(telecommuter.userName)
        await page.getByLabel('Password').fill(PASSWORD)
        await page.getByRole('button', { name: 'Log in' }).click()
        await page.waitForURL(/\/sp\/requests$/)
        // An off-site "next" is ignored.
        const other = await newPage()
        await other.goto('/sp/login?next=//evil.example/x')
        await other.getByLabel('User name').fill(telecommuter.userName)
        await other.getByLabel('Password').fill(PASSWORD)
        await other.getByRole('button', { name: 'Log in' }).click()
        await other.waitForURL(/\/sp\/catalog$/)
    },
    TEST_MS,
)

test(
    'the home page works by keyboard and at 375 px wide; screenshots are kept',
    async () => {
        const page = await newPage()
        // The CSP allows scripts and styles from this origin only: a violation would show up here.
        const problems: string[] = []
        page.on('console', (m) => {
            if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text())
        })
        page.on('pageerror', (e) => problems.push(e.message))
        await login(page, telecommuter.userName)
        await page.waitForURL(/\/sp\/catalog$/)
        await expect(page.locator('.persona .why-persona').first().textContent()).resolves.toMatch(/Telecommuter/)
        await page.screenshot({ path: path.join(ARTIFACTS, 'portal-home.png'), fullPage: false })
        fs.mkdirSync(path.join(ROOT, 'docs'), { recursive: true })
        await page.screenshot({ path: path.join(ROOT, 'docs', 'portal.png'), fullPage: false })
        // The first Tab reaches the skip link, which moves focus past the header to the main landmark.
        await page.keyboard.press('Tab')
        await expect(page.evaluate('document.activeElement && document.activeElement.textContent')).resolves.toBe('Skip to main content')
        await page.keyboard.press('Enter')
        await expect(page.evaluate('document.activeElement && document.activeElement.id')).resolves.toBe('main')

        const phone = await newPage({ width: 375, height: 812 })
        await login(phone, telecommuter.userName)
        await phone.waitForURL(/\/sp\/catalog$/)
        const overflow = Number(await phone.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth'))
        expect(overflow).toBeLessThanOrEqual(0)
        await phone.screenshot({ path: path.join(ARTIFACTS, 'portal-home-375.png'), fullPage: true })
        await phone.goto('/sp/requests')
        await phone.screenshot({ path: path.join(ARTIFACTS, 'portal-requests-375.png'), fullPage: true })
        expect(fs.statSync(path.join(ROOT, 'docs', 'portal.png')).size).toBeGreaterThan(10_000)
        expect(problems).toEqual([])
    },
    TEST_MS,
)

test(
    'assets come from a fixed list: no other file, no path traversal, no login needed',
    async () => {
        const css = await fetch(`${server.url}/sp/assets/portal.css`)
        expect(css.status).toBe(200)
        expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8')
        expect(await css.text()).toContain(':focus-visible')
        const js = await fetch(`${server.url}/sp/assets/portal.js`)
        expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
        for (const p of ['/sp/assets/..%2F..%2F..%2Fpackage.json', '/sp/assets/%2e%2e%2fstyles.ts', '/sp/assets/styles.ts']) {
            const res = await fetch(`${server.url}${p}`, { redirect: 'manual' })
            expect([p, res.status]).toEqual([p, 404])
            expect(await res.text()).not.toContain('"name": "persona-service-management"')
        }
        // Pages carry the security headers (no framing, scripts from this origin only).
        const login = await fetch(`${server.url}/sp/login`)
        expect(login.headers.get('content-security-policy')).toContain("script-src 'self'")
        expect(login.headers.get('x-frame-options')).toBe('DENY')
        expect(login.headers.get('set-cookie')).toMatch(/^psm_login_csrf=[\w-]+; Path=\/sp\/login; HttpOnly; SameSite=Strict/)
    },
    TEST_MS,
)

test(
    'a 10,000-item catalog: pages of 60, search and visibility stay right and fast',
    async () => {
        const BULK = 10_000
        const { category } = instance.run(() => {
            const analystCriteria = rows('x_psm_persona_persona', 'name=Business Analyst')[0].getValue('user_criteria') as string
            return instance.store.transaction(() => {
                const cat = new GlideRecord('sc_category')
                cat.initialize()
                cat.setValue('title', 'Bulk services')
                cat.setValue('active', true)
                const categoryId = cat.insert() as string
                for (let k = 0; k < BULK; k++) {
                    const item = new GlideRecord('sc_cat_item')
                    item.initialize()
                    item.setValue('name', `Bulk service ${String(k).padStart(5, '0')}`)
                    item.setValue('short_description', 'Generated for the large-catalog test')
                    item.setValue('category', categoryId)
                    item.setValue('active', true)
                    item.setWorkflow(false)
                    const id = item.insert() as string
                    // Every even item is restricted to Business Analysts.
                    if (k % 2 === 0) {
                        const link = new GlideRecord('sc_cat_item_user_criteria_mtom')
                        link.initialize()
                        link.setValue('sc_cat_item', id)
                        link.setValue('user_criteria', analystCriteria)
                        link.setWorkflow(false)
                        link.insert()
                    }
                }
                return { category: categoryId }
            })
        })
        const page = await newPage()
        await login(page, telecommuter.userName)
        await page.waitForURL(/\/sp\/catalog$/)

        const started = Date.now()
        const first = await page.goto(`/sp/catalog?category=${category}`)
        const elapsed = Date.now() - started
        expect(first?.status()).toBe(200)
        await expect(page.locator('.result-info').textContent()).resolves.toBe(`Showing 1–60 of ${BULK / 2} services.`)
        const names = (await page.locator('.item h4 a').allTextContents()).map((s) => s.trim())
        expect(names).toHaveLength(60)
        expect(names[0]).toBe('Bulk service 00001')
        expect(names.every((n) => Number(n.slice(-5)) % 2 === 1)).toBe(true)
        await page.locator('a[rel="next"]').click()
        await page.waitForURL(/page=2/)
        await expect(page.locator('.item h4 a').first().textContent()).resolves.toBe('Bulk service 00121')
        // Generous: the page is rendered in well under a tenth of this; it must not scan items one by one.
        expect(elapsed).toBeLessThan(3000)

        // Search works on the whole catalog; a restricted item stays hidden from the Telecommuter …
        await page.goto('/sp/catalog?q=bulk+service+00003')
        await expect(page.locator('.item h4 a').allTextContents()).resolves.toEqual(['Bulk service 00003'])
        await page.goto('/sp/catalog?q=bulk+service+00002')
        await expect(page.locator('.item').count()).resolves.toBe(0)
        // … and is found by the Business Analyst it is offered to.
        const other = await newPage()
        await login(other, analyst.userName)
        await other.waitForURL(/\/sp\/catalog$/)
        await other.goto('/sp/catalog?q=bulk+service+00002')
        await expect(other.locator('.item h4 a').allTextContents()).resolves.toEqual(['Bulk service 00002'])
    },
    TEST_MS,
)
