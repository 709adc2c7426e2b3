import * as crypto from 'node:crypto'
import * as fs from 'node:fs'
import * as http from 'node:http'
import * as os from 'node:os'
import * as path from 'node:path'
import { ensureAdmin } from '../../src/local/base/admin'
import { GlideRecord } from '../../src/local/glide'
import { startServer, type RunningServer } from '../../src/local/http/server'
import type { Instance } from '../../src/local/instance'
import { runAtfTest } from '../build/atf-runner'
import { scopeFixtureBuild } from '../support/build-app'
import { builtAppDir, installedInstance } from '../support/instance'
import { insert } from '../support/records'

/*
 * "Every script runs in the scope of the record that holds it" (issue 13; Application scope: "scripts
 * run in the scope of the application that owns the record that holds them"). One row per kind of
 * script record: the same probe script is saved once in the fixture app's scope (x_psm_fixture, built by
 * the real now-sdk) and once in global, and each run must report its own record's scope through
 * gs.getCurrentScopeName() (scoped GlideSystem: "Gets the name of the current scope").
 * Fix scripts: "Fix scripts run at the first installation or updated after they have been added to an
 * application" (Run fix scripts).
 */

const FIXTURE = 'x_psm_fixture'

let fixture: { appDir: string; cleanup: () => void }
let instance: Instance
let server: RunningServer
let fixtureId: string
let userId: string

const ADMIN_PASSWORD = 'kinds-admin-password-9Qz'
const ADMIN = { Authorization: `Basic ${Buffer.from(`admin:${ADMIN_PASSWORD}`).toString('base64')}`, 'Content-Type': 'application/json', Accept: 'application/json' }

/** The probe: logs its tag and the scope it runs in. */
const probe = (tag: string): string => `gs.info('scope-probe ${tag} ' + gs.getCurrentScopeName());`

function ranIn(tag: string): string[] {
    return instance.logs.map((l) => l.message).filter((m) => m.startsWith(`scope-probe ${tag} `)).map((m) => m.slice(`scope-probe ${tag} `.length))
}

/** A copy of the fixture's build with one more record file (a fix script), installed as an upgrade. */
function installWithFixScript(tag: string, sysScope: string, version = ''): void {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'psm-fix-script-'))
    try {
        fs.cpSync(fixture.appDir, dir, { recursive: true })
        const sysId = crypto.createHash('md5').update(tag).digest('hex')
        fs.writeFileSync(
            path.join(dir, 'update', `sys_script_fix_${sysId}.xml`),
            `<?xml version="1.0"?>
<record_update table="sys_script_fix">
  <sys_script_fix action="INSERT_OR_UPDATE">
    <sys_id>${sysId}</sys_id>
    <sys_scope>${sysScope}</sys_scope>
    <name>probe ${tag}</name>
    <before>false</before>
    <script><![CDATA[${probe(tag)}${version}]]></script>
  </sys_script_fix>
</record_update>`,
        )
        instance.install(dir)
    } finally {
        fs.rmSync(dir, { recursive: true, force: true })
    }
}

interface Kind {
    kind: string
    /** Saves the probe in a record of `sysScope` (a sys_scope sys_id or `global`) and runs it. */
    run(tag: string, sysScope: string): void | Promise<void>
}

