import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { ensureAdmin } from '../../src/local/base/admin'
import { readArchive } from '../../src/local/cicd-upload/archive'
import { parseUpdateXml } from '../../src/local/install/update-xml'
import { startServer, type RunningServer } from '../../src/local/http/server'
import type { Instance } from '../../src/local/instance'
import { freshInstance } from '../support/instance'
import { cookiesOf } from '../support/portal-login'
import { insert } from '../support/records'
import { APP_ID, appPackage, appXml, INCLUDE_ID, includeXml, OTHER_APP_ID, SCOPE } from '../support/app-package'

/*
 * What `now-sdk install` calls, over HTTP, as the SDK calls it (@servicenow/sdk-api connector.js and
 * sdk-cli auth/basic-auth/UISession.ts):
 * - the UI login: POST /angular.do?sysparm_type=view_form.login, then POST /angular.do?sysparm_type=get_user,
 *   whose 401 carries the session's token in X-UserToken-Response;
 * - the app upload: POST /sn_appclient_upload_processor.do (multipart: upload_type, load_demo, sysparm_ck,
 *   attachFile), answering {executionTracker, rollbackContext};
 * - the progress: GET /api/sn_cicd/progress/{progress_id}, "status … 0: Pending, 1: Running, 2: Successful,
 *   3: Failed, 4: Canceled", "The sn_cicd.sys_ci_automation or admin role is required" (cicd-api);
 * - the delete of --reinstall: POST /xmlhttp.do, sysparm_processor=com.snc.apps.AppsAjaxProcessor,
 *   sysparm_function=deleteApplication, answering <xml answer="<progress id>"/>.
 */

const PASSWORD = 'Upload-Test-Passw0rd!'
let instance: Instance
let server: RunningServer

beforeEach(async () => {
    instance = freshInstance()
    ensureAdmin(instance, PASSWORD)
    instance.run(() => insert('sys_user', { user_name: 'plain.user', user_password: PASSWORD, active: true }))
    server = await startServer(instance, { port: 0 })
})

afterEach(async () => {
    await server.close()
    instance.close()
})

interface Login {
    cookie: string
    token: string
}

async function uiLogin(userName: string, password = PASSWORD): Promise<Login> {
    const res = await fetch(`${server.url}/angular.do?sysparm_type=view_form.login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ sysparm_type: 'login', 'ni.nolog.user_password': 'true', user_name: userName, user_password: password }).toString(),
    })
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ status: 'success', message: '' })
    const cookie = cookiesOf(res).join('; ')
    const refresh = await fetch(`${server.url}/angular.do?sysparm_type=get_user`, { method: 'POST', headers: { Cookie: cookie } })
    expect(refresh.status).toBe(401)
    const token = refresh.headers.get('x-usertoken-response') ?? ''
    expect(token).not.toBe('')
    return { cookie, token }
}

async function upload(login: Partial<Login>, zip: Uint8Array, query = `sysparm_fluent_scope_id=${APP_ID}&sysparm_fluent_scope_name=${SCOPE}`, ck = login.token ?? ''): Promise<Response> {
    const form = new FormData()
    form.append('upload_type', 'file')
    form.append('load_demo', 'true')
    form.append('sysparm_ck', ck)
    form.append('attachFile', new Blob([zip]))
    const headers: Record<string, string> = {}
    if (login.cookie) headers.Cookie = login.cookie
    return fetch(`${server.url}/sn_appclient_upload_processor.do?sysparm_track_fluent_install=true&${query}`, { method: 'POST', headers, body: form })
}

async function progressOf(login: Login, id: string): Promise<Record<string, unknown>> {
    const res = await fetch(`${server.url}/api/sn_cicd/progress/${id}`, { headers: { Cookie: login.cookie, 'X-UserToken': login.token, 'Content-Type': 'application/json' } })
    expect(res.status).toBe(200)
    return ((await res.json()) as { result: Record<string, unknown> }).result
}

function count(table: string, where = '1=1', ...params: unknown[]): number {
    return (instance.store.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${where}`).get(...params) as { n: number }).n
}

function snapshot(): number[] {
    return [count('sys_package'), count('sys_script_include'), count('sys_execution_tracker', 'state = 2'), count('sys_rollback_context')]
}

