import type { Instance } from '../../src/local/instance'
import type * as Proposals from '../../src/server/persona/proposals'
import { installedInstance } from '../support/instance'
import { get, insert, personaId, rows, update } from '../support/records'

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
