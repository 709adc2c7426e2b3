import { GlideRecord } from '../../src/local/glide'
import { startServer } from '../../src/local/http/server'
import type { Instance } from '../../src/local/instance'
import type * as Proposals from '../../src/server/persona/proposals'
import { installedInstance } from '../support/instance'
import { get, insert, personaId, rows, update } from '../support/records'
import { pageModel, spLogin } from '../support/sp'

/**
 * Issue 17, item 2: business areas choose. A manager, or a business-area owner with the role, proposes
 * a persona; the persona administrators approve; the approved persona is pinned (scoring keeps it) and
 * the history says who proposed and who decided.
 */
let instance: Instance
let approver = ''
let manager = ''
let report = ''
let outsider = ''
let owner = ''
let member = ''
const PROPOSAL = 'x_psm_persona_proposal'
const TELECOMMUTER = { devices: 10, network_gb_month: 80, team_hours_week: 8, contacts_per_day: 8, remote_pct: 90 }
const WHY = 'Works on site with customers every day'

const proposals = () => instance.appModule<typeof Proposals>('src/server/persona/proposals.ts')
const grant = (user: string, role: string) => insert('sys_user_has_role', { user, role: get('sys_user_role', 'name', role).getUniqueValue() })
const profileOf = (user: string) => get('x_psm_persona_profile', 'user', user)
const approvalsOf = (proposal: string) => rows('sysapproval_approver', `document_id=${proposal}^source_table=${PROPOSAL}`)

function person(name: string, extra: Record<string, string> = {}): string {
    const id = insert('sys_user', { user_name: name, name, ...extra })
    update('x_psm_persona_profile', profileOf(id).getUniqueValue(), TELECOMMUTER)
    return id
}

beforeEach(() => {
    instance = installedInstance()
    approver = insert('sys_user', { user_name: 'persona.admin', name: 'Pat Admin' })
    grant(approver, 'x_psm_persona.admin')
    manager = insert('sys_user', { user_name: 'mgr', name: 'Max Manager' })
    report = person('report.one', { manager })
    outsider = insert('sys_user', { user_name: 'outsider', name: 'Olly Outsider' })
    const sales = insert('cmn_department', { name: 'Field Sales' })
    owner = insert('sys_user', { user_name: 'area.owner', name: 'Ora Owner' })
    member = person('sales.one', { department: sales })
    insert('x_psm_persona_business_area', { department: sales, owner, active: true })
    expect(get('sys_user', report).getValue('x_psm_persona_persona')).toBe(personaId('Telecommuter'))
})
afterEach(() => instance.close())

test('only a manager or an owning business-area owner with the role may propose; a refusal writes nothing', () => {
    const before = rows(PROPOSAL).length
    const ba = personaId('Business Analyst')
    expect(instance.runAs(outsider, () => proposals().proposePersona(report, ba, WHY))).toEqual({ ok: false, message: expect.stringContaining('only for your direct reports') })
    // The business-area row alone is not enough: the role is needed too.
    expect(instance.runAs(owner, () => proposals().proposePersona(member, ba, WHY)).ok).toBe(false)
    expect(instance.runAs(manager, () => proposals().proposePersona(report, ba, 'short')).ok).toBe(false)
    expect(rows(PROPOSAL)).toHaveLength(before)
    expect(rows('sysapproval_approver', `source_table=${PROPOSAL}`)).toHaveLength(0)

    grant(owner, 'x_psm_persona.business_area_owner')
    expect(instance.runAs(owner, () => proposals().team(owner)).map((m) => [m.name, m.as])).toEqual([['sales.one', 'business_area_owner']])
    expect(instance.runAs(manager, () => proposals().team(manager)).map((m) => [m.name, m.as, m.personaName])).toEqual([['report.one', 'manager', 'Telecommuter']])
    const r = instance.runAs(owner, () => proposals().proposePersona(member, ba, WHY))
    expect(r.ok).toBe(true)
    expect(get(PROPOSAL, (r as { proposalId: string }).proposalId).getValue('proposed_as')).toBe('business_area_owner')
})

