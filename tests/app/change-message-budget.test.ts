import type { Instance } from '../../src/local/instance'
import { GlideRecord } from '../../src/local/glide'
import { insert, rows, update } from '../support/records'
import { ADDRESS as A, as, changeWorld, changeValues, insertChangeWithPhases, type ChangeWorld } from './change-fixtures'

/*
 * Issue 18.1, the message budget per stakeholder and change, counted over whole lifecycles:
 * - one request to decide per approver;
 * - high-risk updates consolidated: at most one per reader per interval (property
 *   x_psm_persona.change.update_interval_minutes), saying what changed since the last message, with
 *   subjects that differ; what changes within the interval is sent when it has passed (the job);
 * - stand-down ("do not implement") only to people who received an action plan.
 * Every email about the change counts: on the change and on its approvals (the decision emails).
 */

let instance: Instance
let w: ChangeWorld

// Each test starts from its own copy of the installed app with buildWorld()'s records, built once per suite.
const shared = changeWorld()
beforeEach(() => {
    instance = shared.instance
    w = shared.world
})

function move(changeId: string, userId: string, values: Record<string, string | number>): void {
    as(instance, userId, () => {
        if (!update('change_request', changeId, values)) throw new Error(`update refused: ${instance.operations.lastRefusal?.message}`)
    })
}

function decide(changeId: string, userId: string, state: 'approved' | 'rejected'): void {
    as(instance, userId, () => {
        const approval = rows('sysapproval_approver', `document_id=${changeId}^approver=${userId}`)[0]
        if (!approval || !update('sysapproval_approver', approval.getUniqueValue(), { state })) throw new Error(`decision by ${userId} refused`)
    })
}

/** Subjects of every email about the change (on it or on its approvals), per recipient. */
function subjectsByPerson(changeId: string): Record<string, string[]> {
    return instance.run(() => {
        const targets = [changeId, ...rows('sysapproval_approver', `document_id=${changeId}`).map((a) => a.getUniqueValue())]
        const out: Record<string, string[]> = {}
        for (const e of rows('sys_email', `instanceIN${targets.join(',')}`)) {
            for (const to of (e.getValue('recipients') ?? '').split(',').filter(Boolean)) (out[to] ??= []).push(e.getValue('subject') ?? '')
        }
        return out
    })
}

const count = (subjects: string[] | undefined, pattern: RegExp) => (subjects ?? []).filter((s) => pattern.test(s)).length

test('New to Closed with edits along the way: every stakeholder within budget', () => {
    const change = as(instance, w.requester, () => insert('change_request', changeValues(w)))
    move(change, w.coordinator, { state: -4 })
    move(change, w.coordinator, { state: -3 })
    // Four edits while the CAB decides, then every state to Closed: each would once have been an update to every approver.
    move(change, w.coordinator, { start_date: '2026-12-01 21:00:00' })
    move(change, w.coordinator, { risk: 1 })
    move(change, w.coordinator, { backout_plan: 'Restore the snapshot, then replay the queue' })
    move(change, w.coordinator, { test_plan: 'Send, receive and relay test mail' })
    for (const who of [w.ann, w.bob, w.cara]) decide(change, who, 'approved')
    move(change, w.implementer, { state: -1 })
    move(change, w.implementer, { state: 0 })
    move(change, w.coordinator, { state: 3, close_code: 'successful', close_notes: 'Done' })

    const got = subjectsByPerson(change)
    for (const who of ['ann', 'bob', 'cara']) {
        const mine = got[A(who)]
        expect([who, count(mine, /^Approval needed/)]).toEqual([who, 1])
        expect([who, count(mine, /^High-risk change .* update/)]).toEqual([who, 1])
        expect([who, count(mine, /^Your decision on/)]).toEqual([who, 1])
        expect([who, mine.length]).toEqual([who, 3])
    }
    expect(count(got[A('max')], /^High-risk change .* update/)).toBe(1)
    expect(got[A('max')]).toHaveLength(2)
    expect(got[A('rita')]).toHaveLength(7)
    expect(got[A('ivan')]).toHaveLength(3)
    // No subject repeats for anyone.
    for (const [who, subjects] of Object.entries(got)) expect([who, new Set(subjects).size]).toEqual([who, subjects.length])
    for (const subjects of Object.values(got)) expect(count(subjects, /do not implement/)).toBe(0)
})

