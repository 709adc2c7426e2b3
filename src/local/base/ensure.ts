import { GlideRecord } from '../glide/GlideRecord'

export type SeedValues = Record<string, string | number | boolean>

/**
 * Writes a base record unless one matching `key` exists (seeding is idempotent: an instance keeps the
 * records it already has, edits included). Returns the record's sys_id. Written without business
 * rules, as a base instance's own records are there before any rule runs.
 */
export function ensure(table: string, key: Record<string, string>, values: SeedValues): string {
    const gr = new GlideRecord(table)
    for (const [k, v] of Object.entries(key)) gr.addQuery(k, v)
    gr.setLimit(1)
    gr.query()
    if (gr.next()) return gr.getUniqueValue()
    gr.initialize()
    for (const [k, v] of Object.entries({ ...key, ...values })) gr.setValue(k, v)
    gr.setWorkflow(false)
    const id = gr.insert()
    if (!id) throw new Error(`Base record ${table} ${JSON.stringify(key)} could not be written`)
    return id
}
