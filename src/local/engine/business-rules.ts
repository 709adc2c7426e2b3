import { parseEncodedQuery, matchesRecord, QueryError, type EncodedQuery, type FieldValue, type RecordView } from '../query'
import type { GlideRecord } from '../glide/GlideRecord'
import { runtime } from '../glide/runtime'
import type { ScriptRuntime } from './scripts'

// platform-difference: no-display-rules
export type When = 'before' | 'after' | 'async' | 'display'
export type Operation = 'insert' | 'update' | 'delete' | 'query'

/**
 * The slot of a (when, operation) pair in a table's cached rule lists: an array index read by a switch, not a
 * keyed lookup of the pair's text (three of them on every write: before, after, async).
 */
function slot(when: When, op: Operation): number {
    let w: number
    switch (when) {
        case 'before':
            w = 0
            break
        case 'after':
            w = 1
            break
        case 'async':
            w = 2
            break
        default:
            w = 3
    }
    switch (op) {
        case 'insert':
            return w * 4
        case 'update':
            return w * 4 + 1
        case 'delete':
            return w * 4 + 2
        default:
            return w * 4 + 3
    }
}
const SLOTS = 16

type RuleFn = (current: GlideRecord, previous: GlideRecord | null) => unknown

export interface Rule {
    sysId: string
    name: string
    table: string
    when: When
    order: number
    filter: EncodedQuery | null
    condition: RuleFn | null
    script: RuleFn
    roles: string[]
}

interface RuleRow {
    sys_id: string
    name: string
    collection: string
    when: string
    order: number | null
    filter_condition: string | null
    condition: string | null
    script: string | null
    role_conditions: string | null
    sys_scope: string | null
    action_insert: number | null
    action_update: number | null
    action_delete: number | null
    action_query: number | null
}

/**
 * A field's value and type for condition matching. A plain field is read from the record and its dictionary
 * column: building its GlideElement (a Proxy for a reference field) only to read those two cost more than the
 * test itself, on every rule of every write (a CAB's approvals). A dot-walked path goes through the element.
 */
function fieldOf(gr: GlideRecord, path: string): FieldValue {
    const col = path.includes('.') ? undefined : gr.column(path)
    if (col) return { value: gr.getValue(path), type: col.type }
    const el = gr.getElement(path)
    if (!el) throw new QueryError(path, `unknown field ${path} on table ${gr.getTableName()}`)
    return { value: el.getValue(), type: el.getED().getInternalType() }
}

/**
 * A view of a GlideRecord for condition matching: current values and the stored (previous) ones. Values are
 * read when a condition asks for them, so one view serves every rule of a run while rules change the record.
 */
export function recordView(current: GlideRecord, previous: GlideRecord | null): RecordView {
    return new GlideRecordView(current, previous)
}

/**
 * recordView's view. A class (methods and the getter on its prototype): an object literal with two closures
 * and a getter cost an allocation of each, and a map of its own, on every rule filter and notification check.
 */
class GlideRecordView implements RecordView {
    constructor(
        private readonly gr: GlideRecord,
        private readonly before: GlideRecord | null,
    ) {}

    current(path: string): FieldValue {
        return fieldOf(this.gr, path)
    }

    previous(path: string): FieldValue | null {
        return this.before && this.before.isValidRecord() ? fieldOf(this.before, path) : null
    }

    // A record's field types come from its table's dictionary entry (fixed for the record's life) and, for
    // dot-walked paths, from the dictionary now (read on each match: a rule may change the dictionary):
    // conditions are prepared once per pair (matchesRecord).
    get shape(): RecordView['shape'] {
        return this.gr.isValid() ? { dictionary: runtime().store.schema, table: this.gr.tableInfo() } : undefined
    }
}

/**
 * Business rules as the platform runs them (business-rule-guide): rules of the table and its
 * ancestors, filtered by action and `when`, in `order`; filter conditions and condition scripts
 * decide whether each runs.
 */
export class RuleEngine {
    /** Compiled rules by table, then by when and operation (slot()); undefined until first asked. */
    private cache = new Map<string, Array<Rule[] | undefined>>()
    private cacheVersion = -1
    /**
     * Records each rule (by sys_id: the same rule is compiled once per table, moment and operation) is
     * running on now, so a rule that updates its own record does not recurse.
     */
    private readonly running = new Map<string, Set<string>>()

