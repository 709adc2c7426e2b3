import type BetterSqlite3 from 'better-sqlite3'
import type { Instance } from '../src/local/instance'

/*
 * Baselines write into copies of the very tables the subject writes (their DDL and indexes), so both
 * sides pay for the same index upkeep and the ratio measures the platform semantics, not the schema.
 */

/** Creates `table` in the baseline database with the instance's DDL and indexes. */
export function copyTableDdl(from: Instance, to: BetterSqlite3.Database, table: string): void {
    const ddl = from.store.prepare('SELECT sql FROM sqlite_master WHERE tbl_name = ? AND sql IS NOT NULL ORDER BY type DESC').all(table) as Array<{ sql: string }>
    for (const d of ddl) to.exec(d.sql)
}

/** The column names of an instance table, in their stored order. */
export function columnsOf(from: Instance, table: string): string[] {
    return (from.store.prepare(`SELECT * FROM "${table}" LIMIT 1`).columns() as Array<{ name: string }>).map((c) => c.name)
}

/** Creates `table` in the baseline database as above and copies its rows, in one transaction. */
export function copyTable(from: Instance, to: BetterSqlite3.Database, table: string): void {
    copyTableDdl(from, to, table)
    const columns = columnsOf(from, table)
    const copy = to.prepare(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`)
    to.transaction(() => {
        for (const r of from.store.prepare(`SELECT * FROM "${table}"`).raw().all() as unknown[][]) copy.run(...r)
    })()
}

/**
 * A value the app's sandbox returned (rules, personas), copied into plain host objects. Read as it is, every
 * property access crosses the script membrane (a Proxy per object), which is the app's cost, not raw SQL's:
 * a baseline scoring with the sandbox's objects spent most of its time in the membrane (issue 17).
 */
export function hostCopy<T>(value: T): T {
    // Index by index: the sandbox array's own map() would build the copy in the sandbox again.
    if (Array.isArray(value)) {
        const out: unknown[] = []
        for (let i = 0; i < value.length; i++) out.push(hostCopy(value[i] as unknown))
        return out as T
    }
    if (value !== null && typeof value === 'object') {
        const out: Record<string, unknown> = {}
        for (const key of Object.keys(value)) out[key] = hostCopy((value as Record<string, unknown>)[key])
        return out as T
    }
    return value
}

/** Rows an instance wrote since `marks` (see rowMarks), ready to insert into DDL copies of their tables. */
export interface NewRows {
    /** How many rows, and per table. */
    rows: number
    tables: Map<string, number>
    /** Inserts them into the baseline database; call it inside the baseline's transaction. */
    insert(): void
}

/**
 * Collects every row written since the marks (outside the measurement) into a baseline insert, creating the
 * tables' DDL copies (indexes included) in `raw` where missing. Tables in `skip` are written by the baseline itself.
 */
export function newRowsSince(from: Instance, raw: BetterSqlite3.Database, marks: ReadonlyMap<string, number>, skip: readonly string[]): NewRows {
    const work: Array<{ sql: string; rows: unknown[][] }> = []
    const tables = new Map<string, number>()
    let count = 0
    for (const [table, mark] of marks) {
        if (skip.includes(table)) continue
        const rows = from.store.prepare(`SELECT * FROM "${table}" WHERE rowid > ?`).raw().all(mark) as unknown[][]
        if (!rows.length) continue
        if (!raw.prepare('SELECT 1 FROM sqlite_master WHERE name = ?').get(table)) copyTableDdl(from, raw, table)
        const columns = columnsOf(from, table)
        work.push({ sql: `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`, rows })
        tables.set(table, rows.length)
        count += rows.length
    }
    return {
        rows: count,
        tables,
        insert: () => {
            for (const w of work) {
                const insert = raw.prepare(w.sql)
                for (const r of w.rows) insert.run(...r)
            }
        },
    }
}

/** Every row of every table up to `marks` (see rowMarks), as text by sys_id: what the work then changes in rows that existed before it. */
export type RowSnapshot = Map<string, Map<string, string>>

/** Taken outside the measurement, before the work runs. */
export function snapshotRows(from: Instance, marks: ReadonlyMap<string, number>): RowSnapshot {
    const out: RowSnapshot = new Map()
    for (const [table, mark] of marks) {
        if (!mark || !columnsOf(from, table).includes('sys_id')) continue
        const rows = new Map<string, string>()
        for (const r of from.store.prepare(`SELECT sys_id, * FROM "${table}" WHERE rowid <= ?`).raw().all(mark) as unknown[][]) rows.set(String(r[0]), JSON.stringify(r))
        out.set(table, rows)
    }
    return out
}

/**
 * The rows that existed before the work and that it updated (a number counter, the job's events marked
 * processed), ready to update the same rows in the baseline by sys_id. A table the baseline lacks is
 * created (DDL and indexes) and given those rows as they were before, outside the measurement, so the
 * baseline's UPDATE does the same work; a table it has already holds them (copied, or inserted earlier in
 * the baseline's run). Tables in `skip` are written by the baseline itself.
 */
export function changedRowsSince(from: Instance, raw: BetterSqlite3.Database, before: RowSnapshot, skip: readonly string[]): NewRows & { update(): void } {
    const work: Array<{ sql: string; rows: unknown[][] }> = []
    const tables = new Map<string, number>()
    let count = 0
    for (const [table, rows] of before) {
        if (skip.includes(table)) continue
        const changed: unknown[][] = []
        const old: unknown[][] = []
        for (const r of from.store.prepare(`SELECT sys_id, * FROM "${table}"`).raw().all() as unknown[][]) {
            const was = rows.get(String(r[0]))
            if (was !== undefined && was !== JSON.stringify(r)) {
                changed.push(r.slice(1))
                old.push((JSON.parse(was) as unknown[]).slice(1))
            }
        }
        if (!changed.length) continue
        const columns = columnsOf(from, table)
        if (!raw.prepare('SELECT 1 FROM sqlite_master WHERE name = ?').get(table)) {
            copyTableDdl(from, raw, table)
            const insert = raw.prepare(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`)
            raw.transaction(() => {
                for (const r of old) insert.run(...r)
            })()
        }
        const id = columns.indexOf('sys_id')
        work.push({ sql: `UPDATE "${table}" SET ${columns.map((c) => `"${c}" = ?`).join(', ')} WHERE sys_id = ?`, rows: changed.map((r) => [...r, r[id]]) })
        tables.set(table, changed.length)
        count += changed.length
    }
    const update = (): void => {
        for (const w of work) {
            const statement = raw.prepare(w.sql)
            for (const r of w.rows) statement.run(...r)
        }
    }
    return { rows: count, tables, insert: update, update }
}
