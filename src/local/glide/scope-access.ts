import type { Store } from '../store/store'
import { GlideRecord } from './GlideRecord'
import { asPlatform, inScript, runtime } from './runtime'

/*
 * Cross-scope access, as the platform decides it for a running script. Two layers must both allow an
 * access ("Cross-scope privileges work alongside these settings -- both must permit the operation for
 * it to succeed", the SDK's cross-scope-privilege guide):
 *
 * 1. The target table's Application Access (sys_db_object access / read_access / create_access /
 *    update_access / delete_access): "Table privilege granting is limited to, at most, the permissions
 *    set on the table object (sys_db_object) record" (Cross-scope privilege record).
 * 2. The calling application's runtime access tracking and its sys_scope_privilege records (Runtime
 *    access tracking): None runs everything the table allows; Tracking records each access as an
 *    Allowed privilege during development; Enforcing records it as Requested and "blocks the tracked
 *    operation from running until an Administrator manually changes the status to Allowed". "After
 *    installation, the system no longer tracks new runtime access requests": an installed (published)
 *    app only runs what its privileges allow.
 *
 * Only scripts are checked (runtime.ts inScript): the platform's own work (installs, Table API
 * requests, which have their own web-service access) is not a script access. Decisions are cached
 * per scope and table and dropped when an application, a privilege, a table or a property changes.
 */

export type TableOperation = 'read' | 'write' | 'create' | 'delete'
export type RuntimePolicy = 'none' | 'tracking' | 'enforcing'
type PrivilegeTarget = 'sys_db_object' | 'sys_script_include' | 'scriptable'

/** "When not present in the sys_properties table, the default value is true" (Disable GlideRecord Scope Fencing Legacy Behavior). */
export const LEGACY_POLICY_PROPERTY = 'glide.record.legacy_cross_scope_access_policy_in_script'

interface ScopeInfo {
    sysId: string
    scope: string
    name: string
    /** The runtime access tracking in force for the app's scripts (after the install's publish rule). */
    policy: RuntimePolicy
}

interface TableAccess {
    scope: string
    isPrivate: boolean
    read: boolean
    create: boolean
    update: boolean
    delete: boolean
    /** "Allow access to this table via web services" (ws_access). */
    webServices: boolean
}

const OP_LABEL: Record<TableOperation | 'execute', string> = { read: 'Read', write: 'Write', create: 'Create', delete: 'Delete', execute: 'Execute' }
const OP_BIT: Record<TableOperation, number> = { read: 1, write: 2, create: 4, delete: 8 }

/** How the platform names a scope in its security messages: global code runs as `rhino.global`. */
function messageScope(scope: string): string {
    return scope === 'global' ? 'rhino.global' : scope
}

export class ScopeAccess {
    private loaded = false
    private readonly scopesById = new Map<string, ScopeInfo>()
    private readonly scopesByName = new Map<string, ScopeInfo>()
    private readonly tables = new Map<string, TableAccess>()
    /** `${source sys_id}|${target type}|${target name}|${operation}` -> status, per target scope (sys_id and name). */
    private readonly privileges = new Map<string, Map<string, string>>()
    /** scope -> table -> bits of decided operations (low nibble: allowed, high nibble: decided). */
    private readonly decisions = new Map<string, Map<string, number>>()
    /** Scopes installed for development on this instance: their runtime tracking records privileges. */
    private readonly development = new Set<string>()
    private legacy: boolean | null = null

    constructor(private readonly store: Store) {}

    /** Forget every cached fact (an app, privilege, table or property changed). */
    invalidate(): void {
        this.loaded = false
        this.scopesById.clear()
        this.scopesByName.clear()
        this.tables.clear()
        this.privileges.clear()
        this.decisions.clear()
        this.legacy = null
    }

    /** Marks an installed scope as under development here (its privileges are tracked, not only enforced). */
    setDevelopment(scope: string, on: boolean): void {
        if (on) this.development.add(scope)
        else this.development.delete(scope)
        this.invalidate()
    }

