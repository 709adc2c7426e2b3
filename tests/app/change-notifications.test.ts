import { ensureAdmin } from '../../src/local/base/admin'
import { GlideRecord } from '../../src/local/glide'
import { startServer, type RunningServer } from '../../src/local/http/server'
import type { Instance } from '../../src/local/instance'
import { get, insert, rows, update } from '../support/records'
import { ADDRESS, addPhases, as, changeWorld, changeValues, ledger, mailsFor, type ChangeWorld, type Mail } from './change-fixtures'

/**
 * Change notifications on the installed app, with the local notification engine: each stakeholder
 * gets the message they need at each moment, to them only. Events are processed by instance.drain()
 * (the platform's event queue); every email is a sys_email row, one per send with its recipients on the To: line.
 */
let instance: Instance
let w: ChangeWorld

// Each test starts from its own copy of the installed app with buildWorld()'s records, built once per suite.
const shared = changeWorld()
beforeEach(() => {
    instance = shared.instance
    w = shared.world
})

const A = ADDRESS

/** The emails a step produced, per recipient, sorted (the order within one step is not part of the contract). */
function step(changeId: string, fn: () => void): Record<string, string[]> {
    const before = new Set(mailsFor(changeId).map((m) => m.to + m.subject + m.body))
    fn()
    const fresh = mailsFor(changeId).filter((m) => !before.has(m.to + m.subject + m.body))
    const out = ledger(fresh)
    for (const k of Object.keys(out)) out[k].sort()
    return out
}

function approvalOf(changeId: string, userId: string): string {
    const found = rows('sysapproval_approver', `document_id=${changeId}^approver=${userId}`)
    if (found.length !== 1) throw new Error(`expected one approval of ${changeId} by ${userId}, found ${found.length}`)
    return found[0].getUniqueValue()
}

function decide(changeId: string, userId: string, state: 'approved' | 'rejected', comments = ''): void {
    as(instance, userId, () => {
        const values: Record<string, string> = { state }
        if (comments) values.comments = comments
        if (!update('sysapproval_approver', approvalOf(changeId, userId), values)) throw new Error(`approval by ${userId} refused`)
    })
}

function move(changeId: string, userId: string, values: Record<string, string | number>): void {
    as(instance, userId, () => {
        if (!update('change_request', changeId, values)) throw new Error(`update of the change refused: ${instance.operations.lastRefusal?.message}`)
    })
}

function only(mails: Mail[], to: string, moment: string): Mail {
    const found = mails.filter((m) => m.to === to && m.moment === moment)
    if (found.length !== 1) throw new Error(`expected one ${moment} email to ${to}, found ${found.length}`)
    return found[0]
}

const HIGH_RISK_UPDATE_FOR_ALL = (except: string[] = []) => {
    const all: Record<string, string[]> = {
        [A('ann')]: ['approver:highRiskUpdate'],
        [A('bob')]: ['approver:highRiskUpdate'],
        [A('cara')]: ['approver:highRiskUpdate'],
        [A('max')]: ['change_manager:highRiskUpdate'],
    }
    for (const e of except) delete all[A(e)]
    return all
}

