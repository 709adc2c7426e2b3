import type { GlideRecord } from '../glide/GlideRecord'
import { runtime } from '../glide/runtime'
import { queryReferences, type EncodedQuery, type FieldUse } from '../query'
import { PASSWORD_TYPES } from '../store/passwords'
import type { Schema } from '../store/schema'
import type { QueryOperation } from './acl'

/** What the guard asks of the ACL engine (AclEngine implements it; the Table API's policy wraps it). */
export interface QueryAccess {
    check(op: 'read', table: string, record: GlideRecord | null, field?: string): boolean
    checkQuery(op: QueryOperation, table: string, record: GlideRecord | null, field: string): boolean
    recordIndependent(op: 'read' | QueryOperation, table: string, field?: string, tableReadChecked?: boolean): boolean
}

/** The session user's ACLs, as the running instance has them (what GlideRecordSecure and the Table API ask). */
export const sessionAccess: QueryAccess = {
    check: (op, table, record, field) => runtime().acl.can(op, table, record, field),
    checkQuery: (op, table, record, field) => runtime().acl.canQuery(op, table, record, field),
    recordIndependent: (op, table, field, tableReadChecked) => runtime().acl.recordIndependent(op, table, field, tableReadChecked),
}

/** One field on the way: `field` of `table` (a reference for every step but the last). */
interface Step {
    table: string
    field: string
    type: string
}

interface CheckedPath {
    path: string
    use: FieldUse
    steps: Step[]
    /**
     * Which row checks can be skipped because their verdict is the same for every record (no deciding ACL
     * has a condition or a script) and the pre-query check, which passed, already gave it: per step, the
     * check of its field (read for a reference walked, the query ACL for the last), and per reference
     * walked, the read of the record it reaches. The first step's table-level read is the row's own check.
     */
    fieldSettled: boolean[]
    targetSettled: boolean[]
}

/**
 * How a user-supplied query may run for the session user, decided before it runs and row by row.
 * - `refused`: a condition uses a field the user may not query (or a password field, which nobody may
 *   query); the query selects no rows and counts none, whatever the values in it.
 * - `query`: the query to run, without the ORDERBY terms the user may not sort by ("Sorting by column is
 *   restricted" when query_range fails).
 * - `rowIndependent`: no ACL that decides a row's visibility depends on the row, so the pre-query checks
 *   (already passed) stand for every row and SQL may count and window the rows.
 * - `rowAllowed`: whether a matching row may be returned and counted: the user reads the row, and may
 *   query every field its conditions use on that row, through every record a dot-walk reaches.
 */
export interface QueryPlan {
    refused: string | null
    query: EncodedQuery
    rowIndependent: boolean
    rowAllowed(record: GlideRecord): boolean
}

const QUERY_OPERATION: Readonly<Record<FieldUse, QueryOperation>> = { match: 'query_match', range: 'query_range', order: 'query_range' }

export function planQuery(schema: Schema, access: QueryAccess, table: string, q: EncodedQuery): QueryPlan {
    const conditions: CheckedPath[] = []
    const droppedOrders = new Set<string>()
    let refused: string | null = null
    for (const ref of queryReferences(q)) {
        const steps = resolveSteps(schema, table, ref.path)
        // A path the schema cannot resolve is left to the compiler, which refuses it with the same reason.
        if (!steps) continue
        const path: CheckedPath = { ...ref, steps, ...settledChecks(access, ref.use, steps) }
        const allowed = allowedBeforeQuery(access, path)
        if (ref.use === 'order') {
            if (!allowed) droppedOrders.add(ref.path)
        } else if (!allowed) {
            // platform-difference: unqueryable-condition-selects-nothing
            refused ??= ref.path
        } else {
            conditions.push(path)
        }
    }
    const query: EncodedQuery = { queries: q.queries, orderBy: q.orderBy.filter((o) => !droppedOrders.has(o.field)) }
    const tableSettled = access.recordIndependent('read', table)
    const rowIndependent = tableSettled && conditions.every((p) => p.fieldSettled.every(Boolean) && p.targetSettled.every(Boolean))
    return {
        refused,
        query,
        rowIndependent,
        rowAllowed: (record) => (tableSettled || access.check('read', table, record)) && conditions.every((p) => allowedOnRow(access, p, record)),
    }
}

/** The tables and fields a (dot-walked) path passes through, as JoinResolver resolves it; null when it cannot. */
function resolveSteps(schema: Schema, table: string, path: string): Step[] | null {
    const parts = path.split('.')
    const steps: Step[] = []
    let current = table
    for (let i = 0; i < parts.length; i++) {
        const col = schema.column(current, parts[i])
        if (!col) return null
        steps.push({ table: current, field: parts[i], type: col.type })
        if (i === parts.length - 1) break
        if (col.type !== 'reference' || !col.reference || !schema.has(col.reference)) return null
        current = col.reference
    }
    return steps
}

/**
 * The pre-query check ("Pre and post query ACL checks": it "only looks at the user's roles"): every
 * reference walked is readable and so is the table it leads to; the last field passes its query ACL
 * (or, with none, its read ACL). Password fields are never queryable, by anyone: matching or sorting on
 * a hash is a way to read it.
 */
function allowedBeforeQuery(access: QueryAccess, path: CheckedPath): boolean {
    const last = path.steps[path.steps.length - 1]
    // platform-difference: password-fields-never-queryable
    if (PASSWORD_TYPES.has(last.type)) return false
    for (let i = 0; i < path.steps.length - 1; i++) {
        const step = path.steps[i]
        if (!access.check('read', step.table, null, step.field) || !access.check('read', path.steps[i + 1].table, null)) return false
    }
    return access.checkQuery(QUERY_OPERATION[path.use], last.table, null, last.field)
}

function settledChecks(access: QueryAccess, use: FieldUse, steps: Step[]): Pick<CheckedPath, 'fieldSettled' | 'targetSettled'> {
    const last = steps.length - 1
    return {
        fieldSettled: steps.map((step, i) =>
            i < last ? access.recordIndependent('read', step.table, step.field, i === 0) : access.recordIndependent(QUERY_OPERATION[use], step.table, step.field, i === 0),
        ),
        targetSettled: steps.slice(1).map((step) => access.recordIndependent('read', step.table)),
    }
}

/** The post-query check on one row, through the records the path reaches from it (settled checks are not asked again). */
// platform-difference: post-query-field-checks
function allowedOnRow(access: QueryAccess, path: CheckedPath, row: GlideRecord): boolean {
    const last = path.steps.length - 1
    let record = row
    for (let i = 0; i < last; i++) {
        // Nothing left to ask of this row: the rest of the walk need not be loaded.
        if (settledFrom(path, i)) return true
        const step = path.steps[i]
        if (!path.fieldSettled[i] && !access.check('read', step.table, record, step.field)) return false
        // An empty or dangling reference leads to no record: the walk reads nothing beyond it.
        if (!record.getValue(step.field)) return true
        const next = record.referencedRecord(step.field)
        if (!next.isValidRecord()) return true
        if (!path.targetSettled[i] && !access.check('read', path.steps[i + 1].table, next)) return false
        record = next
    }
    return path.fieldSettled[last] || access.checkQuery(QUERY_OPERATION[path.use], path.steps[last].table, record, path.steps[last].field)
}

function settledFrom(path: CheckedPath, from: number): boolean {
    for (let i = from; i < path.steps.length; i++) if (!path.fieldSettled[i] || (i < path.targetSettled.length && !path.targetSettled[i])) return false
    return true
}
