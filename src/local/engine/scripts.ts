import * as path from 'node:path'
import * as ts from 'typescript'
import * as glide from '../glide'
import * as snUc from '../glide/sn_uc'
import * as snSc from '../service-catalog/sn_sc'
import { callInScope, currentScope, inScript, runtime, withScope } from '../glide/runtime'
import { namespaceAvailable, PLUGIN_NAMESPACES } from '../plugins'
import { scopeAccessOf } from '../glide/scope-access'
import { messageOf, ScriptSandbox } from '../scripts/sandbox'
import { forbiddenSyntax } from '../scripts/source'
import { checkScript, describeUse, type ScriptKind } from '../scripts/es2021-check'

type AnyFunction = (...args: unknown[]) => unknown
interface LoadedModule {
    exports: unknown
}

/** A loaded module and the application scope that owns it (its sys_module.sys_scope). */
interface ScopedModule {
    module: LoadedModule
    scope: string
}

/** A script include as loaded: its class (or object) and what decides who may use it. */
interface LoadedInclude {
    value: unknown
    name: string
    scope: string
    access: string
    /** caller_access: restriction ('2') refuses callers from other scopes (see below). */
    restricted: boolean
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/

/**
 * Context code wrapping an include's methods so they run in the include's scope whoever calls them
 * ("scripts run in the scope of the application that owns the record that holds them").
 */
const SCOPE_WRAPPER = `if (cls === null || (typeof cls !== 'function' && typeof cls !== 'object')) return cls;
function wrap(fn) { return function () { return inScope(fn, this, arguments); }; }
function wrapAll(o) {
  if (!o) return;
  var keys = Object.keys(o);
  for (var i = 0; i < keys.length; i++) {
    var d = Object.getOwnPropertyDescriptor(o, keys[i]);
    if (d && typeof d.value === 'function' && d.writable) o[keys[i]] = wrap(d.value);
  }
}
if (typeof cls === 'function') wrapAll(cls.prototype); else wrapAll(cls);
return cls;`

export class ScriptError extends Error {
    constructor(
        readonly source: string,
        cause: unknown,
    ) {
        super(`${source}: ${messageOf(cause)}`)
        this.name = 'ScriptError'
    }
}

/** The Glide API as scripts see it: globals of the context and what `require('@servicenow/glide')` returns. */
const GLIDE_GLOBALS: Readonly<Record<string, unknown>> = {
    gs: glide.gs,
    GlideRecord: glide.GlideRecord,
    GlideRecordSecure: glide.GlideRecordSecure,
    GlideAggregate: glide.GlideAggregate,
    GlideDateTime: glide.GlideDateTime,
    GlideElement: glide.GlideElement,
    GlidePluginManager: glide.GlidePluginManager,
    GlideSysAttachment: glide.GlideSysAttachment,
    // sn_uc.UserCriteriaLoader; also what require('@servicenow/glide/sn_uc') returns. Present only while
    // its plugin is active (plugins/registry.ts PLUGIN_NAMESPACES).
    sn_uc: snUc,
    // sn_sc.CartJS (Service Catalog Scoped API), likewise present only while its plugin is active.
    sn_sc: snSc,
}

/** Whether a global exists now: a plugin's namespace only while the plugin is active; no instance yet, none. */
function globalPresent(name: string): boolean {
    if (!(name in PLUGIN_NAMESPACES)) return true
    try {
        return namespaceAvailable(name)
    } catch {
        return false
    }
}

/**
 * Runs the app's scripts as the platform would: string scripts compiled in the isolated script
 * context (src/local/scripts/sandbox.ts) with the platform's globals, `sys_module` ES modules through
 * `require`, script includes by scoped name. Scripts reach the host only through the sandbox's
 * wrappers; functions returned here are the host's view of script functions (calling them with host
 * objects hands the script wrappers).
 */
export class ScriptRuntime {
    /**
     * Refuse, when a script first compiles, the features the platform's ES12 mode disallows. Only the
     * sandbox's own escape tests turn it off: the isolation must hold for whatever the static check misses.
     */
    engineFeatureCheck = true

