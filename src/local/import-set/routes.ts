import busboy from 'busboy'
import { GlideRecord } from '../glide/GlideRecord'
import type { Instance } from '../instance'
import { HttpError } from '../http/errors'
import { sendJson } from '../http/respond'
import type { RequestContext, Route } from '../http/router'
import { loadCsv, MAX_CSV_BYTES } from './csv-load'
import { addRow, closeLoad, ImportSetError, openImportSet, stagingTable, transformImportSet } from './importer'
import { resultEntry, storedEntry, type ImportResultEntry } from './result'

/*
 * The Import Set API (REST API reference, "Import Set API"): "This API transforms incoming data based on
 * associated transform maps"; "Access to tables via the REST API is restricted by BasicAuth ... ACLs defined
 * on tables are still enforced".
 * - POST /now/import/{stagingTableName}: one row, transformed synchronously; the answer is
 *   {import_set, staging_table, result: [one entry per transform map]}.
 * - POST /now/import/{stagingTableName}/insertMultiple: {"records": [...]}, keyed by column label by default;
 *   "Transformation is asynchronous by default"; answers {import_set_id, multi_import_set_id}.
 * - GET /now/import/{stagingTableName}/{sys_id}: the staging record's transformation result.
 * And the CSV post ("Post CSV or Excel files directly to an import set"):
 * POST /sys_import.do?sysparm_import_set_tablename=<table>&sysparm_transform_after_load=true, the file as
 * a multipart attachment; role import_set_loader (admins pass).
 */

const PREFIX = String.raw`^\/api\/now\/(?:v1\/|v2\/)?import\/([^/]+)`
const MAX_RECORDS = 10_000

function refusal(e: unknown): never {
    if (e instanceof ImportSetError) throw new HttpError(e.status, e.message, e.detail)
    throw e
}

function parseJson(text: string): unknown {
    try {
        return JSON.parse(text)
    } catch {
        throw new HttpError(400, 'Exception while reading request', 'The payload is not valid JSON.')
    }
}

/** A JSON value as an import set column holds it: text ("accepts only name-value pairs of String data types"). */
function asText(value: unknown): string {
    if (value === null || value === undefined) return ''
    if (typeof value !== 'object') return String(value)
    // "the ":" notion of the nested JSON object is changed to "="".
    if (Array.isArray(value)) return `[${value.map(asText).join(', ')}]`
    return `{${Object.entries(value as Record<string, unknown>).map(([k, v]) => `${k}=${asText(v)}`).join(', ')}}`
}

function checkAccess(instance: Instance, op: 'create' | 'read', table: string, record: GlideRecord | null): void {
    if (!instance.acl.can(op, table, record)) throw new HttpError(403, 'Operation Failed', `ACL restricts the ${op} of ${table} records`)
}

async function insertOne(instance: Instance, ctx: RequestContext): Promise<void> {
    const table = decodeURIComponent(ctx.params[0])
    const text = await ctx.body()
    const body = parseJson(text)
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new HttpError(400, 'Exception while reading request', 'The payload must be a JSON object of column values')
    const out = instance.runAs(ctx.user?.userId ?? '', () => {
        try {
            const info = stagingTable(table)
            checkAccess(instance, 'create', table, null)
            const values: Record<string, string> = {}
            for (const [k, v] of Object.entries(body as Record<string, unknown>)) values[k] = asText(v)
            const { set, row } = instance.store.transaction(() => {
                const set = openImportSet(instance, table)
                const row = addRow(instance, set, info, 0, values)
                closeLoad(set)
                return { set, row }
            })
            const report = transformImportSet(instance, set)
            const results: ImportResultEntry[] = (report.rows.get(row.getUniqueValue()) ?? []).map((r) => resultEntry(ctx.baseUrl, r))
            return { import_set: set.getValue('number') ?? '', staging_table: table, result: results }
        } catch (e) {
            return refusal(e)
        }
    })
    instance.drainSoon()
    sendJson(ctx.res, 201, out)
}

