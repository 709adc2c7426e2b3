import type { GlideRecord } from '../glide/GlideRecord'
import { withScope } from '../glide/runtime'
import type { ScriptRuntime } from '../engine/scripts'

/*
 * Transform scripts and field-map source scripts, run as the platform runs them ("Transformation script
 * variables", "Map with transformation event scripts"): in the scope of the application that owns the
 * transform map, with `source`, `target`, `map`, `log`, `action`, `import_set`, and the output variables
 * `ignore`, `error`, `error_message` and `status_message` that the script sets by assignment.
 */

/** The variables a transform script may set; the engine reads them back after it ran. */
export interface ScriptOutcome {
    ignore: boolean
    error: boolean
    errorMessage: string
    statusMessage: string
}

export interface ImportLog {
    info(message: unknown): void
    warn(message: unknown): void
    error(message: unknown): void
    debug(message: unknown): void
}

export interface ScriptContext {
    source: GlideRecord | null
    target: GlideRecord | null
    map: GlideRecord
    log: ImportLog
    action: string
    importSet: GlideRecord
}

const PARAMS = ['source', 'target', 'map', 'log', 'action', 'import_set', 'ignore', 'error', 'error_message', 'status_message', 'isUpdate'] as const
const READ_BACK = '\n;return { ignore: ignore, error: error, error_message: error_message, status_message: status_message };'

export type CompiledScript = (...args: unknown[]) => unknown

const SOURCE_PARAMS = ['source', 'action', 'answer'] as const
const RETURN_ANSWER = '\n;return answer;'

/*
 * The compiled body of a script, built once per script text: an import runs the same few scripts for every
 * row, and a body concatenated afresh each time is a new string the compile cache must hash whole again.
 */
const transformBodies = new Map<string, string>()
const sourceBodies = new Map<string, string>()
const MAX_BODIES = 500

function withSuffix(bodies: Map<string, string>, script: string, suffix: string): string {
    let body = bodies.get(script)
    if (body === undefined) {
        if (bodies.size >= MAX_BODIES) bodies.clear()
        body = `${script}${suffix}`
        bodies.set(script, body)
    }
    return body
}

function truthy(v: unknown): boolean {
    return v === true || v === 'true'
}

function textOf(v: unknown): string {
    return v === undefined || v === null ? '' : String(v)
}

/** A transform script compiled as a function of the transform's variables (cached by text, see ScriptRuntime.compile). */
export function compileTransformScript(scripts: ScriptRuntime, script: string, label: string): CompiledScript {
    return scripts.compile(PARAMS, withSuffix(transformBodies, script, READ_BACK), label) as CompiledScript
}

/** A field map's source script compiled as a function of `source`, `action` and `answer`. */
export function compileSourceScript(scripts: ScriptRuntime, script: string, label: string): CompiledScript {
    return scripts.compile(SOURCE_PARAMS, withSuffix(sourceBodies, script, RETURN_ANSWER), label) as CompiledScript
}

/** Runs a compiled transform script (or the map's own script) in `scope`; returns what it set. */
export function runCompiledTransform(fn: CompiledScript, scope: string, ctx: ScriptContext, start: ScriptOutcome): ScriptOutcome {
    const out = withScope(scope, () =>
        fn(ctx.source, ctx.target, ctx.map, ctx.log, ctx.action, ctx.importSet, start.ignore, start.error, start.errorMessage, start.statusMessage, ctx.action === 'update'),
    ) as Record<string, unknown> | null
    if (!out) return start
    return { ignore: truthy(out.ignore), error: truthy(out.error), errorMessage: textOf(out.error_message), statusMessage: textOf(out.status_message) }
}

/** Runs a compiled field-map source script in `scope`: "answer = ..." with `source` (and the row's action); returns answer. */
export function runCompiledSource(fn: CompiledScript, scope: string, source: GlideRecord, action: string): unknown {
    return withScope(scope, () => fn(source, action, undefined))
}

/** Runs one transform script (or the map's own script) in `scope`; returns what it set. */
export function runTransformScript(scripts: ScriptRuntime, script: string, label: string, scope: string, ctx: ScriptContext, start: ScriptOutcome): ScriptOutcome {
    return runCompiledTransform(compileTransformScript(scripts, script, label), scope, ctx, start)
}

/** A field map's source script: "answer = ..." with `source` (and the row's action); returns answer. */
export function runSourceScript(scripts: ScriptRuntime, script: string, label: string, scope: string, source: GlideRecord, action: string): unknown {
    return runCompiledSource(compileSourceScript(scripts, script, label), scope, source, action)
}