test('approved: the persona is pinned, scoring keeps it, and the history records who proposed and who decided', () => {
    const ba = personaId('Business Analyst')
    const r = instance.runAs(manager, () => proposals().proposePersona(report, ba, WHY))
    expect(r).toEqual({ ok: true, proposalId: expect.any(String), message: 'Your proposal of Business Analyst for report.one was sent for approval.' })
    const id = (r as { proposalId: string }).proposalId
    // Nothing changes before the decision.
    expect(get('sys_user', report).getValue('x_psm_persona_persona')).toBe(personaId('Telecommuter'))
    const mine = approvalsOf(id).find((a) => a.getValue('approver') === approver)
    expect(mine?.getValue('state')).toBe('requested')
    expect(approvalsOf(id).map((a) => a.getValue('approver'))).not.toContain(manager)
    expect(instance.runAs(manager, () => proposals().proposePersona(report, ba, WHY)).ok).toBe(false)

    instance.runAs(approver, () => update('sysapproval_approver', mine?.getUniqueValue() as string, { state: 'approved' }))
    const p = get(PROPOSAL, id)
    expect([p.getValue('state'), p.getValue('decided_by')]).toEqual(['approved', approver])
    for (const other of approvalsOf(id)) if (other.getValue('approver') !== approver) expect(other.getValue('state')).toBe('not_required')
    const profile = profileOf(report)
    expect([profile.getValue('persona'), profile.getValue('locked'), profile.getValue('proposal')]).toEqual([ba, '1', id])
    expect(get('sys_user', report).getValue('x_psm_persona_persona')).toBe(ba)
    const history = rows('x_psm_persona_assignment', `user=${report}^reason=proposal`)
    expect(history.map((h) => [h.getValue('from_persona'), h.getValue('to_persona'), h.getValue('proposed_by'), h.getValue('decided_by'), h.getValue('proposal')])).toEqual([
        [personaId('Telecommuter'), ba, manager, approver, id],
    ])

    // The pin holds: new usage data that fits Telecommuter even better leaves the approved persona.
    update('x_psm_persona_profile', profile.getUniqueValue(), { remote_pct: 100, devices: 12 })
    expect(profileOf(report).getValue('persona')).toBe(ba)
    // An admin's later manual choice is no longer the proposal's.
    update('x_psm_persona_profile', profile.getUniqueValue(), { persona: personaId('Virtual Executive') })
    expect(profileOf(report).getValue('proposal')).toBeNull()
})

test('rejected: recorded with who decided; the profile is untouched', () => {
    const id = (instance.runAs(manager, () => proposals().proposePersona(report, personaId('Virtual Executive'), WHY)) as { proposalId: string }).proposalId
    const mine = approvalsOf(id).find((a) => a.getValue('approver') === approver)
    instance.runAs(approver, () => update('sysapproval_approver', mine?.getUniqueValue() as string, { state: 'rejected' }))
    expect([get(PROPOSAL, id).getValue('state'), get(PROPOSAL, id).getValue('decided_by')]).toEqual(['rejected', approver])
    expect(profileOf(report).getValue('persona')).toBe(personaId('Telecommuter'))
    expect(profileOf(report).getValue('locked')).toBe('0')
})

/**
 * The emails about one proposal (on it or on its approvals) to one address: subject and the links of
 * both parts (HTML hrefs, text URLs). Other emails (the bundles' provisioning approvals) are not counted.
 */
