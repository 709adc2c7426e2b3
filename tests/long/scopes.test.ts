import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { GlideRecord } from '../../src/local/glide'
import { withScope } from '../../src/local/glide/runtime'
import { LEGACY_POLICY_PROPERTY } from '../../src/local/glide/scope-access'
import { InstallError } from '../../src/local/install/installer'
import type { Instance } from '../../src/local/instance'
import { isPluginActive, setPluginActive } from '../../src/local/plugins'
import { SERVICE_CATALOG_SCOPED_API } from '../../src/local/plugins/registry'
import { scopeFixtureBuild } from '../support/build-app'
import { databaseChecksum } from '../support/checksum'
import { builtAppDir, freshInstance } from '../support/instance'

/*
 * Application scopes and cross-scope access, with a second scoped app (tests/fixtures/scope-fixture,
 * scope x_psm_fixture) built by the real now-sdk and installed beside the main app (x_psm_persona).
 *
 * Sources quoted below: "Runtime access tracking", "Cross-scope privilege record", "Default runtime
 * access permissions" and "Disable GlideRecord Scope Fencing Legacy Behavior" (ServiceNow product
 * documentation), KB0717945 and KB0727180, and the SDK's cross-scope-privilege guide.
 */

const FIXTURE = 'x_psm_fixture'
const MAIN = 'x_psm_persona'

let fixture: { appDir: string; cleanup: () => void }
let instance: Instance

beforeAll(async () => {
    fixture = await scopeFixtureBuild()
}, 120000)

afterAll(() => fixture?.cleanup())

function published(): Instance {
    const i = freshInstance()
    i.install(builtAppDir())
    i.install(fixture.appDir)
    return i
}

/** Runs a script (a fix script, say) of the given scope and returns its value. */
function runIn(i: Instance, scope: string, code: string): unknown {
    return i.run(() => withScope(scope, () => i.scripts.compile([], code, `fix script (${scope})`)()))
}

function errors(i: Instance): string[] {
    return i.logs.filter((l) => l.level === 'error').map((l) => l.message)
}

function count(i: Instance, table: string, query = ''): number {
    return i.run(() => {
        const gr = new GlideRecord(table)
        if (query) gr.addEncodedQuery(query)
        return gr.getRowCount()
    })
}

function setLegacy(i: Instance, value: string): void {
    i.properties.set(LEGACY_POLICY_PROPERTY, value)
}

describe('every installed app has its application; nothing lists scopes by hand', () => {
    beforeAll(() => {
        instance = published()
    })
    afterAll(() => instance.close())

    test('sys_app records come from the builds, beside the global scope', () => {
        const apps = instance.store.prepare("SELECT scope, sys_class_name, runtime_access_tracking FROM sys_package WHERE sys_class_name IN ('sys_scope', 'sys_app') ORDER BY scope").all()
        expect(apps).toEqual([
            { scope: 'global', sys_class_name: 'sys_scope', runtime_access_tracking: 'none' },
            { scope: FIXTURE, sys_class_name: 'sys_app', runtime_access_tracking: 'enforcing' },
            { scope: MAIN, sys_class_name: 'sys_app', runtime_access_tracking: 'enforcing' },
        ])
        // now.config.json's applicationRuntimePolicy, stored as the build writes it.
        expect(instance.store.prepare('SELECT application_runtime_policy AS p FROM sys_package WHERE scope = ?').get(FIXTURE)).toEqual({ p: 'enforcing' })
    })

    test("the fixture's privileges are installed as sys_scope_privilege records", () => {
        const fixtureId = (instance.store.prepare('SELECT sys_id FROM sys_package WHERE scope = ?').get(FIXTURE) as { sys_id: string }).sys_id
        expect(count(instance, 'sys_scope_privilege', `source_scope=${fixtureId}^target_name=sys_user^operation=read^status=allowed`)).toBe(1)
        expect(count(instance, 'sys_scope_privilege', `source_scope=${fixtureId}^target_name=sys_user^operation=write^status=denied`)).toBe(1)
    })

    test('base tables carry their application access; a new app table only allows reads ("Default runtime access permissions")', () => {
        const row = (name: string): unknown =>
            instance.store.prepare('SELECT access, read_access, create_access, update_access, delete_access FROM sys_db_object WHERE name = ?').get(name)
        expect(row('sys_user')).toEqual({ access: 'public', read_access: 1, create_access: 1, update_access: 1, delete_access: 1 })
        // "By default, new application tables only allow read access from other application scopes."
        expect(row('x_psm_fixture_item')).toEqual({ access: 'public', read_access: 1, create_access: 0, update_access: 0, delete_access: 0 })
        expect(row('x_psm_fixture_private')).toMatchObject({ access: 'package_private' })
    })
})

