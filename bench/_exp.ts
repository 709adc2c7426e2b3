import BetterSqlite3 from 'better-sqlite3'
import { APP_DIR } from '../src/local/build'
import { Instance } from '../src/local/instance'
import { copyTableDdl, columnsOf } from './baseline-tables'
const instance = Instance.create({ db: ':memory:' })
instance.install(APP_DIR)
const store = instance.store
const t = 'x_psm_persona_assignment'
const root = store.schema.table(t).root
console.log('root', root, store.prepare("SELECT COUNT(*) n FROM sqlite_master WHERE tbl_name = ?").get(root))
const raw = new BetterSqlite3(':memory:')
copyTableDdl(instance, raw, root)
const N = 3000
if (process.env.TS) (store as any).db.pragma('temp_store = MEMORY')
console.log((store as any).db.pragma('temp_store'), (store as any).db.pragma('journal_mode'))
const mk = () => ({ sys_id: store.newSysId(), sys_class_name: t, sys_created_on: '2026-01-01 00:00:00', sys_created_by: 'x', sys_updated_on: '2026-01-01 00:00:00', sys_updated_by: 'x', sys_mod_count: 0, user: store.newSysId(), from_persona: store.newSysId(), to_persona: store.newSysId(), reason: 'scored', explanation: 'x'.repeat(300), distance: 1, margin: 2 })
const rowsA = Array.from({ length: N }, mk)
const rowsB = Array.from({ length: N }, mk)
const rowsC = Array.from({ length: N }, mk)
let t0 = performance.now()
store.transaction(() => { for (const r of rowsA) store.insertRow(t, r) })
console.log('store one tx', (performance.now() - t0).toFixed(1))
t0 = performance.now()
store.batched(() => { for (const r of rowsB) store.transaction(() => store.insertRow(t, r)) })
console.log('store savepoint each', (performance.now() - t0).toFixed(1))
const cols = Object.keys(rowsC[0])
const ins = raw.prepare(`INSERT INTO "${root}" (${cols.map((c) => `"${c}"`).join(',')}) VALUES (${cols.map(() => '?').join(',')})`)
t0 = performance.now()
raw.transaction(() => { for (const r of rowsC) ins.run(...cols.map((c) => (r as any)[c])) })()
console.log('raw', (performance.now() - t0).toFixed(1))
const rowsD = Array.from({ length: N }, mk)
const tx = raw.transaction((r: any) => ins.run(...cols.map((c) => r[c])))
t0 = performance.now()
raw.transaction(() => { for (const r of rowsD) tx(r) })()
console.log('raw savepoint each', (performance.now() - t0).toFixed(1))
const rowsE = Array.from({ length: N }, mk)
t0 = performance.now()
raw.transaction(() => { for (const r of rowsE) tx(r) })()
console.log('raw savepoint each 2', (performance.now() - t0).toFixed(1))
