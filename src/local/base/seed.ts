import { GlideRecord } from '../glide/GlideRecord'
import type { Store } from '../store/store'
import { BASE_TABLES } from './tables'

/** Platform roles the app and its users rely on. */
export const BASE_ROLES: ReadonlyArray<[string, string]> = [
    ['admin', 'System administrator: passes every role check'],
    ['itil', 'Fulfiller: works tasks, incidents and changes'],
    ['change_manager', 'Manages the change process and the CAB'],
    ['approver_user', 'Approves requests and changes'],
    ['catalog_admin', 'Administers the service catalog'],
]

function ensure(table: string, key: Record<string, string>, values: Record<string, string | number | boolean>): void {
    const gr = new GlideRecord(table)
    for (const [k, v] of Object.entries(key)) gr.addQuery(k, v)
    gr.setLimit(1)
    gr.query()
    if (gr.next()) return
    gr.initialize()
    for (const [k, v] of Object.entries({ ...key, ...values })) gr.setValue(k, v)
    gr.setWorkflow(false)
    gr.insert()
}

/** Records every instance has from the start: roles and number counters. Idempotent. */
export function seedBaseRecords(store: Store): void {
    store.transaction(() => {
        for (const [name, description] of BASE_ROLES) ensure('sys_user_role', { name }, { description })
        for (const t of BASE_TABLES) {
            if (t.numberPrefix) ensure('sys_number', { category: t.name }, { prefix: t.numberPrefix, number: 1001, maximum_digits: 7 })
        }
    })
}
