import { GlideRecord } from '../glide/GlideRecord'
import type { Instance } from '../instance'
import { generatePassword } from './admin'

/** Deterministic pseudo-random numbers (mulberry32), so every `npm start` builds the same demo company. */
export function seededRandom(seed: number): () => number {
    let a = seed >>> 0
    return () => {
        a = (a + 0x6d2b79f5) >>> 0
        let t = a
        t = Math.imul(t ^ (t >>> 15), t | 1)
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296
    }
}

function insert(table: string, values: Record<string, string | number | boolean>): string {
    const gr = new GlideRecord(table)
    gr.initialize()
    for (const [k, v] of Object.entries(values)) gr.setValue(k, v)
    const id = gr.insert()
    if (!id) throw new Error(`Demo data: could not insert into ${table}: ${JSON.stringify(values)}`)
    return id
}

type Range = [number, number]
interface Archetype {
    /** What the usage looks like; scoring decides the persona, the demo never assigns one. */
    label: string
    department: string
    share: number
    itil: boolean
    remoteLocation: boolean
    devices: Range
    network: Range
    team: Range
    contacts: Range
    remote: Range
}

/** Workstyles of the demo company, with usage ranges that fall in the default thresholds' bands. */
const ARCHETYPES: Archetype[] = [
    { label: 'service desk', department: 'IT', share: 0.16, itil: true, remoteLocation: false, devices: [4, 7], network: [60, 140], team: [0, 4], contacts: [30, 60], remote: [0, 15] },
    { label: 'office', department: 'Finance', share: 0.3, itil: false, remoteLocation: false, devices: [4, 7], network: [60, 140], team: [0, 4], contacts: [30, 50], remote: [0, 15] },
    { label: 'analysis', department: 'Operations', share: 0.2, itil: false, remoteLocation: false, devices: [4, 7], network: [20, 55], team: [5, 11], contacts: [15, 28], remote: [0, 15] },
    { label: 'home-based', department: 'Sales', share: 0.22, itil: false, remoteLocation: true, devices: [8, 13], network: [60, 140], team: [5, 11], contacts: [5, 14], remote: [80, 100] },
    { label: 'leadership', department: 'Executive', share: 0.12, itil: false, remoteLocation: true, devices: [4, 7], network: [20, 55], team: [5, 11], contacts: [5, 14], remote: [80, 100] },
]

const FIRST = ['Alex', 'Blake', 'Casey', 'Dana', 'Eli', 'Frankie', 'Gray', 'Harper', 'Indy', 'Jordan', 'Kai', 'Logan', 'Morgan', 'Noor', 'Oakley', 'Parker', 'Quinn', 'Riley', 'Sage', 'Taylor', 'Uma', 'Val', 'Wren', 'Yael', 'Zion']
const LAST = ['Adams', 'Baker', 'Chen', 'Diaz', 'Evans', 'Fischer', 'Garcia', 'Haddad', 'Ito', 'Jensen', 'Khan', 'Lopez', 'Müller', 'Nakamura', 'Okafor', 'Patel', 'Quist', 'Rossi', 'Silva', 'Tanaka', 'Usman', 'Varga', 'Weber', 'Xu', 'Young']

export const DEMO_USER_COUNT = 520

/**
 * The demo company: departments, locations, groups and DEMO_USER_COUNT users whose usage metrics
 * follow five workstyles (with some noise), so every reference persona has members after scoring.
 */
