/*
 * Plugins (src/local/plugins) and the APIs that need them.
 *
 * Product documentation followed:
 * - UserCriteria - Scoped: "To use this class in a scoped application, use the sn_uc namespace
 *   identifier. The User Criteria Scoped API plugin (ID: com.glideapp.user_criteria.scoped.api)
 *   must be enabled to access this API."
 * - GlidePluginManager - Scoped: "isActive(String pluginID) Determines if the specified plugin has
 *   been activated", with its example querying sys_plugins (name, source = the plugin ID, active).
 * - Dependencies for custom applications: the platform tracks an app's dependencies "so that when
 *   your application is installed on another instance, the platform can: Verify that required
 *   components are present. Prompt the administrator to install missing components before
 *   installation proceeds." — so the local installer refuses the install and names the plugin.
 */
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { GlideRecord } from '../../src/local/glide'
import { withScope } from '../../src/local/glide/runtime'
import { UserCriteriaLoader } from '../../src/local/glide/sn_uc'
import { InstallError } from '../../src/local/install/installer'
import { Instance } from '../../src/local/instance'
import { BASE_PLUGINS, isPluginActive, pluginSysId, setPluginActive, USER_CRITERIA_SCOPED_API } from '../../src/local/plugins'
import { SERVICE_CATALOG_SCOPED_API } from '../../src/local/plugins/registry'
import { bootedInstance, builtAppDir, freshInstance, installedInstance } from '../support/instance'

function script(instance: Instance, body: string, scope = 'x_test_plugins'): unknown {
    return instance.run(() => withScope(scope, () => instance.scripts.compile([], body, 'test:plugins')()))
}

