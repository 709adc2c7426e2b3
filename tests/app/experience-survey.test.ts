import { GlideDateTime, GlideRecord, GlideRecordSecure } from '../../src/local/glide'
import { runtime } from '../../src/local/glide/runtime'
import type { Instance } from '../../src/local/instance'
import type { AttainmentReport } from '../../src/server/xla/attainment-calc'
import type { FeedbackAccess, FeedbackInput, SaveResult } from '../../src/server/xla/feedback'
import type { ExperienceResult } from '../../src/server/portal/dashboard-experience'
import type { FeedbackPageView } from '../../src/server/portal/feedback-page'
import { get, insert, rows, update } from '../support/records'
import { sharedWorld } from '../support/world-image'
import { parseCsv } from '../../src/server/portal/csv'
import { as, buildWorld, changeValues, type ChangeWorld } from './change-fixtures'

/*
 * The experience survey on the installed app, for any record extending task: who may answer a
 * requested item (requester = requested_for or opened_by), the HappySignals Happiness per role and
 * persona ("% of 9–10 ratings − % of 0–6 ratings", HappySignals), legacy 1–5 answers kept apart, a
 * follow-up for every 0–6 answer, the fulfilment XLA and the analysts' experience section.
 */

interface FeedbackModule {
    feedbackForm(taskId: string, role: string): FeedbackAccess
    saveFeedback(input: FeedbackInput): SaveResult
}
interface PageModule {
    feedbackPage(taskId: unknown, role: unknown): FeedbackPageView
    taskParameter(task: unknown, change: unknown): string
}

let instance: Instance
let w: ChangeWorld
let change: string
let fb: FeedbackModule

// Each test starts from its own copy of the same world, built once per suite (tests/support/world-image.ts):
// buildWorld()'s people and a change of theirs.
const shared = sharedWorld((on) => {
    const world = buildWorld()
    return { w: world, change: as(on, world.requester, () => insert('change_request', changeValues(world, { risk: 3 }))) }
})
beforeEach(() => {
    instance = shared.instance
    ;({ w, change } = shared.world)
    fb = instance.appModule<FeedbackModule>('src/server/xla/feedback.ts')
})

const answer = (user: string, taskId: string, role: string, score: number | string, comment = '', timeLost: number | string = '') =>
    as(instance, user, () => fb.saveFeedback({ taskId, role, score, comment, timeLost }))

function requestedItem(requestedFor: string, openedBy: string, over: Record<string, string | number> = {}): string {
    return insert('sc_req_item', { short_description: 'Rugged laptop', requested_for: requestedFor, opened_by: openedBy, ...over })
}

function analyst(): string {
    const id = insert('sys_user', { user_name: 'nina', name: 'Nina Analyst', email: 'nina@example.com' })
    insert('sys_user_has_role', { user: id, role: get('sys_user_role', 'name', 'x_psm_persona.analyst').getUniqueValue() })
    return id
}

test('a requested item is answered by whoever it was requested for or who opened it; nobody else, in no other role', () => {
    const item = requestedItem(w.requester, w.coordinator)
    const number = String(get('sc_req_item', item).getValue('number'))
    expect(answer(w.requester, item, 'requester', 9, 'Arrived in two days', 0)).toMatchObject({ ok: true, updated: false })
    expect(answer(w.coordinator, item, 'requester', 7)).toMatchObject({ ok: true })
    expect(answer(w.ann, item, 'requester', 10)).toEqual({ ok: false, status: 403, errors: [`You were not the requester of ${number}: only its requesters can give requester feedback on it.`] })
    // A requested item has no approver or implementer in the survey: refused, whoever asks.
    expect(answer(w.requester, item, 'approver', 10)).toMatchObject({ ok: false, status: 403 })
    const stored = rows('x_psm_persona_feedback', `task=${item}`)
    expect(stored.map((r) => [r.getValue('user'), r.getValue('score'), r.getValue('time_lost') ?? '']).sort()).toEqual([
        [w.coordinator, '7', ''],
        [w.requester, '9', '0'],
    ].sort())
    // A change's answer keeps change_request in step; a requested item's has none.
    expect(stored[0].getValue('change_request')).toBeNull()
    // The page: the new link form (task=) with the question about fulfilment; the older change= form reads the same.
    const page = instance.appModule<PageModule>('src/server/portal/feedback-page.ts')
    const view = instance.runAs(w.requester, () => page.feedbackPage(page.taskParameter(item, ''), 'requester'))
    expect(view.form).toMatchObject({ table: 'sc_req_item', question: 'How happy were you with how your request was fulfilled?', score: '9', timeLost: '0', comment: 'Arrived in two days' })
    expect(instance.runAs(w.requester, () => page.feedbackPage(page.taskParameter('', change), 'requester')).form).toMatchObject({ table: 'change_request', answered: false })
    // A record the survey does not cover (a plain task) is refused with why.
    const plain = insert('task', { short_description: 'Just a task', opened_by: w.requester })
    expect(instance.runAs(w.requester, () => fb.feedbackForm(plain, 'requester'))).toEqual({ ok: false, status: 400, message: 'The experience survey is not offered for this kind of record.' })
})

