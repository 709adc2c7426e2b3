import { withScope } from '../../src/local/glide/runtime'
import type { Instance } from '../../src/local/instance'
import type { AttainmentReport, XlaResult } from '../../src/server/xla/attainment-calc'
import type { XlaHistory } from '../../src/server/xla/attainment'
import { installedInstance } from '../support/instance'
import { get, insert, rows, update } from '../support/records'
import { buildWorld, changeValues, mailsFor, type ChangeWorld } from './change-fixtures'

/*
 * XLA attainment on a constructed history: the real app drives a high-risk change from submission to
 * review on an instance whose clock the test sets, so every event, approval and email carries the
 * instant the story says. The notification engine runs when the test drains the queue: draining
 * late is how a slow notification is told. Then the week is measured and the weekly digest sent.
 *
 * The week of Monday 2026-11-16 (UTC):
 *   Mon 09:00 Rita submits         (she made it: informed by making it, no observation)
 *   Mon 10:00 Assess               requester emailed only at 10:30       BREACHED (30 min > 15)
 *   Mon 11:00 Authorize            requester and approvers emailed 11:05 met
 *   Mon 15:00 Ann approves         4 business hours                      met
 *   Tue 09:00 Bob approves         22 business hours                     met
 *   Wed 13:00 Cara approves        50 business hours > 1 business day    BREACHED; change Scheduled
 *                                  (Cara made that transition: she is no observation of it)
 *   Thu 22:00 Implement, Fri 08:00 Review: everyone emailed within a minute
 *   Fri 10:00 survey (0–10): Rita 3 (requester, unhappy), Ann 9 (approver, happy), Ivan 10 (implementer, happy)
 */

interface AttainmentModule {
    computeAttainment(start: string, end: string, asOf?: string): AttainmentReport
    attainmentHistory(weeks?: number, endMs?: number): XlaHistory[]
}
interface DigestModule {
    queueWeeklyDigest(end?: string): string
}
interface FeedbackModule {
    saveFeedback(input: { changeId: string; role: string; score: number; comment: string }): { ok: boolean }
}

const WEEK_START = '2026-11-16 00:00:00'
const WEEK_END = '2026-11-23 00:00:00'

let now = '2026-11-13 08:00:00'
let instance: Instance
let w: ChangeWorld
let change: string
let report: AttainmentReport

/** Sets the clock, runs fn as the user (nothing is sent yet). */
function at<T>(time: string, user: string, fn: () => T): T {
    now = time
    return instance.runAs(user, fn)
}

/** Sets the clock and processes the queued events: the emails are written at this instant. */
function sendAt(time: string): void {
    now = time
    instance.drain()
}

function approve(approver: string, time: string): void {
    at(time, approver, () => update('sysapproval_approver', rows('sysapproval_approver', `document_id=${change}^approver=${approver}`)[0].getUniqueValue(), { state: 'approved' }))
    sendAt(time)
}

const xla = (name: string): XlaResult => {
    const found = report.xlas.find((x) => x.name === name)
    if (!found) throw new Error(`no XLA named ${name}: ${report.xlas.map((x) => x.name).join(', ')}`)
    return found
}
const personaOf = (userId: string) => get('sys_user', userId).getDisplayValue('x_psm_persona_persona') || '(no persona)'

beforeAll(() => {
    instance = installedInstance(() => now)
    // The message budget runs with its default interval (x_psm_persona.change.update_interval_minutes,
    // 60): the high-risk XLA measures what the budget promises, each transition within the interval.
    w = buildWorld()
    instance.drain()

    change = at('2026-11-16 09:00:00', w.requester, () => insert('change_request', changeValues(w, { risk: 2 })))
    sendAt('2026-11-16 09:00:00')
    at('2026-11-16 10:00:00', w.coordinator, () => update('change_request', change, { state: -4 }))
    sendAt('2026-11-16 10:30:00')
    at('2026-11-16 11:00:00', w.coordinator, () => update('change_request', change, { state: -3 }))
    sendAt('2026-11-16 11:05:00')
    approve(w.ann, '2026-11-16 15:00:00')
    approve(w.bob, '2026-11-17 09:00:00')
    approve(w.cara, '2026-11-18 13:00:00')
    at('2026-11-19 22:00:00', w.implementer, () => update('change_request', change, { state: -1 }))
    sendAt('2026-11-19 22:01:00')
    at('2026-11-20 08:00:00', w.implementer, () => update('change_request', change, { state: 0 }))
    sendAt('2026-11-20 08:00:30')

    const feedback = instance.appModule<FeedbackModule>('src/server/xla/feedback.ts')
    at('2026-11-20 10:00:00', w.requester, () => feedback.saveFeedback({ changeId: change, role: 'requester', score: 3, comment: 'Outlook broke twice' }))
    at('2026-11-20 10:00:00', w.ann, () => feedback.saveFeedback({ changeId: change, role: 'approver', score: 9, comment: '' }))
    at('2026-11-20 10:00:00', w.implementer, () => feedback.saveFeedback({ changeId: change, role: 'implementer', score: 10, comment: 'Great plan' }))

    now = WEEK_END
    report = instance.run(() => instance.appModule<AttainmentModule>('src/server/xla/attainment.ts').computeAttainment(WEEK_START, WEEK_END, WEEK_END))
})
afterAll(() => instance.close())

