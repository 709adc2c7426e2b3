import * as fs from 'node:fs'
import * as path from 'node:path'
import { runtime } from '../../src/local/glide/runtime'
import type { Instance } from '../../src/local/instance'
import { readBuild } from '../../src/local/install/read-build'
import { builtAppDir, installedInstance } from '../support/instance'
import { get, insert, personaId, rows, update } from '../support/records'

/**
 * Issue 14, first-run and bulk safety, reachable includes and build-level fixes, on the installed
 * app: what a real instance would do on its first day and on its first bulk rescoring.
 */
let instance: Instance
beforeEach(() => {
    instance = installedInstance()
})
afterEach(() => instance.close())

const TELECOMMUTER = { devices: 10, network_gb_month: 80, team_hours_week: 8, contacts_per_day: 8, remote_pct: 90 }
const ANALYST = { devices: 5, network_gb_month: 30, team_hours_week: 8, contacts_per_day: 20, remote_pct: 5 }
const PERSONA_EVENTS = 'nameINx_psm_persona.persona.changed,x_psm_persona.persona.assigned'

function newUser(name: string): string {
    return insert('sys_user', { user_name: name, first_name: name, name, email: `${name}@example.com` })
}
const profileOf = (userId: string) => get('x_psm_persona_profile', 'user', userId)
const setMetrics = (userId: string, metrics: Record<string, number | string>) => update('x_psm_persona_profile', profileOf(userId).getUniqueValue(), metrics)

interface Mail {
    subject: string
    body: string
}
/** The persona messages a user got (the catalog's order confirmations for provisioned bundles are left out). */
function mailsTo(address: string): Mail[] {
    const all = runtime().store.prepare("SELECT subject, body FROM sys_email WHERE recipients LIKE ? AND type = 'send-ready' ORDER BY rowid").all(`%${address}%`) as Mail[]
    return all.filter((m) => !m.body.includes('data-mail="order-confirmation"'))
}

describe('first run', () => {
    test('a profile with no usage data is unscored: no persona, no event, no email', () => {
        const user = newUser('day.one')
        const profile = profileOf(user)
        expect(profile.getValue('persona')).toBeNull()
        expect(profile.getValue('scored_on')).toBeNull()
        expect(profile.getValue('explanation')).toContain('no usage data')
        expect(get('sys_user', user).getValue('x_psm_persona_persona')).toBeNull()
        expect(rows('sysevent', `${PERSONA_EVENTS}^parm1=${user}`)).toHaveLength(0)
        // The nightly job does not score it either.
        instance.run(() => instance.jobs.run('Persona rescoring'))
        instance.drain()
        expect(profileOf(user).getValue('persona')).toBeNull()
        expect(mailsTo('day.one@example.com')).toHaveLength(0)
    })

    test('loading usage data scores the profile and records the load\'s source and date', () => {
        const user = newUser('loaded')
        setMetrics(user, { ...TELECOMMUTER, usage_source: 'Intune export 2026-11' })
        const profile = profileOf(user)
        expect(profile.getDisplayValue('persona')).toBe('Telecommuter')
        expect(profile.getValue('usage_source')).toBe('Intune export 2026-11')
        expect(profile.getValue('usage_on')).toBeTruthy()
    })

    test('a user\'s first persona is a welcome, not a "your persona changed" message; a later change is a change', () => {
        const user = newUser('welcomed')
        setMetrics(user, ANALYST)
        instance.drain()
        const first = mailsTo('welcomed@example.com')
        expect(first).toHaveLength(1)
        expect(first[0].subject).toBe('Welcome to your Business Analyst services')
        expect(first[0].body).toContain('Welcome')
        expect(first[0].body).not.toContain('is now')
        expect(rows('sysevent', `name=x_psm_persona.persona.assigned^parm1=${user}`)).toHaveLength(1)
        expect(rows('sysevent', `name=x_psm_persona.persona.changed^parm1=${user}`)).toHaveLength(0)

        setMetrics(user, TELECOMMUTER)
        instance.drain()
        const all = mailsTo('welcomed@example.com')
        expect(all).toHaveLength(2)
        expect(all[1].subject).toBe('Your persona is now Telecommuter: your services')
        expect(all[1].body).toContain('(previously Business Analyst)')
    })
})

