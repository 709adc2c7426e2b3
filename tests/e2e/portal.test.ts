import * as fs from 'node:fs'
import * as path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import type { DemoLogin } from '../../tools/demo/logins'
import { startServer, type RunningServer } from '../../src/local/http/server'
import type { Instance } from '../../src/local/instance'
import { launchChromium } from '../support/browser'
import { demoInstance, loadDemo } from '../support/demo'
import { ARTIFACTS, docsScreenshot } from '../support/screenshots'
import { rows } from '../support/records'

/*
 * The app's Service Portal pages in a real headless Chromium (the real AngularJS), as the app ships
 * them (fluent/portal): two demo users of different personas log in through the portal's login page
 * and compare their persona card and persona catalog (/sp?id=psm_catalog), search it, order through
 * sn_sc.CartJS from the list and from the item page (/sp?id=psm_item), get 403 "not available to
 * you" for an item their persona does not offer (and a refused order, whatever they send), use the
 * pages by keyboard and at 375 px; screenshots are kept in test-artifacts/ (docs/portal.png, the README's,
 * is refreshed from there with PSM_REFRESH_DOCS=1: tests/support/screenshots.ts).
 */

const PASSWORD = 'e2e-portal-password-9f3k'
const TEST_MS = 90_000

let instance: Instance
let server: RunningServer
let browser: Browser
let telecommuter: DemoLogin & { id: string }
let analyst: DemoLogin & { id: string }
const contexts: BrowserContext[] = []

