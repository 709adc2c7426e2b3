import { GlideRecord } from '../../src/local/glide'
import type { Instance } from '../../src/local/instance'
import { installedInstance } from '../support/instance'
import { get, insert, personaId, rows, update } from '../support/records'

/** Profile scoring on the installed app: the app's own rules, modules and records, running in the local instance. */
let instance: Instance
beforeEach(() => {
    instance = installedInstance()
})
afterEach(() => instance.close())

const TELECOMMUTER = { devices: 10, network_gb_month: 80, team_hours_week: 8, contacts_per_day: 8, remote_pct: 90 }
const DESK = { devices: 5, network_gb_month: 80, team_hours_week: 2, contacts_per_day: 40, remote_pct: 5 }

function newUser(name: string): string {
    return insert('sys_user', { user_name: name, name, email: `${name}@example.com` })
}
const profileOf = (userId: string) => get('x_psm_persona_profile', 'user', userId)
function setMetrics(userId: string, metrics: Record<string, number>): boolean {
    return update('x_psm_persona_profile', profileOf(userId).getUniqueValue(), metrics)
}
const personaOfUser = (userId: string) => get('sys_user', userId).getValue('x_psm_persona_persona')

test('a new user gets a profile, is scored once usage arrives, and the persona is mirrored on sys_user', () => {
    const user = newUser('new.hire')
    // No usage data yet: unscored (tests/long/scoring-safety.test.ts covers the first run).
    expect(profileOf(user).getValue('persona')).toBeNull()
    setMetrics(user, TELECOMMUTER)
    const profile = profileOf(user)
    expect(profile.getDisplayValue('persona')).toBe('Telecommuter')
    expect(personaOfUser(user)).toBe(profile.getValue('persona'))
    expect(profile.getValue('explanation')).toMatch(/distance/)
})

test('changing remote_pct changes the persona, writes a history row and queues x_psm_persona.persona.changed', () => {
    const user = newUser('mover')
    setMetrics(user, { ...TELECOMMUTER, devices: 5, network_gb_month: 30 })
    expect(profileOf(user).getDisplayValue('persona')).toBe('Virtual Executive')
    const before = personaId('Virtual Executive')
    const eventsBefore = rows('sysevent', 'name=x_psm_persona.persona.changed').length
    setMetrics(user, { remote_pct: 5, contacts_per_day: 20, team_hours_week: 6 })
    const profile = profileOf(user)
    expect(profile.getDisplayValue('persona')).toBe('Business Analyst')
    const history = rows('x_psm_persona_assignment', `user=${user}^ORDERBYDESCsys_created_on`)
    expect(history.some((h) => h.getValue('from_persona') === before && h.getValue('to_persona') === personaId('Business Analyst') && h.getValue('reason') === 'scored')).toBe(true)
    const events = rows('sysevent', 'name=x_psm_persona.persona.changed')
    expect(events.length).toBe(eventsBefore + 1)
    const last = events.find((e) => e.getValue('parm2') === before)
    expect(last?.getValue('parm1')).toBe(user)
    expect(last?.getValue('table')).toBe('sys_user')
})

test('the explanation says why in plain words', () => {
    const user = newUser('explained')
    setMetrics(user, TELECOMMUTER)
    const text = profileOf(user).getValue('explanation') ?? ''
    expect(text).toContain('Telecommuter: remote work 90% ranks Virtual/Mobile 4')
    expect(text).toContain('Runner-up Virtual Executive')
})

test('a locked profile never changes persona, whatever its metrics do', () => {
    const user = newUser('pinned')
    setMetrics(user, TELECOMMUTER)
    const profile = profileOf(user)
    update('x_psm_persona_profile', profile.getUniqueValue(), { locked: true })
    setMetrics(user, DESK)
    const after = profileOf(user)
    expect(after.getDisplayValue('persona')).toBe('Telecommuter')
    expect(after.getValue('communication')).toBe('4')
    expect(after.getValue('explanation')).toMatch(/pinned by an administrator/i)
})

test('an admin choosing a persona by hand pins it (reason manual)', () => {
    const user = newUser('handpicked')
    setMetrics(user, TELECOMMUTER)
    const profile = profileOf(user)
    update('x_psm_persona_profile', profile.getUniqueValue(), { persona: personaId('Business Analyst') })
    const after = profileOf(user)
    expect(after.getValue('locked')).toBe('1')
    expect(after.getDisplayValue('persona')).toBe('Business Analyst')
    expect(personaOfUser(user)).toBe(personaId('Business Analyst'))
    expect(rows('x_psm_persona_assignment', `user=${user}^reason=manual`)).toHaveLength(1)
    setMetrics(user, DESK)
    expect(profileOf(user).getDisplayValue('persona')).toBe('Business Analyst')
})

test('the qualifier tells identical personas apart: itil users are Technology Support, others Knowledge Worker', () => {
    const agent = newUser('agent')
    const clerk = newUser('clerk')
    setMetrics(agent, DESK)
    setMetrics(clerk, DESK)
    expect(profileOf(agent).getDisplayValue('persona')).toBe('Knowledge Worker')
    expect(profileOf(agent).getValue('explanation')).toContain('Technology Support requires the qualifier')
    insert('sys_user_has_role', { user: agent, role: get('sys_user_role', 'name', 'itil').getUniqueValue() })
    expect(profileOf(agent).getDisplayValue('persona')).toBe('Technology Support')
    expect(profileOf(clerk).getDisplayValue('persona')).toBe('Knowledge Worker')
})

