import type { Instance } from '../../src/local/instance'
import { loadDataSource } from '../../src/local/import-set/csv-load'
import { GlideRecord } from '../../src/local/glide'
import { installedInstance } from '../support/instance'
import { get, insert, update } from '../support/records'

/*
 * Issue 17 (import speed): a usage import scores its profiles with the scoring configuration read once at
 * its start (the transform's onStart), not read again for every row; a persona or rule saved meanwhile ends
 * that, and a change another process wrote (no rule ran here) is seen within RUN_RECHECK_EVERY saves.
 */

const DATA_SOURCE = 'Persona usage metrics (CSV)'
const HEADER = 'user_name,email,devices,network_gb_month,team_hours_week,contacts_per_day,remote_pct,source,measured_on'
/** The same metrics for every user of a test: they all score into the same persona. */
const SAME = ['14', '120', '20', '30', '20']

interface ScoringApi {
    usageImportStarted(): void
    usageImportCompleted(): void
}
interface ConfigApi {
    RUN_RECHECK_EVERY: number
}

let instance: Instance
const users: string[] = []

function profileOf(userId: string): GlideRecord {
    return get('x_psm_persona_profile', 'user', userId)
}

function setMetrics(userId: string, values: readonly string[]): GlideRecord {
    const p = profileOf(userId)
    ;['devices', 'network_gb_month', 'team_hours_week', 'contacts_per_day', 'remote_pct'].forEach((m, i) => p.setValue(m, values[i]))
    p.update()
    return profileOf(userId)
}

beforeAll(() => {
    instance = installedInstance()
    instance.run(() => {
        for (let i = 0; i < 40; i++) users.push(insert('sys_user', { user_name: `run.${i}`, first_name: 'Run', last_name: String(i), email: `run.${i}@example.com` }))
    })
}, 120_000)
afterAll(() => instance.close())

test('an import reads the scoring configuration version once, at its start, not once per row', () => {
    const csv = [HEADER, ...users.slice(0, 30).map((_, i) => [`run.${i}`, '', ...SAME, 'Run test', '2026-11-20'].join(','))].join('\n')
    const store = instance.store
    const reads: string[] = []
    const rowsOf = store.rows.bind(store)
    const spy = jest.spyOn(store, 'rows').mockImplementation((sql: string, params: readonly unknown[]) => {
        if (sql.includes('x_psm_persona_scoring_state')) reads.push(sql)
        return rowsOf(sql, params)
    })
    let report: ReturnType<typeof loadDataSource>
    try {
        report = instance.run(() => loadDataSource(instance, DATA_SOURCE, csv))
    } finally {
        spy.mockRestore()
    }
    expect(report.transform).toMatchObject({ updated: 30, errors: 0 })
    // Without the run: one read of the state row per scored row (30).
    expect(reads.length).toBeLessThanOrEqual(2)
    // And after the import, single saves check the version again (the run ended in onComplete).
    const before = reads.length
    const spy2 = jest.spyOn(store, 'rows').mockImplementation((sql: string, params: readonly unknown[]) => {
        if (sql.includes('x_psm_persona_scoring_state')) reads.push(sql)
        return rowsOf(sql, params)
    })
    try {
        instance.run(() => setMetrics(users[35], ['1', '1', '1', '1', '1']))
    } finally {
        spy2.mockRestore()
    }
    expect(reads.length).toBeGreaterThan(before)
})

test('a persona saved during a run ends it: the saves after it score with the new configuration', () => {
    const api = instance.appModule<ScoringApi>('src/server/persona/usage-import.ts')
    instance.run(() => {
        api.usageImportStarted()
        try {
            const persona = setMetrics(users[30], SAME).getValue('persona') ?? ''
            expect(persona).not.toBe('')
            // Deactivated by an admin (its rule writes a new configuration version) while the load runs.
            expect(update('x_psm_persona_persona', persona, { active: false })).toBe(true)
            const next = setMetrics(users[31], SAME)
            expect(next.getValue('persona')).not.toBe(persona)
            expect(next.getValue('persona') ?? '').not.toBe('')
            update('x_psm_persona_persona', persona, { active: true })
        } finally {
            api.usageImportCompleted()
        }
    })
})

