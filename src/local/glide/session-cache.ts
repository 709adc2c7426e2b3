import { AsyncLocalStorage } from 'node:async_hooks'

/*
 * What one session keeps until logout. The Service Catalog documentation ("Create a user criteria
 * record in Service Catalog"): "The evaluation of a role is cached in the session, so any change in the
 * role requires you to logout and login, similar to roles in ACL (Access Control List)" and "The
 * evaluation of the script is cached in the session, so any change in the evaluation requires you to
 * logout and login, similar to roles in ACL"; "Apply user criteria to items and categories": "When a
 * change is made to the end-user profile, such as location, and it affects their ability to view items,
 * those changes do not take effect until the end user has relaunched the session."
 *
 * A portal (cookie) session holds one from login to logout or expiry; anything else (a basic-auth
 * request, a scheduled job run, Instance.runAs) is one session for its own duration.
 */
export interface SessionCache {
    /** The session user's effective roles, read once at the start of the session. */
    roles: ReadonlySet<string> | null
    /** Per-session state of the engines that cache per session (user criteria), by owner. */
    readonly entries: Map<string, unknown>
}

export function newSessionCache(): SessionCache {
    return { roles: null, entries: new Map() }
}

/** A logged-in session whose work is running: its user and what it keeps. */
export interface Login {
    userId: string
    cache: SessionCache
}

const current = new AsyncLocalStorage<Login>()

/** Runs fn (and everything it awaits) as part of this login session. */
export function withLogin<T>(login: Login, fn: () => T): T {
    return current.run(login, fn)
}

/** The login session whose request is running, if any. */
export function currentLogin(): Login | undefined {
    return current.getStore()
}
