import type { Store } from '../store/store'

/**
 * The application scope a dictionary entry belongs to (its sys_dictionary.sys_scope, as a scope
 * name), in which its `javascript:` default value runs: "Scripts run in the scope of the
 * application that owns the record that holds them" (Application scope). So the base system's
 * `javascript:gs.nowDateTime()` on task.opened_at runs in global even when a scoped script inserts
 * the task, as on an instance, while an app's own default runs in the app's scope and sees only the
 * scoped API.
 */
export function dictionaryScope(store: Store, table: string, element: string): string {
    let cache = caches.get(store)
    if (!cache || cache.version !== store.schemaVersion) caches.set(store, (cache = { version: store.schemaVersion, scopes: new Map() }))
    const key = `${table}.${element}`
    let scope = cache.scopes.get(key)
    if (scope === undefined) {
        scope = lookup(store, table, element)
        cache.scopes.set(key, scope)
    }
    return scope
}

const caches = new WeakMap<Store, { version: number; scopes: Map<string, string> }>()

function lookup(store: Store, table: string, element: string): string {
    const row = store.prepare('SELECT sys_scope AS scope FROM sys_dictionary WHERE name = ? AND element = ?').get(table, element) as { scope: string | null } | undefined
    const value = row?.scope ?? ''
    if (!value || value === 'global') return 'global'
    // sys_scope is a reference to the application record (a sys_id), or already a scope name.
    const scopes = store.schema.maybeTable('sys_scope')
    if (!scopes) return value
    const app = store.prepare(`SELECT scope FROM "${scopes.root}" WHERE sys_id = ?`).get(value) as { scope: string | null } | undefined
    return app?.scope || value
}
