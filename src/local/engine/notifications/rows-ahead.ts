import type { Statement } from 'better-sqlite3'
import { quoteIdent, type Row, type Store } from '../../store/store'

/** Ids per statement: small enough to keep each statement cheap to prepare and cache (one shape per length). */
const CHUNK = 100

/** A read is worth doing ahead only for a table with at least this many of the batch's events. */
const MIN_EVENTS = 2

/**
 * The records of a batch of events, read ahead in one query per table instead of one per event (a CAB's
 * 200 approvals queue 200 approval.inserted events, each naming its approval). A row read ahead is handed
 * out only while the database is exactly as it was when it was read: SQLite's total_changes() (every row
 * inserted, updated or deleted on this connection, rolled back or not, only ever growing) and the
 * dictionary's version are what they were then. Any write since, by any subscriber, drops them all, and
 * the event reads its record itself (Store.getRow), as it would have without this. Each row is handed out
 * once: a second event for the same record reads it again.
 */
export class RowsAhead {
    private rows: Map<string, Row> | null = null
    private changes = -1
    private schemaVersion = -1
    private changesStatement: Statement | null = null

    constructor(private readonly store: Store) {}

    /** Reads the rows of these (table, sys_id) pairs, for tables named by at least MIN_EVENTS of them. */
    start(wanted: ReadonlyMap<string, readonly string[]>): void {
        this.end()
        const rows = new Map<string, Row>()
        for (const [table, ids] of wanted) {
            if (ids.length < MIN_EVENTS) continue
            const info = this.store.schema.table(table)
            // As Store.getRow: restricted to the table's family only where the physical table holds other classes too.
            const byClass = info.family.length !== this.store.schema.membersOf(info.root).length
            const unique = [...new Set(ids)]
            for (let i = 0; i < unique.length; i += CHUNK) {
                const chunk = unique.slice(i, i + CHUNK)
                const sql = `SELECT * FROM ${quoteIdent(info.root)} WHERE sys_id IN (${chunk.map(() => '?').join(', ')})${byClass ? ` AND sys_class_name IN (${info.family.map(() => '?').join(', ')})` : ''}`
                for (const row of this.store.rows(sql, byClass ? [...chunk, ...info.family] : chunk)) rows.set(key(table, String(row.sys_id)), row)
            }
        }
        if (!rows.size) return
        this.rows = rows
        this.changes = this.totalChanges()
        this.schemaVersion = this.store.schemaVersion
    }

    /** The row read ahead for this record, if the database has not changed since; undefined when it must be read. */
    take(table: string, sysId: string): Row | undefined {
        if (!this.rows) return undefined
        if (this.totalChanges() !== this.changes || this.store.schemaVersion !== this.schemaVersion) {
            this.end()
            return undefined
        }
        const k = key(table, sysId)
        const row = this.rows.get(k)
        if (row) this.rows.delete(k)
        return row
    }

    end(): void {
        this.rows = null
    }

    private totalChanges(): number {
        this.changesStatement ??= this.store.db.prepare('SELECT total_changes()').pluck()
        return this.changesStatement.get() as number
    }
}

function key(table: string, sysId: string): string {
    return `${table}\u0000${sysId}`
}
