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
