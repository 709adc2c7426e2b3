import { zipSync, type Zippable } from 'fflate'
import type { Instance } from '../instance'
import { quoteIdent as q } from '../store/store'
import type { Row } from '../store/store'

/**
 * The application download `now-sdk download` and `now-sdk transform` read (GET /api/fluent/download/
 * {scope sys_id}?sysparam_mode=complete|incremental&sysparam_timestamp=…): a zip of the application's
 * records as update XML, one `<record_update>` per record, as the build writes them, so the SDK's
 * transform turns instance-side changes back into Fluent.
 */

const XML_TEXT = /[&<>]/g
const XML_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }

function escapeText(value: string): string {
    // Characters XML 1.0 cannot carry at all are dropped rather than producing a file no parser reads.
    // eslint-disable-next-line no-control-regex
    return value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(XML_TEXT, (c) => ENTITIES[c])
}

function escapeAttribute(value: string): string {
    return escapeText(value).replace(/"/g, '&quot;')
}

function stored(value: unknown): string | null {
    if (value === null || value === undefined) return null
    if (typeof value === 'number' || typeof value === 'bigint') return String(value)
    if (Buffer.isBuffer(value)) return value.toString('utf8')
    return String(value)
}

function recordXml(instance: Instance, table: string, row: Row, scopeName: string): string {
    const info = instance.store.schema.table(table)
    const fields: string[] = []
    for (const [name, column] of [...info.columns].sort(([a], [b]) => a.localeCompare(b))) {
        // A column an app named so that it is no XML name cannot be written as an element: left out.
        if (!XML_NAME.test(name)) continue
        let value = stored(row[name])
        // Booleans are stored as 0/1; update XML spells them true/false.
        if (column.type === 'boolean' && value !== null) value = value === '1' || value === 'true' ? 'true' : 'false'
        const attribute = name === 'sys_scope' ? ` display_value="${escapeAttribute(scopeName)}"` : ''
        fields.push(value === null || value === '' ? `    <${name}${attribute}/>` : `    <${name}${attribute}>${escapeText(value)}</${name}>`)
    }
    if (!XML_NAME.test(table)) throw new Error(`table name ${table} is not an XML name`)
    return `<?xml version="1.0" encoding="UTF-8"?>\n<record_update table="${table}">\n  <${table} action="INSERT_OR_UPDATE">\n${fields.join('\n')}\n  </${table}>\n</record_update>\n`
}

export interface DownloadOptions {
    /** Only records updated at or after this time (`YYYY-MM-DD HH:MM:SS`), for sysparam_mode=incremental. */
    since?: string
}

/** The application's records as a zip of update XML files (`update/<table>_<sys_id>.xml`); null when no such application. */
// platform-difference: download-records-only
export function downloadApplication(instance: Instance, appSysId: string, options: DownloadOptions = {}): Uint8Array | null {
    const store = instance.store
    const app = store.prepare("SELECT scope FROM sys_package WHERE sys_id = ? AND sys_class_name = 'sys_app'").get(appSysId) as { scope: string | null } | undefined
    if (!app) return null
    const roots = new Set<string>()
    for (const t of store.schema.all()) if (t.columns.has('sys_scope')) roots.add(t.root)
    const files: Zippable = {}
    for (const root of [...roots].sort()) {
        const since = options.since ? ' AND sys_updated_on >= ?' : ''
        const rows = store.prepare(`SELECT * FROM ${q(root)} WHERE sys_scope = ?${since} ORDER BY sys_id`).all(...(options.since ? [appSysId, options.since] : [appSysId])) as Row[]
        for (const row of rows) {
            const table = typeof row.sys_class_name === 'string' && store.schema.has(row.sys_class_name) ? row.sys_class_name : root
            files[`update/${table}_${String(row.sys_id)}.xml`] = new TextEncoder().encode(recordXml(instance, table, row, app.scope ?? ''))
        }
    }
    return zipSync(files, { level: 6 })
}
