import { withScope, type LogLevel } from '../glide/runtime'
import type { SessionCache } from '../glide/session-cache'
import { quoteIdent as q, type Store } from '../store/store'
import type { ScriptRuntime } from './scripts'
import { answerBody } from '../scripts/source'

/*
 * User criteria as the platform evaluates them (`now-sdk explain user-criteria-guide`):
 *
 * - a criterion's conditions are its `user`, `group`, `role`, `department`, `location` and `company`
 *   lists, plus its script when it is advanced. "Multiple values in the same field use OR logic";
 *   `match_all: false` — "a user qualifies if they match at least one of the populated conditions";
 *   `match_all: true` — "a user must match at least one entry in every condition type that is set",
 *   and "any condition type that is not set is ignored". "The script is treated as another condition
 *   and follows the same match_all logic."
 * - "empty criteria matches no users"; inactive (or `active` null) criteria are "silently skipped
 *   during evaluation".
 * - scripts see `user_id` ("the sys_id of the user being evaluated ... not the logged-in session
 *   user") and set `answer` ("The script can also evaluate to a boolean expression"). The session
 *   is left as it is: gs.getUserID() in a criterion script returns the session user, as the guide
 *   warns.
 * - caching follows the Service Catalog documentation ("Create a user criteria record in Service
 *   Catalog"): "The evaluation of a role is cached in the session, so any change in the role requires
 *   you to logout and login" and "The evaluation of the script is cached in the session, so any change
 *   in the evaluation requires you to logout and login, similar to roles in ACL"; "When a change is
 *   made to the end-user profile, such as location, and it affects their ability to view items, those
 *   changes do not take effect until the end user has relaunched the session" ("Apply user criteria to
 *   items and categories"). So the session user's verdicts, scripts included, are kept in the session
 *   (see glide/session-cache.ts) until logout; a change to the criteria themselves or to an item's
 *   Available For / Not Available For lists applies at once. The SDK's user-criteria guide says
 *   "Scripts are NEVER cached"; the product documentation wins (docs/differences.md). A user evaluated
 *   by someone else's session (sn_uc.UserCriteriaLoader for another user, a job ordering for a user) has
 *   no session of theirs: their answer is current, read anew by each unit of work. Within one
 *   transaction (a job run's or a request's work, all or nothing) the evaluating session keeps their
 *   script verdicts, as a session keeps its own ("The evaluation of the script is cached in the
 *   session"), but for that transaction only: dropped when it ends or any part of it rolls back, when a
 *   criterion changes and when the user's record, groups or roles change. So a job ordering several
 *   items for a user runs each criterion's script once for the order, not once per item and again at
 *   checkout. Outside a transaction their scripts run every time.
 * - catalog items: Available For (sc_cat_item_user_criteria_mtom) and Not Available For
 *   (sc_cat_item_user_criteria_no_mtom) are each OR lists; "notAvailableFor always overrides
 *   availableFor"; "availableFor: [] (or omitted) — ... all users can see the item"; "Platform
 *   administrators (users with the admin role) bypass User Criteria evaluation entirely".
 */

/** What the engine needs of the instance (the Instance itself satisfies it). */
export interface UserCriteriaHost {
    readonly store: Store
    readonly scripts: ScriptRuntime
    readonly operations: { onChange(listener: (table: string) => void): void }
    /** Effective role names: direct, through groups, and contained roles. */
    rolesOf(userId: string): ReadonlySet<string>
    /** The running session: its user's verdicts are cached in it until logout. */
    readonly session: { readonly userId: string; readonly roles: ReadonlySet<string>; readonly cache?: SessionCache }
    /** Runs fn with this instance as the one Glide APIs act on (for criterion scripts). */
    run<T>(fn: () => T): T
    log(level: LogLevel, message: string): void
}

/** One user_criteria record, parsed. */
export interface Criterion {
    id: string
    name: string
    active: boolean
    matchAll: boolean
    users: ReadonlySet<string> | null
    groups: ReadonlySet<string> | null
    roles: ReadonlySet<string> | null
    departments: ReadonlySet<string> | null
    locations: ReadonlySet<string> | null
    companies: ReadonlySet<string> | null
    /** The script condition: set when the script has content (see effectiveScript). */
    script: string | null
    /** The sys_scope of the criterion record: its script runs in that application's scope. */
    sysScope: string | null
}