beforeAll(async () => {
    instance = await demoInstance()
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

/** Opens the catalog; not logged in, the portal shows its login page there; after the login the catalog renders. */
async function loginToCatalog(page: Page, userName: string): Promise<void> {
    await page.goto('/sp?id=psm_catalog')
    await page.getByLabel('User name').fill(userName)
    await page.getByLabel('Password').fill(PASSWORD)
    await page.getByRole('button', { name: 'Log in' }).click()
    await page.waitForURL(/id=psm_catalog/)
    await page.locator('.psm-catalog-title').waitFor()
}

async function listedNames(page: Page): Promise<string[]> {
    await page.locator('.psm-result-info').first().waitFor()
    return (await page.locator('.psm-item-name a').allTextContents()).map((s) => s.trim()).sort()
}

/** What a persona's user sees by the contract: items its active offerings restrict to it, plus unrestricted ones (from the records). */
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
        for (const item of rows('sc_cat_item', 'active=true^hide_sp!=true')) {
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
    'two users of different personas compare: each sees their persona card and their persona’s services with costs and why, not the other’s',
    async () => {
        const tPage = await newPage()
        await loginToCatalog(tPage, telecommuter.userName)
        const aPage = await newPage()
        await loginToCatalog(aPage, analyst.userName)
        await expect(tPage.locator('#persona-title').textContent()).resolves.toBe('Telecommuter')
        await expect(aPage.locator('#persona-title').textContent()).resolves.toBe('Business Analyst')

        const tExpected = expectedNames('Telecommuter')
        const aExpected = expectedNames('Business Analyst')
        const tSees = await listedNames(tPage)
        const aSees = await listedNames(aPage)
        expect(tSees).toEqual(tExpected.names)
        expect(aSees).toEqual(aExpected.names)
        const onlyT = tExpected.mine.filter((n) => !aExpected.names.includes(n))
        const onlyA = aExpected.mine.filter((n) => !tExpected.names.includes(n))
        expect(onlyT.length).toBeGreaterThan(0)
        expect(onlyA.length).toBeGreaterThan(0)
        for (const n of onlyT) expect(aSees).not.toContain(n)
        for (const n of onlyA) expect(tSees).not.toContain(n)

        // The radar chart, drawn by AngularJS bindings: the user's polygon and the persona's, five corners each.
        for (const page of [tPage, aPage]) {
            await expect(page.locator('svg.psm-radar[role="img"]').count()).resolves.toBe(1)
            const you = await page.locator('polygon.psm-radar-you').getAttribute('points')
            const persona = await page.locator('polygon.psm-radar-persona').getAttribute('points')
            expect(you?.split(' ')).toHaveLength(5)
            expect(persona?.split(' ')).toHaveLength(5)
            await expect(page.locator('svg.psm-radar text.psm-radar-label').allTextContents()).resolves.toEqual(['Technology', 'Network', 'Interaction', 'Communication', 'Virtual/Mobile'])
            await expect(page.locator('.psm-rankings tbody tr').count()).resolves.toBe(5)
            await expect(page.locator('#psm-radar-desc').textContent()).resolves.toMatch(/^Your rankings: Technology \d, Network \d/)
        }
        // The two personas' profiles differ, and so do their charts.
        expect(await tPage.locator('polygon.psm-radar-persona').getAttribute('points')).not.toBe(await aPage.locator('polygon.psm-radar-persona').getAttribute('points'))
        // The short why, with the scoring's explanation on demand.
        await expect(tPage.locator('.psm-persona .psm-why').first().textContent()).resolves.toMatch(/^You have the Telecommuter persona because/)
        const details = tPage.locator('details.psm-details')
        await expect(details.locator('.psm-explanation').isVisible()).resolves.toBe(false)
        await details.locator('summary').click()
        await expect(details.locator('.psm-explanation').textContent()).resolves.toMatch(/^Telecommuter: /)

        // Beside the catalog the card shows the persona only (its services are the catalog).
        await expect(tPage.locator('.psm-persona .psm-services').count()).resolves.toBe(0)
        // A persona service shows its monthly cost for the persona and why it is visible.
        const card = tPage.locator('.psm-item', { has: tPage.getByRole('link', { name: onlyT[0], exact: true }) })
        await expect(card.locator('.psm-monthly').textContent()).resolves.toMatch(/^\$[\d,]+\.\d\d\/month$/)
        await expect(card.locator('[data-why]').textContent()).resolves.toMatch(/^Offered to Telecommuters/)
    },
    TEST_MS,
)

test(
    'search (&q=) and category filters narrow the catalog',
    async () => {
        const page = await newPage()
        await loginToCatalog(page, telecommuter.userName)
        const all = expectedNames('Telecommuter').names
        await page.getByRole('searchbox', { name: 'Search services' }).fill('vpn')
        await page.getByRole('button', { name: 'Search', exact: true }).click()
        await page.waitForURL(/q=vpn/)
        await expect(listedNames(page)).resolves.toEqual(['Always-On VPN – GlobalProtect'])
        await page.goto('/sp?id=psm_catalog')
        const chip = page.locator('nav.psm-categories li').nth(1).locator('a')
        await chip.click()
        await page.waitForURL(/category=/)
        await expect(page.locator('nav.psm-categories a[aria-current="true"]').count()).resolves.toBe(1)
        expect((await listedNames(page)).length).toBeLessThan(all.length)
    },
    TEST_MS,
)

test(
    'ordering from the list asks for confirmation, then orders through the widget; the item page orders a quantity',
    async () => {
        const page = await newPage()
        await loginToCatalog(page, telecommuter.userName)
        const name = expectedNames('Telecommuter').mine[0]
        const count = () => instance.run(() => rows('sc_req_item', `requested_for=${telecommuter.id}`).length)
        const before = count()
        await page.getByRole('button', { name: `Order ${name}`, exact: true }).click()
        // Nothing is ordered until the user confirms.
        expect(count()).toBe(before)
        await page.getByRole('button', { name: 'Confirm order' }).click()
        const ordered = page.locator('.psm-ordered a')
        await ordered.waitFor()
        const number = (await ordered.textContent())?.trim() ?? ''
        expect(number).toMatch(/^REQ\d+$/)
        expect(count()).toBe(before + 1)
        const ritm = instance.run(() => rows('sc_req_item', `request.number=${number}`))[0]
        expect(ritm.getValue('cat_item')).toBe(itemId(name))

        await page.goto(`/sp?id=psm_item&sys_id=${itemId(name)}`)
        await expect(page.locator('h1.psm-item-title').textContent()).resolves.toBe(name)
        await expect(page.locator('.psm-item-facts [data-why]').textContent()).resolves.toMatch(/^Offered to Telecommuters/)
        await page.getByLabel('Quantity').fill('2')
        await page.getByRole('button', { name: 'Order now' }).click()
        const link = page.locator('.alert-success a')
        await link.waitFor()
        const second = (await link.textContent())?.trim() ?? ''
        expect(instance.run(() => rows('sc_req_item', `request.number=${second}`))[0].getValue('quantity')).toBe('2')
        // The request page the confirmation links to.
        await link.click()
        await page.waitForURL(/id=ticket/)
        await expect(page.locator('body').textContent()).resolves.toContain(second)
    },
    TEST_MS,
)

test(
    'an item the user may not see: its page answers 403 "not available to you", names nothing, and an order sent anyway is refused on the server',
    async () => {
        const page = await newPage()
        await loginToCatalog(page, analyst.userName)
        const aNames = expectedNames('Business Analyst').names
        const hidden = expectedNames('Telecommuter').mine.find((n) => !aNames.includes(n)) as string
        const id = itemId(hidden)
        const before = instance.run(() => rows('sc_request').length)

        const response = await page.goto(`/sp?id=psm_item&sys_id=${id}`)
        expect(response?.status()).toBe(403)
        await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Not available to you')
        await expect(page.getByRole('button', { name: 'Order now' }).count()).resolves.toBe(0)
        expect(await page.content()).not.toContain(hidden)

        // The widget's order call with the session's own token, as a crafted request: 403, nothing ordered.
        const model = JSON.parse((await page.locator('#sp-page-model').textContent()) ?? '{}') as { g_ck: string; widgets: Array<{ sys_id: string }> }
        const res = await page.request.post(`/api/now/sp/widget/${model.widgets[0].sys_id}?id=psm_item&sys_id=${id}`, {
            headers: { 'X-UserToken': model.g_ck, 'Content-Type': 'application/json' },
            data: { action: 'order', sys_id: id, quantity: 1 },
        })
        expect(res.status()).toBe(403)
        // Without the token the call never reaches the widget.
        const noToken = await page.request.post(`/api/now/sp/widget/${model.widgets[0].sys_id}?id=psm_item&sys_id=${id}`, { headers: { 'Content-Type': 'application/json' }, data: { action: 'order', sys_id: id } })
        expect(noToken.status()).toBe(401)
        expect(instance.run(() => rows('sc_request').length)).toBe(before)
    },
    TEST_MS,
)

test(
    'keyboard only: search, open an item and order it; at 375 px nothing overflows; screenshots are kept',
    async () => {
        const page = await newPage()
        const problems: string[] = []
        page.on('console', (m) => {
            if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text())
        })
        page.on('pageerror', (e) => problems.push(e.message))
        await loginToCatalog(page, telecommuter.userName)
        await page.screenshot({ path: path.join(ARTIFACTS, 'portal-catalog.png'), fullPage: false })
        const picture = await docsScreenshot(page, 'portal.png')

        // Tab to the search field (bounded), type, Enter.
        const focusedId = () => page.evaluate('document.activeElement && document.activeElement.id')
        for (let i = 0; i < 60 && (await focusedId()) !== 'psm-q'; i++) await page.keyboard.press('Tab')
        expect(await focusedId()).toBe('psm-q')
        await page.keyboard.type('vpn')
        await page.keyboard.press('Enter')
        await page.waitForURL(/q=vpn/)
        await page.locator('.psm-item-name a').first().waitFor()
        // Tab to the item's link and follow it with Enter.
        const focusedText = () => page.evaluate('document.activeElement && document.activeElement.textContent')
        for (let i = 0; i < 80 && (await focusedText()) !== 'Always-On VPN – GlobalProtect'; i++) await page.keyboard.press('Tab')
        await page.keyboard.press('Enter')
        await page.waitForURL(/id=psm_item/)
        await page.locator('#psm-quantity').waitFor()
        for (let i = 0; i < 60 && (await focusedId()) !== 'psm-quantity'; i++) await page.keyboard.press('Tab')
        expect(await focusedId()).toBe('psm-quantity')
        await page.keyboard.press('Tab')
        await expect(focusedText()).resolves.toBe('Order now')
        await page.keyboard.press('Enter')
        await page.locator('.alert-success a').waitFor()
        await page.screenshot({ path: path.join(ARTIFACTS, 'portal-item-ordered.png'), fullPage: false })

        const phone = await newPage({ width: 375, height: 812 })
        await loginToCatalog(phone, telecommuter.userName)
        const overflow = Number(await phone.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth'))
        expect(overflow).toBeLessThanOrEqual(0)
        await phone.screenshot({ path: path.join(ARTIFACTS, 'portal-catalog-375.png'), fullPage: true })
        await phone.goto(`/sp?id=psm_item&sys_id=${itemId(expectedNames('Telecommuter').mine[0])}`)
        await phone.locator('h1.psm-item-title').waitFor()
        expect(Number(await phone.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth'))).toBeLessThanOrEqual(0)
        await phone.screenshot({ path: path.join(ARTIFACTS, 'portal-item-375.png'), fullPage: true })
        expect(fs.statSync(picture).size).toBeGreaterThan(10_000)
        expect(problems).toEqual([])
    },
    TEST_MS,
)
