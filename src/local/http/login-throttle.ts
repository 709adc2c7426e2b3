import { BoundedCache } from '../store/bounded-cache'

/*
 * Failed-login throttling. The platform locks the account: its "SNC User Lockout Check with Auto
 * Unlock" script action sets sys_user.locked_out once glide.user.max_unlock_attempts logins failed
 * and unlocks it after glide.user.unlock_timeout_in_mins (default 15) — so anyone who knows a user
 * name can keep that user, admin included, out of the instance. Here guessing is slowed where it
 * comes from instead, and nothing a stranger does can keep a user with the right password out:
 *
 * - per (client address, user name): FREE_PER_PAIR failures, then each further failure doubles the
 *   wait (1 s, 2 s, 4 s … capped at 15 minutes, the platform's default unlock timeout);
 * - per client address, whatever the user names: FREE_PER_CLIENT failures, then the same back-off
 *   (a client spraying names or passwords across users);
 * - an attempt made while a wait runs is refused (429 with Retry-After) without being checked or
 *   counted, so hammering does not extend the wait;
 * - a client's record is forgotten WINDOW_MS after its last failure, and a success clears the pair;
 * - both records live in LRU maps of at most MAX_ENTRIES each: memory stays bounded whatever the
 *   number of distinct names or addresses.
 *
 * sys_user.locked_out set by an administrator still refuses every login (see BasicAuth).
 */

export const FREE_PER_PAIR = 5
export const FREE_PER_CLIENT = 20
export const BASE_DELAY_MS = 1000
export const MAX_DELAY_MS = 15 * 60_000
export const WINDOW_MS = 15 * 60_000
export const MAX_ENTRIES = 10_000

interface Failures {
    count: number
    last: number
    /** No attempt before this time. */
    until: number
}

function delay(count: number, free: number): number {
    if (count <= free) return 0
    return Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.min(30, count - free - 1))
}

// platform-difference: login-throttle-not-lockout
export class LoginThrottle {
    private readonly pairs: BoundedCache<string, Failures>
    private readonly clients: BoundedCache<string, Failures>

    constructor(maxEntries = MAX_ENTRIES) {
        this.pairs = new BoundedCache(maxEntries)
        this.clients = new BoundedCache(maxEntries)
    }

    /** Entries held (pairs + clients): bounded by twice the maximum. */
    get size(): number {
        return this.pairs.size + this.clients.size
    }

    /** Milliseconds this client must wait before trying this user name again; 0 when it may try now. */
    wait(client: string, userName: string, now: number): number {
        const pair = this.live(this.pairs, pairKey(client, userName), now)
        const byClient = this.live(this.clients, client, now)
        return Math.max(0, (pair?.until ?? 0) - now, (byClient?.until ?? 0) - now)
    }

    failed(client: string, userName: string, now: number): void {
        this.count(this.pairs, pairKey(client, userName), FREE_PER_PAIR, now)
        this.count(this.clients, client, FREE_PER_CLIENT, now)
    }

    succeeded(client: string, userName: string): void {
        this.pairs.delete(pairKey(client, userName))
    }

    private live(map: BoundedCache<string, Failures>, key: string, now: number): Failures | undefined {
        const f = map.get(key)
        if (f && now - f.last > WINDOW_MS && now >= f.until) {
            map.delete(key)
            return undefined
        }
        return f
    }

    private count(map: BoundedCache<string, Failures>, key: string, free: number, now: number): void {
        const f = this.live(map, key, now) ?? { count: 0, last: now, until: 0 }
        f.count++
        f.last = now
        f.until = now + delay(f.count, free)
        map.set(key, f)
    }
}

function pairKey(client: string, userName: string): string {
    // User names are compared as typed, but case variants of one name share a counter.
    return `${client}\u0000${userName.slice(0, 200).toLowerCase()}`
}