    isDevelopment(scope: string): boolean {
        return this.development.has(scope)
    }

    /** The scope name of a sys_scope sys_id (a record's sys_scope column); `global` when empty or unknown. */
    scopeName(sysId: string | null | undefined): string {
        if (!sysId) return 'global'
        this.load()
        return this.scopesById.get(sysId)?.scope ?? (this.scopesByName.has(sysId) ? sysId : 'global')
    }

    /** The sys_id of an installed scope (`global` for global or an unknown name). */
    scopeId(scope: string): string {
        this.load()
        return this.scopesByName.get(scope)?.sysId ?? 'global'
    }

    /** Every installed application scope but global (the script namespaces `x_app.Name` resolve in). */
    scopeNames(): string[] {
        this.load()
        return [...this.scopesByName.keys()]
    }

    /** Whether a script running in `scope` may perform `op` on `table`; a refusal is logged with the platform's message. */
    table(scope: string, table: string, op: TableOperation): boolean {
        let perTable = this.decisions.get(scope)
        if (!perTable) {
            perTable = new Map()
            this.decisions.set(scope, perTable)
        }
        const bits = perTable.get(table) ?? 0
        const bit = OP_BIT[op]
        if (bits & (bit << 4)) {
            if (bits & bit) return true
            this.refuseTable(scope, table, op)
            return false
        }
        const allowed = this.decideTable(scope, table, op)
        perTable.set(table, bits | (bit << 4) | (allowed ? bit : 0))
        return allowed
    }

    private decideTable(scope: string, table: string, op: TableOperation): boolean {
        const access = this.tableAccess(table)
        if (access.scope === scope) return true
        if (!this.tableAllows(access, op)) {
            this.refuseTable(scope, table, op)
            return false
        }
        if (this.privilege(scope, access.scope, 'sys_db_object', table, op)) return true
        this.refusePrivilege(scope, `${OP_LABEL[op]} operation on table '${table}'`)
        return false
    }

    /** Layer 1: the table's Application Access settings. */
    private tableAllows(access: TableAccess, op: TableOperation): boolean {
        // "Accessible from: This application scope only" refuses every other scope.
        if (access.isPrivate || !access.read) return false
        // "GlideRecord provided cross scope create/update access to tables that were not configured with
        // that level of access ... When set to true, cross scope access falls back onto legacy behavior"
        // (Disable GlideRecord Scope Fencing Legacy Behavior).
        if ((op === 'create' || op === 'write') && this.legacyPolicy()) return true
        if (op === 'create') return access.create
        if (op === 'write') return access.update
        if (op === 'delete') return access.delete
        return true
    }

    private refuseTable(scope: string, table: string, op: TableOperation): void {
        const access = this.tableAccess(table)
        if (access.scope !== scope && !this.tableAllows(access, op)) {
            runtime().log('error', `Security restricted: ${OP_LABEL[op]} operation against '${table}' from scope '${messageScope(scope)}' has been refused due to the table's cross-scope access policy`)
        } else {
            this.refusePrivilege(scope, `${OP_LABEL[op]} operation on table '${table}'`)
        }
    }

    /**
     * Whether inbound web services (the Table API and the other REST APIs over a table) may reach the
     * table: "Allow access to this table via web services: Select the check box to allow users to make
     * inbound web service queries to this table ... Clear the check box to prevent users from making web
     * service queries to this table" (Table design and runtime settings). A web service call has no
     * application scope of its own, so the setting applies to every caller; the user still needs the ACLs.
     */
    webServiceAccess(table: string): boolean {
        return this.tableAccess(table).webServices
    }

    /** Whether a script in `scope` may call a script include of `targetScope` (layer 2 only: the include's own access is checked by the caller). */
    /** Null when allowed, else the refusal (already logged). */
    execute(scope: string, targetScope: string, includeName: string): string | null {
        if (scope === targetScope) return null
        if (this.privilege(scope, targetScope, 'sys_script_include', includeName, 'execute')) return null
        return this.refusePrivilege(scope, `Execute operation on API '${includeName}'`)
    }

