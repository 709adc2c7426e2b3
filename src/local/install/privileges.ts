import * as fs from 'node:fs'
import * as path from 'node:path'
import type { BuildRecord } from './read-build'

/*
 * What a sys_scope_privilege record in a build must say before anything is installed. "Tables support
 * the read, write, create, and delete operations. Script includes and script objects only support the
 * execute API operation" and "Status: requested, allowed, or denied" (Cross-scope privilege record);
 * "operation: 'execute' requires targetType: 'sys_script_include' | 'scriptable'. CRUD operations
 * require targetType: 'sys_db_object'" (the SDK's CrossScopePrivilege API).
 */

const TABLE_OPERATIONS = new Set(['read', 'write', 'create', 'delete'])
const TARGET_TYPES = new Set(['sys_db_object', 'sys_script_include', 'scriptable'])
const STATUSES = new Set(['requested', 'allowed', 'denied'])

/** The 1-based line of the first `<field` element in the record's file (else of the record), for pointing at the problem. */
export function lineOf(appDir: string, r: BuildRecord, field: string): number {
    try {
        const lines = fs.readFileSync(path.join(appDir, r.file), 'utf8').split('\n')
        const i = lines.findIndex((l) => l.includes(`<${field}>`) || l.includes(`<${field} `) || l.includes(`<${field}/>`))
        if (i >= 0) return i + 1
        const start = lines.findIndex((l) => l.includes(`<${r.table} `) || l.includes(`<${r.table}>`))
        return start >= 0 ? start + 1 : 1
    } catch {
        return 1
    }
}

/** Problems of the build's privilege records, each as `<file>:<line>: <what>`; empty when all are well formed. */
export function checkPrivileges(appDir: string, records: readonly BuildRecord[], appScopeId: string | null): string[] {
    const problems: string[] = []
    for (const r of records) {
        if (r.table !== 'sys_scope_privilege' || r.action.toUpperCase() !== 'INSERT_OR_UPDATE') continue
        const f = r.fields
        const bad = (field: string, what: string): void => {
            problems.push(`${r.file}:${lineOf(appDir, r, field)}: sys_scope_privilege ${r.sysId || '(no sys_id)'}: ${what}`)
        }
        const op = (f.operation ?? '').trim()
        const type = (f.target_type ?? '').trim()
        if (!TARGET_TYPES.has(type)) bad('target_type', `target_type "${type}" is not one of ${[...TARGET_TYPES].join(', ')}`)
        if (op !== 'execute' && !TABLE_OPERATIONS.has(op)) bad('operation', `operation "${op}" is not one of read, write, create, delete, execute`)
        else if (TARGET_TYPES.has(type) && (op === 'execute') !== (type !== 'sys_db_object')) {
            bad('operation', type === 'sys_db_object' ? `a table supports read, write, create and delete, not "${op}"` : `a ${type} supports only execute, not "${op}"`)
        }
        if (!(f.target_name ?? '').trim()) bad('target_name', 'target_name is empty')
        if (!(f.target_scope ?? '').trim()) bad('target_scope', 'target_scope is empty')
        if (!STATUSES.has((f.status ?? '').trim())) bad('status', `status "${f.status ?? ''}" is not one of requested, allowed, denied`)
        // A privilege is the calling application's own declaration: it cannot speak for another app.
        if (appScopeId && (f.source_scope ?? '').trim() !== appScopeId) bad('source_scope', `source_scope "${f.source_scope ?? ''}" is not this application (${appScopeId})`)
    }
    return problems
}
