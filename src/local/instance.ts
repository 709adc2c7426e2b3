import { deleteAttachmentsOf, indexAttachmentOwners } from './attachment/cascade'
import { BASE_TABLES } from './base/tables'
import { seedBaseRecords } from './base/seed'
import { GlideRecord } from './glide/GlideRecord'
import { currentLogin, newSessionCache } from './glide/session-cache'
import { asPlatform, setActiveRuntime, withRuntime, withScope, type LogLevel, type Messages, type Properties, type Runtime, type Session } from './glide/runtime'
import { AclEngine } from './engine/acl'
import { RuleEngine } from './engine/business-rules'
import { EventQueue } from './engine/events'
import { RoleInheritance } from './engine/role-inheritance'
import { NotificationEngine } from './engine/notifications'
import { ScheduledJobs } from './engine/jobs'
import { RecordWriter } from './engine/record-ops'
import { Scheduler } from './engine/scheduler'
import { ScriptRuntime } from './engine/scripts'
import { UserCriteriaEngine } from './engine/user-criteria'
import type { FixScriptRun } from './install/fix-scripts'
import { Installer, type InstallOptions, type InstallReport } from './install/installer'
import { scopeAccessOf } from './glide/scope-access'
import { forgetPluginStates } from './plugins/plugins'
import { Store } from './store/store'
import { forgetCartReads } from './service-catalog/cart-writes'

/** A background drain slice: at most this many events and jobs, and no longer than DRAIN_SLICE_MS (see drainSoon). */
const DRAIN_SLICE_ITEMS = 100
const DRAIN_SLICE_MS = 25
/** Events (and jobs) taken per step inside a slice, so the time bound is checked between small steps. */
const DRAIN_STEP = 10
const DRAIN_MAX_SLICES = 100_000

export interface InstanceOptions {
    /** SQLite file, or ':memory:' (the default, for tests). */
    db?: string
    /** In memory, starting from this serialized database (Store.serialize()): an instance saved earlier. */
    image?: Buffer
    /**
     * The image was saved by this same code after Instance.create booted it (a test run's images): its base
     * system is current, so opening it loads the schema instead of writing every base table's dictionary
     * records again, which is most of the cost of opening an image. A test hook: never for a saved database
     * that older code may have written.
     */
    bootedImage?: boolean
    clock?: () => string
    /** Receives every log line; defaults to collecting them in `logs` only. */
    logSink?: (level: LogLevel, message: string) => void
}

export interface LogLine {
    level: LogLevel
    message: string
}

export const SYSTEM_SESSION: Session = { userId: 'system', userName: 'system', roles: new Set(['admin']) }

// sys_plugins: a plugin's script namespace (sn_uc) comes and goes with the plugin.
const SCRIPT_TABLES = new Set(['sys_script', 'sys_script_include', 'sys_module', 'sys_plugins', 'sys_package'])
const ACL_TABLES = new Set(['sys_security_acl', 'sys_security_acl_role', 'sys_security_attribute', 'sys_user_role'])
const ROLE_TABLES = new Set(['sys_user_has_role', 'sys_user_role', 'sys_user_role_contains', 'sys_user_grmember', 'sys_group_has_role'])
const DICTIONARY_TABLES = new Set(['sys_db_object', 'sys_dictionary', 'sys_choice'])
/** What cross-scope decisions depend on (glide/scope-access.ts). */
const SCOPE_TABLES = new Set(['sys_scope', 'sys_app', 'sys_store_app', 'sys_scope_privilege', 'sys_db_object', 'sys_properties'])

/**
 * One local instance: a SQLite database with the base system, the Glide runtime scripts see,
 * business rules, events, the scheduler and the installer. Every Glide call acts on the active instance.
 */
export class Instance implements Runtime {
    readonly store: Store
    session: Session = SYSTEM_SESSION
    /** The running script's application scope (runtime.ts withScope); global outside scripts. */
    scope = 'global'
    readonly scripts = new ScriptRuntime()
    readonly rules: RuleEngine
    readonly scheduler = new Scheduler()
    readonly events: EventQueue
    private readonly roleInheritance: RoleInheritance
    readonly operations: RecordWriter
    readonly installer: Installer
    readonly userCriteria: UserCriteriaEngine
    readonly jobs: ScheduledJobs
    readonly notifications: NotificationEngine
    readonly acl: AclEngine
    messages: Messages = { info: [], error: [] }
    readonly logs: LogLine[] = []
    private readonly propertyCache = new Map<string, string | null>()
    private readonly roleCache = new Map<string, ReadonlySet<string>>()
    private readonly logSink?: (level: LogLevel, message: string) => void