describe('UI login (angular.do)', () => {
    test('a wrong password answers status error and starts no session; the right one starts a session whose token get_user hands out once asked without it', async () => {
        const bad = await fetch(`${server.url}/angular.do?sysparm_type=view_form.login`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
            body: new URLSearchParams({ user_name: 'admin', user_password: 'wrong' }).toString(),
        })
        expect(await bad.json()).toEqual({ status: 'error', message: 'User name or password invalid' })
        expect(cookiesOf(bad)).toEqual([])
        const login = await uiLogin('admin')
        const me = await fetch(`${server.url}/angular.do?sysparm_type=get_user`, { method: 'POST', headers: { Cookie: login.cookie, 'X-UserToken': login.token } })
        expect(me.status).toBe(200)
        expect(((await me.json()) as { result: { user_name: string } }).result.user_name).toBe('admin')
        // The session and its token authenticate REST calls, as `now-sdk query` makes them.
        const rest = await fetch(`${server.url}/api/now/table/sys_user?sysparm_query=user_name=admin&sysparm_fields=user_name`, { headers: { Cookie: login.cookie, 'X-UserToken': login.token } })
        expect(await rest.json()).toEqual({ result: [{ user_name: 'admin' }] })
    })

    test('another site cannot log its visitor in, and get_user without a session hands out no token', async () => {
        const res = await fetch(`${server.url}/angular.do?sysparm_type=view_form.login`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'https://evil.example' },
            body: new URLSearchParams({ user_name: 'admin', user_password: PASSWORD }).toString(),
        })
        expect(res.status).toBe(403)
        expect(cookiesOf(res)).toEqual([])
        const anon = await fetch(`${server.url}/angular.do?sysparm_type=get_user`, { method: 'POST' })
        expect(anon.status).toBe(401)
        expect(anon.headers.get('x-usertoken-response')).toBeNull()
    })
})

