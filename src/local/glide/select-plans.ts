import { BoundedCache } from '../store/bounded-cache'
import type { Schema, TableInfo } from '../store/schema'

/**
 * The SQL GlideRecord built for a query shape (query/compile.ts queryShape): the whole SELECT but its LIMIT,
 * and the type of each condition's column, to bind the next query of that shape with (shapedParams).
 * Compiling a query resolved every field and rebuilt the SQL text on every query() (a rule's lookup by
 * sys_id, a loop's query per record): about a fifth of a small query's cost.
 *
 * What the SQL depends on, and how each is kept apart:
 * - the dictionary (columns, their types, references walked, the table's family): plans are kept per
 *   TableInfo, which a dictionary change replaces (Store.refreshSchema loads a new Schema), and a plan is
 *   used only under the Schema it was built with (a GlideRecord made before the change keeps its old info);
 * - the conditions' fields, operators and value shapes, the order, the select list, whether ORDER BY is
 *   wanted, an open transaction quota (its per-row check is a term of the WHERE) and a scan restriction's
 *   kind: all in the key (see GlideRecord.buildSelect);
 * - values: never in the SQL, always bound, so nothing of one query's values reaches another's.
 * Nothing else goes in: ACLs and the script's scope do not change the SQL (query business rules add
 * conditions before it is built, which change the shape; GlideRecordSecure filters the rows read).
 */
export interface SelectPlan {
    schema: Schema
    sql: string
    types: readonly string[]
}

/** Plans per table: bounded, as query shapes vary with what callers write (IN lists of every length). */
export const SELECT_PLANS_PER_TABLE = 256

const plans = new WeakMap<TableInfo, BoundedCache<string, SelectPlan>>()

export function selectPlan(schema: Schema, info: TableInfo, key: string): SelectPlan | undefined {
    const plan = plans.get(info)?.get(key)
    return plan && plan.schema === schema ? plan : undefined
}

export function keepSelectPlan(info: TableInfo, key: string, plan: SelectPlan): void {
    let forTable = plans.get(info)
    if (!forTable) plans.set(info, (forTable = new BoundedCache(SELECT_PLANS_PER_TABLE)))
    forTable.set(key, plan)
}