test('a run that is never ended still sees a change written by another process within RUN_RECHECK_EVERY saves', () => {
    const api = instance.appModule<ScoringApi>('src/server/persona/usage-import.ts')
    const { RUN_RECHECK_EVERY } = instance.appModule<ConfigApi>('src/server/persona/scoring-config.ts')
    instance.run(() => {
        api.usageImportStarted()
        try {
            const persona = setMetrics(users[32], SAME).getValue('persona') ?? ''
            expect(persona).not.toBe('')
            // Another process deactivates the persona and writes a new version: no rule of this instance runs.
            const store = instance.store
            store.prepare('UPDATE x_psm_persona_persona SET active = 0 WHERE sys_id = ?').run(persona)
            store.prepare("UPDATE x_psm_persona_scoring_state SET config_version = 'elsewhere' WHERE name = 'scoring'").run()
            let saves = 0
            let seen = false
            const other = ['2', '3', '4', '5', '6']
            // The bound itself is checked too: a bound too large to test is as bad as none.
            expect(RUN_RECHECK_EVERY).toBeLessThanOrEqual(500)
            while (!seen && saves <= 502) {
                saves++
                const p = setMetrics(users[33], saves % 2 ? other : SAME)
                if (saves % 2 === 0) seen = p.getValue('persona') !== persona
            }
            expect(seen).toBe(true)
            expect(saves).toBeLessThanOrEqual(RUN_RECHECK_EVERY + 2)
            store.prepare('UPDATE x_psm_persona_persona SET active = 1 WHERE sys_id = ?').run(persona)
        } finally {
            api.usageImportCompleted()
        }
    })
})

describe('Rescore persona when the user changes (a filter condition on sys_user)', () => {
    function modCount(userId: string): number {
        return Number(profileOf(userId).getValue('sys_mod_count'))
    }

    test('a change of department, location, company or activation rescores the profile; the persona the app mirrors does not', () => {
        instance.run(() => {
            const userId = users[36]
            setMetrics(userId, SAME)
            const dept = insert('cmn_department', { name: 'Run test department' })
            let before = modCount(userId)
            expect(update('sys_user', userId, { department: dept })).toBe(true)
            // rescoreUser: marked stale, then rescored (two saves of the profile).
            expect(modCount(userId)).toBe(before + 2)
            before = modCount(userId)
            expect(update('sys_user', userId, { active: false })).toBe(true)
            expect(modCount(userId)).toBe(before + 2)
            update('sys_user', userId, { active: true })
            before = modCount(userId)
            const other = get('x_psm_persona_persona', 'name', 'Telecommuter').getUniqueValue()
            expect(update('sys_user', userId, { x_psm_persona_persona: other, first_name: 'Renamed' })).toBe(true)
            expect(modCount(userId)).toBe(before)
        })
    })
})

describe('the transform reads each pending row by its sys_id', () => {
    test('every read of a staging row is a lookup by sys_id (no read walks the set), returns one row, and every row is transformed once, in row order', () => {
        const csv = [HEADER, ...users.slice(0, 25).map((_, i) => [`run.${i}`, '', String(3 + (i % 5)), '40', '10', '12', '30', 'Paging test', '2026-11-21'].join(','))].join('\n')
        const store = instance.store
        const reads: Array<{ sql: string; params: readonly unknown[]; returned: number }> = []
        const rowsOf = store.rows.bind(store)
        const rowOf = store.row.bind(store)
        // Whole rows: `*`, or their class's columns (sys_id first) where the physical table holds other classes too (Store.familyColumns).
        const staging = (sql: string) => /FROM "sys_import_set_row"/.test(sql) && /SELECT (t0\.)?(\*|"sys_id", )/.test(sql)
        const spies = [
            jest.spyOn(store, 'rows').mockImplementation((sql: string, params: readonly unknown[]) => {
                const out = rowsOf(sql, params)
                if (staging(sql)) reads.push({ sql, params, returned: out.length })
                return out
            }),
            jest.spyOn(store, 'row').mockImplementation((sql: string, params: readonly unknown[]) => {
                const out = rowOf(sql, params)
                if (staging(sql)) reads.push({ sql, params, returned: out ? 1 : 0 })
                return out
            }),
        ]
        let report: ReturnType<typeof loadDataSource>
        try {
            report = instance.run(() => loadDataSource(instance, DATA_SOURCE, csv))
        } finally {
            for (const spy of spies) spy.mockRestore()
        }
        expect(report.transform).toMatchObject({ updated: 25, errors: 0, ignored: 0 })
        // Pages read with the set's conditions plus "sys_id IN (the page)" made SQLite walk the set's index
        // (sys_import_set) for every page: every row of the set read once per page, quadratic in the set's size.
        for (const read of reads) {
            const plan = (store.prepare(`EXPLAIN QUERY PLAN ${read.sql}`).all(...read.params) as Array<{ detail: string }>).map((r) => r.detail).join(' | ')
            expect(plan).toMatch(/USING (INDEX sqlite_autoindex_sys_import_set_row_1|PRIMARY KEY) \(sys_id=\?\)/)
            expect(plan).not.toMatch(/sys_import_set_row__sys_import_set|SCAN t0|SCAN "?sys_import_set_row/)
            expect(read.returned).toBeLessThanOrEqual(1)
        }
        expect(reads.length).toBeGreaterThanOrEqual(25)
        const order = [...report.transform!.rows.keys()].map((id) => Number(get('x_psm_persona_usage_import', id).getValue('sys_import_row')))
        expect(order).toEqual([...Array(25).keys()])
    })
})
