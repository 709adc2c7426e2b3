import { canonicalOperator, type Condition, type EncodedQuery, type Query } from './ast'
import { bindValue, dateBound, likePattern, listItems, requireDateField, type Bound } from './bind'
import { datePart, isDateOnly, parseSqliteDate, relativeBounds, sqliteDateTime } from './dates'
import { QueryError } from './errors'
import { isNumericType, likeFold, numericAffinity, sqlCompare, sqlText, storedValue, type SqlValue } from './sqlite'
import { conditionProblem, conditionText, parseDatePart, parseDateRange, parseFieldOffset, parseFieldOperand, parseRelative, SAME_UNIT_PREFIX, splitRange, type RelativeTest } from './terms'
import { currentTimeZone, UTC } from './time-zone'

/** A field of the record: `value` as GlideRecord.getValue returns it (booleans '1'/'0', null when empty); `type` its sys_dictionary internal_type. */
export interface FieldValue {
    value: string | null
    type: string
}

/** The record a condition is evaluated on. */
export interface RecordView {
    /** The field's value now; `path` may be dot-walked. Throws QueryError(path, reason) for an unknown field. */
    current(path: string): FieldValue
    /** The field's value before this change, or null when there is no previous version (an insert). */
    previous(path: string): FieldValue | null
    /**
     * Optional: what decides each path's field type, compared by identity: the dictionary (a store's Schema,
     * rebuilt on every dictionary change and never changed in place) and the record's table (its TableInfo).
     * Views with the same shape resolve every path to the same type, so a condition's checks and conversions
     * are prepared once per shape instead of on every record (business rules and notifications evaluate the
     * same few conditions on every write). Without it the condition is prepared for this record alone.
     */
    readonly shape?: { readonly dictionary: object; readonly table: object }
}

/*
 * Business-rule filter conditions and notification conditions are encoded queries evaluated on one record that
 * may not be saved yet, so SQL cannot be used. matchesRecord decides exactly what compileQuery's SQL would decide
 * for the same record stored in its table: the same NULL rule (compile.ts), the same accepted values and the same
 * QueryErrors (bind.ts), and SQLite's own comparison, affinity, number-to-text and LIKE rules (sqlite.ts). The
 * conditions are written out below against compile.ts's SQL, one operator per case, in the same order.
 *
 * Every term is checked (fields resolved, values converted) before anything is evaluated, in compileQuery's
 * order, so a malformed term throws the same QueryError whatever the record holds. ORDERBY terms are ignored:
 * the encoded-query guide says ordering clauses are "ignored by most boolean condition fields".
 *
 * The change operators exist only here (compileQuery rejects them). The docs page "Operators available for
 * filters and queries" (table "Operators available for email notifications") defines them: VALCHANGES "All
 * records in which the State field is updated", CHANGESFROM "updated to another value after previously being
 * <X>", CHANGESTO "updated to <X>". The guides do not cover inserts; this follows the platform (and this
 * repo's GlideRecord.fieldChanged): with no previous version, a field that has a value has changed (from empty).
 */

/** A column as a comparison sees it: what SQLite holds and whether the column has numeric (INTEGER/REAL) affinity. */
interface Operand {
    value: SqlValue
    numeric: boolean
}

/** One term's test on a record of the shape it was prepared for. */
type Test = (record: RecordView) => boolean
/** A whole condition, checked and converted: OR of ^NQ queries, each an AND of ^OR groups. */
type Plan = Test[][][]

/**
 * Prepared conditions by query (the caller's parsed EncodedQuery, compared by identity: rules and
 * notifications keep theirs), dictionary and table. Weak on every level: a condition parsed again, a
 * dictionary rebuilt or a table dropped takes its plans with it, so nothing stale is ever found and
 * nothing accumulates. Only successful preparations are kept: a malformed term is checked (and thrown)
 * on every call, as before.
 */
const plans = new WeakMap<EncodedQuery, WeakMap<object, WeakMap<object, Plan>>>()

/**
 * Whether the record satisfies `q` (OR of ^NQ queries, each an AND of ^OR groups). An empty EncodedQuery
 * (`queries: []`) matches, as it selects every row in compileQuery. Throws the QueryError compileQuery would
 * throw for a malformed term, a bad value or an unknown field; the change operators, which compileQuery
 * rejects, are evaluated here. The query must not be changed after it was first matched (see `plans`).
 */
