import { startServer } from '../../src/local/http/server'
import type { Instance } from '../../src/local/instance'
import { GlideRecord } from '../../src/local/glide'
import type * as Exceptions from '../../src/server/catalog/exceptions'
import type * as Governance from '../../src/server/portal/dashboard-governance'
import { installedInstance } from '../support/instance'
import { get, insert, personaId, rows, update } from '../support/records'
import { pageModel, spLogin } from '../support/sp'

/**
 * Issue 17, item 4: the end of a service exception. The daily job reminds the user and the manager who
 * approved it a configurable number of days before the access ends (x_psm_persona.exception.reminder_days,
 * default 7), once; at the expiry it removes the personal Available For entry (the item is hidden from the
 * user again) and tells the user, once, how to ask again. Both are recorded on the exception (reminded_on,
 * ended_on). A granted exception without a readable expiry is logged and left as it is.
 * Time moves with the instance's clock (Instance.create({ clock })).
 */
let instance: Instance
let now = '2026-11-20 08:00:00'
let manager = ''
let tele = ''
let hidden = ''
const JOB = 'Persona: service exception reminders and expiry'
const AVAILABLE_FOR = 'sc_cat_item_user_criteria_mtom'
const EXCEPTION = 'x_psm_persona_exception'
const ITEM = 'Survey <Studio> & "Pro"'
const ITEM_HTML = 'Survey &lt;Studio&gt; &amp; &quot;Pro&quot;'
const TELECOMMUTER = { devices: 10, network_gb_month: 80, team_hours_week: 8, contacts_per_day: 8, remote_pct: 90 }
const PASSWORD = 'exception-expiry-password-4Tq'
const BASE = 'https://psm.example.com'

const exceptions = () => instance.appModule<typeof Exceptions>('src/server/catalog/exceptions.ts')
const canViewAs = (user: string) => (item: GlideRecord) => instance.userCriteria.canSeeItem(user, item.getUniqueValue())

/** The instance's clock `days` (and hours) after the grant. */
function at(days: number, hours = 0): void {
    const ms = Date.parse('2026-11-20T08:00:00Z') + (days * 24 + hours) * 3600000
    now = new Date(ms).toISOString().slice(0, 19).replace('T', ' ')
}

function runJob(): void {
    instance.run(() => instance.jobs.run(JOB))
    instance.drain()
}

interface Mail {
    subject: string
    body: string
    text: string
    links: string[]
}

