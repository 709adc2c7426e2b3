import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { GlideRecord } from '../../src/local/glide'
import { LEGACY_POLICY_PROPERTY } from '../../src/local/glide/scope-access'
import { InstallError } from '../../src/local/install/installer'
import type { Instance } from '../../src/local/instance'
import { bootedInstance, builtAppDir, freshInstance, installedInstance } from '../support/instance'

let instance: Instance | undefined
afterEach(() => {
    instance?.close()
    instance = undefined
})

/*
 * One real boot (Instance.create on an empty database) and install through the installer, shared by the
 * tests that read what an install leaves (installing the build costs seconds of a 2-core machine). The
 * re-install test changes it, so it runs last (jest runs a file's tests in order).
 */
let fresh: Instance
beforeAll(() => {
    fresh = bootedInstance()
    fresh.install(builtAppDir())
})
afterAll(() => fresh?.close())

function personas(): Record<string, string> {
    const gr = new GlideRecord('x_psm_persona_persona')
    gr.orderBy('order')
    gr.query()
    const out: Record<string, string> = {}
    while (gr.next()) out[gr.getValue('name') ?? ''] = ['technology', 'network', 'interaction', 'communication', 'mobility'].map((d) => gr.getValue(d)).join('/')
    return out
}

test('build → install: the persona table exists with its columns and the Fluent records', () => {
    fresh.activate()
    const schema = fresh.store.schema
    expect(schema.has('x_psm_persona_persona')).toBe(true)
    expect(schema.column('x_psm_persona_persona', 'technology')?.type).toBe('integer')
    expect(schema.column('x_psm_persona_persona', 'qualifier')?.reference).toBe('user_criteria')
    expect(schema.column('x_psm_persona_persona', 'technology')?.choices.get('4')).toBe('4 - Very high')
    expect(personas()).toEqual({
        'Technology Support': '2/3/1/4/1',
        'Knowledge Worker': '2/3/1/4/1',
        'Business Analyst': '2/2/2/3/1',
        Telecommuter: '3/3/2/2/4',
        'Virtual Executive': '2/2/2/2/4',
    })
    const role = new GlideRecord('sys_user_role')
    expect(role.get('name', 'x_psm_persona.admin')).toBe(true)
    expect(fresh.properties.get('x_psm_persona.scoring.switch_margin')).toBe('0.5')
})

/** Rows per SQL table. */
function counts(i: Instance): Record<string, number> {
    return Object.fromEntries(
        (i.store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as Array<{ name: string }>).map((t) => [
            t.name,
            (i.store.db.prepare(`SELECT COUNT(*) AS n FROM "${t.name}"`).get() as { n: number }).n,
        ]),
    )
}

/** Every table the schema knows, with its columns and their types. */
function schemaOf(i: Instance): Record<string, string[]> {
    return Object.fromEntries([...i.store.schema.all()].map((t) => [t.name, [...t.columns].map(([name, c]) => `${name}:${c.type}:${c.reference ?? ''}`).sort()]))
}

test("the run's base image (tests/support/app-image.ts), opened without booting again, holds what a boot makes, table by table", () => {
    // freshInstance() opens the image the global setup booted (InstanceOptions.bootedImage): it must be that boot.
    expect(process.env.PSM_BASE_IMAGE).toBeTruthy()
    const booted = bootedInstance()
    const expected = { counts: counts(booted), schema: schemaOf(booted) }
    booted.close()
    instance = freshInstance()
    expect({ counts: counts(instance), schema: schemaOf(instance) }).toEqual(expected)
    expect(instance.properties.get(LEGACY_POLICY_PROPERTY)).toBe('false')
})

test("the run's installed image (tests/support/app-image.ts) holds what a fresh install holds, table by table, and its rules run", () => {
    // Suites open the image the global setup installed instead of installing per suite: it must be that install.
    const expected = counts(fresh)
    const freshPersonas = fresh.run(() => personas())
    expect(process.env.PSM_APP_IMAGE).toBeTruthy()
    instance = installedInstance()
    expect(counts(instance)).toEqual(expected)
    expect(schemaOf(instance)).toEqual(schemaOf(fresh))
    expect(instance.run(() => personas())).toEqual(freshPersonas)
    expect(instance.scheduler.pending()).toBe(0)
})

test('the installed validation rule runs: a ranking outside 1-4 is refused with a clear message and nothing is written', () => {
    instance = installedInstance()
    const gr = new GlideRecord('x_psm_persona_persona')
    gr.initialize()
    gr.setValue('name', 'Field Engineer')
    for (const [d, v] of Object.entries({ technology: 5, network: 3, interaction: 2, communication: 2, mobility: 4 })) gr.setValue(d, v)
    const before = new GlideRecord('x_psm_persona_persona').getRowCount()
    expect(gr.insert()).toBeNull()
    expect(instance.operations.lastRefusal?.message).toBe('Persona "Field Engineer" not saved: Technology ranking 5 is outside 1-4.')
    expect(new GlideRecord('x_psm_persona_persona').getRowCount()).toBe(before)
})

