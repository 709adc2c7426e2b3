import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { GlideRecord } from '../../src/local/glide'
import { readBuild, type BuildRecord } from '../../src/local/install/read-build'
import type { Instance } from '../../src/local/instance'
import { builtAppDir, freshInstance } from '../support/instance'

/**
 * Upgrade safety: an instance running the previous release, with data of its own, takes the
 * current build. Everything the customer created stays as it was, the new build's columns and
 * records arrive, and nothing is duplicated. The previous release is the tag v0.1.0 when it exists,
 * otherwise the first commit that shipped the persona app; it is built with the real now-sdk from
 * `git archive` of that revision (cached per revision and SDK version: a revision's build never changes).
 */
const ROOT = path.resolve(__dirname, '../..')
const SDK_BIN = path.join(ROOT, 'node_modules/@servicenow/sdk/bin/index.js')

function git(args: string[]): string {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim()
}

/** The previous release: tag v0.1.0, else the commit that first added the persona table. */
function previousRevision(): { rev: string; label: string } {
    try {
        return { rev: git(['rev-parse', '--verify', '--quiet', 'refs/tags/v0.1.0^{commit}']), label: 'v0.1.0' }
    } catch {
        const first = git(['log', '--diff-filter=A', '--format=%H', '--', 'fluent/persona/persona-table.now.ts']).split('\n').filter((l) => l).pop()
        if (!first) throw new Error('no previous release: neither tag v0.1.0 nor a commit adding fluent/persona/persona-table.now.ts')
        return { rev: first, label: `first persona commit ${first.slice(0, 12)}` }
    }
}

/** Builds a revision with the current SDK in a temp dir (git archive: no checkout, the working tree is untouched). */
function buildRevision(rev: string): string {
    const sdk = (JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/@servicenow/sdk/package.json'), 'utf8')) as { version: string }).version
    const cached = path.join(os.tmpdir(), `psm-release-${rev.slice(0, 16)}-sdk-${sdk}`)
    if (fs.existsSync(path.join(cached, '.psm-built'))) return path.join(cached, 'dist', 'app')
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'psm-release-build-'))
    const tar = path.join(work, 'src.tar')
    const dir = path.join(work, 'app')
    fs.mkdirSync(dir)
    git(['archive', '--format=tar', '-o', tar, rev])
    execFileSync('tar', ['-xf', tar, '-C', dir])
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir')
    try {
        execFileSync(process.execPath, [SDK_BIN, 'build'], { cwd: dir, stdio: 'pipe', env: { ...process.env, NO_COLOR: '1' } })
    } catch (e) {
        const out = e as { stdout?: Buffer; stderr?: Buffer }
        throw new Error(`now-sdk build of ${rev} failed:\n${out.stdout?.toString() ?? ''}\n${out.stderr?.toString() ?? ''}`)
    }
    fs.writeFileSync(path.join(dir, '.psm-built'), rev)
    try {
        // Atomic publish; a concurrent run that got there first wins and ours is dropped.
        fs.renameSync(dir, cached)
    } catch {
        fs.rmSync(dir, { recursive: true, force: true })
    }
    fs.rmSync(work, { recursive: true, force: true })
    return path.join(cached, 'dist', 'app')
}

type Row = Record<string, string | null>

/** Every row of a table, by sys_id, with every column's value. */
function snapshot(instance: Instance, table: string): Map<string, Row> {
    const columns = [...instance.store.schema.table(table).columns.keys()]
    const out = new Map<string, Row>()
    const gr = new GlideRecord(table)
    gr.query()
    while (gr.next()) {
        const row: Row = {}
        for (const c of columns) row[c] = gr.getValue(c)
        out.set(gr.getUniqueValue(), row)
    }
    return out
}

const appTables = (instance: Instance) => [...instance.store.schema.all()].map((t) => t.name).filter((t) => t.startsWith('x_psm_persona_')).sort()

function insert(table: string, values: Record<string, string | number | boolean>): string {
    const gr = new GlideRecord(table)
    gr.initialize()
    for (const [k, v] of Object.entries(values)) gr.setValue(k, v)
    const id = gr.insert()
    if (!id) throw new Error(`fixture: insert into ${table} refused: ${JSON.stringify(values)}`)
    return id
}

