import { startServer, type RunningServer } from '../../src/local/http/server'
import type { Instance } from '../../src/local/instance'
import { installedInstance } from '../support/instance'
import { get, insert, rows, update } from '../support/records'
import { as, buildWorld, changeValues, type ChangeWorld } from './change-fixtures'
import { portalLogin } from '../support/portal-login'

/*
 * The feedback form over HTTP, as a stakeholder following the link in their email: portal login
 * (the link survives it), the form for that change and role, CSRF-protected posts, one answer per
 * user, change and role, refusals for anyone who was not that stakeholder, everything escaped.
 */

const PASSWORD = 'feedback-form-password-7Qx'

let instance: Instance
let server: RunningServer
let w: ChangeWorld
let change: string
let number: string

beforeAll(async () => {
    instance = installedInstance()
    w = buildWorld()
    for (const user of [w.requester, w.coordinator, w.ann]) update('sys_user', user, { user_password: PASSWORD })
    change = as(instance, w.requester, () => insert('change_request', changeValues(w, { risk: 3 })))
    as(instance, w.coordinator, () => update('change_request', change, { state: -4 }))
    as(instance, w.coordinator, () => update('change_request', change, { state: -3 }))
    number = String(get('change_request', change).getValue('number'))
    server = await startServer(instance, { port: 0 })
}, 60_000)
afterAll(async () => {
    await server?.close()
    instance?.close()
})

const login = (userName: string): Promise<string> => portalLogin(server.url, userName, PASSWORD)

const link = (role: string, id = change) => `/sp/feedback?change=${id}&role=${role}`

async function getPage(cookie: string, path: string): Promise<{ status: number; html: string }> {
    const res = await fetch(`${server.url}${path}`, { headers: { Cookie: cookie }, redirect: 'manual' })
    return { status: res.status, html: await res.text() }
}

async function post(cookie: string, fields: Record<string, string>): Promise<Response> {
    return fetch(`${server.url}/sp/feedback`, {
        method: 'POST',
        redirect: 'manual',
        headers: { Cookie: cookie, 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(fields).toString(),
    })
}

function csrfOf(html: string): string {
    return /name="csrf" value="([^"]+)"/.exec(html)?.[1] ?? ''
}

const answers = () => instance.run(() => rows('x_psm_persona_feedback', `change_request=${change}`))

test('the email link asks for a login first and comes back to the form', async () => {
    const res = await fetch(`${server.url}${link('requester')}`, { redirect: 'manual' })
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe(`/sp/login?next=${encodeURIComponent(link('requester'))}`)
})

test('the requester rates the change; CSRF, bad ratings and a second answer behave', async () => {
    const cookie = await login('rita')
    const page = await getPage(cookie, link('requester'))
    expect(page.status).toBe(200)
    expect(page.html).toContain(`How did ${number} go for you?`)
    expect(page.html.match(/type="radio" id="rating-\d" name="rating" value="\d" required/g)).toHaveLength(5)
    expect(page.html).toContain('<legend>Your rating, from 1 (poor) to 5 (excellent)</legend>')
    const csrf = csrfOf(page.html)
    expect(csrf).not.toBe('')

    // No token (a cross-site form): refused, nothing saved.
    const forged = await post(cookie, { change, role: 'requester', rating: '1', comment: 'forged' })
    expect(forged.status).toBe(403)
    expect(await forged.text()).toContain('Form expired')
    expect(answers()).toHaveLength(0)

    const bad = await post(cookie, { csrf, change, role: 'requester', rating: '6', comment: 'keep me' })
    expect(bad.status).toBe(400)
    const badHtml = await bad.text()
    expect(badHtml).toContain('Choose a rating from 1 (poor) to 5 (excellent).')
    expect(badHtml).toContain('>keep me</textarea>')
    expect(answers()).toHaveLength(0)

    const comment = '<img src=x onerror="alert(1)"> & went fine'
    const saved = await post(cookie, { csrf, change, role: 'requester', rating: '4', comment })
    expect(saved.status).toBe(303)
    expect(saved.headers.get('location')).toBe(`${link('requester')}&saved=new`)
    const thanks = await getPage(cookie, `${link('requester')}&saved=new`)
    expect(thanks.html).toContain('Thank you: your feedback is saved.')
    expect(thanks.html).toContain('id="rating-4" name="rating" value="4" required checked')
    expect(thanks.html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; went fine</textarea>')
    expect(thanks.html).not.toContain('<img src=x')
    expect(thanks.html).toContain('Update my feedback')

    const again = await post(cookie, { csrf, change, role: 'requester', rating: '2', comment: 'Outlook broke later' })
    expect(again.headers.get('location')).toBe(`${link('requester')}&saved=updated`)
    const stored = answers()
    expect(stored).toHaveLength(1)
    expect(stored[0].getValue('rating')).toBe('2')
    expect(stored[0].getValue('comment')).toBe('Outlook broke later')
    expect(stored[0].getValue('user')).toBe(w.requester)
})

test('someone who was not that stakeholder sees a 403 page and cannot post', async () => {
    const carl = await login('carl')
    const page = await getPage(carl, link('requester'))
    expect(page.status).toBe(403)
    // The page says why without naming the change: its number is not for Carl to see (issue 20).
    expect(page.html).toContain('you were not one of them')
    expect(page.html).not.toContain(number)
    // Carl has a valid token of his own (from any portal page): the server still refuses him.
    const csrf = csrfOf((await getPage(carl, '/sp/catalog')).html)
    const res = await post(carl, { csrf, change, role: 'requester', rating: '5', comment: '' })
    expect(res.status).toBe(403)
    const rita = await login('rita')
    expect((await getPage(rita, link('approver'))).status).toBe(403)
    expect(answers().filter((a) => a.getValue('user') === w.coordinator)).toHaveLength(0)
})

test('an approver answers as approver; broken links get a page that says why', async () => {
    const ann = await login('ann')
    const page = await getPage(ann, link('approver'))
    expect(page.status).toBe(200)
    expect(page.html).toContain('your feedback as one of its approvers')
    const res = await post(ann, { csrf: csrfOf(page.html), change, role: 'approver', rating: '5', comment: '' })
    expect(res.status).toBe(303)
    expect(answers().find((a) => a.getValue('user') === w.ann)?.getValue('stakeholder')).toBe('approver')
    expect((await getPage(ann, link('approver', '0'.repeat(32)))).status).toBe(404)
    expect((await getPage(ann, link('owner'))).status).toBe(400)
    expect((await getPage(ann, '/sp/feedback?change=%3Cscript%3E&role=approver')).html).not.toContain('<script>')
})
