import { GlideRecord, GlideRecordSecure } from '../../src/local/glide'
import { runtime } from '../../src/local/glide/runtime'
import type { Instance } from '../../src/local/instance'
import type { FeedbackAccess, FeedbackInput, SaveResult } from '../../src/server/xla/feedback'
import { get, insert, rows, update } from '../support/records'
import { sharedWorld } from '../support/world-image'
import { as, buildWorld, changeValues, mailsFor, type ChangeWorld } from './change-fixtures'

/*
 * Stakeholder feedback on the installed app: who may answer (requester = requested_by, approver = an
 * approval row of the change, implementer = assigned_to or a member of the assignment group), one
 * answer per user, change and role (a second answer updates the first), enforced by the module the
 * form calls, by the table's before rule for any other writer, and by the table's ACLs.
 */

interface FeedbackModule {
    feedbackForm(changeId: string, role: string): FeedbackAccess
    saveFeedback(input: FeedbackInput): SaveResult
}

let instance: Instance
let w: ChangeWorld
let change: string
let fb: FeedbackModule

// Each test starts from its own copy of the same world, built once per suite (tests/support/world-image.ts):
// buildWorld()'s people and a change of theirs taken into Authorize.
const shared = sharedWorld((on) => {
    const world = buildWorld()
    const id = as(on, world.requester, () => insert('change_request', changeValues(world, { risk: 3 })))
    // Into Authorize: Ann, Bob and Cara (the CAB) get approval rows.
    as(on, world.coordinator, () => update('change_request', id, { state: -4 }))
    as(on, world.coordinator, () => update('change_request', id, { state: -3 }))
    return { w: world, change: id }
})
beforeEach(() => {
    instance = shared.instance
    ;({ w, change } = shared.world)
    fb = instance.appModule<FeedbackModule>('src/server/xla/feedback.ts')
})

/** The decision emails of a change's approvals (each is about its approval record, not the change). */
function decisionMails(changeId: string): Array<{ to: string; subject: string; body: string }> {
    const approvals = rows('sysapproval_approver', `document_id=${changeId}`).map((a) => a.getUniqueValue())
    return (
        runtime()
            .store.prepare(
                `SELECT recipients AS "to", subject, body FROM sys_email WHERE target_table = 'sysapproval_approver' AND instance IN (${approvals.map(() => '?').join(',')}) ORDER BY rowid`,
            )
            .all(...approvals) as Array<{ to: string; subject: string; body: string }>
    ).filter((m) => m.body.includes('data-moment="decisionRecorded"'))
}

const save = (user: string, role: string, rating: string | number, comment = '') => instance.runAs(user, () => fb.saveFeedback({ changeId: change, role, rating, comment }))
const answers = () => rows('x_psm_persona_feedback', `change_request=${change}`)

test('each stakeholder answers for their own role; a second answer updates the first', () => {
    expect(save(w.requester, 'requester', 9, 'Smooth')).toEqual({ ok: true, sysId: expect.stringMatching(/^[0-9a-f]{32}$/), updated: false, lowScore: false })
    expect(save(w.ann, 'approver', '8')).toMatchObject({ ok: true, updated: false })
    expect(save(w.implementer, 'implementer', 7, 'Window too short')).toMatchObject({ ok: true, updated: false })
    // Gil is no assignee but a member of the assignment group (Network Team): an implementer too.
    expect(save(w.gil, 'implementer', 10)).toMatchObject({ ok: true, updated: false })
    expect(answers()).toHaveLength(4)

    const first = answers().find((a) => a.getValue('user') === w.requester)?.getUniqueValue()
    const again = save(w.requester, 'requester', 2, 'The rollout broke Outlook')
    expect(again).toEqual({ ok: true, sysId: first, updated: true, lowScore: true })
    const mine = answers().filter((a) => a.getValue('user') === w.requester)
    expect(mine).toHaveLength(1)
    expect(mine[0].getValue('score')).toBe('2')
    expect(mine[0].getValue('task')).toBe(change)
    expect(mine[0].getValue('comment')).toBe('The rollout broke Outlook')
    expect(mine[0].getValue('stakeholder')).toBe('requester')
    // The form shows the earlier answer so a second one is given knowingly.
    const form = instance.runAs(w.requester, () => fb.feedbackForm(change, 'requester'))
    expect(form).toMatchObject({ ok: true, form: { role: 'requester', task: { table: 'change_request' }, existing: { score: 2, comment: 'The rollout broke Outlook', timeLost: null } } })
})

