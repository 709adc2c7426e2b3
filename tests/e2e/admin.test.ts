import * as fs from 'node:fs'
import * as path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { parseCsv } from '../../src/local/http/admin/csv'
import { startServer, type RunningServer } from '../../src/local/http/server'
import type { Instance } from '../../src/local/instance'
import { launchChromium } from '../support/browser'
import { loadDemo } from '../support/demo'
import { installedInstance } from '../support/instance'
import { get, insert, rows, update } from '../support/records'

/*
 * The admin pages in a real headless Chromium, on the demo company: an analyst logs in and sees
 * the persona distribution, the profiles as radar charts, the projected cost, recent persona
 * changes and XLA attainment. Each chart draws the numbers the records give (computed here from
 * the records, not by the app's code), and each table's CSV download is the table, cell for cell.
 */

const ROOT = path.resolve(__dirname, '../..')
const ARTIFACTS = path.join(ROOT, 'test-artifacts')
const PASSWORD = 'e2e-admin-password-2Rv'
const TEST_MS = 90_000

let instance: Instance
let server: RunningServer
let browser: Browser
let context: BrowserContext
let page: Page
let userLogin: string

beforeAll(async () => {
    instance = installedInstance()
    server = await startServer(instance, { port: 0 })
    userLogin = (await loadDemo(instance, server.url, PASSWORD)).users[0].userName
    instance.run(() => {
        const analyst = insert('sys_user', { user_name: 'ana.lyst', first_name: 'Ana', last_name: 'Lyst', name: 'Ana Lyst', email: 'ana@example.com', user_password: PASSWORD })
        insert('sys_user_has_role', { user: analyst, role: get('sys_user_role', 'name', 'x_psm_persona.analyst').getUniqueValue() })
        // A change this week, so the XLA page has observations: submitted, then assessed.
        const requester = rows('sys_user', `user_name=${userLogin}`)[0].getUniqueValue()
        const change = instance.runAs(requester, () => insert('change_request', { short_description: 'Replace VPN client', risk: 3, requested_by: requester }))
        instance.drain()
        update('change_request', change, { state: -4 })
    })
    instance.drain()
    browser = await launchChromium()
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, baseURL: server.url })
    page = await context.newPage()
    fs.mkdirSync(ARTIFACTS, { recursive: true })
}, 180_000)

afterAll(async () => {
    await context?.close().catch(() => undefined)
    await browser?.close()
    await server?.close()
    instance?.close()
})

async function login(p: Page, userName: string, next: string): Promise<void> {
    await p.goto(`/sp/login?next=${encodeURIComponent(next)}`)
    await p.getByLabel('User name').fill(userName)
    await p.getByLabel('Password').fill(PASSWORD)
    await p.getByRole('button', { name: 'Log in' }).click()
}

/**
 * Each table of the page as the reader sees its numbers: the raw value of numeric cells (data-value),
 * the text of the others, '' for an empty cell. Evaluated in the page (tsconfig has no DOM types).
 */
const READ_TABLES = `Array.from(document.querySelectorAll('table.data')).map(function (t) {
    var link = t.closest('.table-wrap').querySelector('a[data-csv]');
    var cells = Array.from(t.querySelectorAll('tr')).map(function (tr) {
        return Array.from(tr.querySelectorAll('th, td')).map(function (c) {
            var text = (c.textContent || '').trim();
            return c.hasAttribute('data-value') ? c.getAttribute('data-value') : (text === '\u2014' ? '' : text);
        });
    });
    return { id: t.getAttribute('data-table') || '', csv: link ? link.getAttribute('href') : '', cells: cells };
})`

async function tablesOnPage(p: Page): Promise<Array<{ id: string; csv: string; cells: string[][] }>> {
    return (await p.evaluate(READ_TABLES)) as Array<{ id: string; csv: string; cells: string[][] }>
}