    private sandbox!: ScriptSandbox
    private glideModule: unknown
    private readonly functions = new Map<string, Map<string, AnyFunction>>()
    // One instance of each module per process: its top-level state outlives the script execution that
    // loaded it, which the platform does not document.
    // platform-difference: module-state-lifetime
    private readonly modules = new Map<string, ScopedModule>()
    private readonly includes = new Map<string, LoadedInclude | null>()

    constructor() {
        this.createSandbox()
    }

    /**
     * How many times compiled code was forgotten (reset): a caller that keeps compiled functions across calls
     * (an import's transform scripts, for all its rows) compiles again when this moved, as the functions it
     * holds belong to the sandbox reset() replaced.
     */
    generation = 0

    /** Forget compiled code, e.g. after an install changed scripts or modules. */
    reset(): void {
        this.generation++
        this.functions.clear()
        this.modules.clear()
        this.includes.clear()
        this.createSandbox()
    }

    private createSandbox(): void {
        const sandbox = new ScriptSandbox({
            log: (message) => runtime().log('info', message),
            require: (id, from) => this.require(id, from),
            include: (apiName) => this.scriptInclude(apiName),
        })
        // A plugin's namespace is set only while the plugin is active: the engine is reset when sys_plugins changes.
        for (const [name, value] of Object.entries(GLIDE_GLOBALS)) if (globalPresent(name)) sandbox.setGlobal(name, value)
        const module = sandbox.newObject()
        module.QueryCondition = glide.QueryCondition
        for (const [name, value] of Object.entries(GLIDE_GLOBALS)) if (!(name in PLUGIN_NAMESPACES)) module[name] = value
        this.glideModule = module
        this.sandbox = sandbox
        // Scoped names (`new <scope>.<Include>()`): every installed application's scope, and global.
        for (const scope of this.scopes()) sandbox.setNamespace(scope)
        // Global code calls a global include by its bare name too.
        for (const name of this.globalIncludeNames()) sandbox.setGlobalInclude(name)
    }

    /** The installed applications' scopes (sys_scope), never a list kept here. */
    private scopes(): string[] {
        const scopes = new Set(['global'])
        try {
            for (const s of scopeAccessOf(runtime().store).scopeNames()) scopes.add(s)
        } catch {
            // No active instance or no table yet: only global.
        }
        return [...scopes].filter((s) => IDENTIFIER.test(s) && !(s in GLIDE_GLOBALS))
    }

    private globalIncludeNames(): string[] {
        try {
            const rows = runtime().store.prepare("SELECT DISTINCT name FROM sys_script_include WHERE (sys_scope IS NULL OR sys_scope = '' OR sys_scope = 'global') AND active IS NOT 0").all() as Array<{ name: string | null }>
            return rows.map((r) => r.name ?? '').filter((n) => IDENTIFIER.test(n) && !(n in GLIDE_GLOBALS))
        } catch {
            return []
        }
    }

    /** A global include by its bare name: "from global code" only; a scoped script must say `global.<Name>`. */
    private bareInclude(name: string): unknown {
        if (currentScope() !== 'global') throw new ReferenceError(`"${name}" is not defined.`)
        return this.scriptInclude(`global.${name}`)
    }

    /**
     * The scope a record's script runs in: the application its sys_scope names ("scripts run in the scope
     * of the application that owns the record that holds them"); global when it names none.
     */
    scopeOf(sysScope: string | null | undefined): string {
        return scopeAccessOf(runtime().store).scopeName(sysScope)
    }

    /** fn, run in `scope` whenever it is called (a record's compiled script). */
    inScope<A extends unknown[], R>(scope: string, fn: (...args: A) => R): (...args: A) => R {
        return (...args: A) => withScope(scope, () => fn(...args))
    }

    /** inScope for a function of two arguments (a business rule's current and previous), called without a closure or argument array per call. */
    inScopeBinary<A, B, R>(scope: string, fn: (a: A, b: B) => R): (a: A, b: B) => R {
        return (a: A, b: B) => callInScope(scope, fn, a, b)
    }

