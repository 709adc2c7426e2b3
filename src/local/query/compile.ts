import { canonicalOperator, CHANGE_OPERATORS, type Condition, type EncodedQuery, type Operator, type OrderBy, type Query } from './ast'
import { bindValue, dateBound, likePattern, listItems, requireDateField, type Bound } from './bind'
import { datePartSql, isDateOnly, relativeBounds, sqliteModifier } from './dates'
import { QueryError } from './errors'
import { currentTimeZone, UTC } from './time-zone'
import { conditionProblem, conditionText, parseDatePart, parseDateRange, parseFieldOffset, parseFieldOperand, parseRelative, SAME_UNIT_PREFIX, splitRange, type RelativeTest } from './terms'

/** A resolved field: `sql` is an already-quoted column expression (`t0."name"`), `type` its sys_dictionary internal_type. */
export interface ColumnRef {
    sql: string
    type: string
}

/** Maps a (possibly dot-walked) field path to a column, adding whatever joins it needs; throws QueryError for an unknown field. */
export interface FieldResolver {
    resolve(path: string): ColumnRef
}

/**
 * `where` is '' for "no condition", otherwise one parenthesised expression, safe to AND with more SQL.
 * `params` bind the `?` placeholders of `where` in order. `orderBy` is '' or e.g. `t0."name" ASC, t0."number" DESC`.
 */
export interface CompiledQuery {
    where: string
    params: unknown[]
    orderBy: string
}

/*
 * Empty values (the storage convention writes NULL; '' is treated the same): ServiceNow documents that "most
 * filter operations do not return empty fields in their result set" (docs: "Filtering on empty fields") and
 * that "is not", "is not one of", "is different from" and "is same as" do not return rows whose compared value
 * is null or empty (KB0715430, "How Filters and Report Criteria Handle null Values"). The encoded-query guide
 * is silent on it. So every value comparison, positive or negative (!=, NOT IN, NOTLIKE, SAMEAS, NSAMEAS,
 * <, BETWEEN, ...), excludes empty rows; only ISEMPTY, `field=`, EMPTYSTRING and ANYTHING can match them.
 * NOTLIKE is not named by the KB; it follows the general rule.
 *
 * Values are bound in the storage type of their column (bind.ts): numbers for every type the store keeps in an
 * INTEGER or REAL column (integer, decimal, float, currency, price, ...), 0/1 for booleans, text otherwise.
 * matchesRecord (match.ts) evaluates the same conditions on one record in memory and must decide exactly what
 * this SQL decides; tests/long/condition-match.test.ts checks the two against each other.
 */

const MATCH_NOTHING = '(1 = 0)'
const MATCH_ALL = '(1 = 1)'

/**
 * Compiles a parsed query to SQLite. Every value is a bound parameter; only column expressions from the
 * resolver and fixed SQL text are spliced in. Precedence is made explicit with parentheses: ^NQ < ^ < ^OR.
 */
export function compileQuery(q: EncodedQuery, resolver: FieldResolver): CompiledQuery {
    const { where, params, orderBy } = compileTyped(q, resolver)
    return { where, params, orderBy }
}

/** compileQuery, and the type of each condition's column, conditions in order (queries, groups, terms): what shapedParams needs. */
export function compileTyped(q: EncodedQuery, resolver: FieldResolver): CompiledQuery & { types: string[] } {
    const params: Bound[] = []
    const types: string[] = []
    const queries = q.queries.map((query) => compileAnd(query, resolver, params, types))
    return {
        where: joinParenthesised(queries, ' OR '),
        params,
        orderBy: q.orderBy.map((o) => compileOrderBy(o, resolver)).join(', '),
        types,
    }
}

function compileAnd(query: Query, resolver: FieldResolver, params: Bound[], types: string[]): string {
    if (query.length === 0) throw new QueryError('', 'empty query (no conditions between ^NQ separators)')
    const groups = query.map((group) => {
        if (group.length === 0) throw new QueryError('', 'empty OR group')
        return joinParenthesised(
            group.map((c) => compileCondition(c, resolver, params, types)),
            ' OR ',
        )
    })
    return joinParenthesised(groups, ' AND ')
}