test('a change rejected before anyone got an action plan: no stand-down, one request per approver', () => {
    const change = as(instance, w.requester, () => insert('change_request', changeValues(w, { risk: 3, assigned_to: '' })))
    move(change, w.coordinator, { state: -4 })
    move(change, w.coordinator, { state: -3 })
    decide(change, w.bob, 'rejected')
    const got = subjectsByPerson(change)
    for (const who of ['ivan', 'gil', 'gus']) expect([who, got[A(who)] ?? []]).toEqual([who, []])
    for (const who of ['ann', 'bob', 'cara']) expect([who, count(got[A(who)], /^Approval needed/)]).toEqual([who, 1])
    expect(count(got[A('rita')], /not approved/)).toBe(1)
    expect(Object.values(got).flat().filter((s) => /do not implement/.test(s))).toEqual([])
})

test('a change canceled after its action plan: the implementer who got the plan stands down, once', () => {
    const change = as(instance, w.requester, () => insert('change_request', changeValues(w, { risk: 3 })))
    move(change, w.coordinator, { state: -4 })
    move(change, w.coordinator, { state: -3 })
    for (const who of [w.ann, w.bob, w.cara]) decide(change, who, 'approved')
    move(change, w.coordinator, { state: 4 })
    const got = subjectsByPerson(change)
    expect(count(got[A('ivan')], /^Action plan/)).toBe(1)
    expect(count(got[A('ivan')], /do not implement/)).toBe(1)
})

test('held updates go out when the interval has passed, as a diff since the last message, under a new subject', () => {
    const change = as(instance, w.requester, () => insert('change_request', changeValues(w, { state: -3 })))
    move(change, w.coordinator, { start_date: '2026-12-01 21:00:00' })
    move(change, w.coordinator, { risk: 1 })
    move(change, w.coordinator, { backout_plan: '' })
    let got = subjectsByPerson(change)
    expect(got[A('ann')].filter((s) => /update/.test(s))).toEqual([expect.stringMatching(/^High-risk change CHG\d+, update 1: Planned start changed$/)])
    // The interval passes (the notices' last send moves back two hours), then the job runs.
    instance.run(() => {
        for (const n of rows('x_psm_persona_change_notice', `change_request=${change}`)) update('x_psm_persona_change_notice', n.getUniqueValue(), { sent_on: '2020-01-01 00:00:00' })
    })
    instance.run(() => instance.jobs.run('Persona: send held change updates'))
    instance.drain()
    got = subjectsByPerson(change)
    const updates = got[A('ann')].filter((s) => /update/.test(s))
    expect(updates).toEqual([expect.stringMatching(/update 1: Planned start changed$/), expect.stringMatching(/^High-risk change CHG\d+, update 2: Risk and Backout plan changed$/)])
    const body = instance.run(() => rows('sys_email', `instance=${change}^recipients=${A('ann')}^subjectLIKEupdate 2`)[0].getValue('body') ?? '')
    // A diff: each field before and now; the planned start, told in update 1, is not repeated.
    expect(body).toMatch(/<td[^>]*>Risk<\/td><td[^>]*>High<\/td><td[^>]*>Very High<\/td>/)
    expect(body).toMatch(/<td[^>]*>Backout plan<\/td><td[^>]*>Restore the VM snapshot<\/td><td[^>]*>\(empty\)<\/td>/)
    expect(body).not.toMatch(/<td[^>]*>Planned start<\/td>/)
    // Nothing more is held: running the job again sends nothing.
    instance.run(() => instance.jobs.run('Persona: send held change updates'))
    instance.drain()
    expect(subjectsByPerson(change)[A('ann')].filter((s) => /update/.test(s))).toHaveLength(2)
})