test('the story happened as told: the change is in Review and the emails carry the story’s instants', () => {
    expect(get('change_request', change).getValue('state')).toBe('0')
    const rita = mailsFor(change).filter((m) => m.to === 'rita@example.com' && m.stakeholder === 'requester')
    expect(rita.map((m) => m.moment)).toEqual(expect.arrayContaining(['submitted', 'assess', 'authorize', 'scheduled', 'implementing', 'review']))
    const created = (moment: string) =>
        instance.store.prepare("SELECT e.sys_created_on AS t FROM sys_email e WHERE e.instance = ? AND e.recipients = 'rita@example.com' AND e.body LIKE ?").get(change, `%data-moment="${moment}"%`) as { t: string }
    expect(created('assess').t).toBe('2026-11-16 10:30:00')
    expect(created('submitted').t).toBe('2026-11-16 09:00:00')
})

test('requester informed within 15 minutes of every state change: 4 of 5, breached', () => {
    const r = xla('Requester informed within 15 minutes of every state change')
    expect(r).toMatchObject({ stakeholder: 'requester', measure: 'notification_latency', observations: 5, met: 4, pending: 0, value: 80, status: 'breached' })
    expect(r.byPersona).toEqual([{ persona: personaOf(w.requester), observations: 5, met: 4, value: 80 }])
})

test('high-risk transitions reach each approver within the update interval, consolidated: all met', () => {
    const r = xla('High-risk transitions reach each approver within the update interval, consolidated')
    // Assess had no approvers yet; Authorize, Implement and Review updated Ann, Bob and Cara; Scheduled Ann and Bob (Cara made it).
    expect(r).toMatchObject({ measure: 'high_risk_updates', observations: 11, met: 11, value: 100, status: 'met' })
})

test('approver decision within 1 business day: Cara took 2.08 business days, 2 of 3 is below the 90 % objective', () => {
    const r = xla('Approver decision within 1 business day')
    expect(r).toMatchObject({ measure: 'decision_time', observations: 3, met: 2, value: 66.7, status: 'breached', objective: 90 })
    expect(r.byPersona.find((p) => p.persona === 'Virtual Executive')).toEqual({ persona: 'Virtual Executive', observations: 1, met: 0, value: 0 })
})

test('Happiness per role (% of 9–10 minus % of 0–6): requesters −100, breached; approvers and implementers +100, met', () => {
    expect(xla('Requester Happiness at least +50')).toMatchObject({ measure: 'happiness', observations: 1, met: 0, value: -100, status: 'breached', target: 50 })
    expect(xla('Approver Happiness at least +50')).toMatchObject({ observations: 1, met: 1, value: 100, status: 'met' })
    expect(xla('Implementer Happiness at least +50')).toMatchObject({ observations: 1, met: 1, value: 100, status: 'met' })
    // The fulfilment XLA reads requested items' answers only: none this week.
    expect(xla('Fulfilment Happiness at least +50')).toMatchObject({ observations: 0, value: null, status: 'no_data' })
})

test('per stakeholder role and persona, and the worst-served group', () => {
    const by = Object.fromEntries(report.byStakeholder.map((s) => [s.stakeholder, s]))
    expect(by.requester).toMatchObject({ observations: 6, met: 4, rate: 66.7, xlasMet: 0, xlasMeasured: 2 })
    expect(by.approver).toMatchObject({ observations: 15, met: 14, rate: 93.3, xlasMet: 2, xlasMeasured: 3 })
    expect(by.implementer).toMatchObject({ observations: 1, met: 1, rate: 100, xlasMet: 1, xlasMeasured: 1 })
    const cara = report.groups.find((g) => g.stakeholder === 'approver' && g.persona === 'Virtual Executive')
    expect(cara).toMatchObject({ observations: 4, met: 3, rate: 75 })
    expect(report.worstServed).toEqual({ stakeholder: 'requester', persona: personaOf(w.requester), observations: 6, met: 4, rate: 66.7 })
})

