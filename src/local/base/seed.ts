import { seedServicePortal } from '../service-portal/base-portal'
import { seedPlugins } from '../plugins/plugins'
import { seedApprovalRecords } from '../approvals/base-records'
import { seedChangeModel } from '../change-model/normal'
import type { Store } from '../store/store'
import { ensure } from './ensure'
import { BASE_TABLES } from './tables'
import { DEFAULT_VIEW } from './tables-ui'
import { BASE_HIERARCHIES } from './tables-hierarchy'
import { seedItsmRecords } from './itsm-records'
import { seedTaskRules } from './task-rules'

/**
 * Platform roles the app and its users rely on. admin and itil keep the sys_ids they have on
 * every ServiceNow instance, so app records that reference them (a qualifier's role) resolve alike.
 */
export const BASE_ROLES: ReadonlyArray<{ name: string; description: string; sysId?: string }> = [
    { name: 'admin', description: 'System administrator: passes every role check', sysId: '2831a114c611228501d4ea6c309d626d' },
    { name: 'itil', description: 'Fulfiller: works tasks, incidents and changes', sysId: '282bf1fac6112285017366cb5f867469' },
    { name: 'change_manager', description: 'Manages the change process and the CAB' },
    { name: 'approver_user', description: 'Approves requests and changes' },
    { name: 'catalog_admin', description: 'Administers the service catalog' },
]

/** A base record whose sys_id is a word rather than a GUID, written as stored (GlideRecord's sys_id rule wants a GUID). */
function insertAsStored(store: Store, table: string, sysId: string, values: Array<[string, string]>): void {
    if (store.getRow(table, sysId)) return
    const now = store.clock()
    store.insertRow(table, {
        ...store.toRow(table, new Map(values)),
        sys_id: sysId,
        sys_class_name: table,
        sys_created_on: now,
        sys_created_by: 'system',
        sys_updated_on: now,
        sys_updated_by: 'system',
        sys_mod_count: 0,
    })
}

/** Records every instance has from the start: the global scope, roles, number counters, the base portal, plugins, approvals and the change state model. Idempotent. */
export function seedBaseRecords(store: Store): void {
    store.transaction(() => {
        // The global application: what base records' sys_scope references. Its sys_id is the word `global` on
        // every instance, not a GUID, so it is written as stored rather than through GlideRecord's sys_id rule.
        insertAsStored(store, 'sys_scope', 'global', [['scope', 'global'], ['name', 'Global'], ['short_description', 'Global'], ['runtime_access_tracking', 'none'], ['active', 'true']])
        // The default view, which every layout of `default_view` references: its sys_id is `Default view`.
        insertAsStored(store, 'sys_ui_view', DEFAULT_VIEW.sysId, [['name', DEFAULT_VIEW.name], ['title', DEFAULT_VIEW.title], ['sys_scope', 'global']])
        for (const { name, description, sysId } of BASE_ROLES) ensure('sys_user_role', { name }, sysId ? { description, sys_id: sysId } : { description })
        // The platform's built-in security attributes keep their sys_ids: app ACLs reference them.
        ensure('sys_security_attribute', { name: 'user_is_authenticated' }, { sys_id: '239bdf0c47d23110ba46ff58936d4330', label: 'User is authenticated', type: 'compound', is_dynamic: false })
        ensure('sys_security_attribute', { name: 'has_admin_role' }, { label: 'Has admin role', type: 'compound', condition: 'Role=admin', is_dynamic: false })
        for (const t of BASE_TABLES) {
            if (t.numberPrefix) ensure('sys_number', { category: t.name }, { prefix: t.numberPrefix, number: 1001, maximum_digits: 7 })
        }
        for (const h of BASE_HIERARCHIES) {
            ensure('sys_record_hierarchy', { name: h.name }, { label: h.label, table: h.table, reference_field: h.referenceField, ...(h.sysId ? { sys_id: h.sysId } : {}) })
        }
        // The base Service Portal: the "sp" portal and its generic base pages and widgets.
        seedServicePortal()
        // The plugins of a typical ITSM instance, active (plugins/registry.ts).
        seedPlugins()
        seedApprovalRecords()
        seedChangeModel()
        seedItsmRecords()
        seedTaskRules()
    })
}
