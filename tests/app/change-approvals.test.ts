import { runtime } from '../../src/local/glide/runtime'
import type { Instance } from '../../src/local/instance'
import { get, insert, rows, update } from '../support/records'
import { addPhases, changeWorld, changeValues, type ChangeWorld } from './change-fixtures'

/**
 * The change model the app drives on the installed app, independent of email delivery: summaries kept
 * current by the before rule, CAB approvals created on entering Authorize, the change following its
 * approvals, and the x_psm_persona.change.* events each save queues (sysevent rows).
 */
let instance: Instance
let w: ChangeWorld

// Each test starts from its own copy of the installed app with buildWorld()'s records, built once per suite.
const shared = changeWorld()
beforeEach(() => {
    instance = shared.instance
    w = shared.world
})

/** [name, parm1, parm2] of the events queued for a change, in queue order (rowid: sys_created_on has one-second ties). */
function events(changeId: string): string[][] {
    const found = runtime().store.prepare('SELECT name, parm1, parm2 FROM sysevent WHERE instance = ? ORDER BY rowid').all(changeId) as Array<Record<string, string | null>>
    return found.map((e) => [e.name ?? '', e.parm1 ?? '', e.parm2 ?? ''])
}
const names = (changeId: string) => events(changeId).map((e) => String(e[0]).replace('x_psm_persona.change.', ''))

function newChange(over: Record<string, string | number | boolean> = {}): string {
    return instance.runAs(w.requester, () => insert('change_request', changeValues(w, over)))
}

function set(changeId: string, values: Record<string, string | number>, as = w.coordinator): boolean {
    return instance.runAs(as, () => update('change_request', changeId, values))
}

test('the summaries are computed on insert and kept current on every update, phases included', () => {
    const id = newChange({ risk: 3 })
    expect(get('change_request', id).getValue('x_psm_persona_impact_summary')).toContain('Affected users: not stated (no phased schedule).')
    addPhases(w, id)
    const c = get('change_request', id)
    expect(c.getValue('x_psm_persona_risk_summary')).toBe(
        [
            'Risk Moderate, priority High: no concerns found.',
            'Plans: implementation present, backout present, test present.',
            'Test results: All 42 checks passed in staging.',
            'Security and compliance: TLS settings unchanged.',
        ].join('\n'),
    )
    expect(c.getValue('x_psm_persona_impact_summary')).toBe(
        [
            'Impact Medium on Email.',
            'Affected users: IT, Sales, Finance (2 phases, 2026-12-01 22:00 to 2026-12-02 01:30).',
            'Window: 2026-12-01 22:00 UTC to 2026-12-02 02:00 UTC (4 h).',
        ].join('\n'),
    )
    set(id, { backout_plan: '', risk: 1, end_date: '2026-12-02 06:00:00' })
    const after = get('change_request', id)
    expect(after.getValue('x_psm_persona_risk_summary')?.split('\n').slice(0, 2)).toEqual(['HIGH RISK Very High, priority High: 1 concern to weigh.', 'Concerns: backout plan missing.'])
    expect(after.getValue('x_psm_persona_impact_summary')).toContain('(8 h)')
    // Writing a summary by hand does not stick: the app owns it.
    set(id, { x_psm_persona_risk_summary: 'All fine, trust me' })
    expect(get('change_request', id).getValue('x_psm_persona_risk_summary')).toMatch(/^HIGH RISK Very High/)
})

test('a phase whose name another phase of the change uses with other dates is refused; free-text notes are saved as typed', () => {
    const id = newChange()
    addPhases(w, id)
    const clash = () => insert('x_psm_persona_change_phase', { change: id, name: 'pilot', start: '2026-12-03 08:00:00', end: '2026-12-03 09:00:00', audience_type: 'everyone' })
    expect(clash).toThrow()
    expect(instance.operations.lastRefusal?.message).toContain('phase "pilot" already runs from 2026-12-01 22:00 to 2026-12-01 23:00 on this change')
    expect(rows('x_psm_persona_change_phase', `change=${id}`)).toHaveLength(3)
    expect(set(id, { x_psm_persona_phases: 'Pilot | 2026-12-01 | 2026-12-03', short_description: 'renamed' })).toBe(true)
    expect(get('change_request', id).getValue('x_psm_persona_phases')).toBe('Pilot | 2026-12-01 | 2026-12-03')
})