export function matchesRecord(q: EncodedQuery, record: RecordView): boolean {
    const plan = planFor(q, record)
    return plan.length === 0 || plan.some((groups) => groups.every((group) => group.some((test) => test(record))))
}

function planFor(q: EncodedQuery, record: RecordView): Plan {
    const shape = record.shape
    if (!shape) return prepare(q, record)
    let byDictionary = plans.get(q)
    if (!byDictionary) plans.set(q, (byDictionary = new WeakMap()))
    let byTable = byDictionary.get(shape.dictionary)
    if (!byTable) byDictionary.set(shape.dictionary, (byTable = new WeakMap()))
    let plan = byTable.get(shape.table)
    if (!plan) byTable.set(shape.table, (plan = prepare(q, record)))
    return plan
}

/** Every term checked and converted, in compileQuery's order, before anything is evaluated. */
function prepare(q: EncodedQuery, record: RecordView): Plan {
    return q.queries.map((query) => prepareAnd(query, record))
}

function prepareAnd(query: Query, record: RecordView): Test[][] {
    if (query.length === 0) throw new QueryError('', 'empty query (no conditions between ^NQ separators)')
    return query.map((group) => {
        if (group.length === 0) throw new QueryError('', 'empty OR group')
        return group.map((c) => prepareCondition(c, record))
    })
}

function resolveField(record: RecordView, path: string, term: string): FieldValue {
    return withTerm(term, () => record.current(path))
}

/** Resolver errors only know the field path; re-raise them against the whole term, as compileQuery does. */
function withTerm<T>(term: string, read: () => T): T {
    try {
        return read()
    } catch (e) {
        if (e instanceof QueryError) throw new QueryError(term, e.reason)
        throw e
    }
}

/**
 * A field's operand on the record being evaluated: its value read then, its type (and so its affinity and
 * stored form) as resolved when the term was prepared, which is the same for every record of the shape.
 */
function reader(path: string, type: string, term: string): (record: RecordView) => Operand {
    const numeric = isNumericType(type)
    return (record) => ({ value: storedValue(resolveField(record, path, term).value, type), numeric })
}

/**
 * Checks and converts one term (as compileCondition does) and returns its test; the SQL it mirrors is quoted per
 * case. `record` only resolves the fields' types here; the test reads the values of the record it is given.
 * What depends on the moment or the session user's time zone (ON/NOTON bounds, RELATIVE, DATEPART) is worked
 * out when the test runs, so a prepared test never carries a stale clock or another user's zone.
 */
