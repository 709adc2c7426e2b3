import { planQuery } from '../engine/query-guard'
import { GlideRecord } from '../glide/GlideRecord'
import { runtime } from '../glide/runtime'
import { HttpError } from '../http/errors'
import type { AccessPolicy } from '../table-api/table-api'
import { requireWebServiceAccess } from '../http/ws-access'
import { parseEncodedQuery, QueryError, toEncodedQuery } from '../query'
import type { Column } from '../store/schema'
import { PASSWORD_TYPES } from '../store/passwords'
import { quoteIdent, type Row } from '../store/store'
import { booleanText, fromStorage, storageClass } from '../store/values'
import { STAT_FUNCTIONS, type Having, type OrderTerm, type StatFunction, type StatsRequest } from './params'

/*
 * The Aggregate API's computation. "This API uses GlideAggregate calls": the same query (with query business
 * rules) as a GlideAggregate, grouped and aggregated by SQLite. Who may ask: "For Aggregate API requests,
 * you must have read access for all records in the table being queried. If an ACL prevents the requesting
 * user from accessing a record in the table, the request returns a 403 Forbidden error" (Aggregate API,
 * Washington DC to Yokohama). So every matching record, and every field grouped or aggregated, must be
 * readable; otherwise 403, never a statistic over rows the user cannot see.
 */

type StatValues = Partial<Record<StatFunction, Record<string, string>>> & { count?: string }
export interface GroupField {
    field: string
    value: string
    display_value?: string
}
export type StatsResult = { stats: StatValues } | Array<{ stats: StatValues; groupby_fields: GroupField[] }>

const NUMERIC = new Set(['INTEGER', 'REAL'])
const TABLE_NAME = /^[a-z0-9_]{1,80}$/

function forbidden(detail: string): never {
    throw new HttpError(403, 'Forbidden', detail)
}

function alias(fn: string, field: string): string {
    return `${fn}__${field}`
}

/** How the platform prints an aggregate: averages with four decimals ("1.0000"), the rest as stored. */
function formatStat(fn: StatFunction | 'count', value: unknown, col: Column | undefined): string {
    if (value === null || value === undefined) return fn === 'count' ? '0' : ''
    if (fn === 'avg') return Number(value).toFixed(4)
    if (fn === 'count') return String(value)
    if (col?.type === 'boolean') return booleanText(fromStorage(value))
    return fromStorage(value) ?? ''
}

export class AggregateApi {
    constructor(private readonly access: AccessPolicy) {}

    stats(table: string, req: StatsRequest): StatsResult {
        const schema = runtime().store.schema
        if (!TABLE_NAME.test(table) || !schema.has(table)) throw new HttpError(400, `Invalid table ${table.slice(0, 80)}`, null)
        // An inbound web service like the Table API: refused when the table does not allow web services.
        requireWebServiceAccess(runtime().store, table)
        if (!this.access.check('read', table, null)) forbidden(`ACL restricts the read of ${table} records`)
        const columns = new Map<string, Column>()
        const need = (f: string, what: string): Column => {
            const col = schema.column(table, f)
            if (!col) throw new HttpError(400, 'Invalid query', `${what}: unknown field ${f} on table ${table}`)
            // platform-difference: password-fields-never-queryable
            if (PASSWORD_TYPES.has(col.type) || !this.access.check('read', table, null, f) || !this.access.checkQuery('query_range', table, null, f)) {
                forbidden(`ACL restricts the read of ${table}.${f}`)
            }
            columns.set(f, col)
            return col
        }
        for (const f of req.groupBy) need(f, 'sysparm_group_by')
        for (const fn of STAT_FUNCTIONS) {
            for (const f of req.fields[fn]) {
                const col = need(f, `sysparm_${fn}_fields`)
                if ((fn === 'avg' || fn === 'sum') && !NUMERIC.has(storageClass(col.type))) throw new HttpError(400, `Invalid sysparm_${fn}_fields`, `${f} is not a numeric field`)
            }
        }
        for (const h of req.having) if (h.fn !== 'count' || h.field) need(h.field, 'sysparm_having')
        for (const o of req.orderBy) {
            if (o.fn === null && !req.groupBy.includes(o.field)) throw new HttpError(400, 'Invalid sysparm_order_by', `${o.field} is not a sysparm_group_by field`)
            if (o.fn !== null && o.fn !== 'count') need(o.field, 'sysparm_order_by')
        }
        try {
            return this.compute(table, req, columns)
        } catch (e) {
            if (e instanceof QueryError) throw new HttpError(400, 'Invalid query', e.message)
            throw e
        }
    }