test('a high-risk change from New to Closed, through GlideRecord as its people: who gets what, when', () => {
    const change = as(instance, w.requester, () => insert('change_request', changeValues(w)))
    // The change team fills in the Phases related list: no message of its own.
    as(instance, w.coordinator, () => addPhases(w, change))
    // Submitted: only the requester hears, with guidance on what happens next.
    const submitted = mailsFor(change)
    expect(ledger(submitted)).toEqual({ [A('rita')]: ['requester:submitted'] })
    expect(submitted[0].subject).toBe(`Change ${get('change_request', change).getValue('number')} received: Upgrade mail gateway`)
    expect(submitted[0].body).toContain('data-section="next"')
    expect(submitted[0].notification).toBe('Persona change: requester, submitted')

    expect(step(change, () => move(change, w.coordinator, { state: -4 }))).toEqual({ [A('rita')]: ['requester:assess'] })

    // Authorize: one approval per CAB member, each approver asked once, the requester told, the change manager alerted.
    expect(step(change, () => move(change, w.coordinator, { state: -3 }))).toEqual({
        [A('rita')]: ['requester:authorize'],
        [A('ann')]: ['approver:approvalRequested'],
        [A('bob')]: ['approver:approvalRequested'],
        [A('cara')]: ['approver:approvalRequested'],
        [A('max')]: ['change_manager:highRiskAuthorize'],
    })
    expect(rows('sysapproval_approver', `document_id=${change}`).map((r) => [r.getDisplayValue('approver'), r.getValue('state'), r.getValue('source_table'), r.getValue('sysapproval')])).toEqual(
        expect.arrayContaining([
            ['Ann Approver', 'requested', 'change_request', null],
            ['Bob Board', 'requested', 'change_request', null],
            ['Cara Cab', 'requested', 'change_request', null],
        ]),
    )
    expect(get('change_request', change).getValue('approval')).toBe('requested')

    // A high-risk change in flight changes: approvers and change managers are told; the one who changed it is not.
    expect(step(change, () => move(change, w.coordinator, { start_date: '2026-12-01 21:00:00' }))).toEqual(HIGH_RISK_UPDATE_FOR_ALL())

    decide(change, w.ann, 'approved')
    decide(change, w.bob, 'approved')
    expect(get('change_request', change).getValue('state')).toBe('-3')
    // The last approval schedules the change: requester gets the rollout plan, the implementer the action plan.
    expect(step(change, () => decide(change, w.cara, 'approved'))).toEqual({
        [A('rita')]: ['requester:scheduled'],
        [A('ivan')]: ['implementer:scheduled'],
    })
    expect(get('change_request', change).getValue('state')).toBe('-2')
    expect(get('change_request', change).getValue('approval')).toBe('approved')

    expect(step(change, () => move(change, w.implementer, { state: -1 }))).toEqual({
        [A('rita')]: ['requester:implementing'],
        [A('ivan')]: ['implementer:implementing'],
    })
    expect(step(change, () => move(change, w.implementer, { state: 0 }))).toEqual({
        [A('rita')]: ['requester:review'],
        [A('ivan')]: ['implementer:review'],
    })
    expect(step(change, () => move(change, w.coordinator, { state: 3, close_code: 'successful', close_notes: 'Done without incident' }))).toEqual({
        [A('rita')]: ['requester:closed'],
    })

    // No stakeholder ever got another's message.
    const all = mailsFor(change)
    const roleOf: Record<string, string[]> = {
        [A('rita')]: ['requester'],
        [A('ivan')]: ['implementer'],
        [A('ann')]: ['approver'],
        [A('bob')]: ['approver'],
        [A('cara')]: ['approver'],
        [A('max')]: ['change_manager'],
    }
    for (const m of all) expect(roleOf[m.to]).toContain(m.stakeholder)
    expect(all.filter((m) => m.to === A('carl') || m.to === A('gil') || m.to === A('gus'))).toEqual([])

    // The sections each stakeholder needs.
    const approverMail = only(all, A('ann'), 'approvalRequested')
    expect(approverMail.body).toContain('data-section="risk-summary"')
    expect(approverMail.body).toContain('data-section="impact-summary"')
    expect(approverMail.body).toContain('HIGH RISK High')
    expect(approverMail.body).toContain('Backout plan: present')
    expect(approverMail.body).toContain('All 42 checks passed in staging')
    // One request per approver, greeted by name, its button opening the reader's own approval on the portal.
    expect(only(all, A('bob'), 'approvalRequested').email).not.toBe(approverMail.email)
    expect(approverMail.recipients).toEqual([A('ann')])
    expect(approverMail.body).toContain('Hello Ann Approver,')
    expect(approverMail.body).toContain(`/sp?id=psm_approval&amp;sys_id=${approvalOf(change, w.ann)}`)
    expect(approverMail.body).not.toContain('data-section="phases"')

    const plan = only(all, A('ivan'), 'scheduled')
    expect(plan.subject).toMatch(/^Action plan: implement CHG\d+ \(/)
    expect(plan.body).toContain('data-section="phases"')
    expect(plan.body).toMatch(/<td[^>]*>Pilot<\/td><td[^>]*>2026-12-01 22:00<\/td><td[^>]*>2026-12-01 23:00<\/td><td[^>]*>IT<\/td>/)
    expect(plan.bodyText).toContain('* Phase: Pilot\n  Start: 2026-12-01 22:00\n  End: 2026-12-01 23:00\n  Audience: IT')
    expect(plan.body).toContain('data-section="backout-plan"')
    expect(plan.body).toContain('1. Drain queues<br>2. Upgrade<br>3. Restore traffic')
    expect(plan.body).toContain('data-section="troubleshooting"')
    expect(plan.body).not.toContain('data-section="risk-summary"')

    const status = only(all, A('rita'), 'authorize')
    expect(status.body).toContain('data-section="approval-status"')
    expect(status.body).toContain('0 of 3 approved, 3 pending')
    const scheduled = only(all, A('rita'), 'scheduled')
    expect(scheduled.body).toContain('data-section="rollout-plan"')
    expect(scheduled.body).toContain('3 of 3 approved')
    expect(scheduled.body).toContain('Mail team, ext. 4242')
    const review = only(all, A('rita'), 'review')
    expect(review.body).toContain(`/sp?id=psm_feedback&amp;task=${change}&amp;role=requester`)
    expect(review.body).not.toContain('data-section="risk-summary"')
    expect(only(all, A('ivan'), 'review').body).toContain(`/sp?id=psm_feedback&amp;task=${change}&amp;role=implementer`)

    const update1 = all.find((m) => m.to === A('ann') && m.moment === 'highRiskUpdate') as Mail
    expect(update1.body).toContain('Planned start')
    expect(update1.subject).toMatch(/^High-risk change CHG\d+, update 1: Planned start changed$/)
    // Within the interval (x_psm_persona.change.update_interval_minutes) later changes are held, not sent.
    expect(all.filter((m) => m.to === A('ann') && m.moment === 'highRiskUpdate')).toHaveLength(1)
    expect(only(all, A('max'), 'highRiskAuthorize').body).toContain('data-section="approval-status"')
})

test('the mobile-first variant: a Virtual/Mobile 4 approver gets the decision and links first', () => {
    const change = as(instance, w.requester, () => insert('change_request', changeValues(w, { state: -3 })))
    const mails = mailsFor(change)
    const cara = only(mails, A('cara'), 'approvalRequested')
    const ann = only(mails, A('ann'), 'approvalRequested')
    expect(cara.variant).toBe('mobile')
    // The decision and the button come before anything else.
    expect(cara.body.indexOf('data-section="decision"')).toBeLessThan(cara.body.indexOf('data-primary="true"'))
    expect(cara.body.indexOf('/sp?id=psm_approval&amp;sys_id=')).toBeLessThan(cara.body.indexOf('data-section="key-facts"'))
    expect(cara.body).toContain('Approve or reject CHG')
    expect(cara.body).not.toContain('data-section="risk-summary"')
    expect(cara.body).toContain('Hello Cara Cab,')
    expect(ann.variant).toBe('standard')
    expect(ann.body).toContain('Hello Ann Approver,')
    expect(ann.body).not.toContain('Change Advisory Board member')
})

/** Every approval request an address got about a change: the app's tailored ones (on the change) and the platform's (on an approval of it). */
function approvalRequestsTo(changeId: string, address: string): string[] {
    const approvals = rows('sysapproval_approver', `sysapproval=${changeId}^ORdocument_id=${changeId}`).map((a) => a.getUniqueValue())
    const tailored = mailsFor(changeId).filter((m) => m.to === address && m.moment === 'approvalRequested').map((m) => `app: ${m.subject}`)
    const platform = rows('sys_email', `target_table=sysapproval_approver^instanceIN${approvals.join(',')}`)
        .filter((e) => (e.getValue('recipients') ?? '').split(',').includes(address))
        .map((e) => `platform: ${e.getDisplayValue('notification')}`)
    return [...tailored, ...platform]
}

// "The "approval events" business rule is then executed, which creates the "approval.inserted" event. The
// "Approval Request" email event is defined to process the approval.inserted event" (Construct an email
// message with a template); "These emails come only from task-based approvals" (Baseline email notifications).
test('each CAB member gets exactly one approval request, the tailored one: the platform ran its approval rules and its Approval Request stayed active', () => {
    const change = as(instance, w.requester, () => insert('change_request', changeValues(w)))
    move(change, w.coordinator, { state: -4 })
    move(change, w.coordinator, { state: -3 })
    instance.drain()
    const approvals = rows('sysapproval_approver', `document_id=${change}`)
    expect(approvals).toHaveLength(3)
    // Written with rules running: the base rule queued approval.inserted for every one of them.
    for (const a of approvals) expect(rows('sysevent', `name=approval.inserted^instance=${a.getUniqueValue()}`)).toHaveLength(1)
    expect(rows('sysevent_email_action', 'name=Approval Request^active=true')).toHaveLength(1)
    for (const who of ['ann', 'bob', 'cara']) expect([who, approvalRequestsTo(change, A(who))]).toEqual([who, [expect.stringMatching(/^app: Approval needed: CHG\d+ \(risk High\)/)]])
})

test("an approver added by hand on the change form is asked once, by the platform's Approval Request, and the app adds no second request", () => {
    const change = as(instance, w.requester, () => insert('change_request', changeValues(w, { state: -3 })))
    const extra = as(instance, w.coordinator, () => insert('sysapproval_approver', { approver: w.manager, state: 'requested', sysapproval: change }))
    expect(approvalRequestsTo(change, A('max'))).toEqual(['platform: Approval Request'])
    expect(rows('sys_email', `instance=${extra}`).map((e) => e.getValue('subject'))).toEqual([`${get('change_request', change).getValue('number')} Approval Request`])
    // The hand-added approval takes part in the decision like the CAB's.
    for (const who of [w.ann, w.bob, w.cara]) decide(change, who, 'approved')
    expect(get('change_request', change).getValue('state')).toBe('-3')
    as(instance, w.manager, () => update('sysapproval_approver', extra, { state: 'approved' }))
    expect(get('change_request', change).getValue('state')).toBe('-2')
})

test('rejection: the change is canceled, pending approvals released, the requester told why (once)', () => {
    const change = as(instance, w.requester, () => insert('change_request', changeValues(w, { risk: 3 })))
    move(change, w.coordinator, { state: -4 })
    move(change, w.coordinator, { state: -3 })
    decide(change, w.ann, 'approved')
    const got = step(change, () => decide(change, w.bob, 'rejected', 'Backout not rehearsed'))
    // Rejected before anyone got an action plan: nobody is told to stand down.
    expect(got).toEqual({ [A('rita')]: ['requester:rejected'] })
    const c = get('change_request', change)
    expect([c.getValue('state'), c.getValue('approval')]).toEqual(['4', 'rejected'])
    expect(get('sysapproval_approver', approvalOf(change, w.cara)).getValue('state')).toBe('not_required')
    const mail = only(mailsFor(change), A('rita'), 'rejected')
    expect(mail.subject).toMatch(/^Change CHG\d+ was not approved$/)
    expect(mail.body).toContain('Rejected by Bob Board.')
    expect(mail.body).toContain('Bob Board: Backout not rehearsed')
    // A late approval changes nothing.
    expect(step(change, () => decide(change, w.cara, 'approved'))).toEqual({})
    expect(get('change_request', change).getValue('state')).toBe('4')
})

test('cancel: a scheduled change canceled tells the requester and stands the implementer down', () => {
    const change = as(instance, w.requester, () => insert('change_request', changeValues(w, { risk: 3 })))
    move(change, w.coordinator, { state: -4 })
    move(change, w.coordinator, { state: -3 })
    for (const a of [w.ann, w.bob, w.cara]) decide(change, a, 'approved')
    expect(step(change, () => move(change, w.coordinator, { state: 4 }))).toEqual({ [A('rita')]: ['requester:canceled'], [A('ivan')]: ['implementer:canceled'] })
    expect(only(mailsFor(change), A('ivan'), 'canceled').body).toContain('must not be implemented')
})

test('with no one assigned, the implementation team gets the action plan; a new assignee gets it too', () => {
    const change = as(instance, w.requester, () => insert('change_request', changeValues(w, { risk: 3, assigned_to: '' })))
    move(change, w.coordinator, { state: -4 })
    move(change, w.coordinator, { state: -3 })
    decide(change, w.ann, 'approved')
    decide(change, w.bob, 'approved')
    const got = step(change, () => decide(change, w.cara, 'approved'))
    expect(got[A('gil')]).toEqual(['implementer:scheduled'])
    expect(got[A('gus')]).toEqual(['implementer:scheduled'])
    expect(got[A('ivan')]).toBeUndefined()
    expect(step(change, () => move(change, w.coordinator, { assigned_to: w.implementer }))).toEqual({ [A('ivan')]: ['implementer:assigned'] })
})

test('a high-risk update reaches approvers and change managers with what changed; low risk stays quiet', () => {
    const change = as(instance, w.requester, () => insert('change_request', changeValues(w, { state: -3 })))
    const got = step(change, () => move(change, w.ann, { backout_plan: '' }))
    // Ann made the change herself: everyone else who weighs it hears about it.
    expect(got).toEqual(HIGH_RISK_UPDATE_FOR_ALL(['ann']))
    const mail = only(mailsFor(change), A('max'), 'highRiskUpdate')
    expect(mail.stakeholder).toBe('change_manager')
    expect(mail.body).toMatch(/<td[^>]*>Backout plan<\/td><td[^>]*>Restore the VM snapshot<\/td><td[^>]*>\(empty\)<\/td>/)
    expect(mail.body).toContain('1 concern to weigh')
    expect(only(mailsFor(change), A('bob'), 'highRiskUpdate').body).toContain('Your approval of')

    const quiet = as(instance, w.requester, () => insert('change_request', changeValues(w, { state: -3, risk: 4 })))
    expect(step(quiet, () => move(quiet, w.coordinator, { backout_plan: '' }))).toEqual({})
})

test('a field containing <script> arrives escaped in every HTML body; the subject stays plain text', () => {
    const evil = '<script>alert("x")</script>'
    const change = as(instance, w.requester, () => insert('change_request', changeValues(w, { short_description: evil, backout_plan: evil, state: -3 })))
    const mails = mailsFor(change)
    expect(mails.length).toBeGreaterThan(0)
    for (const m of mails) {
        expect(m.body).not.toContain('<script')
        expect(m.body).toContain('&lt;script&gt;')
    }
    const ann = only(mails, A('ann'), 'approvalRequested')
    expect(ann.body).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;')
    // A subject is a header, not HTML: the text arrives as typed and mail clients show it as text.
    expect(ann.subject).toMatch(/^Approval needed: CHG\d+ \(risk High\): <script>alert\("x"\)<\/script>$/)
})

test('phasing notes are free text, never refused for their format; a phase row with its dates reversed is refused, and nothing is saved or sent', () => {
    const notes = 'Phase 1: pilot; Phase 2: HQ'
    const id = as(instance, w.requester, () => insert('change_request', changeValues(w, { x_psm_persona_phases: notes })))
    expect(get('change_request', id).getValue('x_psm_persona_phases')).toBe(notes)
    const before = mailsFor(id).length
    const refused = as(instance, w.coordinator, () => {
        const gr = new GlideRecord('x_psm_persona_change_phase')
        gr.initialize()
        for (const [k, v] of Object.entries({ change: id, name: 'Wave 1', start: '2026-12-10 08:00:00', end: '2026-12-01 08:00:00', audience_type: 'everyone' })) gr.setValue(k, v)
        return gr.insert()
    })
    expect(refused).toBeNull()
    expect(instance.operations.lastRefusal?.message).toContain('Phase not saved: phase "Wave 1" ends (2026-12-01 08:00) before it starts (2026-12-10 08:00).')
    expect(rows('x_psm_persona_change_phase', `change=${id}`)).toHaveLength(0)
    expect(mailsFor(id)).toHaveLength(before)
})

describe('over the Table API as admin', () => {
    let server: RunningServer
    const password = 'correct horse battery staple'
    const auth = `Basic ${Buffer.from(`admin:${password}`).toString('base64')}`

    beforeEach(async () => {
        ensureAdmin(instance, password)
        server = await startServer(instance, { port: 0 })
    })
    afterEach(async () => {
        await server.close()
    })

    async function call(method: string, path: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
        const res = await fetch(server.url + path, { method, body: body === undefined ? undefined : JSON.stringify(body), headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: auth } })
        const text = await res.text()
        instance.drain()
        return { status: res.status, json: text ? (JSON.parse(text) as Record<string, unknown>) : {} }
    }

    test('New to Closed by PATCH: the same messages, the computed summaries readable through the API', async () => {
        const created = await call('POST', '/api/now/table/change_request', changeValues(w, { risk: 3, requested_by: w.requester }))
        expect(created.status).toBe(201)
        const change = (created.json.result as Record<string, string>).sys_id
        expect((created.json.result as Record<string, string>).x_psm_persona_risk_summary).toMatch(/^Risk Moderate, priority High: no concerns found\./)
        // The Phases related list over the API: each row saved refreshes the change's impact summary.
        const phase = (name: string, department: string) =>
            call('POST', '/api/now/table/x_psm_persona_change_phase', { change, name, start: '2026-12-01 22:00:00', end: '2026-12-01 23:00:00', audience_type: 'department', audience_department: department })
        expect((await phase('Pilot', w.departments.it)).status).toBe(201)
        expect((await phase('Pilot', w.departments.sales)).status).toBe(201)
        const summary = await call('GET', `/api/now/table/change_request/${change}?sysparm_fields=x_psm_persona_impact_summary`)
        expect((summary.json.result as Record<string, string>).x_psm_persona_impact_summary).toContain('Affected users: IT, Sales (1 phase, 2026-12-01 22:00 to 2026-12-01 23:00)')
        for (const state of [-4, -3]) expect((await call('PATCH', `/api/now/table/change_request/${change}`, { state })).status).toBe(200)
        const approvals = await call('GET', `/api/now/table/sysapproval_approver?sysparm_query=document_id=${change}&sysparm_fields=sys_id,state`)
        const ids = (approvals.json.result as Array<Record<string, string>>).map((r) => r.sys_id)
        expect(ids).toHaveLength(3)
        for (const id of ids) expect((await call('PATCH', `/api/now/table/sysapproval_approver/${id}`, { state: 'approved' })).status).toBe(200)
        const scheduled = await call('GET', `/api/now/table/change_request/${change}?sysparm_fields=state,approval`)
        expect(scheduled.json.result).toEqual({ state: '-2', approval: 'approved' })
        for (const state of [-1, 0, 3]) expect((await call('PATCH', `/api/now/table/change_request/${change}`, { state })).status).toBe(200)

        const byPerson = ledger(mailsFor(change))
        expect(byPerson).toEqual({
            [A('rita')]: ['requester:submitted', 'requester:assess', 'requester:authorize', 'requester:scheduled', 'requester:implementing', 'requester:review', 'requester:closed'],
            [A('ann')]: ['approver:approvalRequested'],
            [A('bob')]: ['approver:approvalRequested'],
            [A('cara')]: ['approver:approvalRequested'],
            [A('ivan')]: ['implementer:scheduled', 'implementer:implementing', 'implementer:review'],
        })
        const outbox = await call('GET', `/api/now/table/sys_email?sysparm_query=instance=${change}^recipients=${A('rita')}&sysparm_fields=subject,recipients,target_table`)
        expect((outbox.json.result as unknown[]).length).toBe(7)
        expect((outbox.json.result as Array<Record<string, string>>)[0].target_table).toBe('change_request')
    })

    test('a phase row over the API without its audience: 403 naming the field, nothing created', async () => {
        const change = (await call('POST', '/api/now/table/change_request', changeValues(w, { requested_by: w.requester }))).json.result as Record<string, string>
        const r = await call('POST', '/api/now/table/x_psm_persona_change_phase', { change: change.sys_id, name: 'Pilot', start: '2026-12-01 22:00:00', end: '2026-12-01 23:00:00', audience_type: 'group' })
        expect(r.status).toBe(403)
        expect(JSON.stringify(r.json)).toContain('Audience is group: choose the group in \\"Audience group\\".')
        expect(rows('x_psm_persona_change_phase')).toEqual([])
    })
})
