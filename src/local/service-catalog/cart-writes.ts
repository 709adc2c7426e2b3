import { runtime } from '../glide/runtime'

/*
 * What the service catalog's own code keeps between reads (a CartJS's cart, its lines, the user it checked,
 * catalog items read for the checks) is right while the tables it came from are not written: these counters
 * say when they are, per instance.
 */

/**
 * Writes heard on one instance (through its record operations, rollbacks included), per table whose
 * records a CartJS holds: sc_cart (the cart), sc_cart_item (its lines), sc_cat_item (the lines' names),
 * sys_user (the requested-for user it found). A table extending one of them counts as it: a record
 * producer (sc_cat_item_producer) is a catalog item, read and named through sc_cat_item.
 */
export interface CartWrites {
    n: number
    lines: number
    items: number
    users: number
}
const cartWrites = new WeakMap<object, CartWrites>()

const COUNTED: ReadonlyArray<[root: string, counter: keyof CartWrites]> = [
    ['sc_cart', 'n'],
    ['sc_cart_item', 'lines'],
    ['sc_cat_item', 'items'],
    ['sys_user', 'users'],
]

/** The counters a write to `table` moves: those of the counted tables in its ancestry (its own name when the dictionary does not know it). */
function countersOf(table: string): Array<keyof CartWrites> {
    const schema = runtime().store.schema
    const lineage = schema.has(table) ? schema.ancestry(table) : [table]
    return COUNTED.filter(([root]) => lineage.includes(root)).map(([, counter]) => counter)
}

/** The instance's counts of those writes, or null when its operations report no changes (nothing is kept then). */
export function cartWritesOf(): CartWrites | null {
    const ops = runtime().operations as object & { onChange?: (listener: (table: string) => void) => void }
    let writes = cartWrites.get(ops)
    if (!writes && typeof ops.onChange === 'function') {
        const counter: CartWrites = { n: 0, lines: 0, items: 0, users: 0 }
        // The counters each table's writes move, by table name, for the dictionary they were worked out under.
        let known = new Map<string, Array<keyof CartWrites>>()
        let schema = -1
        // A rolled-back write is reported again (record-ops), so a cart read inside it is dropped too.
        ops.onChange((table) => {
            const version = runtime().store.schemaVersion
            if (version !== schema) {
                known = new Map()
                schema = version
            }
            let counters = known.get(table)
            if (!counters) known.set(table, (counters = countersOf(table)))
            for (const c of counters) counter[c]++
        })
        cartWrites.set(ops, (writes = counter))
    }
    return writes ?? null
}

/**
 * Records were written past the record operations (an install, an uninstall: Instance.metadataChanged): every
 * counter moves, so nothing a CartJS or the cart kept from before is used again.
 */
export function forgetCartReads(ops: object): void {
    const writes = cartWrites.get(ops)
    if (!writes) return
    for (const [, counter] of COUNTED) writes[counter]++
}