describe('bulk safety', () => {
    test('saving a persona writes no profile and no system property; the rescoring runs in the background', () => {
        const users = Array.from({ length: 6 }, (_, i) => newUser(`bulk.${i}`))
        users.forEach((u) => setMetrics(u, { ...TELECOMMUTER, devices: 5, network_gb_month: 30 }))
        instance.drain()
        expect(users.every((u) => profileOf(u).getDisplayValue('persona') === 'Virtual Executive')).toBe(true)
        const properties = () => rows('sys_properties').map((p) => `${p.getValue('name')}=${p.getValue('sys_mod_count')}`).sort()
        const propertiesBefore = properties()
        const profilesBefore = rows('x_psm_persona_profile').map((p) => `${p.getUniqueValue()}:${p.getValue('sys_mod_count')}`).sort()

        instance.properties.set('x_psm_persona.scoring.switch_margin', '0')
        const afterMargin = properties()
        // Virtual Executive now looks exactly like a Telecommuter: ties go to the lower order (Telecommuter 400).
        expect(update('x_psm_persona_persona', personaId('Virtual Executive'), { technology: 3, network: 3 })).toBe(true)
        // Inside the save: not one profile written, not one property written (no cache flush).
        expect(rows('x_psm_persona_profile').map((p) => `${p.getUniqueValue()}:${p.getValue('sys_mod_count')}`).sort()).toEqual(profilesBefore)
        expect(properties()).toEqual(afterMargin)
        expect(propertiesBefore.length).toBe(afterMargin.length)
        expect(get('x_psm_persona_scoring_state', 'name', 'scoring').getValue('rescore_requested')).toBe('1')

        // In the background (the async rule, a job on the platform): every profile is rescored.
        instance.drain()
        expect(users.map((u) => profileOf(u).getDisplayValue('persona'))).toEqual(users.map(() => 'Telecommuter'))
        expect(rows('x_psm_persona_profile', 'stale=true')).toHaveLength(0)
        expect(get('x_psm_persona_scoring_state', 'name', 'scoring').getValue('rescore_requested')).toBe('0')
    })

    test('a bulk rescoring emails each user at most once per run, even when the configuration changes during the run', () => {
        const users = Array.from({ length: 10 }, (_, i) => newUser(`run.${i}`))
        users.forEach((u) => setMetrics(u, { ...TELECOMMUTER, devices: 5, network_gb_month: 30 }))
        instance.drain()
        instance.properties.set('x_psm_persona.scoring.batch_size', '3')
        instance.properties.set('x_psm_persona.scoring.switch_margin', '0')
        const eventsBefore = rows('sysevent', PERSONA_EVENTS).length
        type Batch = { markAllStale(): number; rescoreStaleProfiles(cb?: (p: unknown) => void): { rescored: number } }
        const batch = instance.appModule<Batch>('src/server/persona/rescore-batch.ts')
        const ve = personaId('Virtual Executive')
        let chunk = 0
        instance.run(() => {
            // Virtual Executive moves onto Telecommuter: its members switch.
            update('x_psm_persona_persona', ve, { technology: 3, network: 3 })
            batch.markAllStale()
            batch.rescoreStaleProfiles(() => {
                // An admin undoes the edit while the run is under way, and everything is marked again.
                if (++chunk === 2) {
                    update('x_psm_persona_persona', ve, { technology: 2, network: 2 })
                    batch.markAllStale()
                }
            })
        })
        const perUser = new Map<string, number>()
        for (const e of rows('sysevent', PERSONA_EVENTS).slice(eventsBefore)) perUser.set(e.getValue('parm1') ?? '', (perUser.get(e.getValue('parm1') ?? '') ?? 0) + 1)
        expect(perUser.size).toBeGreaterThan(0)
        expect([...perUser.values()].every((n) => n === 1)).toBe(true)
    })
})