test.each([
    [{ remote_pct: 101 }, 'Remote work (remote_pct) is 101%; it must be between 0 and 100%.'],
    [{ devices: -1 }, 'Devices and apps (devices) is -1; it cannot be negative.'],
])('bad metrics %p are refused with a clear message; nothing changes', (metrics, message) => {
    const user = newUser('bad.metrics')
    setMetrics(user, TELECOMMUTER)
    expect(setMetrics(user, metrics)).toBe(false)
    expect(instance.operations.lastRefusal?.message).toBe(`Profile not saved: ${message}`)
    expect(profileOf(user).getValue('remote_pct')).toBe('90')
})

test('a scoring rule whose thresholds are not ascending is refused', () => {
    const rule = get('x_psm_persona_scoring_rule', 'metric', 'remote_pct')
    expect(update('x_psm_persona_scoring_rule', rule.getUniqueValue(), { threshold_3: 10 })).toBe(false)
    expect(instance.operations.lastRefusal?.message).toContain('Thresholds must be strictly ascending')
    expect(get('x_psm_persona_scoring_rule', rule.getUniqueValue()).getValue('threshold_3')).toBe('50')
})

test('changing a persona requests a rescoring instead of rescoring in the save; the batch resumes and agrees with sys_user', () => {
    const users = Array.from({ length: 12 }, (_, i) => newUser(`batch.${i}`))
    users.forEach((u, i) => setMetrics(u, i % 2 ? TELECOMMUTER : { ...TELECOMMUTER, devices: 5, network_gb_month: 30 }))
    instance.properties.set('x_psm_persona.scoring.batch_size', '5')
    instance.properties.set('x_psm_persona.scoring.switch_margin', '0')
    // Virtual Executive now looks exactly like a Telecommuter: ties go to the lower order (Telecommuter 400).
    update('x_psm_persona_persona', personaId('Virtual Executive'), { technology: 3, network: 3 })
    expect(rows('x_psm_persona_profile', 'stale=true')).toHaveLength(0)
    expect(get('x_psm_persona_scoring_state', 'name', 'scoring').getValue('rescore_requested')).toBe('1')
    expect(users.map((u) => profileOf(u).getDisplayValue('persona')).filter((n) => n === 'Virtual Executive')).toHaveLength(6)

    type Batch = { markAllStale(): number; rescoreStaleProfiles(cb?: unknown, maxChunks?: number): { rescored: number } }
    const batch = instance.appModule<Batch>('src/server/persona/rescore-batch.ts')
    instance.run(() => batch.markAllStale())
    const stale = rows('x_psm_persona_profile', 'stale=true').length
    expect(stale).toBe(rows('x_psm_persona_profile').length)
    const first = instance.run(() => batch.rescoreStaleProfiles(undefined, 1))
    expect(first.rescored).toBe(5)
    expect(rows('x_psm_persona_profile', 'stale=true')).toHaveLength(stale - 5)
    instance.run(() => batch.rescoreStaleProfiles())
    expect(rows('x_psm_persona_profile', 'stale=true')).toHaveLength(0)
    for (const p of rows('x_psm_persona_profile')) expect(personaOfUser(p.getValue('user') as string) ?? '').toBe(p.getValue('persona') ?? '')
    expect(users.map((u) => profileOf(u).getDisplayValue('persona')).every((n) => n === 'Telecommuter')).toBe(true)
})

test('the nightly job is installed and runs the batch', () => {
    const user = newUser('nightly')
    setMetrics(user, TELECOMMUTER)
    update('x_psm_persona_profile', profileOf(user).getUniqueValue(), { stale: true })
    instance.run(() => instance.jobs.run('Persona rescoring'))
    expect(profileOf(user).getValue('stale')).toBe('0')
    expect(instance.logs.map((l) => l.message).join('\n')).toMatch(/Persona rescoring: \d+ profiles created, \d+ profiles rescored/)
})

test('with no active persona, users are left unassigned and the explanation says why', () => {
    const all = new GlideRecord('x_psm_persona_persona')
    all.setValue('active', false)
    all.updateMultiple()
    const user = newUser('nobody')
    setMetrics(user, TELECOMMUTER)
    const profile = profileOf(user)
    expect(profile.getValue('persona')).toBeNull()
    expect(profile.getValue('explanation')).toContain('There is no active persona to choose from.')
})

test('users without a profile (from before the app, or loaded without rules) get one from the nightly job, unscored until usage arrives', () => {
    const store = instance.store
    const now = store.clock()
    const legacy = store.newSysId()
    store.insertRow('sys_user', { sys_id: legacy, sys_class_name: 'sys_user', user_name: 'legacy', active: 1, sys_created_on: now, sys_updated_on: now, sys_created_by: 'x', sys_updated_by: 'x', sys_mod_count: 0 })
    expect(rows('x_psm_persona_profile', `user=${legacy}`)).toHaveLength(0)
    instance.run(() => instance.jobs.run('Persona rescoring'))
    expect(profileOf(legacy).getValue('persona')).toBeNull()
    setMetrics(legacy, TELECOMMUTER)
    expect(profileOf(legacy).getValue('persona')).toBeTruthy()
    expect(personaOfUser(legacy)).toBe(profileOf(legacy).getValue('persona'))
})