/** What a customer has done with the previous release: users, an own persona, and whatever data tables that release has. */
function loadCustomerData(instance: Instance): void {
    const has = (t: string) => instance.store.schema.has(t)
    const column = (t: string, c: string) => !!instance.store.schema.column(t, c)
    const users = ['una', 'ulf', 'uma'].map((u) => insert('sys_user', { user_name: `upgrade.${u}`, name: `Upgrade ${u}`, email: `upgrade.${u}@example.com` }))
    const own = insert('x_psm_persona_persona', {
        name: 'Field Engineer',
        description: 'Our own persona: on customer sites all day with a rugged laptop and a hotspot.',
        technology: 3,
        network: 2,
        interaction: 1,
        communication: 3,
        mobility: 4,
        active: true,
        order: 50,
    })
    if (column('sys_user', 'x_psm_persona_persona')) {
        const gr = new GlideRecord('sys_user')
        gr.get(users[0])
        gr.setValue('x_psm_persona_persona', own)
        gr.update()
    }
    if (has('x_psm_persona_profile')) {
        for (const [i, user] of users.entries()) {
            const existing = new GlideRecord('x_psm_persona_profile')
            const values = { devices: 4 + i, network_gb_month: 20 * (i + 1), team_hours_week: 5, contacts_per_day: 10, remote_pct: 30 * i }
            if (existing.get('user', user)) {
                for (const [k, v] of Object.entries(values)) existing.setValue(k, v)
                existing.update()
            } else insert('x_psm_persona_profile', { user, ...values })
        }
    }
    if (has('x_psm_persona_offering')) {
        const item = insert('sc_cat_item', { name: 'Rugged Laptop', short_description: 'For site work', active: true, price: 1800 })
        insert('x_psm_persona_offering', { persona: own, catalog_item: item, monthly_cost: 55, bundled: true, active: true, restrict_item: true })
    }
    if (has('x_psm_persona_feedback')) {
        for (const user of users) {
            // Releases that tie feedback to a change accept it only from a stakeholder of that change.
            if (column('x_psm_persona_feedback', 'change_request')) {
                const change = insert('change_request', { short_description: `Upgrade fixture change of ${user}`, requested_by: user })
                insert('x_psm_persona_feedback', { user, change_request: change, stakeholder: 'requester', rating: 4, comment: 'Clear emails' })
            } else insert('x_psm_persona_feedback', { user, rating: 4, comment: 'Clear emails' })
        }
    }
}

