import { OPERATORS, type Condition, type EncodedQuery, type Operator, type OrderBy, type Query } from './ast'
import { QueryError, QueryUnsupportedError } from './errors'
import { conditionProblem, conditionText, fieldEnd, isFieldPath } from './terms'

/*
 * Escaping: the encoded-query guide says "ServiceNow provides no escape character for these inside encoded
 * query values", yet the platform's own serializer in @servicenow/sdk-build-plugins (objectToEncodedQuery /
 * queryToFieldValues) writes a `^` inside a value as `^^` and reads `^^` back as `^`. We follow the
 * serializer: `^^` is a literal `^`, read greedily left to right, so `a^^^b` is the value `a^` then a new term.
 * This is the only place that knows about it (splitSegments and escapeValue).
 */

const CARET = 0x5e

type Separator = 'AND' | 'OR' | 'NQ'

/** A term with the separator written before it (`AND` for the first one). */
interface Segment {
    separator: Separator
    text: string
}

/**
 * Operators the platform has but this engine does not evaluate, named in errors instead of being read as a
 * shorter operator with the rest as its value. None at present: "is in hierarchy" is resolved before a query
 * runs (script-values.ts), like DYNAMIC.
 */
const UNSUPPORTED_OPERATORS: readonly string[] = []

/**
 * Parses a ServiceNow encoded query. Precedence follows the platform: `^OR` binds tighter than `^`, which binds
 * tighter than `^NQ`. Runs in one left-to-right pass with no regular expressions, so cost is linear in the
 * length of the text. Throws QueryError naming the first malformed term; it never drops a term it cannot read.
 */
export function parseEncodedQuery(text: string, onInvalid?: (e: QueryError) => void): EncodedQuery {
    // With onInvalid, a malformed term is reported and skipped instead of thrown (the platform "ignores the
    // invalid part", Table API sysparm_query); an unsupported one is always thrown.
    const lenient = <T>(read: () => T): T | undefined => {
        if (!onInvalid) return read()
        try {
            return read()
        } catch (e) {
            if (!(e instanceof QueryError) || e instanceof QueryUnsupportedError) throw e
            onInvalid(e)
            return undefined
        }
    }
    const segments = splitSegments(text)
    const kinds = segments.map(segmentKind)
    const first = kinds.findIndex((k) => k !== 'empty')
    const lastCondition = kinds.lastIndexOf('condition')
    const queries: Query[] = []
    const orderBy: OrderBy[] = []
    let current: Query = []
    segments.forEach((segment, i) => {
        switch (kinds[i]) {
            case 'empty':
                // Leading and trailing empties come from a stray `^`; one between terms means a term is missing.
                if (i > first && i < lastCondition) lenient(() => {
                    throw new QueryError('', `empty term after "${separatorText(segment.separator)}"`)
                })
                return
            case 'orderby': {
                const order = lenient(() => parseOrderBy(segment.text))
                if (order) orderBy.push(order)
                return
            }
            case 'eq':
                // `^EQ` is the end-of-query marker; accepting it mid-query would hide whatever follows it.
                if (i < lastCondition) lenient(() => {
                    throw new QueryError('EQ', '"^EQ" marks the end of the query; only ORDERBY terms may follow it')
                })
                return
            case 'condition': {
                const condition = lenient(() => parseCondition(segment.text))
                if (condition) current = addCondition(queries, current, segment.separator, condition)
            }
        }
    })
    if (current.length > 0) queries.push(current)
    return { queries, orderBy }
}

type SegmentKind = 'empty' | 'orderby' | 'eq' | 'condition'

function segmentKind(segment: Segment): SegmentKind {
    if (segment.text === '') return 'empty'
    if (segment.text === 'EQ') return 'eq'
    return segment.text.startsWith('ORDERBY') ? 'orderby' : 'condition'
}

/** Places a condition by its separator; returns the query now being built. */
function addCondition(queries: Query[], current: Query, separator: Separator, condition: Condition): Query {
    if (separator === 'NQ' && current.length > 0) {
        queries.push(current)
        current = []
    }
    if (separator === 'OR' && current.length > 0) current[current.length - 1].push(condition)
    else current.push([condition])
    return current
}

