import type { BuildRecord } from '../../src/local/install/read-build'
import { recordsOf } from './types'

/** The header the SDK writes into a script that calls a module function: `// @fluent-module fn;…;<sys_module path>`. */
const MODULE_HEADER = /^\s*\/\/ @fluent-module ([\w$]+);[^;\n]*;(\S+)/

export interface ModuleCall {
    /** The exported function the script calls. */
    functionName: string
    /** Its sys_module path. */
    modulePath: string
}

/** The module function an SDK-generated script calls; null for a script written as text. */
export function moduleCallOf(script: string): ModuleCall | null {
    const m = MODULE_HEADER.exec(script)
    return m ? { functionName: m[1], modulePath: m[2] } : null
}

/**
 * Script text without comments, so a commented-out call is not a call. Strings are kept (a quoted
 * "//" does not start a comment); good enough for the platform's scripts, which are not minified.
 */
export function withoutComments(script: string): string {
    let out = ''
    let i = 0
    let quote: string | null = null
    while (i < script.length) {
        const c = script[i]
        if (quote) {
            out += c
            if (c === '\\') {
                out += script[i + 1] ?? ''
                i += 2
                continue
            }
            if (c === quote) quote = null
            i++
            continue
        }
        if (c === '"' || c === "'" || c === '`') {
            quote = c
            out += c
            i++
            continue
        }
        if (c === '/' && script[i + 1] === '/') {
            while (i < script.length && script[i] !== '\n') i++
            continue
        }
        if (c === '/' && script[i + 1] === '*') {
            const end = script.indexOf('*/', i + 2)
            const comment = script.slice(i, end < 0 ? script.length : end + 2)
            out += comment.replace(/[^\n]/g, ' ')
            i = end < 0 ? script.length : end + 2
            continue
        }
        out += c
        i++
    }
    return out
}

/** 1-based line of an offset, for messages. */
export function lineAt(text: string, offset: number): number {
    return text.slice(0, offset).split('\n').length
}

/** Tables whose `script` (or named) field holds server-side script text the platform runs. */
const SCRIPT_FIELDS: ReadonlyArray<[string, string]> = [
    ['sys_script', 'script'],
    ['sys_script', 'condition'],
    ['sys_script_include', 'script'],
    ['sys_script_email', 'script'],
    ['sysauto_script', 'script'],
    ['sysevent_script_action', 'script'],
    ['user_criteria', 'script'],
    ['sys_security_acl', 'script'],
    ['sp_widget', 'script'],
]

export interface StringScript {
    record: BuildRecord
    field: string
    script: string
}

/** Every server-side script of the build that is text (not an SDK-generated call of a module function). */
export function stringScripts(records: readonly BuildRecord[]): StringScript[] {
    const out: StringScript[] = []
    for (const [table, field] of SCRIPT_FIELDS) {
        for (const record of recordsOf(records, table)) {
            const script = record.fields[field] ?? ''
            if (script.trim() && !moduleCallOf(script)) out.push({ record, field, script })
        }
    }
    return out
}