test('people who were not that stakeholder of that change are refused and nothing is written', () => {
    const number = get('change_request', change).getValue('number')
    // The requester did not approve; the coordinator is nobody on this change; Ann is no implementer.
    expect(save(w.requester, 'approver', 5)).toEqual({ ok: false, status: 403, errors: [`You were not an approver of ${number}: only its approvers can give approver feedback on it.`] })
    expect(save(w.coordinator, 'requester', 5)).toMatchObject({ ok: false, status: 403 })
    expect(save(w.ann, 'implementer', 5)).toMatchObject({ ok: false, status: 403 })
    expect(save(w.manager, 'approver', 1)).toMatchObject({ ok: false, status: 403 })
    expect(instance.runAs(w.coordinator, () => fb.feedbackForm(change, 'requester'))).toMatchObject({ ok: false, status: 403 })
    // A requester of another change is no requester of this one.
    const other = as(instance, w.coordinator, () => insert('change_request', changeValues(w)))
    expect(instance.runAs(w.requester, () => fb.saveFeedback({ changeId: other, role: 'requester', rating: 5, comment: '' }))).toMatchObject({ ok: false, status: 403 })
    expect(answers()).toHaveLength(0)
})

test('bad input is refused with the precise problem', () => {
    for (const score of [11, -1, '3.5', 'five', '', '010']) {
        expect(save(w.requester, 'requester', score)).toEqual({ ok: false, status: 400, errors: ['Choose how happy you were, from 0 (not at all) to 10 (very happy).'] })
    }
    expect(save(w.requester, 'owner', 3)).toEqual({ ok: false, status: 400, errors: ['The link does not name a stakeholder role (role must be requester, approver, implementer, caller).'] })
    // A change has no caller: refused by the rule that knows which roles each kind of record has.
    expect(save(w.requester, 'caller', 3)).toMatchObject({ ok: false, status: 403 })
    expect(save(w.requester, 'requester', 3, 'x'.repeat(4001))).toEqual({ ok: false, status: 400, errors: ['The comment is 4001 characters long; at most 4000 fit.'] })
    expect(instance.runAs(w.requester, () => fb.saveFeedback({ changeId: 'not-a-sys-id', role: 'requester', rating: 3, comment: '' }))).toMatchObject({ ok: false, status: 400 })
    expect(instance.runAs(w.requester, () => fb.feedbackForm('0'.repeat(32), 'requester'))).toEqual({ ok: false, status: 404, message: 'There is no such record. It may have been deleted.' })
    expect(answers()).toHaveLength(0)
})

test('the before rule refuses any writer: a non-stakeholder, a bad rating, a second answer for the same role', () => {
    // Scripts and integrations write with plain GlideRecord (no ACLs): the before rule still decides.
    const direct = (values: Record<string, string | number>) => {
        const gr = new GlideRecord('x_psm_persona_feedback')
        gr.initialize()
        for (const [k, v] of Object.entries(values)) gr.setValue(k, v)
        return gr.insert()
    }
    // A writer that still names only the change (change_request) gets its task filled in.
    expect(direct({ change_request: change, user: w.coordinator, stakeholder: 'approver', score: 5 })).toBeNull()
    expect(instance.operations.lastRefusal?.message).toContain('You were not an approver of')
    expect(direct({ task: change, user: w.requester, stakeholder: 'requester', score: 11 })).toBeNull()
    expect(instance.operations.lastRefusal?.message).toContain('the score must be a whole number from 0 to 10 (got "11")')
    // A new answer on the retired 1–5 scale is refused: the scales never mix.
    expect(direct({ task: change, user: w.requester, stakeholder: 'requester', rating: 4 })).toBeNull()
    expect(instance.operations.lastRefusal?.message).toContain('the 1–5 rating is retired')
    expect(direct({ task: change, user: w.requester, stakeholder: 'requester', score: 8, time_lost: 5000 })).toBeNull()
    expect(instance.operations.lastRefusal?.message).toContain('the time lost must be whole minutes from 0 to 3600')
    const id = direct({ change_request: change, user: w.requester, stakeholder: 'requester', score: 8 })
    expect(id).toMatch(/^[0-9a-f]{32}$/)
    expect(get('x_psm_persona_feedback', String(id)).getValue('task')).toBe(change)
    expect(direct({ task: change, user: w.requester, stakeholder: 'requester', score: 1 })).toBeNull()
    expect(instance.operations.lastRefusal?.message).toContain(`already answered as requester`)
    expect(instance.operations.lastRefusal?.message).toContain(String(id))
    // Moving an answer to someone who was not that stakeholder is refused as well.
    expect(update('x_psm_persona_feedback', String(id), { user: w.bob })).toBe(false)
    expect(get('x_psm_persona_feedback', String(id)).getValue('user')).toBe(w.requester)
    expect(answers()).toHaveLength(1)
})