/** insertMultiple's records: keyed by column label ("The column mapping default key value is to the column table" label), or by column name. */
function recordValues(info: ReturnType<typeof stagingTable>, record: unknown, index: number): Record<string, string> {
    if (typeof record !== 'object' || record === null || Array.isArray(record)) throw new HttpError(400, 'Exception while reading request', `records[${index}] is not an object of column values`)
    const byLabel = new Map<string, string>()
    for (const col of info.columns.values()) if (!col.element.startsWith('sys_')) byLabel.set(col.label, col.element)
    const values: Record<string, string> = {}
    for (const [k, v] of Object.entries(record as Record<string, unknown>)) {
        const column = byLabel.get(k)
        if (column) values[column] = asText(v)
    }
    return values
}

// platform-difference: import-insert-multiple-defaults
async function insertMultiple(instance: Instance, ctx: RequestContext): Promise<void> {
    const table = decodeURIComponent(ctx.params[0])
    const body = parseJson(await ctx.body()) as { records?: unknown }
    if (typeof body !== 'object' || body === null || !Array.isArray(body.records)) throw new HttpError(400, 'Exception while reading request', 'The payload must be {"records": [ ... ]}')
    const records = body.records as unknown[]
    if (records.length > MAX_RECORDS) throw new HttpError(413, 'Request entity too large', `Send at most ${MAX_RECORDS} records per request`)
    const userId = ctx.user?.userId ?? ''
    const out = instance.runAs(userId, () => {
        try {
            const info = stagingTable(table)
            checkAccess(instance, 'create', table, null)
            const rows = records.map((r, i) => recordValues(info, r, i))
            return instance.store.transaction(() => {
                const multi = new GlideRecord('sys_multi_import_set')
                multi.initialize()
                multi.setValue('state', 'loaded')
                const multiId = ctx.url.searchParams.get('multi_import_set_id') || multi.insert() || ''
                const set = openImportSet(instance, table, { mode: 'asynchronous', multiImportSet: multiId })
                rows.forEach((values, i) => addRow(instance, set, info, i, values))
                closeLoad(set)
                return { import_set_id: set.getUniqueValue(), multi_import_set_id: multiId }
            })
        } catch (e) {
            return refusal(e)
        }
    })
    // "Transformation is asynchronous by default": queued, run after this response, as the caller.
    instance.scheduler.enqueue({
        name: `Import set transform ${out.import_set_id}`,
        run: () =>
            instance.runAs(userId, () => {
                const set = new GlideRecord('sys_import_set')
                if (set.get(out.import_set_id)) transformImportSet(instance, set)
            }),
    })
    instance.drainSoon()
    sendJson(ctx.res, 201, out)
}

function getRow(instance: Instance, ctx: RequestContext): void {
    const table = decodeURIComponent(ctx.params[0])
    const sysId = decodeURIComponent(ctx.params[1])
    const out = instance.runAs(ctx.user?.userId ?? '', () => {
        try {
            stagingTable(table)
            const row = new GlideRecord(table)
            // "GET requests may return 404 Not Found responses if the transformation result no longer exists."
            if (!row.get(sysId) || !instance.acl.can('read', table, row)) throw new HttpError(404, 'No Record found', "Record doesn't exist or ACL restricts the record retrieval")
            const set = new GlideRecord('sys_import_set')
            set.get(row.getValue('sys_import_set') ?? '')
            const map = new GlideRecord('sys_transform_map')
            const mapName = map.get(row.getValue('sys_transform_map') ?? '') ? (map.getValue('name') ?? '') : ''
            const result = mapName
                ? [
                      storedEntry(ctx.baseUrl, {
                          mapName,
                          table: row.getValue('sys_target_table') ?? '',
                          status: row.getValue('sys_import_state') ?? '',
                          targetSysId: row.getValue('sys_target_sys_id') ?? '',
                          comment: row.getValue('sys_import_state_comment') ?? '',
                      }),
                  ]
                : []
            return { import_set: set.getValue('number') ?? '', staging_table: table, result }
        } catch (e) {
            return refusal(e)
        }
    })
    sendJson(ctx.res, 200, out)
}