describe('upgrading from the previous release to this build', () => {
    let previous: { rev: string; label: string }
    let previousApp: string
    let current: BuildRecord[]
    let instance: Instance
    /** Customer data before the upgrade: table → sys_id → row. */
    let before: Map<string, Map<string, Row>>
    let previousIds: Set<string>
    /** table:sys_id → the record's fields in the previous release. */
    let previousContent: Map<string, string>

    beforeAll(() => {
        previous = previousRevision()
        previousApp = buildRevision(previous.rev)
        current = readBuild(builtAppDir())
        const previousRecords = readBuild(previousApp)
        previousIds = new Set(previousRecords.map((r) => `${r.table}:${r.sysId}`))
        previousContent = new Map(previousRecords.map((r) => [`${r.table}:${r.sysId}`, JSON.stringify(r.fields)]))
        instance = freshInstance()
        instance.install(previousApp)
        instance.run(() => loadCustomerData(instance))
        before = new Map()
        instance.run(() => {
            for (const t of [...appTables(instance), 'sys_user', 'sc_cat_item']) before.set(t, snapshot(instance, t))
        })
        instance.install(builtAppDir())
    }, 300_000)
    afterAll(() => instance?.close())

    /** What an upgrade applies: first-install and demo records (unload/, unload.demo/) load on a new install only. */
    const shipped = (table: string) => current.filter((r) => r.table === table && r.action.toUpperCase() === 'INSERT_OR_UPDATE' && (r.loadWhen ?? 'always') === 'always')
    /** Records the upgrade applies (updated in place); every other row, configuration included, must be left as it was. */
    const currentIds = () => new Set(current.filter((r) => (r.loadWhen ?? 'always') === 'always').map((r) => `${r.table}:${r.sysId}`))

    it('starts from a real previous release (tag v0.1.0, or the first persona commit) that differs from this build', () => {
        expect(previous.rev).toMatch(/^[0-9a-f]{40}$/)
        expect(fs.existsSync(path.join(previousApp, 'update'))).toBe(true)
        // Otherwise this test would compare a build with itself: some record is new or has new content.
        const differs = current.filter((r) => previousContent.get(`${r.table}:${r.sysId}`) !== JSON.stringify(r.fields))
        expect(differs.length).toBeGreaterThan(0)
    })

    it('keeps every row the customer created, with every value it had', () => {
        const changed: string[] = []
        instance.run(() => {
            for (const [table, rows] of before) {
                const after = snapshot(instance, table)
                for (const [id, row] of rows) {
                    // Rows the upgrade applies are the app's, updated in place (checked below); the rest (the customer's,
                    // and configuration the previous release shipped, now first-install data) stay as they were.
                    if (currentIds().has(`${table}:${id}`)) continue
                    const now = after.get(id)
                    if (!now) {
                        changed.push(`${table} ${id} is gone`)
                        continue
                    }
                    for (const [field, value] of Object.entries(row)) {
                        if (field === 'sys_updated_on' || field === 'sys_mod_count' || field === 'sys_updated_by') continue
                        if (now[field] !== value) changed.push(`${table} ${id}.${field}: ${JSON.stringify(value)} → ${JSON.stringify(now[field])}`)
                    }
                }
            }
        })
        expect(changed).toEqual([])
        // The comparison covered the customer's data, not an empty snapshot.
        expect([...(before.get('x_psm_persona_persona') ?? new Map<string, Row>()).values()].filter((r) => r.name === 'Field Engineer')).toHaveLength(1)
        expect([...(before.get('sys_user') ?? new Map<string, Row>()).values()].filter((r) => (r.user_name ?? '').startsWith('upgrade.'))).toHaveLength(3)
    })

    it('adds every column of the new build to the tables, old rows included', () => {
        const missing = shipped('sys_dictionary')
            .filter((d) => d.fields.element)
            .filter((d) => !instance.store.schema.column(d.fields.name, d.fields.element))
            .map((d) => `${d.fields.name}.${d.fields.element}`)
        expect(missing).toEqual([])
        // A column the previous release did not have reads empty (or its default) on a row created before it.
        const added = shipped('sys_dictionary').filter((d) => d.fields.element && d.fields.name === 'x_psm_persona_persona' && !previousIds.has(`sys_dictionary:${d.sysId}`))
        instance.run(() => {
            const gr = new GlideRecord('x_psm_persona_persona')
            expect(gr.get('name', 'Field Engineer')).toBe(true)
            for (const d of added) expect([null, d.fields.default_value || null, '0']).toContain(gr.getValue(d.fields.element))
        })
    })

    it('applies every record of the new build, with the new build\'s values', () => {
        const problems: string[] = []
        instance.run(() => {
            for (const table of ['x_psm_persona_persona', 'sys_script', 'sys_module', 'sys_properties', 'sysevent_register', 'sysevent_email_action', 'user_criteria', 'sys_atf_test', 'sp_widget']) {
                for (const r of shipped(table)) {
                    const gr = new GlideRecord(table)
                    if (!gr.get(r.sysId)) {
                        problems.push(`${table} ${r.sysId} (${r.fields.name ?? r.fields.path ?? ''}) missing`)
                        continue
                    }
                    for (const field of ['name', 'script', 'content', 'value', 'technology', 'mobility', 'user_criteria']) {
                        const want = r.fields[field]
                        if (want === undefined || !instance.store.schema.column(table, field)) continue
                        if ((gr.getValue(field) ?? '') !== want) problems.push(`${table} ${r.sysId}.${field} is not the new build's value`)
                    }
                }
            }
        })
        expect(problems).toEqual([])
    })

    it('duplicates nothing: one row per shipped record and per natural key', () => {
        const problems: string[] = []
        instance.run(() => {
            const keys: Record<string, string[]> = {
                x_psm_persona_persona: ['name'],
                sys_db_object: ['name'],
                sys_dictionary: ['name', 'element'],
                sys_choice: ['name', 'element', 'value'],
                sys_module: ['path'],
                sys_properties: ['name'],
                sysevent_register: ['event_name'],
                sys_user_role: ['name'],
                sys_script: ['collection', 'name'],
                user_criteria: ['name'],
            }
            for (const [table, fields] of Object.entries(keys)) {
                const seen = new Map<string, number>()
                const gr = new GlideRecord(table)
                gr.query()
                while (gr.next()) {
                    const key = fields.map((f) => gr.getValue(f) ?? '').join(' | ')
                    seen.set(key, (seen.get(key) ?? 0) + 1)
                }
                for (const [key, n] of seen) if (n > 1) problems.push(`${table} has ${n} rows for ${fields.join('+')} = ${key}`)
            }
            for (const table of appTables(instance)) {
                // Rows from before the upgrade (the previous release's and the customer's) plus what the upgrade ships.
                const existing = [...(before.get(table)?.keys() ?? [])]
                const expected = new Set([...shipped(table).map((r) => r.sysId), ...existing]).size
                const rows = new GlideRecord(table).getRowCount()
                if (rows !== expected) problems.push(`${table} has ${rows} rows, expected ${expected} (before the upgrade + shipped)`)
            }
        })
        expect(problems).toEqual([])
    })

    it('installing the same build again changes nothing', () => {
        const report = instance.install(builtAppDir())
        expect(report.inserted).toBe(0)
        expect(report.deleted).toBe(0)
    })
})

/**
 * "New Install: includes application data only when the application is installed"; "New Install with
 * Demo Data: … only when the application is installed with demo data" (Create application files to
 * include sample data). Personas, scoring rules, XLAs and their criteria are first-install data; the
 * demo catalog and its offerings are demo data.
 */