function prepareCondition(c: Condition, record: RecordView): Test {
    const term = conditionText(c)
    const problem = conditionProblem(c)
    if (problem !== undefined) throw new QueryError(term, problem)
    const field = resolveField(record, c.field, term)
    const X = reader(c.field, field.type, term)
    const bind = (raw: string): Bound => bindValue(raw, field.type, term)
    const pattern = (before: string, after: string): string => {
        likePattern(c.value, before, after, term)
        return likeFold(c.value)
    }
    const other = (): ((r: RecordView) => Operand) => {
        const path = (parseFieldOperand(c.value) ?? { field: c.value }).field
        return reader(path, resolveField(record, path, term).type, term)
    }
    switch (canonicalOperator(c.operator)) {
        case '=': {
            // field= → (x IS NULL OR x = '');  otherwise (x = ?)
            if (c.value === '') return (r) => isEmpty(X(r))
            const v = bind(c.value)
            return (r) => compare(X(r), v) === 0
        }
        case '!=': {
            // field!= → (x IS NOT NULL AND x <> '');  otherwise (x IS NOT NULL AND x <> '' AND x <> ?)
            if (c.value === '') return (r) => isNotEmpty(X(r))
            const v = bind(c.value)
            return (r) => {
                const x = X(r)
                return isNotEmpty(x) && differs(compare(x, v))
            }
        }
        case '<':
        case '<=':
        case '>':
        case '>=': {
            // (x <> '' AND x op ?)
            const v = bind(c.value)
            const op = c.operator as '<' | '<=' | '>' | '>='
            return (r) => {
                const x = X(r)
                const order = compare(x, v)
                return differs(compare(x, '')) && order !== undefined && holds(op, order)
            }
        }
        case 'BETWEEN': {
            // (x <> '' AND x BETWEEN ? AND ?)
            const [low, high] = splitRange(c.value)
            const lo = bind(low)
            const hi = bind(high)
            return (r) => {
                const x = X(r)
                return differs(compare(x, '')) && (compare(x, lo) ?? -1) >= 0 && (compare(x, hi) ?? 1) <= 0
            }
        }
        case 'IN': {
            // (x IN (?, ...)); an empty list matches nothing
            const items = listItems(c.value).map(bind)
            return (r) => {
                const x = X(r)
                return items.some((v) => compare(x, v) === 0)
            }
        }
        case 'NOT IN': {
            // (x IS NOT NULL AND x <> '' AND x NOT IN (?, ...)); an empty list is "is not empty"
            const items = listItems(c.value).map(bind)
            return (r) => {
                const x = X(r)
                return isNotEmpty(x) && items.every((v) => differs(compare(x, v)))
            }
        }
        case 'LIKE': {
            // (x LIKE '%v%' ESCAPE '\')
            const v = pattern('%', '%')
            return (r) => like(X(r), (s) => s.includes(v))
        }
        case 'NOT LIKE': {
            // (x IS NOT NULL AND x <> '' AND x NOT LIKE '%v%' ESCAPE '\')
            const v = pattern('%', '%')
            return (r) => {
                const x = X(r)
                return isNotEmpty(x) && !like(x, (s) => s.includes(v))
            }
        }
        case 'STARTSWITH': {
            const v = pattern('', '%')
            return (r) => like(X(r), (s) => s.startsWith(v))
        }
        case 'ENDSWITH': {
            const v = pattern('%', '')
            return (r) => like(X(r), (s) => s.endsWith(v))
        }
        case 'ISEMPTY':
            return (r) => isEmpty(X(r))
        case 'ISNOTEMPTY':
            return (r) => isNotEmpty(X(r))
        case 'EMPTYSTRING':
            // (x = '')
            return (r) => compare(X(r), '') === 0
        case 'ANYTHING':
            return () => true
        case 'SAMEAS':
        case 'NSAMEAS': {
            const Y = other()
            const unit = (parseFieldOperand(c.value) as { unit: string | null }).unit
            if (unit !== null) requireDateField(field.type, c.operator, term)
            // with a unit: substr(x, 1, n) and substr(other, 1, n), text without affinity (NULL stays NULL)
            const same = (x: Operand, y: Operand): number | undefined =>
                unit === null ? compareColumns(x, y) : compareTexts(prefix(x, SAME_UNIT_PREFIX[unit]), prefix(y, SAME_UNIT_PREFIX[unit]))
            // (x <> '' AND x = other)
            if (c.operator === 'SAMEAS') {
                return (r) => {
                    const x = X(r)
                    return differs(compare(x, '')) && same(x, Y(r)) === 0
                }
            }
            // (x IS NOT NULL AND x <> '' AND other IS NOT NULL AND other <> '' AND x <> other)
            return (r) => {
                const x = X(r)
                const y = Y(r)
                return isNotEmpty(x) && isNotEmpty(y) && differs(same(x, y))
            }
        }
        case 'GT_FIELD':
        case 'LT_FIELD':
        case 'GT_OR_EQUALS_FIELD':
        case 'LT_OR_EQUALS_FIELD': {
            // (x <> '' AND other <> '' AND x op other)
            const Y = other()
            const op = FIELD_TEST[c.operator]
            return (r) => {
                const x = X(r)
                const y = Y(r)
                const order = compareColumns(x, y)
                return differs(compare(x, '')) && differs(compare(y, '')) && order !== undefined && holds(op, order)
            }
        }
        case 'ON':
        case 'NOTON': {
            requireDateField(field.type, c.operator, term)
            const range = parseDateRange(c.value) as { start: string; end: string }
            // Checked now (a malformed bound throws whoever evaluates it); the bounds themselves are on the
            // session user's clock, so they are worked out again for each evaluation.
            const bounds = (): [string, string] => [dateBound(range.start, field.type, false, term), dateBound(range.end, field.type, true, term)]
            bounds()
            // ON: (x <> '' AND x >= ? AND x <= ?);  NOTON: (x IS NOT NULL AND x <> '' AND (x < ? OR x > ?))
            if (c.operator === 'ON') {
                return (r) => inBounds(X(r), bounds())
            }
            return (r) => {
                const x = X(r)
                const [lo, hi] = bounds()
                return isNotEmpty(x) && ((compare(x, lo) ?? 0) < 0 || (compare(x, hi) ?? 0) > 0)
            }
        }
        case 'RELATIVEGT':
        case 'RELATIVELT':
        case 'RELATIVEGE':
        case 'RELATIVELE':
        case 'RELATIVEEE': {
            requireDateField(field.type, c.operator, term)
            const rel = parseRelative(c.value) as NonNullable<ReturnType<typeof parseRelative>>
            const test = c.operator.slice('RELATIVE'.length) as RelativeTest
            const dateOnly = isDateOnly(field.type)
            // Relative to now, on the session user's clock: worked out when the test runs.
            const bounds = (): [string, string] => relativeBounds(Date.now(), rel.unit, rel.ahead, rel.count, test, dateOnly, currentTimeZone())
            // EE: (x <> '' AND x >= lo AND x <= hi);  otherwise (x <> '' AND x op lo)
            if (test === 'EE') {
                return (r) => inBounds(X(r), bounds())
            }
            return (r) => {
                const x = X(r)
                const order = compare(x, bounds()[0])
                return differs(compare(x, '')) && order !== undefined && holds(RELATIVE_TEST[test], order)
            }
        }
        case 'DATEPART': {
            // (x <> '' AND CAST(strftime(part, x) AS INTEGER) op target): NULL when SQLite cannot read x
            requireDateField(field.type, c.operator, term)
            const d = parseDatePart(c.value) as NonNullable<ReturnType<typeof parseDatePart>>
            const dateOnly = isDateOnly(field.type)
            return (r) => {
                const x = X(r)
                if (!differs(compare(x, ''))) return false
                const parsed = typeof x.value === 'string' ? parseSqliteDate(x.value) : undefined
                if (parsed === undefined) return false
                // The session user's zone, at the time the test runs.
                const part = datePart(parsed, d.part, dateOnly ? UTC : currentTimeZone())
                return d.test === 'EE' ? part === d.target : holds(RELATIVE_TEST[d.test], part < d.target ? -1 : part > d.target ? 1 : 0)
            }
        }
        case 'MORETHAN':
        case 'LESSTHAN': {
            requireDateField(field.type, c.operator, term)
            const o = parseFieldOffset(c.value) as NonNullable<ReturnType<typeof parseFieldOffset>>
            const target = resolveField(record, o.field, term)
            requireDateField(target.type, c.operator, term)
            const Y = reader(o.field, target.type, term)
            const dateOnly = isDateOnly(field.type)
            return (r) => {
                const x = X(r)
                const y = Y(r)
                // fn(other, modifier) and fn(other): NULL when SQLite cannot read the other date
                const date = (move: boolean): string | undefined =>
                    typeof y.value === 'string' ? sqliteDateTime(y.value, move ? { unit: o.unit, count: o.count, forward: o.after } : null, dateOnly) : undefined
                if (!differs(compare(x, ''))) return false
                const shifted = date(true)
                if (shifted === undefined) return false
                const order = compare(x, shifted)
                if (order === undefined) return false
                if (c.operator === 'MORETHAN') return o.after ? order > 0 : order < 0
                const base = compare(x, date(false) as string) as number
                return o.after ? order < 0 && base >= 0 : order > 0 && base <= 0
            }
        }
        case 'DYNAMIC':
            throw new QueryError(term, 'a DYNAMIC term needs the session user; it is resolved before the query runs (resolveScriptValues)')
        case 'IN_HIERARCHY':
        case 'IN_HIERARCHY_DYNAMIC':
            throw new QueryError(term, `an ${c.operator} term needs the instance's record hierarchies; it is resolved before the query runs (resolveScriptValues)`)
        case 'VALCHANGES':
        case 'CHANGESFROM':
        case 'CHANGESTO':
            return prepareChange(c, record, field, X, bind, term)
        case 'NOTLIKE':
        case '*':
        case '!*':
        case '%':
            throw new Error(`unreachable: ${c.operator} is mapped to its documented form`)
    }
}