    private constructor(options: InstanceOptions) {
        this.store = new Store({ file: options.db ?? ':memory:', image: options.image, clock: options.clock })
        this.roleInheritance = new RoleInheritance(this.store)
        this.rules = new RuleEngine(this.scripts)
        this.events = new EventQueue(this.store)
        this.operations = new RecordWriter(this.store, this.rules, this.scheduler)
        this.installer = new Installer(this.store, (fix) => this.runFixScript(fix))
        this.jobs = new ScheduledJobs(this.scripts)
        this.acl = new AclEngine(this.store, this.scripts)
        this.logSink = options.logSink
        this.operations.onChange((table) => this.tableChanged(table))
        this.notifications = new NotificationEngine(this.store, this.scripts, this.scheduler)
        this.events.subscribe((event) => this.notifications.handleEvent(event))
        this.operations.onWrite((op, current, previous) => this.notifications.recordWritten(op, current, previous))
        this.operations.onWrite(
            (op, current, previous) => this.roleInheritance.written(op, current, previous),
            (table) => RoleInheritance.writesFor(table),
        )
        this.operations.onChange((table) => this.notifications.tableChanged(table))
        this.operations.onDelete((table, sysId) => (deleteAttachmentsOf(this.store, table, sysId) ? ['sys_attachment', 'sys_attachment_doc'] : []))
        this.userCriteria = new UserCriteriaEngine(this)
    }

    /** Opens (or creates) an instance, boots the base system and makes it the active one. */
    static create(options: InstanceOptions = {}): Instance {
        const instance = new Instance(options)
        instance.activate()
        instance.run(() => {
            if (options.image && options.bootedImage) instance.store.refreshSchema()
            else instance.store.bootstrap(BASE_TABLES)
            indexAttachmentOwners(instance.store)
            seedBaseRecords(instance.store)
            // The script engine was made before this instance's tables existed: rebuild its globals from them
            // (a plugin's namespace, such as sn_uc, exists only while the stored plugin is active).
            instance.scripts.reset()
        })
        return instance
    }

    activate(): this {
        setActiveRuntime(this)
        return this
    }

    /** Runs fn against this instance (as the current session). */
    run<T>(fn: () => T): T {
        return withRuntime(this, fn)
    }

    /** Runs fn as the given user (user_name or sys_id), with fresh message lists. */
    runAs<T>(user: string, fn: () => T): T {
        return this.run(() => {
            const session = this.sessionFor(user)
            if (!session) throw new Error(`No such user: ${user}`)
            const before = { session: this.session, messages: this.messages }
            this.session = session
            this.messages = { info: [], error: [] }
            try {
                return fn()
            } finally {
                this.session = before.session
                this.messages = before.messages
            }
        })
    }

    sessionFor(user: string): Session | null {
        if (user === 'system') return SYSTEM_SESSION
        const row = this.store.prepare('SELECT sys_id, user_name FROM sys_user WHERE sys_id = ? OR user_name = ? LIMIT 1').get(user, user) as
            | { sys_id: string; user_name: string }
            | undefined
        if (!row) return null
        // "The evaluation of a role is cached in the session, so any change in the role requires you to logout
        // and login" ("Create a user criteria record in Service Catalog"): a logged-in session's roles are read
        // at its first use and kept until logout; any other run (a job, a basic-auth request) is its own session.
        const login = currentLogin()
        if (login && login.userId === row.sys_id) {
            login.cache.roles ??= this.rolesOf(row.sys_id)
            return { userId: row.sys_id, userName: row.user_name, roles: login.cache.roles, cache: login.cache }
        }
        const cache = newSessionCache()
        cache.roles = this.rolesOf(row.sys_id)
        return { userId: row.sys_id, userName: row.user_name, roles: cache.roles, cache }
    }

    /**
     * Installs a build. By default as a published app, as `npm start` does; `development: true` installs it
     * as the application being developed on this instance, where runtime access tracking records privileges.
     */
    install(appDir: string, options: InstallOptions = {}): InstallReport {
        const report = this.run(() => this.operations.quietly(() => this.installer.install(appDir, options)))
        if (report.scope) scopeAccessOf(this.store).setDevelopment(report.scope, !!options.development)
        this.metadataChanged()
        // "Fix scripts run at the first installation or updated after they have been added to an application"
        // (Run fix scripts): after the application's files, with the engine that knows them.
        for (const fix of report.fixScripts) this.run(() => this.runFixScript(fix))
        if (report.fixScripts.length) this.drain()
        return report
    }

