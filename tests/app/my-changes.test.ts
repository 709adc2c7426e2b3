import { startServer, type RunningServer } from '../../src/local/http/server'
import type { Instance } from '../../src/local/instance'
import type { MyChangesView } from '../../src/server/portal/my-changes'
import { installedInstance } from '../support/instance'
import { get, insert, rows, update } from '../support/records'
import { pageModel, spLogin } from '../support/sp'
import { addPhases, as, buildWorld, changeValues, type ChangeWorld } from './change-fixtures'

/*
 * "My changes" (/sp?id=psm_my_changes) over HTTP: a requester sees the changes they requested and
 * nobody else's, newest first, with the state and the path, risk, window, their own rollout phase,
 * what happens next, and the feedback link once the change is implemented.
 */

const PASSWORD = 'my-changes-password-3Tz'

let instance: Instance
let server: RunningServer
let w: ChangeWorld
let waiting: string
let implemented: string
let carls: string

function approveAll(change: string): void {
    for (const approver of [w.ann, w.bob, w.cara]) {
        as(instance, approver, () => update('sysapproval_approver', rows('sysapproval_approver', `document_id=${change}^approver=${approver}`)[0].getUniqueValue(), { state: 'approved' }))
    }
}

beforeAll(async () => {
    instance = installedInstance()
    w = buildWorld()
    for (const user of [w.requester, w.coordinator]) update('sys_user', user, { user_password: PASSWORD })
    // Rita works in Sales: the second phase of the schedule names her department.
    update('sys_user', w.requester, { department: w.departments.sales })
    implemented = as(instance, w.requester, () => insert('change_request', changeValues(w, { risk: 3, short_description: 'Upgrade mail gateway' })))
    addPhases(w, implemented)
    for (const state of [-4, -3]) as(instance, w.coordinator, () => update('change_request', implemented, { state }))
    approveAll(implemented)
    for (const state of [-1, 0]) as(instance, w.implementer, () => update('change_request', implemented, { state }))
    waiting = as(instance, w.requester, () => insert('change_request', changeValues(w, { risk: 2, short_description: 'Move file shares <to> the cloud' })))
    addPhases(w, waiting)
    for (const state of [-4, -3]) as(instance, w.coordinator, () => update('change_request', waiting, { state }))
    // Someone else's change, which Rita is only the implementer's colleague of: not hers.
    carls = as(instance, w.coordinator, () => insert('change_request', changeValues(w, { requested_by: w.coordinator, short_description: "Carl's change" })))
    instance.drain()
    server = await startServer(instance, { port: 0 })
}, 90_000)
afterAll(async () => {
    await server?.close()
    instance?.close()
})

async function myChanges(userName: string | null): Promise<{ pageId: string; view: MyChangesView | null; cookie: string }> {
    const who = userName ? await spLogin(server.url, userName, PASSWORD) : null
    const res = await fetch(`${server.url}/sp?id=psm_my_changes`, { headers: who ? { Cookie: who.cookie } : {} })
    const model = pageModel(await res.text())
    const widget = model.widgets.find((x) => x.id === 'psm-my-changes')
    return { pageId: model.page.id, view: widget ? (widget.data.view as MyChangesView) : null, cookie: who?.cookie ?? '' }
}

const numberOf = (id: string) => String(get('change_request', id).getValue('number'))

test('a visitor who is not logged in gets the login page', async () => {
    expect((await myChanges(null)).pageId).toBe('login')
})

test("the requester's own changes, newest first, with state, path, risk, window, her phase and what happens next", async () => {
    const { view } = await myChanges('rita')
    expect(view?.changes.map((c) => c.number)).toEqual([numberOf(waiting), numberOf(implemented)])
    const [a, b] = view?.changes ?? []
    expect(a).toMatchObject({
        sysId: waiting,
        shortDescription: 'Move file shares <to> the cloud',
        state: 'Authorize',
        risk: 'High',
        window: '2026-12-01 22:00 UTC to 2026-12-02 02:00 UTC (4 h)',
        feedbackLink: '',
        link: `/sp?id=ticket&table=change_request&sys_id=${waiting}`,
    })
    expect(a.next).toMatch(/^Waiting for approval by the Change Advisory Board \(.+\)\. Once everyone approves, the change is scheduled\.$/)
    expect(a.steps.find((s) => s.status === 'current')?.label).toBe('Authorize')
    expect(a.myPhases.map((p) => p.name)).toEqual(['Wave 1'])
    expect(a.phaseCount).toBe(2)
    expect(b).toMatchObject({ state: 'Review', risk: 'Moderate', next: 'Implemented and in review. Tell us how it went for you.', myRating: '' })
    expect(b.feedbackLink).toBe(`/sp?id=psm_feedback&task=${implemented}&role=requester`)
    expect(view?.more).toBe(false)
})

test('nobody sees changes they did not request; a rating shows once given', async () => {
    const carl = await myChanges('carl')
    expect(carl.view?.changes.map((c) => c.sysId)).toEqual([carls])
    instance.runAs(w.requester, () => instance.appModule<{ saveFeedback(i: object): { ok: boolean } }>('src/server/xla/feedback.ts').saveFeedback({ changeId: implemented, role: 'requester', score: '4', comment: '' }))
    const { view } = await myChanges('rita')
    expect(view?.changes.find((c) => c.sysId === implemented)?.myRating).toBe('4 of 10')
})

test('the links lead to pages that show the change and its feedback form to the requester', async () => {
    const { view, cookie } = await myChanges('rita')
    const b = view?.changes.find((c) => c.sysId === implemented)
    for (const link of [b?.link ?? '', b?.feedbackLink ?? '']) {
        const res = await fetch(`${server.url}${link}`, { headers: { Cookie: cookie } })
        expect({ link, status: res.status }).toEqual({ link, status: 200 })
        const model = pageModel(await res.text())
        expect(JSON.stringify(model.widgets.map((x) => x.data))).toContain(numberOf(implemented))
    }
})

/*
 * The page reads change_request with GlideRecordSecure: the read ACLs decide what a user may see, and the
 * app ships one (acl_change_read_requester) granting a requester the changes they requested. ACLs of the
 * same level add up ("If multiple ACL rules exist for the same object and operation, the user needs to pass
 * only one of them", Access control list rules), so the change team's own ACLs stay as they are.
 */
test('the requester reads her changes through the app\'s change_request ACL, nobody else\'s; without that ACL the page lists none', async () => {
    const auth = { Authorization: `Basic ${Buffer.from(`rita:${PASSWORD}`).toString('base64')}`, Accept: 'application/json' }
    const list = await fetch(`${server.url}/api/now/table/change_request?sysparm_fields=sys_id`, { headers: auth })
    expect(list.status).toBe(200)
    expect(((await list.json()) as { result: Array<{ sys_id: string }> }).result.map((r) => r.sys_id).sort()).toEqual([implemented, waiting].sort())
    expect((await fetch(`${server.url}/api/now/table/change_request/${carls}`, { headers: auth })).status).not.toBe(200)

    const acl = rows('sys_security_acl', 'name=change_request^operation=read^scriptLIKErequested_by')
    expect(acl).toHaveLength(1)
    update('sys_security_acl', acl[0].getUniqueValue(), { active: false })
    try {
        expect((await myChanges('rita')).view?.changes).toEqual([])
    } finally {
        update('sys_security_acl', acl[0].getUniqueValue(), { active: true })
    }
    expect((await myChanges('rita')).view?.changes.map((c) => c.sysId)).toEqual([waiting, implemented])
})
