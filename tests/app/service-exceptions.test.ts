import { startServer } from '../../src/local/http/server'
import type { Instance } from '../../src/local/instance'
import { GlideRecord } from '../../src/local/glide'
import type * as Exceptions from '../../src/server/catalog/exceptions'
import type * as Expiry from '../../src/server/catalog/exception-expiry'
import type * as Availability from '../../src/server/catalog/availability'
import { installedInstance } from '../support/instance'
import { get, insert, personaId, rows, update } from '../support/records'
import { pageModel, spLogin } from '../support/sp'

/**
 * Issue 17, item 4: a service outside the persona. The user names a hidden item only by the link they
 * opened or the words they typed; their manager approves; the approval grants that user that item
 * through a personal Available For entry until it expires, and the job removes it then.
 */
let instance: Instance
let manager = ''
let tele = ''
let loner = ''
let hidden = ''
const AVAILABLE_FOR = 'sc_cat_item_user_criteria_mtom'
const EXCEPTION = 'x_psm_persona_exception'
const TELECOMMUTER = { devices: 10, network_gb_month: 80, team_hours_week: 8, contacts_per_day: 8, remote_pct: 90 }
const WHY = 'I run the quarterly survey for my team'

const exceptions = () => instance.appModule<typeof Exceptions>('src/server/catalog/exceptions.ts')
const canViewAs = (user: string) => (item: GlideRecord) => instance.userCriteria.canSeeItem(user, item.getUniqueValue())
const ask = (user: string, req: Exceptions.ExceptionRequest) => instance.runAs(user, () => exceptions().requestException(req, canViewAs(user)))
const approvalOf = (exception: string) => rows('sysapproval_approver', `document_id=${exception}^source_table=${EXCEPTION}`)

function person(name: string, extra: Record<string, string> = {}): string {
    const id = insert('sys_user', { user_name: name, name, ...extra })
    update('x_psm_persona_profile', get('x_psm_persona_profile', 'user', id).getUniqueValue(), TELECOMMUTER)
    return id
}

beforeEach(() => {
    instance = installedInstance()
    manager = insert('sys_user', { user_name: 'boss', name: 'Bea Boss' })
    tele = person('tele.x', { manager })
    loner = person('loner.x')
    hidden = insert('sc_cat_item', { name: 'Survey Studio Pro', short_description: 'Secret pricing inside', price: 900, active: true })
    insert('x_psm_persona_offering', { persona: personaId('Business Analyst'), catalog_item: hidden, monthly_cost: 30, restrict_item: true })
    expect(get('sys_user', tele).getValue('x_psm_persona_persona')).toBe(personaId('Telecommuter'))
    expect(instance.userCriteria.canSeeItem(tele, hidden)).toBe(false)
})
afterEach(() => instance.close())

test('a request from the item page names only "the service you opened", asks the manager, and nothing is granted before the decision', () => {
    const before = rows(EXCEPTION).length
    expect(ask(tele, { itemId: hidden, justification: 'short' })).toEqual({ ok: false, message: expect.stringContaining('at least 10 characters') })
    expect(ask(loner, { itemId: hidden, justification: WHY })).toEqual({ ok: false, message: expect.stringContaining('no manager is recorded') })
    expect(rows(EXCEPTION)).toHaveLength(before)

    const r = ask(tele, { itemId: hidden, justification: WHY })
    expect(r).toEqual({ ok: true, exceptionId: expect.any(String), message: 'Your request for the service you opened was sent to your manager for approval.' })
    expect(JSON.stringify(r)).not.toMatch(/Survey Studio|Secret|900/)
    const id = (r as { exceptionId: string }).exceptionId
    const ex = get(EXCEPTION, id)
    expect(ex.getValue('state')).toBe('requested')
    expect(ex.getValue('approver')).toBe(manager)
    expect(ex.getValue('catalog_item')).toBe(hidden)
    expect(approvalOf(id).map((a) => [a.getValue('approver'), a.getValue('state')])).toEqual([[manager, 'requested']])
    expect(instance.userCriteria.canSeeItem(tele, hidden)).toBe(false)
    // Asking twice files nothing new.
    expect(ask(tele, { itemId: hidden, justification: WHY })).toEqual({ ok: false, message: 'Your request for the service you opened is already waiting for your manager.' })
    // An item the user already sees is no exception.
    const open = insert('sc_cat_item', { name: 'Open Thing', short_description: 'x', price: 1, active: true })
    expect(ask(tele, { itemId: open, justification: WHY }).ok).toBe(false)
})

