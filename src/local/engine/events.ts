import { runtime, type EventSink } from '../glide/runtime'
import { activeQuota } from '../store/quota'
import { sqlLimit } from '../store/sql-limit'
import type { Store } from '../store/store'
import { cutToLength } from '../store/values'

/** "Event [sysevent] | Every day | 7 | Rotation" ("Log history"): rows older than this are gone. */
const RETENTION_DAYS = 7
const DAY_MS = 86_400_000

export interface SysEvent {
    sysId: string
    name: string
    table: string
    instance: string
    parm1: string
    parm2: string
    queue: string
    userId: string
    userName: string
    createdOn: string
}

export type EventHandler = (event: SysEvent) => void

type EventState = 'processed' | 'error'

/**
 * A ready event as process() reads it: the columns of READY_SQL. Read through Store.rows, which reads arrays
 * and fills one generated class per column list: a CAB's 200 approval.inserted events are read at once, and
 * better-sqlite3 building each row object property by property costs about as much as the read.
 */
interface EventRow {
    rowid: number
    sys_id: string
    name: string
    table: string | null
    instance: string | null
    parm1: string | null
    parm2: string | null
    queue: string | null
    user_id: string | null
    user_name: string | null
    sys_created_on: string
}

const READY_SQL =
    'SELECT rowid, sys_id, name, "table", instance, parm1, parm2, queue, user_id, user_name, sys_created_on FROM sysevent ' +
    "WHERE state = 'ready' AND (process_on IS NULL OR process_on <= ?) ORDER BY sys_created_on, rowid"

/**
 * gs.eventQueue writes a `sysevent` row inside the caller's transaction (so a rolled-back write
 * leaves no event, and a committed one is never lost); the processor later hands ready events to
 * subscribers (notifications, script actions) and marks them processed.
 */
export class EventQueue implements EventSink {
    private readonly handlers: EventHandler[] = []

    constructor(private readonly store: Store) {}

    subscribe(handler: EventHandler): void {
        this.handlers.push(handler)
    }

    /** A parameter as sysevent stores it: cut at the column's dictionary max_length (4000). */
    private parm(field: 'parm1' | 'parm2', value: string): string | null {
        if (!value) return null
        const col = this.store.schema.column('sysevent', field)
        return col ? cutToLength(col.type, value, col.maxLength) : value
    }

    queue(name: string, table: string, instance: string, parm1: string, parm2: string, queue: string): void {
        const now = this.store.clock()
        const session = runtime().session
        // Appended (Store.appendRow): undone by its deletion if the write that queued it fails, without a savepoint.
        this.store.appendRow('sysevent', {
            sys_id: this.store.newSysId(),
            sys_class_name: 'sysevent',
            sys_created_on: now,
            sys_created_by: session.userName,
            sys_updated_on: now,
            sys_updated_by: session.userName,
            sys_mod_count: 0,
            name,
            table: table || null,
            instance: instance || null,
            parm1: this.parm('parm1', parm1),
            parm2: this.parm('parm2', parm2),
            queue: queue || null,
            state: 'ready',
            process_on: now,
            user_id: session.userId,
            user_name: session.userName,
        })
    }

    pending(): number {
        return (this.store.prepare("SELECT COUNT(*) AS n FROM sysevent WHERE state = 'ready'").get() as { n: number }).n
    }

    /** The day (YYYY-MM-DD) of the last rotation; the processor rotates once a day. */
    private rotatedOn = ''

    /**
     * Table rotation of sysevent: "Table Rotation works by rotating among a small set of tables, and
     * deleting and reusing the old tables for new data" ("Applying database rotation techniques",
     * which lists `sysevent`), on the schedule "Event [sysevent] | Every day | 7 | Rotation" ("Log
     * history"). Locally the oldest day's rows are deleted instead of a shard being truncated: once a
     * day, every event created more than 7 days ago is removed, processed or not. Returns how many.
     */
    rotate(): number {
        const now = this.store.clock()
        this.rotatedOn = now.slice(0, 10)
        const cutoff = new Date(Date.parse(`${now.replace(' ', 'T')}Z`) - RETENTION_DAYS * DAY_MS).toISOString().slice(0, 19).replace('T', ' ')
        return this.store.transaction(() => this.store.prepare('DELETE FROM sysevent WHERE sys_created_on < ?').run(cutoff).changes)
    }

