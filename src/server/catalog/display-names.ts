import { GlideRecord } from '@servicenow/glide'

/** The display field of the catalog item table (sc_cat_item.name is its display column). */
export const ITEM_DISPLAY_FIELD = 'name'

/**
 * The display values of several records of one table in one query, by sys_id: what
 * `getDisplayValue('<reference>')` gives per row (the referenced record's display value: its
 * table's display field, `displayField`), without one read per row. A provisioning email lists a
 * persona's twenty offerings: read one by one, their names cost more than the rest of the message.
 * A sys_id with no record is absent ('' for the caller).
 */
export function displayNames(table: string, ids: readonly string[], displayField: string): { [sysId: string]: string } {
    const out: { [sysId: string]: string } = {}
    const wanted: string[] = []
    const seen: { [sysId: string]: boolean } = {}
    for (const id of ids) {
        if (!id || seen[id]) continue
        seen[id] = true
        wanted.push(id)
    }
    if (!wanted.length) return out
    const gr = new GlideRecord(table)
    gr.addQuery('sys_id', 'IN', wanted.join(','))
    gr.query()
    while (gr.next()) out[gr.getUniqueValue()] = gr.getDisplayValue(displayField)
    return out
}