/** What a user is, as far as criteria conditions look. */
interface UserFacts {
    id: string
    department: string
    location: string
    company: string
    groups: ReadonlySet<string>
    roleIds: ReadonlySet<string>
    admin: boolean
}

/** A criterion's verdict from its field conditions alone: decided, or waiting on the script. */
const NO = 0
const YES = 1
const SCRIPT = 2
type FieldVerdict = typeof NO | typeof YES | typeof SCRIPT

interface UserState {
    facts: UserFacts
    /** criterion sys_id → field verdict. */
    fields: Map<string, FieldVerdict>
    /** item sys_id → can see (outside a session: only verdicts that did not depend on a script). */
    items: Map<string, boolean>
    /** The default visibleItems() answer (every active item); outside a session only when no script decided any of it. */
    visible: ReadonlySet<string> | null
    /** The session's own state: script verdicts are kept too ("cached in the session"). */
    session: SessionState | null
}

/** What a session keeps of its user's evaluation, and the definitions it was computed from. */
interface SessionState {
    scripts: Map<string, boolean>
    criteriaVersion: number
    linksVersion: number
    itemsVersion: number
}

/** The key of the user criteria state in a SessionCache. */
const SESSION_KEY = 'user-criteria'

interface ItemLinks {
    available: ReadonlyMap<string, readonly string[]>
    notAvailable: ReadonlyMap<string, readonly string[]>
}

const CRITERIA_TABLES = new Set(['user_criteria'])
const LINK_TABLES = new Set(['sc_cat_item_user_criteria_mtom', 'sc_cat_item_user_criteria_no_mtom'])
const ITEM_TABLES = new Set(['sc_cat_item'])
const USER_TABLES = new Set(['sys_user', 'sys_user_grmember', 'sys_user_has_role', 'sys_group_has_role', 'sys_user_role_contains', 'sys_user_role'])

/** Per-user state kept for at most this many users (oldest dropped first). */
const MAX_CACHED_USERS = 2000

function list(value: unknown): ReadonlySet<string> | null {
    if (value === null || value === undefined) return null
    const ids = String(value)
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    return ids.length ? new Set(ids) : null
}

/**
 * The script condition of a criterion. "A 'Save as advanced user criteria' business rule
 * automatically sets advanced = true when the script field contains non-boilerplate content. When
 * the script is cleared, a second 'Clear user criteria script' business rule resets advanced back
 * to false", and "Setting advanced: true without a script leaves the criteria non-functional".
 * So a script counts exactly when it has content beyond comments and whitespace.
 */
export function effectiveScript(script: unknown): string | null {
    if (typeof script !== 'string') return null
    const code = script
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/(^|[^:])\/\/.*$/gm, '$1')
        .trim()
    return code ? script : null
}

/** How the platform reads a script's result: `answer`, else the script's own value; true grants. */
function granted(value: unknown): boolean {
    return value === true || (value !== null && value !== undefined && String(value) === 'true')
}

// platform-difference: user-criteria-cache
/**
 * Evaluates user criteria for catalog visibility and sn_uc.UserCriteriaLoader. The session user's
 * verdicts (scripts included) are kept in the session until logout, as the Service Catalog
 * documentation says; other users' field verdicts are cached per user and dropped whenever a table
 * they read changes, their script verdicts kept only for the open transaction (keptScripts).
 */
export class UserCriteriaEngine {
    private criteriaCache: Map<string, Criterion> | null = null
    private linksCache: ItemLinks | null = null
    private activeItemsCache: readonly string[] | null = null
    private roleIdsByName: Map<string, string[]> | null = null
    private readonly users = new Map<string, UserState>()
    private readonly bodies = new Map<string, string>()
    private criteriaVersion = 0
    private linksVersion = 0
    private itemsVersion = 0
    /**
     * Script verdicts of users evaluated outside their own session, kept for the open transaction by the
     * session evaluating them (user sys_id → criterion sys_id → verdict). Null outside a transaction.
     */
    private transactionScripts: { session: object; byUser: Map<string, Map<string, boolean>> } | null = null

    constructor(private readonly host: UserCriteriaHost) {
        host.operations.onChange((table) => this.tableChanged(table))
        // The verdicts kept for a transaction go when it ends, committed or not, and when any part of it
        // rolls back (a savepoint): what it read may have been undone.
        host.store.onTransactionEnd((committed, outermost) => {
            if (!committed || outermost) this.transactionScripts = null
        })
    }

    // ------------------------------------------------------------------ public API

