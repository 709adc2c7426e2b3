/**
 * The operators of the docs page "Operators available for filters and queries" beyond the basic ones
 * (tests/instance/encoded-query.test.ts covers those), spelled as documented, each case quoting the page:
 * "does not contain: !* / NOT LIKE", "contains: * / LIKE", "ends with: % / ENDSWITH", the numeric
 * "greater than field" (GT_FIELD) family, and for date-time fields on / not on (ON, NOTON), relative
 * (RELATIVEGT…), trend (DATEPART), is more / less than (MORETHAN, LESSTHAN), is same @unit, is (dynamic).
 *
 * The compiled SQL runs against an in-memory SQLite table; every assertion is an exact row set. The clock is
 * fixed at Monday 2026-06-15 12:00:00 UTC (the local instance's time zone is UTC).
 */
import Database from 'better-sqlite3'
import {
    compileQuery,
    DYNAMIC_ME,
    helperCallProblem,
    OPERATORS,
    parseEncodedQuery,
    QueryError,
    QueryUnsupportedError,
    resolveScriptValues,
    toEncodedQuery,
    type ColumnRef,
    type EncodedQuery,
    type FieldResolver,
} from '../../src/local/query'
import { dateHelpers } from '../../src/local/query/date-helpers'
import { datePart, parseSqliteDate, type SqliteDate } from '../../src/local/query/dates'

const NOW = Date.UTC(2026, 5, 15, 12, 0, 0)

const COLUMNS: Record<string, string> = {
    sys_id: 'string',
    name: 'string',
    alias: 'string',
    priority: 'integer',
    reopen: 'integer',
    opened: 'glide_date_time',
    due: 'glide_date_time',
    day: 'glide_date',
}

class Resolver implements FieldResolver {
    resolve(path: string): ColumnRef {
        const type = COLUMNS[path]
        if (type === undefined) throw new QueryError(path, `unknown field "${path}"`)
        return { sql: `t."${path}"`, type }
    }
}

// id, name, alias, priority, reopen, opened, due, day
const ROWS: Array<[string, string | null, string | null, number | null, number | null, string | null, string | null, string | null]> = [
    ['o1', 'SAP outage', 'SAP outage', 1, 0, '2026-06-15 08:00:00', '2026-06-16 08:00:00', '2026-06-15'],
    ['o2', 'printer', 'Printer', 2, 4, '2026-06-14 23:59:59', '2026-06-20 10:00:00', '2026-06-14'],
    ['o3', 'mail down', null, 3, 1, '2026-05-15 12:00:00', '2026-05-14 12:00:00', '2026-05-15'],
    ['o4', null, 'x', null, 3, null, '2026-06-15 10:00:00', null],
    ['o5', 'vpn', 'vpn', 5, 5, '2025-12-31 23:00:00', '2026-01-02 23:00:00', '2025-12-31'],
    ['o6', '', '', 0, null, '', '2026-06-13 00:00:00', ''],
]

let db: Database.Database