/** Downloads every table's CSV with the page's session and compares it with the table, cell for cell. */
async function expectCsvMatchesTables(p: Page): Promise<number> {
    const tables = await tablesOnPage(p)
    expect(tables.length).toBeGreaterThan(0)
    for (const t of tables) {
        const res = await p.request.get(t.csv)
        expect({ table: t.id, status: res.status(), type: res.headers()['content-type'] }).toEqual({ table: t.id, status: 200, type: 'text/csv; charset=utf-8' })
        const csv = parseCsv(await res.text())
        const fromHtml = t.cells.filter((r) => !(r.length === 1 && r[0] === 'No data.'))
        expect({ table: t.id, csv }).toEqual({ table: t.id, csv: fromHtml })
    }
    return tables.length
}

/** The bars of a chart: label → value. */
async function bars(p: Page, chartId: string): Promise<Record<string, number>> {
    const marks = p.locator(`svg#${chartId} [data-label][data-value]`)
    const out: Record<string, number> = {}
    for (let i = 0; i < (await marks.count()); i++) out[(await marks.nth(i).getAttribute('data-label')) ?? ''] = Number(await marks.nth(i).getAttribute('data-value'))
    return out
}

function personaCounts(): Record<string, number> {
    return instance.run(() => {
        const out: Record<string, number> = {}
        for (const u of rows('sys_user', 'active=true')) {
            const name = u.getDisplayValue('x_psm_persona_persona') || '(no persona)'
            out[name] = (out[name] ?? 0) + 1
        }
        for (const p of rows('x_psm_persona_persona')) out[p.getValue('name') ?? ''] ??= 0
        return out
    })
}