    /** Compiles `body` once as a function of `params` inside the context; cached by text. */
    compile(params: readonly string[], body: string, source: string, engineCheck: ScriptKind | 'checked' = 'script'): AnyFunction {
        // Keyed by parameter list, then body: the body text is hashed once per string, not concatenated into a new key per call.
        const paramsKey = params.join(',')
        let byBody = this.functions.get(paramsKey)
        if (!byBody) {
            byBody = new Map()
            this.functions.set(paramsKey, byBody)
        }
        let fn = byBody.get(body)
        if (!fn) {
            const refused = forbiddenSyntax(params, body)
            if (refused) throw new ScriptError(source, refused)
            // "Disallowed features result in an error" (JavaScript engine feature support): a script saved
            // after install (a rule written through GlideRecord or the Table API) fails when the engine runs
            // it, as on the platform; the installer refuses the same features before anything is written.
            if (engineCheck !== 'checked' && this.engineFeatureCheck) {
                const use = checkScript(body, engineCheck).uses[0]
                if (use) throw new ScriptError(source, new Error(describeUse(use)))
            }
            try {
                fn = this.sandbox.compileFunction(params, body, source)
            } catch (e) {
                throw new ScriptError(source, e)
            }
            byBody.set(body, fn)
        }
        return fn
    }

    /** Evaluates a script expression (a business-rule condition, an advanced condition). */
    compileExpression(params: readonly string[], expression: string, source: string): AnyFunction {
        return this.compile(params, `return (${expression || 'true'});`, source)
    }

    /** `require` as the SDK-generated scripts use it: app module paths, relative paths, @servicenow/glide. */
    require(id: string, from: string): unknown {
        if (id === '@servicenow/glide' || id.startsWith('@servicenow/glide/')) {
            if (id === '@servicenow/glide') return this.glideModule
            // A plugin namespace whose plugin is inactive is an empty module: its classes are absent, so code
            // that checks (GlidePluginManager.isActive, or the import being undefined) can degrade.
            // platform-difference: inactive-plugin-module
            const name = id.slice('@servicenow/glide/'.length)
            return (globalPresent(name) ? GLIDE_GLOBALS[name] : undefined) ?? this.sandbox.newObject()
        }
        const resolved = id.startsWith('.') ? path.posix.normalize(path.posix.join(path.posix.dirname(from), id)) : id
        const loaded = this.loadModule(resolved)
        // "Modules and third-party libraries are restricted to their application scope; cross-application
        // usage is not supported" (JavaScript modules and third-party libraries, Limitations; the SDK's
        // module-guide: "Modules work only within the application scope -- no cross-scope module sharing").
        // A script of another scope (global included) is refused; the platform's own callers (an install, a
        // test harness, no script running) are not scripts. The wording is ours: the platform documents none.
        // platform-difference: cross-scope-require-message
        const caller = currentScope()
        if (inScript() && caller !== loaded.scope) {
            const message = `Module '${id}' belongs to scope ${loaded.scope}: it cannot be required from scope ${caller} (modules are restricted to their application scope)`
            runtime().log('error', message)
            throw new Error(message)
        }
        return loaded.module.exports
    }