const KINDS: Kind[] = [
    {
        kind: 'business rule',
        run: (tag, sysScope) =>
            instance.run(() => {
                insert('sys_script', { name: tag, collection: 'x_psm_fixture_open', when: 'after', action_insert: true, active: true, sys_scope: sysScope, script: probe(tag) })
                insert('x_psm_fixture_open', { name: tag })
            }),
    },
    {
        kind: 'script include',
        run: (tag, sysScope) => {
            const name = `Probe${tag.replace(/\W/g, '')}`
            const scope = sysScope === 'global' ? 'global' : FIXTURE
            instance.run(() =>
                insert('sys_script_include', {
                    name,
                    api_name: `${scope}.${name}`,
                    access: 'public',
                    active: true,
                    sys_scope: sysScope,
                    script: `var ${name} = Class.create(); ${name}.prototype = { initialize: function () {}, run: function () { ${probe(tag)} }, type: '${name}' };`,
                }),
            )
            // Called from global code, whoever owns the include.
            const call = instance.scripts.compile([], `new ${scope}.${name}().run();`, 'caller (global)')
            instance.run(() => instance.scripts.inScope('global', call)())
        },
    },
    {
        kind: 'module',
        run: (tag, sysScope) => {
            const file = `${sysScope === 'global' ? 'global' : FIXTURE}/probe/1.0.0/${tag.replace(/\W/g, '_')}.js`
            instance.run(() => insert('sys_module', { path: file, sys_scope: sysScope, content: `const { gs } = require('@servicenow/glide');\n${probe(tag)}\nexports.ok = true;` }))
            // Loaded by the platform (no script running): its code still runs in its own scope.
            instance.run(() => instance.scripts.require(file, ''))
        },
    },
    {
        kind: 'mail script',
        run: (tag, sysScope) =>
            instance.run(() => {
                const name = `probe_${tag.replace(/\W/g, '_')}`
                insert('sys_script_email', { name, sys_scope: sysScope, script: probe(tag) })
                insert('sysevent_email_action', {
                    name,
                    collection: 'x_psm_fixture_open',
                    generation_type: 'engine',
                    action_insert: true,
                    active: true,
                    recipient_users: userId,
                    subject: tag,
                    message_html: `<p>\${mail_script:${name}}</p>`,
                    sys_scope: sysScope,
                })
                insert('x_psm_fixture_open', { name: `mail ${tag}` })
                instance.drain()
            }),
    },
    {
        kind: 'scripted REST resource',
        run: async (tag, sysScope) => {
            const serviceId = `probe_${tag.replace(/\W/g, '_')}`
            instance.run(() => {
                const api = insert('sys_ws_definition', { name: serviceId, service_id: serviceId, namespace: 'x_probe', base_uri: `/api/x_probe/${serviceId}`, active: true, sys_scope: sysScope })
                insert('sys_ws_operation', {
                    name: 'probe',
                    web_service_definition: api,
                    http_method: 'GET',
                    relative_path: '/run',
                    operation_uri: `/api/x_probe/${serviceId}/run`,
                    requires_authentication: false,
                    requires_acl_authorization: false,
                    requires_snc_internal_role: false,
                    active: true,
                    sys_scope: sysScope,
                    operation_script: `(function process(request, response) { ${probe(tag)} response.setBody({ ok: true }); })(request, response);`,
                })
            })
            expect((await request('GET', `/api/x_probe/${serviceId}/run`)).status).toBe(200)
        },
    },
    {
        kind: 'widget server script',
        run: async (tag, sysScope) => {
            const id = `probe-${tag.replace(/\W/g, '-')}`
            instance.run(() => insert('sp_widget', { id, name: id, public: true, sys_scope: sysScope, script: probe(tag), template: '<p></p>' }))
            expect((await request('POST', `/api/now/sp/widget/${id}`, '{}')).status).toBe(200)
        },
    },
    {
        kind: 'scheduled job',
        run: (tag, sysScope) =>
            instance.run(() => {
                insert('sysauto_script', { name: tag, active: true, run_type: 'on_demand', sys_scope: sysScope, script: probe(tag) })
                instance.jobs.run(tag)
            }),
    },
    {
        kind: 'ACL script',
        run: (tag, sysScope) =>
            instance.run(() => {
                const table = sysScope === 'global' ? 'x_psm_fixture_open' : 'x_psm_fixture_item'
                insert('sys_security_acl', { name: table, operation: 'read', type: 'record', active: true, admin_overrides: true, sys_scope: sysScope, script: `${probe(tag)} answer = true;` })
                const row = new GlideRecord(table)
                row.get(insert(table, { name: tag }))
                instance.runAs(userId, () => instance.acl.can('read', table, row))
            }),
    },
    {
        kind: 'user-criterion script',
        run: (tag, sysScope) =>
            instance.run(() => {
                const uc = insert('user_criteria', { name: tag, active: true, advanced: true, sys_scope: sysScope, script: `${probe(tag)} answer = true;` })
                instance.userCriteria.userMatches(userId, [uc])
            }),
    },
    {
        kind: 'fix script',
        run: (tag, sysScope) => installWithFixScript(tag, sysScope),
    },
    {
        kind: 'ATF step',
        run: (tag, sysScope) => {
            const outcome = runAtfTest(instance, {
                sysId: 'a'.repeat(32),
                name: tag,
                active: true,
                steps: [{ sysId: 'b'.repeat(32), order: 1, callName: 'server.runServerSideScript', displayName: 'Run Server Side Script', sysScope, inputs: { script: `(function(outputs, steps, params, stepResult, assertEqual) {\n${probe(tag)}\nreturn true;\n})(outputs, steps, params, stepResult, assertEqual);` } }],
            })
            expect(outcome.steps.map((s) => s.message)).toEqual([''])
        },
    },
]

