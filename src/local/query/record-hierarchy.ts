import { quoteIdent, type Store } from '../store/store'
import { QueryError } from './errors'
import type { HierarchyMembers } from './script-values'

/*
 * Record hierarchies ("Create a record hierarchy": "Build a record hierarchy between records in the same table";
 * fields Label, Name, Table, "Reference Field: The self-reference field that defines parent-child relationships
 * between records in the selected table"), as "is in hierarchy" reads them: the starting record and every record
 * below it, at any depth ("All records throughout the Manager hierarchy in which the manager is Don Goodliffe or
 * a user reporting up to Don Goodliffe", operators reference). The platform keeps a hierarchical path per
 * record; the local instance walks the reference field at query time, which selects the same records.
 */

interface HierarchyRow {
    table: string | null
    reference_field: string | null
}

/** HierarchyMembers over the store's sys_record_hierarchy records. */
export function recordHierarchyMembers(store: Store): HierarchyMembers {
    return (hierarchyId, startId, term) => {
        const row = store.hasPhysicalTable('sys_record_hierarchy')
            ? (store.prepare('SELECT "table", reference_field FROM sys_record_hierarchy WHERE sys_id = ?').get(hierarchyId) as HierarchyRow | undefined)
            : undefined
        if (!row || !row.table || !row.reference_field) throw new QueryError(term, `no record hierarchy ${hierarchyId} (sys_record_hierarchy)`)
        const info = store.schema.maybeTable(row.table)
        const column = info?.columns.get(row.reference_field)
        if (!info || !column || column.type !== 'reference' || !store.schema.ancestry(row.table).includes(column.reference)) {
            throw new QueryError(term, `the record hierarchy ${hierarchyId} does not name a self-reference field of its table (${row.table}.${row.reference_field})`)
        }
        const family = info.family.map(() => '?').join(', ')
        // UNION (not UNION ALL) keeps each record once, so a loop in the data ends the walk instead of repeating it.
        const sql =
            `WITH RECURSIVE below(id) AS (SELECT ? UNION ` +
            `SELECT t.sys_id FROM ${quoteIdent(info.root)} t JOIN below ON t.${quoteIdent(column.element)} = below.id WHERE t.sys_class_name IN (${family})) ` +
            'SELECT id FROM below'
        return (store.prepare(sql).all(startId, ...info.family) as Array<{ id: string }>).map((r) => r.id)
    }
}
