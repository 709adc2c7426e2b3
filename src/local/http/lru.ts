/**
 * A map that holds at most `max` entries, dropping the least recently used one when full. Memory
 * kept on behalf of unauthenticated callers (failed logins, verified credentials) lives in one of
 * these, so no sequence of requests can grow it without bound. (lru-cache 5 is only a transitive
 * dependency here, untyped: a Map in insertion order is all an LRU needs.)
 */
export class LruMap<K, V> {
    private readonly map = new Map<K, V>()

    constructor(readonly max: number) {
        if (!Number.isInteger(max) || max < 1) throw new Error(`LruMap max must be a positive integer, not ${max}`)
    }

    get size(): number {
        return this.map.size
    }

    /** The value, marked as most recently used. */
    get(key: K): V | undefined {
        const value = this.map.get(key)
        if (value === undefined) return undefined
        this.map.delete(key)
        this.map.set(key, value)
        return value
    }

    set(key: K, value: V): void {
        this.map.delete(key)
        this.map.set(key, value)
        if (this.map.size > this.max) {
            const oldest = this.map.keys().next()
            if (!oldest.done) this.map.delete(oldest.value)
        }
    }

    delete(key: K): void {
        this.map.delete(key)
    }

    clear(): void {
        this.map.clear()
    }
}
