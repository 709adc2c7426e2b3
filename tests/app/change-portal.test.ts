import { ensureAdmin } from '../../src/local/base/admin'
import { startServer, type RunningServer } from '../../src/local/http/server'
import type { Instance } from '../../src/local/instance'
import type { ApprovalDecision, ApprovalPageView } from '../../src/server/portal/approval-page'
import type { ChangeFormResult, ChangeFormView } from '../../src/server/portal/change-form'
import { installedInstance } from '../support/instance'
import { get, insert, rows, update } from '../support/records'
import { pageModel, spLogin } from '../support/sp'
import { ADDRESS, as, buildWorld, changeValues, mailsFor, type ChangeWorld } from './change-fixtures'

/*
 * Portal actions (issue 18.4) over HTTP, as the people would use them: a requester submits a change
 * on /sp?id=psm_change_form with guidance, fills the gaps the submission email points out on the
 * same form, and follows it in My changes; an approver approves or rejects on
 * /sp?id=psm_approval&sys_id=<approval> with the change summary in front of them and a reason; the
 * requester of a change is never asked to approve it, and cannot decide it on any page or API.
 */

const PASSWORD = 'change-portal-password-5Kd'
const ADMIN_PASSWORD = 'change-portal-admin-8Lw'

let instance: Instance
let server: RunningServer
let w: ChangeWorld

interface Login {
    cookie: string
    token: string
}

beforeAll(async () => {
    instance = installedInstance()
    w = buildWorld()
    for (const user of [w.requester, w.coordinator, w.ann, w.bob, w.cara]) update('sys_user', user, { user_password: PASSWORD })
    ensureAdmin(instance, ADMIN_PASSWORD)
    server = await startServer(instance, { port: 0 })
}, 90_000)
afterAll(async () => {
    await server?.close()
    instance?.close()
})

const login = (userName: string): Promise<Login> => spLogin(server.url, userName, PASSWORD)

async function widgetData<T>(who: Login, page: string, widgetId: string, params: string): Promise<T> {
    const res = await fetch(`${server.url}/sp?id=${page}${params}`, { headers: { Cookie: who.cookie } })
    const model = pageModel(await res.text())
    const widget = model.widgets.find((x) => x.id === widgetId)
    if (!widget) throw new Error(`no ${widgetId} on ${model.page.id}`)
    return widget.data as T
}