test('ACLs: authors write and read only their own answers, analysts read all, nobody writes for someone else', () => {
    save(w.requester, 'requester', 4)
    save(w.ann, 'approver', 5)
    const analyst = insert('sys_user', { user_name: 'nina', name: 'Nina Analyst', email: 'nina@example.com' })
    insert('sys_user_has_role', { user: analyst, role: get('sys_user_role', 'name', 'x_psm_persona.analyst').getUniqueValue() })
    const visible = (user: string) =>
        instance.runAs(user, () => {
            const gr = new GlideRecordSecure('x_psm_persona_feedback')
            gr.query()
            const out: string[] = []
            while (gr.next()) out.push(String(gr.getValue('stakeholder')))
            return out.sort()
        })
    expect(visible(w.requester)).toEqual(['requester'])
    expect(visible(w.ann)).toEqual(['approver'])
    expect(visible(analyst)).toEqual(['approver', 'requester'])
    expect(visible(w.coordinator)).toEqual([])
    // Ann is an approver of the change, but may not give feedback in the requester's name.
    const forged = instance.runAs(w.ann, () => {
        const gr = new GlideRecordSecure('x_psm_persona_feedback')
        gr.initialize()
        gr.setValue('change_request', change)
        gr.setValue('user', w.bob)
        gr.setValue('stakeholder', 'approver')
        gr.setValue('score', 1)
        return gr.insert()
    })
    expect(forged).toBeNull()
    expect(answers()).toHaveLength(2)
})

test('the requester’s post-implementation, approver’s decision and implementer’s completion emails link to the form for that change and role', () => {
    instance.properties.set('glide.servlet.uri', 'https://psm.example.com/')
    for (const approver of [w.ann, w.bob]) {
        as(instance, approver, () => {
            const a = rows('sysapproval_approver', `document_id=${change}^approver=${approver}`)[0]
            update('sysapproval_approver', a.getUniqueValue(), { state: 'approved' })
        })
    }
    as(instance, w.cara, () => update('sysapproval_approver', rows('sysapproval_approver', `document_id=${change}^approver=${w.cara}`)[0].getUniqueValue(), { state: 'approved' }))
    expect(get('change_request', change).getValue('state')).toBe('-2')
    as(instance, w.implementer, () => update('change_request', change, { state: -1 }))
    as(instance, w.implementer, () => update('change_request', change, { state: 0 }))
    const link = (role: string) => `https://psm.example.com/sp?id=psm_feedback&amp;task=${change}&amp;role=${role}`
    const mails = mailsFor(change)
    const decision = decisionMails(change)
    // One decision email per approver, each to that approver, about their approval (not in the change's own flow).
    expect(decision.map((m) => m.to).sort()).toEqual(['ann@example.com', 'bob@example.com', 'cara@example.com'])
    expect(mails.filter((m) => m.moment === 'decisionRecorded')).toEqual([])
    for (const m of decision) {
        expect(m.body).toContain('data-stakeholder="approver"')
        expect(m.subject).toMatch(/^Your decision on CHG\d+ is recorded: how was it\?$/)
        expect(m.body).toContain(`href="${link('approver')}"`)
    }
    // Ann's confirmation: she approved; the change moved on once all three had.
    expect(decision.find((m) => m.to === 'cara@example.com')?.body).toContain('You approved')
    const review = mails.filter((m) => m.moment === 'review')
    expect(review.find((m) => m.to === 'rita@example.com')?.body).toContain(`href="${link('requester')}"`)
    expect(review.find((m) => m.to === 'ivan@example.com')?.body).toContain(`href="${link('implementer')}"`)
})

test('a rejection is confirmed to the approver who rejected', () => {
    as(instance, w.bob, () => update('sysapproval_approver', rows('sysapproval_approver', `document_id=${change}^approver=${w.bob}`)[0].getUniqueValue(), { state: 'rejected', comments: 'No backout test' }))
    const decision = decisionMails(change)
    expect(decision.map((m) => m.to)).toEqual(['bob@example.com'])
    expect(decision[0].body).toContain(`You rejected ${get('change_request', change).getValue('number')}`)
    expect(decision[0].body).toContain('is now Canceled')
    // The other approvals were released, not decided: no decision email for them.
    expect(rows('sysapproval_approver', `document_id=${change}^state=not_required`)).toHaveLength(2)
})
