import { GlideRecord, restrictScan, scanSysIds } from '../glide/GlideRecord'
import { runtime } from '../glide/runtime'
import type { Instance } from '../instance'
import { planQuery, type QueryAccess } from '../engine/query-guard'
import { compileQuery, QueryError, readQueryLeniently, recordHierarchyMembers, resolveScriptCondition, toEncodedQuery, type EncodedQuery } from '../query'
import { JoinResolver } from '../store/resolver'
import type { Column } from '../store/schema'
import { PASSWORD_TYPES } from '../store/passwords'
import { booleanText, SYS_ID_FORMAT } from '../store/values'
import { HttpError } from '../http/errors'
import { findByDisplayValue, inputValue } from './input-display'
import { nameValueText } from './name-value-filter'
import { requireWebServiceAccess } from '../http/ws-access'
import { PageWindow, runCooperatively, runToEnd, scanInSlices, SLICE_MS, TopRows, unfilteredPage } from './list-scan'

export type DisplayMode = 'false' | 'true' | 'all'

export interface ListOptions {
    query: string
    fields: string[] | null
    limit: number
    offset: number
    display: DisplayMode
    excludeLinks: boolean
    /** sysparm_input_display_value: the body's values are display values (a reference's display name, a choice's label). */
    inputDisplay?: boolean
    /** Name-value filters (`?active=true&state=closed`), each to hold as well as `query` (table-api/name-value-filter.ts). */
    filters?: ReadonlyArray<[string, string]>
}

export type JsonValue = string | { value?: string; display_value?: string; link?: string }
export type JsonRecord = Record<string, JsonValue>

const TABLE_NAME = /^[a-z0-9_]{1,80}$/
/** "By default ... the instance ignores the invalid part" of a query unless this property is true (Table API, sysparm_query). */
export const INVALID_QUERY_PROPERTY = 'glide.invalid_query.returns_no_rows'
/** The platform's Table API caps a page at 10,000 rows unless told otherwise. */
export const DEFAULT_LIMIT = 10_000