    /** Whether the user matches one user_criteria record (inactive, missing or empty: never). */
    matches(userId: string, criteriaId: string): boolean {
        const u = this.userState(userId)
        return this.evaluate(u, criteriaId, this.keptScripts(u))
    }

    /** Whether the user matches any of the criteria (OR), as sn_uc.UserCriteriaLoader.userMatches. */
    userMatches(userId: string, criteriaIds: readonly string[]): boolean {
        const u = this.userState(userId)
        return this.anyMatch(u, this.flatten(criteriaIds), this.keptScripts(u), { scripted: false })
    }

    /** The criteria (all active ones by default) the user matches, as UserCriteriaLoader.getMatchingCriteria / getAllUserCriteria. */
    matchingCriteria(userId: string, criteriaIds?: readonly string[]): string[] {
        const u = this.userState(userId)
        const ids = criteriaIds ? this.flatten(criteriaIds) : [...this.criteria().values()].filter((c) => c.active).map((c) => c.id)
        const scripts = this.keptScripts(u)
        return [...new Set(ids)].filter((id) => this.evaluate(u, id, scripts))
    }

    /** Whether the user may see (and order) the catalog item, by its Available For / Not Available For criteria. */
    canSeeItem(userId: string, itemId: string): boolean {
        const u = this.userState(userId)
        if (u.facts.admin) return true
        return this.itemVerdict(u, itemId, this.links(), this.keptScripts(u), { scripted: false })
    }

    /**
     * The items the user may see among itemIds (default: every active catalog item). The item
     * links are loaded once per cache fill and each distinct criterion is evaluated at most once
     * per user (a script once per call).
     */
    visibleItems(userId: string, itemIds?: Iterable<string>): Set<string> {
        const u = this.userState(userId)
        const all = itemIds === undefined
        if (all && u.visible) return new Set(u.visible)
        const candidates = all ? this.activeItems() : itemIds
        if (u.facts.admin) return new Set(candidates)
        const links = this.links()
        const scripts = this.keptScripts(u) ?? new Map<string, boolean>()
        const used = { scripted: false }
        const out = new Set<string>()
        for (const id of candidates) if (this.itemVerdict(u, id, links, scripts, used)) out.add(id)
        if (all && (!used.scripted || u.session)) u.visible = new Set(out)
        return out
    }

    /**
     * Where the user's script verdicts are kept: the session's own user's in the session; another user's
     * for the open transaction, by the session evaluating them; null (run every time) outside one.
     */
    private keptScripts(u: UserState): Map<string, boolean> | null {
        if (u.session) return u.session.scripts
        const store = this.host.store
        if (!store.inTransaction) return null
        const session = this.host.session
        let kept = this.transactionScripts
        if (!kept || kept.session !== session) kept = this.transactionScripts = { session, byUser: new Map() }
        let scripts = kept.byUser.get(u.facts.id)
        if (!scripts) kept.byUser.set(u.facts.id, (scripts = new Map()))
        return scripts
    }

    /** The parsed criterion (whatever its active flag), or undefined. */
    criterion(criteriaId: string): Criterion | undefined {
        return this.criteria().get(criteriaId)
    }

    /** Drops every cached answer (the onChange hook does this for each dependency). */
    invalidate(): void {
        this.criteriaCache = null
        this.linksCache = null
        this.activeItemsCache = null
        this.roleIdsByName = null
        this.users.clear()
        this.transactionScripts = null
        this.criteriaVersion++
        this.linksVersion++
        this.itemsVersion++
    }

    // ------------------------------------------------------------------ cache maintenance

    private tableChanged(table: string): void {
        const lineage = this.host.store.schema.has(table) ? this.host.store.schema.ancestry(table) : [table]
        const touches = (set: ReadonlySet<string>) => lineage.some((t) => set.has(t))
        if (touches(CRITERIA_TABLES)) {
            this.criteriaCache = null
            this.users.clear()
            this.transactionScripts = null
            this.criteriaVersion++
        }
        if (touches(USER_TABLES)) {
            if (lineage.includes('sys_user_role')) this.roleIdsByName = null
            this.users.clear()
            this.transactionScripts = null
        }
        if (touches(LINK_TABLES)) {
            this.linksCache = null
            this.linksVersion++
            for (const u of this.users.values()) {
                u.items.clear()
                u.visible = null
            }
        }
        if (touches(ITEM_TABLES)) {
            this.activeItemsCache = null
            this.itemsVersion++
            for (const u of this.users.values()) u.visible = null
        }
    }


