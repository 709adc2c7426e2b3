import { scopeAccessOf } from '../glide/scope-access'
import type { Store } from '../store/store'
import type { BuildRecord } from './read-build'

/*
 * Design-time access to application tables: "As the application developer, you can grant or deny other
 * applications the permission to create configuration records ... that extend the functionality of an
 * application" (Design-time access to application tables). What each configuration record needs of the
 * table it configures ("Example allowing configuration records for a table"):
 *
 *   Access controls, Business rules                      Accessible from: All application scopes; Can read
 *   Client scripts, Dictionary entry (new field only),
 *   UI actions                                            ... and Allow configuration
 *
 * The SDK writes "Allow configuration" as three settings (Table API: allowNewFields -> alter_access,
 * allowClientScripts -> client_scripts_access, allowUiActions -> actions_access); the dictionary's own
 * configuration_access grants all three too. On the platform the table simply cannot be picked when the
 * record is created on the developer's instance; here the install of such a record is refused, so an
 * app that could not have been built on an instance does not install either.
 */
// platform-difference: design-time-access-at-install

type Need = 'read' | 'new_fields' | 'client_scripts' | 'ui_actions'

const SETTING: Record<Exclude<Need, 'read'>, { column: string; label: string }> = {
    new_fields: { column: 'alter_access', label: 'Allow new fields' },
    client_scripts: { column: 'client_scripts_access', label: 'Allow client scripts' },
    ui_actions: { column: 'actions_access', label: 'Allow UI actions' },
}

/** The table a configuration record configures and what it needs of it; null for records that configure none. */
function configured(r: BuildRecord, isNewField: (table: string, element: string) => boolean): { table: string; need: Need; what: string } | null {
    const f = r.fields
    switch (r.table) {
        case 'sys_dictionary':
            // "Dictionary entry (new field only)": a table's own collection row, or a field already there, is not a new field.
            if (!f.element || !f.name || !isNewField(f.name, f.element)) return null
            return { table: f.name, need: 'new_fields', what: `new field ${f.element}` }
        case 'sys_script':
            return f.collection ? { table: f.collection, need: 'read', what: `business rule "${f.name ?? r.sysId}"` } : null
        case 'sys_security_acl': {
            const table = (f.name ?? '').split('.')[0]
            return table && table !== '*' ? { table, need: 'read', what: `access control ${f.name}` } : null
        }
        case 'sys_script_client':
            return f.table ? { table: f.table, need: 'client_scripts', what: `client script "${f.name ?? r.sysId}"` } : null
        case 'sys_ui_action':
            return f.table ? { table: f.table, need: 'ui_actions', what: `UI action "${f.name ?? r.sysId}"` } : null
        default:
            return null
    }
}

interface TableSettings {
    sysScope: string
    access: string
    read: boolean
    flags: Record<string, boolean>
}

const on = (v: unknown): boolean => v === 1 || v === '1' || v === 'true' || v === true

/**
 * The configuration records of an install that configure another application's table without that
 * table's design-time permission, each as "<file>: <problem>". Records without an application
 * (sys_scope) are the platform's own and are not checked.
 */
export function designAccessProblems(store: Store, records: readonly BuildRecord[], app: { sysId: string; scope: string } | null): string[] {
    const access = scopeAccessOf(store)
    // The application being installed may not be stored yet: its own sys_id names its scope.
    const scopeName = (sysScope: string): string => (app && sysScope === app.sysId ? app.scope : access.scopeName(sysScope))
    const incoming = new Map<string, TableSettings>()
    for (const r of records) {
        if (r.table !== 'sys_db_object' || !r.fields.name) continue
        const f = r.fields
        incoming.set(f.name, {
            sysScope: f.sys_scope ?? '',
            access: f.access || 'public',
            read: f.read_access === undefined || on(f.read_access),
            flags: Object.fromEntries([...Object.values(SETTING).map((s) => s.column), 'configuration_access'].map((c) => [c, on(f[c])])),
        })
    }
    const stored = store.prepare('SELECT sys_scope, access, read_access, alter_access, client_scripts_access, actions_access, configuration_access FROM sys_db_object WHERE name = ?')
    const settings = (table: string): TableSettings | null => {
        const mine = incoming.get(table)
        if (mine) return mine
        const row = stored.get(table) as Record<string, unknown> | undefined
        if (!row) return null
        return {
            sysScope: (row.sys_scope as string | null) ?? '',
            access: (row.access as string | null) || 'public',
            read: row.read_access === null || on(row.read_access),
            flags: Object.fromEntries([...Object.values(SETTING).map((s) => s.column), 'configuration_access'].map((c) => [c, on(row[c])])),
        }
    }
    const fieldExists = store.prepare('SELECT 1 FROM sys_dictionary WHERE name = ? AND element = ?')
    const isNewField = (table: string, element: string): boolean => !fieldExists.get(table, element)
    const problems: string[] = []
    for (const r of records) {
        if (r.action.toUpperCase() !== 'INSERT_OR_UPDATE' || !r.fields.sys_scope) continue
        const config = configured(r, isNewField)
        if (!config) continue
        const target = settings(config.table)
        if (!target) continue
        const owner = scopeName(target.sysScope || 'global')
        const from = scopeName(r.fields.sys_scope)
        if (owner === from) continue
        let refused: string | null = null
        if (target.access === 'package_private') refused = 'Accessible from: This application scope only'
        else if (!target.read) refused = 'Can read is off'
        else if (config.need !== 'read') {
            const setting = SETTING[config.need]
            if (!target.flags[setting.column] && !target.flags.configuration_access) refused = `${setting.label} (Allow configuration) is off`
        }
        if (refused) problems.push(`${r.file}: ${r.table} ${config.what} of scope ${from} configures table ${config.table} of scope ${owner}, which does not allow it from other application scopes (${refused})`)
    }
    return problems
}