const FIELD_TEST: Readonly<Record<string, '<' | '<=' | '>' | '>='>> = { GT_FIELD: '>', LT_FIELD: '<', GT_OR_EQUALS_FIELD: '>=', LT_OR_EQUALS_FIELD: '<=' }
const RELATIVE_TEST: Readonly<Record<Exclude<RelativeTest, 'EE'>, '<' | '<=' | '>' | '>='>> = { GT: '>', LT: '<', GE: '>=', LE: '<=' }

/** substr(v, 1, n): the first n characters of the value's text (NULL stays NULL). */
function prefix(x: Operand, n: number): string | null {
    return x.value === null ? null : Array.from(sqlText(x.value)).slice(0, n).join('')
}

function compareTexts(a: string | null, b: string | null): number | undefined {
    return a === null || b === null ? undefined : sqlCompare(a, b)
}

/**
 * VALCHANGES: the value differs from the previous one. CHANGESTO X: it changed and now equals X. CHANGESFROM X:
 * it changed and previously equalled X. "Equals X" is the `=` operator's test (so an empty X means empty, and X
 * is converted and checked like any `=` value); "changed" compares values as the column stores them (so 5 and
 * 5.0 in a decimal field are the same value), with NULL and '' both empty. With no previous version every field
 * was empty.
 */