/*
 * Query shapes. For the operators below, a condition's SQL depends only on its field, its operator and the
 * shape of its value (empty or not; how many list items), never on the value itself, which is only bound:
 * two queries of one shape on one dictionary compile to the same SQL, with their own parameters. GlideRecord
 * keeps the SQL per shape (glide/select-plans.ts) and binds each query's values with shapedParams, which is the
 * very code compileCondition binds them with, so both accept, convert and refuse values alike.
 */
const SHAPED_OPERATORS: ReadonlySet<Operator> = new Set<Operator>(['=', '!=', '<', '<=', '>', '>=', 'BETWEEN', 'IN', 'NOT IN', 'LIKE', 'NOT LIKE', 'STARTSWITH', 'ENDSWITH', 'ISEMPTY', 'ISNOTEMPTY', 'EMPTYSTRING', 'ANYTHING'])

/**
 * The shape of a query (see above) as text, or undefined when a condition's SQL depends on more than its shape
 * (dates relative to now or in the session's zone, another field named in the value): such queries are compiled
 * each time. Fields and operators are written as given (the SQL of an alias is that of its operator).
 */
export function queryShape(q: EncodedQuery): string | undefined {
    let key = ''
    for (const query of q.queries) {
        key += '\u0002'
        for (const group of query) {
            key += '\u0003'
            for (const c of group) {
                const op = canonicalOperator(c.operator)
                if (!SHAPED_OPERATORS.has(op)) return undefined
                const value = op === 'IN' || op === 'NOT IN' ? String(listItems(c.value).length) : c.value === '' ? '' : '?'
                key += `\u0004${c.field}\u0001${c.operator}\u0001${value}`
            }
        }
    }
    key += '\u0005'
    for (const o of q.orderBy) key += `${o.descending ? '-' : '+'}${o.field}\u0001`
    return key
}

/**
 * The parameters of a query whose shape compiled (queryShape) to SQL with these condition types
 * (compileTyped's types): each condition checked and its values bound exactly as compileCondition does.
 */
export function shapedParams(q: EncodedQuery, types: readonly string[]): Bound[] {
    const params: Bound[] = []
    let i = 0
    for (const query of q.queries) {
        for (const group of query) {
            for (const c of group) {
                const term = conditionText(c)
                const problem = conditionProblem(c)
                if (problem !== undefined) throw new QueryError(term, problem)
                bindShaped(canonicalOperator(c.operator), c, types[i++], term, params)
            }
        }
    }
    return params
}

/** Binds a shaped condition's values (SHAPED_OPERATORS), in the order its SQL has their placeholders. */
function bindShaped(op: Operator, c: Condition, type: string, term: string, params: Bound[]): void {
    switch (op) {
        case '=':
        case '!=':
            if (c.value !== '') params.push(bindValue(c.value, type, term))
            return
        case '<':
        case '<=':
        case '>':
        case '>=':
            params.push(bindValue(c.value, type, term))
            return
        case 'BETWEEN': {
            const [low, high] = splitRange(c.value)
            params.push(bindValue(low, type, term), bindValue(high, type, term))
            return
        }
        case 'IN':
        case 'NOT IN':
            for (const item of listItems(c.value)) params.push(bindValue(item, type, term))
            return
        case 'LIKE':
        case 'NOT LIKE':
            params.push(likePattern(c.value, '%', '%', term))
            return
        case 'STARTSWITH':
            params.push(likePattern(c.value, '', '%', term))
            return
        case 'ENDSWITH':
            params.push(likePattern(c.value, '%', '', term))
            return
        default:
            return
    }
}

/** Condition SQL is always parenthesised already, so a single part needs no extra pair. */
function joinParenthesised(parts: string[], joiner: string): string {
    if (parts.length <= 1) return parts.join('')
    return `(${parts.join(joiner)})`
}

function compileOrderBy(o: OrderBy, resolver: FieldResolver): string {
    const term = `ORDERBY${o.descending ? 'DESC' : ''}${o.field}`
    return `${resolveField(resolver, o.field, term).sql} ${o.descending ? 'DESC' : 'ASC'}`
}

/** Resolver errors only know the field path; re-raise them against the whole term so messages point at it. */
function resolveField(resolver: FieldResolver, path: string, term: string): ColumnRef {
    try {
        return resolver.resolve(path)
    } catch (e) {
        if (e instanceof QueryError) throw new QueryError(term, e.reason)
        throw e
    }
}

