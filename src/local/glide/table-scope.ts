import { quoteIdent, type Store } from '../store/store'

/** Per store, the application scope of each table asked about, until the dictionary changes. */
const caches = new WeakMap<Store, { version: number; scopes: Map<string, string> }>()

/**
 * The application scope that owns a table: its sys_db_object.sys_scope, read as the scope name
 * (`sys_scope.scope`). Base tables carry `global`; an app's tables carry its sys_scope record. A table
 * the dictionary does not know is reported as `global` (nothing scoped owns it).
 */
export function tableScope(store: Store, table: string): string {
    let cache = caches.get(store)
    if (!cache || cache.version !== store.schemaVersion) {
        cache = { version: store.schemaVersion, scopes: new Map() }
        caches.set(store, cache)
    }
    let scope = cache.scopes.get(table)
    if (scope === undefined) {
        scope = lookup(store, table)
        cache.scopes.set(table, scope)
    }
    return scope
}

function lookup(store: Store, table: string): string {
    const row = store.prepare('SELECT sys_scope FROM sys_db_object WHERE name = ?').get(table) as { sys_scope: string | null } | undefined
    const owner = row?.sys_scope ?? ''
    if (!owner || owner === 'global') return 'global'
    // sys_scope extends sys_package: its rows live in the hierarchy's root table.
    const info = store.schema.maybeTable('sys_scope')
    const app = info ? (store.prepare(`SELECT scope FROM ${quoteIdent(info.root)} WHERE sys_id = ?`).get(owner) as { scope: string | null } | undefined) : undefined
    return app?.scope || owner
}
