/*
 * The TypeScript compiler for the code under test, loaded at its first use (lazy.js, jest.config.js), with
 * transpileModule() memoized for the jest worker process. The local instance transpiles each app module
 * (an ES module in sys_module) to CommonJS with ts.transpileModule when a script first requires it
 * (src/local/engine/scripts.ts, per instance); suites open a new instance per test, so the same few dozen
 * modules were transpiled again in every test of every suite: a third to a half of an app suite's CPU.
 * transpileModule is a pure function of its input text and options (it reads no file and keeps no state),
 * so the same arguments give the same output: a cache keyed by both is never stale. Each call still gets
 * its own output object. Jest gives every suite its own module registry and globals; the cache is kept on
 * a Node core module object (shared by the worker's suites) under a registered symbol. The enums the
 * instance reads to build the options (ModuleKind, ScriptTarget: plain objects of numbers, the same for
 * the same compiler) are kept there too, so a suite whose modules are all in the cache never loads the
 * compiler (~0.6 s of CPU).
 */
const lazy = require('./lazy')

const CACHE = Symbol.for('psm.tests.transpileModule')
const holder = require('node:util')
const shared = (holder[CACHE] ??= { outputs: new Map(), enums: new Map() })

/** Outputs by JSON of [input, options] (strings and plain option objects, as the instance passes them). */
function memoized(real) {
    const { outputs } = shared
    return (input, options) => {
        const key = JSON.stringify([input, options ?? null])
        let out = outputs.get(key)
        if (!out) {
            out = real().transpileModule(input, options)
            outputs.set(key, out)
        }
        return { ...out, diagnostics: out.diagnostics && [...out.diagnostics] }
    }
}

/** A copy of one of the compiler's enums, made once per worker. */
const sharedEnum = (name) => (real) => {
    if (!shared.enums.has(name)) shared.enums.set(name, Object.freeze({ ...real()[name] }))
    return shared.enums.get(name)
}

module.exports = lazy(() => require('../../../node_modules/typescript/lib/typescript.js'), {
    transpileModule: memoized,
    ModuleKind: sharedEnum('ModuleKind'),
    ScriptTarget: sharedEnum('ScriptTarget'),
})