describe('reachable includes', () => {
    test('a persona created at run time gets a criterion in the app\'s scope', () => {
        const id = insert('x_psm_persona_persona', { name: 'Field Engineer', technology: 3, network: 2, interaction: 1, communication: 3, mobility: 4, active: true, order: 50 })
        const criterion = get('user_criteria', get('x_psm_persona_persona', id).getValue('user_criteria') ?? '')
        const app = get('sys_scope', 'scope', 'x_psm_persona')
        expect(criterion.getValue('sys_scope')).toBe(app.getUniqueValue())
    })

    test('the includes other scopes call are public with caller tracking, XlaAttainment among them', () => {
        for (const api of ['x_psm_persona.XlaAttainment', 'x_psm_persona.PersonaCriteria']) {
            const include = get('sys_script_include', 'api_name', api)
            // caller_access '1' is "Caller Tracking" ('2' is "Caller Restriction").
            expect({ api, access: include.getValue('access'), caller: include.getValue('caller_access') }).toEqual({ api, access: 'public', caller: '1' })
        }
    })
})

describe('build-level fixes', () => {
    const ROOT = path.resolve(__dirname, '../..')

    test('every event the app registers carries its suffix', () => {
        const events = readBuild(builtAppDir()).filter((r) => r.table === 'sysevent_register')
        expect(events.length).toBeGreaterThan(0)
        const wrong = events.filter((e) => e.fields.event_name !== `x_psm_persona.${e.fields.suffix ?? ''}`).map((e) => e.fields.event_name)
        expect(wrong).toEqual([])
    })

    test('no module path with a hand-written version in the app\'s sources', () => {
        const hits: string[] = []
        const walk = (dir: string): void => {
            for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
                const p = path.join(dir, entry.name)
                if (entry.isDirectory()) walk(p)
                else if (/\.(ts|js|html)$/.test(entry.name) && /x_psm_persona\/[\w-]+\/\d+\.\d+\.\d+\//.test(fs.readFileSync(p, 'utf8'))) hits.push(path.relative(ROOT, p))
            }
        }
        walk(path.join(ROOT, 'fluent'))
        walk(path.join(ROOT, 'src/server'))
        expect(hits).toEqual([])
        // …and the build's text scripts require the version package.json names.
        const version = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version
        const include = readBuild(builtAppDir()).find((r) => r.table === 'sys_script_include' && r.fields.api_name === 'x_psm_persona.XlaAttainment')
        expect(include?.fields.script).toContain(`/${version}/src/server/xla/attainment.ts`)
    })
})

describe('an honest README', () => {
    test('a catalog change after a persona change reaches the user in their next session, as the README says', () => {
        const user = newUser('switcher')
        setMetrics(user, ANALYST)
        // An item only Telecommuters are offered.
        const only = runtime()
            .store.prepare(
                "SELECT o.catalog_item AS item FROM x_psm_persona_offering o JOIN x_psm_persona_persona p ON p.sys_id = o.persona WHERE p.name = 'Telecommuter' AND o.active = 1 AND o.catalog_item NOT IN (SELECT o2.catalog_item FROM x_psm_persona_offering o2 JOIN x_psm_persona_persona p2 ON p2.sys_id = o2.persona WHERE p2.name <> 'Telecommuter') LIMIT 1",
            )
            .get() as { item: string }
        instance.runAs(user, () => {
            expect(instance.userCriteria.canSeeItem(user, only.item)).toBe(false)
            // Usage data arrives while the user is in a session: they become a Telecommuter…
            instance.runAs('system', () => setMetrics(user, TELECOMMUTER))
            expect(profileOf(user).getDisplayValue('persona')).toBe('Telecommuter')
            // …but this session keeps what it evaluated ("cached in the session").
            expect(instance.userCriteria.canSeeItem(user, only.item)).toBe(false)
        })
        instance.runAs(user, () => expect(instance.userCriteria.canSeeItem(user, only.item)).toBe(true))

        const readme = fs.readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8')
        expect(readme).not.toMatch(/sees the new catalog at once/)
        expect(readme).toMatch(/sees their new catalog \*\*in their next session\*\*/)
        expect(readme).not.toMatch(/the platform never caches scripted criteria/)
    })
})
