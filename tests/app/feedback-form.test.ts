import { startServer, type RunningServer } from '../../src/local/http/server'
import type { Instance } from '../../src/local/instance'
import type { FeedbackPageView, FeedbackSubmit } from '../../src/server/portal/feedback-page'
import { installedInstance } from '../support/instance'
import { get, insert, rows, update } from '../support/records'
import { pageModel, spLogin } from '../support/sp'
import { as, buildWorld, changeValues, type ChangeWorld } from './change-fixtures'

/*
 * The feedback page over HTTP, as a stakeholder following the link in their email
 * (/sp?id=psm_feedback&change=<sys_id>&role=<role>): the portal's login page in its place first,
 * the form for that change and role, answers sent through the widget's server call with the session
 * token (X-UserToken), one answer per user, change and role, refusals for anyone who was not that
 * stakeholder, nothing saved when anything is wrong.
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

interface Login {
    cookie: string
    token: string
}

const login = (userName: string): Promise<Login> => spLogin(server.url, userName, PASSWORD)

const query = (role: string, id = change, param: 'change' | 'task' = 'change') => `id=psm_feedback&${param}=${encodeURIComponent(id)}&role=${encodeURIComponent(role)}`

/** The page as the browser gets it, and the feedback widget's data in its page model. */
async function open(who: Login | null, role: string, id = change, param: 'change' | 'task' = 'change'): Promise<{ status: number; html: string; pageId: string; view: FeedbackPageView | null }> {
    const res = await fetch(`${server.url}/sp?${query(role, id, param)}`, { headers: who ? { Cookie: who.cookie } : {} })
    const html = await res.text()
    const model = pageModel(html)
    const widget = model.widgets.find((x) => x.id === 'psm-feedback')
    return { status: res.status, html, pageId: model.page.id, view: widget ? (widget.data.view as FeedbackPageView) : null }
}

/** What c.server.update() sends: the widget's data with the answer, to the widget's server script, with the page's parameters. */
async function send(who: Login, role: string, answer: { score: string; comment: string; timeLost?: string }, token: string | null = who.token): Promise<{ status: number; result: FeedbackSubmit | null; view: FeedbackPageView | null }> {
    const headers: Record<string, string> = { Cookie: who.cookie, 'Content-Type': 'application/json' }
    if (token !== null) headers['X-UserToken'] = token
    const res = await fetch(`${server.url}/api/now/sp/widget/psm-feedback?${query(role)}`, { method: 'POST', headers, body: JSON.stringify({ action: 'save', ...answer }) })
    const body = (await res.json()) as { result?: { data: { result: FeedbackSubmit; view: FeedbackPageView } } }
    return { status: res.status, result: body.result?.data.result ?? null, view: body.result?.data.view ?? null }
}

const answers = () => instance.run(() => rows('x_psm_persona_feedback', `change_request=${change}`))

test('the email link shows the portal login page in place of the form, and keeps the address', async () => {
    const page = await open(null, 'requester')
    expect(page.status).toBe(200)
    expect(page.pageId).toBe('login')
    expect(page.view).toBeNull()
})

