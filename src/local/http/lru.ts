/**
 * A map that holds at most about `max` entries, forgetting the least recently used ones when full.
 * Memory kept on behalf of unauthenticated callers (failed logins, verified credentials) lives in
 * one of these, so no sequence of requests can grow it without bound.
 *
 * Two generations of at most max/2 entries each: new and recently read entries go to the current
 * one; when it is full it becomes the previous one and the old previous one is dropped whole. Every
 * operation is O(1) — unlike evicting a Map's first key one at a time, which leaves the deleted slots
 * for every later eviction to scan. (lru-cache 5 is only an untyped transitive dependency here.)
 */
export class LruMap<K, V> {
    private current = new Map<K, V>()
    private previous = new Map<K, V>()
    private readonly half: number

    constructor(readonly max: number) {
        if (!Number.isInteger(max) || max < 2) throw new Error(`LruMap max must be an integer of at least 2, not ${max}`)
        this.half = Math.floor(max / 2)
    }

    /** Entries held: never more than max. */
    get size(): number {
        return this.current.size + this.previous.size
    }

    /** The value, marked as recently used. */
    get(key: K): V | undefined {
        const value = this.current.get(key)
        if (value !== undefined) return value
        const old = this.previous.get(key)
        if (old === undefined) return undefined
        this.previous.delete(key)
        this.add(key, old)
        return old
    }

    set(key: K, value: V): void {
        if (this.current.has(key)) {
            this.current.set(key, value)
            return
        }
        this.previous.delete(key)
        this.add(key, value)
    }

    delete(key: K): void {
        this.current.delete(key)
        this.previous.delete(key)
    }

    clear(): void {
        this.current.clear()
        this.previous.clear()
    }

    private add(key: K, value: V): void {
        this.current.set(key, value)
        if (this.current.size >= this.half) {
            this.previous = this.current
            this.current = new Map()
        }
    }
}