    // ------------------------------------------------------------------ loading

    private rows(table: string, columns: readonly string[], where = ''): Array<Record<string, unknown>> {
        const schema = this.host.store.schema
        if (!schema.has(table)) return []
        const info = schema.table(table)
        const cols = columns.filter((c) => c === 'sys_id' || info.columns.has(c))
        const conditions: string[] = []
        const params: string[] = []
        if (info.family.length !== schema.membersOf(info.root).length) {
            conditions.push(`sys_class_name IN (${info.family.map(() => '?').join(', ')})`)
            params.push(...info.family)
        }
        if (where) conditions.push(where)
        const sql = `SELECT ${cols.map(q).join(', ')} FROM ${q(info.root)}${conditions.length ? ` WHERE ${conditions.join(' AND ')}` : ''}`
        return this.host.store.prepare(sql).all(...params) as Array<Record<string, unknown>>
    }

    private criteria(): Map<string, Criterion> {
        if (!this.criteriaCache) {
            const map = new Map<string, Criterion>()
            const cols = ['sys_id', 'name', 'active', 'match_all', 'advanced', 'script', 'user', 'group', 'role', 'department', 'location', 'company', 'sys_scope']
            for (const r of this.rows('user_criteria', cols)) {
                const id = String(r.sys_id)
                map.set(id, {
                    id,
                    name: String(r.name ?? ''),
                    // "omitting active results in null and the criteria is silently skipped during evaluation"
                    active: r.active === 1,
                    matchAll: r.match_all === 1,
                    users: list(r.user),
                    groups: list(r.group),
                    roles: list(r.role),
                    departments: list(r.department),
                    locations: list(r.location),
                    companies: list(r.company),
                    script: effectiveScript(r.script),
                    sysScope: typeof r.sys_scope === 'string' ? r.sys_scope : null,
                })
            }
            this.criteriaCache = map
        }
        return this.criteriaCache
    }

    private links(): ItemLinks {
        if (!this.linksCache) {
            const load = (table: string) => {
                const map = new Map<string, string[]>()
                for (const r of this.rows(table, ['sc_cat_item', 'user_criteria'])) {
                    if (!r.sc_cat_item) continue
                    const item = String(r.sc_cat_item)
                    let ids = map.get(item)
                    if (!ids) map.set(item, (ids = []))
                    // An empty reference stays in the list: it restricts the item but matches no one.
                    ids.push(r.user_criteria ? String(r.user_criteria) : '')
                }
                return map
            }
            this.linksCache = { available: load('sc_cat_item_user_criteria_mtom'), notAvailable: load('sc_cat_item_user_criteria_no_mtom') }
        }
        return this.linksCache
    }

    private activeItems(): readonly string[] {
        if (!this.activeItemsCache) this.activeItemsCache = this.rows('sc_cat_item', ['sys_id'], 'active = 1').map((r) => String(r.sys_id))
        return this.activeItemsCache
    }

    private roleIds(names: ReadonlySet<string>): Set<string> {
        if (!this.roleIdsByName) {
            const map = new Map<string, string[]>()
            for (const r of this.rows('sys_user_role', ['sys_id', 'name'])) {
                const name = String(r.name ?? '')
                const ids = map.get(name)
                if (ids) ids.push(String(r.sys_id))
                else map.set(name, [String(r.sys_id)])
            }
            this.roleIdsByName = map
        }
        const out = new Set<string>()
        for (const n of names) for (const id of this.roleIdsByName.get(n) ?? []) out.add(id)
        return out
    }

    private userState(userId: string): UserState {
        const session = this.host.session
        if (session.cache && userId && session.userId === userId) return this.sessionState(session.cache, userId, session.roles)
        const cached = this.users.get(userId)
        if (cached) return cached
        const state: UserState = { facts: this.factsOf(userId), fields: new Map(), items: new Map(), visible: null, session: null }
        if (this.users.size >= MAX_CACHED_USERS) this.users.delete(this.users.keys().next().value as string)
        this.users.set(userId, state)
        return state
    }