function mailsTo(address: string, exception: string): Mail[] {
    return rows('sys_email', `recipientsLIKE${address}^instance=${exception}`).map((e) => {
        const body = e.getValue('body') ?? ''
        const text = e.getValue('body_text') ?? ''
        const hrefs = [...body.matchAll(/href="([^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, '&'))
        const urls = [...text.matchAll(/https?:\/\/[^\s)]+/g)].map((m) => m[0])
        return { subject: e.getValue('subject') ?? '', body, text, links: [...new Set([...hrefs, ...urls])] }
    })
}

/** tele asks, Bea approves now: the granted exception's sys_id. */
function granted(): string {
    const r = instance.runAs(tele, () => exceptions().requestException({ itemId: hidden, justification: 'I run the quarterly survey for my team' }, canViewAs(tele)))
    if (!r.ok) throw new Error(r.message)
    const approval = rows('sysapproval_approver', `document_id=${r.exceptionId}`)[0].getUniqueValue()
    instance.runAs(manager, () => update('sysapproval_approver', approval, { state: 'approved' }))
    instance.drain()
    expect(get(EXCEPTION, r.exceptionId).getValue('state')).toBe('granted')
    return r.exceptionId
}

beforeEach(() => {
    now = '2026-11-20 08:00:00'
    instance = installedInstance(() => now)
    instance.properties.set('glide.servlet.uri', `${BASE}/`)
    manager = insert('sys_user', { user_name: 'boss', name: 'Bea Boss', email: 'bea@example.com', user_password: PASSWORD })
    tele = insert('sys_user', { user_name: 'tele.x', name: 'Tele X', email: 'tele@example.com', manager, user_password: PASSWORD })
    update('x_psm_persona_profile', get('x_psm_persona_profile', 'user', tele).getUniqueValue(), TELECOMMUTER)
    hidden = insert('sc_cat_item', { name: ITEM, short_description: 'Secret pricing inside', price: 900, active: true })
    insert('x_psm_persona_offering', { persona: personaId('Business Analyst'), catalog_item: hidden, monthly_cost: 30, restrict_item: true })
    expect(instance.userCriteria.canSeeItem(tele, hidden)).toBe(false)
})
afterEach(() => instance.close())

test('the user and the approving manager are reminded once, 7 days before the end by default, with escaped names and portal links', () => {
    const id = granted()
    const expires = get(EXCEPTION, id).getDisplayValue('expires_on')
    expect(get(EXCEPTION, id).getValue('expires_on')).toBe('2027-02-18 08:00:00')
    mailsTo('tele@example.com', id).forEach((m) => expect(m.subject).not.toContain('ends on'))
    const before = mailsTo('tele@example.com', id).length

    // Eight days before the end: too early.
    at(82)
    runJob()
    expect(mailsTo('tele@example.com', id)).toHaveLength(before)
    expect(get(EXCEPTION, id).getValue('reminded_on')).toBeNull()

    // Seven days before the end: one reminder each, recorded on the exception.
    at(83)
    runJob()
    const user = mailsTo('tele@example.com', id).slice(before)
    expect(user.map((m) => m.subject)).toEqual([`Your access to ${ITEM} ends on ${expires}`])
    expect(user[0].body).toContain(`Your access to ${ITEM_HTML}, a service outside your persona, ends on ${expires} (in 7 days).`)
    expect(user[0].body).toContain('Hello Tele X,')
    expect(user[0].body).not.toContain(ITEM)
    expect(user[0].text).toContain(`Your access to ${ITEM}, a service outside your persona, ends on ${expires} (in 7 days).`)
    expect(user[0].text).toContain('request it again')
    expect(user[0].links.sort()).toEqual([`${BASE}/sp?id=psm_catalog`, `${BASE}/sp?id=psm_item&sys_id=${hidden}`])
    const bea = mailsTo('bea@example.com', id).filter((m) => m.subject.includes('ends on'))
    expect(bea.map((m) => m.subject)).toEqual([`Tele X's access to ${ITEM} ends on ${expires}`])
    expect(bea[0].body).toContain(`You approved ${ITEM_HTML} for Tele X`)
    expect(bea[0].links).toEqual([`${BASE}/sp?id=psm_team_personas`])
    expect(get(EXCEPTION, id).getValue('reminded_on')).toBe(now)
    expect(instance.userCriteria.canSeeItem(tele, hidden)).toBe(true)

    // The next runs send nothing more.
    at(84)
    runJob()
    at(86, 5)
    runJob()
    expect(mailsTo('tele@example.com', id)).toHaveLength(before + 1)
    expect(mailsTo('bea@example.com', id).filter((m) => m.subject.includes('ends on'))).toHaveLength(1)
    expect(get(EXCEPTION, id).getValue('state')).toBe('granted')
})

test('x_psm_persona.exception.reminder_days moves the reminder; a value that is no number of days falls back to 7 with a warning', () => {
    const id = granted()
    instance.properties.set('x_psm_persona.exception.reminder_days', '3')
    at(83)
    runJob()
    expect(get(EXCEPTION, id).getValue('reminded_on')).toBeNull()
    at(87)
    runJob()
    expect(get(EXCEPTION, id).getValue('reminded_on')).toBe(now)

    const other = granted2()
    instance.properties.set('x_psm_persona.exception.reminder_days', 'soon')
    at(83)
    runJob()
    expect(get(EXCEPTION, other).getValue('reminded_on')).toBe(now)
    expect(instance.logs.some((l) => l.level === 'warn' && l.message.includes('x_psm_persona.exception.reminder_days is "soon"'))).toBe(true)
})

/** A second exception for tele, on another hidden item, granted at the same moment as the first. */
function granted2(): string {
    const saved = now
    now = '2026-11-20 08:00:00'
    const item = insert('sc_cat_item', { name: 'Panel Pro', short_description: 'x', price: 10, active: true })
    insert('x_psm_persona_offering', { persona: personaId('Business Analyst'), catalog_item: item, monthly_cost: 5, restrict_item: true })
    const r = instance.runAs(tele, () => exceptions().requestException({ itemId: item, justification: 'I run the quarterly survey for my team' }, canViewAs(tele)))
    if (!r.ok) throw new Error(r.message)
    instance.runAs(manager, () => update('sysapproval_approver', rows('sysapproval_approver', `document_id=${r.exceptionId}`)[0].getUniqueValue(), { state: 'approved' }))
    instance.drain()
    now = saved
    return r.exceptionId
}

test('at the expiry the access goes (the item is hidden again) and the user is told once how to ask again; the link offers the request', async () => {
    const id = granted()
    const criterion = get(EXCEPTION, id).getValue('user_criteria') as string
    expect(instance.userCriteria.canSeeItem(tele, hidden)).toBe(true)
    const before = mailsTo('tele@example.com', id).length

    // The job did not run in the reminder window (e.g. it was inactive): the end comes without a late reminder.
    at(90, 1)
    runJob()
    const ex = get(EXCEPTION, id)
    expect([ex.getValue('state'), ex.getValue('ended_on'), ex.getValue('reminded_on')]).toEqual(['expired', now, null])
    expect(rows(AVAILABLE_FOR, `user_criteria=${criterion}`)).toHaveLength(0)
    expect(rows('user_criteria', `sys_id=${criterion}`)).toHaveLength(0)
    expect(instance.userCriteria.canSeeItem(tele, hidden)).toBe(false)
    // The item stays restricted for everyone else: the persona's row is untouched.
    expect(rows(AVAILABLE_FOR, `sc_cat_item=${hidden}`)).toHaveLength(1)

    const mine = mailsTo('tele@example.com', id).slice(before)
    expect(mine.map((m) => m.subject)).toEqual([`Your access to ${ITEM} has ended`])
    expect(mine[0].body).toContain(`Your access to ${ITEM_HTML}, a service outside your persona, ended on`)
    expect(mine[0].text).toContain('request it again with your reason')
    expect(mine[0].links.sort()).toEqual([`${BASE}/sp?id=psm_catalog`, `${BASE}/sp?id=psm_item&sys_id=${hidden}`])
    expect(mailsTo('bea@example.com', id).filter((m) => /ends on|has ended/.test(m.subject))).toHaveLength(0)

    at(91, 1)
    runJob()
    expect(mailsTo('tele@example.com', id)).toHaveLength(before + 1)

    // Analysts see it on the dashboard's "Service exceptions" table: expired, with the day the access ended (no reminder: "—").
    const section = instance.run(() => instance.appModule<typeof Governance>('src/server/portal/dashboard-governance.ts').exceptionsSection())
    const table = section.figures[0].table
    const columns = table.columns.map((c) => c.label)
    // A view row holds the first column as its head, the others as cells.
    const cells = (label: string, r: (typeof table.rows)[number]): string => (columns.indexOf(label) === 0 ? r.head.text : r.cells[columns.indexOf(label) - 1]?.text ?? '(no such column)')
    const ended = table.rows.filter((r) => cells('User', r) === 'Tele X' && cells('State', r) === 'Expired')
    expect(ended.map((r) => [cells('Service', r), cells('Reminded on', r), cells('Ended on', r)])).toEqual([[ITEM, '—', (ex.getValue('ended_on') ?? '').slice(0, 10)]])

    // The link opens the item page: hidden again (the "not available to you" 403), it offers the request again
    // for "the service you opened", and the user's earlier request is listed as expired.
    const server = await startServer(instance, { port: 0 })
    try {
        instance.properties.set('glide.servlet.uri', `${server.url}/`)
        const session = await spLogin(server.url, 'tele.x', PASSWORD)
        const res = await fetch(`${server.url}/sp?id=psm_item&sys_id=${hidden}`, { headers: { Cookie: session.cookie } })
        expect(res.status).toBe(403)
        const model = pageModel(await res.text())
        expect(model.page.id).toBe('psm_item')
        const view = model.widgets.find((w) => w.id === 'psm-service-exception')?.data.view as { offer: unknown; mine: Array<{ state: string }> }
        expect(view.offer).toEqual({ itemId: hidden, searchText: '', named: 'the service you opened' })
        expect(view.mine.map((m) => m.state)).toEqual(['expired'])
    } finally {
        await server.close()
    }
})

test('a granted exception without a readable expiry is logged by name and left as it is: no email, access unchanged', () => {
    const id = granted()
    const criterion = get(EXCEPTION, id).getValue('user_criteria') as string
    const before = rows('sys_email').length
    const gr = get(EXCEPTION, id)
    gr.setValue('expires_on', '')
    gr.setWorkflow(false)
    gr.update()
    at(200)
    runJob()
    const ex = get(EXCEPTION, id)
    expect([ex.getValue('state'), ex.getValue('reminded_on'), ex.getValue('ended_on'), ex.getValue('user_criteria')]).toEqual(['granted', null, null, criterion])
    expect(rows(AVAILABLE_FOR, `user_criteria=${criterion}`)).toHaveLength(1)
    expect(instance.userCriteria.canSeeItem(tele, hidden)).toBe(true)
    expect(rows('sys_email')).toHaveLength(before)
    const errors = instance.logs.filter((l) => l.level === 'error' && l.message.includes(id))
    expect(errors.map((l) => l.message)).toEqual([expect.stringContaining('is granted but it has no expiry date: no reminder, its access stays.')])
})