test(
    'someone without the analyst role gets a 403 page',
    async () => {
        const other = await browser.newContext({ baseURL: server.url })
        const p = await other.newPage()
        await login(p, userLogin, '/admin/costs')
        await p.waitForURL(/\/admin\/costs$/)
        await expect(p.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('For analysts only')
        const res = await p.request.get('/admin/costs?format=csv')
        expect(res.status()).toBe(403)
        await other.close()
    },
    TEST_MS,
)

test(
    'distribution: the bars are the users per persona, the stacked bars the departments; CSVs match the tables',
    async () => {
        await login(page, 'ana.lyst', '/admin/distribution')
        await page.waitForURL(/\/admin\/distribution$/)
        await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Persona distribution')
        const expected = personaCounts()
        expect(await bars(page, 'chart-by-persona')).toEqual(expected)
        // The chart is an image with a text alternative naming every number.
        const chart = page.locator('svg#chart-by-persona')
        await expect(chart.getAttribute('role')).resolves.toBe('img')
        const desc = (await page.locator('#chart-by-persona-desc').textContent()) ?? ''
        for (const [name, n] of Object.entries(expected)) expect(desc).toContain(`${name}: ${n}`)
        const perDepartment = instance.run(() => {
            const out: Record<string, number> = {}
            for (const u of rows('sys_user', 'active=true')) {
                const d = u.getDisplayValue('department') || '(no department)'
                out[d] = (out[d] ?? 0) + 1
            }
            return out
        })
        expect(await bars(page, 'chart-by-department')).toEqual(perDepartment)
        expect(await expectCsvMatchesTables(page)).toBe(2)
        await page.screenshot({ path: path.join(ARTIFACTS, 'admin-distribution.png'), fullPage: true })
    },
    TEST_MS,
)

test(
    'personas: one radar chart per persona with its five rankings',
    async () => {
        await page.goto('/admin/personas')
        const personas = instance.run(() => rows('x_psm_persona_persona'))
        await expect(page.locator('.radars figure svg.spider').count()).resolves.toBe(personas.length)
        for (const p of personas) {
            const figure = page.locator(`.radars figure[data-persona="${p.getValue('name')}"]`)
            const dots = figure.locator('circle[data-value]')
            const values: number[] = []
            for (let i = 0; i < (await dots.count()); i++) values.push(Number(await dots.nth(i).getAttribute('data-value')))
            expect({ persona: p.getValue('name'), values }).toEqual({
                persona: p.getValue('name'),
                values: ['technology', 'network', 'interaction', 'communication', 'mobility'].map((d) => Number(p.getValue(d))),
            })
        }
        expect(await expectCsvMatchesTables(page)).toBe(1)
        await page.screenshot({ path: path.join(ARTIFACTS, 'admin-personas.png'), fullPage: true })
    },
    TEST_MS,
)

test(
    'costs: each persona’s bar is members × (persona cost + bundled offerings)',
    async () => {
        await page.goto('/admin/costs')
        const expected = instance.run(() => {
            const out: Record<string, number> = {}
            for (const p of rows('x_psm_persona_persona')) {
                const id = p.getUniqueValue()
                const bundled = rows('x_psm_persona_offering', `persona=${id}^active=true^bundled=true`).reduce((s, o) => s + Number(o.getValue('monthly_cost')), 0)
                const members = rows('sys_user', `active=true^x_psm_persona_persona=${id}`).length
                out[p.getValue('name') ?? ''] = Math.round(members * (Number(p.getValue('monthly_cost')) + bundled) * 100) / 100
            }
            return out
        })
        expect(await bars(page, 'chart-cost-persona')).toEqual(expected)
        const total = Object.values(expected).reduce((s, v) => s + v, 0)
        const departments = await bars(page, 'chart-cost-department')
        expect(Object.values(departments).reduce((s, v) => s + v, 0)).toBeCloseTo(total, 2)
        expect(await expectCsvMatchesTables(page)).toBe(2)
        await page.screenshot({ path: path.join(ARTIFACTS, 'admin-costs.png'), fullPage: true })
    },
    TEST_MS,
)

test(
    'persona changes: the newest assignments with their explanations',
    async () => {
        await page.goto('/admin/changes?limit=20')
        const latest = instance.run(() => rows('x_psm_persona_assignment', 'ORDERBYDESCsys_created_on').slice(0, 20))
        const table = (await tablesOnPage(page)).find((t) => t.id === 'changes')
        expect(table?.cells.length).toBe(21)
        const explanations = new Set(table?.cells.slice(1).map((r) => r[8]))
        for (const a of latest) expect(explanations.has(a.getValue('explanation') ?? '')).toBe(true)
        expect(await expectCsvMatchesTables(page)).toBe(2)
        await page.screenshot({ path: path.join(ARTIFACTS, 'admin-changes.png'), fullPage: true })
    },
    TEST_MS,
)

test(
    'XLAs: the weekly charts draw the history, the worst-served group is named, CSVs match',
    async () => {
        await page.goto('/admin/xla?weeks=4')
        await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Experience level agreements')
        const history = (await tablesOnPage(page)).find((t) => t.id === 'history')
        expect(history?.cells[0]).toHaveLength(6)
        const latency = history?.cells.find((r) => r[0] === 'Requester informed within 15 minutes of every state change')
        // This week's assessment was emailed to the requester at once (her own submission is no observation): 100 %.
        expect(latency?.[5]).toBe('100')
        const figure = page.locator('.weeks figure[data-xla="Requester informed within 15 minutes of every state change"]')
        const weeks = figure.locator('g.week')
        const drawn: string[] = []
        for (let i = 0; i < (await weeks.count()); i++) drawn.push((await weeks.nth(i).getAttribute('data-value')) ?? '')
        expect(drawn).toEqual(latency?.slice(2))
        await expect(page.locator('[data-worst]').textContent()).resolves.toMatch(/^Requesters who are .+: 1 of 1 observations met their target \(100\.0 %\)\.$/)
        expect(await expectCsvMatchesTables(page)).toBe(4)
        await page.screenshot({ path: path.join(ARTIFACTS, 'admin-xla.png'), fullPage: true })
    },
    TEST_MS,
)

test(
    'overview: the key figures link to their pages, and download as CSV',
    async () => {
        await page.goto('/admin')
        await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Persona insight')
        const active = instance.run(() => rows('sys_user', 'active=true').length)
        await expect(page.locator('.kpis a[href="/admin/distribution"] .n').textContent()).resolves.toBe(active.toLocaleString('en-US'))
        const summary = (await tablesOnPage(page)).find((t) => t.id === 'summary')
        expect(summary?.cells.find((r) => r[0] === 'Active users')?.[1]).toBe(String(active))
        expect(await expectCsvMatchesTables(page)).toBe(1)
        await page.screenshot({ path: path.join(ARTIFACTS, 'admin-overview.png'), fullPage: true })
    },
    TEST_MS,
)
