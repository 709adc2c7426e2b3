import { randomBytes, timingSafeEqual } from 'node:crypto'
import { newSessionCache, type SessionCache } from '../glide/session-cache'
import type { Instance } from '../instance'

/** Portal sessions expire after this much inactivity. */
export const SESSION_IDLE_MS = 30 * 60_000
export const SESSION_COOKIE = 'psm_session'

export interface Session {
    id: string
    userId: string
    userName: string
    /** Every state-changing form carries this token (double-submit is not enough: it is bound to the session). */
    csrf: string
    expires: number
    /** The user's stamp when the session began (see UserStamp). */
    stamp: string
    /** Roles and user criteria verdicts kept from login until logout ("cached in the session"). */
    cache: SessionCache
}

/**
 * What a session depends on, read for the user on every request: null when the user may not log in
 * (deleted, inactive, locked out), else a value that changes with the password (its hash). A session
 * whose stamp no longer matches ends: deactivation, lock-out and a new password end every session.
 */
export type UserStamp = (userId: string) => string | null

/** Stamps for sys_user rows: one primary-key lookup of three columns (a cached prepared statement). */
// platform-difference: sessions-end-on-account-change
export function sysUserStamp(instance: Instance): UserStamp {
    return (userId) => {
        const row = instance.store.prepare('SELECT active, locked_out, user_password FROM sys_user WHERE sys_id = ?').get(userId) as
            | { active: number | null; locked_out: number | null; user_password: string | null }
            | undefined
        if (!row || row.active === 0 || row.locked_out === 1) return null
        return row.user_password ?? ''
    }
}

// platform-difference: sessions-in-memory
/** In-memory sessions for the portal and pages: random ids, idle expiry, logout, end on account changes. */
export class SessionStore {
    private readonly sessions = new Map<string, Session>()

    constructor(
        private readonly now: () => number = Date.now,
        private readonly stampOf: UserStamp = () => '',
    ) {}

    create(userId: string, userName: string): Session {
        this.sweep()
        const session: Session = {
            id: randomBytes(24).toString('base64url'),
            userId,
            userName,
            csrf: randomBytes(24).toString('base64url'),
            expires: this.now() + SESSION_IDLE_MS,
            stamp: this.stampOf(userId) ?? '\u0000refused',
            cache: newSessionCache(),
        }
        this.sessions.set(session.id, session)
        return session
    }

    /** The live session for an id, its expiry pushed back; undefined when unknown, expired or its user changed. */
    get(id: string | undefined): Session | undefined {
        if (!id) return undefined
        const s = this.sessions.get(id)
        if (!s) return undefined
        if (s.expires <= this.now() || this.stampOf(s.userId) !== s.stamp) {
            this.sessions.delete(id)
            return undefined
        }
        s.expires = this.now() + SESSION_IDLE_MS
        return s
    }

    destroy(id: string | undefined): void {
        if (id) this.sessions.delete(id)
    }

    private sweep(): void {
        const now = this.now()
        for (const [id, s] of this.sessions) if (s.expires <= now) this.sessions.delete(id)
    }
}

export function csrfMatches(session: Session, token: unknown): boolean {
    if (typeof token !== 'string' || token.length !== session.csrf.length) return false
    return timingSafeEqual(Buffer.from(token), Buffer.from(session.csrf))
}

export function parseCookies(header: string | undefined): Record<string, string> {
    const out: Record<string, string> = {}
    for (const part of (header ?? '').split(';')) {
        const eq = part.indexOf('=')
        if (eq < 0) continue
        const name = part.slice(0, eq).trim()
        if (!name) continue
        const raw = part.slice(eq + 1).trim()
        try {
            out[name] = decodeURIComponent(raw)
        } catch {
            // A malformed escape is a cookie we never set: kept as sent, it matches no session.
            out[name] = raw
        }
    }
    return out
}

export function sessionCookie(id: string, maxAgeSeconds = SESSION_IDLE_MS / 1000): string {
    return `${SESSION_COOKIE}=${id}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}`
}

/** The name a page greets the session user by (name, else user_name). */
export function userDisplayName(instance: Instance, userId: string): string {
    const row = instance.store.prepare('SELECT name, user_name FROM sys_user WHERE sys_id = ?').get(userId) as { name: string | null; user_name: string | null } | undefined
    return row?.name || row?.user_name || ''
}
