/**
 * A cache with a fixed bound, for anything keyed by text a user can vary (SQL of a query shape, a
 * column list) and for what the server keeps on behalf of unauthenticated callers (failed logins,
 * verified credentials): without a bound, every new query shape or user name would stay in memory for
 * the life of the process.
 *
 * Two generations approximate LRU at the cost of a plain Map lookup on a hit: entries go into the
 * young generation; when it is full, the old generation is dropped and the young one becomes old.
 * An entry found in the old generation is moved back into the young one, so whatever is used at least
 * once per `capacity / 2` new keys is never evicted (the hot path keeps hitting), and at most
 * `capacity` entries are held.
 */
export class BoundedCache<K, V> {
    private young = new Map<K, V>()
    private old = new Map<K, V>()
    private readonly half: number
    /** Lookups answered from the cache, and those that were not (for tests and benchmarks). */
    hits = 0
    misses = 0

    constructor(readonly capacity: number) {
        if (!Number.isInteger(capacity) || capacity < 2) throw new Error(`A bounded cache needs a capacity of at least 2, not ${capacity}`)
        this.half = Math.floor(capacity / 2)
    }

    get(key: K): V | undefined {
        const hit = this.young.get(key)
        if (hit !== undefined) {
            this.hits++
            return hit
        }
        const aged = this.old.get(key)
        if (aged === undefined) {
            this.misses++
            return undefined
        }
        this.hits++
        this.old.delete(key)
        this.put(key, aged)
        return aged
    }

    set(key: K, value: V): void {
        this.old.delete(key)
        this.put(key, value)
    }

    private put(key: K, value: V): void {
        if (this.young.size >= this.half && !this.young.has(key)) {
            this.old = this.young
            this.young = new Map()
        }
        this.young.set(key, value)
    }

    delete(key: K): void {
        this.young.delete(key)
        this.old.delete(key)
    }

    /** Entries held now (never more than `capacity`). */
    get size(): number {
        return this.young.size + this.old.size
    }

    clear(): void {
        this.young.clear()
        this.old.clear()
    }
}