beforeAll(async () => {
    fixture = await scopeFixtureBuild()
    // The app as installed (the run's image, tests/support/app-image.ts), then the fixture app installed beside it.
    instance = installedInstance()
    ensureAdmin(instance, ADMIN_PASSWORD)
    instance.install(fixture.appDir)
    fixtureId = (instance.store.prepare('SELECT sys_id FROM sys_package WHERE scope = ?').get(FIXTURE) as { sys_id: string }).sys_id
    userId = instance.run(() => insert('sys_user', { user_name: 'kinds.viewer', email: 'kinds.viewer@example.com' }))
    server = await startServer(instance, { port: 0 })
}, 180000)

afterAll(async () => {
    await server?.close()
    instance?.close()
    fixture?.cleanup()
})

describe.each(KINDS)('$kind: runs in the scope of its record', ({ kind, run }) => {
    test(`the fixture app's ${kind} runs in ${FIXTURE}; a global one in global`, async () => {
        const tag = kind.replace(/\W/g, '-')
        await run(`${tag}-app`, fixtureId)
        await run(`${tag}-global`, 'global')
        expect({ app: ranIn(`${tag}-app`)[0], global: ranIn(`${tag}-global`)[0] }).toEqual({ app: FIXTURE, global: 'global' })
    })
})

test('a fix script runs when new or updated, not again on a later install ("previous fix scripts do not run on subsequent application updates")', () => {
    installWithFixScript('fix-once', fixtureId)
    installWithFixScript('fix-once', fixtureId)
    expect(ranIn('fix-once')).toEqual([FIXTURE])
    installWithFixScript('fix-once', fixtureId, '\n// updated')
    expect(ranIn('fix-once')).toEqual([FIXTURE, FIXTURE])
})

/** One request on its own connection (no pooled keep-alive socket the server may close meanwhile). */
function request(method: string, url: string, body?: string): Promise<{ status: number; json: unknown }> {
    return new Promise((resolve, reject) => {
        const req = http.request(`${server.url}${url}`, { method, agent: false, headers: ADMIN }, (res) => {
            let text = ''
            res.setEncoding('utf8')
            res.on('data', (chunk: string) => (text += chunk))
            res.on('end', () => resolve({ status: res.statusCode ?? 0, json: text ? JSON.parse(text) : null }))
        })
        req.on('error', reject)
        req.end(body)
    })
}