describe('the plugin table', () => {
    let instance: Instance
    beforeAll(() => {
        instance = freshInstance()
    })
    afterAll(() => instance.close())

    test('a fresh instance has the plugins of a typical ITSM instance, active, in sys_plugins (a sys_package)', () => {
        const rows = instance.run(() => {
            const gr = new GlideRecord('sys_plugins')
            gr.orderBy('source')
            gr.query()
            const out: string[] = []
            while (gr.next()) out.push(`${gr.getValue('source')}:${gr.getValue('active')}:${gr.getRecordClassName()}`)
            return out
        })
        expect([...rows].sort()).toEqual(BASE_PLUGINS.map((p) => `${p.id}:1:sys_plugins`).sort())
        expect(rows).toContain(`${USER_CRITERIA_SCOPED_API}:1:sys_plugins`)
        // The documentation's example: query sys_plugins, ask GlidePluginManager about each source.
        expect(script(instance, "var p = new GlideRecord('sys_plugins'); p.addQuery('source', 'com.glideapp.servicecatalog'); p.query(); p.next(); return new GlidePluginManager().isActive(p.getValue('source')) && GlidePluginManager.isActive('com.snc.change_management');")).toBe(true)
        expect(script(instance, "return GlidePluginManager.isActive('com.example.not.installed')")).toBe(false)
    })

    test('sn_uc exists only while its plugin is active, and comes back when it is reactivated', () => {
        const probe = "return [typeof sn_uc, typeof require('@servicenow/glide/sn_uc').UserCriteriaLoader].join(',')"
        expect(script(instance, probe)).toBe('object,object')
        instance.run(() => setPluginActive(USER_CRITERIA_SCOPED_API, false))
        try {
            expect(instance.run(() => isPluginActive(USER_CRITERIA_SCOPED_API))).toBe(false)
            expect(script(instance, probe)).toBe('undefined,undefined')
            expect(script(instance, probe, 'global')).toBe('undefined,undefined')
            expect(script(instance, "try { sn_uc.UserCriteriaLoader.getAllUserCriteria(); return 'ok'; } catch (e) { return e.name; }")).toBe('ReferenceError')
            // Host code importing the module directly (the app's unit tests) gets a clear error.
            expect(() => instance.run(() => UserCriteriaLoader.userMatches('x', ['y']))).toThrow(
                'sn_uc is not available: the plugin com.glideapp.user_criteria.scoped.api (User Criteria Scoped API) is not active',
            )
        } finally {
            instance.run(() => setPluginActive(USER_CRITERIA_SCOPED_API, true))
        }
        expect(script(instance, probe)).toBe('object,object')
    })

    test('an instance reopened on its database sees sn_uc at once (no write needed to find the plugin active)', () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'psm-plugins-'))
        const db = path.join(dir, 'instance.db')
        try {
            Instance.create({ db }).close()
            const reopened = Instance.create({ db })
            try {
                expect(script(reopened, 'return typeof sn_uc')).toBe('object')
            } finally {
                reopened.close()
            }
        } finally {
            fs.rmSync(dir, { recursive: true, force: true })
            instance.activate()
        }
    })

    test('isActive answers from a cache that a change to sys_plugins clears, a rolled-back change included', () => {
        // GlidePluginManager.isActive reports the plugin's state now: a cached answer must never outlive a write.
        const ask = (): boolean => instance.run(() => isPluginActive(SERVICE_CATALOG_SCOPED_API))
        expect(ask()).toBe(true)
        // Cached: the second answer reads nothing from sys_plugins (stored in its parent table, sys_package).
        let selects = 0
        const store = instance.store
        const count = (what: string): void => {
            if (/sys_plugins|sys_package/.test(what)) selects++
        }
        const spies = [
            jest.spyOn(store, 'prepare').mockImplementation(((prepare) => (sql: string) => (count(sql), prepare(sql)))(store.prepare.bind(store))),
            jest.spyOn(store, 'rows').mockImplementation(((rows) => (sql: string, params: unknown[]) => (count(sql), rows(sql, params)))(store.rows.bind(store)) as typeof store.rows),
            jest.spyOn(store, 'getRow').mockImplementation(((getRow) => (table: string, id: string) => (count(table), getRow(table, id)))(store.getRow.bind(store))),
        ]
        try {
            expect(ask()).toBe(true)
            expect(selects).toBe(0)
        } finally {
            for (const spy of spies) spy.mockRestore()
        }
        // A deactivation inside a transaction that is rolled back: seen inside, gone after.
        expect(() =>
            instance.run(() =>
                instance.store.transaction(() => {
                    setPluginActive(SERVICE_CATALOG_SCOPED_API, false)
                    expect(isPluginActive(SERVICE_CATALOG_SCOPED_API)).toBe(false)
                    throw new Error('roll back')
                }),
            ),
        ).toThrow('roll back')
        expect(ask()).toBe(true)
        instance.run(() => setPluginActive(SERVICE_CATALOG_SCOPED_API, false))
        try {
            expect(ask()).toBe(false)
        } finally {
            instance.run(() => setPluginActive(SERVICE_CATALOG_SCOPED_API, true))
        }
        expect(ask()).toBe(true)
    })

    test('an instance booted on an empty database (not opened from an image) finds its base plugins active at once', () => {
        // The boot seeds sys_plugins after the engine has asked about plugins: no answer from before may survive it.
        const booted = bootedInstance()
        try {
            expect(booted.run(() => isPluginActive(USER_CRITERIA_SCOPED_API))).toBe(true)
            expect(booted.run(() => isPluginActive(SERVICE_CATALOG_SCOPED_API))).toBe(true)
        } finally {
            booted.close()
        }
        instance.activate()
    })

    test('activating a plugin the instance does not have is refused with its ID', () => {
        expect(() => instance.run(() => setPluginActive('com.example.none', true))).toThrow('No plugin with ID com.example.none on this instance')
    })
})

