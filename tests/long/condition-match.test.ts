import { seededRandom } from '../../tools/demo/random'
/**
 * matchesRecord: encoded-query conditions evaluated on one record in memory (business-rule filter conditions,
 * notification conditions; the record may be unsaved, so SQL cannot be used).
 *
 * 1. Agreement: for thousands of generated queries over a small table, matchesRecord must select exactly the
 *    rows that compileQuery's SQL selects on better-sqlite3, and must throw the same QueryError when the SQL
 *    compiler does; then exhaustively where text meets numbers. That is the proof that the two share one
 *    semantics (NULL rule, affinity, LIKE, ...).
 * 2. The SQLite rules matchesRecord reproduces (number to text, text to number) checked against SQLite itself.
 * 3. The change operators VALCHANGES / CHANGESFROM / CHANGESTO, which exist only in record conditions. Sources:
 *    - business-rule-guide (`npx now-sdk explain business-rule-guide`), "After Update -- Cascade Changes to
 *      Related Records": "When a parent record's state changes, update all child task records." with
 *      `filterCondition: 'stateVALCHANGES'`;
 *    - email-notification-guide only shows conditions like `priority=1^EQ` and sends "the full property
 *      reference (EmailNotification, trigger conditions, ...)" to emailnotification-api, whose "Notification with
 *      Digest" has `triggerConditions: { onRecordUpdate: true, condition: 'stateVALCHANGES' }`;
 *    - docs page "Operators available for filters and queries", table "Operators available for email
 *      notifications": changes (VALCHANGES) "All records in which the State field is updated."; changes from
 *      (CHANGESFROM, `stateCHANGESFROM4`) "All records in which the State field is updated to another value after
 *      previously being Awaiting User Info. (4)"; changes to (CHANGESTO, `stateCHANGESTO4`) "All records in which
 *      the State field is updated to Awaiting User Info (4)".
 *    The guides say nothing about inserts. The rule implemented (and GlideRecord.fieldChanged's) is the
 *    platform's: with no previous version a field that has a value counts as changed (from empty).
 */
import Database from 'better-sqlite3'
import {
    CHANGE_OPERATORS,
    compileQuery,
    matchesRecord,
    OPERATORS,
    OPERATOR_VALUE,
    parseEncodedQuery,
    QueryError,
    toEncodedQuery,
    type ColumnRef,
    type Condition,
    type EncodedQuery,
    type FieldResolver,
    type FieldValue,
    type Operator,
    type RecordView,
} from '../../src/local/query'
import { atof, likeFold, realText } from '../../src/local/query/sqlite'
import { storageClass, toStorage } from '../../src/local/store/values'

// ---------------------------------------------------------------------------------------------------------------
// Seeded (the demo's mulberry32) so every run generates the same queries and a failure can be reproduced.

class Gen {
    constructor(readonly next: () => number) {}
    int(n: number): number {
        return Math.floor(this.next() * n)
    }
    pick<T>(items: readonly T[]): T {
        return items[this.int(items.length)]
    }
    chance(p: number): boolean {
        return this.next() < p
    }
}

// ---------------------------------------------------------------------------------------------------------------
// The table. Column types are sys_dictionary internal_types; SQL columns get the store's storage class for them.

type Cell = string | number | null

const TASK: Record<string, string> = {
    sys_id: 'string',
    name: 'string',
    alias: 'string',
    code: 'string',
    category: 'choice',
    priority: 'integer',
    active: 'boolean',
    cost: 'decimal',
    price: 'currency',
    ratio: 'float',
    manager: 'reference',
    opened: 'glide_date_time',
    due: 'glide_date_time',
    day: 'glide_date',
}
const USER: Record<string, string> = { sys_id: 'string', name: 'string', email: 'string', age: 'integer' }
const TASK_FIELDS = Object.keys(TASK).filter((f) => f !== 'sys_id')
const FIELD_PATHS = [...TASK_FIELDS, 'sys_id', 'manager.name', 'manager.email', 'manager.age']

