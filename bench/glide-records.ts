import BetterSqlite3 from 'better-sqlite3'
import { GlideRecord } from '../src/local/glide'
import { Instance } from '../src/local/instance'
import { result, time, type BenchResult } from './harness'
import { copyTableDdl } from './baseline-tables'

const N = 100_000
const QUERY = 'priority>=2^nameSTARTSWITHrec-'

/** GlideRecord with one before and one after rule vs raw better-sqlite3, same writes and reads, one transaction each. */
export function benchGlideRecords(): BenchResult[] {
    const instance = Instance.create({ db: ':memory:' })
    instance.run(() => {
        instance.store.defineTables(
            [{ name: 'u_bench', label: 'Bench', columns: { name: { type: 'string' }, priority: { type: 'integer' }, score: { type: 'decimal' }, note: { type: 'string' } } }],
            'global',
        )
        const rule = (values: Record<string, string | number | boolean>) => {
            const gr = new GlideRecord('sys_script')
            gr.initialize()
            for (const [k, v] of Object.entries({ active: true, action_insert: true, collection: 'u_bench', order: 100, ...values })) gr.setValue(k, v)
            gr.setWorkflow(false)
            gr.insert()
        }
        rule({ name: 'before', when: 'before', script: "current.setValue('note', 'p' + current.getValue('priority'));" })
        rule({ name: 'after', when: 'after', script: "if (current.getValue('priority') === '9') gs.info('nine');" })
    })

    // The baseline writes into a copy of the very table the subject writes (its DDL and its indexes:
    // the platform indexes sys_class_name and name), so both pay for the same index maintenance.
    const raw = new BetterSqlite3(':memory:')
    copyTableDdl(instance, raw, 'u_bench')

    const insertGlide = time(() =>
        instance.run(() =>
            instance.store.transaction(() => {
                for (let i = 0; i < N; i++) {
                    const gr = new GlideRecord('u_bench')
                    gr.initialize()
                    gr.setValue('name', `rec-${i}`)
                    gr.setValue('priority', i % 5)
                    gr.setValue('score', i / 10)
                    gr.insert()
                }
            }),
        ),
    )
    const insertRaw = time(() => {
        const stmt = raw.prepare('INSERT INTO u_bench (sys_id, sys_created_on, sys_created_by, sys_updated_on, sys_updated_by, sys_mod_count, sys_class_name, name, priority, score, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
        raw.transaction(() => {
            for (let i = 0; i < N; i++) {
                const now = new Date().toISOString().slice(0, 19).replace('T', ' ')
                stmt.run(instance.store.newSysId(), now, 'system', now, 'system', 0, 'u_bench', `rec-${i}`, i % 5, i / 10, `p${i % 5}`)
            }
        })()
    })

    let glideRows = 0
    let rawRows = 0
    const glideRun = () =>
        time(() =>
            instance.run(() => {
                glideRows = 0
                const gr = new GlideRecord('u_bench')
                gr.addEncodedQuery(QUERY)
                gr.query()
                while (gr.next()) {
                    if (gr.getValue('name') && gr.getValue('note')) glideRows++
                }
            }),
        )
    const rawRun = () =>
        time(() => {
            rawRows = 0
            const rows = raw.prepare("SELECT * FROM u_bench WHERE priority >= ? AND name LIKE ? ESCAPE '\\'").all(2, 'rec-%') as Array<{ name: string; note: string }>
            for (const r of rows) if (r.name && r.note) rawRows++
        })
    // Alternate subject and baseline and keep the median of each, so warm-up and GC land on both.
    const g: number[] = []
    const r: number[] = []
    for (let i = 0; i < 5; i++) {
        g.push(glideRun())
        r.push(rawRun())
    }
    const mid = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]
    const queryGlide = mid(g)
    const queryRaw = mid(r)
    if (glideRows !== rawRows) throw new Error(`query mismatch: GlideRecord read ${glideRows} rows, raw SQL ${rawRows}`)
    // Updates and deletes of a tenth of the rows, each through GlideRecord with its rules (the before rule
    // is an insert rule: the update runs none but is looked up), against raw SQL doing the same writes.
    const M = N / 10
    const ids = (instance.store.prepare('SELECT sys_id FROM u_bench ORDER BY sys_id LIMIT ?').all(2 * M) as Array<{ sys_id: string }>).map((r) => r.sys_id)
    // The baseline's rows are its own (other sys_ids): the same rows are copied in, outside the clock.
    const copy = raw.prepare('INSERT INTO u_bench (sys_id, name, priority, score, note, sys_class_name) VALUES (?, ?, ?, ?, ?, ?)')
    raw.transaction(() => {
        for (const id of ids) {
            const r = instance.store.prepare('SELECT name, priority, score, note FROM u_bench WHERE sys_id = ?').get(id) as { name: string; priority: number; score: number; note: string }
            copy.run(id, r.name, r.priority, r.score, r.note, 'u_bench')
        }
    })()
    const updateGlide = time(() =>
        instance.run(() =>
            instance.store.transaction(() => {
                const gr = new GlideRecord('u_bench')
                for (let i = 0; i < M; i++) {
                    gr.get(ids[i])
                    gr.setValue('score', i)
                    gr.update()
                }
            }),
        ),
    )
    const updateRaw = time(() => {
        const read = raw.prepare('SELECT * FROM u_bench WHERE sys_id = ?')
        const stmt = raw.prepare('UPDATE u_bench SET score = ?, sys_updated_on = ?, sys_updated_by = ?, sys_mod_count = ? WHERE sys_id = ?')
        raw.transaction(() => {
            for (let i = 0; i < M; i++) {
                read.get(ids[i])
                const now = new Date().toISOString().slice(0, 19).replace('T', ' ')
                stmt.run(i, now, 'system', 1, ids[i])
            }
        })()
    })
    const deleteGlide = time(() =>
        instance.run(() =>
            instance.store.transaction(() => {
                const gr = new GlideRecord('u_bench')
                for (let i = M; i < 2 * M; i++) {
                    gr.get(ids[i])
                    gr.deleteRecord()
                }
            }),
        ),
    )
    const deleteRaw = time(() => {
        const read = raw.prepare('SELECT * FROM u_bench WHERE sys_id = ?')
        const stmt = raw.prepare('DELETE FROM u_bench WHERE sys_id = ?')
        raw.transaction(() => {
            for (let i = M; i < 2 * M; i++) {
                read.get(ids[i])
                stmt.run(ids[i])
            }
        })()
    })

    instance.close()
    raw.close()
    return [
        result(`insert ${N.toLocaleString('en')} via GlideRecord (+1 before, +1 after rule)`, insertGlide, insertRaw, 4, `${Math.round(N / (insertGlide / 1000)).toLocaleString('en')} records/s`),
        result(`update ${M.toLocaleString('en')} via GlideRecord (get, setValue, update)`, updateGlide, updateRaw, 4),
        result(`delete ${M.toLocaleString('en')} via GlideRecord (get, deleteRecord)`, deleteGlide, deleteRaw, 4),
        result(`query back "${QUERY}" (${glideRows.toLocaleString('en')} rows)`, queryGlide, queryRaw, 2),
    ]
}