    private compute(table: string, req: StatsRequest, columns: Map<string, Column>): StatsResult {
        // platform-difference: query-acls-always-on
        const plan = planQuery(runtime().store.schema, this.access, table, parseEncodedQuery(req.query))
        const gr = new GlideRecord(table)
        // A condition on a field the user may not query selects nothing (as in the Table API).
        if (plan.refused !== null) gr.addEncodedQuery('sys_idISEMPTY')
        const text = toEncodedQuery({ ...plan.query, orderBy: [] })
        if (text) gr.addEncodedQuery(text)
        runtime().operations.beforeQuery(gr)
        this.requireEveryRowReadable(gr, plan.rowIndependent, plan.rowAllowed, [...columns.keys()])
        const params: unknown[] = []
        let column = (f: string): string => f
        const built = gr.buildSelect((resolver) => {
            column = (f) => resolver.resolve(f).sql
            const cols = req.groupBy.map((g) => `${resolver.resolve(g).sql} AS ${quoteIdent(alias('group', g))}`)
            cols.push(`COUNT(*) AS ${quoteIdent(alias('count', ''))}`)
            for (const fn of STAT_FUNCTIONS) for (const f of req.fields[fn]) cols.push(`${fn.toUpperCase()}(${resolver.resolve(f).sql}) AS ${quoteIdent(alias(fn, f))}`)
            return cols.join(', ')
        }, false)
        const expr = (fn: StatFunction | 'count', f: string) => (fn === 'count' ? 'COUNT(*)' : `${fn.toUpperCase()}(${column(f)})`)
        let sql = built.sql
        if (req.groupBy.length) sql += ` GROUP BY ${req.groupBy.map((g) => quoteIdent(alias('group', g))).join(', ')}`
        if (req.having.length) {
            sql += ` HAVING ${req.having.map((h: Having) => `${expr(h.fn, h.field)} ${h.operator === '!=' ? '<>' : h.operator} ?`).join(' AND ')}`
            for (const h of req.having) params.push(havingValue(h))
        }
        if (req.groupBy.length) {
            const order = req.orderBy.map((o: OrderTerm) => `${o.fn === null ? quoteIdent(alias('group', o.field)) : expr(o.fn, o.field)} ${o.descending ? 'DESC' : 'ASC'}`)
            order.push(...req.groupBy.map((g) => `${quoteIdent(alias('group', g))} ASC`))
            sql += ` ORDER BY ${order.join(', ')}`
        }
        const rows = runtime().store.prepare(sql).all(...built.params, ...params) as Row[]
        const statsOf = (row: Row | undefined): StatValues => {
            const stats: StatValues = {}
            if (req.count) stats.count = formatStat('count', row?.[alias('count', '')], undefined)
            for (const fn of STAT_FUNCTIONS) {
                if (!req.fields[fn].length) continue
                const out: Record<string, string> = {}
                for (const f of req.fields[fn]) out[f] = formatStat(fn, row?.[alias(fn, f)], columns.get(f))
                stats[fn] = out
            }
            return stats
        }
        if (!req.groupBy.length) {
            // Without groups HAVING filters the single row away or not.
            return { stats: statsOf(rows[0] ?? (req.having.length ? undefined : {})) }
        }
        return rows.map((row) => ({ stats: statsOf(row), groupby_fields: req.groupBy.map((g) => this.groupField(g, row[alias('group', g)], columns.get(g), req.display)) }))
    }

    /** The documented rule: any matching record the user may not read (or any of its grouped or aggregated fields) is 403. */
    private requireEveryRowReadable(gr: GlideRecord, rowIndependent: boolean, rowAllowed: (r: GlideRecord) => boolean, fields: string[]): void {
        const table = gr.getTableName()
        const fieldsSettled = fields.every((f) => this.access.recordIndependent('read', table, f, true))
        if (rowIndependent && fieldsSettled) return
        const scan = new GlideRecord(table)
        const text = gr.getEncodedQuery()
        if (text) scan.addEncodedQuery(text)
        scan.query()
        while (scan.next()) {
            if (!rowAllowed(scan) || fields.some((f) => !this.access.check('read', table, scan, f))) forbidden(`ACL restricts the read of some ${table} records the query matches`)
        }
    }

    private groupField(field: string, stored: unknown, col: Column | undefined, display: 'true' | 'false' | 'all'): GroupField {
        const value = col?.type === 'boolean' ? booleanText(fromStorage(stored)) : (fromStorage(stored) ?? '')
        if (display === 'false') return { field, value }
        const shown = this.displayOf(value, col)
        return display === 'true' ? { field, value: shown } : { field, value, display_value: shown }
    }

    /** A choice's label, a reference's display value (when the user may read it), else the value. */
    private displayOf(value: string, col: Column | undefined): string {
        if (!value || !col) return value
        if (col.type === 'reference' && col.reference) {
            const ref = new GlideRecord(col.reference)
            if (!ref.get(value)) return ''
            // As the Table API: shown only when the user may read the referenced record's display field.
            const shown = ref.tableInfo().displayField
            return this.access.check('read', col.reference, ref, shown === 'sys_id' ? undefined : shown) ? ref.getDisplayValue() : ''
        }
        return col.choices.get(value) ?? value
    }
}

function havingValue(h: Having): string | number {
    if (h.fn === 'count' || h.fn === 'avg' || h.fn === 'sum') {
        const n = Number(h.value)
        if (h.value.trim() === '' || !Number.isFinite(n)) throw new HttpError(400, 'Invalid sysparm_having', `${h.fn}^${h.field}: ${JSON.stringify(h.value.slice(0, 40))} is not a number`)
        return n
    }
    return h.value
}

