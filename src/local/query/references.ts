import { FIELD_OPERATORS, type EncodedQuery, type Operator } from './ast'
import { otherField } from './terms'

/**
 * What a query does with a field, in the terms of the platform's query ACLs ("Query ACLs",
 * platform-security/access-control/query-acl-rule):
 * - `match`: "query_match is composed of: EQUALS, NOT_EQUALS, IN, NOT_IN, SAMEAS, NSAMEAS, ANYTHING,
 *   ISEMPTYSTRING, ISEMPTY, ISNOTEMPTY, ISNULL, ISNOTNULL" ("safe operators ... built to fetch specific
 *   record(s)");
 * - `range`: "query_range is composed of all the others (STARTS_WITH, CONTAINS, >=, <= etc)";
 * - `order`: an ORDERBY term; a failed query_range ACL means "Sorting by column is restricted".
 */
export type FieldUse = 'match' | 'range' | 'order'

export interface FieldReference {
    /** The field as written, possibly dot-walked (`user.email`). */
    path: string
    use: FieldUse
}

/** The operators the documentation lists under query_match; `field=` (is empty) is EQUALS with no value. */
export const MATCH_OPERATORS: ReadonlySet<Operator> = new Set<Operator>(['=', '!=', 'IN', 'NOT IN', 'SAMEAS', 'NSAMEAS', 'ANYTHING', 'EMPTYSTRING', 'ISEMPTY', 'ISNOTEMPTY'])

/** How a condition's operator uses its field: match for the documented safe operators, range for every other. */
export function operatorUse(operator: Operator): 'match' | 'range' {
    return MATCH_OPERATORS.has(operator) ? 'match' : 'range'
}

/**
 * Every field a query reads, with how it reads it: each condition's field, the other field of SAMEAS,
 * NSAMEAS, GT_FIELD and the like, MORETHAN and LESSTHAN, and each ORDERBY field. One entry per distinct (path, use), in the order first met, so a
 * caller checking access checks each once.
 */
export function queryReferences(q: EncodedQuery): FieldReference[] {
    const seen = new Set<string>()
    const out: FieldReference[] = []
    const add = (path: string, use: FieldUse) => {
        const key = `${use}\u0000${path}`
        if (seen.has(key)) return
        seen.add(key)
        out.push({ path, use })
    }
    for (const query of q.queries) {
        for (const group of query) {
            for (const c of group) {
                const use = operatorUse(c.operator)
                add(c.field, use)
                const other = FIELD_OPERATORS.has(c.operator) ? otherField(c.operator, c.value) : undefined
                if (other !== undefined) add(other, use)
            }
        }
    }
    for (const o of q.orderBy) add(o.field, 'order')
    return out
}