describe('the app and its plugin dependency', () => {
    test('the app declares the plugins whose APIs it uses (sn_uc, sn_sc) as dependencies, and it installs where they are active', () => {
        const instance = installedInstance()
        try {
            const deps = instance.run(() => {
                const gr = new GlideRecord('sys_package_dependency_m2m')
                gr.addQuery('dependency', 'IN', [pluginSysId(USER_CRITERIA_SCOPED_API), pluginSysId(SERVICE_CATALOG_SCOPED_API)].join(','))
                gr.orderBy('dependency')
                gr.query()
                const out: Array<{ pkg: string | null; dependency: string }> = []
                while (gr.next()) out.push({ pkg: gr.getValue('sys_package'), dependency: gr.getDisplayValue('dependency') })
                return out
            })
            expect(deps.map((d) => d.dependency).sort()).toEqual(['Service Catalog Scoped API', 'User Criteria Scoped API'])
            for (const d of deps) expect(d.pkg).toMatch(/^[0-9a-f]{32}$/)
        } finally {
            instance.close()
        }
    })

    test('the installer refuses the app where the plugin is inactive, names it, and writes nothing', () => {
        const instance = freshInstance()
        try {
            instance.run(() => setPluginActive(USER_CRITERIA_SCOPED_API, false))
            const count = () => instance.store.prepare('SELECT count(*) AS n FROM sys_module').get() as { n: number }
            const before = count().n
            let error: unknown
            try {
                instance.install(builtAppDir())
            } catch (e) {
                error = e
            }
            expect(error).toBeInstanceOf(InstallError)
            expect((error as Error).message).toMatch(
                /the app depends on plugin com\.glideapp\.user_criteria\.scoped\.api \(User Criteria Scoped API\), which is not active on this instance; activate it, then install the app again/,
            )
            expect(count().n).toBe(before)
            // Activated, the same build installs.
            instance.run(() => setPluginActive(USER_CRITERIA_SCOPED_API, true))
            expect(() => instance.install(builtAppDir())).not.toThrow()
        } finally {
            instance.close()
        }
    })

    test('a dependency on a package the instance does not have is refused too', () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'psm-dep-'))
        fs.mkdirSync(path.join(dir, 'update'))
        fs.writeFileSync(
            path.join(dir, 'update', 'sys_package_dependency_m2m_0123456789abcdef0123456789abcdef.xml'),
            `<?xml version="1.0"?><record_update table="sys_package_dependency_m2m"><sys_package_dependency_m2m action="INSERT_OR_UPDATE"><sys_id>0123456789abcdef0123456789abcdef</sys_id><dependency display_value="Imaginary Plugin">fedcba9876543210fedcba9876543210</dependency><sys_package>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</sys_package></sys_package_dependency_m2m></record_update>`,
        )
        const instance = freshInstance()
        try {
            expect(() => instance.install(dir)).toThrow(
                'the app depends on Imaginary Plugin (fedcba9876543210fedcba9876543210), which this instance does not have; install it, then install the app again',
            )
        } finally {
            instance.close()
            fs.rmSync(dir, { recursive: true, force: true })
        }
    })

    test('with the plugin deactivated after install, the app degrades: qualified personas are not granted and it logs why', () => {
        const instance = installedInstance()
        try {
            instance.run(() => setPluginActive(USER_CRITERIA_SCOPED_API, false))
            const { userCriteriaLoader } = instance.appModule<{ userCriteriaLoader: () => unknown }>('src/server/persona/user-criteria-api.ts')
            expect(instance.run(() => withScope('x_psm_persona', () => userCriteriaLoader()))).toBeNull()
            const warning = instance.logs.find((l) => l.level === 'warn' && l.message.includes('com.glideapp.user_criteria.scoped.api'))
            expect(warning?.message).toMatch(/is not active, so sn_uc is unavailable\. Personas with a qualifier are not assigned/)
            instance.run(() => setPluginActive(USER_CRITERIA_SCOPED_API, true))
            const again = instance.appModule<{ userCriteriaLoader: () => unknown }>('src/server/persona/user-criteria-api.ts')
            expect(instance.run(() => withScope('x_psm_persona', () => again.userCriteriaLoader()))).not.toBeNull()
        } finally {
            instance.close()
        }
    })
})