describe('script includes: access and names', () => {
    beforeAll(() => {
        instance = published()
        instance.run(() => {
            // A global include, as a base instance has them: public, reachable as global.<Name>.
            for (const name of ['ScopeTestHelper', 'OtherHelper', 'RestrictedHelper']) {
                const si = new GlideRecord('sys_script_include')
                si.initialize()
                si.setValue('name', name)
                si.setValue('api_name', `global.${name}`)
                si.setValue('access', 'public')
                si.setValue('sys_scope', 'global')
                if (name === 'RestrictedHelper') si.setValue('caller_access', '2')
                si.setValue('script', `var ${name} = Class.create(); ${name}.prototype = { initialize: function () {}, ping: function () { return '${name}'; }, type: '${name}' };`)
                si.insert()
            }
        })
    })
    afterAll(() => instance.close())

    test('a scoped include is reachable by its api name from its own scope', () => {
        expect(runIn(instance, FIXTURE, 'return new x_psm_fixture.PrivateProbe().hello();')).toBe('private')
        expect(runIn(instance, FIXTURE, 'return new x_psm_fixture.PublicProbe().hello();')).toBe('public')
    })

    test("never under another scope's name", () => {
        expect(() => runIn(instance, MAIN, 'return new x_psm_persona.PublicProbe().hello();')).toThrow(/not a constructor/)
        expect(() => runIn(instance, 'global', 'return new global.PublicProbe().hello();')).toThrow(/not a constructor/)
    })

    test('"Accessible from: This application scope only" refuses other scopes', () => {
        expect(() => runIn(instance, MAIN, 'return new x_psm_fixture.PrivateProbe().hello();')).toThrow(
            'Illegal access to private script include PrivateProbe in scope x_psm_fixture being called from scope x_psm_persona',
        )
    })

    test('a public include called from another app needs that app\'s execute privilege ("Script includes ... only support the execute API operation")', () => {
        // The main app declares no privilege on the fixture: refused, with the platform's message, and logged.
        const message = "Security restricted: Execute operation on API 'PublicProbe' from scope 'Persona Service Management' was denied. The application 'Persona Service Management' must declare a cross scope access privilege. Please contact the application author to update their privilege requests."
        expect(() => runIn(instance, MAIN, 'return new x_psm_fixture.PublicProbe().hello();')).toThrow(message)
        expect(errors(instance)).toContain(message)
        // The fixture declares execute on global ScopeTestHelper (granted), not on OtherHelper.
        expect(runIn(instance, FIXTURE, 'return new global.ScopeTestHelper().ping();')).toBe('ScopeTestHelper')
        expect(() => runIn(instance, FIXTURE, 'return new global.OtherHelper().ping();')).toThrow(/Execute operation on API 'OtherHelper' from scope 'Scope Fixture' was denied/)
    })

    test('Caller Restriction: "Do not allow access unless an admin approves access by the scope"', () => {
        expect(runIn(instance, 'global', 'return new global.RestrictedHelper().ping();')).toBe('RestrictedHelper')
        expect(() => runIn(instance, FIXTURE, 'return new global.RestrictedHelper().ping();')).toThrow(/Caller Restriction/)
    })

    test('a global include answers to its bare name from global code only', () => {
        expect(runIn(instance, 'global', 'return new ScopeTestHelper().ping();')).toBe('ScopeTestHelper')
        expect(runIn(instance, 'global', 'return new global.OtherHelper().ping();')).toBe('OtherHelper')
        expect(() => runIn(instance, FIXTURE, 'return new ScopeTestHelper().ping();')).toThrow(/ScopeTestHelper" is not defined/)
    })

    test("an include's methods run in the include's scope, whoever calls them", () => {
        // Global code may call the public include (global has no runtime policy); the method inserts into the
        // fixture's own table, which other scopes may only read: it works because it runs as x_psm_fixture.
        setLegacy(instance, 'false')
        const id = runIn(instance, 'global', "return new x_psm_fixture.PublicProbe().addItem('from global');")
        expect(id).toMatch(/^[0-9a-f]{32}$/)
        // The same insert written in a global script is refused by the table's application access.
        expect(runIn(instance, 'global', "var gr = new GlideRecord('x_psm_fixture_item'); gr.initialize(); gr.setValue('name', 'direct'); return gr.insert();")).toBeNull()
    })
})

describe('table access across scopes (published apps: enforced)', () => {
    beforeEach(() => {
        instance = published()
    })
    afterEach(() => instance.close())

    const insertUser = "var gr = new GlideRecord('sys_user'); gr.initialize(); gr.setValue('user_name', 'scoped.maker'); return gr.insert();"

    test('an allowed privilege lets the app read; no privilege refuses the create, with the platform message, logged', () => {
        instance.run(() => {
            const u = new GlideRecord('sys_user')
            u.initialize()
            u.setValue('user_name', 'someone')
            u.insert()
        })
        expect(runIn(instance, FIXTURE, "var gr = new GlideRecord('sys_user'); gr.query(); return gr.getRowCount();")).toBeGreaterThan(0)
        // "After application publication, the system only allows runtime requests to run that have a valid cross-scope privilege record."
        expect(runIn(instance, FIXTURE, insertUser)).toBeNull()
        expect(errors(instance)).toContain(
            "Security restricted: Create operation on table 'sys_user' from scope 'Scope Fixture' was denied. The application 'Scope Fixture' must declare a cross scope access privilege. Please contact the application author to update their privilege requests.",
        )
        expect(count(instance, 'sys_user', 'user_name=scoped.maker')).toBe(0)
    })

    test('a denied or still requested privilege refuses ("Status: requested, allowed, or denied")', () => {
        instance.run(() => {
            const u = new GlideRecord('sys_user')
            u.initialize()
            u.setValue('user_name', 'victim')
            u.insert()
        })
        runIn(instance, FIXTURE, "var gr = new GlideRecord('sys_user'); gr.addQuery('user_name', 'victim'); gr.query(); gr.next(); gr.setValue('first_name', 'Changed'); gr.update();")
        expect(instance.store.prepare("SELECT first_name FROM sys_user WHERE user_name = 'victim'").get()).toEqual({ first_name: null })
        runIn(instance, FIXTURE, "var gr = new GlideRecord('sys_user'); gr.addQuery('user_name', 'victim'); gr.query(); gr.next(); gr.deleteRecord();")
        expect(count(instance, 'sys_user', 'user_name=victim')).toBe(1)
        expect(errors(instance).filter((m) => /Write operation on table 'sys_user'|Delete operation on table 'sys_user'/.test(m))).toHaveLength(2)
    })

    test('a script of the app reads its own tables and the granted ones of another app', () => {
        expect(runIn(instance, FIXTURE, "var gr = new GlideRecord('x_psm_persona_persona'); gr.query(); return gr.getRowCount();")).toBeGreaterThan(0)
        // The main app declares no privilege on the fixture's tables: its scripts see nothing there.
        runIn(instance, FIXTURE, "var gr = new GlideRecord('x_psm_fixture_item'); gr.initialize(); gr.setValue('name', 'own'); gr.insert();")
        expect(count(instance, 'x_psm_fixture_item')).toBe(1)
        expect(runIn(instance, MAIN, "var gr = new GlideRecord('x_psm_fixture_item'); gr.query(); return gr.getRowCount();")).toBe(0)
        expect(errors(instance)).toContain(
            "Security restricted: Read operation on table 'x_psm_fixture_item' from scope 'Persona Service Management' was denied. The application 'Persona Service Management' must declare a cross scope access privilege. Please contact the application author to update their privilege requests.",
        )
    })

    test('"Accessible from: This application scope only": no other scope reads the table', () => {
        runIn(instance, FIXTURE, "var gr = new GlideRecord('x_psm_fixture_private'); gr.initialize(); gr.setValue('name', 'secret'); gr.insert();")
        expect(runIn(instance, FIXTURE, "var gr = new GlideRecord('x_psm_fixture_private'); gr.query(); return gr.getRowCount();")).toBe(1)
        expect(runIn(instance, 'global', "var gr = new GlideRecord('x_psm_fixture_private'); gr.query(); return gr.next();")).toBe(false)
        expect(errors(instance)).toContain("Security restricted: Read operation against 'x_psm_fixture_private' from scope 'rhino.global' has been refused due to the table's cross-scope access policy")
    })

    describe(`${LEGACY_POLICY_PROPERTY}`, () => {
        const createPersona = "var gr = new GlideRecord('x_psm_persona_persona'); gr.initialize(); gr.setValue('name', 'Fixture persona'); return gr.insert();"

        test('absent (the platform\'s fallback, true): GlideRecord creates and updates past the table\'s application access', () => {
            instance.run(() => {
                const p = new GlideRecord('sys_properties')
                p.addQuery('name', LEGACY_POLICY_PROPERTY)
                p.deleteMultiple()
            })
            expect(count(instance, 'sys_properties', `name=${LEGACY_POLICY_PROPERTY}`)).toBe(0)
            // "GlideRecord provided cross scope create/update access to tables that were not configured with that
            // level of access ... When not present in the sys_properties table, the default value is true."
            expect(runIn(instance, FIXTURE, createPersona)).toMatch(/^[0-9a-f]{32}$/)
            expect(runIn(instance, 'global', "var gr = new GlideRecord('x_psm_fixture_item'); gr.initialize(); gr.setValue('name', 'g'); return gr.insert();")).toMatch(/^[0-9a-f]{32}$/)
            // Delete is not part of the legacy behaviour: refused by the table's application access.
            expect(runIn(instance, 'global', "var gr = new GlideRecord('x_psm_fixture_item'); gr.query(); gr.next(); return gr.deleteRecord();")).toBe(false)
            expect(count(instance, 'x_psm_fixture_item')).toBe(1)
        })

        test("false: the table's application access is enforced for create and update too (KB0727180's message)", () => {
            setLegacy(instance, 'false')
            // The fixture's privilege allows the create, but "Table privilege granting is limited to, at most, the
            // permissions set on the table object (sys_db_object) record".
            expect(runIn(instance, FIXTURE, createPersona)).toBeNull()
            expect(errors(instance)).toContain("Security restricted: Create operation against 'x_psm_persona_persona' from scope 'x_psm_fixture' has been refused due to the table's cross-scope access policy")
            expect(count(instance, 'x_psm_persona_persona', 'name=Fixture persona')).toBe(0)
            // A table that allows creates from other scopes takes them.
            expect(runIn(instance, 'global', "var gr = new GlideRecord('x_psm_fixture_open'); gr.initialize(); gr.setValue('name', 'open'); return gr.insert();")).toMatch(/^[0-9a-f]{32}$/)
        })
    })

    test('each script runs in the scope of the record that holds it: business rule, scheduled job', () => {
        setLegacy(instance, 'false')
        const fixtureScope = (instance.store.prepare('SELECT sys_id FROM sys_package WHERE scope = ?').get(FIXTURE) as { sys_id: string }).sys_id
        const addItem = (name: string): string => `var it = new GlideRecord('x_psm_fixture_item'); it.initialize(); it.setValue('name', '${name}'); it.insert();`
        instance.run(() => {
            for (const [scope, name] of [
                [fixtureScope, 'fixture rule'],
                ['global', 'global rule'],
            ]) {
                const br = new GlideRecord('sys_script')
                br.initialize()
                br.setValue('name', name)
                br.setValue('collection', 'x_psm_fixture_open')
                br.setValue('when', 'after')
                br.setValue('action_insert', true)
                br.setValue('active', true)
                br.setValue('sys_scope', scope)
                br.setValue('script', addItem(name))
                br.insert()
            }
            const job = new GlideRecord('sysauto_script')
            job.initialize()
            job.setValue('name', 'fixture job')
            job.setValue('active', true)
            job.setValue('run_type', 'on_demand')
            job.setValue('sys_scope', fixtureScope)
            job.setValue('script', addItem('fixture job'))
            job.insert()
            const open = new GlideRecord('x_psm_fixture_open')
            open.initialize()
            open.setValue('name', 'trigger')
            open.insert()
        })
        instance.run(() => instance.jobs.run('fixture job'))
        const names = (instance.store.prepare('SELECT name FROM x_psm_fixture_item ORDER BY name').all() as Array<{ name: string }>).map((r) => r.name)
        // The global rule's insert into the fixture's read-only table is refused; the fixture's rule and job write it.
        expect(names).toEqual(['fixture job', 'fixture rule'])
        expect(errors(instance)).toContain("Security restricted: Create operation against 'x_psm_fixture_item' from scope 'rhino.global' has been refused due to the table's cross-scope access policy")
    })

    test("a record a script creates belongs to the script's application, so its own scripts run there too", () => {
        // The main app's rules create a persona's user criterion when an offering is added; the criterion calls
        // the app's private include, which only works if the criterion is the app's (sys_scope).
        const ids = instance.run(() => {
            const p = new GlideRecord('x_psm_persona_persona')
            p.initialize()
            for (const [k, v] of Object.entries({ name: 'Scope probe', technology: 1, network: 1, interaction: 1, communication: 1, mobility: 1, active: true, order: 900 })) p.setValue(k, v)
            const personaId = p.insert() as string
            const item = new GlideRecord('sc_cat_item')
            item.setLimit(1)
            item.query()
            item.next()
            const o = new GlideRecord('x_psm_persona_offering')
            o.initialize()
            o.setValue('persona', personaId)
            o.setValue('catalog_item', item.getUniqueValue())
            o.setValue('monthly_cost', 1)
            o.setValue('restrict_item', true)
            o.insert()
            const persona = new GlideRecord('x_psm_persona_persona')
            persona.get(personaId)
            const u = new GlideRecord('sys_user')
            u.initialize()
            u.setValue('user_name', 'scope.probe')
            u.setValue('x_psm_persona_persona', personaId)
            return { userId: u.insert() as string, criterion: persona.getValue('user_criteria') as string }
        })
        const mainId = (instance.store.prepare('SELECT sys_id FROM sys_package WHERE scope = ?').get(MAIN) as { sys_id: string }).sys_id
        expect(instance.store.prepare('SELECT sys_scope FROM user_criteria WHERE sys_id = ?').get(ids.criterion)).toEqual({ sys_scope: mainId })
        expect(instance.run(() => instance.userCriteria.userMatches(ids.userId, [ids.criterion]))).toBe(true)
        expect(errors(instance).filter((m) => m.includes('Illegal access'))).toEqual([])
    })

    test("a user criterion's script runs in the criterion's scope", () => {
        const fixtureScope = (instance.store.prepare('SELECT sys_id FROM sys_package WHERE scope = ?').get(FIXTURE) as { sys_id: string }).sys_id
        runIn(instance, FIXTURE, "var gr = new GlideRecord('x_psm_fixture_private'); gr.initialize(); gr.setValue('name', 'member'); gr.insert();")
        const ids = instance.run(() => {
            const user = new GlideRecord('sys_user')
            user.initialize()
            user.setValue('user_name', 'criteria.probe')
            const userId = user.insert() as string
            // The fixture's private table answers only to the fixture's own scripts.
            const criteria = [fixtureScope, 'global'].map((scope) => {
                const uc = new GlideRecord('user_criteria')
                uc.initialize()
                uc.setValue('name', `private rows (${scope})`)
                uc.setValue('active', true)
                uc.setValue('advanced', true)
                uc.setValue('sys_scope', scope)
                uc.setValue('script', "var gr = new GlideRecord('x_psm_fixture_private'); gr.query(); answer = gr.hasNext();")
                return uc.insert() as string
            })
            return { userId, criteria }
        })
        expect(instance.run(() => instance.userCriteria.userMatches(ids.userId, [ids.criteria[0]]))).toBe(true)
        expect(instance.run(() => instance.userCriteria.userMatches(ids.userId, [ids.criteria[1]]))).toBe(false)
    })
})

describe('development: runtime access tracking records privileges ("Runtime access tracking")', () => {
    beforeEach(() => {
        instance = freshInstance()
        instance.install(builtAppDir())
        instance.install(fixture.appDir, { development: true })
    })
    afterEach(() => instance.close())

    const createUser = "var gr = new GlideRecord('sys_user'); gr.initialize(); gr.setValue('user_name', 'tracked'); return gr.insert();"

    test('Enforcing: each new access is recorded as Requested and blocked until an administrator allows it', () => {
        expect(instance.store.prepare('SELECT runtime_access_tracking AS t FROM sys_package WHERE scope = ?').get(FIXTURE)).toEqual({ t: 'enforcing' })
        expect(runIn(instance, FIXTURE, createUser)).toBeNull()
        const recorded = instance.store.prepare("SELECT target_name, target_type, operation, status, target_scope FROM sys_scope_privilege WHERE target_name = 'sys_user' AND operation = 'create'").all()
        expect(recorded).toEqual([{ target_name: 'sys_user', target_type: 'sys_db_object', operation: 'create', status: 'requested', target_scope: 'global' }])
        // "... until an Administrator manually changes the status to Allowed"
        instance.run(() => {
            const p = new GlideRecord('sys_scope_privilege')
            p.addQuery('target_name', 'sys_user')
            p.addQuery('operation', 'create')
            p.query()
            p.next()
            p.setValue('status', 'allowed')
            p.update()
        })
        expect(runIn(instance, FIXTURE, createUser)).toMatch(/^[0-9a-f]{32}$/)
    })

    test('Tracking: each new access is recorded as Allowed and runs', () => {
        instance.run(() => {
            const app = new GlideRecord('sys_app')
            app.addQuery('scope', FIXTURE)
            app.query()
            app.next()
            app.setValue('runtime_access_tracking', 'permissive')
            app.update()
        })
        expect(runIn(instance, FIXTURE, createUser)).toMatch(/^[0-9a-f]{32}$/)
        const recorded = instance.store.prepare("SELECT operation, status FROM sys_scope_privilege WHERE target_name = 'sys_user' AND operation = 'create'").all()
        expect(recorded).toEqual([{ operation: 'create', status: 'allowed' }])
        // Recorded once: the second access finds the record.
        runIn(instance, FIXTURE, createUser.replace("'tracked'", "'tracked.again'"))
        expect(count(instance, 'sys_scope_privilege', 'target_name=sys_user^operation=create')).toBe(1)
    })
})

test('a Tracking app installed as a published app is Enforcing (KB0717945)', () => {
    // "For an application which at the time of publication, has the Runtime Access Tracking field set to a value
    // of Tracking, this value will automatically be updated, on the target instance, to a value of Enforcing."
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'psm-tracking-app-'))
    const i = freshInstance()
    try {
        fs.cpSync(fixture.appDir, dir, { recursive: true })
        const scopeDir = path.join(dir, 'scope')
        for (const f of fs.readdirSync(scopeDir)) {
            const xml = fs.readFileSync(path.join(scopeDir, f), 'utf8')
            fs.writeFileSync(path.join(scopeDir, f), xml.replace('<runtime_access_tracking>enforcing</runtime_access_tracking>', '<runtime_access_tracking>permissive</runtime_access_tracking>'))
        }
        i.install(dir)
        expect(i.store.prepare('SELECT runtime_access_tracking AS t FROM sys_package WHERE scope = ?').get(FIXTURE)).toEqual({ t: 'enforcing' })
        // Enforced, not tracked: the unknown access is refused and no privilege is recorded.
        expect(runIn(i, FIXTURE, "var gr = new GlideRecord('sys_user'); gr.initialize(); gr.setValue('user_name', 'x'); return gr.insert();")).toBeNull()
        expect(count(i, 'sys_scope_privilege', 'target_name=sys_user^operation=create')).toBe(0)
    } finally {
        i.close()
        fs.rmSync(dir, { recursive: true, force: true })
    }
})

