import * as http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { ensureAdmin } from '../../src/local/base/admin'
import { startServer, type RunningServer } from '../../src/local/http/server'
import type { Instance } from '../../src/local/instance'
import { launchChromium } from '../support/browser'
import { databaseChecksum } from '../support/checksum'
import { installedInstance } from '../support/instance'
import { rows } from '../support/records'

/*
 * Cross-site writes in a real Chromium (issue 20): a page of another origin (a second local server
 * on another port) tries to create a persona through the Table API while the browser holds the
 * administrator's credentials — a portal session (its cookie is SameSite=Strict, but another port
 * of 127.0.0.1 is the same site, so the cookie IS sent) or basic credentials the browser cached.
 * Every attempt must leave the database unchanged.
 */

const PASSWORD = 'cross-site-admin-pw-3Hv'
const TABLE = '/api/now/table/x_psm_persona_persona'
const TEST_MS = 60_000

let instance: Instance
let server: RunningServer
let attacker: http.Server
let attackerUrl: string
let browser: Browser
const contexts: BrowserContext[] = []

const persona = (name: string) => JSON.stringify({ name, technology: 1, network: 1, interaction: 1, communication: 1, mobility: 1 })

/**
 * The other site's pages. /form submits a text/plain form whose single field spells a JSON body;
 * /fetch sends the body with fetch(credentials: 'include') in every way a page may without a CORS
 * preflight (string body: text/plain; Blob without a type: no Content-Type at all) and once with
 * application/json (which needs a preflight), then sets the title to "done".
 */
function attackerPage(target: string, path: string, tag: string): string {
    const url = `${target}${TABLE}`
    if (path === '/form') {
        const body = persona(`Evil form ${tag}`)
        // text/plain encodes "name=value": the name holds the JSON up to a last string the "=" lands in.
        const name = `${body.slice(0, -1)},"x":"`
        return `<!doctype html><html><body><form method="post" enctype="text/plain" action="${url}"><input type="hidden" name='${name}' value='"}'></form><script>document.forms[0].submit()</script></body></html>`
    }
    return `<!doctype html><html><body><script>
const url = ${JSON.stringify(url)};
const tries = [
  fetch(url, { method: 'POST', mode: 'no-cors', credentials: 'include', body: ${JSON.stringify(persona(`Evil text ${tag}`))} }),
  fetch(url, { method: 'POST', mode: 'no-cors', credentials: 'include', body: new Blob([${JSON.stringify(persona(`Evil blob ${tag}`))}]) }),
  fetch(url, { method: 'POST', mode: 'no-cors', credentials: 'include', headers: { 'Content-Type': 'application/json' }, body: ${JSON.stringify(persona(`Evil nocors-json ${tag}`))} }),
  fetch(url, { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json' }, body: ${JSON.stringify(persona(`Evil cors-json ${tag}`))} }),
];
Promise.allSettled(tries).then(() => { document.title = 'done'; });
</script></body></html>`
}

beforeAll(async () => {
    instance = installedInstance()
    ensureAdmin(instance, PASSWORD)
    server = await startServer(instance, { port: 0 })
    attacker = http.createServer((req, res) => {
        const url = new URL(req.url ?? '/', 'http://attacker')
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
        res.end(attackerPage(server.url, url.pathname, url.searchParams.get('tag') ?? ''))
    })
    await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', () => resolve()))
    attackerUrl = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}`
    browser = await launchChromium()
}, 120_000)

afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined)
    await browser?.close()
    await new Promise<void>((resolve) => (attacker ? attacker.close(() => resolve()) : resolve()))
    await server?.close()
    instance?.close()
})

async function newPage(): Promise<Page> {
    const context = await browser.newContext()
    contexts.push(context)
    return context.newPage()
}

const evil = () => instance.run(() => rows('x_psm_persona_persona', 'nameSTARTSWITHEvil').map((r) => r.getValue('name')))

/** Runs both attack pages in the page's browser context; the database must not change. */
async function attack(page: Page, tag: string): Promise<void> {
    const before = databaseChecksum(instance)
    const formResponse = page.waitForResponse((r) => r.url().startsWith(`${server.url}${TABLE}`) && r.request().method() === 'POST')
    await page.goto(`${attackerUrl}/form?tag=${tag}`)
    const answer = await formResponse
    expect([401, 415]).toContain(answer.status())
    await page.goto(`${attackerUrl}/fetch?tag=${tag}`)
    await page.waitForFunction("document.title === 'done'")
    expect(evil()).toEqual([])
    expect(databaseChecksum(instance)).toBe(before)
}

test(
    'with the administrator logged in to the portal, another origin cannot create a record',
    async () => {
        const page = await newPage()
        await page.goto(`${server.url}/sp?id=login`)
        await page.getByLabel('User name').fill('admin')
        await page.getByLabel('Password').fill(PASSWORD)
        await page.getByRole('button', { name: 'Log in' }).click()
        await page.waitForURL((url) => url.searchParams.get('id') !== 'login')
        // Same site, other origin: the SameSite=Strict session cookie travels with the attack.
        const cookies = await page.context().cookies(server.url)
        expect(cookies.map((c) => c.name)).toContain('psm_session')
        await attack(page, 'session')
        // The session is still good for the site itself.
        await page.goto(`${server.url}/outbox`)
        await expect(page.locator('h1').first().textContent()).resolves.toBe('Email outbox')
    },
    TEST_MS,
)

test(
    'with basic credentials cached by the browser, another origin cannot create a record',
    async () => {
        const page = await newPage()
        // The browser answers the REST API's Basic challenge with the URL's credentials and caches
        // them for that protection space: later requests under /api/now/table/ carry them unasked.
        const host = new URL(server.url)
        const first = await page.goto(`http://admin:${PASSWORD}@${host.host}${TABLE}?sysparm_limit=1`)
        expect(first?.status()).toBe(200)
        const cached = await page.goto(`${server.url}${TABLE}?sysparm_limit=1`)
        expect(cached?.status()).toBe(200)
        await attack(page, 'basic')
    },
    TEST_MS,
)

test(
    'no page of the site makes the browser prompt for (and then cache) basic credentials',
    async () => {
        const page = await newPage()
        // The outbox redirects to the portal's login page, never a 401 challenge.
        const res = await page.goto(`${server.url}/outbox`)
        expect(res?.status()).toBe(200)
        expect(page.url()).toContain('/sp?id=login')
        expect(res?.request().redirectedFrom()?.url()).toBe(`${server.url}/outbox`)
        // A portal page that needs a login shows the portal's login form in its place, as a portal does.
        const sp = await page.goto(`${server.url}/sp?id=psm_catalog`)
        expect(sp?.status()).toBe(200)
        expect(sp?.headers()['www-authenticate']).toBeUndefined()
        await page.getByLabel('Password').waitFor({ state: 'visible', timeout: 15_000 })
    },
    TEST_MS,
)
