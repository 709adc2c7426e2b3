import BetterSqlite3 from 'better-sqlite3'
import { APP_DIR, buildIsStale, runBuild } from '../src/local/build'
import { GlideRecord } from '../src/local/glide'
import { Instance } from '../src/local/instance'
import { newSysId } from '../src/local/store/store'
import { result, time, type BenchResult } from './harness'

function insert(table: string, values: Record<string, string | number | boolean>): string {
    const gr = new GlideRecord(table)
    gr.initialize()
    for (const [k, v] of Object.entries(values)) gr.setValue(k, v)
    const id = gr.insert()
    if (!id) throw new Error(`bench setup: insert into ${table} refused`)
    return id
}

/**
 * One state change of a change request whose CAB has `approvers` members: from the update that
 * moves it to Authorize until every sys_email row is written (approval rows, events, tailored
 * notifications, rendering), against raw SQL writing the same email rows in one transaction.
 */
export function benchChangeNotifications(approvers: number): BenchResult[] {
    if (buildIsStale()) runBuild(undefined, 'pipe')
    const instance = Instance.create({ db: ':memory:' })
    instance.install(APP_DIR)
    let requester = ''
    instance.run(() => {
        const cab = insert('sys_user_group', { name: 'Change Advisory Board' })
        for (let i = 0; i < approvers; i++) {
            const u = insert('sys_user', { user_name: `cab.${i}`, name: `Approver ${i}`, email: `cab.${i}@example.com` })
            insert('sys_user_grmember', { user: u, group: cab })
        }
        requester = insert('sys_user', { user_name: 'requester', name: 'Rita Requester', email: 'rita@example.com' })
        instance.drain()
    })
    /** A change in Assess, its earlier mail already sent (not measured). */
    const assessed = (): string =>
        instance.run(() => {
            const id = insert('change_request', {
                short_description: 'Upgrade mail gateway',
                risk: 2,
                impact: 2,
                requested_by: requester,
                implementation_plan: 'Drain, upgrade, restore',
                backout_plan: 'Restore the snapshot',
                test_plan: 'Send test mail',
                start_date: '2026-12-01 22:00:00',
                end_date: '2026-12-02 02:00:00',
            })
            const gr = new GlideRecord('change_request')
            gr.get(id)
            gr.setValue('state', -4)
            gr.update()
            instance.drain()
            return id
        })
    /** The measured step: the update to Authorize until every email is written. */
    const authorize = (change: string): number =>
        time(() =>
            instance.run(() => {
                const gr = new GlideRecord('change_request')
                gr.get(change)
                gr.setValue('state', -3)
                gr.update()
                instance.drain()
            }),
        )
    const emailCount = () => (instance.store.prepare('SELECT COUNT(*) AS n FROM sys_email').get() as { n: number }).n
    // Steady state, as for the other benchmarks: one change through first, so modules are loaded and code is warm.
    authorize(assessed())
    // Baseline: raw SQL inserting the very rows the subject wrote (every column) into a copy of the
    // instance's sys_email table (its DDL and indexes), in one transaction per change. It runs right
    // after each measured change, so both see the same machine (a shared VM drifts over seconds).
    const ddl = instance.store.prepare("SELECT sql FROM sqlite_master WHERE tbl_name = 'sys_email' AND sql IS NOT NULL ORDER BY type DESC").all() as Array<{ sql: string }>
    const columns = (instance.store.prepare('SELECT * FROM sys_email LIMIT 1').columns() as Array<{ name: string }>).map((c) => c.name)
    const raw = new BetterSqlite3(':memory:')
    for (const d of ddl) raw.exec(d.sql)
    const stmt = raw.prepare(`INSERT INTO sys_email VALUES (${columns.map(() => '?').join(', ')})`)
    const sysIdAt = columns.indexOf('sys_id')
    const rawInsert = (rows: unknown[][]): number =>
        time(() =>
            raw.transaction(() => {
                for (const r of rows) {
                    const copy = r.slice()
                    copy[sysIdAt] = newSysId()
                    stmt.run(...copy)
                }
            })(),
        )
    const RUNS = 20
    const subjects: number[] = []
    const baselines: number[] = []
    let emails = 0
    const hook = (globalThis as { __benchHook?: (phase: string) => void }).__benchHook
    for (let run = 0; run < RUNS; run++) {
        const change = assessed()
        const before = emailCount()
        if (run === RUNS - 1) hook?.('start')
        subjects.push(authorize(change))
        if (run === RUNS - 1) hook?.('stop')
        const rows = instance.store.prepare('SELECT * FROM sys_email ORDER BY rowid').raw().all().slice(before) as unknown[][]
        if (rows.length < approvers) throw new Error(`expected at least ${approvers} emails, got ${rows.length}`)
        emails += rows.length
        baselines.push(rawInsert(rows))
    }
    instance.close()
    raw.close()
    // Medians per change: one garbage collection in a 2 ms baseline would otherwise swing the ratio.
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]
    const subject = median(subjects)
    const perChange = emails / RUNS
    return [result(`change to Authorize with ${approvers} approvers -> ${perChange} tailored emails (median of ${RUNS} changes)`, subject, median(baselines), 5, `${(subject / perChange).toFixed(3)} ms per email`)]
}