function prepareChange(c: Condition, record: RecordView, field: FieldValue, X: (r: RecordView) => Operand, bind: (raw: string) => Bound, term: string): Test {
    const expected = c.operator === 'VALCHANGES' || c.value === '' ? undefined : bind(c.value)
    // Resolved now, so an unknown field is reported while preparing, like any other term.
    withTerm(term, () => record.previous(c.field))
    const numeric = isNumericType(field.type)
    const then = (r: RecordView): Operand => {
        const before = withTerm(term, () => r.previous(c.field))
        return { value: before === null ? null : storedValue(before.value, field.type), numeric }
    }
    const changed = (now: Operand, was: Operand): boolean => {
        if (isEmpty(now) || isEmpty(was)) return isEmpty(now) !== isEmpty(was)
        return differs(compareColumns(now, was))
    }
    const equalsExpected = (o: Operand): boolean => (expected === undefined ? isEmpty(o) : compare(o, expected) === 0)
    switch (c.operator) {
        case 'CHANGESTO':
            return (r) => {
                const now = X(r)
                return changed(now, then(r)) && equalsExpected(now)
            }
        case 'CHANGESFROM':
            return (r) => {
                const was = then(r)
                return changed(X(r), was) && equalsExpected(was)
            }
        default:
            return (r) => changed(X(r), then(r))
    }
}

/** `x IS NULL OR x = ''` */
function isEmpty(x: Operand): boolean {
    return x.value === null || compare(x, '') === 0
}

/** `x IS NOT NULL AND x <> ''` */
function isNotEmpty(x: Operand): boolean {
    return differs(compare(x, ''))
}

/** (x <> '' AND x >= lo AND x <= hi): a date inside both bounds, as ON and RELATIVEEE test it. */
function inBounds(x: Operand, [lo, hi]: [string, string]): boolean {
    return differs(compare(x, '')) && (compare(x, lo) ?? -1) >= 0 && (compare(x, hi) ?? 1) <= 0
}

/** `<>` is true only for a known, non-zero order; NULL (undefined) is not true. */
function differs(order: number | undefined): boolean {
    return order !== undefined && order !== 0
}

function holds(op: '<' | '<=' | '>' | '>=', order: number): boolean {
    switch (op) {
        case '<':
            return order < 0
        case '<=':
            return order <= 0
        case '>':
            return order > 0
        case '>=':
            return order >= 0
    }
}

/**
 * A column compared with a bound value or the literal '' (undefined is SQL NULL). The comparison takes the
 * column's affinity, but there is nothing left for it to convert: a numeric column's value already went through
 * that affinity when stored (storedValue), its bound values are numbers, a text column's are text.
 */
function compare(x: Operand, k: Bound): number | undefined {
    return x.value === null ? undefined : sqlCompare(x.value, k)
}

/** Two columns: NUMERIC affinity if either column has it, otherwise none (text compares as text). */
function compareColumns(x: Operand, y: Operand): number | undefined {
    if (x.value === null || y.value === null) return undefined
    if (x.numeric || y.numeric) return sqlCompare(numericAffinity(x.value), numericAffinity(y.value))
    return sqlCompare(x.value, y.value)
}

/** LIKE against a literal: NULL never matches; numbers are matched as SQLite writes them as text. */
function like(x: Operand, test: (folded: string) => boolean): boolean {
    return x.value !== null && test(likeFold(sqlText(x.value)))
}