    constructor(private readonly scripts: ScriptRuntime) {}

    invalidate(): void {
        this.cache.clear()
    }

    rulesFor(table: string, when: When, op: Operation): Rule[] {
        const store = runtime().store
        if (this.cacheVersion !== store.schemaVersion) {
            this.cache.clear()
            this.cacheVersion = store.schemaVersion
        }
        let forTable = this.cache.get(table)
        if (!forTable) {
            forTable = new Array<Rule[] | undefined>(SLOTS).fill(undefined)
            this.cache.set(table, forTable)
        }
        const at = slot(when, op)
        let rules = forTable[at]
        if (rules) return rules
        const tables = store.schema.ancestry(table)
        // sys_script.when's choices are before, after, async_always, before_display and async ("deprecated in
        // Rome, but here for backwards compatibility", the SDK's sys_script table); the SDK writes async_always
        // for an async rule, so both values are async rules.
        const whens = when === 'async' ? ['async', 'async_always'] : [when]
        const rows = store
            .prepare(
                `SELECT * FROM sys_script WHERE active = 1 AND "when" IN (${whens.map(() => '?').join(', ')}) AND action_${op} = 1 AND collection IN (${tables.map(() => '?').join(', ')}) ORDER BY "order", name`,
            )
            .all(...whens, ...tables) as RuleRow[]
        rules = rows.map((r) => this.compileRule(r))
        forTable[at] = rules
        return rules
    }

    private compileRule(r: RuleRow): Rule {
        const source = `sys_script:${r.name}`
        // The rule's condition and script run in the scope of the application that owns the rule.
        const scope = this.scripts.scopeOf(r.sys_scope)
        const script = this.scripts.inScopeBinary(scope, this.scripts.compile(['current', 'previous'], r.script ?? '', source) as RuleFn)
        const condition =
            r.condition && r.condition.trim() ? this.scripts.inScopeBinary(scope, this.scripts.compileExpression(['current', 'previous'], r.condition, `${source} (condition)`) as RuleFn) : null
        return {
            sysId: r.sys_id,
            name: r.name,
            table: r.collection,
            when: r.when as When,
            order: r.order ?? 100,
            filter: r.filter_condition && r.filter_condition.trim() ? parseEncodedQuery(r.filter_condition) : null,
            condition,
            script,
            roles: (r.role_conditions ?? '').split(',').map((s) => s.trim()).filter(Boolean),
        }
    }

    /** Whether a rule applies to this record now (filter condition, role conditions, condition script). */
    applies(rule: Rule, current: GlideRecord, previous: GlideRecord | null, view?: RecordView): boolean {
        if (rule.roles.length) {
            const roles = runtime().session.roles
            if (!roles.has('admin') && !rule.roles.some((r) => roles.has(r))) return false
        }
        if (rule.filter && !matchesRecord(rule.filter, view ?? recordView(current, previous))) return false
        if (rule.condition && !rule.condition(current, previous)) return false
        return true
    }

    /**
     * Runs the rules for one moment of one operation. Returns false when a before rule aborted.
     * A script error is logged and the remaining rules still run, as on the platform.
     */
    run(when: When, op: Operation, current: GlideRecord, previous: GlideRecord | null): boolean {
        const rules = this.rulesFor(current.getRecordClassName(), when, op)
        // One view for every rule's filter condition (it reads the record live), made when the first filter asks.
        let view: RecordView | undefined
        for (const rule of rules) {
            const record = current.getUniqueValue()
            let on = this.running.get(rule.sysId)
            if (!on) {
                on = new Set()
                this.running.set(rule.sysId, on)
            }
            if (on.has(record)) {
                runtime().log('warn', `Business rule "${rule.name}" skipped: it is already running on ${current.getTableName()} ${current.getUniqueValue()} (recursion guard)`)
                continue
            }
            on.add(record)
            try {
                if (this.applies(rule, current, previous, rule.filter ? (view ??= recordView(current, previous)) : undefined)) rule.script(current, previous)
            } catch (e) {
                runtime().log('error', `Business rule "${rule.name}" on ${current.getTableName()} failed: ${e instanceof Error ? e.message : String(e)}`)
            } finally {
                on.delete(record)
            }
            if (when === 'before' && current.isActionAborted()) return false
        }
        return true
    }
}