test('the week before has nothing to measure; an open deadline is pending, not breached', () => {
    const m = instance.appModule<AttainmentModule>('src/server/xla/attainment.ts')
    const before = instance.run(() => m.computeAttainment('2026-11-09 00:00:00', WEEK_START, WEEK_END))
    expect(before.xlas.every((x) => x.status === 'no_data' && x.observations === 0)).toBe(true)
    expect(before.worstServed).toBeNull()
    // As of Monday 11:10 the Authorize notifications were out, but Ann had not decided yet: pending.
    const early = instance.run(() => m.computeAttainment(WEEK_START, '2026-11-16 11:10:00', '2026-11-16 11:10:00'))
    expect(early.xlas.find((x) => x.measure === 'decision_time')).toMatchObject({ observations: 0, pending: 3, status: 'no_data' })
    expect(() => instance.run(() => m.computeAttainment(WEEK_END, WEEK_START))).toThrow('XLA attainment: the end 2026-11-16 00:00:00 must be after the start 2026-11-23 00:00:00.')
})

test('the history buckets the same observations week by week', () => {
    const m = instance.appModule<AttainmentModule>('src/server/xla/attainment.ts')
    const history = instance.run(() => m.attainmentHistory(3, Date.parse('2026-11-23T00:00:00Z')))
    const latency = history.find((h) => h.measure === 'notification_latency')
    expect(latency?.weeks.map((x) => [x.start, x.value, x.status])).toEqual([
        ['2026-11-02 00:00:00', null, 'no_data'],
        ['2026-11-09 00:00:00', null, 'no_data'],
        ['2026-11-16 00:00:00', 80, 'breached'],
    ])
})

test('the script include computes the same report', () => {
// The include is Accessible from this application scope only: evaluated as the app's own script.
    const result = instance.run(() => withScope('x_psm_persona', () => instance.evaluate(`new x_psm_persona.XlaAttainment().compute('${WEEK_START}', '${WEEK_END}', '${WEEK_END}')`))) as AttainmentReport
    expect(result.xlas.map((x) => [x.name, x.value, x.status])).toEqual(report.xlas.map((x) => [x.name, x.value, x.status]))
})

describe('weekly digest', () => {
    let second: string
    let retired: string
    let digestId: string

    beforeAll(() => {
        // A second change manager through a group's role, and one who left (inactive): never a recipient.
        second = insert('sys_user', { user_name: 'mia', name: 'Mia Manager', email: 'mia@example.com' })
        retired = insert('sys_user', { user_name: 'old', name: 'Old Manager', email: 'old@example.com', active: false })
        const role = get('sys_user_role', 'name', 'change_manager').getUniqueValue()
        const group = insert('sys_user_group', { name: 'Change Management' })
        insert('sys_group_has_role', { group, role })
        insert('sys_user_grmember', { group, user: second })
        insert('sys_user_has_role', { user: retired, role })
        // Filed as the digest is written (after the measured week): not listed, a closed high-risk
        // change and an open moderate one; listed, an open Very High one.
        at(WEEK_END, w.requester, () => insert('change_request', changeValues(w, { risk: 1, short_description: 'Closed <b>one</b>', state: 3 })))
        at(WEEK_END, w.requester, () => insert('change_request', changeValues(w, { risk: 3, short_description: 'Moderate one' })))
        at(WEEK_END, w.requester, () => insert('change_request', changeValues(w, { risk: 1, short_description: 'Core <script>router</script> swap' })))
        sendAt(WEEK_END)
        digestId = instance.run(() => instance.appModule<DigestModule>('src/server/xla/digest.ts').queueWeeklyDigest(WEEK_END))
        instance.drain()
    })

    const digests = () => mailsForTable(digestId)
    function mailsForTable(id: string) {
        return instance.store.prepare("SELECT recipients, subject, body FROM sys_email WHERE instance = ? AND target_table = 'x_psm_persona_xla_digest' ORDER BY rowid").all(id) as Array<{
            recipients: string
            subject: string
            body: string
        }>
    }

    test('goes to every active change manager, directly or through a group, once each', () => {
        expect(digests().map((d) => d.recipients).sort()).toEqual(['max@example.com', 'mia@example.com'])
        expect(get('x_psm_persona_xla_digest', digestId).getValue('recipients')).toBe('2')
    })

    test('says how many XLAs were met, which were breached, the worst-served group and the open high-risk changes', () => {
        const [mail] = digests()
        expect(mail.subject).toBe('XLA weekly digest: 3 of 6 XLAs met, week to 2026-11-23 00:00:00')
        const body = mail.body
        expect(body).toContain('3 of 6 measured XLAs met, 2026-11-16 00:00:00 to 2026-11-23 00:00:00 (UTC)')
        expect(body).toContain(
            'Breached: Requester informed within 15 minutes of every state change; Approver decision within 1 business day; Requester Happiness at least +50.',
        )
        expect(body).toContain('80.0 % within target (objective 100 %)')
        expect(body).toContain(`Requesters who are ${personaOf(w.requester)}: 4 of 6 observations met their target (66.7 %)`)
        const section = /<div data-section="open-high-risk">(.*?)<\/div>/.exec(body)?.[1] ?? ''
        expect(section).toContain('Open high-risk changes (2)')
        expect(section).toContain('Upgrade mail gateway (risk High, Review; approvals 3 of 3 approved)')
        // Every value is escaped: a change's description cannot inject markup into the digest.
        expect(section).toContain('Core &lt;script&gt;router&lt;/script&gt; swap (risk Very High, New')
        expect(section).not.toContain('Closed')
        expect(section).not.toContain('Moderate one')
        expect(body).not.toContain('<script>')
    })

    test('the weekly job writes a digest and queues it for each change manager', () => {
        const before = rows('x_psm_persona_xla_digest').length
        const job = rows('sysauto_script', 'name=XLA weekly digest')[0]
        expect(job.getValue('run_type')).toBe('weekly')
        instance.run(() => instance.jobs.run('XLA weekly digest'))
        expect(rows('x_psm_persona_xla_digest')).toHaveLength(before + 1)
        const latest = rows('x_psm_persona_xla_digest', 'ORDERBYDESCsys_created_on')[0]
        const queued = rows('sysevent', `name=x_psm_persona.xla.weekly_digest^instance=${latest.getUniqueValue()}`)
        expect(queued.map((e) => e.getValue('parm1')).sort()).toEqual([w.manager, second].sort())
    })
})

