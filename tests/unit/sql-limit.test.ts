import * as fs from 'node:fs'
import * as path from 'node:path'
import { sqlLimit } from '../../src/local/store/sql-limit'

/*
 * The local instance writes a LIMIT as an integer literal, never as a bound parameter: SQLite plans with a
 * LIMIT it can read, so binding one marks the statement to be compiled again on every run (see sql-limit.ts
 * and GlideRecord's limitClause). Only a whole number reaches the SQL text.
 */

test('a limit is written as a whole number; a negative, infinite or unsafe count means no limit; anything else is refused', () => {
    expect([sqlLimit(0), sqlLimit(1), sqlLimit(500)]).toEqual([' LIMIT 0', ' LIMIT 1', ' LIMIT 500'])
    expect([sqlLimit(-1), sqlLimit(-7), sqlLimit(Infinity), sqlLimit(-Infinity), sqlLimit(2 ** 60)]).toEqual(Array(5).fill(' LIMIT -1'))
    for (const bad of [NaN, 1.5, -0.5, Number('1; DROP TABLE sys_user')]) expect(() => sqlLimit(bad)).toThrow(RangeError)
})

function sources(dir: string): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
        const full = path.join(dir, e.name)
        if (e.isDirectory()) return sources(full)
        return /\.ts$/.test(e.name) ? [full] : []
    })
}

test('no query of the local instance binds its LIMIT', () => {
    const root = path.join(__dirname, '../../src/local')
    const bound = sources(root).flatMap((file) =>
        fs
            .readFileSync(file, 'utf8')
            .split('\n')
            .flatMap((line, i) => (/\bLIMIT\s+(\?|[@:$]\w)/.test(line) && !/^\s*(\*|\/\/)/.test(line) ? [`${path.relative(root, file)}:${i + 1}`] : [])),
    )
    expect(bound).toEqual([])
})