describe('app upload (sn_appclient_upload_processor.do)', () => {
    test('an admin session with its token installs the package into its scope; the progress API reports it Successful', async () => {
        const login = await uiLogin('admin')
        const res = await upload(login, appPackage())
        expect(res.status).toBe(200)
        const body = (await res.json()) as { executionTracker: string; rollbackContext: string }
        expect(body.rollbackContext).toMatch(/^[0-9a-f]{32}$/)
        const progress = await progressOf(login, body.executionTracker)
        expect(progress).toMatchObject({ status: '2', status_label: 'Successful', percent_complete: 100, error: '' })
        expect(progress.links).toMatchObject({ progress: { id: body.executionTracker, url: `${server.url}/api/sn_cicd/progress/${body.executionTracker}` } })
        expect(String(progress.status_message)).toMatch(/^Installed Upload demo \(x_upl_demo\) 1\.0\.0/)
        expect(instance.store.prepare('SELECT scope, sys_class_name FROM sys_package WHERE sys_id = ?').get(APP_ID)).toEqual({ scope: SCOPE, sys_class_name: 'sys_app' })
        expect(instance.store.prepare('SELECT sys_scope, api_name FROM sys_script_include WHERE sys_id = ?').get(INCLUDE_ID)).toEqual({ sys_scope: APP_ID, api_name: `${SCOPE}.Greeter` })
    })

    test('without a session (401), without the token (401) or without the admin role (403), nothing is installed', async () => {
        const before = snapshot()
        expect((await upload({}, appPackage())).status).toBe(401)
        const admin = await uiLogin('admin')
        const noToken = await upload({ cookie: admin.cookie }, appPackage(), undefined, '')
        expect(noToken.status).toBe(401)
        expect(((await noToken.json()) as { error: { detail: string } }).error.detail).toMatch(/security token/)
        const wrongToken = await upload({ cookie: admin.cookie }, appPackage(), undefined, 'x'.repeat(admin.token.length))
        expect(wrongToken.status).toBe(401)
        const plain = await uiLogin('plain.user')
        const forbidden = await upload(plain, appPackage())
        expect(forbidden.status).toBe(403)
        expect(snapshot()).toEqual(before)
        expect(count('sys_execution_tracker')).toBe(0)
    })

    test('a zip slip is refused with a clear error in the platform shape, and nothing is written: no record, no file', async () => {
        const login = await uiLogin('admin')
        const target = `psm-zip-slip-${process.pid}-${Date.now()}.xml`
        const escape = path.join(os.tmpdir(), target)
        const before = snapshot()
        const res = await upload(login, appPackage({ [`update/../../../../../../../..${os.tmpdir()}/${target}`]: '<evil/>' }))
        expect(res.status).toBe(400)
        const body = (await res.json()) as { executionTracker: string; error: { message: string; detail: string }; status: string }
        expect(body.status).toBe('failure')
        expect(body.error.message).toMatch(/^Invalid application package, nothing was installed: entry ".*" climbs out of the package \(\.\.\)$/)
        const progress = await progressOf(login, body.executionTracker)
        expect(progress).toMatchObject({ status: '3', status_label: 'Failed', percent_complete: 0 })
        expect(progress.status_message).toBe(body.error.message)
        expect(fs.existsSync(escape)).toBe(false)
        expect(snapshot()).toEqual(before)
    })

    test('a record of another application, a scope another application holds, or a package that names another app are refused whole', async () => {
        const login = await uiLogin('admin')
        const before = snapshot()
        const foreign = (await (await upload(login, appPackage({}, appXml(), includeXml(OTHER_APP_ID)))).json()) as { executionTracker: string; error: { message: string } }
        expect(foreign.error.message).toMatch(/1 record\(s\) belong to another application/)
        expect((await progressOf(login, foreign.executionTracker)).status_detail).toBe(
            `update/sys_script_include_${INCLUDE_ID}.xml: sys_script_include ${INCLUDE_ID} belongs to application ${OTHER_APP_ID}, not ${SCOPE}`,
        )
        const claims = await upload(login, appPackage(), `sysparm_fluent_scope_id=${OTHER_APP_ID}`)
        expect(((await claims.json()) as { error: { message: string } }).error.message).toMatch(/The upload names application f0e1d2c3b4a5968778695a4b3c2d1e0f, the package holds a1b2c3d4e5f60718293a4b5c6d7e8f90/)
        expect(snapshot()).toEqual(before)
        // Another application already holds the scope name.
        expect((await upload(login, appPackage())).status).toBe(200)
        const taken = await upload(login, appPackage({}, appXml(OTHER_APP_ID), includeXml(OTHER_APP_ID)), '')
        expect(((await taken.json()) as { error: { message: string } }).error.message).toMatch(/The scope x_upl_demo is already used by application a1b2c3d4e5f60718293a4b5c6d7e8f90/)
        expect(count('sys_package', 'sys_id = ?', OTHER_APP_ID)).toBe(0)
    })

    test('only custom applications in an x_ scope of at most 18 characters are taken', async () => {
        const login = await uiLogin('admin')
        const before = snapshot()
        const store = appXml().replace(/sys_app/g, 'sys_store_app')
        const errorOf = async (zip: Uint8Array) => ((await (await upload(login, zip, '')).json()) as { error: { message: string } }).error.message
        expect(await errorOf(appPackage({}, store))).toMatch(/Store applications \(sys_store_app\) cannot be uploaded/)
        expect(await errorOf(appPackage({}, appXml(APP_ID, 'global')))).toMatch(/scope "global" is not a custom application scope/)
        expect(await errorOf(appPackage({}, appXml(APP_ID, 'x_upl_a_very_long_name')))).toMatch(/scope "x_upl_a_very_long_name" is not a custom application scope \(x_<vendor>_<name>, at most 18 characters\)/)
        expect(snapshot()).toEqual(before)
    })

    test('a package the installer rejects (malformed XML) installs nothing, its application record included', async () => {
        const login = await uiLogin('admin')
        const before = snapshot()
        const res = await upload(login, appPackage({ '/update/sys_script_broken.xml': '<record_update><sys_script action="INSERT_OR_UPDATE"><name>x</sys_script>' }))
        expect(res.status).toBe(400)
        const body = (await res.json()) as { executionTracker: string; error: { message: string } }
        expect(body.error.message).toMatch(/^Invalid application package, nothing was installed: update\/sys_script_broken\.xml: malformed XML/)
        expect(snapshot()).toEqual(before)
    })
})

describe('progress API (/api/sn_cicd/progress/{id})', () => {
    test('needs admin or sn_cicd.sys_ci_automation (403), knows only its trackers (404), and needs authentication (401)', async () => {
        const admin = await uiLogin('admin')
        const id = ((await (await upload(admin, appPackage())).json()) as { executionTracker: string }).executionTracker
        const plain = await uiLogin('plain.user')
        const forbidden = await fetch(`${server.url}/api/sn_cicd/progress/${id}`, { headers: { Cookie: plain.cookie, 'X-UserToken': plain.token } })
        expect(forbidden.status).toBe(403)
        expect(await forbidden.json()).toEqual({ error: { message: 'Forbidden', detail: "The user isn't an admin or doesn't have the sn_cicd.sys_ci_automation role" }, status: 'failure' })
        const unknown = await fetch(`${server.url}/api/sn_cicd/progress/${'0'.repeat(32)}`, { headers: { Authorization: `Basic ${Buffer.from(`admin:${PASSWORD}`).toString('base64')}` } })
        expect(unknown.status).toBe(404)
        expect((await fetch(`${server.url}/api/sn_cicd/progress/${id}`)).status).toBe(401)
        const v1 = await fetch(`${server.url}/api/sn_cicd/v1/progress/${id}`, { headers: { Authorization: `Basic ${Buffer.from(`admin:${PASSWORD}`).toString('base64')}` } })
        expect(((await v1.json()) as { result: { status: string } }).result.status).toBe('2')
    })
})