export function loadDemoData(instance: Instance): string {
    const random = seededRandom(20261123)
    const between = ([lo, hi]: Range, whole = true) => {
        const v = lo + random() * (hi - lo)
        return whole ? Math.round(v) : Math.round(v * 10) / 10
    }
    return instance.run(() =>
        instance.store.transaction(() => {
            const company = insert('core_company', { name: 'Acme Corporation' })
            const departments = new Map(['IT', 'Finance', 'Sales', 'Operations', 'Executive'].map((name) => [name, insert('cmn_department', { name, company })]))
            const offices = ['London', 'New York'].map((name) => insert('cmn_location', { name }))
            const remote = insert('cmn_location', { name: 'Remote' })
            const cab = insert('sys_user_group', { name: 'Change Advisory Board', description: 'Approves normal and emergency changes' })
            const desk = insert('sys_user_group', { name: 'Service Desk', description: 'First-line support' })
            const itil = new GlideRecord('sys_user_role')
            itil.get('name', 'itil')

            let made = 0
            for (const type of ARCHETYPES) {
                const count = Math.round(DEMO_USER_COUNT * type.share)
                for (let i = 0; i < count; i++, made++) {
                    const first = FIRST[made % FIRST.length]
                    const last = LAST[Math.floor(made / FIRST.length) % LAST.length]
                    const userName = `${first}.${last}.${made}`.toLowerCase()
                    const user = insert('sys_user', {
                        user_name: userName,
                        first_name: first,
                        last_name: last,
                        name: `${first} ${last}`,
                        email: `${userName}@example.com`,
                        department: departments.get(type.department) as string,
                        location: type.remoteLocation ? remote : offices[made % offices.length],
                        company,
                        title: type.label,
                    })
                    if (type.itil) {
                        insert('sys_user_has_role', { user, role: itil.getUniqueValue() })
                        insert('sys_user_grmember', { user, group: desk })
                    }
                    if (made % 97 === 0) insert('sys_user_grmember', { user, group: cab })
                    // One in eight works differently from their department: real populations are not tidy.
                    const shape = random() < 0.125 ? ARCHETYPES[Math.floor(random() * ARCHETYPES.length)] : type
                    const profile = new GlideRecord('x_psm_persona_profile')
                    if (!profile.get('user', user)) {
                        profile.initialize()
                        profile.setValue('user', user)
                    }
                    profile.setValue('devices', between(shape.devices))
                    profile.setValue('network_gb_month', between(shape.network, false))
                    profile.setValue('team_hours_week', between(shape.team, false))
                    profile.setValue('contacts_per_day', between(shape.contacts, false))
                    profile.setValue('remote_pct', Math.min(100, between(shape.remote)))
                    if (!profile.update()) throw new Error(`Demo data: could not save the profile of ${userName}`)
                }
            }
            return `1 company, ${departments.size} departments, 3 locations, 2 groups, ${made} users with usage profiles`
        }),
    )
}

/** The personas whose members get a portal login on `npm start`: three different workstyles to compare. */
export const DEMO_LOGIN_PERSONAS = ['Telecommuter', 'Business Analyst', 'Technology Support'] as const
const DEMO_LOGINS_PROPERTY = 'glide.local.demo_logins'

export interface DemoLogin {
    userName: string
    name: string
    persona: string
}

export interface DemoLogins {
    users: DemoLogin[]
    /** The plain password, only when this call set it (generated or from the environment); never stored plain. */
    password: string | null
    generated: boolean
}

/** The remembered demo logins' user records; null when none were chosen yet or one has gone. */
function rememberedLogins(instance: Instance): GlideRecord[] | null {
    const names = (instance.properties.get(DEMO_LOGINS_PROPERTY) ?? '').split(',').filter(Boolean)
    const accounts = names.map((name) => {
        const user = new GlideRecord('sys_user')
        return user.get('user_name', name) ? user : null
    })
    return names.length && accounts.every((a) => a !== null) ? (accounts as GlideRecord[]) : null
}

/** The first active user (by user name) of each DEMO_LOGIN_PERSONAS persona, remembered for next time. */
function chooseLogins(instance: Instance): GlideRecord[] {
    const accounts: GlideRecord[] = []
    for (const persona of DEMO_LOGIN_PERSONAS) {
        const user = new GlideRecord('sys_user')
        user.addQuery('active', true)
        user.addQuery('x_psm_persona_persona.name', persona)
        user.orderBy('user_name')
        user.setLimit(1)
        user.query()
        if (user.next()) accounts.push(user)
    }
    if (accounts.length) instance.properties.set(DEMO_LOGINS_PROPERTY, accounts.map((a) => a.getValue('user_name')).join(','))
    return accounts
}

/**
 * Portal logins for one demo user of each DEMO_LOGIN_PERSONAS persona (chosen after scoring, then
 * remembered so that rescoring does not move the logins to other people), all with one password:
 * generated the first time (or the given one, which also replaces an existing one), stored hashed
 * like the admin's. There is no fixed password.
 */
export function ensureDemoLogins(instance: Instance, explicitPassword: string | undefined): DemoLogins {
    return instance.run(() => {
        const accounts = rememberedLogins(instance) ?? chooseLogins(instance)
        const users = accounts.map((a) => ({
            userName: a.getValue('user_name') ?? '',
            name: a.getValue('name') ?? '',
            persona: a.getDisplayValue('x_psm_persona_persona'),
        }))
        if (!accounts.length || (!explicitPassword && accounts.every((a) => !!a.getValue('user_password')))) return { users, password: null, generated: false }
        const password = explicitPassword || generatePassword()
        for (const account of accounts) {
            account.setValue('user_password', password)
            account.setWorkflow(false)
            if (!account.update()) throw new Error(`Could not set the password of ${account.getValue('user_name') ?? ''}`)
        }
        return { users, password, generated: !explicitPassword }
    })
}
