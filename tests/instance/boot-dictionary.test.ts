import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { BASE_TABLES } from '../../src/local/base/tables'
import { Instance } from '../../src/local/instance'
import type { Store } from '../../src/local/store/store'

/*
 * Every start on an existing database (`npm start -- --db PATH`) declares the base system's tables again.
 * The dictionary rows whose stored values already are the declared ones are left untouched: a second boot
 * writes nothing. A row that differs from its declaration (a database written by older code, or edited) is
 * still written back, and the schema the instance uses is loaded from the written dictionary.
 */

const FIRST = '2026-01-05 08:00:00'
const SECOND = '2026-01-06 09:30:00'
const DICTIONARY = ['sys_db_object', 'sys_dictionary', 'sys_choice'] as const

let dir: string
beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'psm-boot-dictionary-'))
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

/** Rows of the dictionary tables last updated at `on`, per table. */
function updatedOn(store: Store, on: string): Record<string, number> {
    const counts: Record<string, number> = {}
    for (const t of DICTIONARY) counts[t] = (store.prepare(`SELECT count(*) AS n FROM ${t} WHERE sys_updated_on = ?`).get(on) as { n: number }).n
    return counts
}

/** Rows this connection inserted, updated or deleted since it opened (SQLite's total_changes()). */
function changes(store: Store): number {
    return (store.prepare('SELECT total_changes() AS n').get() as { n: number }).n
}

test('a second boot on the same database writes no dictionary row', () => {
    const file = path.join(dir, 'instance.db')
    const first = Instance.create({ db: file, clock: () => FIRST })
    expect(updatedOn(first.store, FIRST).sys_dictionary).toBeGreaterThan(1000)
    first.close()

    const second = Instance.create({ db: file, clock: () => SECOND })
    try {
        expect(updatedOn(second.store, SECOND)).toEqual({ sys_db_object: 0, sys_dictionary: 0, sys_choice: 0 })
        // Nor anything else: super_class pointers and the base records are already in place.
        expect(changes(second.store)).toBe(0)
        // The schema is loaded all the same.
        expect(second.store.schema.table('incident').columns.get('short_description')?.label).toBe('Short description')
    } finally {
        second.close()
    }
})

test('a boot writes back the dictionary rows that differ from the base declarations, and only those', () => {
    const file = path.join(dir, 'instance.db')
    Instance.create({ db: file, clock: () => FIRST }).close()
    const child = BASE_TABLES.find((t) => t.name === 'incident')!
    const choice = Object.keys(child.columns).find((c) => child.columns[c].choices)!
    // As a database written by older code (or edited by hand) could hold them.
    const edit = Instance.create({ db: file, clock: () => FIRST })
    edit.store.prepare("UPDATE sys_db_object SET label = 'Old incidents', super_class = NULL WHERE name = 'incident'").run()
    edit.store.prepare("UPDATE sys_dictionary SET column_label = 'Old label', max_length = 12 WHERE name = 'incident' AND element = 'caller_id'").run()
    edit.store.prepare("UPDATE sys_choice SET label = 'Old choice' WHERE name = 'incident' AND element = ? AND sequence = (SELECT min(sequence) FROM sys_choice WHERE name = 'incident' AND element = ?)").run(choice, choice)
    edit.close()

    const second = Instance.create({ db: file, clock: () => SECOND })
    try {
        expect(updatedOn(second.store, SECOND)).toEqual({ sys_db_object: 1, sys_dictionary: 1, sys_choice: 1 })
        const table = second.store.prepare("SELECT label, super_class FROM sys_db_object WHERE name = 'incident'").get()
        const task = second.store.prepare("SELECT sys_id FROM sys_db_object WHERE name = 'task'").get() as { sys_id: string }
        expect(table).toEqual({ label: child.label, super_class: task.sys_id })
        const column = second.store.schema.table('incident').columns.get('caller_id')!
        expect([column.label, column.maxLength]).toEqual([child.columns.caller_id.label, 40])
        expect([...second.store.schema.table('incident').columns.get(choice)!.choices.values()]).not.toContain('Old choice')
        expect(second.store.schema.table('incident').superClass).toBe('task')
    } finally {
        second.close()
    }
})

test('defineTables writes a changed declaration and reloads the schema; the same declaration again writes nothing', () => {
    let now = FIRST
    const instance = Instance.create({ db: ':memory:', clock: () => now })
    try {
        const decl = (label: string) => [{ name: 'u_boot_note', label: 'Note', columns: { text: { type: 'string', label } } }]
        instance.run(() => instance.store.defineTables(decl('Text'), 'global'))
        now = SECOND
        const before = changes(instance.store)
        instance.run(() => instance.store.defineTables(decl('Text'), 'global'))
        expect(changes(instance.store)).toBe(before)

        const version = instance.store.schemaVersion
        instance.run(() => instance.store.defineTables(decl('Body'), 'global'))
        expect(updatedOn(instance.store, SECOND)).toEqual({ sys_db_object: 0, sys_dictionary: 1, sys_choice: 0 })
        expect(instance.store.schemaVersion).toBeGreaterThan(version)
        expect(instance.store.schema.table('u_boot_note').columns.get('text')?.label).toBe('Body')
    } finally {
        instance.close()
    }
})