describe('"Allow access to this table via web services" (sys_db_object.ws_access)', () => {

    test('the Table API refuses a table whose web service access is off with 403, and serves one whose access is on', async () => {
        // The SDK's Table API: "allowWebServiceAccess ... Defaults to false. Must be set to true for the table to be
        // accessible via the Table API (/api/now/table) ... otherwise requests return 403"; "making a web service call
        // to a protected application table produces a 403 Forbidden HTTP error" (Runtime access to applications tables).
        const ws = (table: string) => instance.store.prepare('SELECT ws_access FROM sys_db_object WHERE name = ?').get(table)
        expect({ item: ws('x_psm_fixture_item'), open: ws('x_psm_fixture_open') }).toEqual({ item: { ws_access: 0 }, open: { ws_access: 1 } })
        const itemId = instance.run(() => insert('x_psm_fixture_item', { name: 'hidden from web services' }))
        const countBefore = instance.store.prepare('SELECT count(*) AS n FROM x_psm_fixture_item').get()

        for (const [method, url, body] of [
            ['GET', '/api/now/table/x_psm_fixture_item', undefined],
            ['GET', `/api/now/table/x_psm_fixture_item/${itemId}`, undefined],
            ['POST', '/api/now/table/x_psm_fixture_item', JSON.stringify({ name: 'via REST' })],
            ['PATCH', `/api/now/table/x_psm_fixture_item/${itemId}`, JSON.stringify({ name: 'changed' })],
            ['DELETE', `/api/now/table/x_psm_fixture_item/${itemId}`, undefined],
        ] as const) {
            const res = await request(method, url, body)
            expect({ method, status: res.status }).toEqual({ method, status: 403 })
            expect(res.json).toEqual({ error: { message: 'User Not Authorized', detail: expect.stringContaining('x_psm_fixture_item') }, status: 'failure' })
        }
        // Nothing changed behind the refusals.
        expect(instance.store.prepare('SELECT count(*) AS n FROM x_psm_fixture_item').get()).toEqual(countBefore)
        expect(instance.store.prepare('SELECT name FROM x_psm_fixture_item WHERE sys_id = ?').get(itemId)).toEqual({ name: 'hidden from web services' })

        const open = await request('POST', '/api/now/table/x_psm_fixture_open', JSON.stringify({ name: 'via REST' }))
        expect(open.status).toBe(201)
        // Scripts are not web services: the fixture's own script still reads its table.
        expect(instance.run(() => instance.scripts.inScope(FIXTURE, instance.scripts.compile([], "var gr = new GlideRecord('x_psm_fixture_item'); gr.query(); return gr.getRowCount();", 'probe'))())).toBeGreaterThan(0)
    })

    test("base tables allow web services, as a base instance's do", async () => {
        expect((await request('GET', '/api/now/table/sys_user?sysparm_limit=1')).status).toBe(200)
    })
})

describe('modules across scopes', () => {
    test('"Modules and third-party libraries are restricted to their application scope; cross-application usage is not supported"', () => {
        // (JavaScript modules and third-party libraries, Limitations; the SDK's module-guide: "Modules work only
        // within the application scope -- no cross-scope module sharing".)
        const file = `${FIXTURE}/shared/1.0.0/answer.js`
        instance.run(() => insert('sys_module', { path: file, sys_scope: fixtureId, content: 'exports.answer = function () { return 42; };' }))
        const call = (scope: string) => instance.run(() => instance.scripts.inScope(scope, instance.scripts.compile([], `return require('${file}').answer();`, `caller (${scope})`))())
        expect(call(FIXTURE)).toBe(42)
        for (const scope of ['x_psm_persona', 'global']) {
            const message = `Module '${file}' belongs to scope ${FIXTURE}: it cannot be required from scope ${scope} (modules are restricted to their application scope)`
            expect(() => call(scope)).toThrow(message)
            expect(instance.logs.filter((l) => l.level === 'error').map((l) => l.message)).toContain(message)
        }
        // A relative require inside the module resolves in the module's own scope.
        const helper = `${FIXTURE}/shared/1.0.0/uses-answer.js`
        instance.run(() => insert('sys_module', { path: helper, sys_scope: fixtureId, content: "exports.twice = function () { return require('./answer.js').answer() * 2; };" }))
        expect(instance.run(() => instance.scripts.inScope(FIXTURE, instance.scripts.compile([], `return require('${helper}').twice();`, 'caller'))())).toBe(84)
    })
})

