import type { Instance } from '../../src/local/instance'
import { installedInstance } from '../support/instance'
import { insert } from '../support/records'

/*
 * Issue 17 (rescoring 100,000 profiles): the job walks the stale profiles in sys_id order, a chunk at a time.
 * Each chunk must be one ordered index read: on an index of stale alone, the database read every stale profile
 * and sorted them all again for every chunk (200 chunks x up to 100,000 rows for 100,000 profiles).
 */

interface Batch {
    markAllStale(): number
    rescoreStaleProfiles(): { rescored: number; chunks: number }
}

let instance: Instance
beforeAll(() => {
    instance = installedInstance()
    instance.run(() => {
        for (let i = 0; i < 12; i++) insert('sys_user', { user_name: `chunk.${i}`, first_name: 'Chunk', last_name: String(i) })
    })
}, 120_000)
afterAll(() => instance.close())

test('each chunk of a rescoring run is read in sys_id order from the (stale, sys_id) index, without sorting the stale profiles', () => {
    const store = instance.store
    const batch = instance.appModule<Batch>('src/server/persona/rescore-batch.ts')
    const reads: Array<{ sql: string; params: readonly unknown[] }> = []
    const rowsOf = store.rows.bind(store)
    const spy = jest.spyOn(store, 'rows').mockImplementation((sql: string, params: readonly unknown[]) => {
        if (/FROM "x_psm_persona_profile"/.test(sql) && /"stale" = \?/.test(sql) && /ORDER BY/.test(sql)) reads.push({ sql, params })
        return rowsOf(sql, params)
    })
    let summary = { rescored: 0, chunks: 0 }
    let stale = 0
    try {
        instance.run(() => {
            instance.properties.set('x_psm_persona.scoring.batch_size', '5')
            stale = batch.markAllStale()
            summary = batch.rescoreStaleProfiles()
        })
    } finally {
        spy.mockRestore()
        instance.run(() => instance.properties.set('x_psm_persona.scoring.batch_size', '500'))
    }
    expect(stale).toBeGreaterThanOrEqual(12)
    expect(summary.rescored).toBe(stale)
    // Chunks of 5: the first read, one with "sys_id > the last one" per further chunk, and the empty one that ends the run.
    expect(reads.length).toBeGreaterThanOrEqual(3)
    expect(reads.some((r) => /"sys_id" > \?/.test(r.sql))).toBe(true)
    for (const read of reads) {
        const plan = (store.prepare(`EXPLAIN QUERY PLAN ${read.sql}`).all(...read.params) as Array<{ detail: string }>).map((r) => r.detail).join(' | ')
        expect(plan).toMatch(/USING INDEX x_psm_persona_profile_stale_sys_id \(stale=\?/)
        expect(plan).not.toMatch(/TEMP B-TREE/)
    }
})