describe('delete application (xmlhttp.do AppsAjaxProcessor)', () => {
    async function deleteApp(login: Login, sysId = APP_ID, ck = login.token): Promise<Response> {
        return fetch(`${server.url}/xmlhttp.do`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=UTF-8', Cookie: login.cookie, 'X-UserToken': ck },
            body: new URLSearchParams({ sysparm_processor: 'com.snc.apps.AppsAjaxProcessor', sysparm_function: 'deleteApplication', sysparm_sys_id: sysId, sysparm_fluent_app: 'true', sysparm_delete_all: 'true', sysparm_ck: ck }).toString(),
        })
    }

    test('takes along what depends on its files (an ACL\'s roles) and what it added to other tables (a column\'s values and choices)', async () => {
        const login = await uiLogin('admin')
        const rec = (table: string, id: string, fields: string) =>
            `<?xml version="1.0"?><record_update table="${table}"><${table} action="INSERT_OR_UPDATE"><sys_id>${id}</sys_id><sys_scope display_value="${SCOPE}">${APP_ID}</sys_scope>${fields}</${table}></record_update>`
        const adminRole = (instance.store.prepare("SELECT sys_id FROM sys_user_role WHERE name = 'admin'").get() as { sys_id: string }).sys_id
        const files = {
            '/update/sys_dictionary_flag.xml': rec('sys_dictionary', '33333333333333333333333333333333', '<name>sys_user</name><element>x_upl_demo_flag</element><internal_type>string</internal_type><max_length>40</max_length>'),
            '/update/sys_choice_flag.xml': rec('sys_choice', '44444444444444444444444444444444', '<name>sys_user</name><element>x_upl_demo_flag</element><value>on</value><label>On</label><language>en</language>'),
            '/update/sys_security_acl_1.xml': rec('sys_security_acl', '55555555555555555555555555555555', '<name>sys_user.x_upl_demo_flag</name><operation>read</operation><type>record</type><active>true</active>'),
            '/update/sys_security_acl_role_1.xml': rec('sys_security_acl_role', '66666666666666666666666666666666', `<sys_security_acl>55555555555555555555555555555555</sys_security_acl><sys_user_role>${adminRole}</sys_user_role>`),
        }
        expect((await upload(login, appPackage(files))).status).toBe(200)
        expect(count('sys_security_acl_role', 'sys_id = ?', '66666666666666666666666666666666')).toBe(1)
        instance.store.prepare("UPDATE sys_user SET x_upl_demo_flag = 'on' WHERE user_name = 'admin'").run()
        const res = await fetch(`${server.url}/xmlhttp.do`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=UTF-8', Cookie: login.cookie, 'X-UserToken': login.token },
            body: new URLSearchParams({ sysparm_processor: 'com.snc.apps.AppsAjaxProcessor', sysparm_function: 'deleteApplication', sysparm_sys_id: APP_ID, sysparm_ck: login.token }).toString(),
        })
        expect(res.status).toBe(200)
        expect(count('sys_security_acl_role', 'sys_id = ?', '66666666666666666666666666666666')).toBe(0)
        expect(count('sys_choice', "name = 'sys_user' AND element = 'x_upl_demo_flag'")).toBe(0)
        expect(instance.store.schema.column('sys_user', 'x_upl_demo_flag')).toBeUndefined()
        expect(count('sys_user', 'x_upl_demo_flag IS NOT NULL')).toBe(0)
        expect(count('sys_user', "user_name = 'admin'")).toBe(1)
    })

    test('removes the application with every record of its scope, its tables and their rows; other records stay', async () => {
        const login = await uiLogin('admin')
        const table = `<?xml version="1.0"?><record_update table="sys_db_object"><sys_db_object action="INSERT_OR_UPDATE"><sys_id>11111111111111111111111111111111</sys_id><sys_scope display_value="${SCOPE}">${APP_ID}</sys_scope><name>${SCOPE}_thing</name><label>Thing</label></sys_db_object></record_update>`
        const column = `<?xml version="1.0"?><record_update table="sys_dictionary"><sys_dictionary action="INSERT_OR_UPDATE"><sys_id>22222222222222222222222222222222</sys_id><sys_scope display_value="${SCOPE}">${APP_ID}</sys_scope><name>${SCOPE}_thing</name><element>label</element><internal_type>string</internal_type><max_length>40</max_length></sys_dictionary></record_update>`
        expect((await upload(login, appPackage({ '/update/sys_db_object_1.xml': table, '/update/sys_dictionary_1.xml': column }))).status).toBe(200)
        instance.run(() => insert(`${SCOPE}_thing`, { label: 'data on the instance' }))
        const otherInclude = instance.run(() => insert('sys_script_include', { name: 'GlobalThing', api_name: 'global.GlobalThing', script: '' }))
        const noToken = await deleteApp(login, APP_ID, '')
        expect(noToken.status).toBe(401)
        expect(count('sys_package', 'sys_id = ?', APP_ID)).toBe(1)
        const res = await deleteApp(login)
        expect(res.status).toBe(200)
        const answer = /<xml answer="([0-9a-f]{32})"/.exec(await res.text())?.[1] ?? ''
        expect(await progressOf(login, answer)).toMatchObject({ status: '2', percent_complete: 100 })
        expect(count('sys_package', 'sys_id = ?', APP_ID)).toBe(0)
        expect(count('sys_script_include', 'sys_scope = ?', APP_ID)).toBe(0)
        expect(count('sys_db_object', 'name = ?', `${SCOPE}_thing`)).toBe(0)
        expect(count('sys_dictionary', 'name = ?', `${SCOPE}_thing`)).toBe(0)
        expect(instance.store.schema.has(`${SCOPE}_thing`)).toBe(false)
        expect(instance.store.hasPhysicalTable(`${SCOPE}_thing`)).toBe(false)
        expect(count('sys_script_include', 'sys_id = ?', otherInclude)).toBe(1)
        // And it installs again, cleanly.
        expect((await upload(login, appPackage({ '/update/sys_db_object_1.xml': table, '/update/sys_dictionary_1.xml': column }))).status).toBe(200)
        expect(count(`${SCOPE}_thing`)).toBe(0)
    })
})

