import { QueryError, type ColumnRef, type FieldResolver } from '../query'
import type { Schema } from './schema'
import { quoteIdent } from './store'

/**
 * Resolves (dot-walked) field paths of one table to SQL columns, adding a LEFT JOIN per
 * reference walked, shared between terms that walk the same path.
 */
export class JoinResolver implements FieldResolver {
    readonly joins: string[] = []
    private readonly aliases = new Map<string, string>()

    constructor(
        private readonly schema: Schema,
        private readonly table: string,
        readonly alias = 't0',
    ) {}

    resolve(path: string): ColumnRef {
        const parts = path.split('.')
        let table = this.table
        let alias = this.alias
        let prefix = ''
        for (let i = 0; i < parts.length - 1; i++) {
            const col = this.schema.column(table, parts[i])
            if (!col) throw new QueryError(path, `unknown field ${parts[i]} on table ${table}`)
            if (col.type !== 'reference' || !col.reference || !this.schema.has(col.reference)) {
                throw new QueryError(path, `${table}.${parts[i]} is not a reference, so it cannot be dot-walked`)
            }
            prefix += `${parts[i]}.`
            let next = this.aliases.get(prefix)
            if (!next) {
                next = `j${this.aliases.size + 1}`
                this.aliases.set(prefix, next)
                const root = this.schema.table(col.reference).root
                this.joins.push(`LEFT JOIN ${quoteIdent(root)} ${next} ON ${next}.sys_id = ${alias}.${quoteIdent(col.element)}`)
            }
            alias = next
            table = col.reference
        }
        const last = parts[parts.length - 1]
        const col = this.schema.column(table, last)
        if (!col) throw new QueryError(path, `unknown field ${last} on table ${table}`)
        return { sql: `${alias}.${quoteIdent(col.element)}`, type: col.type }
    }
}
