import type { GlideRecord } from '../glide/GlideRecord'
import { GlideRecordSecure } from '../glide/GlideRecordSecure'
import { runtime, type AccessChecker, type RecordHandle } from '../glide/runtime'
import { matchesRecord, parseEncodedQuery, type EncodedQuery } from '../query'
import type { Store } from '../store/store'
import { recordView } from './business-rules'
import type { ScriptRuntime } from './scripts'

export type AclOperation = 'read' | 'write' | 'create' | 'delete'
/** The query ACL operations ("Query ACLs", platform-security/access-control/query-acl-rule). */
export type QueryOperation = 'query_match' | 'query_range'

interface AclRule {
    sysId: string
    name: string
    decision: 'allow' | 'deny'
    adminOverrides: boolean
    roles: string[]
    attribute: string
    condition: EncodedQuery | null
    script: ((current: GlideRecord | null) => unknown) | null
}

interface AclRow {
    sys_id: string
    name: string
    operation: string
    decision_type: string | null
    admin_overrides: number | null
    condition: string | null
    script: string | null
    sys_scope: string | null
    advanced: number | null
    security_attribute: string | null
}

/**
 * Record ACLs as the platform evaluates them (security-guide, acl-api):
 * - table level first, then field level; both must grant;
 * - the most specific name that has ACLs decides: `table`, then each parent table, then `*`
 *   (for fields `table.field`, `table.*`, then the parents', then `*.field`, `*.*`);
 * - Deny-Unless ACLs evaluate first and any that fails denies; then at least one Allow-If ACL must pass;
 * - within one ACL, roles, condition and script must all pass; admin_overrides lets admins through;
 * - no ACL at any level: tables are denied (deny by default), fields are allowed (the table ACL decided).
 *   Admins pass where no ACL exists at all, which the platform's out-of-box `*` ACLs do for them.
 */
export class AclEngine implements AccessChecker {
    private cache = new Map<string, AclRule[]>()
    /** `level|table|field|op` → the rules of the level that decides it (null: no level has any), per schema version. */
    private deciding = new Map<string, AclRule[] | null>()
    private decidingVersion = -1
    private loaded = false

    constructor(
        private readonly store: Store,
        private readonly scripts: ScriptRuntime,
    ) {}

    invalidate(): void {
        this.cache.clear()
        this.deciding.clear()
        this.loaded = false
    }

    private load(): void {
        if (this.loaded) return
        this.cache.clear()
        this.deciding.clear()
        const roleRows = this.store
            .prepare('SELECT ar.sys_security_acl AS acl, r.name AS name FROM sys_security_acl_role ar JOIN sys_user_role r ON r.sys_id = ar.sys_user_role')
            .all() as Array<{ acl: string; name: string }>
        const rolesOf = new Map<string, string[]>()
        for (const r of roleRows) rolesOf.set(r.acl, [...(rolesOf.get(r.acl) ?? []), r.name])
        const attributes = new Map(
            (this.store.prepare('SELECT sys_id, name FROM sys_security_attribute').all() as Array<{ sys_id: string; name: string }>).map((a) => [a.sys_id, a.name]),
        )
        const rows = this.store.prepare("SELECT * FROM sys_security_acl WHERE active = 1 AND (type IS NULL OR type = 'record')").all() as AclRow[]
        for (const r of rows) {
            const key = `${r.name}|${r.operation}`
            const rule: AclRule = {
                sysId: r.sys_id,
                name: r.name,
                decision: r.decision_type === 'deny' ? 'deny' : 'allow',
                adminOverrides: r.admin_overrides !== 0,
                roles: rolesOf.get(r.sys_id) ?? [],
                attribute: r.security_attribute ? (attributes.get(r.security_attribute) ?? `unknown:${r.security_attribute}`) : '',
                condition: r.condition && r.condition.trim() ? parseEncodedQuery(r.condition) : null,
                // An ACL's script runs in the scope of the application that owns the ACL.
                script:
                    r.script && r.script.trim()
                        ? this.scripts.inScope(this.scripts.scopeOf(r.sys_scope), this.scripts.compile(['current'], `var answer;\n${r.script}\n;return answer;`, `sys_security_acl:${r.name}`) as NonNullable<AclRule['script']>)
                        : null,
            }
            this.cache.set(key, [...(this.cache.get(key) ?? []), rule])
        }
        this.loaded = true
    }

    private rules(name: string, op: string): AclRule[] {
        this.load()
        return this.cache.get(`${name}|${op}`) ?? []
    }

    /** Whether the session user may perform `op` on the table (and record, and field when given). */
    can(op: AclOperation, table: string, handle: RecordHandle | null = null, field?: string): boolean {
        if (runtime().session.userId === 'system') return true
        // ACL scripts and conditions read the record unfiltered (a secure record would ask the ACLs again).
        const record = plain(handle)
        if (!this.tableAllows(op, table, record)) return false
        return !field || this.fieldAllows(op, table, field, record)
    }

    /**
     * Whether the session user may use `field` of `table` in a query with `op` (query_match for the safe
     * operators, query_range for the others and for sorting). With no record this is the platform's
     * "pre-query ACL check" (roles only: "Scripts and conditions that rely on knowing the contents of a
     * record aren't evaluated"); with one, the row's own check.
     *
     * The documented fallback ("Query ACLs", Important): "Query ACLs (both query_match and query_range)
     * default to a star.star ACL that delegates to read access. This means, where ACLs are enforced on
     * queries, if no query ACL was created then read access to the column is evaluated; if query ACLs are
     * defined then they override the default behavior." So each level (table, then field) is decided by
     * its query ACLs when it has any, and by the read ACLs of that level otherwise.
     */
    canQuery(op: QueryOperation, table: string, handle: RecordHandle | null, field: string): boolean {
        if (runtime().session.userId === 'system') return true
        const record = plain(handle)
        const tableVerdict = this.decide(this.tableRules(table, op), record)
        if (tableVerdict === false || (tableVerdict === null && !this.tableAllows('read', table, record))) return false
        const fieldVerdict = this.decide(this.fieldRules(table, field, op), record)
        return fieldVerdict ?? this.fieldAllows('read', table, field, record)
    }

