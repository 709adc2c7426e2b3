import type { Store } from '../store/store'
import type { SessionCache } from './session-cache'

/** Who is running the script: the HTTP request's user, or `system` for jobs and installs. */
export interface Session {
    userId: string
    userName: string
    /** Effective roles (contained roles expanded); `admin` passes every role check, as on the platform. */
    roles: ReadonlySet<string>
    /** What the session keeps until logout (roles, user criteria verdicts); none for the built-in system session. */
    cache?: SessionCache
}

/** The record operations GlideRecord delegates to the engine (business rules, events, transactions). */
export interface RecordOperations {
    insert(record: RecordHandle): string | null
    update(record: RecordHandle): string | null
    remove(record: RecordHandle): boolean
    /** Runs `before query` business rules, which may add conditions to the query about to run. */
    beforeQuery(record: RecordHandle): void
    /** Whether a query of the table runs before-query rules (absent: assume it may). */
    hasQueryRules?(table: string): boolean
    /** Whether an insert into the table runs before-insert rules (absent: assume it may). */
    hasBeforeInsertRules?(table: string): boolean
}

/** What the engine needs to see of a GlideRecord without importing it (avoids a cycle). */
export interface RecordHandle {
    getTableName(): string
    getUniqueValue(): string
}

export interface Messages {
    info: string[]
    error: string[]
}

export interface EventSink {
    queue(name: string, table: string, instance: string, parm1: string, parm2: string, queue: string): void
}

export interface Properties {
    get(name: string): string | undefined
    set(name: string, value: string): void
}

export type LogLevel = 'debug' | 'info' | 'warn' | 'error'

/** Record ACLs for the session user (src/local/engine/acl.ts). */
export interface AccessChecker {
    can(op: 'read' | 'write' | 'create' | 'delete', table: string, record?: RecordHandle | null, field?: string): boolean
    /** Whether a query may use the field: query_match / query_range ACLs, falling back to read (engine/acl.ts). */
    canQuery(op: 'query_match' | 'query_range', table: string, record: RecordHandle | null, field: string): boolean
    /** Whether no ACL deciding `op` on the table (and field) depends on the record. */
    recordIndependent(op: 'read' | 'write' | 'create' | 'delete' | 'query_match' | 'query_range', table: string, field?: string, tableReadChecked?: boolean): boolean
}

/** User criteria evaluation (engine/user-criteria.ts), what sn_uc.UserCriteriaLoader calls. */
export interface UserCriteriaEvaluator {
    userMatches(userId: string, criteriaIds: readonly string[]): boolean
    /** The criteria among criteriaIds (default: every active criterion) the user matches. */
    matchingCriteria(userId: string, criteriaIds?: readonly string[]): string[]
    /** Whether the user may see (and order) a catalog item: its Available For / Not Available For criteria. */
    canSeeItem(userId: string, itemId: string): boolean
    /** The items among itemIds the user may see, each criterion's script run at most once for the call. */
    visibleItems(userId: string, itemIds?: Iterable<string>): Set<string>
}

export interface Runtime {
    store: Store
    session: Session
    /**
     * The application scope the running script executes in (a `sys_scope.scope` name, `global` for global
     * code). "Scripts run in the scope of the application that owns the record that holds them" (Application
     * scope): business rules, includes, widget scripts and the rest set it through withScope() while their
     * code runs; Glide APIs read it for cross-scope checks and the scoped API surface.
     */
    scope: string
    operations: RecordOperations
    events: EventSink
    properties: Properties
    messages: Messages
    log(level: LogLevel, message: string): void
    acl: AccessChecker
    /** Evaluates a `javascript:` default or dynamic value in the script context. */
    evaluate(expression: string): unknown
    /** A logged-in user's roles, for gs.getUser().hasRole and ACL checks. */
    rolesOf(userId: string): ReadonlySet<string>
    userCriteria: UserCriteriaEvaluator
}

let active: Runtime | null = null

/** The runtime scripts see; a clear error when nothing has activated an instance. */
export function runtime(): Runtime {
    if (!active) throw new Error('No local instance is active: create one with createInstance() (src/local/instance.ts) before using Glide APIs')
    return active
}

/** The active runtime, or null outside any instance (no error: for defaults such as the current time). */
export function activeRuntime(): Runtime | null {
    return active
}

/** Makes `rt` the one Glide APIs act on, for the duration of fn (synchronous, like the platform). */
export function withRuntime<T>(rt: Runtime, fn: () => T): T {
    const before = active
    active = rt
    try {
        return fn()
    } finally {
        active = before
    }
}

export function setActiveRuntime(rt: Runtime | null): void {
    active = rt
}

/** Runs fn as another session (same instance): used for `system` work and per-request users. */
export function withSession<T>(session: Session, fn: () => T): T {
    const rt = runtime()
    const before = rt.session
    rt.session = session
    try {
        return fn()
    } finally {
        rt.session = before
    }
}

/**
 * Runs fn in an application scope (synchronous, like the platform): the scope of the record whose script
 * is about to run. Nested calls (a rule's include calling another scope's include) stack and unwind.
 */
export function withScope<T>(scope: string, fn: () => T): T {
    return callInScope(scope, fn, undefined, undefined)
}

/**
 * withScope(scope, () => fn(a, b)) without the closure and argument array that form costs on every call: a
 * business rule's script and condition run through it on every write with rules (a CAB's 200 approvals).
 * withScope is this with no arguments.
 */
export function callInScope<A, B, R>(scope: string, fn: (a: A, b: B) => R, a: A, b: B): R {
    const rt = runtime()
    const before = rt.scope
    rt.scope = scope || 'global'
    scriptDepth++
    try {
        return fn(a, b)
    } finally {
        scriptDepth--
        rt.scope = before
    }
}

/**
 * How many withScope() frames are running: a script's record access is subject to the cross-scope
 * rules (glide/scope-access.ts), the platform's own work (an install, a Table API request, a test
 * harness) is not, even though both report the scope `global`.
 */
let scriptDepth = 0

/** Whether a script (any scope) is running: cross-scope access checks apply only then. */
export function inScript(): boolean {
    return scriptDepth > 0
}

/** Runs fn as the platform itself (no script on the stack), e.g. to record a cross-scope privilege. */
export function asPlatform<T>(fn: () => T): T {
    const depth = scriptDepth
    scriptDepth = 0
    try {
        return fn()
    } finally {
        scriptDepth = depth
    }
}

/** The scope of the running script (`global` outside any script). */
export function currentScope(): string {
    return active?.scope ?? 'global'
}
