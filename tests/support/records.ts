import { GlideRecord } from '../../src/local/glide'

/** Inserts a record (business rules run) and returns its sys_id; throws with the refusal otherwise. */
export function insert(table: string, values: Record<string, string | number | boolean>): string {
    const gr = new GlideRecord(table)
    gr.initialize()
    for (const [k, v] of Object.entries(values)) gr.setValue(k, v)
    const id = gr.insert()
    if (!id) throw new Error(`insert into ${table} refused: ${JSON.stringify(values)}`)
    return id
}

export function get(table: string, idOrField: string, value?: string): GlideRecord {
    const gr = new GlideRecord(table)
    const found = value === undefined ? gr.get(idOrField) : gr.get(idOrField, value)
    if (!found) throw new Error(`no ${table} record ${idOrField}${value === undefined ? '' : `=${value}`}`)
    return gr
}

/** Updates a record with business rules; returns false when a rule refused it. */
export function update(table: string, id: string, values: Record<string, string | number | boolean>): boolean {
    const gr = get(table, id)
    for (const [k, v] of Object.entries(values)) gr.setValue(k, v)
    return gr.update() !== null
}

export function rows(table: string, query = ''): GlideRecord[] {
    const gr = new GlideRecord(table)
    if (query) gr.addEncodedQuery(query)
    gr.query()
    const out: GlideRecord[] = []
    while (gr.next()) out.push(gr.snapshot())
    return out
}

export function personaId(name: string): string {
    return get('x_psm_persona_persona', 'name', name).getUniqueValue()
}