    private loadModule(modulePath: string): ScopedModule {
        const cached = this.modules.get(modulePath)
        if (cached) return cached
        const candidates = [modulePath, `${modulePath}.ts`, `${modulePath}.js`, `${modulePath}/index.ts`, `${modulePath}/index.js`]
        let row: { path: string; content: string; sys_scope: string | null } | undefined
        for (const c of candidates) {
            row = runtime().store.prepare('SELECT path, content, sys_scope FROM sys_module WHERE path = ?').get(c) as typeof row
            if (row) break
        }
        if (!row) throw new Error(`Cannot find module '${modulePath}' (no sys_module with that path)`)
        const found = row
        // The module object is made in the context: the module's code writes to it.
        const module = this.sandbox.newObject() as LoadedModule & Record<string, unknown>
        module.exports = this.sandbox.newObject()
        const scoped: ScopedModule = { module, scope: this.scopeOf(row.sys_scope) }
        this.modules.set(modulePath, scoped)
        this.modules.set(row.path, scoped)
        const code = row.path.endsWith('.json')
            ? `module.exports = ${row.content};`
            : ts.transpileModule(row.content, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: false }, fileName: row.path }).outputText
        // The installed module text was checked as a module at install; its CommonJS transpilation is engine plumbing.
        const fn = this.compile(['exports', 'require', 'module'], code, row.path, 'checked')
        // Its top-level code runs in its own scope, whoever required it first.
        withScope(scoped.scope, () => fn(module.exports, this.sandbox.requireFrom(found.path), module))
        return scoped
    }

    /**
     * A script include's class by its api_name (`<scope>.<Name>`), for the running script's scope. A scoped
     * include is found only under its own scope's name, a global one under `global.` (or its bare name
     * from global code). "Accessible from: This application scope only" refuses other scopes; a public
     * include called from another scope needs the caller's execute privilege (glide/scope-access.ts).
     */
    scriptInclude(apiName: string): unknown {
        const dot = apiName.indexOf('.')
        if (dot < 0) return this.bareInclude(apiName)
        if (dot === 0) return undefined
        let loaded = this.includes.get(apiName)
        if (loaded === undefined) {
            loaded = this.loadInclude(apiName.slice(0, dot), apiName.slice(dot + 1))
            this.includes.set(apiName, loaded)
        }
        if (!loaded) return undefined
        const caller = currentScope()
        if (caller !== loaded.scope) {
            if (loaded.access !== 'public') {
                const message = `Illegal access to private script include ${loaded.name} in scope ${loaded.scope} being called from scope ${caller}`
                runtime().log('error', message)
                throw new Error(message)
            }
            // callerAccess "restriction: Do not allow access unless an admin approves access by the scope" (the
            // SDK's ScriptInclude API). Approvals (restricted caller access records) are not kept here, so no
            // other scope is ever approved.
            // platform-difference: restricted-caller-access-never-approved
            if (loaded.restricted) {
                const message = `Security restricted: Execute operation on API '${loaded.name}' from scope '${caller}' was denied: the script include restricts its callers (Caller Restriction)`
                runtime().log('error', message)
                throw new Error(message)
            }
            const refused = scopeAccessOf(runtime().store).execute(caller, loaded.scope, loaded.name)
            if (refused) throw new Error(refused)
        }
        return loaded.value
    }

    private loadInclude(scope: string, name: string): LoadedInclude | null {
        const access = scopeAccessOf(runtime().store)
        const rows = runtime().store.prepare('SELECT name, script, access, caller_access, sys_scope, api_name FROM sys_script_include WHERE name = ? AND active IS NOT 0').all(name) as Array<{
            name: string
            script: string | null
            access: string | null
            caller_access: string | null
            sys_scope: string | null
            api_name: string | null
        }>
        const row = rows.find((r) => access.scopeName(r.sys_scope) === scope)
        if (!row) return null
        if (!IDENTIFIER.test(name)) throw new Error(`Script include name "${name}" is not an identifier`)
        const apiName = `${scope}.${name}`
        const fn = this.compile([], `${row.script ?? ''}\n;return typeof ${name} !== 'undefined' ? ${name} : undefined;`, `sys_script_include:${apiName}`)
        // The include's own code (its definition and, through the wrapper, each method call) runs in its scope.
        const cls = withScope(scope, () => fn())
        const wrap = this.compile(['cls', 'inScope'], SCOPE_WRAPPER, 'script include scope', 'checked')
        const value = wrap(cls, (method: AnyFunction, self: unknown, args: ArrayLike<unknown>) => withScope(scope, () => Reflect.apply(method, self, Array.from(args))))
        return { value, name, scope, access: row.access || 'package_private', restricted: row.caller_access === '2' || row.caller_access === 'restriction' }
    }
}
