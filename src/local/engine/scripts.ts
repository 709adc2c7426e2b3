import * as path from 'node:path'
import * as ts from 'typescript'
import * as glide from '../glide'
import * as snUc from '../glide/sn_uc'
import { runtime } from '../glide/runtime'
import { namespaceAvailable, PLUGIN_NAMESPACES } from '../plugins'
import { messageOf, ScriptSandbox } from '../scripts/sandbox'
import { forbiddenSyntax } from '../scripts/source'
import { checkScript, describeUse, type ScriptKind } from '../scripts/es2021-check'

type AnyFunction = (...args: unknown[]) => unknown
interface LoadedModule {
    exports: unknown
}

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
    // sn_uc.UserCriteriaLoader; also what require('@servicenow/glide/sn_uc') returns. Present only while
    // its plugin is active (plugins/registry.ts PLUGIN_NAMESPACES).
    sn_uc: snUc,
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
    private readonly functions = new Map<string, AnyFunction>()
    private readonly modules = new Map<string, LoadedModule>()
    private readonly includes = new Map<string, unknown>()

    constructor() {
        this.createSandbox()
    }

    /** Forget compiled code, e.g. after an install changed scripts or modules. */
    reset(): void {
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
        // Scoped names (`new <scope>.<Include>()`): every scope that has script includes, and global.
        for (const scope of this.scopes()) sandbox.setNamespace(scope)
        this.sandbox = sandbox
    }

    private scopes(): string[] {
        const scopes = new Set(['global'])
        try {
            const rows = runtime().store.prepare("SELECT DISTINCT api_name FROM sys_script_include WHERE api_name LIKE '%.%'").all() as Array<{ api_name: string }>
            for (const r of rows) scopes.add(r.api_name.slice(0, r.api_name.indexOf('.')))
        } catch {
            // No active instance or no table yet: only global.
        }
        return [...scopes].filter((s) => /^[A-Za-z_$][\w$]*$/.test(s) && !(s in GLIDE_GLOBALS))
    }

    /** Compiles `body` once as a function of `params` inside the context; cached by text. */
    compile(params: readonly string[], body: string, source: string, engineCheck: ScriptKind | 'checked' = 'script'): AnyFunction {
        const key = `${params.join(',')}\u0000${body}`
        let fn = this.functions.get(key)
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
            this.functions.set(key, fn)
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
        return this.loadModule(resolved).exports
    }

    private loadModule(modulePath: string): LoadedModule {
        const cached = this.modules.get(modulePath)
        if (cached) return cached
        const candidates = [modulePath, `${modulePath}.ts`, `${modulePath}.js`, `${modulePath}/index.ts`, `${modulePath}/index.js`]
        let row: { path: string; content: string } | undefined
        for (const c of candidates) {
            row = runtime().store.prepare('SELECT path, content FROM sys_module WHERE path = ?').get(c) as typeof row
            if (row) break
        }
        if (!row) throw new Error(`Cannot find module '${modulePath}' (no sys_module with that path)`)
        // The module object is made in the context: the module's code writes to it.
        const module = this.sandbox.newObject() as LoadedModule & Record<string, unknown>
        module.exports = this.sandbox.newObject()
        this.modules.set(modulePath, module)
        this.modules.set(row.path, module)
        const code = row.path.endsWith('.json')
            ? `module.exports = ${row.content};`
            : ts.transpileModule(row.content, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: false }, fileName: row.path }).outputText
        // The installed module text was checked as a module at install; its CommonJS transpilation is engine plumbing.
        const fn = this.compile(['exports', 'require', 'module'], code, row.path, 'checked')
        fn(module.exports, this.sandbox.requireFrom(row.path), module)
        return module
    }

    /** A script include's class by its api_name (`<scope>.<Name>`). */
    scriptInclude(apiName: string): unknown {
        if (this.includes.has(apiName)) return this.includes.get(apiName)
        const row = runtime()
            .store.prepare('SELECT name, script FROM sys_script_include WHERE (api_name = ? OR name = ?) AND active IS NOT 0')
            .get(apiName, apiName.split('.').pop()) as { name: string; script: string } | undefined
        if (!row) return undefined
        const name = row.name
        if (!/^[A-Za-z_$][\w$]*$/.test(name)) throw new Error(`Script include name "${name}" is not an identifier`)
        const fn = this.compile([], `${row.script}\n;return typeof ${name} !== 'undefined' ? ${name} : undefined;`, `sys_script_include:${apiName}`)
        const value = fn()
        this.includes.set(apiName, value)
        return value
    }
}