    /**
     * Whether the verdict of `can(op, table, record, field)` (or canQuery) is the same for every record:
     * true when no rule that decides it has a condition or a script. Callers use it to check a whole list
     * once instead of row by row; it never changes a verdict. `tableReadChecked`: the caller checks the
     * record's table-level read itself, so a table level decided by read ACLs is not counted.
     */
    recordIndependent(op: AclOperation | QueryOperation, table: string, field?: string, tableReadChecked = false): boolean {
        const fallback = op === 'query_match' || op === 'query_range' ? 'read' : null
        const own = this.tableRules(table, op)
        const tableRules = own ?? (fallback ? this.tableRules(table, fallback) : null)
        const tableDecidedByRead = op === 'read' || own === null
        if (!(tableReadChecked && tableDecidedByRead) && dependsOnRecord(tableRules)) return false
        if (!field) return true
        return !dependsOnRecord(this.fieldRules(table, field, op) ?? (fallback ? this.fieldRules(table, field, fallback) : null))
    }

    /** No ACL at any level: tables are denied (deny by default), except to admins (the out-of-box `*` ACLs). */
    private tableAllows(op: string, table: string, record: GlideRecord | null): boolean {
        const verdict = this.decide(this.tableRules(table, op), record)
        return verdict === true || (verdict === null && runtime().session.roles.has('admin'))
    }

    /** No ACL at any level: fields are allowed (the table ACL decided). */
    private fieldAllows(op: string, table: string, field: string, record: GlideRecord | null): boolean {
        return this.decide(this.fieldRules(table, field, op), record) !== false
    }

    /** The table-level rules that decide: `table`, then each parent table, then `*`. */
    private tableRules(table: string, op: string): AclRule[] | null {
        return this.decidingRules(`t|${table}||${op}`, () => [...this.store.schema.ancestry(table), '*'].map((t) => [t]), op)
    }

    /** The field-level rules that decide: `table.field`, `table.*`, then the parents', then `*.field`, `*.*`. */
    private fieldRules(table: string, field: string, op: string): AclRule[] | null {
        return this.decidingRules(`f|${table}|${field}|${op}`, () => [...this.store.schema.ancestry(table), '*'].map((t) => [`${t}.${field}`, `${t}.*`]), op)
    }

    /** The ACLs of the first level (most specific names first) that has any for `op`; null when none has. */
    private decidingRules(key: string, levels: () => string[][], op: string): AclRule[] | null {
        this.load()
        if (this.decidingVersion !== this.store.schemaVersion) {
            this.deciding.clear()
            this.decidingVersion = this.store.schemaVersion
        }
        const known = this.deciding.get(key)
        if (known !== undefined) return known
        let found: AclRule[] | null = null
        outer: for (const names of levels()) {
            for (const name of names) {
                const rules = this.rules(name, op)
                if (rules.length) {
                    found = rules
                    break outer
                }
            }
        }
        this.deciding.set(key, found)
        return found
    }

    /** The deciding level's ACLs: Deny-Unless first (any failing denies), then at least one Allow-If must pass; null when there are none. */
    private decide(rules: AclRule[] | null, record: GlideRecord | null): boolean | null {
        if (!rules) return null
        if (rules.some((r) => r.decision === 'deny' && !this.passes(r, record))) return false
        return rules.some((r) => r.decision === 'allow' && this.passes(r, record))
    }

    private passes(rule: AclRule, record: GlideRecord | null): boolean {
        const { roles, userId } = runtime().session
        if (rule.adminOverrides && roles.has('admin')) return true
        if (rule.roles.length && !rule.roles.some((r) => roles.has(r))) return false
        if (rule.attribute && !this.attribute(rule.attribute, userId, roles)) return false
        // Without a record (a list about to be read) the record-dependent parts are checked row by row.
        if (record) {
            if (rule.condition && !matchesRecord(rule.condition, recordView(record, null))) return false
            if (rule.script) {
                try {
                    if (rule.script(record) !== true) return false
                } catch (e) {
                    runtime().log('error', `ACL ${rule.name} script failed: ${e instanceof Error ? e.message : String(e)}`)
                    return false
                }
            }
        }
        return true
    }

    // platform-difference: security-attributes
    private attribute(name: string, userId: string, roles: ReadonlySet<string>): boolean {
        if (name === 'user_is_authenticated') return userId !== '' && userId !== 'guest'
        if (name === 'has_admin_role') return roles.has('admin')
        runtime().log('warn', `Security attribute ${name} is not supported by the local instance: treated as not met`)
        return false
    }
}

function dependsOnRecord(rules: AclRule[] | null): boolean {
    return !!rules?.some((r) => r.condition !== null || r.script !== null)
}

/** ACL scripts and conditions read the record unfiltered (a secure record would ask the ACLs again). */
function plain(handle: RecordHandle | null): GlideRecord | null {
    return handle instanceof GlideRecordSecure ? handle.plainCopy() : (handle as GlideRecord | null)
}
