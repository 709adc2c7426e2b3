import * as fs from 'node:fs'
import * as path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { startServer, type RunningServer } from '../../src/local/http/server'
import type { Instance } from '../../src/local/instance'
import { launchChromium } from '../support/browser'
import { installedInstance } from '../support/instance'
import { get, insert, personaId, rows, update } from '../support/records'

/*
 * "Request a service outside my persona" in a real headless Chromium with the real AngularJS: a
 * Telecommuter opens a service their persona does not offer, sees only "not available to you" and
 * the offer (never the service's name), asks with a reason; their manager approves on the base
 * approval page, which shows the request; in a new session the service's page opens for them.
 */
const ROOT = path.resolve(__dirname, '../..')
const ARTIFACTS = path.join(ROOT, 'test-artifacts')
const PASSWORD = 'e2e-exception-password-8Lm'
const TEST_MS = 120_000
const TELECOMMUTER = { devices: 10, network_gb_month: 80, team_hours_week: 8, contacts_per_day: 8, remote_pct: 90 }

let instance: Instance
let server: RunningServer
let browser: Browser
let hidden = ''
const contexts: BrowserContext[] = []

beforeAll(async () => {
    instance = installedInstance()
    server = await startServer(instance, { port: 0 })
    instance.run(() => {
        const boss = insert('sys_user', { user_name: 'boss.e2e', name: 'Bea Boss', user_password: PASSWORD })
        const tele = insert('sys_user', { user_name: 'tele.e2e', name: 'Tom Tele', manager: boss, user_password: PASSWORD })
        update('x_psm_persona_profile', get('x_psm_persona_profile', 'user', tele).getUniqueValue(), TELECOMMUTER)
        hidden = insert('sc_cat_item', { name: 'Survey Studio Pro', short_description: 'Secret pricing inside', price: 900, active: true })
        insert('x_psm_persona_offering', { persona: personaId('Business Analyst'), catalog_item: hidden, monthly_cost: 30, restrict_item: true })
    })
    browser = await launchChromium()
    fs.mkdirSync(ARTIFACTS, { recursive: true })
}, 120_000)

afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined)
    await browser?.close()
    await server?.close()
    instance?.close()
})

async function newPage(): Promise<{ page: Page; errors: string[]; tokens: Array<string | undefined> }> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, baseURL: server.url })
    contexts.push(context)
    const page = await context.newPage()
    const errors: string[] = []
    const tokens: Array<string | undefined> = []
    page.on('pageerror', (e) => errors.push(e.message))
    page.on('request', (r) => {
        if (r.url().includes('/api/now/sp/widget/')) tokens.push(r.headers()['x-usertoken'])
    })
    return { page, errors, tokens }
}

async function loginAt(page: Page, address: string, userName: string): Promise<void> {
    await page.goto(address)
    await page.getByLabel('User name').fill(userName)
    await page.getByLabel('Password').fill(PASSWORD)
    await page.getByRole('button', { name: 'Log in' }).click()
    await page.waitForLoadState('load')
}

test(
    'a hidden service: the offer names nothing, the request reaches the manager, the approval grants it for the next session',
    async () => {
        const user = await newPage()
        await loginAt(user.page, `/sp?id=psm_item&sys_id=${hidden}`, 'tele.e2e')
        await user.page.getByRole('heading', { name: 'Not available to you' }).waitFor()
        const offer = user.page.getByRole('region', { name: 'Request a service outside my persona' })
        await offer.waitFor()
        expect(await user.page.locator('body').innerText()).not.toMatch(/Survey Studio|Secret pricing/)
        await offer.getByLabel('Why do you need it?').fill('I run the customer survey this quarter')
        await offer.getByRole('button', { name: 'Request a service outside my persona' }).click()
        await offer.getByRole('status').filter({ hasText: 'was sent to your manager for approval' }).waitFor()
        expect(await offer.getByRole('status').innerText()).toBe('Your request for the service you opened was sent to your manager for approval.')
        expect(user.tokens.length).toBeGreaterThan(0)
        for (const t of user.tokens) expect(t).toBeTruthy()
        await user.page.screenshot({ path: path.join(ARTIFACTS, 'service-exception-request.png'), fullPage: true })

        const approval = instance.run(() => rows('sysapproval_approver', 'source_table=x_psm_persona_exception')[0].getUniqueValue())
        const boss = await newPage()
        await loginAt(boss.page, `/sp?id=approval&sys_id=${approval}`, 'boss.e2e')
        await boss.page.getByText("Service outside Tom Tele's persona: Survey Studio Pro").first().waitFor()
        await boss.page.getByText('I run the customer survey this quarter').waitFor()
        await boss.page.getByRole('button', { name: 'Approve' }).click()
        await boss.page.getByText('Approved', { exact: true }).first().waitFor()
        expect(instance.run(() => get('x_psm_persona_exception', rows('x_psm_persona_exception')[0].getUniqueValue()).getValue('state'))).toBe('granted')

        // The platform caches user criteria in the session: a new session sees the service.
        const again = await newPage()
        await loginAt(again.page, `/sp?id=psm_item&sys_id=${hidden}`, 'tele.e2e')
        await again.page.getByRole('heading', { name: 'Survey Studio Pro' }).waitFor()
        await again.page.getByRole('link', { name: 'Survey Studio Pro' }).waitFor()
        expect([...user.errors, ...boss.errors, ...again.errors]).toEqual([])
    },
    TEST_MS,
)