async function post<T>(who: Login, page: string, widgetId: string, params: string, body: Record<string, unknown>): Promise<{ status: number; data: T }> {
    const res = await fetch(`${server.url}/api/now/sp/widget/${widgetId}?id=${page}${params}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: who.cookie, 'X-UserToken': who.token },
        body: JSON.stringify(body),
    })
    const json = (await res.json()) as { result?: { data: T } }
    instance.drain()
    return { status: res.status, data: json.result?.data as T }
}

const form = (who: Login, id = '') => widgetData<{ view: ChangeFormView }>(who, 'psm_change_form', 'psm-change-form', id ? `&sys_id=${id}` : '').then((d) => d.view)
const saveForm = (who: Login, values: Record<string, string>, id = '') =>
    post<{ view: ChangeFormView; result: ChangeFormResult }>(who, 'psm_change_form', 'psm-change-form', id ? `&sys_id=${id}` : '', { action: 'save', values })
const approvalView = (who: Login, id: string) => widgetData<{ view: ApprovalPageView }>(who, 'psm_approval', 'psm-approval', `&sys_id=${id}`).then((d) => d.view)
const decide = (who: Login, id: string, action: string, reason = '') =>
    post<{ view: ApprovalPageView; result: ApprovalDecision }>(who, 'psm_approval', 'psm-approval', `&sys_id=${id}`, { action, reason })
const approvalOf = (change: string, approver: string) => rows('sysapproval_approver', `document_id=${change}^approver=${approver}`)[0]?.getUniqueValue() ?? ''

describe('the requester submits and completes a change on the portal', () => {
    let change = ''

    test('the form guides every field; a bad window is refused with every problem at once and nothing is created', async () => {
        const rita = await login('rita')
        const empty = await form(rita)
        expect(empty).toMatchObject({ status: 200, title: 'Request a change', change: null })
        expect(empty.fields.map((f) => f.name)).toEqual(expect.arrayContaining(['short_description', 'start_date', 'backout_plan', 'x_psm_persona_rollout_plan']))
        expect(empty.fields.every((f) => f.hint.length > 10)).toBe(true)
        const before = rows('change_request').length
        const refused = await saveForm(rita, { short_description: '  ', start_date: '2026-02-30 10:00', end_date: 'tomorrow' })
        expect(refused.data.result).toMatchObject({ ok: false })
        expect(refused.data.result.errors).toEqual([
            'What changes? is required.',
            'Planned start (UTC) "2026-02-30 10:00" is not a date and time (YYYY-MM-DD HH:MM).',
            'Planned end (UTC) "tomorrow" is not a date and time (YYYY-MM-DD HH:MM).',
        ])
        // What was typed comes back, so nothing is lost.
        expect(refused.data.view.fields.find((f) => f.name === 'end_date')?.value).toBe('tomorrow')
        expect(rows('change_request')).toHaveLength(before)
    })

    test('a submitted change is the requester’s, New, and its email’s button opens the form to fill the gaps', async () => {
        const rita = await login('rita')
        const sent = await saveForm(rita, { short_description: 'New <b>VPN</b> client', justification: 'Old client is out of support', x_psm_persona_rollout_plan: 'A new icon' })
        expect(sent.status).toBe(200)
        expect(sent.data.result.ok).toBe(true)
        change = sent.data.result.sysId
        const c = get('change_request', change)
        expect([c.getValue('requested_by'), c.getValue('state'), c.getValue('short_description')]).toEqual([w.requester, '-5', 'New <b>VPN</b> client'])
        // After the first submit the form edits that change: a second save is no duplicate.
        expect(sent.data.view.change?.sysId).toBe(change)
        const mail = mailsFor(change).find((m) => m.to === ADDRESS('rita') && m.moment === 'submitted')
        expect(mail?.body).toMatch(new RegExp(`href="[^"]*/sp\\?id=psm_change_form&amp;sys_id=${change}"[^>]*data-primary="true"`))
        expect(mail?.bodyText).toContain('backout plan missing')
        // My changes lists it.
        const mine = await widgetData<{ view: { changes: Array<{ sysId: string }> } }>(rita, 'psm_my_changes', 'psm-my-changes', '')
        expect(mine.view.changes.map((x) => x.sysId)).toContain(change)
    })

    test('the form shows the email’s gaps on the change, marks the missing fields, and saving fills them', async () => {
        const rita = await login('rita')
        const view = await form(rita, change)
        expect(view.title).toBe(`Complete ${get('change_request', change).getValue('number')}`)
        expect(view.gaps).toEqual(expect.arrayContaining(['backout plan missing', 'implementation plan missing', 'test plan missing', 'planned window not set']))
        expect(view.fields.filter((f) => f.missing).map((f) => f.name)).toEqual(['start_date', 'end_date', 'implementation_plan', 'backout_plan', 'test_plan'])
        const values = Object.fromEntries(view.fields.map((f) => [f.name, f.value]))
        const saved = await saveForm(rita, { ...values, backout_plan: 'Reinstall the old client', start_date: '2026-12-07 20:00', end_date: '2026-12-07 22:00' }, change)
        expect(saved.data.result).toMatchObject({ ok: true })
        expect(saved.data.result.notice).toBe('Saved. Still missing: implementation plan missing; test plan missing; no configuration item named.')
        const c = get('change_request', change)
        expect([c.getValue('backout_plan'), c.getValue('start_date'), c.getValue('justification')]).toEqual(['Reinstall the old client', '2026-12-07 20:00:00', 'Old client is out of support'])
    })

    test('someone else’s change, or one the CAB already has, cannot be edited here; nothing changes', async () => {
        const carl = await login('carl')
        expect((await form(carl, change)).status).toBe(403)
        const refused = await saveForm(carl, { short_description: 'hijacked' }, change)
        expect(refused.data.result).toMatchObject({ ok: false, errors: ['You can only complete the changes you requested.'] })
        expect(get('change_request', change).getValue('short_description')).toBe('New <b>VPN</b> client')
        const rita = await login('rita')
        const busy = as(instance, w.requester, () => insert('change_request', changeValues(w, { state: -3 })))
        const view = await form(rita, busy)
        expect(view.status).toBe(403)
        expect(view.message).toMatch(/is Authorize: it can no longer be edited here/)
        expect((await saveForm(rita, { short_description: 'late edit' }, busy)).data.result.ok).toBe(false)
        expect(get('change_request', busy).getValue('short_description')).toBe('Upgrade mail gateway')
    })
})