    private refusePrivilege(scope: string, what: string): string {
        const app = this.scopesByName.get(scope)?.name ?? scope
        const message = `Security restricted: ${what} from scope '${app}' was denied. The application '${app}' must declare a cross scope access privilege. Please contact the application author to update their privilege requests.`
        runtime().log('error', message)
        return message
    }

    /** Layer 2: the calling application's runtime access tracking and privileges. */
    private privilege(scope: string, targetScope: string, type: PrivilegeTarget, name: string, op: TableOperation | 'execute'): boolean {
        this.load()
        const source = this.scopesByName.get(scope)
        // Global code has no runtime policy: only the target's own settings apply to it.
        if (!source || source.policy === 'none') return true
        const target = this.scopesByName.get(targetScope)
        const status = this.privilegeStatus(source.sysId, target, targetScope, type, name, op)
        if (status === 'allowed') return true
        if (status === null && this.development.has(scope)) {
            // "During development, the system creates a Cross-Scope Privilege record for each runtime access
            // request ... Tracking: the system sets the status ... to Allowed ... Enforcing: ... to Requested."
            const created = source.policy === 'tracking' ? 'allowed' : 'requested'
            this.record(source.sysId, target?.sysId ?? targetScope, type, name, op, created)
            return created === 'allowed'
        }
        return false
    }

    private privilegeStatus(sourceId: string, target: ScopeInfo | undefined, targetScope: string, type: string, name: string, op: string): string | null {
        const byTarget = this.privileges.get(`${sourceId}|${type}|${name}|${op}`)
        if (!byTarget) return null
        // A build writes target_scope as given in the Fluent file (a scope name or `global`); a record made
        // here references the target's sys_id. Either identifies the target.
        return byTarget.get(target?.sysId ?? targetScope) ?? byTarget.get(targetScope) ?? null
    }

    private record(sourceId: string, targetId: string, type: PrivilegeTarget, name: string, op: string, status: string): void {
        const values: Record<string, string> = { source_scope: sourceId, target_scope: targetId, target_name: name, target_type: type, operation: op, status, sys_scope: sourceId }
        // Written as the platform writes it (no script on the stack, so the write is not itself checked).
        asPlatform(() => {
            const gr = new GlideRecord('sys_scope_privilege')
            gr.initialize()
            for (const [k, v] of Object.entries(values)) gr.setValue(k, v)
            gr.setWorkflow(false)
            gr.insert()
        })
        let byTarget = this.privileges.get(`${sourceId}|${type}|${name}|${op}`)
        if (!byTarget) {
            byTarget = new Map()
            this.privileges.set(`${sourceId}|${type}|${name}|${op}`, byTarget)
        }
        byTarget.set(targetId, status)
    }

    private legacyPolicy(): boolean {
        if (this.legacy === null) {
            const v = runtime().properties.get(LEGACY_POLICY_PROPERTY)
            this.legacy = v === undefined || v.trim() === '' ? true : v.trim().toLowerCase() === 'true'
        }
        return this.legacy
    }

    private tableAccess(table: string): TableAccess {
        let access = this.tables.get(table)
        if (access) return access
        this.load()
        const row = this.store.prepare('SELECT sys_scope, access, read_access, create_access, update_access, delete_access, ws_access FROM sys_db_object WHERE name = ?').get(table) as
            | { sys_scope: string | null; access: string | null; read_access: unknown; create_access: unknown; update_access: unknown; delete_access: unknown; ws_access: unknown }
            | undefined
        const on = (v: unknown): boolean => v === 1 || v === '1' || v === 'true' || v === true
        access = row
            ? {
                  scope: this.scopeName(row.sys_scope),
                  isPrivate: row.access === 'package_private',
                  read: row.read_access === null || on(row.read_access),
                  create: on(row.create_access),
                  update: on(row.update_access),
                  delete: on(row.delete_access),
                  // Unset reads as the dictionary default ("Allow access to this table via web services: Enabled", Default runtime access permissions).
                  webServices: row.ws_access === null || on(row.ws_access),
              }
            : { scope: 'global', isPrivate: false, read: true, create: true, update: true, delete: true, webServices: true }
        this.tables.set(table, access)
        return access
    }