const TEXTS: readonly (string | null)[] = [
    null, '', 'alpha', 'Alpha', 'ALPHA', 'beta', 'gamma_x', 'gammaAx', '100%_off\\path', 'a^b', 'a,b', 'x@y', 'b', ' ', 'a b',
    'é', 'É', 'naïve', 'NAÏVE', 'straße', '😀', '😀x', 'x😀', '\uE000', '\uFFFD', '\uFFFE', '\uFFFF', '\uD800', '\uDC00', 'x\uD83D',
    'ab\0cd', '2', '10', '2.0', '-3', 'Z', 'z', '~',
]
// Text that SQLite may read as a number when it is compared with a numeric column (SAMEAS).
const NUMBER_TEXTS: readonly (string | null)[] = [
    null, '', '2', '2.0', ' 2', '2 ', '+2', '2e0', '0x2', '02', '1', '10.5', '1e1', '-0', '0.1', '.5', '5.', '1e', '1e400',
    'abc', '9007199254740993', '99.99', '20', '20.0', '\t3\n', '1_0',
]
const INTEGERS: readonly (number | null)[] = [null, 0, 1, 2, 3, 5, -1, 10, 100]
const REALS: readonly (number | null)[] = [null, 0, 0.1, 10.5, 20, 99.99, 1 / 3, 1e20, 1e-5, 5, -2.5, 100, 0.30000000000000004, 123456789012345.6]
// Values an unsaved record may hold in a numeric field: text the store would convert, and text it would refuse.
const INTEGER_TEXTS: readonly string[] = ['2.50', 'abc', ' 7 ', '1e1', '0x10', '', '9007199254740993', '-0', '2.0']
const REAL_TEXTS: readonly string[] = ['10.50', ' 5', '1e3', 'abc', '0x10', '', 'Infinity', '-0', '5.']
const DATES: readonly (string | null)[] = [null, '', '2024-01-05 10:00:00', '2024-02-10 09:30:00', '2024-02-29 08:00:00', '2024-12-31 23:59:59']
// Texts SQLite's date functions read differently or not at all (MORETHAN, LESSTHAN and DATEPART hand them to SQLite).
const ODD_DATES: readonly string[] = ['2024-01-05', '2024-01-05T10:00', '2024-02-30 10:00:00', 'garbage', '2024-01-31 12:00:00.750', '2024-03-31 24:00:00', '2024-01-05 10:00:00Z']
const DAYS: readonly (string | null)[] = [null, '', '2024-01-05', '2024-02-10', '2024-02-29', '2024-12-31', '2024-01-06 08:00:00']
const MANAGERS: readonly (string | null)[] = [null, '', 'u1', 'u2', 'u3', 'u4', 'u9']

const USERS: Cell[][] = [
    ['u1', 'Ann', 'ann@example.com', 30],
    ['u2', 'Bob', null, 2],
    ['u3', 'alpha', '', null],
    ['u4', 'ALPHA', 'x@y', 10],
]

function cellsFor(type: string): readonly Cell[] {
    switch (type) {
        case 'integer':
            return [...INTEGERS, ...INTEGER_TEXTS]
        case 'boolean':
            return [null, 0, 1, null, 0, 1, 'yes', '']
        case 'decimal':
        case 'currency':
        case 'float':
            return [...REALS, ...REAL_TEXTS]
        case 'reference':
            return MANAGERS
        case 'glide_date_time':
            return [...DATES, ...DATES, ...ODD_DATES]
        case 'glide_date':
            return DAYS
        default:
            return TEXTS
    }
}

function makeTasks(g: Gen, count: number): Record<string, Cell>[] {
    return Array.from({ length: count }, (_, i) => {
        const row: Record<string, Cell> = { sys_id: `t${String(i).padStart(2, '0')}` }
        for (const f of TASK_FIELDS) row[f] = g.pick(f === 'code' ? NUMBER_TEXTS : cellsFor(TASK[f]))
        return row
    })
}

class Resolver implements FieldResolver {
    readonly joins = new Set<string>()

    resolve(path: string): ColumnRef {
        if (TASK[path] !== undefined) return { sql: `t0."${path}"`, type: TASK[path] }
        const [ref, field, ...rest] = path.split('.')
        if (ref === 'manager' && rest.length === 0 && field !== undefined && USER[field] !== undefined) {
            this.joins.add('LEFT JOIN users j1 ON j1."sys_id" = t0."manager"')
            return { sql: `j1."${field}"`, type: USER[field] }
        }
        throw new QueryError(path, `unknown field "${path}" on task`)
    }
}

/**
 * What the table holds for a cell: numbers as they are; text in a numeric column as the store writes it
 * (toStorage) or, where the store would refuse it, the text itself (SQLite then applies the column's affinity).
 */
function written(type: string, cell: Cell): Cell {
    if (typeof cell !== 'string' || storageClass(type) === 'TEXT') return cell
    try {
        return toStorage(type, 'f', cell)
    } catch {
        return cell
    }
}

/** A cell as GlideRecord.getValue shows it: the stored number as text (store/values.ts fromStorage), or the text an unsaved record holds. */
function shown(cell: Cell | undefined): string | null {
    return cell === null || cell === undefined ? null : String(cell)
}

