import { randomBytes } from 'node:crypto'
import type { TableApi } from './table-api'

/*
 * Logins for one demo user of each of three personas, so people can compare what each sees. They are
 * chosen after scoring and remembered (a system property), so rescoring does not move the logins to other
 * people. Their password is never fixed: generated when they are first chosen (or taken from
 * PSM_DEMO_PASSWORD, which also replaces an existing one) and set through the Table API, where the
 * instance stores it hashed; it is printed once.
 */

/** The personas whose members get a portal login: three different workstyles to compare. */
export const DEMO_LOGIN_PERSONAS = ['Telecommuter', 'Business Analyst', 'Technology Support'] as const
export const LOGINS_PROPERTY = 'psm_demo.logins'

export interface DemoLogin {
    userName: string
    name: string
    persona: string
    sysId: string
}

export interface DemoLogins {
    users: DemoLogin[]
    /** The plain password, only when this call set it (generated or given); never stored plain. */
    password: string | null
    generated: boolean
}

/** A password people can type: 20 characters from a URL-safe alphabet (~120 bits). */
export function generatePassword(): string {
    return randomBytes(15).toString('base64url')
}

const FIELDS = ['sys_id', 'user_name', 'name', 'x_psm_persona_persona.name']

function toLogin(row: Record<string, string>): DemoLogin {
    return { sysId: row.sys_id, userName: row.user_name, name: row.name, persona: row['x_psm_persona_persona.name'] ?? '' }
}

/** The remembered logins, in the order they were chosen; null when none were chosen yet or one has gone. */
async function remembered(api: TableApi): Promise<{ logins: DemoLogin[]; property: string } | null> {
    const property = (await api.query('sys_properties', `name=${LOGINS_PROPERTY}`, ['sys_id', 'value'], 1))[0]
    if (!property) return null
    const names = property.value.split(',').filter(Boolean)
    if (!names.length) return null
    const rows = await api.query('sys_user', `user_nameIN${names.join(',')}`, FIELDS)
    const byName = new Map(rows.map((r) => [r.user_name, toLogin(r)]))
    const logins = names.map((n) => byName.get(n))
    return logins.every((l) => l !== undefined) ? { logins: logins as DemoLogin[], property: property.sys_id } : null
}

/** The first active user (by user name) of each DEMO_LOGIN_PERSONAS persona. */
async function choose(api: TableApi): Promise<DemoLogin[]> {
    const out: DemoLogin[] = []
    for (const persona of DEMO_LOGIN_PERSONAS) {
        const row = (await api.query('sys_user', `active=true^x_psm_persona_persona.name=${persona}^ORDERBYuser_name`, FIELDS, 1))[0]
        if (row) out.push(toLogin(row))
    }
    return out
}

export async function ensureDemoLogins(api: TableApi, explicitPassword: string | undefined): Promise<DemoLogins> {
    const known = await remembered(api)
    if (known && !explicitPassword) return { users: known.logins, password: null, generated: false }
    const users = known?.logins ?? (await choose(api))
    if (!users.length) return { users, password: null, generated: false }
    const password = explicitPassword || generatePassword()
    for (const u of users) await api.update('sys_user', u.sysId, { user_password: password }, true)
    // Remembered only once their password is set: a start that stopped before gets to set it again.
    const value = users.map((u) => u.userName).join(',')
    if (known) await api.update('sys_properties', known.property, { value })
    else await api.create('sys_properties', { name: LOGINS_PROPERTY, value, description: 'The demo users npm start prints as portal logins (tools/demo)' })
    return { users, password, generated: !explicitPassword }
}

/** What npm start prints about them. */
export function describeLogins(demo: DemoLogins, fromEnvironment: boolean): string[] {
    if (!demo.users.length) return []
    const lines = ['  Portal logins    (demo users of different personas)', ...demo.users.map((u) => `                   ${u.userName.padEnd(22)} ${u.persona}`)]
    if (demo.password) {
        lines.push(`                   password: ${demo.password}`)
        lines.push(fromEnvironment ? '                   (set from PSM_DEMO_PASSWORD)' : '                   (generated now and stored hashed: it is not shown again)')
    } else lines.push('                   password: the one printed when they were created (or set PSM_DEMO_PASSWORD)')
    return lines
}