function compileCondition(c: Condition, resolver: FieldResolver, params: Bound[], types: string[]): string {
    const term = conditionText(c)
    const problem = conditionProblem(c)
    if (problem !== undefined) throw new QueryError(term, problem)
    if (CHANGE_OPERATORS.has(c.operator)) throw new QueryError(term, `${c.operator} is only valid in a condition on a record, not in a query`)
    const col = resolveField(resolver, c.field, term)
    types.push(col.type)
    const x = col.sql
    const other = (): ColumnRef => resolveField(resolver, (parseFieldOperand(c.value) ?? { field: c.value }).field, term)
    const op = canonicalOperator(c.operator)
    if (SHAPED_OPERATORS.has(op)) {
        // Values are bound by the code shapedParams runs (see queryShape); the SQL below has their placeholders in that order.
        bindShaped(op, c, col.type, term, params)
        switch (op) {
            case '=':
                return c.value === '' ? isEmpty(x) : `(${x} = ?)`
            case '!=':
                return c.value === '' ? isNotEmpty(x) : `(${notEmptyParts(x)} AND ${x} <> ?)`
            case '<':
            case '<=':
            case '>':
            case '>=':
                return `(${x} <> '' AND ${x} ${op} ?)`
            case 'BETWEEN':
                return `(${x} <> '' AND ${x} BETWEEN ? AND ?)`
            case 'IN': {
                const n = listItems(c.value).length
                return n === 0 ? MATCH_NOTHING : `(${x} IN (${placeholders(n)}))`
            }
            case 'NOT IN': {
                const n = listItems(c.value).length
                if (n === 0) return isNotEmpty(x)
                return `(${notEmptyParts(x)} AND ${x} NOT IN (${placeholders(n)}))`
            }
            case 'LIKE':
                return `(${x} LIKE ? ESCAPE '\\')`
            case 'NOT LIKE':
                return `(${notEmptyParts(x)} AND ${x} NOT LIKE ? ESCAPE '\\')`
            case 'STARTSWITH':
            case 'ENDSWITH':
                return `(${x} LIKE ? ESCAPE '\\')`
            case 'ISEMPTY':
                return isEmpty(x)
            case 'ISNOTEMPTY':
                return isNotEmpty(x)
            case 'EMPTYSTRING':
                return `(${x} = '')`
            case 'ANYTHING':
                return MATCH_ALL
        }
    }
    switch (op) {
        case '=':
        case '!=':
        case '<':
        case '<=':
        case '>':
        case '>=':
        case 'BETWEEN':
        case 'IN':
        case 'NOT IN':
        case 'LIKE':
        case 'NOT LIKE':
        case 'STARTSWITH':
        case 'ENDSWITH':
        case 'ISEMPTY':
        case 'ISNOTEMPTY':
        case 'EMPTYSTRING':
        case 'ANYTHING':
            throw new Error(`unreachable: ${op} is compiled as a shaped operator above`)
        case 'SAMEAS':
        case 'NSAMEAS': {
            const y = other()
            const unit = (parseFieldOperand(c.value) as { unit: string | null }).unit
            // "is same as ... @day": the two dates compared to the unit (their text up to it).
            if (unit !== null) requireDateField(col.type, c.operator, term)
            const [a, b] = unit === null ? [x, y.sql] : [`substr(${x}, 1, ${SAME_UNIT_PREFIX[unit]})`, `substr(${y.sql}, 1, ${SAME_UNIT_PREFIX[unit]})`]
            if (c.operator === 'SAMEAS') return `(${x} <> '' AND ${a} = ${b})`
            return `(${notEmptyParts(x)} AND ${notEmptyParts(y.sql)} AND ${a} <> ${b})`
        }
        case 'GT_FIELD':
        case 'LT_FIELD':
        case 'GT_OR_EQUALS_FIELD':
        case 'LT_OR_EQUALS_FIELD': {
            // "greater than field": both values present and compared as SAMEAS compares them.
            const y = other().sql
            return `(${x} <> '' AND ${y} <> '' AND ${x} ${FIELD_COMPARISON[c.operator]} ${y})`
        }
        case 'ON':
        case 'NOTON': {
            requireDateField(col.type, c.operator, term)
            const range = parseDateRange(c.value) as { start: string; end: string }
            params.push(dateBound(range.start, col.type, false, term), dateBound(range.end, col.type, true, term))
            if (c.operator === 'ON') return `(${x} <> '' AND ${x} >= ? AND ${x} <= ?)`
            return `(${notEmptyParts(x)} AND (${x} < ? OR ${x} > ?))`
        }
        case 'RELATIVEGT':
        case 'RELATIVELT':
        case 'RELATIVEGE':
        case 'RELATIVELE':
        case 'RELATIVEEE': {
            requireDateField(col.type, c.operator, term)
            const r = parseRelative(c.value) as NonNullable<ReturnType<typeof parseRelative>>
            const test = c.operator.slice('RELATIVE'.length) as RelativeTest
            const [lo, hi] = relativeBounds(Date.now(), r.unit, r.ahead, r.count, test, isDateOnly(col.type), currentTimeZone())
            if (test === 'EE') {
                params.push(lo, hi)
                return `(${x} <> '' AND ${x} >= ? AND ${x} <= ?)`
            }
            params.push(lo)
            return `(${x} <> '' AND ${x} ${TEST_SQL[test]} ?)`
        }
        case 'DATEPART': {
            requireDateField(col.type, c.operator, term)
            const d = parseDatePart(c.value) as NonNullable<ReturnType<typeof parseDatePart>>
            params.push(d.target)
            // A date field holds a calendar date, read as written; a date-time, on the session's clock.
            return `(${x} <> '' AND ${datePartSql(x, d.part, isDateOnly(col.type) ? UTC : currentTimeZone())} ${TEST_SQL[d.test]} ?)`
        }
        case 'MORETHAN':
        case 'LESSTHAN': {
            requireDateField(col.type, c.operator, term)
            const o = parseFieldOffset(c.value) as NonNullable<ReturnType<typeof parseFieldOffset>>
            const y = resolveField(resolver, o.field, term)
            requireDateField(y.type, c.operator, term)
            const fn = isDateOnly(col.type) ? 'date' : 'datetime'
            params.push(sqliteModifier(o.unit, o.count, o.after))
            const shifted = `${fn}(${y.sql}, ?)`
            // "is more than 1 day before": earlier than the other date less a day; "is less than 3 days
            // before": within the 3 days up to the other date (after: the mirror image).
            if (c.operator === 'MORETHAN') return `(${x} <> '' AND ${x} ${o.after ? '>' : '<'} ${shifted})`
            return `(${x} <> '' AND ${x} ${o.after ? '<' : '>'} ${shifted} AND ${x} ${o.after ? '>=' : '<='} ${fn}(${y.sql}))`
        }
        case 'DYNAMIC':
            throw new QueryError(term, 'a DYNAMIC term needs the session user; it is resolved before the query runs (resolveScriptValues)')
        // platform-difference: hierarchy-queries-table-api-only
        case 'IN_HIERARCHY':
        case 'IN_HIERARCHY_DYNAMIC':
            throw new QueryError(term, `an ${c.operator} term needs the instance's record hierarchies; it is resolved before the query runs (resolveScriptValues)`)
        case 'VALCHANGES':
        case 'CHANGESFROM':
        case 'CHANGESTO':
        case 'NOTLIKE':
        case '*':
        case '!*':
        case '%':
            throw new Error(`unreachable: ${c.operator} was rejected or mapped above`)
    }
}

const FIELD_COMPARISON: Readonly<Record<string, string>> = { GT_FIELD: '>', LT_FIELD: '<', GT_OR_EQUALS_FIELD: '>=', LT_OR_EQUALS_FIELD: '<=' }
const TEST_SQL: Readonly<Record<RelativeTest, string>> = { GT: '>', LT: '<', GE: '>=', LE: '<=', EE: '=' }

function placeholders(n: number): string {
    return n === 1 ? '?' : `?${', ?'.repeat(n - 1)}`
}

function isEmpty(x: string): string {
    return `(${x} IS NULL OR ${x} = '')`
}

function isNotEmpty(x: string): string {
    return `(${notEmptyParts(x)})`
}

function notEmptyParts(x: string): string {
    return `${x} IS NOT NULL AND ${x} <> ''`
}
