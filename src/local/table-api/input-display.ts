import { GlideRecord } from '../glide/GlideRecord'
import { runtime } from '../glide/runtime'
import { planQuery, type QueryAccess } from '../engine/query-guard'
import { toEncodedQuery } from '../query'
import type { Column } from '../store/schema'
import { SYS_ID_FORMAT } from '../store/values'
import { HttpError } from '../http/errors'

/*
 * sysparm_input_display_value (Table API, POST/PUT/PATCH): "Flag that indicates whether to set field values
 * using the display value or the actual value. ... For example, if you send the display name for a reference
 * field, the endpoint stores the sys_id for that value in the database." The name-value filters of a list take
 * display values the same way: "You can also use the display value when the field is a choice or reference
 * type field, such as `&state=closed` instead of `&state=7`".
 *
 * A display name is looked up as the caller: the referenced record must be one they may read and find by its
 * display field (query ACLs apply, engine/query-guard.ts), so a name they cannot see is "not found", as it
 * would be in their own search. Date and time values are taken as given: the local instance's time zone is
 * UTC (docs/differences.md: utc-time-zone), so the caller's time zone and GMT are the same.
 */

/** The sys_id of the record of `table` that the caller may read whose display value is `name`, or undefined. */
export function findByDisplayValue(table: string, name: string, access: QueryAccess): string | undefined {
    const schema = runtime().store.schema
    if (!schema.has(table) || !access.check('read', table, null)) return undefined
    const shown = schema.table(table).displayField
    const plan = planQuery(schema, access, table, { queries: [[[{ field: shown, operator: '=', value: name }]]], orderBy: [] })
    if (plan.refused !== null) return undefined
    const gr = new GlideRecord(table)
    gr.addEncodedQuery(toEncodedQuery(plan.query))
    gr.orderBy('sys_id')
    gr.query()
    while (gr.next()) if (plan.rowAllowed(gr)) return gr.getUniqueValue()
    return undefined
}

/** Whether `id` is the sys_id of a record of `table` (the reference's value as given). */
function exists(table: string, id: string): boolean {
    if (!SYS_ID_FORMAT.test(id)) return false
    const gr = new GlideRecord(table)
    return gr.get(id)
}

/** The actual value for a display value written to `col` (body values that are not text are taken as they are). */
export function inputValue(col: Column, value: unknown, access: QueryAccess): unknown {
    if (typeof value !== 'string' || value === '') return value
    if (col.type === 'reference' && col.reference) {
        const id = findByDisplayValue(col.reference, value, access)
        if (id !== undefined) return id
        // A sys_id is still accepted: clients that send display values send ids for fields with none.
        if (exists(col.reference, value)) return value
        throw new HttpError(400, 'Invalid value', `No ${col.reference} record you can read has the display value "${value.slice(0, 100)}" (field ${col.element})`)
    }
    for (const [actual, label] of col.choices) if (label === value) return actual
    return value
}