test('a 0–6 answer opens one follow-up for the manager of the assignment group, and emails them', () => {
    update('sys_user_group', w.network, { manager: w.coordinator })
    instance.properties.set('glide.servlet.uri', 'https://psm.example.com/')
    const low = answer(w.implementer, change, 'implementer', 4, 'Backout plan <b>missing</b>', 45)
    expect(low).toMatchObject({ ok: true, lowScore: true })
    const followUps = rows('x_psm_persona_followup', `feedback=${low.ok ? low.sysId : ''}`)
    expect(followUps).toHaveLength(1)
    const f = followUps[0]
    const number = String(get('change_request', change).getValue('number'))
    expect(f.getValue('number')).toMatch(/^XFU\d{7}$/)
    expect(f.getValue('assigned_to')).toBe(w.coordinator)
    expect(f.getValue('parent')).toBe(change)
    expect(f.getValue('respondent')).toBe(w.implementer)
    expect(f.getValue('short_description')).toBe(`Low rating (4/10) from the implementer of ${number}`)
    expect(f.getValue('description')).toContain('Time lost: 45 minutes')
    const mails = runtime().store.prepare("SELECT recipients, subject, body FROM sys_email WHERE target_table = 'x_psm_persona_followup' AND instance = ?").all(f.getUniqueValue()) as Array<{ recipients: string; subject: string; body: string }>
    expect(mails.map((m) => m.recipients)).toEqual(['carl@example.com'])
    expect(mails[0].subject).toBe(`Low rating on ${number}: 4 of 10 from its implementer (${f.getValue('number')})`)
    // The comment is escaped; the button opens the follow-up.
    expect(mails[0].body).toContain('Backout plan &lt;b&gt;missing&lt;/b&gt;')
    expect(mails[0].body).toContain(`https://psm.example.com/sp?id=ticket&amp;table=x_psm_persona_followup&amp;sys_id=${f.getUniqueValue()}`)
    // Answering again (still low, or better) opens no second follow-up; a 7 opens none at all.
    answer(w.implementer, change, 'implementer', 2)
    expect(rows('x_psm_persona_followup', `parent=${change}`)).toHaveLength(1)
    answer(w.gil, change, 'implementer', 7)
    expect(rows('x_psm_persona_followup', `parent=${change}`)).toHaveLength(1)
})

test('with no group manager (or the manager answered), the follow-up is unassigned and the change managers are told', () => {
    const item = requestedItem(w.requester, w.requester)
    answer(w.requester, item, 'requester', 0, 'Wrong laptop, twice')
    const [f] = rows('x_psm_persona_followup', `parent=${item}`)
    expect(f.getValue('assigned_to')).toBeNull()
    const mails = runtime().store.prepare("SELECT recipients FROM sys_email WHERE target_table = 'x_psm_persona_followup' AND instance = ?").all(f.getUniqueValue()) as Array<{ recipients: string }>
    expect(mails.map((m) => m.recipients)).toEqual(['max@example.com'])
    // Follow-ups are read by analysts, the assignee and change managers, not by whoever answered.
    const visible = (user: string) =>
        instance.runAs(user, () => {
            const gr = new GlideRecordSecure('x_psm_persona_followup')
            gr.query()
            return gr.next()
        })
    expect(visible(w.manager)).toBe(true)
    expect(visible(w.requester)).toBe(false)
})

test('legacy 1–5 answers stay as they were, never enter Happiness, and are replaced whole by a new answer', () => {
    // An answer written before the survey: a 1–5 rating on the change, no task, no score.
    const legacy = instance.run(() => {
        const gr = new GlideRecord('x_psm_persona_feedback')
        gr.initialize()
        gr.setWorkflow(false)
        gr.setValue('change_request', change)
        gr.setValue('user', w.requester)
        gr.setValue('stakeholder', 'requester')
        gr.setValue('rating', 2)
        gr.setValue('comment', 'Old scale')
        return gr.insert()
    })
    const item = requestedItem(w.ann, w.ann)
    answer(w.ann, item, 'requester', 10)
    const now = instance.run(() => new GlideDateTime().getValue())
    const day = (d: number) => new Date(Date.parse(now.replace(' ', 'T') + 'Z') + d * 86_400_000).toISOString().slice(0, 19).replace('T', ' ')
    const report = instance.run(() => instance.appModule<{ computeAttainment(s: string, e: string, a?: string): AttainmentReport }>('src/server/xla/attainment.ts').computeAttainment(day(-1), day(1), day(1)))
    const byName = (name: string) => report.xlas.find((x) => x.name === name)
    // The requester's legacy 2 is not a 0–10 answer: the change Happiness XLA has no data.
    expect(byName('Requester Happiness at least +50')).toMatchObject({ observations: 0, value: null, status: 'no_data' })
    // The fulfilment XLA measures requested items' answers: Ann's 10.
    expect(byName('Fulfilment Happiness at least +50')).toMatchObject({ stakeholder: 'requester', measure: 'happiness', observations: 1, met: 1, value: 100, status: 'met' })
    // The form shows the legacy rating for what it was, and a new answer replaces it.
    const page = instance.appModule<PageModule>('src/server/portal/feedback-page.ts')
    expect(instance.runAs(w.requester, () => page.feedbackPage(change, 'requester')).form).toMatchObject({ answered: true, legacyRating: '2', score: '' })
    expect(answer(w.requester, change, 'requester', 8)).toMatchObject({ ok: true, updated: true, sysId: legacy })
    const row = get('x_psm_persona_feedback', String(legacy))
    expect([row.getValue('score'), row.getValue('rating'), row.getValue('task')]).toEqual(['8', null, change])
})