/** Splits on `^`, `^OR`, `^NQ`, reading `^^` as a literal caret. One pass over the text. */
function splitSegments(text: string): Segment[] {
    const segments: Segment[] = []
    let separator: Separator = 'AND'
    let pending = ''
    let chunkStart = 0
    let i = text.indexOf('^')
    while (i !== -1) {
        if (text.charCodeAt(i + 1) === CARET) {
            pending += text.slice(chunkStart, i + 1)
            chunkStart = i + 2
            i = text.indexOf('^', chunkStart)
            continue
        }
        segments.push({ separator, text: pending + text.slice(chunkStart, i) })
        pending = ''
        separator = separatorAt(text, i + 1)
        chunkStart = separator === 'AND' ? i + 1 : i + 3
        i = text.indexOf('^', chunkStart)
    }
    segments.push({ separator, text: pending + text.slice(chunkStart) })
    return segments
}

/** The separator that a `^` forms with the text at `pos`. `^ORDERBY` is a plain `^` followed by an ORDERBY term. */
function separatorAt(text: string, pos: number): Separator {
    if (text.startsWith('ORDERBY', pos)) return 'AND'
    if (text.startsWith('OR', pos)) return 'OR'
    if (text.startsWith('NQ', pos)) return 'NQ'
    return 'AND'
}

function separatorText(separator: Separator): string {
    return separator === 'AND' ? '^' : `^${separator}`
}

/** `<field><operator><value>`: the field is the longest run of field characters, then the longest operator. */
function parseCondition(term: string): Condition {
    const end = fieldEnd(term)
    if (end === 0) throw new QueryError(term, 'a term must start with a field name (lowercase letters, digits, "_" and ".")')
    const field = term.slice(0, end)
    const unsupported = UNSUPPORTED_OPERATORS.find((op) => term.startsWith(op, end))
    if (unsupported !== undefined) throw new QueryUnsupportedError(term, `operator ${unsupported} is not supported by the local instance`)
    const operator = matchOperator(term, end)
    if (operator === undefined) throw new QueryError(term, `no operator after field "${field}"`)
    const condition: Condition = { field, operator, value: term.slice(end + operator.length) }
    const problem = conditionProblem(condition)
    if (problem !== undefined) throw new QueryError(term, problem)
    return condition
}

function matchOperator(term: string, at: number): Operator | undefined {
    return OPERATORS.find((op) => term.startsWith(op, at))
}

function parseOrderBy(term: string): OrderBy {
    const descending = term.startsWith('ORDERBYDESC')
    const field = term.slice(descending ? 'ORDERBYDESC'.length : 'ORDERBY'.length)
    if (field === '') throw new QueryError(term, 'ORDERBY needs a field name')
    if (!isFieldPath(field)) throw new QueryError(term, `"${field}" is not a field name`)
    return { field, descending }
}

/**
 * The encoded query for `q`, such that parseEncodedQuery(toEncodedQuery(q)) deep-equals `q`.
 * Throws QueryError for a condition that could not have been parsed (bad field, BETWEEN without `@`, ...) or
 * an empty Query/OrGroup, rather than emitting text that would mean something else.
 */
export function toEncodedQuery(q: EncodedQuery): string {
    const terms = q.queries.map(formatQuery)
    const query = terms.join('^NQ')
    const order = q.orderBy.map(formatOrderBy)
    return [query, ...order].filter((t) => t !== '').join('^')
}

function formatQuery(query: Query): string {
    if (query.length === 0) throw new QueryError('', 'empty query (no conditions between ^NQ separators)')
    return query.map(formatGroup).join('^')
}

function formatGroup(group: Condition[]): string {
    if (group.length === 0) throw new QueryError('', 'empty OR group')
    return group.map(formatCondition).join('^OR')
}

function formatCondition(c: Condition): string {
    const problem = conditionProblem(c) ?? ambiguityProblem(c)
    if (problem !== undefined) throw new QueryError(conditionText(c), problem)
    return `${c.field}${c.operator}${escapeValue(c.value)}`
}

/** `<` with value `=5` would be written `<=5` and read back as `<=`: no text expresses it. */
function ambiguityProblem(c: Condition): string | undefined {
    if ((c.operator === '<' || c.operator === '>') && c.value.startsWith('=')) {
        return `a ${c.operator} value starting with "=" cannot be written (it would read as ${c.operator}=)`
    }
    return undefined
}

function formatOrderBy(o: OrderBy): string {
    const term = `ORDERBY${o.descending ? 'DESC' : ''}${o.field}`
    if (!isFieldPath(o.field)) throw new QueryError(term, `"${o.field}" is not a field name`)
    return term
}

function escapeValue(value: string): string {
    return value.replaceAll('^', '^^')
}