    /**
     * Runs one fix script in the scope of the application that owns it, as the installing session. A
     * failing fix script is logged and does not undo the install (its files are already in place).
     */
    private runFixScript(fix: FixScriptRun): void {
        const source = `sys_script_fix:${fix.name}`
        try {
            const fn = this.scripts.compile([], fix.script, source)
            withScope(fix.scope, () => fn())
        } catch (e) {
            this.log('error', `Fix script ${fix.name} (${fix.file}) failed: ${e instanceof Error ? e.message : String(e)}`)
        }
    }

    /** After records were written past GlideRecord (an install, an uninstall): forget every compiled script, rule, ACL, access decision and cached role. */
    metadataChanged(): void {
        scopeAccessOf(this.store).invalidate()
        forgetPluginStates(this.store)
        this.scripts.reset()
        this.rules.invalidate()
        this.acl.invalidate()
        this.notifications.invalidate()
        this.userCriteria.invalidate()
        forgetCartReads(this.operations)
        this.propertyCache.clear()
        this.roleCache.clear()
        this.roleGraphCache = null
    }

    /** Processes events and async jobs until nothing is left (bounded, so a loop of events cannot hang a test). */
    drain(maxRounds = 1000): void {
        this.run(() => {
            for (let i = 0; i < maxRounds; i++) {
                const n = this.events.process() + this.scheduler.runPending()
                if (!n) return
            }
            throw new Error(`drain: still busy after ${maxRounds} rounds (an event or job keeps queueing work)`)
        })
    }

    private drainScheduled = false
    private closed = false

    /**
     * Processes queued events and jobs shortly after the current request (server mode), in slices: each
     * slice handles at most DRAIN_SLICE_ITEMS events and jobs and stops early once it has run for
     * DRAIN_SLICE_MS, then yields to the event loop (setImmediate) before the next. A heavy drain (a CAB's
     * hundreds of approval events) would otherwise hold the loop for seconds: requests wait, and idle
     * keep-alive connections time out under their clients. Each event is still atomic on its own (its work
     * and its state together); the events of one step commit together (EventQueue.process).
     */
    drainSoon(): void {
        if (this.drainScheduled || this.closed) return
        this.drainScheduled = true
        setImmediate(() => this.drainSlice(0))
    }

    private drainSlice(slices: number): void {
        if (this.closed) {
            this.drainScheduled = false
            return
        }
        let more = false
        try {
            more = this.run(() => {
                const start = Date.now()
                let done = 0
                while (done < DRAIN_SLICE_ITEMS) {
                    const n = this.events.process(Math.min(DRAIN_STEP, DRAIN_SLICE_ITEMS - done)) + this.scheduler.runPending(DRAIN_STEP)
                    if (!n) return false
                    done += n
                    if (Date.now() - start >= DRAIN_SLICE_MS) break
                }
                return true
            })
        } catch (e) {
            this.log('error', `Background processing failed: ${e instanceof Error ? e.message : String(e)}`)
        }
        if (more && slices + 1 >= DRAIN_MAX_SLICES) {
            // As drain()'s bound: an event or job that keeps queueing work must not keep the instance busy forever.
            this.log('error', `Background processing: still busy after ${DRAIN_MAX_SLICES} slices (an event or job keeps queueing work); stopped until the next request`)
            more = false
        }
        if (more) setImmediate(() => this.drainSlice(slices + 1))
        else this.drainScheduled = false
    }

    close(): void {
        this.closed = true
        this.store.close()
        setActiveRuntime(null)
    }

    log(level: LogLevel, message: string): void {
        this.logs.push({ level, message })
        if (this.logs.length > 5000) this.logs.splice(0, 1000)
        this.logSink?.(level, message)
    }

    readonly properties: Properties = {
        get: (name: string) => {
            if (!this.propertyCache.has(name)) {
                const row = this.store.prepare('SELECT value FROM sys_properties WHERE name = ?').get(name) as { value: string | null } | undefined
                this.propertyCache.set(name, row ? (row.value ?? '') : null)
            }
            const v = this.propertyCache.get(name)
            return v === null ? undefined : v
        },
        // The property API (gs.setProperty) is the platform's: its sys_properties write is not the script's table access.
        set: (name: string, value: string) => {
            this.run(() => asPlatform(() => {
                const gr = new GlideRecord('sys_properties')
                if (!gr.get('name', name)) {
                    gr.initialize()
                    gr.setValue('name', name)
                }
                gr.setValue('value', value)
                gr.update()
            }))
        },
    }