test('approved: the one user gets the item through a personal Available For entry with an expiry; others still do not; the job removes it when it expires', () => {
    const other = person('tele.y', { manager })
    const id = (ask(tele, { itemId: hidden, justification: WHY }) as { exceptionId: string }).exceptionId
    const approval = approvalOf(id)[0].getUniqueValue()
    instance.runAs(manager, () => update('sysapproval_approver', approval, { state: 'approved', comments: 'Fine for the survey season' }))
    const ex = get(EXCEPTION, id)
    expect(ex.getValue('state')).toBe('granted')
    expect(ex.getValue('decided_by')).toBe(manager)
    expect(ex.getValue('decision_comment')).toBe('Fine for the survey season')
    const days = (Date.parse(`${ex.getValue('expires_on')}Z`) - Date.now()) / 86400000
    expect(days).toBeGreaterThan(89)
    expect(days).toBeLessThan(91)
    const criterion = ex.getValue('user_criteria') as string
    expect(get('user_criteria', criterion).getValue('user')).toBe(tele)
    expect(rows(AVAILABLE_FOR, `sc_cat_item=${hidden}^user_criteria=${criterion}`)).toHaveLength(1)
    expect(instance.userCriteria.canSeeItem(tele, hidden)).toBe(true)
    expect(instance.userCriteria.canSeeItem(other, hidden)).toBe(false)

    // The availability sync keeps the personal row while personas restrict the item.
    instance.run(() => instance.appModule<typeof Availability>('src/server/catalog/availability.ts').resyncAllItems())
    expect(rows(AVAILABLE_FOR, `user_criteria=${criterion}`)).toHaveLength(1)

    const gr = get(EXCEPTION, id)
    gr.setValue('expires_on', '2020-01-01 00:00:00')
    gr.setWorkflow(false)
    gr.update()
    expect(instance.runAs('system', () => instance.appModule<typeof Expiry>('src/server/catalog/exception-expiry.ts').runExceptionExpiry().expired)).toBe(1)
    expect(get(EXCEPTION, id).getValue('state')).toBe('expired')
    expect(rows(AVAILABLE_FOR, `user_criteria=${criterion}`)).toHaveLength(0)
    expect(rows('user_criteria', `sys_id=${criterion}`)).toHaveLength(0)
    expect(instance.userCriteria.canSeeItem(tele, hidden)).toBe(false)
})

test('rejected: recorded with who decided; nothing granted', () => {
    const id = (ask(tele, { itemId: hidden, justification: WHY }) as { exceptionId: string }).exceptionId
    instance.runAs(manager, () => update('sysapproval_approver', approvalOf(id)[0].getUniqueValue(), { state: 'rejected' }))
    const ex = get(EXCEPTION, id)
    expect([ex.getValue('state'), ex.getValue('decided_by'), ex.getValue('user_criteria')]).toEqual(['rejected', manager, null])
    expect(rows(AVAILABLE_FOR, `sc_cat_item=${hidden}`)).toHaveLength(1)
})

test('from search: the request is named by the words typed; words matching no hidden service file nothing', () => {
    const r = ask(tele, { searchText: '  survey   studio ', justification: WHY })
    expect(r).toEqual({ ok: true, exceptionId: expect.any(String), message: 'Your request for the service matching "survey studio" was sent to your manager for approval.' })
    const ex = get(EXCEPTION, (r as { exceptionId: string }).exceptionId)
    expect([ex.getValue('catalog_item'), ex.getValue('requested_text')]).toEqual([hidden, 'survey studio'])
    const before = rows(EXCEPTION).length
    expect(ask(tele, { searchText: 'no such thing', justification: WHY })).toEqual({ ok: false, message: expect.stringContaining('No service outside your persona matches "no such thing"') })
    expect(rows(EXCEPTION)).toHaveLength(before)
})

/**
 * The emails about one exception (on it or on its approvals) to one address: subject, body and the
 * links of both parts (HTML hrefs, text URLs).
 */