describe('application download (/api/fluent/download/{scope sys_id})', () => {
    test('an admin gets the application records as update XML the installer reads back, special characters intact; others get 403, unknown apps 404', async () => {
        const login = await uiLogin('admin')
        const script = "var Greeter = Class.create(); // <b> & ]]> 'quoted' \"double\""
        const include = includeXml().replace(/<script><!\[CDATA\[[\s\S]*\]\]><\/script>/, `<script>${script.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</script>`)
        expect((await upload(login, appPackage({}, appXml(), include))).status).toBe(200)
        const res = await fetch(`${server.url}/api/fluent/download/${APP_ID}?sysparam_mode=complete`, { headers: { Cookie: login.cookie, 'X-UserToken': login.token } })
        expect(res.status).toBe(200)
        expect(res.headers.get('content-type')).toBe('application/zip')
        const files = readArchive(new Uint8Array(await res.arrayBuffer()))
        const file = `update/sys_script_include_${INCLUDE_ID}.xml`
        expect([...files.keys()]).toEqual([file])
        const [record] = parseUpdateXml(file, files.get(file)?.toString('utf8') ?? '')
        expect(record).toMatchObject({ table: 'sys_script_include', action: 'INSERT_OR_UPDATE', sysId: INCLUDE_ID, displayValues: { sys_scope: SCOPE } })
        expect(record.fields).toMatchObject({ script, sys_scope: APP_ID, api_name: `${SCOPE}.Greeter`, active: 'true' })
        const plain = await uiLogin('plain.user')
        expect((await fetch(`${server.url}/api/fluent/download/${APP_ID}`, { headers: { Cookie: plain.cookie, 'X-UserToken': plain.token } })).status).toBe(403)
        expect((await fetch(`${server.url}/api/fluent/download/${OTHER_APP_ID}`, { headers: { Cookie: login.cookie, 'X-UserToken': login.token } })).status).toBe(404)
        expect((await fetch(`${server.url}/api/fluent/download/${APP_ID}`)).status).toBe(401)
    })
})