test('entering Authorize requests one approval per active CAB member, and never twice', () => {
    const id = newChange({ risk: 3 })
    update('sys_user', w.bob, { active: false })
    set(id, { state: -4 })
    expect(set(id, { state: -3 })).toBe(true)
    const approvals = rows('sysapproval_approver', `document_id=${id}^ORDERBYsys_created_on`)
    expect(approvals.map((a) => a.getDisplayValue('approver')).sort()).toEqual(['Ann Approver', 'Cara Cab'])
    expect(approvals.every((a) => a.getValue('state') === 'requested' && a.getValue('source_table') === 'change_request' && a.getValue('document_id') === id)).toBe(true)
    expect(get('change_request', id).getValue('approval')).toBe('requested')
    // Back to Assess and into Authorize again: the existing approvals stand.
    set(id, { state: -4 })
    set(id, { state: -3 })
    expect(rows('sysapproval_approver', `document_id=${id}`)).toHaveLength(2)
})

test('the CAB group comes from x_psm_persona.change.cab_group; with nobody to approve, Authorize is refused', () => {
    const id = newChange({ risk: 3 })
    set(id, { state: -4 })
    instance.properties.set('x_psm_persona.change.cab_group', 'Emergency CAB')
    expect(set(id, { state: -3 })).toBe(false)
    expect(instance.operations.lastRefusal?.message).toContain('the approval group "Emergency CAB" does not exist (property x_psm_persona.change.cab_group)')
    expect(get('change_request', id).getValue('state')).toBe('-4')
    const ecab = insert('sys_user_group', { name: 'Emergency CAB' })
    expect(set(id, { state: -3 })).toBe(false)
    expect(instance.operations.lastRefusal?.message).toContain('has no active members')
    // An inactive member and a membership whose user no longer exists do not count.
    const retired = insert('sys_user', { user_name: 'retired', name: 'Retired Reviewer', email: 'retired@example.com', active: false })
    insert('sys_user_grmember', { group: ecab, user: retired })
    insert('sys_user_grmember', { group: ecab, user: 'f'.repeat(32) })
    expect(set(id, { state: -3 })).toBe(false)
    expect(instance.operations.lastRefusal?.message).toContain('has no active members')
    insert('sys_user_grmember', { group: ecab, user: w.manager })
    expect(set(id, { state: -3 })).toBe(true)
    expect(rows('sysapproval_approver', `document_id=${id}`).map((a) => a.getValue('approver'))).toEqual([w.manager])
})

test('all approved schedules the change; one rejection cancels it and releases the others', () => {
    const ok = newChange({ risk: 3 })
    set(ok, { state: -4 })
    set(ok, { state: -3 })
    for (const a of rows('sysapproval_approver', `document_id=${ok}`)) instance.runAs(a.getValue('approver') as string, () => update('sysapproval_approver', a.getUniqueValue(), { state: 'approved' }))
    expect([get('change_request', ok).getValue('state'), get('change_request', ok).getValue('approval')]).toEqual(['-2', 'approved'])

    const no = newChange({ risk: 3 })
    set(no, { state: -4 })
    set(no, { state: -3 })
    const [first] = rows('sysapproval_approver', `document_id=${no}^approver=${w.bob}`)
    instance.runAs(w.bob, () => update('sysapproval_approver', first.getUniqueValue(), { state: 'rejected' }))
    expect([get('change_request', no).getValue('state'), get('change_request', no).getValue('approval')]).toEqual(['4', 'rejected'])
    expect(rows('sysapproval_approver', `document_id=${no}^approver!=${w.bob}`).map((a) => a.getValue('state'))).toEqual(['not_required', 'not_required'])
})

// The Normal change state model (base rule, tests/instance/change-model.test.ts): "Normal changes progress
// through all states"; the app's own moves are Authorize to Scheduled (all approved) and Authorize to Canceled
// (rejected), both allowed; it never skips a state for anyone.
test('the app works inside the normal state model: a skipped state is refused before any of its rules act', () => {
    const id = newChange({ risk: 3 })
    const before = events(id).length
    expect(set(id, { state: -3 })).toBe(false)
    expect(instance.operations.lastRefusal?.message).toContain('Invalid state transition: a normal change cannot move from New to Authorize')
    expect(get('change_request', id).getValue('state')).toBe('-5')
    expect(rows('sysapproval_approver', `document_id=${id}`)).toHaveLength(0)
    expect(events(id).length).toBe(before)
    // Scheduled only through the approvals: a coordinator cannot schedule a change in Assess.
    set(id, { state: -4 })
    expect(set(id, { state: -2 })).toBe(false)
    // Review cannot be canceled.
    set(id, { state: -3 })
    for (const a of rows('sysapproval_approver', `document_id=${id}`)) instance.runAs(a.getValue('approver') as string, () => update('sysapproval_approver', a.getUniqueValue(), { state: 'approved' }))
    expect(set(id, { state: -1 })).toBe(true)
    expect(set(id, { state: 0 })).toBe(true)
    expect(set(id, { state: 4 })).toBe(false)
    expect(get('change_request', id).getValue('state')).toBe('0')
})

