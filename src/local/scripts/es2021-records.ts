import { checkScript, describeParseFailure, describeUse, type FeatureUse, type ParseFailure, type ScriptKind } from './es2021-check'

/*
 * Which fields of which tables hold script text the server-side engine runs, and the ES12 check of
 * a set of records (an app's install, `npm run lint` over the build). One list for both, so what
 * lint passes is what installs.
 */

export interface ScriptField {
    field: string
    kind: ScriptKind
}

/**
 * Server-side script fields. sys_module content is the ES module the SDK emits from src/server
 * (a `.json` path holds data, not script); every other field is run as a script body.
 */
export const SERVER_SCRIPT_FIELDS: Readonly<Record<string, readonly ScriptField[]>> = {
    sys_script: [{ field: 'script', kind: 'script' }, { field: 'condition', kind: 'script' }],
    sys_script_include: [{ field: 'script', kind: 'script' }],
    sys_module: [{ field: 'content', kind: 'module' }],
    sys_script_email: [{ field: 'script', kind: 'script' }],
    sys_security_acl: [{ field: 'script', kind: 'script' }],
    sys_security_attribute: [{ field: 'script', kind: 'script' }],
    user_criteria: [{ field: 'script', kind: 'script' }],
    sysauto: [{ field: 'condition', kind: 'script' }],
    sysauto_script: [{ field: 'script', kind: 'script' }, { field: 'condition', kind: 'script' }],
    sysevent_script_action: [{ field: 'script', kind: 'script' }],
    sysevent_email_action: [{ field: 'advanced_condition', kind: 'script' }],
    sys_ws_operation: [{ field: 'operation_script', kind: 'script' }],
    sp_widget: [{ field: 'script', kind: 'script' }],
    sc_cat_item: [{ field: 'entitlement_script', kind: 'script' }],
    sys_script_fix: [{ field: 'script', kind: 'script' }],
    // Transform map, field map and transform event scripts run on the server during a transform.
    sys_transform_map: [{ field: 'script', kind: 'script' }],
    sys_transform_entry: [{ field: 'source_script', kind: 'script' }],
    sys_transform_script: [{ field: 'script', kind: 'script' }],
}

/**
 * Script fields that run in the browser, not in the server engine: the ES12 mode's rules do not
 * apply to them ("ServiceNow has two server-side JavaScript modes", the guide).
 */
export const CLIENT_SCRIPT_FIELDS: Readonly<Record<string, readonly string[]>> = {
    sp_widget: ['client_script', 'link'],
    sp_instance: ['placeholder_dimensions_script'],
    sys_script_client: ['script'],
    // UI scripts (a Service Portal dependency's local JS include) load in the browser.
    sys_ui_script: ['script'],
    catalog_script_client: ['script'],
}

/** One script of a record, ready to check. */
export interface RecordScript {
    field: string
    kind: ScriptKind
    text: string
}

/** The server-side scripts of a record of `table` (empty fields left out). */
export function scriptsOf(table: string, fields: Readonly<Record<string, string>>): RecordScript[] {
    const out: RecordScript[] = []
    for (const f of SERVER_SCRIPT_FIELDS[table] ?? []) {
        const text = fields[f.field] ?? ''
        if (!text.trim()) continue
        if (table === 'sys_module' && /\.json$/i.test(fields.path ?? '')) continue
        out.push({ field: f.field, kind: f.kind, text })
    }
    return out
}

/** A record as both the installer and lint see it. */
export interface CheckedRecord {
    table: string
    sysId?: string
    fields: Readonly<Record<string, string>>
    /** The build file it came from, for messages. */
    file: string
}

export interface ScriptProblem {
    record: CheckedRecord
    field: string
    use?: FeatureUse
    parseError?: ParseFailure
}

/** Every ES12-mode problem of the records' server-side scripts, in record order. */
export function checkRecords(records: readonly CheckedRecord[]): ScriptProblem[] {
    const problems: ScriptProblem[] = []
    for (const record of records) {
        for (const script of scriptsOf(record.table, record.fields)) {
            const result = checkScript(script.text, script.kind)
            if (result.parseError) problems.push({ record, field: script.field, parseError: result.parseError })
            for (const use of result.uses) problems.push({ record, field: script.field, use })
        }
    }
    return problems
}

/** How a record is named in a message: `sys_module x_psm_…/src/server/a.ts (sys_id …)`, `sys_script 'Validate' (sys_id …)`. */
export function describeScriptRecord(r: CheckedRecord): string {
    const label = r.table === 'sys_module' ? r.fields.path || r.fields.name : r.fields.name || r.fields.api_name || r.fields.operation_uri
    return `${r.table} ${label ? `'${label}' ` : ''}(sys_id ${r.sysId || '?'})`
}

/** "update/sys_script_….xml: sys_script 'Validate' (sys_id …) script, line 3, column 5: async methods in classes (Disallowed …)". */
export function describeScriptProblem(p: ScriptProblem): string {
    const what = p.use ? describeUse(p.use) : p.parseError ? describeParseFailure(p.parseError) : ''
    return `${p.record.file}: ${describeScriptRecord(p.record)} ${p.field}, ${what}`
}