test('the requester rates the change; the token, bad ratings and a second answer behave', async () => {
    const rita = await login('rita')
    const page = await open(rita, 'requester')
    expect(page.pageId).toBe('psm_feedback')
    expect(page.view?.status).toBe(200)
    expect(page.view?.title).toBe(`How did ${number} go for you?`)
    // The HappySignals question on 0–10, each choice with its band (0–6 unhappy, 7–8 neutral, 9–10 happy).
    expect(page.view?.form?.question).toBe('How happy were you with this change?')
    expect(page.view?.form?.scores.map((r) => r.value)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10'])
    expect(page.view?.form?.scores.map((r) => r.band).join(',')).toBe('unhappy,unhappy,unhappy,unhappy,unhappy,unhappy,unhappy,neutral,neutral,happy,happy')
    expect(page.view?.form?.answered).toBe(false)
    // The form is a fieldset of radio buttons with a legend, a labelled time lost and a labelled comment.
    const template = pageModel(page.html).widgets.find((x) => x.id === 'psm-feedback')?.template ?? ''
    expect(template).toContain('<legend><span ng-bind="c.data.view.form.question"></span>')
    expect(template).toMatch(/<input type="radio" id="psm-score-\{\{s\.value\}\}" name="score"/)
    expect(template).toContain('<label for="psm-time-lost">')
    expect(template).toContain('<label for="psm-comment">')
    expect(template).not.toMatch(/ng-bind-html|\$sce|trustAsHtml/)

    // No token (a cross-site request): refused before the script runs, nothing saved.
    const forged = await send(rita, 'requester', { score: '1', comment: 'forged' }, null)
    expect(forged.status).toBe(401)
    const wrongToken = await send(rita, 'requester', { score: '1', comment: 'forged' }, 'x'.repeat(32))
    expect(wrongToken.status).toBe(401)
    expect(answers()).toHaveLength(0)

    const bad = await send(rita, 'requester', { score: '11', comment: 'keep me', timeLost: '30' })
    expect(bad.result).toEqual({ ok: false, status: 400, errors: ['Choose how happy you were, from 0 (not at all) to 10 (very happy).'], notice: '' })
    expect(bad.view?.form).toMatchObject({ comment: 'keep me', timeLost: '30', score: '11' })
    const badTime = await send(rita, 'requester', { score: '8', comment: '', timeLost: '-5' })
    expect(badTime.result?.errors).toEqual(['Time lost is a whole number of minutes from 0 to 3600 (or leave it empty).'])
    const long = await send(rita, 'requester', { score: '3', comment: 'x'.repeat(4001) })
    expect(long.result?.errors).toEqual(['The comment is 4001 characters long; at most 4000 fit.'])
    expect(answers()).toHaveLength(0)

    const comment = '<img src=x onerror="alert(1)"> & went fine'
    const saved = await send(rita, 'requester', { score: '9', comment, timeLost: '' })
    expect(saved.result).toEqual({ ok: true, status: 200, errors: [], notice: 'Thank you: your feedback is saved.' })
    expect(saved.view?.form).toMatchObject({ score: '9', timeLost: '', comment, answered: true })
    // The new link form names the task; the older &change= form reads the same answer.
    const again = await open(rita, 'requester', change, 'task')
    expect(again.view?.form).toMatchObject({ score: '9', comment, answered: true, table: 'change_request' })
    // Text from data reaches the page only inside the page model's JSON, where no "<" survives.
    expect(again.html).not.toContain('<img src=x')

    const updated = await send(rita, 'requester', { score: '0', comment: 'Outlook broke later', timeLost: '90' })
    expect(updated.result?.notice).toBe('Thank you: your feedback is updated. Someone will follow up on what went wrong.')
    const stored = answers()
    expect(stored).toHaveLength(1)
    expect(stored[0].getValue('score')).toBe('0')
    expect(stored[0].getValue('time_lost')).toBe('90')
    expect(stored[0].getValue('task')).toBe(change)
    expect(stored[0].getValue('comment')).toBe('Outlook broke later')
    expect(stored[0].getValue('user')).toBe(w.requester)
    expect(stored[0].getValue('stakeholder')).toBe('requester')
})

test('someone who was not that stakeholder is told so without the change being named, and cannot answer', async () => {
    const carl = await login('carl')
    const page = await open(carl, 'requester')
    expect(page.view).toMatchObject({ status: 403, title: 'Not yours to rate', form: null })
    expect(page.view?.message).toContain('you were not one of them')
    expect(page.html).not.toContain(number)
    // Carl's own valid token: the server still refuses him.
    const res = await send(carl, 'requester', { score: '5', comment: '' })
    expect(res.result).toMatchObject({ ok: false, status: 403 })
    expect(JSON.stringify(res)).not.toContain(number)
    const rita = await login('rita')
    expect((await open(rita, 'approver')).view?.status).toBe(403)
    expect(answers().filter((a) => a.getValue('user') === w.coordinator)).toHaveLength(0)
})

test('an approver answers as approver; broken links get a page that says why', async () => {
    const ann = await login('ann')
    const page = await open(ann, 'approver')
    expect(page.view?.form?.rolePhrase).toBe('as one of its approvers')
    const res = await send(ann, 'approver', { score: '10', comment: '' })
    expect(res.result?.ok).toBe(true)
    expect(answers().find((a) => a.getValue('user') === w.ann)?.getValue('stakeholder')).toBe('approver')
    expect((await open(ann, 'approver', '0'.repeat(32))).view).toMatchObject({ status: 404, title: 'Record not found' })
    expect((await open(ann, 'owner')).view).toMatchObject({ status: 400, title: 'Not a feedback link' })
    const script = await open(ann, 'approver', '<script>alert(1)</script>')
    expect(script.view?.status).toBe(400)
    expect(script.html).not.toContain('<script>alert(1)')
})