// sysevent.parm1 is a string of max_length 4000 and a saved value is cut to it (data-semantics.test.ts);
// "Notifications that would exceed this limit [glide.email.smtp.max_recipients, 100 or less] instead
// create duplicate email notifications addressed to a subset of the recipient list".
test('a large CAB is asked in several events, each within 4000 characters and 100 readers, reaching every member', () => {
    const members = [w.ann, w.bob, w.cara]
    for (let i = 0; i < 250; i++) {
        const user = insert('sys_user', { user_name: `cab.member.${i}`, name: `CAB Member ${i}`, email: `cab.member.${i}@example.com` })
        insert('sys_user_grmember', { user, group: w.cab })
        members.push(user)
    }
    const id = newChange()
    set(id, { state: -4 })
    set(id, { state: -3 })
    const asked = events(id).filter((e) => e[0] === 'x_psm_persona.change.approval_requested')
    expect(asked.length).toBeGreaterThanOrEqual(3)
    for (const e of asked) {
        expect(e[1].length).toBeLessThanOrEqual(4000)
        expect(e[1].split(',').length).toBeLessThanOrEqual(100)
    }
    expect(asked.flatMap((e) => e[1].split(',')).sort()).toEqual([...members].sort())
})

test('each save queues the events of its transition, per-person events carrying the recipients in parm1', () => {
    const id = newChange()
    expect(names(id)).toEqual(['submitted'])
    set(id, { state: -4 })
    set(id, { state: -3 })
    const authorize = events(id).slice(2)
    const approvalIds = rows('sysapproval_approver', `document_id=${id}`).map((a) => a.getUniqueValue())
    // A CAB within x_psm_persona.change.personal_requests_max is asked one member at a time: parm1 the
    // member, parm2 their own approval, so the email greets them by name and opens their approval.
    const approvalOf = (user: string) => rows('sysapproval_approver', `document_id=${id}^approver=${user}`)[0].getUniqueValue()
    expect(authorize.filter((e) => e[0] === 'x_psm_persona.change.approval_requested').map((e) => [e[1], e[2]]).sort()).toEqual(
        [w.ann, w.bob, w.cara].map((u) => [u, approvalOf(u)]).sort(),
    )
    expect(approvalIds).toHaveLength(3)
    expect(authorize.filter((e) => e[0] === 'x_psm_persona.change.authorize')).toEqual([['x_psm_persona.change.authorize', '-3', '-4']])
    expect(authorize.filter((e) => e[0] === 'x_psm_persona.change.high_risk_authorize')).toEqual([['x_psm_persona.change.high_risk_authorize', w.manager, 'change_manager']])
    const before = events(id).length
    set(id, { x_psm_persona_test_results: 'Re-run: 41 of 42 passed' })
    const updates = events(id).slice(before)
    expect(updates.map((e) => [e[1], e[2]]).sort()).toEqual(
        [
            [w.ann, 'approver|x_psm_persona_test_results'],
            [w.bob, 'approver|x_psm_persona_test_results'],
            [w.cara, 'approver|x_psm_persona_test_results'],
            [w.manager, 'change_manager|x_psm_persona_test_results'],
        ].sort(),
    )
    // Saving without changing anything tracked queues nothing.
    const quiet = events(id).length
    set(id, { work_notes: 'checked the window with the business' })
    expect(events(id).length).toBe(quiet)
})

test('every registered change event is one the app queues, on change_request', () => {
    const registered = rows('sysevent_register', 'event_nameSTARTSWITHx_psm_persona.change.').map((r) => [r.getValue('event_name'), r.getValue('table')])
    expect(registered.map((r) => r[0]).sort()).toEqual(
        [
            'submitted',
            'assess',
            'authorize',
            'approval_requested',
            'high_risk_authorize',
            'approved',
            'rejected',
            'scheduled',
            'assigned',
            'implementing',
            'review',
            'closed',
            'canceled',
            'high_risk_update',
        ]
            .map((s) => `x_psm_persona.change.${s}`)
            .sort(),
    )
    expect(registered.every((r) => r[1] === 'change_request')).toBe(true)
    // Every notification of the app listens to a registered event.
    const listened = rows('sysevent_email_action', 'event_nameSTARTSWITHx_psm_persona.change.').map((n) => n.getValue('event_name'))
    expect(listened.length).toBe(22)
    for (const e of listened) expect(registered.map((r) => r[0])).toContain(e)
})
