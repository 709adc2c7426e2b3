import { GlideRecord } from '../glide/GlideRecord'
import type { Instance } from '../instance'
import { QueryError } from '../query'
import type { Column } from '../store/schema'
import { PASSWORD_TYPES } from '../store/passwords'
import { booleanText } from '../store/values'
import { HttpError } from './errors'

export type DisplayMode = 'false' | 'true' | 'all'

export interface ListOptions {
    query: string
    fields: string[] | null
    limit: number
    offset: number
    display: DisplayMode
    excludeLinks: boolean
}

export type JsonValue = string | { value?: string; display_value?: string; link?: string }
export type JsonRecord = Record<string, JsonValue>

const TABLE_NAME = /^[a-z0-9_]{1,80}$/
const SYS_ID = /^[0-9a-f]{32}$/
/** The platform's Table API caps a page at 10,000 rows unless told otherwise. */
export const DEFAULT_LIMIT = 10_000

/** Who may do what through the Table API, for the session user (the ACL engine plugs in here). */
export interface AccessPolicy {
    check(operation: 'read' | 'write' | 'create' | 'delete', table: string, record: GlideRecord | null, field?: string): boolean
}

/**
 * The platform's Table API (`/api/now/table`): list, read, create, update, delete, with
 * sysparm_query/fields/limit/offset/display_value and the platform's status codes.
 */
export class TableApi {
    constructor(
        private readonly instance: Instance,
        private readonly baseUrl: string,
        private readonly access: AccessPolicy,
    ) {}

    private table(name: string): void {
        if (!TABLE_NAME.test(name) || !this.instance.store.schema.has(name)) throw new HttpError(400, `Invalid table ${name.slice(0, 80)}`, null)
    }

    private deny(op: string, table: string): never {
        throw new HttpError(403, 'Operation Failed', `ACL restricts the ${op} of ${table} records`)
    }

    list(table: string, o: ListOptions): { result: JsonRecord[]; total: number } {
        this.table(table)
        if (!this.access.check('read', table, null)) this.deny('read', table)
        const gr = new GlideRecord(table)
        try {
            if (o.query) gr.addEncodedQuery(o.query)
            const total = gr.getRowCount()
            gr.chooseWindow(o.offset, o.offset + o.limit)
            gr.query()
            const result: JsonRecord[] = []
            while (gr.next()) if (this.access.check('read', table, gr)) result.push(this.serialize(gr, o))
            return { result, total }
        } catch (e) {
            if (e instanceof QueryError) throw new HttpError(400, 'Invalid query', e.message)
            throw e
        }
    }

    private load(table: string, sysId: string, op: 'read' | 'write' | 'delete'): GlideRecord {
        this.table(table)
        const gr = new GlideRecord(table)
        if (!SYS_ID.test(sysId) || !gr.get(sysId) || !this.access.check(op === 'read' ? 'read' : op, table, gr)) {
            throw new HttpError(404, 'No Record found', "Record doesn't exist or ACL restricts the record retrieval")
        }
        return gr
    }

    get(table: string, sysId: string, o: ListOptions): JsonRecord {
        return this.serialize(this.load(table, sysId, 'read'), o)
    }

    create(table: string, body: unknown, o: ListOptions): JsonRecord {
        this.table(table)
        if (!this.access.check('create', table, null)) this.deny('create', table)
        const gr = new GlideRecord(table)
        gr.initialize()
        this.assign(gr, body)
        if (!this.access.check('create', table, gr)) this.deny('create', table)
        const id = gr.insert()
        if (!id) this.refused('insert', table)
        return this.serialize(gr, o)
    }

    update(table: string, sysId: string, body: unknown, o: ListOptions): JsonRecord {
        const gr = this.load(table, sysId, 'write')
        this.assign(gr, body)
        if (!gr.update()) this.refused('update', table)
        return this.serialize(gr, o)
    }

    remove(table: string, sysId: string): void {
        const gr = this.load(table, sysId, 'delete')
        if (!gr.deleteRecord()) this.refused('delete', table)
    }

    private refused(op: string, table: string): never {
        const refusal = this.instance.operations.lastRefusal
        if (refusal?.reason === 'invalid') throw new HttpError(400, 'Invalid value', refusal.message)
        throw new HttpError(403, 'Operation Failed', `Error during ${op} of ${table}: ${refusal?.message ?? 'refused'}`)
    }

    /** Copies a JSON body onto a record: unknown fields are ignored (as the platform does), bad shapes are 400. */
    private assign(gr: GlideRecord, body: unknown): void {
        if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new HttpError(400, 'Exception while reading request', 'The payload must be a JSON object of field values')
        const info = gr.tableInfo()
        for (const [field, value] of Object.entries(body as Record<string, unknown>)) {
            const col = info.columns.get(field)
            if (!col || (col.element.startsWith('sys_') && col.element !== 'sys_id')) continue
            if (col.element === 'sys_id' && !gr.isNewRecord()) continue
            if (value !== null && typeof value === 'object') throw new HttpError(400, 'Invalid value', `Field ${field} takes a string, number or boolean`)
            if (!this.access.check(gr.isNewRecord() ? 'create' : 'write', info.name, gr, field)) throw new HttpError(403, 'Operation Failed', `ACL restricts writing the field ${field} of ${info.name}`)
            gr.setValue(field, value)
        }
    }

    private columns(gr: GlideRecord, fields: string[] | null): Array<[string, Column | undefined]> {
        const info = gr.tableInfo()
        if (!fields) return [...info.columns.values()].filter((c) => !PASSWORD_TYPES.has(c.type)).map((c) => [c.element, c])
        return fields.filter((f) => f !== '').map((f) => [f, f.includes('.') ? walkColumn(gr, f) : info.columns.get(f)])
    }

    serialize(gr: GlideRecord, o: Pick<ListOptions, 'fields' | 'display' | 'excludeLinks'>): JsonRecord {
        const out: JsonRecord = {}
        const table = gr.getTableName()
        for (const [name, col] of this.columns(gr, o.fields)) {
            if (!col || PASSWORD_TYPES.has(col.type)) {
                if (!col) out[name] = ''
                continue
            }
            // A field the user may not read is left out, as the platform leaves it out of REST responses.
            if (!name.includes('.') && !this.access.check('read', table, gr, name)) continue
            const raw = gr.getValue(name)
            const value = col.type === 'boolean' ? booleanText(raw) : (raw ?? '')
            // Display values are read only when asked for (a journal field's reads its entries).
            const display = () => (col.type === 'boolean' ? value : gr.getDisplayValue(name))
            const link = col.type === 'reference' && raw && !o.excludeLinks ? `${this.baseUrl}/api/now/table/${col.reference}/${raw}` : undefined
            if (o.display === 'all') out[name] = link ? { display_value: display(), value, link } : { display_value: display(), value }
            else if (o.display === 'true') out[name] = link ? { display_value: display(), link } : display()
            else out[name] = link ? { link, value } : value
        }
        return out
    }
}

function walkColumn(gr: GlideRecord, path: string): Column | undefined {
    const parts = path.split('.')
    let current: GlideRecord = gr
    for (let i = 0; i < parts.length - 1; i++) {
        const c = current.column(parts[i])
        if (!c || c.type !== 'reference') return undefined
        current = current.referencedRecord(parts[i])
    }
    return current.column(parts[parts.length - 1])
}
