import { createHash } from 'node:crypto'
import type { Instance } from '../instance'
import { verifyPassword } from '../store/passwords'
import { HttpError } from './errors'

/** Verified credentials are remembered briefly: scrypt is deliberately slow, a REST client calls often. */
const CACHE_MS = 5 * 60_000
/** After this many failures for one user name, further attempts wait out the window. */
const MAX_FAILURES = 10
const FAILURE_WINDOW_MS = 5 * 60_000

interface Failure {
    count: number
    since: number
}

export interface Authenticated {
    userId: string
    userName: string
}

/** HTTP basic authentication against sys_user.user_name / user_password (hashed). */
export class BasicAuth {
    private readonly verified = new Map<string, { user: Authenticated; until: number }>()
    private readonly failures = new Map<string, Failure>()

    constructor(private readonly instance: Instance) {}

    /** Checks a user name and password; throws 401/429 HttpErrors the client can act on. */
    login(userName: string, password: string, now = Date.now()): Authenticated {
        const failure = this.failures.get(userName)
        if (failure && failure.count >= MAX_FAILURES && now - failure.since < FAILURE_WINDOW_MS) {
            throw new HttpError(429, 'Too many failed logins', `Try again in ${Math.ceil((FAILURE_WINDOW_MS - (now - failure.since)) / 1000)} seconds`)
        }
        const row = this.instance.store.prepare('SELECT sys_id, user_name, user_password, active, locked_out FROM sys_user WHERE user_name = ?').get(userName) as
            | { sys_id: string; user_name: string; user_password: string | null; active: number | null; locked_out: number | null }
            | undefined
        const key = createHash('sha256').update(`${userName}\u0000${password}\u0000${row?.user_password ?? ''}`).digest('hex')
        const hit = this.verified.get(key)
        if (hit && hit.until > now && row && row.active !== 0 && row.locked_out !== 1) return hit.user
        const ok = !!row && row.active !== 0 && row.locked_out !== 1 && verifyPassword(password, row.user_password)
        if (!ok || !row) {
            const f = failure && now - failure.since < FAILURE_WINDOW_MS ? failure : { count: 0, since: now }
            f.count++
            this.failures.set(userName, f)
            throw new HttpError(401, 'User Not Authenticated', 'Required to provide Auth information', { 'WWW-Authenticate': 'Basic realm="Persona Service Management"' })
        }
        this.failures.delete(userName)
        const user = { userId: row.sys_id, userName: row.user_name }
        this.verified.set(key, { user, until: now + CACHE_MS })
        return user
    }

    // platform-difference: basic-auth-only
    /** Reads an Authorization header; undefined when there is none. */
    fromHeader(header: string | undefined): Authenticated | undefined {
        if (!header) return undefined
        const m = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header)
        if (!m) throw new HttpError(401, 'User Not Authenticated', 'Unsupported Authorization header; use Basic', { 'WWW-Authenticate': 'Basic realm="Persona Service Management"' })
        const decoded = Buffer.from(m[1], 'base64').toString('utf8')
        const colon = decoded.indexOf(':')
        if (colon < 0) throw new HttpError(401, 'User Not Authenticated', 'Malformed Basic credentials')
        return this.login(decoded.slice(0, colon), decoded.slice(colon + 1))
    }
}