function mailsTo(address: string, proposal: string): Array<{ subject: string; body: string; links: string[] }> {
    const about = [proposal, ...approvalsOf(proposal).map((a) => a.getUniqueValue())].join(',')
    return rows('sys_email', `recipientsLIKE${address}^instanceIN${about}`).map((e) => {
        const body = e.getValue('body') ?? ''
        const hrefs = [...body.matchAll(/href="([^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, '&'))
        const urls = [...(e.getValue('body_text') ?? '').matchAll(/https?:\/\/[^\s)]+/g)].map((m) => m[0])
        return { subject: e.getValue('subject') ?? '', body, links: [...hrefs, ...urls] }
    })
}

test('each approver is asked once by email, the proposer hears the decision once; every link opens for its recipient', async () => {
    const PASSWORD = 'proposal-mail-password-4Tq'
    const second = insert('sys_user', { user_name: 'persona.admin2', name: 'Pia Admin' })
    grant(second, 'x_psm_persona.admin')
    for (const [id, address] of [[approver, 'pat@example.com'], [second, 'pia@example.com'], [manager, 'max@example.com'], [report, 'ray@example.com']]) {
        const u = new GlideRecord('sys_user')
        u.get(id)
        u.setValue('email', address)
        u.setValue('user_password', PASSWORD)
        u.update()
    }
    const server = await startServer(instance, { port: 0 })
    try {
        instance.properties.set('glide.servlet.uri', `${server.url}/`)
        const id = (instance.runAs(manager, () => proposals().proposePersona(report, personaId('Business Analyst'), WHY)) as { proposalId: string }).proposalId
        instance.drain()
        // One request per approver, naming the persona and the person; nobody else is written to.
        for (const address of ['pat@example.com', 'pia@example.com']) {
            expect([address, mailsTo(address, id).map((m) => m.subject)]).toEqual([address, ['Persona proposal: Business Analyst for report.one, your approval is needed']])
        }
        const about = () => rows('sys_email', `instanceIN${[id, ...approvalsOf(id).map((a) => a.getUniqueValue())].join(',')}`)
        expect(about()).toHaveLength(2)
        const pat = mailsTo('pat@example.com', id)[0]
        expect(pat.body).toContain('Hello Pat Admin,')
        expect(pat.body).toContain(WHY)
        const mine = approvalsOf(id).find((a) => a.getValue('approver') === approver)?.getUniqueValue() as string
        expect(pat.links).toContain(`${server.url}/sp?id=approval&sys_id=${mine}`)

        // Pat follows every link: each is a portal page that opens for Pat, and the approval shows the proposal.
        const patSession = await spLogin(server.url, 'persona.admin', PASSWORD)
        for (const url of new Set(pat.links)) {
            expect(url.startsWith(`${server.url}/sp?id=`)).toBe(true)
            const res = await fetch(url, { headers: { Cookie: patSession.cookie } })
            expect([url, res.status]).toEqual([url, 200])
            const model = pageModel(await res.text())
            expect(model.page.id).toBe(new URL(url).searchParams.get('id'))
            if (model.page.id === 'approval') {
                expect(model.widgets[0].data).toMatchObject({ found: true, can_decide: true, document: { label: 'Persona Proposal' } })
            }
        }

        // Pat approves: the proposer gets one email with the decision; Pia, no longer required, gets nothing more.
        instance.runAs(approver, () => update('sysapproval_approver', mine, { state: 'approved', comments: 'Fits the field work' }))
        instance.drain()
        const max = mailsTo('max@example.com', id)
        expect(max.map((m) => m.subject)).toEqual(['Your persona proposal for report.one: Business Analyst approved'])
        expect(max[0].body).toContain('Pat Admin approved your proposal.')
        expect(mailsTo('pia@example.com', id)).toHaveLength(1)
        expect(about()).toHaveLength(3)
        const maxSession = await spLogin(server.url, 'mgr', PASSWORD)
        for (const url of new Set(max[0].links)) {
            const res = await fetch(url, { headers: { Cookie: maxSession.cookie } })
            expect([url, res.status]).toEqual([url, 200])
            const model = pageModel(await res.text())
            expect(model.page.id).toBe('psm_team_personas')
            const view = model.widgets.find((x) => x.id === 'psm-team-personas')?.data.view as { members: Array<{ name: string; personaName: string; pinned: boolean }> }
            expect(view.members).toEqual([expect.objectContaining({ name: 'report.one', personaName: 'Business Analyst', pinned: true })])
        }
    } finally {
        await server.close()
    }
})

test('a rejection reaches the proposer once, saying what stays', () => {
    update('sys_user', manager, { email: 'max@example.com' })
    const id = (instance.runAs(manager, () => proposals().proposePersona(report, personaId('Virtual Executive'), WHY)) as { proposalId: string }).proposalId
    instance.drain()
    const mine = approvalsOf(id).find((a) => a.getValue('approver') === approver)?.getUniqueValue() as string
    instance.runAs(approver, () => update('sysapproval_approver', mine, { state: 'rejected' }))
    instance.drain()
    const max = mailsTo('max@example.com', id)
    expect(max.map((m) => m.subject)).toEqual(['Your persona proposal for report.one: Virtual Executive not approved'])
    expect(max[0].body).toContain('report.one keeps Telecommuter.')
})