test('the experience section: Happiness per role and persona, time lost, trend against target and comments, for analysts only', () => {
    const nina = analyst()
    update('change_request', change, { reassignment_count: 2 })
    answer(w.requester, change, 'requester', 10, '=HYPERLINK("http://evil")', 30)
    as(instance, w.coordinator, () => update('change_request', change, { state: -4 }))
    as(instance, w.coordinator, () => update('change_request', change, { state: -3 }))
    answer(w.ann, change, 'approver', 3, '<script>alert(1)</script>', 15)
    for (const [who, score] of [[w.bob, 9], [w.cara, 7]] as const) expect(answer(who, change, 'approver', score)).toMatchObject({ ok: true })
    const item = requestedItem(w.gil, w.gil)
    expect(answer(w.gil, item, 'requester', 6, '', 120)).toMatchObject({ ok: true })
    const data = (user: string, weeks?: string) => instance.runAs(user, () => instance.appModule<{ experienceData(w?: unknown): ExperienceResult }>('src/server/portal/dashboard-experience.ts').experienceData(weeks))

    expect(data(w.requester)).toEqual({ ok: false, status: 403, message: 'The analyst dashboard is for analysts and administrators of Persona Service Management.' })
    expect(data(nina, 'x')).toMatchObject({ ok: false, status: 400 })
    const result = data(nina, '4')
    if (!result.ok) throw new Error(result.message)
    const fig = (id: string) => result.view.figures.find((f) => f.id === id)
    const csv = (id: string) => parseCsv(fig(id)?.table.csv ?? '')

    // Approvers: 9 happy, 7 neutral, 3 unhappy → (1 − 1) / 3 = 0; requesters of changes +100; of requested items −100.
    expect(csv('happiness-by-role')).toEqual([
        ['Role', 'Answers', 'Happy (9–10)', 'Neutral (7–8)', 'Unhappy (0–6)', 'Happiness'],
        ['Approvers (changes)', '3', '1', '1', '1', '0'],
        ['Requesters (changes)', '1', '1', '0', '0', '100'],
        ['Requesters (requested items)', '1', '0', '0', '1', '-100'],
        ['All answers', '5', '2', '1', '2', '0'],
    ])
    const chart = fig('happiness-by-role')?.charts[0]
    expect(chart?.bars.map((b) => [b.label, b.text, b.tone])).toEqual([
        ['Approvers (changes)', '0', 'positive'],
        ['Requesters (changes)', '+100', 'positive'],
        ['Requesters (requested items)', '\u2212100', 'negative'],
    ])
    expect(result.view.kpis).toEqual([
        { label: 'Happiness', text: '0' },
        { label: 'answers', text: '5' },
        { label: 'minutes lost, as reported', text: '165' },
    ])
    // Per persona: Cara is a Virtual Executive (see the change fixtures).
    expect(csv('happiness-by-persona').find((r) => r[1] === 'Virtual Executive')).toEqual(['Approvers (changes)', 'Virtual Executive', '1', '0', '1', '0', '0'])
    // Time lost and reassignments per kind of record: the change was reassigned twice.
    expect(csv('time-lost').slice(1)).toEqual([
        // Reassigned: 10, 3, 9, 7 → (2 − 1) / 4 = +25; never reassigned: no answers.
        ['changes', '1', '2', '45', '45', '2', '', '25'],
        ['requested items', '1', '1', '120', '120', '0', '-100', ''],
    ])
    // The trend: each happiness XLA per week and month against its target.
    const trend = csv('happiness-trend')
    expect(trend[0]).toEqual(['XLA', 'Period', 'Target', 'Answers', 'Happiness', 'Status'])
    const fulfilment = trend.filter((r) => r[0] === 'Fulfilment Happiness at least +50')
    expect(fulfilment).toHaveLength(4 + 6)
    expect(fulfilment[3]).toEqual(['Fulfilment Happiness at least +50', expect.stringMatching(/^w\/c \d{4}-\d{2}-\d{2}$/), '50', '1', '-100', 'Below target'])
    expect(fig('happiness-trend')?.charts.map((c) => c.target?.text)).toContain('Target +50')
    // Comments: as typed in the view (the template binds text), spreadsheet-safe in the CSV.
    const comments = fig('experience-comments')?.table
    expect(comments?.rows.map((r) => r.cells[5].text)).toEqual(expect.arrayContaining(['<script>alert(1)</script>', '=HYPERLINK("http://evil")']))
    expect(csv('experience-comments').find((r) => r[6].includes('HYPERLINK'))?.[6]).toBe('\'=HYPERLINK("http://evil")')
})
