import { GlideRecord } from '../../src/local/glide/GlideRecord'
import type { Instance } from '../../src/local/instance'
import { bootedInstance } from '../support/instance'

/*
 * "Default value: the value a field takes in a new record" (dictionary entry). GlideRecord keeps, per table as
 * the dictionary last loaded it, the columns that have a default (glide/GlideRecord.ts defaultedColumns); a
 * dictionary change must apply at the next insert.
 */
let instance: Instance
beforeAll(() => {
    instance = bootedInstance()
})
afterAll(() => instance.close())

function inserted(table: string, values: Record<string, string> = {}): GlideRecord {
    const gr = new GlideRecord(table)
    gr.initialize()
    for (const [k, v] of Object.entries(values)) gr.setValue(k, v)
    const id = gr.insert()
    if (!id) throw new Error(`insert into ${table} refused`)
    const stored = new GlideRecord(table)
    stored.get(id)
    return stored
}

test('a changed, added or removed dictionary default applies to the next insert into a table already written', () => {
    instance.run(() => {
        const declare = (columns: Record<string, { type: string; default?: string }>) =>
            instance.store.defineTables([{ name: 'u_defaults', label: 'Defaults', columns: { name: { type: 'string' }, ...columns } }], 'global')
        declare({ rank: { type: 'integer', default: '1' }, tier: { type: 'string' } })
        let gr = inserted('u_defaults', { name: 'first' })
        expect([gr.getValue('rank'), gr.getValue('tier')]).toEqual(['1', null])
        declare({ rank: { type: 'integer', default: '5' }, tier: { type: 'string', default: 'gold' } })
        gr = inserted('u_defaults', { name: 'second' })
        expect([gr.getValue('rank'), gr.getValue('tier')]).toEqual(['5', 'gold'])
        // A value set by the caller wins over the default.
        gr = inserted('u_defaults', { name: 'third', tier: 'silver' })
        expect([gr.getValue('rank'), gr.getValue('tier')]).toEqual(['5', 'silver'])
        declare({ rank: { type: 'integer', default: '' }, tier: { type: 'string', default: 'gold' } })
        gr = inserted('u_defaults', { name: 'fourth' })
        expect([gr.getValue('rank'), gr.getValue('tier')]).toEqual([null, 'gold'])
    })
})