test('the installed rule warns, without aborting, when rankings equal another active persona\'s', () => {
    const installed = (instance = installedInstance())
    installed.runAs('system', () => {
        const gr = new GlideRecord('x_psm_persona_persona')
        gr.initialize()
        gr.setValue('name', 'Field Analyst')
        for (const [d, v] of Object.entries({ technology: 2, network: 2, interaction: 2, communication: 3, mobility: 1 })) gr.setValue(d, v)
        expect(gr.insert()).not.toBeNull()
        expect(installed.messages.info.join(' ')).toContain('"Field Analyst" has the same rankings (2/2/2/3/1) as active persona "Business Analyst"')
    })
})

test('a malformed XML file rejects the whole install, naming the file; the database is unchanged', () => {
    const target = (instance = freshInstance())
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'psm-bad-'))
    fs.cpSync(builtAppDir(), dir, { recursive: true })
    fs.writeFileSync(path.join(dir, 'update', 'zz_broken.xml'), '<?xml version="1.0"?><record_update table="x"><x action="INSERT_OR_UPDATE"><name>oops</x></record_update>')
    const tables = new GlideRecord('sys_db_object').getRowCount()
    // One attempt (each reads and parses the whole build), both checks on its error.
    let error: unknown
    try {
        target.install(dir)
    } catch (e) {
        error = e
    }
    expect(error).toBeInstanceOf(InstallError)
    expect((error as Error).message).toMatch(/update\/zz_broken\.xml: malformed XML/)
    expect(new GlideRecord('sys_db_object').getRowCount()).toBe(tables)
    expect(target.store.schema.has('x_psm_persona_persona')).toBe(false)
    fs.rmSync(dir, { recursive: true, force: true })
})

test('a record for an unknown table rejects the whole install, naming the file, line and table', () => {
    const target = (instance = freshInstance())
    // The base system's own rules (approval events, the change state model) are there before any install.
    const base = new GlideRecord('sys_script').getRowCount()
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'psm-unknown-'))
    fs.cpSync(builtAppDir(), dir, { recursive: true })
    fs.writeFileSync(
        path.join(dir, 'update', 'zz_unknown.xml'),
        '<?xml version="1.0"?>\n<record_update table="u_nowhere">\n    <u_nowhere action="INSERT_OR_UPDATE">\n        <sys_id>0123456789abcdef0123456789abcdef</sys_id>\n    </u_nowhere>\n</record_update>',
    )
    // Named with the line of the record, as the platform's bad-input rule for installs asks ("with the file and line").
    expect(() => target.install(dir)).toThrow(/update\/zz_unknown\.xml:3: unknown table u_nowhere/)
    expect(new GlideRecord('sys_script').getRowCount()).toBe(base)
    fs.rmSync(dir, { recursive: true, force: true })
})

test('the indexes a table declares in Fluent are created (the build writes them in dictionary/<table>.xml)', () => {
    const indexes = fresh.store.db.prepare("SELECT name, tbl_name FROM sqlite_master WHERE type = 'index' AND name LIKE 'x_psm_persona_%'").all() as Array<{ name: string; tbl_name: string }>
    expect(indexes).toContainEqual({ name: 'x_psm_persona_profile_stale_sys_id', tbl_name: 'x_psm_persona_profile' })
    // A two-column index: the stale profiles in sys_id order, no sort.
    const plan = fresh.store.db.prepare("EXPLAIN QUERY PLAN SELECT * FROM x_psm_persona_profile WHERE stale = 1 AND sys_id > '' ORDER BY sys_id LIMIT 500").all() as Array<{ detail: string }>
    expect(plan.map((p) => p.detail).join(' ')).toContain('x_psm_persona_profile_stale_sys_id (stale=? AND sys_id>?)')
    expect(plan.map((p) => p.detail).join(' ')).not.toContain('TEMP B-TREE')
})

test('re-installing updates in place and never duplicates records', () => {
    // The shared fresh install: re-installed here, so this test comes last.
    fresh.activate()
    const count = (t: string) => new GlideRecord(t).getRowCount()
    const before = ['x_psm_persona_persona', 'sys_script', 'sys_module', 'sys_dictionary', 'sys_choice'].map(count)
    const report = fresh.install(builtAppDir())
    expect(report.inserted).toBe(0)
    expect(report.deleted).toBe(0)
    expect(report.updated).toBeGreaterThan(50)
    expect(['x_psm_persona_persona', 'sys_script', 'sys_module', 'sys_dictionary', 'sys_choice'].map(count)).toEqual(before)
})