    /**
     * The session user's state, kept in the session until logout: their roles are the session's (read
     * at login), their profile and groups read once. A change to the criteria drops the verdicts, a
     * change to the item links or items the item answers: those are definitions, not the user.
     */
    private sessionState(cache: SessionCache, userId: string, roles: ReadonlySet<string>): UserState {
        let state = cache.entries.get(SESSION_KEY) as UserState | undefined
        if (!state || !state.session || state.facts.id !== userId) {
            state = {
                facts: this.factsOf(userId, roles),
                fields: new Map(),
                items: new Map(),
                visible: null,
                session: { scripts: new Map(), criteriaVersion: this.criteriaVersion, linksVersion: this.linksVersion, itemsVersion: this.itemsVersion },
            }
            cache.entries.set(SESSION_KEY, state)
            return state
        }
        const s = state.session
        if (s.criteriaVersion !== this.criteriaVersion) {
            state.fields.clear()
            s.scripts.clear()
            state.items.clear()
            state.visible = null
            s.criteriaVersion = this.criteriaVersion
        }
        if (s.linksVersion !== this.linksVersion) {
            state.items.clear()
            state.visible = null
            s.linksVersion = this.linksVersion
        }
        if (s.itemsVersion !== this.itemsVersion) {
            state.visible = null
            s.itemsVersion = this.itemsVersion
        }
        return state
    }

    /**
     * What the conditions may ask about the user, each part read on first use: a criterion on roles
     * alone (a persona qualifier) costs one query, not three.
     */
    private factsOf(userId: string, sessionRoles?: ReadonlySet<string>): UserFacts {
        const store = this.host.store
        const schema = store.schema
        let profile: { department: string; location: string; company: string } | null = null
        const organisation = () => {
            if (profile) return profile
            let user: Record<string, unknown> | undefined
            if (userId && schema.has('sys_user')) {
                const cols = ['department', 'location', 'company'].filter((c) => schema.column('sys_user', c))
                user = store.prepare(`SELECT ${['sys_id', ...cols].map(q).join(', ')} FROM ${q(schema.table('sys_user').root)} WHERE sys_id = ?`).get(userId) as
                    | Record<string, unknown>
                    | undefined
            }
            profile = { department: String(user?.department ?? ''), location: String(user?.location ?? ''), company: String(user?.company ?? '') }
            return profile
        }
        let groups: Set<string> | null = null
        let roleNames: ReadonlySet<string> | null = sessionRoles ?? null
        let roleIds: Set<string> | null = null
        // A user that does not exist has no memberships and no roles: the queries below find none.
        const roles = () => (roleNames ??= userId ? this.host.rolesOf(userId) : new Set<string>())
        const idsOf = (names: ReadonlySet<string>) => this.roleIds(names)
        return {
            id: userId,
            get department() {
                return organisation().department
            },
            get location() {
                return organisation().location
            },
            get company() {
                return organisation().company
            },
            get groups(): ReadonlySet<string> {
                if (!groups) {
                    groups = new Set<string>()
                    if (userId && schema.has('sys_user_grmember')) {
                        const rows = store.prepare(`SELECT "group" FROM ${q(schema.table('sys_user_grmember').root)} WHERE "user" = ?`).all(userId) as Array<{ group: string | null }>
                        for (const r of rows) if (r.group) groups.add(r.group)
                    }
                }
                return groups
            },
            get roleIds(): ReadonlySet<string> {
                return (roleIds ??= idsOf(roles()))
            },
            get admin() {
                return roles().has('admin')
            },
        }
    }

    private flatten(criteriaIds: readonly string[]): string[] {
        const out: string[] = []
        // By index: a script's array crosses the sandbox membrane, where for…of would call its iterator
        // across the boundary once per element.
        for (let i = 0, n = criteriaIds.length; i < n; i++) {
            const v = criteriaIds[i]
            for (const id of String(v ?? '').split(',')) {
                const t = id.trim()
                if (t) out.push(t)
            }
        }
        return out
    }

    // ------------------------------------------------------------------ evaluation

    /** The verdict of a criterion's field conditions; SCRIPT when only its script can decide. */
    private fieldVerdict(u: UserState, criteriaId: string): FieldVerdict {
        const cached = u.fields.get(criteriaId)
        if (cached !== undefined) return cached
        const verdict = this.computeFieldVerdict(u.facts, criteriaId)
        u.fields.set(criteriaId, verdict)
        return verdict
    }