describe('design-time access: configuration records on another application\'s table ("Example allowing configuration records for a table")', () => {
    /** A copy of a build with extra record files; returns the error of installing it (null when it installed). */
    function installWith(appDir: string, files: Record<string, string>): Error | null {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'psm-design-access-'))
        try {
            fs.cpSync(appDir, dir, { recursive: true })
            for (const [name, xml] of Object.entries(files)) fs.writeFileSync(path.join(dir, 'update', name), `<?xml version="1.0"?>\n${xml}`)
            instance.install(dir)
            return null
        } catch (e) {
            return e as Error
        } finally {
            fs.rmSync(dir, { recursive: true, force: true })
        }
    }
    const id = (text: string) => crypto.createHash('md5').update(text).digest('hex')
    const rule = (sysScope: string, table: string) =>
        `<record_update table="sys_script"><sys_script action="INSERT_OR_UPDATE"><sys_id>${id(sysScope + table)}</sys_id><sys_scope>${sysScope}</sys_scope><name>configures ${table}</name><collection>${table}</collection><when>before</when><action_insert>true</action_insert><active>true</active><script><![CDATA[current.setValue('name', current.getValue('name'));]]></script></sys_script></record_update>`
    const field = (sysScope: string, table: string, element: string) =>
        `<record_update table="sys_dictionary"><sys_dictionary action="INSERT_OR_UPDATE" element="${element}" table="${table}"><sys_id>${id(table + element)}</sys_id><sys_scope>${sysScope}</sys_scope><name>${table}</name><element>${element}</element><column_label>Note</column_label><internal_type>string</internal_type><max_length>40</max_length><active>true</active></sys_dictionary></record_update>`
    const counts = () => instance.store.prepare("SELECT (SELECT count(*) FROM sys_dictionary) AS dictionary, (SELECT count(*) FROM sys_script) AS rules, (SELECT count(*) FROM sys_script_fix) AS fixes").get()

    test('a new field on a table whose "Allow configuration" (allowNewFields) is off is refused at install, naming the file; nothing is applied', () => {
        const before = counts()
        const error = installWith(fixture.appDir, { 'sys_dictionary_x_psm_persona_persona_x_psm_fixture_note.xml': field(fixtureId, 'x_psm_persona_persona', 'x_psm_fixture_note') })
        expect(error?.message).toContain(
            'update/sys_dictionary_x_psm_persona_persona_x_psm_fixture_note.xml: sys_dictionary new field x_psm_fixture_note of scope x_psm_fixture configures table x_psm_persona_persona of scope x_psm_persona, which does not allow it from other application scopes (Allow new fields (Allow configuration) is off)',
        )
        expect(counts()).toEqual(before)
        expect(instance.store.schema.table('x_psm_persona_persona').columns.has('x_psm_fixture_note')).toBe(false)
    })

    test('a base table takes other scopes\' new fields; a business rule needs only "All application scopes" and "Can read"', () => {
        expect(installWith(fixture.appDir, { 'sys_dictionary_sys_user_x_psm_fixture_note.xml': field(fixtureId, 'sys_user', 'x_psm_fixture_note'), 'sys_script_on_persona.xml': rule(fixtureId, 'x_psm_persona_persona') })).toBeNull()
        expect(instance.store.schema.table('sys_user').columns.has('x_psm_fixture_note')).toBe(true)
        expect(instance.store.prepare("SELECT count(*) AS n FROM sys_script WHERE collection = 'x_psm_persona_persona' AND name = 'configures x_psm_persona_persona'").get()).toEqual({ n: 1 })
    })

    test('"Accessible from: This application scope only": no other application may put a business rule on the table', () => {
        const mainId = (instance.store.prepare("SELECT sys_id FROM sys_package WHERE scope = 'x_psm_persona'").get() as { sys_id: string }).sys_id
        const before = counts()
        const error = installWith(builtAppDir(), { 'sys_script_on_fixture_private.xml': rule(mainId, 'x_psm_fixture_private') })
        expect(error?.message).toContain('update/sys_script_on_fixture_private.xml: sys_script business rule "configures x_psm_fixture_private" of scope x_psm_persona configures table x_psm_fixture_private of scope x_psm_fixture')
        expect(error?.message).toContain('(Accessible from: This application scope only)')
        expect(counts()).toEqual(before)
    })
})

