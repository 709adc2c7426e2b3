import { createHash, randomBytes } from 'node:crypto'
import type * as http from 'node:http'
import type { Instance } from '../instance'
import { hashPassword, isPasswordHash, verifyPassword } from '../store/passwords'
import { HttpError } from './errors'
import { LoginThrottle } from './login-throttle'
import { BoundedCache } from '../store/bounded-cache'

/** Verified credentials are remembered briefly: scrypt is deliberately slow, a REST client calls often. */
const CACHE_MS = 5 * 60_000
const CACHE_ENTRIES = 1000

/** The platform answers REST 401s with a Basic challenge; only REST routes send it (see server.ts). */
export const BASIC_CHALLENGE = { 'WWW-Authenticate': 'Basic realm="Persona Service Management"' }

export interface Authenticated {
    userId: string
    userName: string
}

interface UserRow {
    sys_id: string
    user_name: string
    user_password: string | null
    active: number | null
    locked_out: number | null
}

/** The address a request came from (the socket's, never a header a client can forge). */
export function clientAddress(req: http.IncomingMessage): string {
    const address = req.socket.remoteAddress ?? 'unknown'
    return address.startsWith('::ffff:') ? address.slice(7) : address
}

let dummy: string | null = null

/** A hash no password matches, verified when the user is unknown so that both paths cost one scrypt. */
function dummyHash(): string {
    dummy ??= hashPassword(randomBytes(32).toString('base64'))
    return dummy
}

function usable(row: UserRow | undefined): row is UserRow {
    // sys_user.active false or locked_out true: "the user cannot log in" (an administrator's decision).
    return !!row && row.active !== 0 && row.locked_out !== 1
}

/** HTTP basic authentication (and the portal's login form) against sys_user.user_name / user_password (hashed). */
export class BasicAuth {
    private readonly verified = new BoundedCache<string, { user: Authenticated; until: number }>(CACHE_ENTRIES)
    readonly throttle = new LoginThrottle()

    /** `verify` is the password check (the real scrypt verify; tests wrap it to observe calls). */
    constructor(
        private readonly instance: Instance,
        private readonly verify: (plain: string, stored: string) => boolean = verifyPassword,
    ) {}

    /**
     * Checks a user name and password from a client address; throws 401, or 429 with Retry-After
     * while that client must wait (login-throttle.ts).
     */
    login(userName: string, password: string, client = 'unknown', now = Date.now()): Authenticated {
        const wait = this.throttle.wait(client, userName, now)
        if (wait > 0) {
            const seconds = String(Math.ceil(wait / 1000))
            throw new HttpError(429, 'Too many failed logins', `Try again in ${seconds} seconds`, { 'Retry-After': seconds })
        }
        const row = this.instance.store.prepare('SELECT sys_id, user_name, user_password, active, locked_out FROM sys_user WHERE user_name = ?').get(userName) as UserRow | undefined
        const key = createHash('sha256').update(`${userName}\u0000${password}\u0000${row?.user_password ?? ''}`).digest('hex')
        const hit = this.verified.get(key)
        if (hit && hit.until > now && usable(row)) return hit.user
        // Exactly one scrypt verify whatever the user name: an unknown user, a user without a
        // password and an inactive one cost what a known one does, so timing tells nothing.
        const stored = row?.user_password && isPasswordHash(row.user_password) ? row.user_password : null
        const matches = this.verify(password, stored ?? dummyHash()) && stored !== null
        if (!matches || !usable(row)) {
            this.throttle.failed(client, userName, now)
            throw new HttpError(401, 'User Not Authenticated', 'Required to provide Auth information')
        }
        this.throttle.succeeded(client, userName)
        const user = { userId: row.sys_id, userName: row.user_name }
        this.verified.set(key, { user, until: now + CACHE_MS })
        return user
    }

    // platform-difference: rest-auth-basic-and-bearer
    /** Reads an Authorization header; undefined when there is none. Failures carry the Basic challenge. */
    fromHeader(header: string | undefined, client = 'unknown'): Authenticated | undefined {
        if (!header) return undefined
        const m = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header)
        if (!m) throw new HttpError(401, 'User Not Authenticated', 'Unsupported Authorization header; use Basic or Bearer', BASIC_CHALLENGE)
        const decoded = Buffer.from(m[1], 'base64').toString('utf8')
        const colon = decoded.indexOf(':')
        if (colon < 0) throw new HttpError(401, 'User Not Authenticated', 'Malformed Basic credentials', BASIC_CHALLENGE)
        try {
            return this.login(decoded.slice(0, colon), decoded.slice(colon + 1), client)
        } catch (e) {
            if (e instanceof HttpError && e.status === 401) throw new HttpError(401, e.message, e.detail, BASIC_CHALLENGE)
            throw e
        }
    }
}