describe('first-install and demo data', () => {
    const count = (instance: Instance, table: string, query = '') =>
        instance.run(() => {
            const gr = new GlideRecord(table)
            if (query) gr.addEncodedQuery(query)
            return gr.getRowCount()
        })

    it('a new install without demo data has the configuration but no demo catalog', () => {
        const instance = freshInstance()
        try {
            instance.install(builtAppDir(), { demo: false })
            expect(count(instance, 'x_psm_persona_persona')).toBe(5)
            expect(count(instance, 'x_psm_persona_scoring_rule')).toBe(5)
            expect(count(instance, 'x_psm_persona_xla')).toBeGreaterThan(0)
            expect(count(instance, 'x_psm_persona_offering')).toBe(0)
            expect(count(instance, 'sc_catalog', 'title=Persona Services')).toBe(0)
            // Installing again is an upgrade: demo data does not arrive later.
            instance.install(builtAppDir(), { demo: true })
            expect(count(instance, 'x_psm_persona_offering')).toBe(0)
        } finally {
            instance.close()
        }
    })

    it('a new install with demo data has the catalog and its offerings', () => {
        const instance = freshInstance()
        try {
            instance.install(builtAppDir(), { demo: true })
            expect(count(instance, 'x_psm_persona_offering')).toBeGreaterThan(40)
            expect(count(instance, 'sc_catalog', 'title=Persona Services')).toBe(1)
        } finally {
            instance.close()
        }
    })
})

/** The last revision before configuration shipped as first-install data: its records were all in update/. */
function revisionBeforeFirstInstallData(): string {
    const introduced = git(['log', '--reverse', '--format=%H', "-SinstallMethod: 'first install'", '--', 'fluent/persona/scoring-defaults.now.ts']).split('\n').filter((l) => l)[0]
    if (!introduced) throw new Error('no commit introduces first-install data in fluent/persona/scoring-defaults.now.ts')
    return git(['rev-parse', `${introduced}^`])
}

describe('upgrading keeps what administrators changed or deleted in the shipped configuration', () => {
    let instance: Instance
    let edited: { rule: string; offering: string; deleted: string; xla: string; persona: string }

    beforeAll(() => {
        const previousApp = buildRevision(revisionBeforeFirstInstallData())
        instance = freshInstance()
        instance.install(previousApp)
        instance.run(() => {
            const pick = (table: string, query: string) => {
                const gr = new GlideRecord(table)
                gr.addEncodedQuery(query)
                gr.setLimit(1)
                gr.query()
                if (!gr.next()) throw new Error(`fixture: no ${table} where ${query}`)
                return gr
            }
            const rule = pick('x_psm_persona_scoring_rule', 'metric=devices')
            rule.setValue('threshold_4', 16)
            expect(rule.update()).toBeTruthy()
            const offering = pick('x_psm_persona_offering', 'persona.name=Telecommuter^ORDERBYorder')
            offering.setValue('monthly_cost', 77.5)
            expect(offering.update()).toBeTruthy()
            const doomed = pick('x_psm_persona_offering', 'persona.name=Business Analyst^ORDERBYorder')
            const deleted = doomed.getUniqueValue()
            expect(doomed.deleteRecord()).toBe(true)
            const xla = pick('x_psm_persona_xla', 'measure=decision_time')
            xla.setValue('target', 2)
            expect(xla.update()).toBeTruthy()
            const persona = pick('x_psm_persona_persona', 'name=Telecommuter')
            persona.setValue('description', 'Our telecommuters: home office, VPN and a headset.')
            expect(persona.update()).toBeTruthy()
            edited = { rule: rule.getUniqueValue(), offering: offering.getUniqueValue(), deleted, xla: xla.getUniqueValue(), persona: persona.getUniqueValue() }
        })
        instance.install(builtAppDir())
    }, 300_000)
    afterAll(() => instance?.close())

    const value = (table: string, id: string, field: string) =>
        instance.run(() => {
            const gr = new GlideRecord(table)
            return gr.get(id) ? gr.getValue(field) : 'missing'
        })

    it('keeps an edited threshold', () => {
        expect(Number(value('x_psm_persona_scoring_rule', edited.rule, 'threshold_4'))).toBe(16)
    })

    it('keeps an edited cost', () => {
        expect(Number(value('x_psm_persona_offering', edited.offering, 'monthly_cost'))).toBe(77.5)
    })

    it('does not bring back a deleted offering', () => {
        expect(value('x_psm_persona_offering', edited.deleted, 'sys_id')).toBe('missing')
    })

    it('keeps an edited XLA target and persona description', () => {
        expect(Number(value('x_psm_persona_xla', edited.xla, 'target'))).toBe(2)
        expect(value('x_psm_persona_persona', edited.persona, 'description')).toBe('Our telecommuters: home office, VPN and a headset.')
    })
})
