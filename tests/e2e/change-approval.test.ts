import * as fs from 'node:fs'
import * as path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { startServer, type RunningServer } from '../../src/local/http/server'
import type { Instance } from '../../src/local/instance'
import { as, buildWorld, changeValues, type ChangeWorld } from '../app/change-fixtures'
import { launchChromium } from '../support/browser'
import { installedInstance } from '../support/instance'
import { get, insert, rows, update } from '../support/records'

/*
 * The approver's page (/sp?id=psm_approval&sys_id=<approval>) in a real headless Chromium on a phone
 * (375 px wide), as the email's button opens it: the change summary in front of the approver,
 * Reject refused without a reason, then rejected with one; the change's requester, holding an
 * approval of her own change, sees why she cannot decide and has no buttons. Screenshots are kept
 * in test-artifacts/.
 */

const ROOT = path.resolve(__dirname, '../..')
const ARTIFACTS = path.join(ROOT, 'test-artifacts')
const PASSWORD = 'e2e-approval-password-2Hs'
const TEST_MS = 90_000
const PHONE = { width: 375, height: 812 }

let instance: Instance
let server: RunningServer
let browser: Browser
let w: ChangeWorld
const contexts: BrowserContext[] = []

beforeAll(async () => {
    instance = installedInstance()
    w = buildWorld()
    for (const user of [w.requester, w.ann]) instance.run(() => update('sys_user', user, { user_password: PASSWORD }))
    server = await startServer(instance, { port: 0 })
    browser = await launchChromium()
    fs.mkdirSync(ARTIFACTS, { recursive: true })
}, 120_000)

afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined)
    await browser?.close()
    await server?.close()
    instance?.close()
})

async function phone(): Promise<Page> {
    const context = await browser.newContext({ viewport: PHONE, baseURL: server.url })
    contexts.push(context)
    return context.newPage()
}

/** Opens the page; not logged in, the portal shows its login page in its place; after the login the page renders. */
async function openAs(page: Page, url: string, userName: string): Promise<void> {
    await page.goto(url)
    await page.getByLabel('User name').fill(userName)
    await page.getByLabel('Password').fill(PASSWORD)
    await page.getByRole('button', { name: 'Log in' }).click()
    await page.locator('.psm-approval h1').waitFor()
}

const overflow = (page: Page) => page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth').then(Number)

test(
    'on a phone, the requester cannot decide her own change; an approver rejects with the summary in front of her and a reason',
    async () => {
        const change = instance.run(() => as(instance, w.requester, () => insert('change_request', changeValues(w, { risk: 2, short_description: 'Move file shares to the cloud' }))))
        instance.run(() => {
            for (const state of [-4, -3]) as(instance, w.coordinator, () => update('change_request', change, { state }))
        })
        const approval = instance.run(() => rows('sysapproval_approver', `document_id=${change}^approver=${w.ann}`)[0].getUniqueValue())
        const own = instance.run(() => insert('sysapproval_approver', { approver: w.requester, sysapproval: change, state: 'requested' }))

        // First, Rita, who requested the change: her approval shows why she cannot decide, and offers no buttons.
        const rita = await phone()
        await openAs(rita, `/sp?id=psm_approval&sys_id=${own}`, 'rita')
        await rita.locator('.psm-blocked').waitFor()
        expect(await rita.locator('.psm-blocked').textContent()).toMatch(/^You requested this change, so you cannot approve or reject it \(segregation of duties\)/)
        expect(await rita.getByRole('button', { name: 'Approve' }).count()).toBe(0)
        expect(await overflow(rita)).toBeLessThanOrEqual(0)
        await rita.screenshot({ path: path.join(ARTIFACTS, 'approval-375-own-change.png'), fullPage: true })
        // Sending the decision anyway, from her page with her session token: refused on the server.
        const refused = await rita.evaluate(async (id) => {
            const token = (window as unknown as { g_ck?: string }).g_ck ?? JSON.parse(document.getElementById('sp-page-model')?.textContent ?? '{}').g_ck
            const res = await fetch(`/api/now/sp/widget/psm-approval?id=psm_approval&sys_id=${id}`, {
                method: 'POST',
                headers: { 'Content-Type': 'application/json', 'X-UserToken': token },
                body: JSON.stringify({ action: 'approve', reason: '' }),
            })
            return (await res.json()) as { result: { data: { result: { ok: boolean; message: string } } } }
        }, own)
        expect(refused.result.data.result.ok).toBe(false)
        expect(refused.result.data.result.message).toContain('segregation of duties')
        expect(instance.run(() => get('sysapproval_approver', own).getValue('state'))).toBe('requested')

        const ann = await phone()
        await openAs(ann, `/sp?id=psm_approval&sys_id=${approval}`, 'ann')
        await ann.locator('.psm-headline').waitFor()
        expect(await ann.locator('.psm-headline').textContent()).toMatch(/^HIGH RISK High/)
        expect(await ann.locator('.psm-tests').textContent()).toBe('All 42 checks passed in staging')
        expect(await ann.locator('.psm-impact-summary').textContent()).toContain('Impact Medium on Email.')
        expect(await overflow(ann)).toBeLessThanOrEqual(0)
        // Both buttons are thumb-sized and side by side within the screen.
        const reject = ann.getByRole('button', { name: 'Reject' })
        const box = await reject.boundingBox()
        expect(box && box.height >= 44 && box.x + box.width <= PHONE.width).toBe(true)
        await ann.screenshot({ path: path.join(ARTIFACTS, 'approval-375.png'), fullPage: true })

        await reject.click()
        await ann.locator('.psm-result-error').waitFor()
        expect(await ann.locator('.psm-result-error').textContent()).toBe('Say why you reject the change: the requester reads your reason.')
        expect(instance.run(() => get('sysapproval_approver', approval).getValue('state'))).toBe('requested')

        await ann.getByLabel('Reason (required to reject)').fill('The backout has not been rehearsed')
        await reject.click()
        await ann.locator('.psm-notice').waitFor()
        expect(await ann.locator('.psm-notice').textContent()).toBe('Rejected. The requester is told your reason.')
        expect(await ann.locator('.psm-decide').count()).toBe(0)
        instance.drain()
        expect(instance.run(() => get('sysapproval_approver', approval).getValue('state'))).toBe('rejected')
        expect(instance.run(() => get('change_request', change).getValue('state'))).toBe('4')
        await ann.screenshot({ path: path.join(ARTIFACTS, 'approval-375-rejected.png'), fullPage: true })

    },
    TEST_MS,
)