    private load(): void {
        if (this.loaded) return
        this.loaded = true
        const scopeRoot = this.store.schema.maybeTable('sys_scope')?.root
        if (scopeRoot) {
            const rows = this.store
                .prepare(`SELECT sys_id, scope, name, runtime_access_tracking AS tracking FROM "${scopeRoot}" WHERE sys_class_name IN ('sys_scope', 'sys_app', 'sys_store_app') AND scope IS NOT NULL`)
                .all() as Array<{ sys_id: string; scope: string; name: string | null; tracking: string | null }>
            for (const r of rows) {
                const info: ScopeInfo = { sysId: r.sys_id, scope: r.scope, name: r.name || r.scope, policy: r.scope === 'global' ? 'none' : this.policyOf(r.scope, r.tracking) }
                this.scopesById.set(r.sys_id, info)
                this.scopesByName.set(r.scope, info)
            }
        }
        if (this.store.schema.has('sys_scope_privilege')) {
            const rows = this.store.prepare('SELECT source_scope, target_scope, target_name, target_type, operation, status FROM sys_scope_privilege').all() as Array<Record<string, string | null>>
            for (const r of rows) {
                const key = `${r.source_scope ?? ''}|${r.target_type ?? ''}|${r.target_name ?? ''}|${r.operation ?? ''}`
                let byTarget = this.privileges.get(key)
                if (!byTarget) {
                    byTarget = new Map()
                    this.privileges.set(key, byTarget)
                }
                // The strictest status wins when two records name the same access.
                const before = byTarget.get(r.target_scope ?? '')
                if (before !== 'denied' && !(before === 'requested' && r.status === 'allowed')) byTarget.set(r.target_scope ?? '', r.status ?? 'requested')
            }
        }
    }

    /**
     * The tracking in force: during development what the app declares; once installed, Tracking becomes
     * Enforcing ("for an application which at the time of publication, has the Runtime Access Tracking
     * field set to a value of Tracking, this value will automatically be updated, on the target
     * instance, to a value of Enforcing", KB0717945).
     */
    private policyOf(scope: string, tracking: string | null): RuntimePolicy {
        const declared: RuntimePolicy = tracking === 'none' ? 'none' : tracking === 'enforcing' ? 'enforcing' : 'tracking'
        if (this.development.has(scope)) return declared
        return declared === 'none' ? 'none' : 'enforcing'
    }
}

const byStore = new WeakMap<Store, ScopeAccess>()

/** The scope access rules of an instance's store (one per store, created on first use). */
export function scopeAccessOf(store: Store): ScopeAccess {
    let access = byStore.get(store)
    if (!access) {
        access = new ScopeAccess(store)
        byStore.set(store, access)
    }
    return access
}

/**
 * The application a record a running script creates belongs to: the script's own ("application files
 * created in an application belong to it"; sys_metadata's sys_scope defaults to the current
 * application). Null outside scripts (the caller's value, or none, stands).
 */
export function creatingScopeId(): string | null {
    if (!inScript()) return null
    const rt = runtime()
    return scopeAccessOf(rt.store).scopeId(rt.scope)
}

let lastStore: Store | null = null
let lastAccess: ScopeAccess | null = null

/**
 * Whether the running script may perform `op` on `table` (GlideRecord calls this before reading or
 * writing). Outside scripts, always: the platform's own work is not subject to application access.
 */
export function scriptMay(table: string, op: TableOperation): boolean {
    if (!inScript()) return true
    const rt = runtime()
    if (rt.store !== lastStore) {
        lastStore = rt.store
        lastAccess = scopeAccessOf(rt.store)
    }
    return (lastAccess as ScopeAccess).table(rt.scope, table, op)
}