    private readyIndexed = false

    /**
     * The processor looks for ready events many times a second while sysevent holds a week of processed
     * ones: a partial index on the ready rows keeps that lookup as small as the queue, not the table.
     */
    private indexReady(): void {
        if (this.readyIndexed || !this.store.schema.has('sysevent')) return
        this.store.db.exec('CREATE INDEX IF NOT EXISTS "sysevent__ready" ON "sysevent" ("sys_created_on") WHERE "state" = \'ready\'')
        this.readyIndexed = true
    }

    /**
     * Processes up to `limit` ready events in the order they were queued; returns how many.
     *
     * The batch is one transaction. A subscriber that fails marks its event 'error' and keeps what it
     * wrote, as on the platform (processOne); each write of a subscriber is atomic on its own (a record's
     * write with its rules, a notification's emails), so an event needs no savepoint of its own: its
     * subscribers' work joins the transaction, and an event whose notifications write their emails pays
     * for their savepoint only, not for a second one around it. The events' states are written together
     * at the end, in the same transaction as their work: a crash before the commit leaves all of them
     * ready, with nothing of their work, so they are processed again, never half. Should processing an
     * event itself fail (not a subscriber: processOne catches theirs), the whole batch is rolled back and
     * the failure raised, so no event is left with part of its work and no state. Under a transaction
     * quota (a drain inside a request) each event commits on its own, so the quota cancelling one keeps
     * the others.
     */
    process(limit = 500): number {
        this.indexReady()
        const rows = this.store.rows(`${READY_SQL}${sqlLimit(limit)}`, [this.store.clock()]) as unknown as EventRow[]
        if (activeQuota()) {
            for (const r of rows) this.store.transaction(() => this.markProcessed([[r, this.processOne(r), this.store.clock()]]))
        } else if (rows.length) {
            this.store.transaction(() => {
                const done: Array<[row: EventRow, state: EventState, processed: string]> = []
                for (const r of rows) done.push([r, this.processOne(r), this.store.clock()])
                this.markProcessed(done)
            })
        }
        // Once the queue is drained, the day's rotation (ready events are processed before they can age out).
        if (rows.length < limit && this.store.clock().slice(0, 10) !== this.rotatedOn) this.rotate()
        return rows.length
    }

    /**
     * Hands one event to every subscriber; returns its state ('error' when a subscriber failed). Never throws
     * for a subscriber: its failure is logged and the others still run.
     */
    private processOne(r: EventRow): EventState {
        const event = toEvent(r)
        let state: EventState = 'processed'
        for (const h of this.handlers) {
            try {
                h(event)
            } catch (e) {
                state = 'error'
                runtime().log('error', `Event ${event.name} handler failed: ${e instanceof Error ? e.message : String(e)}`)
            }
        }
        return state
    }

    /**
     * Writes the events' states and processing times, one UPDATE per event by the rowid it was read with
     * (one lookup each, where sys_id costs its index's lookup and then the row's). A row must still have its
     * sys_id: a subscriber that deleted an event row lets SQLite give its rowid to the next row inserted,
     * which is not marked in its place. One prepared statement run per row costs a quarter of one statement
     * matching the rows against JSON lists (json_each), which builds and probes two lists for the batch.
     */
    private markProcessed(done: ReadonlyArray<readonly [row: EventRow, state: EventState, processed: string]>): void {
        if (!done.length) return
        // `+sys_id`: the sys_id test filters the row found by rowid; it must not become the lookup.
        const stmt = this.store.prepare('UPDATE sysevent SET state = ?, processed = ?, sys_updated_on = ? WHERE rowid = ? AND +sys_id = ?')
        for (const [row, state, processed] of done) stmt.run(state, processed, processed, row.rowid, row.sys_id)
    }
}

function toEvent(r: EventRow): SysEvent {
    return {
        sysId: r.sys_id,
        name: r.name,
        table: r.table ?? '',
        instance: r.instance ?? '',
        parm1: r.parm1 ?? '',
        parm2: r.parm2 ?? '',
        queue: r.queue ?? '',
        userId: r.user_id ?? '',
        userName: r.user_name ?? '',
        createdOn: r.sys_created_on,
    }
}
