import type { Condition, EncodedQuery, OrderBy, Query } from './ast'
import { QueryError, QueryUnsupportedError } from './errors'
import { parseEncodedQuery } from './parse'

/*
 * "By default, if part of a query is invalid, such as an invalid field name, the instance ignores the invalid
 * part. It then returns rows using only the valid portion of the query. Set the property
 * glide.invalid_query.returns_no_rows to true to instead return no rows on an invalid query." (Table API,
 * sysparm_query). A part is one term: a malformed term, a condition on a field the table does not have, a
 * value its field cannot hold, an ORDERBY on an unknown field. A term the local instance does not support
 * (QueryUnsupportedError) is not invalid: it is refused whatever the property says.
 */

export interface ReadQuery {
    /** The valid portion: the terms that survived, in their places. */
    query: EncodedQuery
    /** The terms left out, each with why. */
    dropped: QueryError[]
}

/**
 * Reads a client's query, term by term: `condition` checks one condition and returns it as it will run
 * (its script values evaluated), throwing QueryError when it is invalid; `order` checks one ORDERBY term.
 * An OR group or ^NQ query left empty goes with its terms.
 */
export function readQueryLeniently(text: string, condition: (c: Condition) => Condition, order: (o: OrderBy) => void): ReadQuery {
    const dropped: QueryError[] = []
    const keep = <T>(check: () => T): T | undefined => {
        try {
            return check()
        } catch (e) {
            if (!(e instanceof QueryError) || e instanceof QueryUnsupportedError) throw e
            dropped.push(e)
            return undefined
        }
    }
    const parsed = parseEncodedQuery(text, (e) => dropped.push(e))
    const queries: Query[] = []
    for (const query of parsed.queries) {
        const groups: Condition[][] = []
        for (const group of query) {
            const kept: Condition[] = []
            for (const c of group) {
                const checked = keep(() => condition(c))
                if (checked) kept.push(checked)
            }
            if (kept.length) groups.push(kept)
        }
        if (groups.length) queries.push(groups)
    }
    const orderBy = parsed.orderBy.filter((o) => keep(() => (order(o), true)) === true)
    return { query: { queries, orderBy }, dropped }
}