describe('XLAs that survive the platform', () => {
    test('each approver\'s own request informs them: Ann, Bob and Cara each got one at Authorize', () => {
        const requests = instance.store
            .prepare("SELECT recipients FROM sys_email WHERE instance = ? AND sys_created_on = '2026-11-16 11:05:00' AND subject LIKE 'Approval needed%'")
            .all(change) as Array<{ recipients: string }>
        expect(requests.map((r) => r.recipients).sort()).toEqual(['ann@example.com', 'bob@example.com', 'cara@example.com'])
        // …and all three approvers were informed of Authorize by it (11 of 11 high-risk updates met above).
        expect(xla('High-risk transitions reach each approver within the update interval, consolidated')).toMatchObject({ observations: 11, met: 11 })
    })

    test('the event log is rotated after a week: attainment reads the app\'s own history and computes the same report', () => {
        // "Event [sysevent] | Every day | 7 | Rotation" ("Log history"): a month later the week's events are gone.
        instance.store.db.prepare('DELETE FROM sysevent').run()
        expect(rows('sysevent')).toHaveLength(0)
        expect(rows('x_psm_persona_xla_history', `change_request=${change}^kind=state`).map((h) => h.getValue('step'))).toEqual(
            expect.arrayContaining(['submitted', 'assess', 'authorize', 'scheduled', 'implementing', 'review']),
        )
        const again = instance.run(() => instance.appModule<AttainmentModule>('src/server/xla/attainment.ts').computeAttainment(WEEK_START, WEEK_END, WEEK_END))
        expect(again.xlas.map((x) => [x.name, x.observations, x.met, x.value, x.status])).toEqual(report.xlas.map((x) => [x.name, x.observations, x.met, x.value, x.status]))
        expect(again.worstServed).toEqual(report.worstServed)
    })
})

describe('approval requests in the XLA history', () => {
    test('an approval inserted as requested adds no history row: its own sys_created_on is the request instant', () => {
        // The CAB's three approvals were inserted at Authorize (Mon 11:00); attainment reads that instant from the rows themselves.
        expect(rows('x_psm_persona_xla_history', `change_request=${change}^kind=approval_requested`)).toHaveLength(0)
        const created = rows('sysapproval_approver', `document_id=${change}`).map((a) => a.getValue('sys_created_on'))
        expect(created).toEqual(['2026-11-16 11:00:00', '2026-11-16 11:00:00', '2026-11-16 11:00:00'])
    })

    test('an approval asked again (updated back to requested) records the new request instant', () => {
        const ann = rows('sysapproval_approver', `document_id=${change}^approver=${w.ann}`)[0].getUniqueValue()
        at('2026-11-24 09:00:00', w.coordinator, () => update('sysapproval_approver', ann, { state: 'requested' }))
        // Saving it again while it stays requested is no new request.
        at('2026-11-24 09:30:00', w.coordinator, () => update('sysapproval_approver', ann, { expected_start: '2026-11-25 09:00:00' }))
        const recorded = rows('x_psm_persona_xla_history', `change_request=${change}^kind=approval_requested`)
        expect(recorded.map((h) => [h.getValue('approval'), h.getValue('user'), h.getValue('sys_created_on')])).toEqual([[ann, w.ann, '2026-11-24 09:00:00']])
    })
})