describe('approvers decide on the portal; the requester never decides their own change', () => {
    test('the requester in the CAB is not asked: the CAB request goes to the other members', () => {
        const ritaInCab = insert('sys_user_grmember', { group: w.cab, user: w.requester })
        try {
            const change = as(instance, w.requester, () => insert('change_request', changeValues(w, { risk: 3 })))
            for (const state of [-4, -3]) as(instance, w.coordinator, () => update('change_request', change, { state }))
            const approvers = rows('sysapproval_approver', `document_id=${change}`).map((a) => a.getValue('approver'))
            expect(approvers.sort()).toEqual([w.ann, w.bob, w.cara].sort())
            expect(mailsFor(change).filter((m) => m.to === ADDRESS('rita') && m.stakeholder === 'approver')).toEqual([])
        } finally {
            rows('sys_user_grmember', `sys_id=${ritaInCab}`)[0].deleteRecord()
        }
    })

    test('a CAB with nobody but the requester cannot take the change to Authorize', () => {
        const solo = insert('sys_user_group', { name: 'Solo Board' })
        insert('sys_user_grmember', { group: solo, user: w.requester })
        instance.properties.set('x_psm_persona.change.cab_group', 'Solo Board')
        try {
            const change = as(instance, w.requester, () => insert('change_request', changeValues(w, { state: -4 })))
            expect(instance.runAs(w.coordinator, () => update('change_request', change, { state: -3 }))).toBe(false)
            expect(instance.operations.lastRefusal?.message).toContain('the approval group "Solo Board" has no active members other than the requester to approve it.')
            expect(get('change_request', change).getValue('state')).toBe('-4')
        } finally {
            instance.properties.set('x_psm_persona.change.cab_group', 'Change Advisory Board')
        }
    })

    test('an approver added by hand who requested the change is refused on every path, and nothing is written', async () => {
        const change = as(instance, w.requester, () => insert('change_request', changeValues(w, { risk: 3 })))
        const own = insert('sysapproval_approver', { approver: w.requester, sysapproval: change, state: 'requested' })
        const rita = await login('rita')
        // The app's page says why and offers no buttons.
        const page = await approvalView(rita, own)
        expect(page.approval).toMatchObject({ canDecide: false, state: 'requested' })
        expect(page.approval?.blocked).toMatch(/^You requested this change, so you cannot approve or reject it/)
        // Forcing the call anyway: refused on the server.
        const forced = await decide(rita, own, 'approve')
        expect(forced.data.result.ok).toBe(false)
        expect(get('sysapproval_approver', own).getValue('state')).toBe('requested')
        // The base approval page, and the Table API as admin acting for her: the rule refuses both.
        const base = pageModel(await (await fetch(`${server.url}/sp?id=approval&sys_id=${own}`, { headers: { Cookie: rita.cookie } })).text()).widgets[0]
        await fetch(`${server.url}/api/now/sp/widget/${base.sys_id}?id=approval&sys_id=${own}`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', Cookie: rita.cookie, 'X-UserToken': rita.token },
            body: JSON.stringify({ action: 'approve', sys_id: own }),
        })
        expect(get('sysapproval_approver', own).getValue('state')).toBe('requested')
        const api = await fetch(`${server.url}/api/now/table/sysapproval_approver/${own}`, {
            method: 'PATCH',
            headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: `Basic ${Buffer.from(`admin:${ADMIN_PASSWORD}`).toString('base64')}` },
            body: JSON.stringify({ state: 'approved' }),
        })
        expect(api.status).toBe(403)
        expect(await api.text()).toContain('segregation of duties')
        expect(get('sysapproval_approver', own).getValue('state')).toBe('requested')
    })

    test('an approver sees the summary, must give a reason to reject, and the rejection cancels the change with that reason', async () => {
        const change = as(instance, w.requester, () => insert('change_request', changeValues(w, { risk: 2 })))
        for (const state of [-4, -3]) as(instance, w.coordinator, () => update('change_request', change, { state }))
        const approval = approvalOf(change, w.bob)
        const bob = await login('bob')
        const page = await approvalView(bob, approval)
        expect(page).toMatchObject({ status: 200, approval: { canDecide: true, blocked: '' }, change: { sysId: change, requestedBy: 'Rita Requester', testResults: 'All 42 checks passed in staging' } })
        expect(page.change?.riskHeadline).toMatch(/^HIGH RISK High/)
        expect(page.change?.impactSummary).toContain('Impact Medium on Email.')
        expect(page.change?.approvals).toBe('0 of 3 approved, 3 pending')
        const noReason = await decide(bob, approval, 'reject', '   ')
        expect(noReason.data.result).toEqual({ ok: false, message: 'Say why you reject the change: the requester reads your reason.' })
        expect(get('sysapproval_approver', approval).getValue('state')).toBe('requested')
        const done = await decide(bob, approval, 'reject', 'No rollback test <yet>')
        expect(done.data.result).toEqual({ ok: true, message: 'Rejected. The requester is told your reason.' })
        expect(done.data.view.approval).toMatchObject({ state: 'rejected', canDecide: false, comments: 'No rollback test <yet>' })
        expect(get('change_request', change).getValue('state')).toBe('4')
        const told = mailsFor(change).find((m) => m.to === ADDRESS('rita') && m.moment === 'rejected')
        expect(told?.bodyText).toContain('Bob Board: No rollback test <yet>')
        // Deciding again: no longer waiting.
        expect((await decide(bob, approval, 'approve')).data.result.message).toMatch(/^This approval is no longer waiting for you/)
    })
})
