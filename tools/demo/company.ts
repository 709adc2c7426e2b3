import { seededRandom } from './random'

/*
 * The demo company, as data: departments, locations, groups and DEMO_USER_COUNT users whose usage
 * metrics follow five workstyles (with some noise), so every reference persona has members once the
 * app scores them. Nothing here talks to an instance (load.ts does, through the Table API), and no
 * password is part of it: demo logins get one generated at start (logins.ts).
 */

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
export const COMPANY_NAME = 'Acme Corporation'
export const DEPARTMENTS = ['IT', 'Finance', 'Sales', 'Operations', 'Executive'] as const
export const OFFICES = ['London', 'New York'] as const
export const REMOTE_LOCATION = 'Remote'
export const GROUPS = {
    cab: { name: 'Change Advisory Board', description: 'Approves normal and emergency changes' },
    desk: { name: 'Service Desk', description: 'First-line support' },
} as const

/** Usage metrics, named as the profile's columns (ARCHITECTURE.md, "Profile"). */
export interface Usage {
    devices: number
    network_gb_month: number
    team_hours_week: number
    contacts_per_day: number
    remote_pct: number
}

export interface DemoUser {
    user_name: string
    first_name: string
    last_name: string
    name: string
    email: string
    title: string
    department: string
    /** An office name, or REMOTE_LOCATION. */
    location: string
    itil: boolean
    cab: boolean
    usage: Usage
}

/** The same company every time (a fixed seed). */
export function demoUsers(): DemoUser[] {
    const random = seededRandom(20261123)
    const between = ([lo, hi]: Range, whole = true) => {
        const v = lo + random() * (hi - lo)
        return whole ? Math.round(v) : Math.round(v * 10) / 10
    }
    const users: DemoUser[] = []
    for (const type of ARCHETYPES) {
        const count = Math.round(DEMO_USER_COUNT * type.share)
        for (let i = 0; i < count; i++) {
            const made = users.length
            const first = FIRST[made % FIRST.length]
            const last = LAST[Math.floor(made / FIRST.length) % LAST.length]
            const userName = `${first}.${last}.${made}`.toLowerCase()
            // One in eight works differently from their department: real populations are not tidy.
            const shape = random() < 0.125 ? ARCHETYPES[Math.floor(random() * ARCHETYPES.length)] : type
            users.push({
                user_name: userName,
                first_name: first,
                last_name: last,
                name: `${first} ${last}`,
                email: `${userName}@example.com`,
                title: type.label,
                department: type.department,
                location: type.remoteLocation ? REMOTE_LOCATION : OFFICES[made % OFFICES.length],
                itil: type.itil,
                cab: made % 97 === 0,
                usage: {
                    devices: between(shape.devices),
                    network_gb_month: between(shape.network, false),
                    team_hours_week: between(shape.team, false),
                    contacts_per_day: between(shape.contacts, false),
                    remote_pct: Math.min(100, between(shape.remote)),
                },
            })
        }
    }
    return users
}
