import type { Store } from '../../src/local/store/store'

/**
 * The reads and writes `fn` asks of the store: SQL text, or `getRow <table>` for a read by sys_id.
 * Tests that pin how often a path reads (issue 17's cost per order) count these.
 */
export function statementsDuring(store: Store, fn: () => void): string[] {
    const seen: string[] = []
    // The originals, taken before the spies replace them.
    const prepare = store.prepare.bind(store)
    const all = store.rows.bind(store)
    const one = store.row.bind(store)
    const getRow = store.getRow.bind(store)
    const spies = [
        jest.spyOn(store, 'prepare').mockImplementation((sql: string) => (seen.push(sql), prepare(sql))),
        jest.spyOn(store, 'rows').mockImplementation((sql: string, params: readonly unknown[]) => (seen.push(sql), all(sql, params))),
        jest.spyOn(store, 'row').mockImplementation((sql: string, params: readonly unknown[]) => (seen.push(sql), one(sql, params))),
        jest.spyOn(store, 'getRow').mockImplementation((table: string, id: string) => (seen.push(`getRow ${table}`), getRow(table, id))),
    ]
    try {
        fn()
    } finally {
        for (const spy of spies) spy.mockRestore()
    }
    return seen
}