beforeAll(() => {
    jest.useFakeTimers({ now: NOW })
    db = new Database(':memory:')
    db.exec('CREATE TABLE task (sys_id TEXT, name TEXT, alias TEXT, priority INTEGER, reopen INTEGER, opened TEXT, due TEXT, day TEXT)')
    const insert = db.prepare('INSERT INTO task VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    for (const row of ROWS) insert.run(...row)
})

afterAll(() => {
    db.close()
    jest.useRealTimers()
})

function rows(q: EncodedQuery): string[] {
    const compiled = compileQuery(q, new Resolver())
    const where = compiled.where === '' ? '' : ` WHERE ${compiled.where}`
    return (db.prepare(`SELECT sys_id FROM task t${where} ORDER BY sys_id`).all(...compiled.params) as Array<{ sys_id: string }>).map((r) => r.sys_id)
}

function run(query: string): string[] {
    return rows(parseEncodedQuery(query))
}

/** A client's query as the Table API runs it: script values evaluated by the real date helpers, the user "vpn". */
function runResolved(query: string): string[] {
    const helpers = dateHelpers()
    const runner = (call: string): unknown => {
        const m = /^gs\.(\w+)\((.*)\)$/.exec(call) as RegExpExecArray
        const args = m[2] === '' ? [] : m[2].split(',').map((a) => JSON.parse(a.trim().replaceAll("'", '"')) as unknown)
        return helpers[m[1]](...args)
    }
    return rows(resolveScriptValues(parseEncodedQuery(query), runner, () => 'vpn'))
}

function errorOf(fn: () => unknown): QueryError {
    try {
        fn()
    } catch (e) {
        if (e instanceof QueryError) return e
        throw e
    }
    throw new Error('expected a QueryError')
}

const cases: Array<[string, string, string, string[]]> = [
    ['NOT LIKE', '"does not contain ... NOT LIKE": short_descriptionNOT LIKESAP (empty names not returned)', 'nameNOT LIKEout', ['o2', 'o3', 'o5']],
    ['!*', '"does not contain": "!*"', 'name!*out', ['o2', 'o3', 'o5']],
    ['*', '"contains": "*"', 'name*OUT', ['o1']],
    ['%', '"ends with": "%"', 'name%own', ['o3']],
    ['GT_FIELD', '"greater than field ... greater than (but not equal to)"', 'priorityGT_FIELDreopen', ['o1', 'o3']],
    ['LT_FIELD', '"less than field ... less than (but not equal to)"', 'priorityLT_FIELDreopen', ['o2']],
    ['GT_OR_EQUALS_FIELD', '"greater than or is field"', 'priorityGT_OR_EQUALS_FIELDreopen', ['o1', 'o3', 'o5']],
    ['LT_OR_EQUALS_FIELD', '"less than or is field"', 'priorityLT_OR_EQUALS_FIELDreopen', ['o2', 'o5']],
    ['SAMEAS', '"is same": sla_dueSAMEASactivity_due@day, here to the month', 'openedSAMEASdue@month', ['o1', 'o2', 'o3']],
    ['SAMEAS', '"is same ... @day" between a date-time and a date', 'openedSAMEASday@day', ['o1', 'o2', 'o3', 'o5']],
    ['NSAMEAS', '"is different": sla_dueNSAMEASactivity_due@day', 'openedNSAMEASdue@day', ['o1', 'o2', 'o3', 'o5']],
    ['ON', '"on ... matches the date for today" (bounds given)', 'openedONToday@2026-06-15 00:00:00@2026-06-15 23:59:59', ['o1']],
    ['ON', '"on" with date bounds: the first second of the first day to the last of the last', 'openedONTwo days@2026-06-14@2026-06-15', ['o1', 'o2']],
    ['ON', '"on" on a date field compares dates', 'dayONToday@2026-06-15 00:00:00@2026-06-15 23:59:59', ['o1']],
    ['NOTON', '"not on ... any other date but today" (empty dates not returned)', 'openedNOTONToday@2026-06-15 00:00:00@2026-06-15 23:59:59', ['o2', 'o3', 'o5']],
    ['RELATIVEGT', '"relative (after) ... no more than an hour before the time that you entered the query", here 12 hours', 'openedRELATIVEGT@hour@ago@12', ['o1']],
    ['RELATIVELT', '"relative (before)"', 'openedRELATIVELT@day@ago@30', ['o3', 'o5']],
    ['RELATIVEGE', 'relative (on or after): one month ago to the second counts', 'openedRELATIVEGE@month@ago@1', ['o1', 'o2', 'o3']],
    ['RELATIVELE', 'relative (on or before)', 'openedRELATIVELE@year@ago@0', ['o1', 'o2', 'o3', 'o5']],
    ['RELATIVEEE', 'relative (on): the day one day ago', 'openedRELATIVEEE@day@ago@1', ['o2']],
    ['RELATIVEGT', 'relative ahead: more than 3 days from now', 'dueRELATIVEGT@day@ahead@3', ['o2']],
    ['DATEPART', '"trend (on or after) Monday ... any day of the week except a Sunday"', "openedDATEPARTMonday@javascript:gs.datePart('dayofweek','monday','GE')", ['o1', 'o3', 'o5']],
    ['DATEPART', '"trend (before) Monday ... on a Sunday"', "openedDATEPARTMonday@javascript:gs.datePart('dayofweek','monday','LT')", ['o2']],
    ['DATEPART', '"trend (on) Monday ... on a Monday"', "openedDATEPARTMonday@javascript:gs.datePart('dayofweek','monday','EE')", ['o1']],
    ['DATEPART', 'trend (on) June', "openedDATEPARTJune@javascript:gs.datePart('month','june','EE')", ['o1', 'o2']],
    ['DATEPART', 'trend (on) the second quarter', "openedDATEPARTQ2@javascript:gs.datePart('quarter','2','EE')", ['o1', 'o2', 'o3']],
    ['DATEPART', 'trend (on) 2025', "openedDATEPART2025@javascript:gs.datePart('year','2025','EE')", ['o5']],
    // The trend's week part, as the condition builder writes it: "Week 0" … "Week 53" (gs.datePart('week','0','EE')).
    // Sunday-first weeks: 2026-06-14 (Sunday) and 2026-06-15 are week 24, 2026-05-15 week 19, 2025-12-31 week 52.
    ['DATEPART', 'trend (on) Week 24', "openedDATEPARTWeek 24@javascript:gs.datePart('week','24','EE')", ['o1', 'o2']],
    ['DATEPART', 'trend (before) Week 20', "openedDATEPARTWeek 20@javascript:gs.datePart('week','20','LT')", ['o3']],
    ['DATEPART', 'trend (on or after) Week 24', "openedDATEPARTWeek 24@javascript:gs.datePart('week','24','GE')", ['o1', 'o2', 'o5']],
    ['DATEPART', 'trend (on or before) Week 19, on a date field', "dayDATEPARTWeek 19@javascript:gs.datePart('week','19','LE')", ['o3']],
    ['DATEPART', 'trend (on or after) noon', "openedDATEPARTNoon@javascript:gs.datePart('hour','12','GE')", ['o2', 'o3', 'o5']],
    ['MORETHAN', '"is more than 1 day before ... two or more days previous"', 'openedMORETHANdue@day@before@1', ['o2', 'o5']],
    ['MORETHAN', 'is more than 2 days after', 'dueMORETHANopened@day@after@2', ['o2']],
    ['LESSTHAN', '"is less than 3 days before ... no more than three days prior"', 'openedLESSTHANdue@day@before@3', ['o1', 'o5']],
]

describe('the documented operators, spelled as documented', () => {
    it.each(cases)('%s: %s  [%s]', (_op, _rule, query, expected) => {
        expect(run(query)).toEqual(expected)
    })

    it('writes each back as it was read', () => {
        for (const [, , query] of cases) expect(toEncodedQuery(parseEncodedQuery(query))).toBe(query)
    })

    it('covers every operator beyond the basic ones (encoded-query.test.ts covers those)', () => {
        const basic = new Set(['=', '!=', '<', '<=', '>', '>=', 'IN', 'NOT IN', 'STARTSWITH', 'ENDSWITH', 'LIKE', 'NOTLIKE', 'ISEMPTY', 'ISNOTEMPTY', 'ANYTHING', 'EMPTYSTRING', 'BETWEEN', 'SAMEAS', 'NSAMEAS', 'VALCHANGES', 'CHANGESFROM', 'CHANGESTO'])
        // DYNAMIC and "is in hierarchy" are resolved before a query runs (DYNAMIC below; IN_HIERARCHY:
        // record-hierarchy.test.ts, against the instance's record hierarchies).
        const covered = new Set([...basic, ...cases.map((c) => c[0]), 'DYNAMIC', 'IN_HIERARCHY', 'IN_HIERARCHY_DYNAMIC'])
        expect(OPERATORS.filter((op) => !covered.has(op))).toEqual([])
    })
})

describe('javascript: values and named ranges, evaluated as the Table API evaluates them', () => {
    it.each([
        ['"sla_dueONToday@javascript:gs.daysAgoStart(0)@javascript:gs.daysAgoEnd(0)"', 'openedONToday@javascript:gs.daysAgoStart(0)@javascript:gs.daysAgoEnd(0)', ['o1']],
        ['ON Today by its helpers', 'openedONToday@javascript:gs.beginningOfToday()@javascript:gs.endOfToday()', ['o1']],
        ['a named range by its label alone', 'openedONToday', ['o1']],
        ['Yesterday', 'openedONYesterday', ['o2']],
        ['This week (Sunday to Saturday)', 'openedONThis week', ['o1', 'o2']],
        ['Last month', 'openedONLast month', ['o3']],
        ['NOTON This year', 'openedNOTONThis year', ['o5']],
        ['"before Today: sla_due<javascript:gs.daysAgoStart(0)"', 'opened<javascript:gs.daysAgoStart(0)', ['o2', 'o3', 'o5']],
        ['"between Yesterday and Today: BETWEENjavascript:gs.daysAgoStart(1)@javascript:gs.daysAgoEnd(0)"', 'openedBETWEENjavascript:gs.daysAgoStart(1)@javascript:gs.daysAgoEnd(0)', ['o1', 'o2']],
        ['"is (dynamic) Me" is the session user', `nameDYNAMIC${DYNAMIC_ME}`, ['o5']],
    ])('%s  [%s]', (_rule, query, expected) => {
        expect(runResolved(query)).toEqual(expected)
    })

    it('refuses a dynamic filter option it does not know, and an unresolved script, instead of guessing', () => {
        expect(() => runResolved('nameDYNAMIC0123456789abcdef0123456789abcdef')).toThrow(QueryUnsupportedError)
        expect(errorOf(() => run('openedONToday')).message).toMatch(/javascript: values are evaluated only/)
        expect(errorOf(() => run(`nameDYNAMIC${DYNAMIC_ME}`)).message).toMatch(/DYNAMIC term needs the session user/)
    })

    it.each([
        ['gs.getUserID()', undefined],
        ['gs.daysAgoStart(7)', undefined],
        ['gs.daysAgoStart(-1)', undefined],
        ["gs.dateGenerate('2026-06-15','end')", undefined],
        ['gs.setProperty("a", "b")', /not one of the date and user helpers/],
        ['new GlideRecord("sys_user").deleteMultiple()', /not a gs helper call/],
        ['gs.getUserID(); gs.setProperty("a", "b")', /only one helper call/],
        ['gs["getUserID"]()', /not a gs helper call/],
        ['gs.daysAgoStart(x)', /literals/],
        ['gs.daysAgoStart((function(){ return 1 })())', /literals/],
        ['gs.getUserID', /not a gs helper call/],
    ])('a client may send %s only if it is a helper call with literal arguments', (expression, problem) => {
        const found = helperCallProblem(expression)
        if (problem === undefined) expect(found).toBeUndefined()
        else expect(found).toMatch(problem)
    })
})

describe('DATEPART week numbers', () => {
    it('"Week 0" holds the days before the year\'s first Sunday; conditions matched in memory number weeks as the SQL does, every day of three years', () => {
        const sql = db.prepare("SELECT CAST(strftime('%U', ?) AS INTEGER) AS w")
        expect(datePart(parseSqliteDate('2026-01-03') as SqliteDate, 'week')).toBe(0)
        expect(datePart(parseSqliteDate('2026-01-04 00:00:00') as SqliteDate, 'week')).toBe(1)
        for (let ms = Date.UTC(2025, 0, 1, 13); ms < Date.UTC(2028, 0, 1); ms += 86_400_000) {
            const text = new Date(ms).toISOString().slice(0, 19).replace('T', ' ')
            expect([text, datePart(parseSqliteDate(text) as SqliteDate, 'week')]).toEqual([text, (sql.get(text) as { w: number }).w])
        }
    })
})

describe('what the date operators refuse', () => {
    it.each([
        ['a unit on a field that is not a date', 'nameSAMEASalias@day', /applies to date and date-time fields/],
        ['ON on a text field', 'nameONToday@2026-06-15@2026-06-15', /applies to date and date-time fields/],
        ['an ON bound that is not a date', 'openedONToday@soon@later', /is not a date/],
        ['an unknown relative unit', 'openedRELATIVEGT@fortnight@ago@1', /needs @unit@ago\|ahead@count/],
        ['an unknown date part', "openedDATEPARTX@javascript:gs.datePart('fortnight','2','EE')", /the part one of/],
        ['a week outside 0-53', "openedDATEPARTWeek 54@javascript:gs.datePart('week','54','EE')", /the part one of/],
        ['MORETHAN to a field that is not a date', 'openedMORETHANname@day@before@1', /applies to date and date-time fields/],
        ['"is in hierarchy" with a starting record that is not a sys_id', 'managerIN_HIERARCHYfdd0fa0f93f5d2505bd0bd886cba1015@u1', /needs <record hierarchy sys_id>@<starting record sys_id>/],
        ['"is in hierarchy" not resolved from the record hierarchies first', 'nameIN_HIERARCHYfdd0fa0f93f5d2505bd0bd886cba1015@9ee1b13dc6112271007f9d0efdb69cd0', /resolved before the query runs/],
    ])('%s: %s', (_rule, query, reason) => {
        expect(errorOf(() => run(query)).message).toMatch(reason)
    })
})
