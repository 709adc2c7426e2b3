/// <reference lib="dom" />
import * as fs from 'node:fs'
import * as path from 'node:path'
import type { Browser } from 'playwright-core'
import type { Instance } from '../../src/local/instance'
import { launchChromium } from '../support/browser'
import { installedInstance } from '../support/instance'
import { rows, update } from '../support/records'
import { as, buildWorld, insertChangeWithPhases, mailsFor, type ChangeWorld, type Mail } from '../app/change-fixtures'

/*
 * Issue 18.3: each stakeholder's email as a person reads it. The HTML bodies the scenarios produce
 * are opened in a real Chromium at 375 px (a phone) and 700 px (a desktop reading pane), written to
 * test-artifacts, and checked: nothing wider than the screen at 375 px, the primary button visible
 * and large enough to tap. The plain-text parts are checked too: URLs written out, no HTML entities,
 * tables as "label: value" lines, greetings by name.
 */

const ARTIFACTS = path.resolve(__dirname, '../../test-artifacts/emails')
let instance: Instance
let browser: Browser
let w: ChangeWorld

beforeAll(async () => {
    browser = await launchChromium()
    fs.mkdirSync(ARTIFACTS, { recursive: true })
}, 90_000)
afterAll(async () => {
    await browser?.close()
})
beforeEach(() => {
    instance = installedInstance()
    instance.properties.set('glide.servlet.uri', 'https://psm.example.com/')
    instance.run(() => {
        w = buildWorld()
    })
})
afterEach(() => instance.close())

function move(changeId: string, userId: string, values: Record<string, string | number>): void {
    as(instance, userId, () => {
        if (!update('change_request', changeId, values)) throw new Error('update refused')
    })
}

/** One email per stakeholder and moment that matters, from a full lifecycle. */
function lifecycle(): Mail[] {
    const change = insertChangeWithPhases(instance, w)
    move(change, w.coordinator, { state: -4 })
    move(change, w.coordinator, { state: -3 })
    for (const who of [w.ann, w.bob, w.cara]) {
        as(instance, who, () => update('sysapproval_approver', rows('sysapproval_approver', `document_id=${change}^approver=${who}`)[0].getUniqueValue(), { state: 'approved' }))
    }
    move(change, w.implementer, { state: -1 })
    move(change, w.implementer, { state: 0 })
    return instance.run(() => mailsFor(change))
}

const PICKS: Array<[string, string, string]> = [
    ['requester-scheduled', 'rita@example.com', 'scheduled'],
    ['requester-review', 'rita@example.com', 'review'],
    ['approver-request', 'ann@example.com', 'approvalRequested'],
    ['approver-request-mobile', 'cara@example.com', 'approvalRequested'],
    ['implementer-plan', 'ivan@example.com', 'scheduled'],
    ['change-manager-authorize', 'max@example.com', 'highRiskAuthorize'],
]

test('each stakeholder email renders at 375 px and 700 px: no horizontal overflow on a phone, the button visible', async () => {
    const mails = lifecycle()
    const context = await browser.newContext()
    try {
        for (const [name, to, moment] of PICKS) {
            const mail = mails.find((m) => m.to === to && m.moment === moment)
            if (!mail) throw new Error(`no ${moment} email to ${to}`)
            for (const width of [375, 700]) {
                const page = await context.newPage()
                await page.setViewportSize({ width, height: 900 })
                await page.setContent(`<!doctype html><html><head><meta name="viewport" content="width=device-width"></head><body style="margin:0">${mail.body}</body></html>`)
                const m = await page.evaluate(() => {
                    const button = document.querySelector('a[data-primary="true"]') as HTMLElement | null
                    const r = button?.getBoundingClientRect()
                    return {
                        scrollWidth: document.documentElement.scrollWidth,
                        clientWidth: document.documentElement.clientWidth,
                        button: r ? { top: r.top, left: r.left, right: r.right, width: r.width, height: r.height, color: getComputedStyle(button as HTMLElement).color } : null,
                    }
                })
                await page.screenshot({ path: path.join(ARTIFACTS, `${name}-${width}.png`), fullPage: true })
                await page.close()
                expect([name, width, m.scrollWidth <= m.clientWidth]).toEqual([name, width, true])
                expect(m.button).not.toBeNull()
                const b = m.button as { top: number; left: number; right: number; width: number; height: number }
                expect([name, width, b.height >= 40, b.left >= 0, b.right <= width, b.top < 900]).toEqual([name, width, true, true, true, true])
            }
        }
    } finally {
        await context.close()
    }
}, 180_000)

test('the plain-text parts: greetings by name, URLs written out, no entities, tables as label: value lines', () => {
    const mails = lifecycle()
    for (const m of mails) {
        expect(m.bodyText).not.toMatch(/&(?:[a-z]+|#\d+);/i)
        expect(m.bodyText).not.toMatch(/<[a-z/][^>]*>/i)
        expect(m.bodyText).not.toContain('Change Advisory Board member')
        expect(m.bodyText).toMatch(/^Hello [A-Z][a-z]+ [A-Z][a-z]+,/)
        expect(m.bodyText).toMatch(/>> .+: https:\/\/psm\.example\.com\/sp\?id=/)
    }
    const plan = mails.find((m) => m.to === 'ivan@example.com' && m.moment === 'scheduled') as Mail
    expect(plan.bodyText).toContain('* Phase: Wave 1\n  Start: 2026-12-01 23:00\n  End: 2026-12-02 01:30\n  Audience: Sales, Finance')
    const request = mails.find((m) => m.to === 'ann@example.com' && m.moment === 'approvalRequested') as Mail
    expect(request.bodyText).toMatch(/>> Approve or reject: https:\/\/psm\.example\.com\/sp\?id=psm_approval&sys_id=[0-9a-f]{32}/)
    fs.mkdirSync(ARTIFACTS, { recursive: true })
    fs.writeFileSync(path.join(ARTIFACTS, 'approver-request.txt'), request.bodyText)
    fs.writeFileSync(path.join(ARTIFACTS, 'implementer-plan.txt'), plan.bodyText)
})
