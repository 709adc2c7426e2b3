import BetterSqlite3 from 'better-sqlite3'
import { APP_DIR, buildIsStale, runBuild } from '../src/local/build'
import { GlideRecord } from '../src/local/glide'
import { Instance } from '../src/local/instance'
import { newSysId } from '../src/local/store/store'
import { result, time, type BenchResult } from './harness'
import { columnsOf, copyTableDdl } from './baseline-tables'

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
 * moves it to Authorize until every sys_email row is written (approval rows written with business
 * rules running, as a scoped app's writes to the global sysapproval_approver table must be: the base
 * "approval events" rule queues approval.inserted for each and the base Approval Request notification
 * weighs each event; the app's tailored notifications, rendering), against raw SQL inserting every row
 * the subject inserted, in one
 * transaction. As on the platform, an email is one send with up to glide.email.smtp.max_recipients
 * (100) recipients, with its sys_email_log row.
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
    // Steady state, as for the other benchmarks: one change through first, so modules are loaded and code is warm.
    authorize(assessed())
    // Baseline: raw SQL inserting the very rows the subject wrote, in every table (approval rows, events,
    // sys_email and sys_email_log rows ...; every column), into copies of those tables (their DDL and
    // indexes), in one transaction per change. Since the platform writes one sys_email per send (up to
    // 100 recipients) the email rows alone are a small part of the write; the baseline therefore covers
    // all of it. It runs right after each measured change, so both see the same machine.
    const tables = (instance.store.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as Array<{ name: string }>).map((t) => t.name)
    const high = (): Map<string, number> =>
        new Map(tables.map((t) => [t, (instance.store.prepare(`SELECT COALESCE(MAX(rowid), 0) AS n FROM "${t}"`).get() as { n: number }).n]))
    const raw = new BetterSqlite3(':memory:')
    const copies = new Map<string, { stmt: BetterSqlite3.Statement; sysIdAt: number }>()
    const copyOf = (table: string) => {
        let c = copies.get(table)
        if (!c) {
            copyTableDdl(instance, raw, table)
            const columns = columnsOf(instance, table)
            c = { stmt: raw.prepare(`INSERT INTO "${table}" VALUES (${columns.map(() => '?').join(', ')})`), sysIdAt: columns.indexOf('sys_id') }
            copies.set(table, c)
        }
        return c
    }
    const written = (before: Map<string, number>): Array<[string, unknown[][]]> => {
        const out: Array<[string, unknown[][]]> = []
        for (const [table, n] of high()) {
            if (n <= (before.get(table) ?? 0)) continue
            out.push([table, instance.store.prepare(`SELECT * FROM "${table}" WHERE rowid > ? ORDER BY rowid`).raw().all(before.get(table) ?? 0) as unknown[][]])
        }
        return out
    }
    const rawInsert = (rows: Array<[string, unknown[][]]>): number => {
        const targets = rows.map(([table, list]) => [copyOf(table), list] as const)
        return time(() =>
            raw.transaction(() => {
                for (const [c, list] of targets) {
                    for (const r of list) {
                        const copy = r.slice()
                        if (c.sysIdAt >= 0) copy[c.sysIdAt] = newSysId()
                        c.stmt.run(...copy)
                    }
                }
            })(),
        )
    }
    const recipientsAt = (instance.store.prepare('SELECT * FROM sys_email LIMIT 1').columns() as Array<{ name: string }>).findIndex((c) => c.name === 'recipients')
    // Each sample is BATCH changes in a row, each timed on its own with its baseline right after it; the
    // sample is their sum on each side, and the ratio compares the medians of the sums. Per-change work is
    // the same on both sides (each change its own update and drain, each baseline its own transaction);
    // summing smooths the noise of a ~15 ms subject against a ~3 ms baseline on a shared machine, and a
    // garbage collection counts in the sample it falls in instead of being dropped with a per-change median.
    const BATCH = 4
    const SAMPLES = 10
    const RUNS = BATCH * SAMPLES
    const subjects: number[] = []
    const baselines: number[] = []
    let emails = 0
    let recipients = 0
    let rowCount = 0
    const hook = (globalThis as { __benchHook?: (phase: string) => void }).__benchHook
    for (let sample = 0; sample < SAMPLES; sample++) {
        let subject = 0
        let baseline = 0
        for (let i = 0; i < BATCH; i++) {
            const change = assessed()
            const before = high()
            hook?.('start')
            subject += authorize(change)
            hook?.('stop')
            const rows = written(before)
            const mail = rows.find(([t]) => t === 'sys_email')?.[1] ?? []
            const addressed = mail.reduce((n, r) => n + String(r[recipientsAt] ?? '').split(',').filter(Boolean).length, 0)
            if (addressed < approvers) throw new Error(`expected at least ${approvers} recipients, got ${addressed}`)
            emails += mail.length
            recipients += addressed
            rowCount += rows.reduce((n, [, list]) => n + list.length, 0)
            baseline += rawInsert(rows)
        }
        subjects.push(subject / BATCH)
        baselines.push(baseline / BATCH)
    }
    instance.close()
    raw.close()
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]
    const subject = median(subjects)
    const perChange = emails / RUNS
    const perRecipient = recipients / RUNS
    return [
        result(
            `change to Authorize with ${approvers} approvers -> ${perChange} emails to ${perRecipient} recipients, ${rowCount / RUNS} rows (median of ${SAMPLES} samples of ${BATCH} changes)`,
            subject,
            median(baselines),
            5,
            `${(subject / perRecipient).toFixed(3)} ms per recipient`,
        ),
    ]
}
