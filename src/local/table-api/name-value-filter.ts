import type { Schema } from '../store/schema'

/*
 * Name-value filters on a list (Table API, GET /now/table/{tableName}): "Name-value pairs to use to filter the
 * result set. This parameter is mutually exclusive with sysparm_query. For example, instead of using
 * &sysparm_query=active=true, you can simplify the calling statement by using &active=true. You can also use
 * the display value when the field is a choice or reference type field, such as &state=closed instead of
 * &state=7. To specify multiple key-value pairs, separate each with an ampersand".
 *
 * Each pair becomes `name=value`; for a reference field also `^ORname=<sys_id>` for the record the caller
 * finds by that display value (`lookup`, as the caller: table-api/input-display.ts), for a choice field also
 * `^ORname=<value>` for a choice whose label it is. The terms
 * then go through the same reader and query ACLs as sysparm_query (a pair naming no field is an invalid part,
 * ignored unless glide.invalid_query.returns_no_rows is true). When both are given, every pair must hold as
 * well as sysparm_query (docs/differences.md: name-value-filters-with-sysparm-query).
 */

/** The query parameters that are name-value filters: every one that is not a sysparm_ parameter. */
export function nameValuePairs(params: URLSearchParams): Array<[string, string]> {
    return [...params].filter(([name]) => !name.startsWith('sysparm_'))
}

function escapeValue(value: string): string {
    return value.replaceAll('^', '^^')
}

/** The pairs as encoded-query text: one OR group per pair, ANDed. */
export function nameValueText(schema: Schema, table: string, pairs: ReadonlyArray<[string, string]>, lookup: (table: string, name: string) => string | undefined): string {
    return pairs
        .map(([name, value]) => {
            const alternatives = [`${name}=${escapeValue(value)}`]
            const col = schema.has(table) ? schema.column(table, name) : undefined
            if (col?.type === 'reference' && col.reference && value !== '') {
                const id = lookup(col.reference, value)
                if (id !== undefined && id !== value) alternatives.push(`${name}=${escapeValue(id)}`)
            }
            if (col) for (const [actual, label] of col.choices) if (label === value && actual !== value) alternatives.push(`${name}=${escapeValue(actual)}`)
            return alternatives.join('^OR')
        })
        .join('^')
}