/** The record view of a stored row: what the business-rule engine hands matchesRecord for a saved record. */
function rowView(row: Record<string, Cell>, users: Map<string, Record<string, Cell>>): RecordView {
    return {
        current(path: string): FieldValue {
            if (TASK[path] !== undefined) return { value: shown(row[path]), type: TASK[path] }
            const [ref, field, ...rest] = path.split('.')
            if (ref === 'manager' && rest.length === 0 && field !== undefined && USER[field] !== undefined) {
                const user = typeof row.manager === 'string' ? users.get(row.manager) : undefined
                return { value: shown(user?.[field]), type: USER[field] }
            }
            throw new QueryError(path, `unknown field "${path}" on task`)
        },
        previous: () => null,
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Query generation: AST objects, so values may hold characters the text syntax reserves.

function typeOf(path: string): string {
    return path.startsWith('manager.') ? USER[path.slice('manager.'.length)] : TASK[path]
}

function numberText(g: Gen, type: string): string {
    if (g.chance(0.05)) return g.pick(['abc', '1e', '0x10', ' 1', 'Infinity', '', '1,5', 'javascript:gs.now()'])
    if (type === 'integer' || g.chance(0.3)) return g.pick(['0', '1', '2', '3', '5', '-1', '10', '100', '2.5', '2.0', '1e1', '-0', '30'])
    const n = g.pick(REALS.filter((r): r is number => r !== null))
    return g.pick([String(n), realText(n), n.toFixed(1), n.toExponential()])
}

/** Some text that is likely to occur in the data: a pool value, or a piece of one with its ASCII case changed. */
function textValue(g: Gen, type: string): string {
    if (g.chance(0.03)) return g.pick(['javascript:gs.getUserID()', 'q\0r', '%', '_', '\\'])
    const pool = (type === 'glide_date_time' ? DATES : type === 'reference' ? MANAGERS : g.chance(0.3) ? NUMBER_TEXTS : TEXTS).filter((t): t is string => !!t)
    let s = g.pick(pool)
    if (g.chance(0.5) && s.length > 1) {
        const start = g.int(s.length)
        s = s.slice(start, start + 1 + g.int(s.length - start)) || s
    }
    if (g.chance(0.3)) s = [...s].map((ch) => (/[a-z]/i.test(ch) && g.chance(0.5) ? (ch === ch.toLowerCase() ? ch.toUpperCase() : ch.toLowerCase()) : ch)).join('')
    return s
}

const PATTERN_OPERATORS: ReadonlySet<Operator> = new Set<Operator>(['LIKE', 'NOTLIKE', 'STARTSWITH', 'ENDSWITH'])

function scalar(g: Gen, path: string, op: Operator): string {
    const type = typeOf(path)
    // A pattern on a number matches the number's text ("20.0" for a REAL 20): fragments of such texts.
    if (PATTERN_OPERATORS.has(op) && storageClass(type) !== 'TEXT' && g.chance(0.7)) return g.pick(['.', '.0', '0', 'e+', 'e-', '5', '-', '2', '.5', '1.0', '0.0', '3333', '99'])
    if (type === 'boolean') return g.chance(0.05) ? 'yes' : g.pick(['true', 'false', '1', '0'])
    if (storageClass(type) !== 'TEXT') return numberText(g, type)
    return textValue(g, type)
}

function makeValue(g: Gen, path: string, op: Operator): string {
    switch (OPERATOR_VALUE[op]) {
        case 'none':
            return ''
        case 'optional':
            return g.chance(0.15) ? '' : scalar(g, path, op)
        case 'required': {
            const v = scalar(g, path, op)
            return v === '' ? 'x' : v
        }
        case 'list':
            return Array.from({ length: g.int(5) }, () => (g.chance(0.1) ? '' : scalar(g, path, op))).join(',')
        case 'range':
            return `${scalar(g, path, op) || '1'}@${scalar(g, path, op) || '9'}`
        case 'field': {
            // Half the time a field of the other storage kind, so text meets numbers (NUMERIC comparison affinity).
            const textual = storageClass(typeOf(path)) === 'TEXT'
            const others = FIELD_PATHS.filter((f) => (storageClass(typeOf(f)) === 'TEXT') !== textual)
            const other = g.chance(0.03) ? 'nosuch' : g.pick(g.chance(0.5) ? others : FIELD_PATHS)
            // SAMEAS/NSAMEAS on dates may compare to a unit ("sla_dueSAMEASactivity_due@day").
            return (op === 'SAMEAS' || op === 'NSAMEAS') && g.chance(0.3) ? `${g.pick(DATE_FIELDS)}@${g.pick(['day', 'hour', 'month', 'year', 'week'])}` : other
        }
        case 'dates': {
            // Now and then a malformed value, refused alike both ways; mostly well-formed ones.
            if (g.chance(0.05)) return g.pick(['Today', 'Someday', 'Day@soon@2024-02-10'])
            return `Day@${g.pick(['2024-01-05', '2024-02-10', '2024-02-29'])}${g.chance(0.5) ? ' 00:00:00' : ''}@${g.pick(['2024-02-10', '2024-02-29 12:00:00', '2024-12-31 23:59:59'])}`
        }
        case 'relative':
            if (g.chance(0.05)) return '@fortnight@ago@1'
            // Counts that reach the fixture's 2024 dates from today, whatever today is.
            if (g.chance(0.3)) return `@year@ago@${YEARS_SINCE_2024}`
            return `@${g.pick(['hour', 'day', 'week', 'month', 'quarter', 'year'])}@${g.pick(['ago', 'ahead'])}@${g.pick(['0', '1', '3', '1000', YEARS_SINCE_2024, MONTHS_SINCE_2024])}`
        case 'datepart':
            if (g.chance(0.05)) return g.pick(["X@javascript:gs.datePart('week','2','EE')", "X@javascript:gs.datePart('month','x','EE')"])
            return `X@javascript:gs.datePart('${g.pick(['dayofweek', 'month', 'quarter', 'year', 'hour'])}','${g.pick(['monday', 'sunday', 'february', '2', '2024', '10'])}','${g.pick(['EE', 'GE', 'LE', 'GT', 'LT'])}')`
        case 'offset':
            return `${g.chance(0.05) ? 'name' : g.pick(DATE_FIELDS)}@${g.pick(['hour', 'day', 'week', 'month', 'quarter', 'year'])}@${g.pick(['before', 'after'])}@${g.pick(['0', '1', '2', '40'])}`
        case 'dynamic':
            return g.pick(['54635e965f510100a9ad2572f2b4774c', 'nope'])
        case 'hierarchy':
            return g.pick(['fdd0fa0f93f5d2505bd0bd886cba1015@9ee1b13dc6112271007f9d0efdb69cd0', 'nope'])
    }
}

const DATE_FIELDS = ['opened', 'due', 'day']
const TODAY = new Date()
const YEARS_SINCE_2024 = String(TODAY.getUTCFullYear() - 2024)
const MONTHS_SINCE_2024 = String((TODAY.getUTCFullYear() - 2024) * 12 + TODAY.getUTCMonth() - 1)

const QUERY_OPERATORS = OPERATORS.filter((op) => !CHANGE_OPERATORS.has(op))

const DATE_KINDS = new Set(['dates', 'relative', 'datepart', 'offset'])

function makeCondition(g: Gen): Condition {
    // DYNAMIC is resolved before a query runs, so both sides always refuse it: seldom worth a term.
    let operator = g.pick(QUERY_OPERATORS)
    if (OPERATOR_VALUE[operator] === 'dynamic' || OPERATOR_VALUE[operator] === 'hierarchy') {
        // IN_HIERARCHY too (resolved to IN from the record hierarchies).
        if (g.chance(0.8)) operator = g.pick(QUERY_OPERATORS)
    }
    // The date operators apply to date fields: mostly one of those, sometimes another (refused alike both ways).
    const dated = DATE_KINDS.has(OPERATOR_VALUE[operator]) && g.chance(0.8)
    const field = g.chance(0.02) ? 'nosuch' : g.pick(dated ? DATE_FIELDS : FIELD_PATHS)
    return { field, operator, value: makeValue(g, field === 'nosuch' ? 'name' : field, operator) }
}

function makeQuery(g: Gen, single: boolean): EncodedQuery {
    const count = (max: number): number => (single ? 1 : 1 + g.int(max))
    return {
        queries: Array.from({ length: count(3) }, () => Array.from({ length: count(3) }, () => Array.from({ length: count(3) }, () => makeCondition(g)))),
        orderBy: g.chance(0.1) ? [{ field: g.pick(FIELD_PATHS), descending: g.chance(0.5) }] : [],
    }
}

function errorOf(fn: () => unknown): QueryError | undefined {
    try {
        fn()
        return undefined
    } catch (e) {
        if (e instanceof QueryError) return e
        throw e
    }
}

// ---------------------------------------------------------------------------------------------------------------

const SEED = 20240611
const ROWS = 48
const QUERIES = 6000

/** The task table in SQLite (cells written as the store writes them) and the record view of each row. */
class Table {
    readonly db = new Database(':memory:')
    readonly views: RecordView[]

    constructor(readonly rows: Record<string, Cell>[]) {
        const columns = (schema: Record<string, string>): string => Object.entries(schema).map(([f, t]) => `"${f}" ${storageClass(t)}`).join(', ')
        this.db.exec(`CREATE TABLE task (${columns(TASK)}); CREATE TABLE users (${columns(USER)});`)
        const insertUser = this.db.prepare('INSERT INTO users VALUES (?, ?, ?, ?)')
        for (const u of USERS) insertUser.run(...u)
        const insertTask = this.db.prepare(`INSERT INTO task VALUES (${Object.keys(TASK).map(() => '?').join(', ')})`)
        for (const row of rows) insertTask.run(...Object.keys(TASK).map((f) => written(TASK[f], row[f] ?? null)))
        const users = new Map(USERS.map((u) => [u[0] as string, Object.fromEntries(Object.keys(USER).map((f, i) => [f, u[i]]))]))
        this.views = rows.map((row) => rowView(row, users))
    }

    /** The rows compileQuery's SQL selects, or the QueryError it throws. */
    sqlRows(q: EncodedQuery): Set<string> | QueryError {
        const resolver = new Resolver()
        let compiled
        try {
            compiled = compileQuery(q, resolver)
        } catch (e) {
            if (e instanceof QueryError) return e
            throw e
        }
        const where = compiled.where === '' ? '' : ` WHERE ${compiled.where}`
        const sql = `SELECT t0."sys_id" AS id FROM task t0 ${[...resolver.joins].join(' ')}${where}`
        return new Set((this.db.prepare(sql).all(...compiled.params) as { id: string }[]).map((r) => r.id))
    }

    /**
     * Runs `q` both ways on every row. Returns the disagreements (row set or error message) and, per row,
     * whether SQL selected it (undefined when the query is rejected).
     */
    compare(q: EncodedQuery): { mismatches: string[]; selected: boolean[] | undefined } {
        const expected = this.sqlRows(q)
        const mismatches: string[] = []
        if (expected instanceof QueryError) {
            this.views.forEach((view, i) => {
                const got = errorOf(() => matchesRecord(q, view))
                if (got?.message !== expected.message) mismatches.push(`${describeQuery(q)} on ${this.rows[i].sys_id}: SQL threw ${expected.message}, matcher ${got ? `threw ${got.message}` : 'did not throw'}`)
            })
            return { mismatches, selected: undefined }
        }
        const selected = this.rows.map((row, i) => {
            const want = expected.has(row.sys_id as string)
            const got = matchesRecord(q, this.views[i])
            if (got !== want) mismatches.push(`${describeQuery(q)} on ${JSON.stringify(row)}: SQL ${want}, matcher ${got}`)
            return want
        })
        return { mismatches, selected }
    }

    close(): void {
        this.db.close()
    }
}

function describeQuery(q: EncodedQuery): string {
    return JSON.stringify(q.queries)
}

describe('agreement: matchesRecord selects exactly the rows compileQuery selects', () => {
    let table: Table

    beforeAll(() => {
        table = new Table(makeTasks(new Gen(seededRandom(SEED)), ROWS))
    })

    afterAll(() => table.close())

    it(`agrees on ${QUERIES} generated queries × ${ROWS} rows (seed ${SEED})`, () => {
        const g = new Gen(seededRandom(SEED + 1))
        const mismatches: string[] = []
        const outcomes = new Map<Operator, { hit: number; miss: number }>(QUERY_OPERATORS.map((op) => [op, { hit: 0, miss: 0 }]))
        let valid = 0
        let hits = 0
        for (let n = 0; n < QUERIES && mismatches.length < 20; n++) {
            const single = n % 3 === 0
            const q = makeQuery(g, single)
            const result = table.compare(q)
            mismatches.push(...result.mismatches)
            if (result.selected === undefined) continue
            valid++
            const tally = single ? outcomes.get(q.queries[0][0][0].operator) : undefined
            for (const want of result.selected) {
                if (want) hits++
                if (tally) tally[want ? 'hit' : 'miss']++
            }
        }
        expect(mismatches.slice(0, 20)).toEqual([])
        // The generator must exercise both outcomes of every operator, and both outcomes overall.
        for (const [op, t] of outcomes) {
            // DYNAMIC is resolved to "=" and IN_HIERARCHY to IN before a query runs (query/script-values.ts): both
            // sides refuse them alike.
            if (op === 'DYNAMIC' || op === 'IN_HIERARCHY' || op === 'IN_HIERARCHY_DYNAMIC') continue
            expect([op, t.hit > 0]).toEqual([op, true])
            expect([op, t.miss > 0 || op === 'ANYTHING']).toEqual([op, true])
        }
        expect(valid).toBeGreaterThan(QUERIES * 0.5)
        expect(hits).toBeGreaterThan(valid * ROWS * 0.05)
        expect(hits).toBeLessThan(valid * ROWS * 0.95)
    })

    it('throws the QueryError compileQuery throws, whatever the row holds', () => {
        const one = (field: string, operator: Operator, value: string): EncodedQuery => ({ queries: [[[{ field, operator, value }]]], orderBy: [] })
        for (const q of [
            one('name', 'STARTSWITH', 'a'.repeat(50_000)),
            one('name', 'LIKE', 'a\0b'),
            one('name', 'LIKE', 'javascript:gs.getUserID()'),
            one('price', '<', 'abc'),
            one('active', '=', 'yes'),
            one('manager.phone', '=', 'x'),
            one('name', 'SAMEAS', 'nosuch'),
            { queries: [[]], orderBy: [] },
            { queries: [[[]]], orderBy: [] },
        ] as EncodedQuery[]) {
            const result = table.compare(q)
            expect([describeQuery(q), result.selected, result.mismatches]).toEqual([describeQuery(q), undefined, []])
        }
    })

    it('reads ^NQ < ^ < ^OR and ignores ORDERBY ("ignored by most boolean condition fields")', () => {
        const view = changeView({ state: '3', name: 'y', active: '1' }, null)
        expect(matchesRecord(parseEncodedQuery('state=1^NQname=x^ORname=y^active=true^ORDERBYnosuch'), view)).toBe(true)
        expect(matchesRecord(parseEncodedQuery('state=1^NQname=x^ORname=z^active=true'), view)).toBe(false)
        expect(matchesRecord(parseEncodedQuery('state=3^name=x^ORactive=false'), view)).toBe(false)
    })

    it('evaluates an empty EncodedQuery (queries: []) as a match, like the empty WHERE', () => {
        const q: EncodedQuery = { queries: [], orderBy: [] }
        expect(table.sqlRows(q)).toEqual(new Set(table.rows.map((t) => t.sys_id)))
        expect(table.views.every((v) => matchesRecord(q, v))).toBe(true)
    })
})

describe('agreement, exhaustively, where text meets numbers', () => {
    // Every number-like text in a text column against every integer and real (stored, and as an unsaved record
    // may hold them): SQLite's NUMERIC comparison affinity, its INTEGER/REAL column affinity and its number-to-text.
    const integers: Cell[] = [...INTEGERS, ...INTEGER_TEXTS]
    const reals: Cell[] = [...REALS, ...REAL_TEXTS]
    const rows: Record<string, Cell>[] = []
    NUMBER_TEXTS.forEach((code, i) => integers.forEach((priority, j) => rows.push({ sys_id: `p${i}_${j}`, code, priority, cost: reals[(i + j) % reals.length] })))
    const term = (field: string, operator: Operator, value = ''): EncodedQuery => ({ queries: [[[{ field, operator, value }]]], orderBy: [] })
    const queries: EncodedQuery[] = []
    for (const [a, b] of [['code', 'priority'], ['code', 'cost'], ['priority', 'cost']]) {
        for (const op of ['SAMEAS', 'NSAMEAS'] as Operator[]) queries.push(term(a, op, b), term(b, op, a))
    }
    for (const field of ['priority', 'cost']) {
        for (const op of ['LIKE', 'NOTLIKE', 'STARTSWITH', 'ENDSWITH'] as Operator[]) {
            for (const v of ['.', '.0', '0', 'e', 'e+', '5', '-', '2', '.5', '1.0', '3333', '9007199254740993', 'x']) queries.push(term(field, op, v))
        }
        for (const op of ['=', '!=', '<', '>=', 'IN', 'NOT IN'] as Operator[]) {
            for (const v of ['2', '2.5', '-0', '10', '1e20', '9007199254740992', '9007199254740993']) queries.push(term(field, op, v))
        }
        queries.push(term(field, 'ISEMPTY'), term(field, 'EMPTYSTRING'), term(field, '='))
    }

    it(`agrees on ${queries.length} queries × ${rows.length} rows`, () => {
        const table = new Table(rows)
        try {
            const mismatches = queries.flatMap((q) => table.compare(q).mismatches)
            expect(mismatches.slice(0, 20)).toEqual([])
        } finally {
            table.close()
        }
    })
})

describe('the SQLite rules matchesRecord reproduces, checked against SQLite', () => {
    let db: Database.Database
    beforeAll(() => {
        db = new Database(':memory:')
        db.exec('CREATE TABLE r (v REAL)')
    })
    afterAll(() => db.close())

    it('writes a REAL as text exactly as SQLite does (printf %!.15g), e.g. 20 → "20.0"', () => {
        const g = new Gen(seededRandom(7))
        const bits = new Float64Array(1)
        const words = new Uint32Array(bits.buffer)
        const samples = [0, -0, 20, 0.1, 1 / 3, 1e20, 1e15, 1e14, 1e-5, 1e-4, 5e-324, Number.MAX_VALUE, 123456789012345.6, 999999999999999.5]
        for (let i = 0; i < 20000; i++) {
            words[0] = g.int(2 ** 32)
            words[1] = g.int(2 ** 32)
            if (Number.isFinite(bits[0])) samples.push(bits[0])
            samples.push((g.next() - 0.5) * 10 ** (g.int(40) - 20), g.int(1e8) / 100)
        }
        const text = db.prepare("SELECT CAST(? AS REAL) || '' AS t")
        const wrong = samples.filter((r) => (text.get(r) as { t: string }).t !== realText(r))
        expect(wrong.slice(0, 5).map((r) => [r, realText(r)])).toEqual([])
    })

    it('reads number-like text as SQLite does (sqlite3AtoF): which texts are numbers, and their values', () => {
        const g = new Gen(seededRandom(11))
        const parts = ['', ' ', '\t', '+', '-', '0', '1', '2', '5', '9', '.', 'e', 'E', 'x', '00', '123456789', '99999999999999999999']
        const samples = [...NUMBER_TEXTS.filter((t): t is string => t !== null), '1e-400', '18446744073709551616', '0.1e1', '.e1']
        for (let i = 0; i < 20000; i++) samples.push(Array.from({ length: 1 + g.int(6) }, () => g.pick(parts)).join(''))
        const store = db.prepare('INSERT INTO r VALUES (?) RETURNING typeof(v) AS type, v')
        const wrong = samples.filter((s) => {
            const got = store.get(s) as { type: string; v: unknown }
            const { value, kind } = atof(s)
            return kind > 0 ? got.type !== "real" || got.v !== value : got.type !== "text"
        })
        expect(wrong.slice(0, 5)).toEqual([])
    })

    it('folds text for LIKE as SQLite does: ASCII case only, surrogates and U+FFFE/U+FFFF read as U+FFFD, NUL ends it', () => {
        expect(likeFold('AbC')).toBe('abc')
        expect(likeFold('ÉÀ')).toBe('ÉÀ')
        expect(likeFold('\uD800|\uFFFF|😀')).toBe('\uFFFD|\uFFFD|😀')
        expect(likeFold('ab\0cd')).toBe('ab')
        const like = db.prepare("SELECT ? LIKE ? ESCAPE '\\' AS m")
        for (const [text, pattern] of [
            ['AbC', '%b%'],
            ['É', '%é%'],
            ['\uD800', '%\uFFFF%'],
            ['ab\0cd', '%cd%'],
        ]) {
            expect([text, pattern, (like.get(text, pattern) as { m: number }).m === 1]).toEqual([text, pattern, likeFold(text).includes(likeFold(pattern.slice(1, -1)))])
        }
    })
})

// ---------------------------------------------------------------------------------------------------------------
// Change operators.

const CHANGE_TYPES: Record<string, string> = { state: 'integer', cost: 'decimal', name: 'string', active: 'boolean', assigned_to: 'reference', 'assigned_to.name': 'string' }

/** A record with `now` values and `before` values (null: an insert, no previous version). */
function changeView(now: Record<string, string | null>, before: Record<string, string | null> | null): RecordView {
    const field = (values: Record<string, string | null>, path: string): FieldValue => {
        const type = CHANGE_TYPES[path]
        if (type === undefined) throw new QueryError(path, `unknown field "${path}"`)
        return { value: values[path] ?? null, type }
    }
    return { current: (path) => field(now, path), previous: (path) => (before === null ? null : field(before, path)) }
}

function matches(query: string, now: Record<string, string | null>, before: Record<string, string | null> | null): boolean {
    return matchesRecord(parseEncodedQuery(query), changeView(now, before))
}

describe('change operators: VALCHANGES, CHANGESFROM, CHANGESTO', () => {
    it.each([
        // [rule, query, current, previous (null = insert), expected]
        ['VALCHANGES "All records in which the State field is updated": 1 → 2', 'stateVALCHANGES', { state: '2' }, { state: '1' }, true],
        ['VALCHANGES: an update that leaves the state alone', 'stateVALCHANGES', { state: '2' }, { state: '2' }, false],
        ['VALCHANGES: a value set on an empty field', 'stateVALCHANGES', { state: '2' }, { state: null }, true],
        ['VALCHANGES: a value cleared', 'stateVALCHANGES', { state: null }, { state: '2' }, true],
        ['VALCHANGES: NULL and \'\' are both empty', 'nameVALCHANGES', { name: '' }, { name: null }, false],
        ['VALCHANGES compares as the column stores: decimal 5 and 5.0 are one value', 'costVALCHANGES', { cost: '5.0' }, { cost: '5' }, false],
        ['VALCHANGES on text is case-sensitive, like "="', 'nameVALCHANGES', { name: 'Alpha' }, { name: 'alpha' }, true],
        ['VALCHANGES on a dot-walked field', 'assigned_to.nameVALCHANGES', { 'assigned_to.name': 'Bob' }, { 'assigned_to.name': 'Ann' }, true],
        ['insert: a field that has a value counts as changed', 'stateVALCHANGES', { state: '1' }, null, true],
        ['insert: an empty field has not changed', 'stateVALCHANGES', { state: null }, null, false],
        ['CHANGESTO "updated to Awaiting User Info (4)"', 'stateCHANGESTO4', { state: '4' }, { state: '1' }, true],
        ['CHANGESTO: already 4, not updated to it', 'stateCHANGESTO4', { state: '4' }, { state: '4' }, false],
        ['CHANGESTO: changed, but to something else', 'stateCHANGESTO4', { state: '5' }, { state: '1' }, false],
        ['CHANGESTO a negative choice value (`stateCHANGESTO-3`)', 'stateCHANGESTO-3', { state: '-3' }, { state: '2' }, true],
        ['CHANGESTO on insert: set to the value', 'stateCHANGESTO-3', { state: '-3' }, null, true],
        ['CHANGESTO on a boolean takes true/false like "="', 'activeCHANGESTOtrue', { active: '1' }, { active: '0' }, true],
        ['CHANGESTO with no value: changes to empty', 'assigned_toCHANGESTO', { assigned_to: null }, { assigned_to: 'u1' }, true],
        ['CHANGESFROM "updated to another value after previously being Awaiting User Info. (4)"', 'stateCHANGESFROM4', { state: '5' }, { state: '4' }, true],
        ['CHANGESFROM: still 4', 'stateCHANGESFROM4', { state: '4' }, { state: '4' }, false],
        ['CHANGESFROM: previously something else', 'stateCHANGESFROM4', { state: '5' }, { state: '3' }, false],
        ['CHANGESFROM on insert: there was no 4 to change from', 'stateCHANGESFROM4', { state: '5' }, null, false],
        ['CHANGESFROM with no value on insert: every set field changes from empty', 'stateCHANGESFROM', { state: '5' }, null, true],
        ['change operators combine with ^, ^OR, ^NQ and ^EQ like any term', 'stateVALCHANGES^active=true^EQ', { state: '2', active: '1' }, { state: '1', active: '1' }, true],
        ['... ^ needs both', 'stateVALCHANGES^active=true', { state: '2', active: '0' }, { state: '1', active: '0' }, false],
        ['... ^OR needs either', 'stateCHANGESTO9^ORnameVALCHANGES', { state: '2', name: 'b' }, { state: '2', name: 'a' }, true],
        ['... ^NQ starts another query', 'stateCHANGESTO9^NQcostVALCHANGES', { state: '2', cost: '1' }, { state: '2', cost: '2' }, true],
    ] as [string, string, Record<string, string | null>, Record<string, string | null> | null, boolean][])('%s  [%s]', (_rule, query, now, before, expected) => {
        expect(matches(query, now, before)).toBe(expected)
    })

    it('parses and writes the change operators losslessly', () => {
        const text = 'stateVALCHANGES^stateCHANGESFROM4^ORstateCHANGESTO-3^NQassigned_toCHANGESTO'
        const parsed = parseEncodedQuery(text)
        expect(parsed.queries[0]).toEqual([
            [{ field: 'state', operator: 'VALCHANGES', value: '' }],
            [
                { field: 'state', operator: 'CHANGESFROM', value: '4' },
                { field: 'state', operator: 'CHANGESTO', value: '-3' },
            ],
        ])
        expect(toEncodedQuery(parsed)).toBe(text)
        expect(toEncodedQuery(parseEncodedQuery('stateVALCHANGES^EQ'))).toBe('stateVALCHANGES')
    })

    it('rejects them in a query: "VALCHANGES is only valid in a condition on a record, not in a query"', () => {
        const resolver: FieldResolver = { resolve: (path) => ({ sql: `t0."${path}"`, type: CHANGE_TYPES[path] ?? 'string' }) }
        for (const [query, op] of [
            ['stateVALCHANGES', 'VALCHANGES'],
            ['active=true^stateCHANGESFROM4', 'CHANGESFROM'],
            ['stateCHANGESTO-3^ORDERBYstate', 'CHANGESTO'],
        ]) {
            const e = errorOf(() => compileQuery(parseEncodedQuery(query), resolver))
            expect(e?.message).toBe(`Invalid encoded query term "${query.split('^').find((t) => t.includes(op))}": ${op} is only valid in a condition on a record, not in a query`)
        }
    })

    it.each([
        ['VALCHANGES takes no value', 'stateVALCHANGES4', /operator VALCHANGES takes no value/],
        ['CHANGESTO converts its value like "=" (integer)', 'stateCHANGESTOabc', /"abc" is not a number \(field type integer\)/],
        ['CHANGESFROM converts its value like "=" (boolean)', 'activeCHANGESFROMyes', /"yes" is not a boolean value/],
        ['an unknown field is named against the term', 'nosuchVALCHANGES', /"nosuchVALCHANGES": unknown field "nosuch"/],
    ])('%s  [%s]', (_rule, query, message) => {
        expect(errorOf(() => matches(query, { state: '1', active: '1' }, null))?.message).toMatch(message)
    })

    it('checks every term before evaluating any, so a bad term throws whatever the record holds', () => {
        // The first group already fails (state is 1, not 2), yet the bad second term is reported.
        expect(errorOf(() => matches('state=2^stateCHANGESTOabc', { state: '1' }, { state: '1' }))?.term).toBe('stateCHANGESTOabc')
        expect(errorOf(() => matches('state=1^NQstate>x', { state: '1' }, null))?.term).toBe('state>x')
    })
})
