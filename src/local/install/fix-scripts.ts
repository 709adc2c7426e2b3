import type { TableDecl } from '../base/table-decl'
import type { Store } from '../store/store'
import type { BuildRecord } from './read-build'

/*
 * Fix scripts (sys_script_fix) of an installed application. "A fix script is server-side JavaScript
 * code that you run after an application is installed or upgraded" (Fix scripts); "Fix scripts run at
 * the first installation or updated after they have been added to an application. However, previous
 * fix scripts do not run on subsequent application updates" (Run fix scripts); "Before: Option to run
 * the fix script before installing or upgrading the application" (Create a fix script). Like every
 * script, a fix script runs in the scope of the application that owns it.
 */

/** The platform's Fix Script table, with the fields a build carries ("Create a fix script"). */
export const FIX_SCRIPT_TABLES: TableDecl[] = [
    {
        name: 'sys_script_fix',
        label: 'Fix Script',
        columns: {
            name: { type: 'string', label: 'Name', maxLength: 100, mandatory: true, display: true },
            description: { type: 'string', label: 'Description', maxLength: 4000 },
            script: { type: 'script_plain', label: 'Script' },
            before: { type: 'boolean', label: 'Before', default: 'false' },
            unloadable: { type: 'boolean', label: 'Unloadable', default: 'false' },
            record_for_rollback: { type: 'boolean', label: 'Record for rollback', default: 'true' },
            active: { type: 'boolean', label: 'Active', default: 'true' },
            sys_scope: { type: 'reference', reference: 'sys_scope', label: 'Application' },
        },
    },
]

/** A fix script an install runs: its text, and the application scope (name) it runs in. */
export interface FixScriptRun {
    name: string
    script: string
    scope: string
    before: boolean
    file: string
}

const isTrue = (v: string | undefined): boolean => v === 'true' || v === '1'

/**
 * The fix scripts of this install that run: those new to the instance, or whose script changed since
 * the stored version ("run at the first installation or updated"); an unchanged one does not run again.
 * `scopeName` maps a sys_scope value to the scope name (the application being installed is given, since
 * a first install's scope record is not stored yet when its "before" scripts run).
 */
export function fixScriptsToRun(store: Store, records: readonly BuildRecord[], app: { sysId: string; scope: string } | null, scopeName: (sysScope: string) => string): FixScriptRun[] {
    const out: FixScriptRun[] = []
    const stored = store.schema.has('sys_script_fix') ? store.prepare('SELECT script FROM sys_script_fix WHERE sys_id = ?') : null
    for (const r of records) {
        if (r.table !== 'sys_script_fix' || r.action.toUpperCase() !== 'INSERT_OR_UPDATE') continue
        if (r.fields.active !== undefined && !isTrue(r.fields.active)) continue
        const script = r.fields.script ?? ''
        if (!script.trim()) continue
        const before = stored?.get(r.sysId) as { script: string | null } | undefined
        if (before && (before.script ?? '') === script) continue
        const sysScope = r.fields.sys_scope ?? ''
        const scope = app && sysScope === app.sysId ? app.scope : scopeName(sysScope)
        out.push({ name: r.fields.name || r.sysId, script, scope, before: isTrue(r.fields.before), file: r.file })
    }
    return out
}