function mailsTo(address: string, exception: string): Array<{ subject: string; body: string; text: string; links: string[] }> {
    const about = [exception, ...approvalOf(exception).map((a) => a.getUniqueValue())].join(',')
    return rows('sys_email', `recipientsLIKE${address}^instanceIN${about}`).map((e) => {
        const body = e.getValue('body') ?? ''
        const text = e.getValue('body_text') ?? ''
        const hrefs = [...body.matchAll(/href="([^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, '&'))
        const urls = [...text.matchAll(/https?:\/\/[^\s)]+/g)].map((m) => m[0])
        return { subject: e.getValue('subject') ?? '', body, text, links: [...hrefs, ...urls] }
    })
}

const PASSWORD = 'exception-mail-password-7Rw'

function withMail(id: string, address: string): void {
    const u = new GlideRecord('sys_user')
    u.get(id)
    u.setValue('email', address)
    u.setValue('user_password', PASSWORD)
    u.update()
}

test('the manager is asked once by email, the requester hears the approval with its expiry once; every link opens for its recipient', async () => {
    withMail(manager, 'bea@example.com')
    withMail(tele, 'tele@example.com')
    const server = await startServer(instance, { port: 0 })
    try {
        instance.properties.set('glide.servlet.uri', `${server.url}/`)
        const why = 'Survey <b>season</b> & "pricing"'
        const id = (ask(tele, { itemId: hidden, justification: why }) as { exceptionId: string }).exceptionId
        instance.drain()
        const bea = mailsTo('bea@example.com', id)
        expect(bea.map((m) => m.subject)).toEqual(['Service outside the persona: Survey Studio Pro for tele.x, your approval is needed'])
        expect(mailsTo('tele@example.com', id)).toHaveLength(0)
        expect(bea[0].body).toContain('Hello Bea Boss,')
        expect(bea[0].body).toContain('Survey &lt;b&gt;season&lt;/b&gt; &amp; &quot;pricing&quot;')
        expect(bea[0].body).not.toContain('<b>season</b>')
        expect(bea[0].body).toContain('for 90 days')
        expect(bea[0].text).toContain('Survey <b>season</b> & "pricing"')
        const approval = approvalOf(id)[0].getUniqueValue()
        expect(bea[0].links).toContain(`${server.url}/sp?id=approval&sys_id=${approval}`)
        expect(bea[0].text).toContain(`${server.url}/sp?id=approval&sys_id=${approval}`)

        // Bea follows every link: each is a portal page that opens for her, and the approval shows the exception.
        const beaSession = await spLogin(server.url, 'boss', PASSWORD)
        for (const url of new Set(bea[0].links)) {
            expect(url.startsWith(`${server.url}/sp?id=`)).toBe(true)
            const res = await fetch(url, { headers: { Cookie: beaSession.cookie } })
            expect([url, res.status]).toEqual([url, 200])
            const model = pageModel(await res.text())
            expect(model.page.id).toBe(new URL(url).searchParams.get('id'))
            if (model.page.id === 'approval') {
                expect(model.widgets[0].data).toMatchObject({ found: true, can_decide: true, document: { label: 'Persona Service Exception' } })
            }
        }

        // Bea approves: the requester gets one email naming the service and its expiry; Bea gets nothing more.
        instance.runAs(manager, () => update('sysapproval_approver', approval, { state: 'approved', comments: 'Fine for the survey season' }))
        instance.drain()
        const expires = get(EXCEPTION, id).getDisplayValue('expires_on')
        expect(expires).toMatch(/^\d{4}-\d\d-\d\d/)
        const mine = mailsTo('tele@example.com', id)
        expect(mine.map((m) => m.subject)).toEqual([`Your request for Survey Studio Pro: approved until ${expires}`])
        expect(mine[0].body).toContain(`Bea Boss approved your request: you may order Survey Studio Pro until ${expires}.`)
        expect(mine[0].body).toContain('Fine for the survey season')
        expect(mailsTo('bea@example.com', id)).toHaveLength(1)
        expect(mine[0].links).toContain(`${server.url}/sp?id=psm_item&sys_id=${hidden}`)
        const teleSession = await spLogin(server.url, 'tele.x', PASSWORD)
        for (const url of new Set(mine[0].links)) {
            const res = await fetch(url, { headers: { Cookie: teleSession.cookie } })
            expect([url, res.status]).toEqual([url, 200])
            const model = pageModel(await res.text())
            expect(model.page.id).toBe('psm_item')
            expect(model.widgets.find((w) => w.id === 'psm-catalog-item')?.data.page).toMatchObject({ status: 'ok' })
        }
    } finally {
        await server.close()
    }
})

test('a rejection reaches the requester once with the comment, naming the service only as they asked; the link opens their catalog', async () => {
    withMail(manager, 'bea@example.com')
    withMail(tele, 'tele@example.com')
    const server = await startServer(instance, { port: 0 })
    try {
        instance.properties.set('glide.servlet.uri', `${server.url}/`)
        const id = (ask(tele, { searchText: 'survey studio', justification: WHY }) as { exceptionId: string }).exceptionId
        instance.drain()
        instance.runAs(manager, () => update('sysapproval_approver', approvalOf(id)[0].getUniqueValue(), { state: 'rejected', comments: 'Use the <free> survey tool' }))
        instance.drain()
        const mine = mailsTo('tele@example.com', id)
        expect(mine.map((m) => m.subject)).toEqual(['Your request for the service matching "survey studio": not approved'])
        expect(mine[0].body).toContain('Bea Boss rejected your request for the service matching &quot;survey studio&quot;.')
        expect(mine[0].body).toContain('Use the &lt;free&gt; survey tool')
        expect(mine[0].text).toContain('Use the <free> survey tool')
        expect(mine[0].body + mine[0].text + mine[0].subject).not.toMatch(/Survey Studio Pro|Secret/)
        expect(mailsTo('bea@example.com', id)).toHaveLength(1)
        expect(mine[0].links).toContain(`${server.url}/sp?id=psm_catalog`)
        const teleSession = await spLogin(server.url, 'tele.x', PASSWORD)
        for (const url of new Set(mine[0].links)) {
            const res = await fetch(url, { headers: { Cookie: teleSession.cookie } })
            expect([url, res.status]).toEqual([url, 200])
            const model = pageModel(await res.text())
            expect(model.page.id).toBe('psm_catalog')
            const view = model.widgets.find((w) => w.id === 'psm-service-exception')?.data.view as { mine: Array<{ named: string; state: string }> }
            expect(view.mine).toEqual([expect.objectContaining({ named: '"survey studio"', state: 'rejected' })])
        }
    } finally {
        await server.close()
    }
})