/** Who may do what through the Table API, for the session user (the ACL engine plugs in here). */
export interface AccessPolicy extends QueryAccess {
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
        // "Allow access to this table via web services" (ws-access.ts).
        requireWebServiceAccess(this.instance.store, name)
    }

    private deny(op: string, table: string): never {
        throw new HttpError(403, 'Operation Failed', `ACL restricts the ${op} of ${table} records`)
    }

    /**
     * A page of the rows the user may read, and how many such rows the query matches (X-Total-Count).
     * The query is checked first (engine/query-guard.ts): a condition on a field the user may not query
     * selects nothing, a sort on one is dropped. Counts and pages are taken over the readable rows only,
     * so neither says anything about rows the user cannot read (see docs/differences: the platform applies
     * sysparm_limit "before ACL evaluation").
     */
    // platform-difference: table-api-readable-counts
    list(table: string, o: ListOptions): { result: JsonRecord[]; total: number } {
        return runToEnd(this.listSteps(table, o))
    }

    /**
     * list() for a request: the scan runs in slices with the event loop free between them (table-api/list-scan.ts),
     * each slice inside `step`, which enters the request's session (the session is per call, not per await).
     */
    // platform-difference: list-scanned-in-slices
    listCooperatively(table: string, o: ListOptions, step: <T>(fn: () => T) => T): Promise<{ result: JsonRecord[]; total: number }> {
        return runCooperatively(step(() => this.listSteps(table, o)), step)
    }

    /**
     * The client's query as it will run: each term checked on its own against the table (field, operator,
     * value), its `javascript:` values evaluated as the caller (query/script-values.ts). An invalid term is
     * left out ("the instance ignores the invalid part. It then returns rows using only the valid portion of
     * the query", Table API sysparm_query); `invalid` says whether any was.
     */
    private readQuery(table: string, text: string, filters: ReadonlyArray<[string, string]>): { query: EncodedQuery; invalid: boolean } {
        const schema = this.instance.store.schema
        const check = (q: EncodedQuery) => compileQuery(q, new JoinResolver(schema, table))
        const run = (call: string) => runtime().evaluate(call)
        const userId = () => runtime().session.userId
        const read = (t: string) =>
            readQueryLeniently(
                t,
                (c) => {
                    const resolved = resolveScriptCondition(c, run, userId, recordHierarchyMembers(this.instance.store))
                    check({ queries: [[[resolved]]], orderBy: [] })
                    return resolved
                },
                (order) => check({ queries: [], orderBy: [order] }),
            )
        const main = read(text)
        if (filters.length === 0) return { query: main.query, invalid: main.dropped.length > 0 }
        // The pairs hold in every ^NQ branch of sysparm_query (^NQ binds loosest, so they cannot just be appended).
        // platform-difference: name-value-filters-with-sysparm-query
        const pairs = read(nameValueText(schema, table, filters, (ref, name) => findByDisplayValue(ref, name, this.access)))
        const extra = pairs.query.queries.flat()
        const queries = main.query.queries.length === 0 ? (extra.length ? [extra] : []) : main.query.queries.map((q) => [...q, ...extra])
        return { query: { queries, orderBy: main.query.orderBy }, invalid: main.dropped.length + pairs.dropped.length > 0 }
    }

    /** list() as steps: each `yield` is a point where other requests may be served (see list-scan.ts). */
    private *listSteps(table: string, o: ListOptions): Generator<void, { result: JsonRecord[]; total: number }, void> {
        this.table(table)
        if (!this.access.check('read', table, null)) this.deny('read', table)
        try {
            const read = this.readQuery(table, o.query, o.filters ?? [])
            if (read.invalid && this.instance.properties.get(INVALID_QUERY_PROPERTY) === 'true') return { result: [], total: 0 }
            // platform-difference: query-acls-always-on
            const plan = planQuery(this.instance.store.schema, this.access, table, read.query)
            if (plan.refused !== null) return { result: [], total: 0 }
            const gr = new GlideRecord(table)
            const text = toEncodedQuery(plan.query)
            if (text) gr.addEncodedQuery(text)
            const top = new TopRows(table, plan.query.orderBy, o.offset + o.limit)
            let total = 0
            if (plan.rowIndependent && plan.query.orderBy.length === 0 && plan.query.queries.length === 0) {
                // No condition and no order (paging through a table): see unfilteredPage.
                const { page, total: count } = unfilteredPage(gr, () => new GlideRecord(table), o.offset, o.limit)
                return yield* this.serializePage(page, o, count)
            }
            if (plan.rowIndependent && plan.query.orderBy.length === 0) {
                // Unordered and every row's verdict settled: the page is rows offset.. in rowid order, and only
                // the slice holding them is read (PageWindow), so paging costs the page, not what precedes it.
                const window = new PageWindow(o.offset, o.limit)
                yield* scanInSlices(gr, (range) =>
                    window.add(gr.getRowCount(), (skip, take) => {
                        const slice = new GlideRecord(table)
                        if (text) slice.addEncodedQuery(text)
                        restrictScan(slice, range)
                        slice.chooseWindow(skip, skip + take)
                        return scanSysIds(slice)
                    }),
                )
                total = window.total
                top.add(window.ids.slice(0, o.limit))
                return yield* this.serializePage(top.page(0, o.limit), o, total)
            }
            if (plan.rowIndependent) {
                // Every row's verdict is the pre-query one, which passed: SQL counts and orders each slice.
                // While a slice's rows can still make the page, one statement both counts and orders them
                // (the conditions are evaluated once per row); after that, SQL counts.
                yield* scanInSlices(gr, () => {
                    if (!top.wanted) {
                        total += gr.getRowCount()
                        return
                    }
                    const ids = scanSysIds(gr)
                    total += ids.length
                    top.add(ids)
                })
            } else {
                yield* scanInSlices(gr, () => {
                    gr.query()
                    const kept: string[] = []
                    while (gr.next()) {
                        if (!plan.rowAllowed(gr)) continue
                        if (kept.length < top.keep) kept.push(gr.getUniqueValue())
                        total++
                    }
                    top.add(kept)
                })
            }
            return yield* this.serializePage(top.page(o.offset, o.limit), o, total)
        } catch (e) {
            if (e instanceof QueryError) throw new HttpError(400, 'Invalid query', e.message)
            throw e
        }
    }

    /**
     * The page's records as JSON, giving way between slices of SLICE_MS. A field's read verdict that is the
     * same for every record (no deciding ACL has a condition or script) is asked once for the page.
     */
    private *serializePage(page: GlideRecord, o: ListOptions, total: number): Generator<void, { result: JsonRecord[]; total: number }, void> {
        const result: JsonRecord[] = []
        let started = performance.now()
        this.verdicts = new Map()
        try {
            while (page.next()) {
                result.push(this.serialize(page, o))
                if (performance.now() - started > SLICE_MS) {
                    yield
                    started = performance.now()
                }
            }
        } finally {
            this.verdicts = null
        }
        return { result, total }
    }

    /** Read verdicts settled for every record of the page being serialized (null: depends on the record). */
    private verdicts: Map<string, Map<string, boolean | null>> | null = null

    private canRead(record: GlideRecord, field?: string): boolean {
        const table = record.getTableName()
        if (!this.verdicts) return this.access.check('read', table, record, field)
        let fields = this.verdicts.get(table)
        if (!fields) this.verdicts.set(table, (fields = new Map()))
        const key = field ?? ''
        let verdict = fields.get(key)
        if (verdict === undefined) {
            verdict = this.access.recordIndependent('read', table, field) ? this.access.check('read', table, record, field) : null
            fields.set(key, verdict)
        }
        return verdict ?? this.access.check('read', table, record, field)
    }

    private load(table: string, sysId: string, op: 'read' | 'write' | 'delete'): GlideRecord {
        this.table(table)
        const gr = new GlideRecord(table)
        if (!SYS_ID_FORMAT.test(sysId) || !gr.get(sysId) || !this.access.check(op === 'read' ? 'read' : op, table, gr)) {
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
        this.assign(gr, body, o.inputDisplay === true)
        if (!this.access.check('create', table, gr)) this.deny('create', table)
        const id = gr.insert()
        if (!id) this.refused('insert', table)
        return this.serialize(gr, o)
    }

    update(table: string, sysId: string, body: unknown, o: ListOptions): JsonRecord {
        const gr = this.load(table, sysId, 'write')
        this.assign(gr, body, o.inputDisplay === true)
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
    private assign(gr: GlideRecord, body: unknown, inputDisplay: boolean): void {
        if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new HttpError(400, 'Exception while reading request', 'The payload must be a JSON object of field values')
        const info = gr.tableInfo()
        for (const [field, value] of Object.entries(body as Record<string, unknown>)) {
            const col = info.columns.get(field)
            if (!col || (col.element.startsWith('sys_') && col.element !== 'sys_id')) continue
            if (col.element === 'sys_id' && !gr.isNewRecord()) continue
            if (value !== null && typeof value === 'object') throw new HttpError(400, 'Invalid value', `Field ${field} takes a string, number or boolean`)
            if (!this.access.check(gr.isNewRecord() ? 'create' : 'write', info.name, gr, field)) throw new HttpError(403, 'Operation Failed', `ACL restricts writing the field ${field} of ${info.name}`)
            gr.setValue(field, inputDisplay ? inputValue(col, value, this.access) : value)
        }
    }

    /** The fields to return: all, or those of sysparm_fields that exist ("Invalid fields are ignored", Table API). */
    private columns(gr: GlideRecord, fields: string[] | null): Array<[string, Column]> {
        const info = gr.tableInfo()
        if (!fields) return [...info.columns.values()].map((c) => [c.element, c])
        const out: Array<[string, Column]> = []
        for (const f of new Set(fields)) {
            const col = f === '' ? undefined : f.includes('.') ? walkColumn(gr, f) : info.columns.get(f)
            if (col) out.push([f, col])
        }
        return out
    }

    serialize(gr: GlideRecord, o: Pick<ListOptions, 'fields' | 'display' | 'excludeLinks'>): JsonRecord {
        const out: JsonRecord = {}
        for (const [name, col] of this.columns(gr, o.fields)) {
            // platform-difference: password-fields-not-returned
            if (PASSWORD_TYPES.has(col.type)) continue
            // A field the user may not read is left out, as the platform leaves it out of REST responses;
            // a dot-walked one likewise unless every record and field on the way is readable.
            const source = this.readable(gr, name)
            if (!source) continue
            const raw = source.record ? source.record.getValue(source.field) : null
            const value = col.type === 'boolean' ? booleanText(raw) : (raw ?? '')
            const link = col.type === 'reference' && raw && !o.excludeLinks ? `${this.baseUrl}/api/now/table/${col.reference}/${raw}` : undefined
            if (o.display === 'false') {
                out[name] = link ? { link, value } : value
                continue
            }
            const display = col.type === 'boolean' ? value : source.record ? this.displayValue(source.record, source.field, col) : ''
            if (o.display === 'all') out[name] = link ? { display_value: display, value, link } : { display_value: display, value }
            else out[name] = link ? { display_value: display, link } : display
        }
        return out
    }

    /**
     * The record holding `path`'s value, when the user may read every reference on the way, every record
     * it reaches and the last field; `record: null` when an empty reference ends the walk (the value is
     * empty); null when something on the way is not readable.
     */
    private readable(gr: GlideRecord, path: string): { record: GlideRecord | null; field: string } | null {
        const parts = path.split('.')
        let record = gr
        for (let i = 0; i < parts.length - 1; i++) {
            if (!this.canRead(record, parts[i])) return null
            if (!record.getValue(parts[i])) return { record: null, field: parts[parts.length - 1] }
            record = record.referencedRecord(parts[i])
            if (!record.isValidRecord()) return { record: null, field: parts[parts.length - 1] }
        }
        const field = parts[parts.length - 1]
        return this.canRead(record, field) ? { record, field } : null
    }

    /** A reference's display value is a field of the referenced record: shown only when the user may read it. */
    // platform-difference: reference-display-needs-read
    private displayValue(record: GlideRecord, field: string, col: Column): string {
        if (col.type !== 'reference') return record.getDisplayValue(field)
        const ref = record.referencedRecord(field)
        if (!ref.isValidRecord()) return ''
        const shown = ref.tableInfo().displayField
        return this.canRead(ref, shown === 'sys_id' ? undefined : shown) ? record.getDisplayValue(field) : ''
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