/** The posted file of sys_import.do: one multipart file part, within MAX_CSV_BYTES. */
function readFile(ctx: RequestContext): Promise<Buffer> {
    const type = String(ctx.req.headers['content-type'] ?? '')
    if (!/^multipart\/form-data\b/i.test(type)) return Promise.reject(new HttpError(415, 'Unsupported Media Type', 'Post the file as a multipart/form-data attachment'))
    return new Promise((resolve, reject) => {
        let bb: busboy.Busboy
        try {
            bb = busboy({ headers: ctx.req.headers, limits: { fileSize: MAX_CSV_BYTES, files: 1, fields: 20, fieldSize: 4096, parts: 30 } })
        } catch {
            reject(new HttpError(400, 'Bad request', 'Malformed multipart form'))
            return
        }
        let file: Buffer | null = null
        let failure: HttpError | null = null
        bb.on('file', (_name, stream) => {
            const chunks: Buffer[] = []
            stream.on('data', (c: Buffer) => chunks.push(c))
            stream.on('limit', () => (failure ??= new HttpError(413, 'Request entity too large', `A file may not exceed ${MAX_CSV_BYTES} bytes`)))
            stream.on('end', () => (file = Buffer.concat(chunks)))
        })
        bb.on('filesLimit', () => (failure ??= new HttpError(400, 'Bad request', 'Post one file at a time')))
        bb.on('partsLimit', () => (failure ??= new HttpError(400, 'Bad request', 'Too many form parts')))
        bb.on('error', () => reject(new HttpError(400, 'Bad request', 'Malformed multipart form')))
        bb.on('close', () => {
            if (failure) reject(failure)
            else if (!file) reject(new HttpError(400, 'Bad request', 'No file: post the CSV file as a multipart attachment'))
            else resolve(file)
        })
        ctx.req.pipe(bb)
    })
}

// platform-difference: import-sys-import-do-report
async function postFile(instance: Instance, ctx: RequestContext): Promise<void> {
    const table = ctx.url.searchParams.get('sysparm_import_set_tablename') ?? ''
    const transform = (ctx.url.searchParams.get('sysparm_transform_after_load') ?? 'false').toLowerCase() === 'true'
    const userId = ctx.user?.userId ?? ''
    instance.runAs(userId, () => {
        // "Role required: import_set_loader".
        const roles = instance.session.roles
        if (!roles.has('admin') && !roles.has('import_set_loader')) throw new HttpError(403, 'Operation Failed', 'Posting a file to an import set requires the import_set_loader role')
        try {
            stagingTable(table)
        } catch (e) {
            refusal(e)
        }
    })
    const file = await readFile(ctx)
    const report = instance.runAs(userId, () => {
        try {
            return loadCsv(instance, table, file.toString('utf8'), { transform, shortDescription: 'Posted to sys_import.do' })
        } catch (e) {
            return refusal(e)
        }
    })
    instance.drainSoon()
    const t = report.transform
    sendJson(ctx.res, 200, {
        import_set: report.number,
        import_set_id: report.importSet,
        staging_table: report.table,
        rows: report.rows,
        transformed: t !== null,
        inserted: t?.inserted ?? 0,
        updated: t?.updated ?? 0,
        ignored: t?.ignored ?? 0,
        skipped: t?.skipped ?? 0,
        errors: t?.errors ?? 0,
        problems: report.problems,
    })
}

export function importSetRoutes(instance: Instance): Route[] {
    return [
        { method: 'POST', pattern: new RegExp(`${PREFIX}\\/insertMultiple\\/?$`), auth: 'basic', handle: (ctx) => insertMultiple(instance, ctx) },
        { method: 'POST', pattern: new RegExp(`${PREFIX}\\/?$`), auth: 'basic', handle: (ctx) => insertOne(instance, ctx) },
        { method: 'GET', pattern: new RegExp(`${PREFIX}\\/([^/]+)\\/?$`), auth: 'basic', handle: (ctx) => getRow(instance, ctx) },
        { method: 'POST', pattern: /^\/sys_import\.do$/, auth: 'basic', handle: (ctx) => postFile(instance, ctx) },
    ]
}
