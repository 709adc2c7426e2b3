import { quoteIdent, type Row } from '../store/store'
import { fromStorage } from '../store/values'
import { GlideRecord } from './GlideRecord'
import { scriptMay } from './scope-access'
import { runtime } from './runtime'
import { restrictToScopedApi } from './scoped-api'

type Aggregate = 'COUNT' | 'SUM' | 'AVG' | 'MIN' | 'MAX'
const AGGREGATES = new Set<Aggregate>(['COUNT', 'SUM', 'AVG', 'MIN', 'MAX'])

/** GlideAggregate: COUNT/SUM/AVG/MIN/MAX with groupBy, computed by SQLite. */
export class GlideAggregate extends GlideRecord {
    static spawnsTableClass = false
    private aggregates: Array<{ fn: Aggregate; field: string }> = []
    private groups: string[] = []
    private results: Row[] = []
    private at = -1

    addAggregate(fn: string, field?: string): void {
        const agg = String(fn).toUpperCase() as Aggregate
        if (!AGGREGATES.has(agg)) throw new Error(`Unsupported aggregate ${fn}`)
        this.aggregates.push({ fn: agg, field: field ?? '' })
    }

    groupBy(field: string): void {
        this.groups.push(field)
    }

    private alias(fn: string, field: string): string {
        return `agg_${fn}_${field.replace(/\./g, '__')}`
    }

    query(): void {
        if (!scriptMay(this.getTableName(), 'read')) {
            this.results = []
            this.at = -1
            return
        }
        // GlideAggregate is a GlideRecord query: "a query business rule that executes before the database query"
        // restricts what it counts and sums, as it restricts the rows a query returns (unless the workflow is off).
        this.applyQueryRules()
        const built = this.buildSelect((resolver) => {
            const cols: string[] = []
            for (const g of this.groups) cols.push(`${resolver.resolve(g).sql} AS ${quoteIdent(`grp_${g}`)}`)
            for (const a of this.aggregates) {
                const expr = a.field ? resolver.resolve(a.field).sql : '*'
                cols.push(`${a.fn}(${expr}) AS ${quoteIdent(this.alias(a.fn, a.field))}`)
            }
            return cols.length ? cols.join(', ') : 'COUNT(*) AS "agg_COUNT_"'
        }, false)
        let sql = built.sql
        if (this.groups.length) sql += ` GROUP BY ${this.groups.map((g) => quoteIdent(`grp_${g}`)).join(', ')}`
        this.results = runtime().store.prepare(sql).all(...built.params) as Row[]
        this.at = -1
    }

    next(): boolean {
        this.at++
        return this.at < this.results.length
    }

    hasNext(): boolean {
        return this.at + 1 < this.results.length
    }

    getAggregate(fn: string, field?: string): string | null {
        const v = this.results[this.at]?.[this.alias(String(fn).toUpperCase(), field ?? '')]
        return v === null || v === undefined ? (String(fn).toUpperCase() === 'COUNT' ? '0' : null) : String(v)
    }

    getValue(field: string): string | null {
        const row = this.results[this.at]
        if (row && `grp_${field}` in row) return fromStorage(row[`grp_${field}`])
        return super.getValue(field)
    }

    getRowCount(): number {
        return this.results.length
    }
}

// The scoped GlideAggregate API is its own list: what GlideRecord allows is not inherited (scoped-api.ts).
restrictToScopedApi(GlideAggregate, 'GlideAggregate')
