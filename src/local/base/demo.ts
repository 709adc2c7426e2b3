import { GlideRecord } from '../glide/GlideRecord'
import type { Instance } from '../instance'

function insert(table: string, values: Record<string, string | number | boolean>): string {
    const gr = new GlideRecord(table)
    gr.initialize()
    for (const [k, v] of Object.entries(values)) gr.setValue(k, v)
    const id = gr.insert()
    if (!id) throw new Error(`Demo data: could not insert into ${table}: ${JSON.stringify(values)}`)
    return id
}

/** Demo organisation: departments, locations, groups and a few named users. Returns a one-line summary. */
export function loadDemoData(instance: Instance): string {
    return instance.run(() =>
        instance.store.transaction(() => {
            const company = insert('core_company', { name: 'Acme Corporation' })
            const departments = ['IT', 'Finance', 'Sales', 'Operations', 'Executive'].map((name) => insert('cmn_department', { name, company }))
            const locations = ['London', 'New York', 'Remote'].map((name) => insert('cmn_location', { name }))
            const cab = insert('sys_user_group', { name: 'Change Advisory Board', description: 'Approves normal and emergency changes' })
            insert('sys_user_group', { name: 'Service Desk', description: 'First-line support' })
            insert('sys_user', { user_name: 'demo.user', first_name: 'Dana', last_name: 'Demo', name: 'Dana Demo', email: 'dana.demo@example.com', department: departments[1], location: locations[0], company })
            insert('sys_user_grmember', { user: insert('sys_user', { user_name: 'cab.member', first_name: 'Casey', last_name: 'Board', name: 'Casey Board', email: 'casey.board@example.com', department: departments[0], location: locations[1], company }), group: cab })
            return `1 company, ${departments.length} departments, ${locations.length} locations, 2 groups, 2 users`
        }),
    )
}