describe('bad input: a malformed privilege is refused at install, nothing half-installed', () => {
    test('the file and line are named and the database is unchanged', () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'psm-bad-privilege-'))
        try {
            fs.cpSync(fixture.appDir, dir, { recursive: true })
            const file = fs.readdirSync(path.join(dir, 'update')).find((f) => f.startsWith('sys_scope_privilege_') && fs.readFileSync(path.join(dir, 'update', f), 'utf8').includes('<operation>read</operation>')) as string
            const xml = fs.readFileSync(path.join(dir, 'update', file), 'utf8')
            // "Tables support the read, write, create, and delete operations" only.
            fs.writeFileSync(path.join(dir, 'update', file), xml.replace('<operation>read</operation>', '<operation>execute</operation>'))
            const line = xml.split('\n').findIndex((l) => l.includes('<operation>')) + 1
            const i = freshInstance()
            try {
                const before = { apps: count(i, 'sys_app'), privileges: count(i, 'sys_scope_privilege'), tables: count(i, 'sys_db_object') }
                let error: unknown
                try {
                    i.install(dir)
                } catch (e) {
                    error = e
                }
                expect(error).toBeInstanceOf(InstallError)
                expect((error as Error).message).toContain(`update/${file}:${line}: sys_scope_privilege`)
                expect((error as Error).message).toContain('a table supports read, write, create and delete, not "execute"')
                expect({ apps: count(i, 'sys_app'), privileges: count(i, 'sys_scope_privilege'), tables: count(i, 'sys_db_object') }).toEqual(before)
                // The process and the instance carry on: the good build installs afterwards.
                i.install(fixture.appDir)
                expect(count(i, 'sys_app', `scope=${FIXTURE}`)).toBe(1)
            } finally {
                i.close()
            }
        } finally {
            fs.rmSync(dir, { recursive: true, force: true })
        }
    })
})

