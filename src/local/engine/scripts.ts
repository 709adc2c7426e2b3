import * as vm from 'node:vm'
import * as path from 'node:path'
import * as ts from 'typescript'
import * as glide from '../glide'
import * as snUc from '../glide/sn_uc'
import { runtime } from '../glide/runtime'

type AnyFunction = (...args: unknown[]) => unknown
interface LoadedModule {
    exports: Record<string, unknown>
}

/** Classic script includes define classes with Class.create(); the platform's Prototype-style helper. */
const ClassHelper = {
    create(): AnyFunction {
        return function (this: { initialize?: AnyFunction }, ...args: unknown[]) {
            if (typeof this.initialize === 'function') this.initialize(...args)
        } as AnyFunction
    },
}

export class ScriptError extends Error {
    constructor(
        readonly source: string,
        cause: unknown,
    ) {
        super(`${source}: ${cause instanceof Error ? cause.message : String(cause)}`)
        this.name = 'ScriptError'
    }
}

/**
 * Runs the app's scripts as the platform would: string scripts in a vm context with the
 * platform's globals, `sys_module` ES modules through `require`, script includes by scoped name.
 * The vm is not a security boundary: installed app scripts are trusted, as on the platform.
 */
export class ScriptRuntime {
    private context: vm.Context
    private readonly functions = new Map<string, AnyFunction>()
    private readonly modules = new Map<string, LoadedModule>()
    private readonly includes = new Map<string, unknown>()

    constructor() {
        this.context = this.createContext()
    }

    /** Forget compiled code, e.g. after an install changed scripts or modules. */
    reset(): void {
        this.functions.clear()
        this.modules.clear()
        this.includes.clear()
        this.context = this.createContext()
    }

    private createContext(): vm.Context {
        const sandbox: Record<string, unknown> = {
            gs: glide.gs,
            GlideRecord: glide.GlideRecord,
            GlideRecordSecure: glide.GlideRecordSecure,
            GlideAggregate: glide.GlideAggregate,
            GlideDateTime: glide.GlideDateTime,
            GlideElement: glide.GlideElement,
            // sn_uc.UserCriteriaLoader; also what require('@servicenow/glide/sn_uc') returns (below).
            sn_uc: snUc,
            Class: ClassHelper,
            require: (id: string) => this.require(id, ''),
            console: { log: (...a: unknown[]) => runtime().log('info', a.map(String).join(' ')) },
        }
        // Scoped names (`new x_psm_persona.PersonaCriteria()`) resolve script includes lazily.
        for (const scope of ['x_psm_persona', 'global']) {
            sandbox[scope] = new Proxy({}, { get: (_t, prop) => (typeof prop === 'string' ? this.scriptInclude(`${scope}.${prop}`) : undefined) })
        }
        return vm.createContext(sandbox, { name: 'glide' })
    }

    /** Compiles `body` once as a function of `params` inside the context; cached by text. */
    compile(params: readonly string[], body: string, source: string): AnyFunction {
        const key = `${params.join(',')}\u0000${body}`
        let fn = this.functions.get(key)
        if (!fn) {
            try {
                fn = vm.runInContext(`(function (${params.join(', ')}) {\n${body}\n})`, this.context, { filename: source }) as AnyFunction
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
            if (id === '@servicenow/glide') return glide
            const scope = id.slice('@servicenow/glide/'.length)
            return (this.context as Record<string, unknown>)[scope] ?? {}
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
        const module: LoadedModule = { exports: {} }
        this.modules.set(modulePath, module)
        this.modules.set(row.path, module)
        const code = row.path.endsWith('.json')
            ? `module.exports = ${row.content};`
            : ts.transpileModule(row.content, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: false }, fileName: row.path }).outputText
        const fn = this.compile(['exports', 'require', 'module'], code, row.path)
        const modulePathOfRow = row.path
        fn(module.exports, (id: string) => this.require(id, modulePathOfRow), module)
        return module
    }

    /** A script include's class by its api_name (`x_psm_persona.PersonaCriteria`). */
    scriptInclude(apiName: string): unknown {
        if (this.includes.has(apiName)) return this.includes.get(apiName)
        const row = runtime()
            .store.prepare('SELECT name, script FROM sys_script_include WHERE (api_name = ? OR name = ?) AND active IS NOT 0')
            .get(apiName, apiName.split('.').pop()) as { name: string; script: string } | undefined
        if (!row) return undefined
        const name = row.name
        const fn = this.compile([], `${row.script}\n;return typeof ${name} !== 'undefined' ? ${name} : undefined;`, `sys_script_include:${apiName}`)
        const value = fn()
        this.includes.set(apiName, value)
        return value
    }
}