    /** The exports of an installed app module, by the end of its path (e.g. 'src/server/persona/rescore-batch.ts'). */
    appModule<T>(pathSuffix: string): T {
        return this.run(() => {
            const row = this.store.prepare('SELECT path, sys_scope FROM sys_module WHERE path LIKE ? ORDER BY length(path) LIMIT 1').get(`%/${pathSuffix}`) as
                | { path: string; sys_scope: string | null }
                | undefined
            if (!row) throw new Error(`The installed app has no module ${pathSuffix}`)
            const exports = this.scripts.require(row.path, '')
            // The module's functions run in the scope of the application that owns the module, as they do when
            // the app's own scripts call them, and against this instance.
            return inScopeExports(this, this.scripts.scopeOf(row.sys_scope), exports) as T
        })
    }

    evaluate(expression: string): unknown {
        return this.run(() => this.scripts.compileExpression([], expression.trim().replace(/;+$/, ''), 'javascript: value')())
    }

    /** Effective roles: direct, through groups, and every role those contain. */
    rolesOf(userId: string): ReadonlySet<string> {
        const cached = this.roleCache.get(userId)
        if (cached) return cached
        const direct = this.store
            .prepare(
                // A user's roles are their sys_user_has_role rows, inherited ones included: group and contained
                // roles count only once written there (engine/role-inheritance.ts), as on the platform, so a
                // membership written without business rules grants nothing.
                `SELECT h.role AS id FROM sys_user_has_role h WHERE h."user" = ? AND (h.state IS NULL OR h.state = 'active')`,
            )
            .all(userId) as Array<{ id: string | null }>
        const graph = this.roleGraph()
        const ids = new Set<string>()
        // platform-difference: contained-roles-expanded-at-read
        const queue = direct.map((d) => d.id ?? '').filter((id) => graph.names.has(id))
        while (queue.length) {
            const id = queue.pop() as string
            if (ids.has(id)) continue
            ids.add(id)
            for (const c of graph.contains.get(id) ?? []) queue.push(c)
        }
        const names = new Set<string>()
        for (const id of ids) names.add(graph.names.get(id) as string)
        this.roleCache.set(userId, names)
        return names
    }

    /** Every role's name and the roles it contains: read once, so a user's roles cost one query. */
    private roleGraph(): { names: Map<string, string>; contains: Map<string, string[]> } {
        if (this.roleGraphCache) return this.roleGraphCache
        const names = new Map((this.store.prepare('SELECT sys_id, name FROM sys_user_role').all() as Array<{ sys_id: string; name: string }>).map((r) => [r.sys_id, r.name]))
        const contains = new Map<string, string[]>()
        for (const r of this.store.prepare('SELECT role, contains FROM sys_user_role_contains').all() as Array<{ role: string | null; contains: string | null }>) {
            if (r.role && r.contains) contains.set(r.role, [...(contains.get(r.role) ?? []), r.contains])
        }
        this.roleGraphCache = { names, contains }
        return this.roleGraphCache
    }

    private roleGraphCache: { names: Map<string, string>; contains: Map<string, string[]> } | null = null

    private tableChanged(table: string): void {
        if (SCOPE_TABLES.has(table)) scopeAccessOf(this.store).invalidate()
        if (table === 'sys_plugins') forgetPluginStates(this.store)
        if (ACL_TABLES.has(table) || SCRIPT_TABLES.has(table)) this.acl.invalidate()
        if (table === 'sys_properties') this.propertyCache.clear()
        else if (ROLE_TABLES.has(table)) {
            this.roleCache.clear()
            this.roleGraphCache = null
        }
        else if (SCRIPT_TABLES.has(table)) {
            this.scripts.reset()
            this.rules.invalidate()
        } else if (DICTIONARY_TABLES.has(table)) this.store.refreshSchema()
    }
}

/** A module's exports whose functions run in `scope` on `instance` (values other than functions as they are). */
function inScopeExports(instance: Instance, scope: string, exports: unknown): unknown {
    if (exports === null || typeof exports !== 'object') return exports
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(exports)) {
        const value = (exports as Record<string, unknown>)[key]
        if (typeof value !== 'function') {
            out[key] = value
            continue
        }
        const fn = value as (...args: unknown[]) => unknown
        out[key] = function (this: unknown, ...args: unknown[]): unknown {
            const target: unknown = new.target
            return instance.run(() => withScope(scope, () => (target !== undefined ? Reflect.construct(fn, args) : Reflect.apply(fn, this, args))))
        }
    }
    return out
}

export function createInstance(options: InstanceOptions = {}): Instance {
    return Instance.create(options)
}