    private computeFieldVerdict(f: UserFacts, criteriaId: string): FieldVerdict {
        const c = this.criteria().get(criteriaId)
        if (!c || !c.active) return NO
        let set = 0
        let matched = 0
        const check = (values: ReadonlySet<string> | null, test: (values: ReadonlySet<string>) => boolean) => {
            if (!values) return
            set++
            if (test(values)) matched++
        }
        check(c.users, (v) => v.has(f.id))
        check(c.groups, (v) => [...f.groups].some((g) => v.has(g)))
        check(c.roles, (v) => [...f.roleIds].some((r) => v.has(r)))
        check(c.departments, (v) => v.has(f.department))
        check(c.locations, (v) => v.has(f.location))
        check(c.companies, (v) => v.has(f.company))
        // "Specify at least one condition — empty criteria matches no users"
        if (!set && !c.script) return NO
        if (c.matchAll) {
            if (matched < set) return NO
            return c.script ? SCRIPT : YES
        }
        if (matched > 0) return YES
        return c.script ? SCRIPT : NO
    }

    private evaluate(u: UserState, criteriaId: string, scripts: Map<string, boolean> | null): boolean {
        const f = this.fieldVerdict(u, criteriaId)
        if (f !== SCRIPT) return f === YES
        return this.runScript(u.facts.id, criteriaId, scripts)
    }

    /**
     * Any of the criteria (OR). Decided field conditions go first, then script verdicts already kept (the
     * session's, or the open transaction's), so a script runs only when it can change the answer: an item
     * listing another persona's criterion before the user's own, granted already, runs no script.
     * `used.scripted` records that a script decided.
     */
    private anyMatch(u: UserState, ids: readonly string[], scripts: Map<string, boolean> | null, used: { scripted: boolean }): boolean {
        let pending: string[] | null = null
        for (const id of ids) {
            const f = this.fieldVerdict(u, id)
            if (f === YES) return true
            if (f === SCRIPT) (pending ??= []).push(id)
        }
        if (!pending) return false
        used.scripted = true
        if (scripts) for (const id of pending) if (scripts.get(id) === true) return true
        return pending.some((id) => this.runScript(u.facts.id, id, scripts))
    }

    /** Cached per user unless a script decided it outside a session; in the session user's session, cached whatever decided it. */
    private itemVerdict(u: UserState, itemId: string, links: ItemLinks, scripts: Map<string, boolean> | null, used: { scripted: boolean }): boolean {
        const cached = u.items.get(itemId)
        if (cached !== undefined) return cached
        const mine = { scripted: false }
        const verdict = this.decideItem(u, itemId, links, scripts, mine)
        if (mine.scripted) used.scripted = true
        if (!mine.scripted || u.session) u.items.set(itemId, verdict)
        return verdict
    }

    private decideItem(u: UserState, itemId: string, links: ItemLinks, scripts: Map<string, boolean> | null, used: { scripted: boolean }): boolean {
        const notAvailable = links.notAvailable.get(itemId)
        // "notAvailableFor always wins over availableFor"
        if (notAvailable && this.anyMatch(u, notAvailable, scripts, used)) return false
        const available = links.available.get(itemId)
        // "availableFor: [] (or omitted) — no access restriction by criteria; all users can see the item"
        if (!available) return true
        return this.anyMatch(u, available, scripts, used)
    }

    /** A script's function body (answerBody parses it), kept by text: the same text always gives the same body. */
    private bodyOf(script: string): string {
        let body = this.bodies.get(script)
        if (body === undefined) {
            body = answerBody(script)
            if (this.bodies.size >= MAX_CACHED_USERS) this.bodies.clear()
            this.bodies.set(script, body)
        }
        return body
    }

    /**
     * Runs a criterion's script for the user: `user_id` is the user being evaluated, `answer` the
     * result ("The script can also evaluate to a boolean expression": the script's own value counts
     * when it leaves `answer` unset). `scripts` memoises: within one call, or for the session user the
     * whole session.
     */
    private runScript(userId: string, criteriaId: string, scripts: Map<string, boolean> | null): boolean {
        const memo = scripts?.get(criteriaId)
        if (memo !== undefined) return memo
        const c = this.criteria().get(criteriaId)
        let result = false
        if (c?.active && c.script) {
            const source = `user_criteria:${c.name || c.id}`
            try {
                const fn = this.host.scripts.compile(['user_id'], this.bodyOf(c.script), source)
                const scope = this.host.scripts.scopeOf(c.sysScope)
                result = granted(this.host.run(() => withScope(scope, () => fn(userId))))
            } catch (e) {
                this.host.log('error', `${source}: script failed for user ${userId}: ${e instanceof Error ? e.message : String(e)}`)
                result = false
            }
        }
        scripts?.set(criteriaId, result)
        return result
    }
}