describe('"Before" fix scripts ("Option to run the fix script before installing or upgrading the application")', () => {
    const fixXml = (name: string, before: boolean, script: string) =>
        `<?xml version="1.0"?>\n<record_update table="sys_script_fix"><sys_script_fix action="INSERT_OR_UPDATE"><sys_id>${crypto.createHash('md5').update(name).digest('hex')}</sys_id><sys_scope>${fixtureId}</sys_scope><name>${name}</name><before>${before}</before><script><![CDATA[${script}]]></script></sys_script_fix></record_update>`
    const propertyXml = `<?xml version="1.0"?>\n<record_update table="sys_properties"><sys_properties action="INSERT_OR_UPDATE"><sys_id>${crypto.createHash('md5').update('marker').digest('hex')}</sys_id><sys_scope>${fixtureId}</sys_scope><name>x_psm_fixture.marker</name><value>installed</value><type>string</type></sys_properties></record_update>`

    function install(files: Record<string, string>): Error | null {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'psm-before-fix-'))
        try {
            fs.cpSync(fixture.appDir, dir, { recursive: true })
            for (const [name, xml] of Object.entries(files)) fs.writeFileSync(path.join(dir, 'update', name), xml)
            instance.install(dir)
            return null
        } catch (e) {
            return e as Error
        } finally {
            fs.rmSync(dir, { recursive: true, force: true })
        }
    }

    test("a Before script runs ahead of the application's records, the others after them", () => {
        const report = "gs.info('fix-order ' + gs.getProperty('x_psm_fixture.marker', 'absent'));"
        expect(install({ 'sys_script_fix_before.xml': fixXml('order before', true, report), 'sys_script_fix_after.xml': fixXml('order after', false, report), 'sys_properties_marker.xml': propertyXml })).toBeNull()
        expect(instance.logs.map((l) => l.message).filter((m) => m.startsWith('fix-order '))).toEqual(['fix-order absent', 'fix-order installed'])
    })

    test('a refused install undoes what its Before script wrote: nothing is half-installed', () => {
        const before = instance.store.prepare('SELECT count(*) AS n FROM x_psm_fixture_item').get()
        const error = install({
            'sys_script_fix_writes.xml': fixXml('writes then refused', true, "var gr = new GlideRecord('x_psm_fixture_item'); gr.initialize(); gr.setValue('name', 'from a before fix script'); gr.insert();"),
            'sys_bogus.xml': '<?xml version="1.0"?>\n<record_update table="x_no_such_table"><x_no_such_table action="INSERT_OR_UPDATE"><sys_id>0123456789abcdef0123456789abcdef</sys_id></x_no_such_table></record_update>',
        })
        expect(error?.message).toContain('update/sys_bogus.xml:2: unknown table x_no_such_table')
        expect(instance.store.prepare('SELECT count(*) AS n FROM x_psm_fixture_item').get()).toEqual(before)
        expect(instance.store.prepare("SELECT count(*) AS n FROM sys_script_fix WHERE name = 'writes then refused'").get()).toEqual({ n: 0 })
    })
})
