import BetterSqlite3 from 'better-sqlite3'
import * as fc from 'fast-check'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { parseUpdateXml, UpdateXmlError } from '../../src/local/install/update-xml'
import { InstallError } from '../../src/local/install/installer'
import { compileQuery, parseEncodedQuery, QueryError, toEncodedQuery, type ColumnRef } from '../../src/local/query'
import { databaseChecksum } from '../support/checksum'
import { builtAppDir, freshInstance } from '../support/instance'

/**
 * Property-based fuzzing of the two parsers that take outside input: the encoded-query parser and
 * the update-XML installer. A fixed seed in CI (reproducible); `npm run fuzz` runs far more cases.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261123)
const RUNS = Number(process.env.FUZZ_RUNS ?? 300)

const FIELDS: Record<string, ColumnRef> = {
    name: { sql: 't0."name"', type: 'string' },
    priority: { sql: 't0."priority"', type: 'integer' },
    active: { sql: 't0."active"', type: 'boolean' },
    cost: { sql: 't0."cost"', type: 'decimal' },
}
const resolver = {
    resolve(p: string): ColumnRef {
        const col = FIELDS[p]
        if (!col) throw new QueryError(p, `unknown field ${p}`)
        return col
    },
}

let db: BetterSqlite3.Database
beforeAll(() => {
    db = new BetterSqlite3(':memory:')
    db.exec('CREATE TABLE t (name TEXT, priority INTEGER, active INTEGER, cost REAL)')
    const ins = db.prepare('INSERT INTO t VALUES (?, ?, ?, ?)')
    for (let i = 0; i < 20; i++) ins.run(i % 3 ? `n${i}` : null, i % 5, i % 2, i / 3)
})
afterAll(() => db.close())

/** Runs a query string end to end: parse, compile, execute. Only QueryError may escape. */
function runQuery(text: string): number {
    const compiled = compileQuery(parseEncodedQuery(text), resolver)
    const sql = `SELECT COUNT(*) AS n FROM t t0${compiled.where ? ` WHERE ${compiled.where}` : ''}${compiled.orderBy ? ` ORDER BY ${compiled.orderBy}` : ''}`
    return (db.prepare(sql).get(...compiled.params) as { n: number }).n
}

const term = fc.oneof(
    fc.constantFrom('name', 'priority', 'active', 'cost', 'nope', 'name.x', ''),
).chain((field) =>
    fc.tuple(
        fc.constant(field),
        fc.constantFrom('=', '!=', '<', '<=', '>', '>=', 'IN', 'NOT IN', 'LIKE', 'NOTLIKE', 'STARTSWITH', 'ENDSWITH', 'ISEMPTY', 'ISNOTEMPTY', 'BETWEEN', 'SAMEAS', 'NSAMEAS', 'VALCHANGES', '~', 'BOGUS'),
        fc.oneof(fc.string({ maxLength: 12 }), fc.integer().map(String), fc.constantFrom('', 'true', "x' OR '1'='1", '1@5', 'a,b,c', 'name', '%', '_', '\\', '^^')),
    ),
)
const queryText = fc.array(fc.tuple(term, fc.constantFrom('^', '^OR', '^NQ', '^ORDERBY', '^ORDERBYDESC', '^EQ')), { maxLength: 6 }).map((terms) =>
    terms.map(([[f, op, v], sep], i) => `${i ? sep : ''}${f}${op}${v}`).join(''),
)

test('the encoded-query parser and compiler: any text either runs as SQL or fails with a QueryError, never anything else', () => {
    fc.assert(
        fc.property(fc.oneof(queryText, fc.string({ maxLength: 60 }), fc.string({ unit: "grapheme", maxLength: 30 })), (text) => {
            try {
                runQuery(text)
            } catch (e) {
                if (!(e instanceof QueryError)) throw e
                expect(e.message).toMatch(/^Invalid encoded query term "/)
            }
        }),
        { seed: SEED, numRuns: RUNS * 10 },
    )
})

test('a query that parses prints back to text that parses to the same query', () => {
    fc.assert(
        fc.property(queryText, (text) => {
            let parsed
            try {
                parsed = parseEncodedQuery(text)
            } catch (e) {
                if (e instanceof QueryError) return
                throw e
            }
            expect(parseEncodedQuery(toEncodedQuery(parsed))).toEqual(parsed)
        }),
        { seed: SEED, numRuns: RUNS * 10 },
    )
})

const SAMPLE = `<?xml version="1.0"?>
<record_update table="sys_user_group">
  <sys_user_group action="INSERT_OR_UPDATE">
    <sys_id>0123456789abcdef0123456789abcdef</sys_id>
    <name>Fuzzed group</name>
    <description><![CDATA[a <b>bold</b> description]]></description>
    <manager display_value="Someone">fedcba9876543210fedcba9876543210</manager>
  </sys_user_group>
</record_update>`

const mutation = fc.oneof(
    fc.integer({ min: 0, max: SAMPLE.length }).map((n) => (s: string) => s.slice(0, n)),
    fc.tuple(fc.integer({ min: 0, max: SAMPLE.length }), fc.string({ maxLength: 8 })).map(([at, text]) => (s: string) => s.slice(0, at) + text + s.slice(at)),
    fc.tuple(fc.integer({ min: 0, max: SAMPLE.length }), fc.integer({ min: 1, max: 20 })).map(([at, len]) => (s: string) => s.slice(0, at) + s.slice(at + len)),
    fc.constantFrom(
        (s: string) => s.replace('record_update', 'record_updat'),
        (s: string) => s.replace('action="INSERT_OR_UPDATE"', ''),
        (s: string) => s.replace('</sys_user_group>\n</record_update>', ''),
        (s: string) => s.replace('<name>', '<name><![CDATA[').replace('</name>', ']]></name>'),
        (s: string) => `${s}<extra/>`,
        (s: string) => s.replace('sys_user_group', 'u_missing_table'),
    ),
)

test('the update-XML parser: any mutation of a record either parses or fails with an UpdateXmlError naming the file', () => {
    fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
            const xml = mutations.reduce((s, m) => m(s), SAMPLE)
            try {
                for (const r of parseUpdateXml('update/fuzz.xml', xml)) {
                    expect(typeof r.table).toBe('string')
                    expect(typeof r.action).toBe('string')
                }
            } catch (e) {
                if (!(e instanceof UpdateXmlError)) throw e
                expect(e.message).toMatch(/^update\/fuzz\.xml: /)
            }
        }),
        { seed: SEED, numRuns: RUNS * 5 },
    )
})

test('the installer: a build with a mutated file either installs or is rejected whole, the database unchanged', () => {
    const instance = freshInstance()
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'psm-fuzz-'))
    fs.cpSync(builtAppDir(), dir, { recursive: true })
    const target = path.join(dir, 'update', 'zz_fuzz.xml')
    try {
        fc.assert(
            fc.property(fc.array(mutation, { minLength: 1, maxLength: 2 }), (mutations) => {
                fs.writeFileSync(target, mutations.reduce((s, m) => m(s), SAMPLE))
                const before = databaseChecksum(instance)
                try {
                    instance.install(dir)
                } catch (e) {
                    if (!(e instanceof InstallError)) throw e
                    expect(e.message).toContain('nothing was applied')
                    expect(databaseChecksum(instance)).toBe(before)
                }
            }),
            { seed: SEED, numRuns: Math.max(8, Math.round(RUNS / 20)) },
        )
    } finally {
        instance.close()
        fs.rmSync(dir, { recursive: true, force: true })
    }
})