/*
 * Plugin dependencies, with the fixture app's own: it declares the Service Catalog Scoped API plugin
 * (sys_package_dependency_m2m, tests/fixtures/scope-fixture/fluent/probe.now.ts) and uses its sn_sc.
 * "Dependencies for custom applications": the platform tracks dependencies "so that when your
 * application is installed on another instance, the platform can: Verify that required components are
 * present. Prompt the administrator to install missing components before installation proceeds."
 * "Installation details": "Install all dependent applications before installing the application";
 * "Inactive plugins might not block installation ... but could result in reduced functionality"
 * (the local instance refuses them: docs/differences.md, inactive-plugin-dependency-refused).
 */
describe("plugin dependencies: the fixture app's Service Catalog Scoped API dependency", () => {
    const DEPENDENCY_FILE = /update\/sys_package_dependency_m2m_[0-9a-f]{32}\.xml/

    /** The main app installed, the fixture not yet: the instance the fixture's install meets. */
    function withMainApp(): Instance {
        const i = freshInstance()
        i.install(builtAppDir())
        return i
    }

    function installError(i: Instance): Error {
        let error: unknown
        try {
            i.install(fixture.appDir)
        } catch (e) {
            error = e
        }
        expect(error).toBeInstanceOf(InstallError)
        return error as Error
    }

    test('present and active: the app installs, its dependency is recorded against the plugin, and its include uses the API', () => {
        const i = published()
        try {
            const fixtureId = (i.store.prepare('SELECT sys_id FROM sys_package WHERE scope = ?').get(FIXTURE) as { sys_id: string }).sys_id
            const dep = i.run(() => {
                const gr = new GlideRecord('sys_package_dependency_m2m')
                gr.addQuery('sys_package', fixtureId)
                gr.query()
                const out: string[] = []
                while (gr.next()) out.push(`${gr.getDisplayValue('dependency')}:${gr.getElement('dependency')?.getRefRecord().getValue('source')}`)
                return out
            })
            expect(dep).toEqual(['Service Catalog Scoped API:com.glideapp.servicecatalog.scoped.api'])
            expect(runIn(i, FIXTURE, 'return new x_psm_fixture.PublicProbe().catalogApi();')).toBe('object')
        } finally {
            i.close()
        }
    })

    test('inactive: the install is refused naming the plugin and nothing is written; activated, the same build installs', () => {
        const i = withMainApp()
        try {
            i.run(() => setPluginActive(SERVICE_CATALOG_SCOPED_API, false))
            const before = databaseChecksum(i)
            const error = installError(i)
            expect(error.message).toMatch(DEPENDENCY_FILE)
            expect(error.message).toContain(
                'the app depends on plugin com.glideapp.servicecatalog.scoped.api (Service Catalog Scoped API), which is not active on this instance; activate it, then install the app again',
            )
            expect(databaseChecksum(i)).toBe(before)
            expect(count(i, 'sys_app', `scope=${FIXTURE}`)).toBe(0)

            i.run(() => setPluginActive(SERVICE_CATALOG_SCOPED_API, true))
            i.install(fixture.appDir)
            expect(count(i, 'sys_app', `scope=${FIXTURE}`)).toBe(1)
            expect(runIn(i, FIXTURE, 'return new x_psm_fixture.PublicProbe().catalogApi();')).toBe('object')
            // Deactivated after install: the app stays, with reduced functionality (the plugin's API is gone).
            i.run(() => setPluginActive(SERVICE_CATALOG_SCOPED_API, false))
            expect(runIn(i, FIXTURE, 'return new x_psm_fixture.PublicProbe().catalogApi();')).toBe('undefined')
            expect(runIn(i, FIXTURE, 'return new x_psm_fixture.PublicProbe().hello();')).toBe('public')
        } finally {
            i.close()
        }
    })

    test('missing: an instance without the plugin refuses the install, names the plugin and writes nothing', () => {
        const i = withMainApp()
        try {
            i.run(() => {
                const gr = new GlideRecord('sys_plugins')
                gr.addQuery('source', SERVICE_CATALOG_SCOPED_API)
                gr.query()
                expect(gr.next()).toBe(true)
                gr.setWorkflow(false)
                gr.deleteRecord()
            })
            expect(i.run(() => isPluginActive(SERVICE_CATALOG_SCOPED_API))).toBe(false)
            const before = databaseChecksum(i)
            const error = installError(i)
            expect(error.message).toMatch(DEPENDENCY_FILE)
            expect(error.message).toContain(
                'the app depends on plugin com.glideapp.servicecatalog.scoped.api (Service Catalog Scoped API), which this instance does not have; install it, then install the app again',
            )
            expect(databaseChecksum(i)).toBe(before)
            expect(count(i, 'sys_db_object', 'nameSTARTSWITHx_psm_fixture_')).toBe(0)
            // The instance carries on: the main app still answers.
            expect(count(i, 'sys_app', `scope=${MAIN}`)).toBe(1)
        } finally {
            i.close()
        }
    })
})