test('phase edits reach approvers inside the consolidated update: one per interval, before and now, the phase named in the subject', () => {
    // Filed with its Phases related list while New: nobody is told of phases before the change is in flight.
    const change = insertChangeWithPhases(instance, w)
    move(change, w.coordinator, { state: -4 })
    move(change, w.coordinator, { state: -3 })
    const phase = (name: string, department?: string) =>
        instance.run(() => rows('x_psm_persona_change_phase', `change=${change}^name=${name}${department ? `^audience_department=${department}` : ''}`)[0].getUniqueValue())
    // A phase added: the first update of the interval, for every approver and the change manager.
    as(instance, w.coordinator, () => insert('x_psm_persona_change_phase', { change, name: 'Wave 2', start: '2026-12-02 02:00:00', end: '2026-12-02 03:00:00', audience_type: 'everyone', order: 30 }))
    // Within the interval: a phase moved, an audience dropped from another, a field edited. Held, not sent.
    as(instance, w.coordinator, () => update('x_psm_persona_change_phase', phase('Pilot'), { end: '2026-12-01 23:30:00' }))
    as(instance, w.coordinator, () => {
        const row = new GlideRecord('x_psm_persona_change_phase')
        if (!row.get(phase('Wave 1', w.departments.finance)) || !row.deleteRecord()) throw new Error('phase row not deleted')
    })
    move(change, w.coordinator, { risk: 1 })
    // An edit no reader can see (the row's order) is no news at all.
    as(instance, w.coordinator, () => update('x_psm_persona_change_phase', phase('Wave 2'), { order: 40 }))

    let got = subjectsByPerson(change)
    for (const who of ['ann', 'bob', 'cara', 'max']) {
        expect([who, got[A(who)].filter((s) => /update/.test(s))]).toEqual([who, [expect.stringMatching(/^High-risk change CHG\d+, update 1: Phase Wave 2 changed$/)]])
    }
    const first = instance.run(() => rows('sys_email', `instance=${change}^recipients=${A('ann')}^subjectLIKEupdate 1`)[0].getValue('body') ?? '')
    expect(first).toMatch(/<td[^>]*>Phase Wave 2<\/td><td[^>]*>\(no such phase\)<\/td><td[^>]*>2026-12-02 02:00 to 03:00; Everyone<\/td>/)

    // The interval passes; the job sends what was held, as one update: the field first, then each phase as it was and is.
    instance.run(() => {
        for (const n of rows('x_psm_persona_change_notice', `change_request=${change}`)) update('x_psm_persona_change_notice', n.getUniqueValue(), { sent_on: '2020-01-01 00:00:00' })
    })
    instance.run(() => instance.jobs.run('Persona: send held change updates'))
    instance.drain()
    got = subjectsByPerson(change)
    for (const who of ['ann', 'bob', 'cara', 'max']) {
        expect([who, got[A(who)].filter((s) => /update/.test(s))]).toEqual([
            who,
            [expect.stringMatching(/update 1: Phase Wave 2 changed$/), expect.stringMatching(/^High-risk change CHG\d+, update 2: Risk, Phase Pilot and 1 more changed$/)],
        ])
    }
    const second = instance.run(() => rows('sys_email', `instance=${change}^recipients=${A('ann')}^subjectLIKEupdate 2`)[0].getValue('body') ?? '')
    expect(second).toMatch(/<td[^>]*>Phase Pilot<\/td><td[^>]*>2026-12-01 22:00 to 23:00; IT<\/td><td[^>]*>2026-12-01 22:00 to 23:30; IT<\/td>/)
    expect(second).toMatch(/<td[^>]*>Phase Wave 1<\/td><td[^>]*>2026-12-01 23:00 to 2026-12-02 01:30; Sales, Finance<\/td><td[^>]*>2026-12-01 23:00 to 2026-12-02 01:30; Sales<\/td>/)
    // A diff: Wave 2, told in update 1, is not repeated.
    expect(second).not.toMatch(/>Phase Wave 2</)
    // The budget over the whole lifecycle so far: one request to decide and two updates per approver, no subject twice.
    for (const who of ['ann', 'bob', 'cara']) {
        expect([who, count(got[A(who)], /^Approval needed/), got[A(who)].length]).toEqual([who, 1, 3])
        expect([who, new Set(got[A(who)]).size]).toEqual([who, got[A(who)].length])
    }
})
