import * as http from 'node:http'
import { ensureAdmin } from '../../src/local/base/admin'
import { FREE_PER_PAIR } from '../../src/local/http/login-throttle'
import { startServer, type RunningServer } from '../../src/local/http/server'
import type { Instance } from '../../src/local/instance'
import { freshInstance } from '../support/instance'
import { insert } from '../support/records'
import { page, pageModel, setCookies, spLogin, widget } from '../support/sp'

/*
 * The Service Portal runtime over real HTTP: pages from sp_page / sp_container / sp_row / sp_column /
 * sp_instance / sp_widget records at /sp?id=<page>, widget server scripts with data, input, options
 * and $sp, widget calls (POST /api/now/sp/widget/<id>), the portal login, and the security rules:
 * access checked on the server for every load and call, every call carrying the session token.
 *
 * Platform documentation followed (ServiceNowDocs):
 * - "Widget server script": data "An object containing properties set during server-side execution";
 *   input "An object containing client-side properties set under c.data. It will have an undefined
 *   value until the client-side controller calls c.server.update()"; options "the schema option
 *   properties"; $sp "GlideSPScriptable".
 * - GlideSPScriptable - Scoped: getParameter "The name of the key from the query string or post
 *   body"; getValue "Returns the named value of the JSON request, instance, or portal"; getRecord "If
 *   no parameters are provided, returns the record identified by the current URL"; canReadRecord "If
 *   the record type is ... sc_cat_item ... the method checks if the user can view the item"; getWidget
 *   "executes that widget's server script using the provided options, then returns the widget model".
 * - Application scope: "Scripts run in the scope of the application that owns the record that holds them".
 * - Page and widget security: "Public: available to unauthenticated users"; Roles: the user needs one of them.
 * - REST and CSRF: "the requests have to contain either Authorization header or session cookies + X-UserToken header".
 */

const ADMIN_PASSWORD = 'sp-admin-password-7Gx'
const PASSWORD = 'sp-user-password-3Kw'

let instance: Instance
let server: RunningServer
let scopeId: string
const ids: Record<string, string> = {}

beforeAll(async () => {
    instance = freshInstance()
    ensureAdmin(instance, ADMIN_PASSWORD)
    instance.run(() => {
        scopeId = insert('sys_scope', { scope: 'x_sp_fixture', name: 'SP fixture' })
        // The probe widget reads sys_user through $sp.getRecord: a scoped app declares that cross-scope read
        // ("Cross-scope privilege records": an allowed read privilege on the global table).
        insert('sys_scope_privilege', { source_scope: scopeId, target_scope: 'global', target_name: 'sys_user', target_type: 'sys_db_object', operation: 'read', status: 'allowed', sys_scope: scopeId })
        insert('sys_user', { user_name: 'sp.ann', name: 'Ann Portal', user_password: PASSWORD })
        insert('sys_user', { user_name: 'sp.bob', name: 'Bob Portal', user_password: PASSWORD })
        insert('sys_user', { user_name: 'sp.throttled', name: 'Throttled', user_password: PASSWORD })
        const itil = insert('sys_user_role', { name: 'sp_fixture_role' })
        const ann = insert('sys_user', { user_name: 'sp.ann.role', name: 'Ann Role', user_password: PASSWORD })
        insert('sys_user_has_role', { user: ann, role: itil })

        ids.probe = widget({
            id: 'sp-probe',
            sys_scope: scopeId,
            option_schema: JSON.stringify([{ name: 'limit', type: 'integer', default_value: '7' }, { name: 'color', type: 'string', default_value: 'red' }]),
            script: [
                'data.scope = gs.getCurrentScopeName();',
                'data.inputType = input === undefined ? "undefined" : typeof input;',
                'data.echo = input ? input.message : null;',
                'data.options = { limit: options.limit, color: options.color, title: options.title };',
                'data.sysIdParam = $sp.getParameter("sys_id");',
                'data.messageParam = $sp.getParameter("message");',
                'data.titleValue = $sp.getValue("title");',
                'data.record = $sp.getRecord() ? $sp.getRecord().getDisplayValue("name") : null;',
                'data.user = gs.getUserName();',
                'if (input && input.notify) gs.addInfoMessage("Saved " + input.message);',
            ].join('\n'),
            template: '<div class="probe">${Probe <b>heading</b>}<span ng-bind="c.data.user"></span></div>',
            css: '$accent: $brand-primary;\n.probe { .title { color: $accent; } }',
            client_script: 'function ($scope) { var c = this; c.hello = "hi"; }',
        })
        ids.second = widget({ id: 'sp-second', script: 'data.second = true;', template: '<p>second</p>' })
        const probePage = page('sp_probe_page', [
            { size: 8, instances: [{ widget: ids.probe, title: 'Instance title', widget_parameters: JSON.stringify({ color: { value: 'blue' } }) }] },
            { size: 4, instances: [{ widget: ids.second }] },
        ])
        ids.probeInstance = probePage.instances[0]

        ids.publicWidget = widget({ id: 'sp-public', public: true, script: 'data.guest = gs.getUserID(); data.echo = input ? input.message : null;', template: '<p>public</p>' })
        ids.privateWidget = widget({ id: 'sp-private', script: 'data.secret = "private";', template: '<p>private</p>' })
        page('sp_public_page', [{ size: 12, instances: [{ widget: ids.publicWidget }, { widget: ids.privateWidget }] }], { public: true })

        ids.roleWidget = widget({ id: 'sp-role-widget', roles: 'sp_fixture_role', script: 'gs.info("sp-role-widget ran for " + gs.getUserName()); data.ran = true;', template: '<p>role</p>', client_script: 'function () {}' })
        ids.openWidget = widget({ id: 'sp-open-widget', script: 'data.open = true;', template: '<p>open</p>' })
        page('sp_mixed_page', [{ size: 12, instances: [{ widget: ids.roleWidget }, { widget: ids.openWidget }, { widget: ids.openWidget, roles: 'sp_fixture_role' }] }])
        page('sp_role_page', [{ size: 12, instances: [{ widget: ids.openWidget }] }], { roles: 'sp_fixture_role' })

        ids.hostile = widget({
            id: 'sp-hostile',
            script: 'data.text = "</script><script>window.pwned = 1</script>"; data.curly = "{{7*7}}";',
            template: '<p ng-bind="c.data.text"></p>',
        })
        ids.badScss = widget({ id: 'sp-bad-scss', script: 'data.ok = true;', css: '.a { color: $undefined-variable; }', template: '<p>bad scss</p>' })
        page('sp_hostile_page', [{ size: 12, instances: [{ widget: ids.hostile }, { widget: ids.badScss }] }])

        const homepage = insert('sp_page', { id: 'sp_other_home', title: 'Other home', public: true })
        const otherContainer = insert('sp_container', { sp_page: homepage, order: 1 })
        const otherRow = insert('sp_row', { sp_container: otherContainer, order: 1 })
        const otherColumn = insert('sp_column', { sp_row: otherRow, order: 1, size: 12 })
        insert('sp_instance', { sp_column: otherColumn, sp_widget: ids.publicWidget, order: 1, active: true })
        ids.otherPortal = insert('sp_portal', { title: 'Other portal', url_suffix: 'other_portal', homepage })

        ids.inner = widget({ id: 'sp-inner', script: 'data.fromOptions = options.greeting;', template: '<i>inner</i>' })
        ids.outer = widget({ id: 'sp-outer', script: 'data.inner = $sp.getWidget("sp-inner", { greeting: "hello" });', template: '<sp-widget widget="c.data.inner"></sp-widget>' })
        page('sp_embed_page', [{ size: 12, instances: [{ widget: ids.outer }] }])

        const uiScript = insert('sys_ui_script', { name: 'fixture_module', script: 'angular.module("fixtureModule", []);', active: true })
        const jsInclude = insert('sp_js_include', { display_name: 'Fixture module', source: 'local', sys_ui_script: uiScript })
        const dependency = insert('sp_dependency', { name: 'Fixture dependency', module: 'fixtureModule' })
        insert('m2m_sp_dependency_js_include', { sp_dependency: dependency, sp_js_include: jsInclude, order: 100 })
        ids.jsInclude = jsInclude
        ids.dependent = widget({ id: 'sp-dependent', script: '', template: '<p>dependent</p>' })
        insert('m2m_sp_widget_dependency', { sp_widget: ids.dependent, sp_dependency: dependency })
        page('sp_dependency_page', [{ size: 12, instances: [{ widget: ids.dependent }] }])

        // A style sheet reached through a dependency's CSS include, and a widget's Angular ng-templates.
        const sheet = insert('sp_css', { name: 'Fixture sheet', css: '$gap: 3px;\n.shared { .inner { margin: $gap; color: $brand-primary; } }' })
        const cssInclude = insert('sp_css_include', { name: 'Fixture sheet', source: 'local', sp_css: sheet })
        const styles = insert('sp_dependency', { name: 'Fixture styles' })
        insert('m2m_sp_dependency_css_include', { sp_dependency: styles, sp_css_include: cssInclude, order: 100 })
        ids.cssInclude = cssInclude
        ids.styled = widget({ id: 'sp-styled', script: 'data.items = ["a", "b"];', template: '<ul ng-include="\'sp-styled-rows.html\'"></ul>' })
        ids.alsoStyled = widget({ id: 'sp-also-styled', script: '', template: '<p class="shared">also</p>' })
        insert('m2m_sp_widget_dependency', { sp_widget: ids.styled, sp_dependency: styles })
        insert('m2m_sp_widget_dependency', { sp_widget: ids.alsoStyled, sp_dependency: styles })
        insert('sp_ng_template', { id: 'sp-styled-rows.html', sp_widget: ids.styled, template: '<li ng-repeat="i in c.data.items">${Row <b>} <span ng-bind="i"></span></li>' })
        insert('sp_ng_template', { id: 'sp-styled-empty.html', sp_widget: ids.styled, template: '' })
        page('sp_styled_page', [{ size: 12, instances: [{ widget: ids.styled }, { widget: ids.alsoStyled }] }])
    })
    server = await startServer(instance, { port: 0 })
}, 60_000)

afterAll(async () => {
    await server?.close()
    instance?.close()
})

async function getPage(path: string, cookie = ''): Promise<{ status: number; html: string; res: Response }> {
    const res = await fetch(`${server.url}${path}`, { headers: cookie ? { Cookie: cookie } : {}, redirect: 'manual' })
    return { status: res.status, html: await res.text(), res }
}

async function callWidget(id: string, body: unknown, headers: Record<string, string>, query = ''): Promise<{ status: number; json: { result?: Record<string, unknown>; error?: { message: string } } }> {
    const res = await fetch(`${server.url}/api/now/sp/widget/${id}${query}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) })
    return { status: res.status, json: (await res.json()) as { result?: Record<string, unknown>; error?: { message: string } } }
}

describe('pages come from the build records', () => {
    test('containers, rows, columns and instances render in order, each widget with its server data', async () => {
        const { cookie } = await spLogin(server.url, 'sp.ann', PASSWORD)
        const { status, html } = await getPage('/sp?id=sp_probe_page', cookie)
        expect(status).toBe(200)
        expect(html).toMatch(/<div class="col-md-8"><sp-widget widget="spPage.widgets\[0\]"><\/sp-widget><\/div><div class="col-md-4"><sp-widget widget="spPage.widgets\[1\]">/)
        const model = pageModel(html)
        expect(model.page.id).toBe('sp_probe_page')
        expect(model.widgets.map((w) => w.id)).toEqual(['sp-probe', 'sp-second'])
        expect(model.widgets[1].data).toEqual({ second: true })
        expect(model.widgets[0].script_url).toMatch(new RegExp(`^/scripts/sp/widget/${ids.probe}\\.js`))
    })

    test('each portal answers at its own URL suffix, starting at its homepage; an address no portal has stays 404', async () => {
        const home = await getPage('/other_portal')
        expect(home.status).toBe(200)
        const model = pageModel(home.html)
        expect(model.page.id).toBe('sp_other_home')
        expect(home.html).toContain('<a class="sp-brand" href="/other_portal">Other portal</a>')
        expect(pageModel((await getPage('/other_portal?id=sp_public_page')).html).widgets.map((w) => w.id)).toEqual(['sp-public'])
        expect((await getPage('/no_portal_here')).status).toBe(404)
        expect((await fetch(`${server.url}/other_portal`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })).status).toBe(404)
    })

    test('an unknown page answers 404 with the portal page, never a stack trace', async () => {
        const { cookie } = await spLogin(server.url, 'sp.ann', PASSWORD)
        const { status, html } = await getPage('/sp?id=no_such_page_%3Cscript%3E', cookie)
        expect(status).toBe(404)
        expect(html).not.toContain('<script>')
    })
})

describe('the widget server script', () => {
    test("runs in the widget's scope with data, options (schema defaults, instance fields and parameters), input undefined on load, and $sp reading the URL", async () => {
        const { cookie } = await spLogin(server.url, 'sp.ann', PASSWORD)
        const user = instance.run(() => insert('sys_user', { user_name: 'sp.record', name: 'Record Shown' }))
        const model = pageModel((await getPage(`/sp?id=sp_probe_page&table=sys_user&sys_id=${user}`, cookie)).html)
        expect(model.widgets[0].data).toEqual({
            scope: 'x_sp_fixture',
            inputType: 'undefined',
            echo: null,
            options: { limit: '7', color: 'blue', title: 'Instance title' },
            sysIdParam: user,
            messageParam: null,
            titleValue: 'Instance title',
            record: 'Record Shown',
            user: 'sp.ann',
        })
    })

    test('a widget call gets the JSON body as input; $sp.getParameter reads the query string, then the body', async () => {
        const { cookie, token } = await spLogin(server.url, 'sp.ann', PASSWORD)
        const r = await callWidget(ids.probe, { message: 'from the client' }, { Cookie: cookie, 'X-UserToken': token, 'X-SP-Instance': ids.probeInstance }, '?id=sp_probe_page&sys_id=abc')
        expect(r.status).toBe(200)
        const data = r.json.result?.data as Record<string, unknown>
        expect(data).toMatchObject({ scope: 'x_sp_fixture', inputType: 'object', echo: 'from the client', sysIdParam: 'abc', messageParam: 'from the client', options: { color: 'blue', title: 'Instance title' } })
    })

    test('gs.addInfoMessage in a widget call comes back as the platform\'s $$uiNotification', async () => {
        const { cookie, token } = await spLogin(server.url, 'sp.ann', PASSWORD)
        const r = await callWidget(ids.probe, { message: 'x', notify: true }, { Cookie: cookie, 'X-UserToken': token })
        expect(r.json.result?.$$uiNotification).toEqual([{ type: 'info', message: 'Saved x' }])
    })

    test('$sp.getWidget runs the embedded widget with the given options and returns its model', async () => {
        const { cookie } = await spLogin(server.url, 'sp.ann', PASSWORD)
        const model = pageModel((await getPage('/sp?id=sp_embed_page', cookie)).html)
        const inner = model.widgets[0].data.inner as { id: string; data: unknown; template: string }
        expect(inner.id).toBe('sp-inner')
        expect(inner.data).toEqual({ fromOptions: 'hello' })
        expect(inner.template).toBe('<i>inner</i>')
    })
})

describe('every widget call is CSRF-protected', () => {
    test('a session without its X-UserToken, or with another, is refused and the script does not run', async () => {
        const { cookie, token } = await spLogin(server.url, 'sp.ann', PASSWORD)
        expect((await callWidget(ids.probe, { message: 'a' }, { Cookie: cookie })).status).toBe(401)
        expect((await callWidget(ids.probe, { message: 'a' }, { Cookie: cookie, 'X-UserToken': token.replace(/.$/, (ch) => (ch === 'A' ? 'B' : 'A')) })).status).toBe(401)
        expect((await callWidget(ids.probe, { message: 'a' }, { Cookie: cookie, 'X-UserToken': token })).status).toBe(200)
    })

    test('a guest needs the token of the pre-login cookie, and only reaches public widgets', async () => {
        const publicPage = await fetch(`${server.url}/sp?id=sp_public_page`)
        const guest = setCookies(publicPage).find((c) => c.startsWith('sp_guest_token=')) ?? ''
        const model = pageModel(await publicPage.text())
        expect(model.user.logged_in).toBe(false)
        // The public page shows its public widget only.
        expect(model.widgets.map((w) => w.id)).toEqual(['sp-public'])
        expect((await callWidget(ids.publicWidget, { message: 'hi' }, { Cookie: guest })).status).toBe(401)
        expect((await callWidget(ids.publicWidget, { message: 'hi' }, { 'X-UserToken': model.g_ck })).status).toBe(401)
        const ok = await callWidget(ids.publicWidget, { message: 'hi' }, { Cookie: guest, 'X-UserToken': model.g_ck })
        expect(ok.status).toBe(200)
        expect(ok.json.result?.data).toEqual({ guest: 'guest', echo: 'hi' })
        expect((await callWidget(ids.privateWidget, {}, { Cookie: guest, 'X-UserToken': model.g_ck })).status).toBe(401)
    })

    test('a cross-site form cannot call a widget: only JSON bodies are taken', async () => {
        const { cookie, token } = await spLogin(server.url, 'sp.ann', PASSWORD)
        const res = await fetch(`${server.url}/api/now/sp/widget/${ids.probe}`, { method: 'POST', headers: { 'Content-Type': 'text/plain', Cookie: cookie, 'X-UserToken': token }, body: '{"message":"x"}' })
        expect(res.status).toBe(415)
    })
})

describe('access is checked on the server for every page load and widget call', () => {
    test('a page that is not public shows a guest the portal login page in its place', async () => {
        const { status, html } = await getPage('/sp?id=sp_probe_page')
        expect(status).toBe(200)
        const model = pageModel(html)
        expect(model.page.id).toBe('login')
        expect(model.widgets.map((w) => w.id)).toEqual(['login'])
        expect(html).not.toContain('sp-probe')
    })

    test("a page's roles: a user without one of them gets 403, a user with one sees it", async () => {
        const bob = await spLogin(server.url, 'sp.bob', PASSWORD)
        expect((await getPage('/sp?id=sp_role_page', bob.cookie)).status).toBe(403)
        const ann = await spLogin(server.url, 'sp.ann.role', PASSWORD)
        expect((await getPage('/sp?id=sp_role_page', ann.cookie)).status).toBe(200)
    })

    test("a widget's and an instance's roles: left off the page, refused on a call, the script never runs", async () => {
        const bob = await spLogin(server.url, 'sp.bob', PASSWORD)
        const before = instance.logs.filter((l) => l.message.includes('sp-role-widget ran')).length
        const model = pageModel((await getPage('/sp?id=sp_mixed_page', bob.cookie)).html)
        expect(model.widgets.map((w) => w.id)).toEqual(['sp-open-widget'])
        const refused = await callWidget(ids.roleWidget, {}, { Cookie: bob.cookie, 'X-UserToken': bob.token })
        expect(refused.status).toBe(403)
        expect(instance.logs.filter((l) => l.message.includes('sp-role-widget ran')).length).toBe(before)
        expect((await getPage(`/scripts/sp/widget/${ids.roleWidget}.js`, bob.cookie)).status).toBe(404)

        const ann = await spLogin(server.url, 'sp.ann.role', PASSWORD)
        const shown = pageModel((await getPage('/sp?id=sp_mixed_page', ann.cookie)).html)
        expect(shown.widgets.map((w) => w.id)).toEqual(['sp-role-widget', 'sp-open-widget', 'sp-open-widget'])
        expect((await callWidget(ids.roleWidget, {}, { Cookie: ann.cookie, 'X-UserToken': ann.token })).status).toBe(200)
    })

    test('an instance of another widget, or on a page the user may not see, is refused', async () => {
        const bob = await spLogin(server.url, 'sp.bob', PASSWORD)
        const wrong = await callWidget(ids.second, {}, { Cookie: bob.cookie, 'X-UserToken': bob.token, 'X-SP-Instance': ids.probeInstance })
        expect(wrong.status).toBe(400)
        const rolePageInstance = instance.run(() => {
            return (instance.store.prepare("SELECT i.sys_id FROM sp_instance i JOIN sp_column c ON c.sys_id = i.sp_column JOIN sp_row r ON r.sys_id = c.sp_row JOIN sp_container k ON k.sys_id = r.sp_container JOIN sp_page p ON p.sys_id = k.sp_page WHERE p.id = 'sp_role_page'").get() as { sys_id: string }).sys_id
        })
        const hidden = await callWidget(ids.openWidget, {}, { Cookie: bob.cookie, 'X-UserToken': bob.token, 'X-SP-Instance': rolePageInstance })
        expect(hidden.status).toBe(403)
    })
})

describe('the portal login', () => {
    function post(path: string, body: unknown, headers: Record<string, string>, from: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }> {
        const port = Number(new URL(server.url).port)
        const payload = JSON.stringify(body)
        return new Promise((resolve, reject) => {
            const req = http.request(
                { host: '127.0.0.1', port, method: 'POST', path, localAddress: from, headers: { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(payload)), ...headers } },
                (res) => {
                    const chunks: Buffer[] = []
                    res.on('data', (c: Buffer) => chunks.push(c))
                    res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }))
                },
            )
            req.on('error', reject)
            req.end(payload)
        })
    }

    async function guestToken(): Promise<{ cookie: string; token: string }> {
        const res = await fetch(`${server.url}/sp?id=login`)
        return { cookie: setCookies(res).find((c) => c.startsWith('sp_guest_token=')) ?? '', token: pageModel(await res.text()).g_ck }
    }

    test('a login without the page token (another site) is refused before the password is checked', async () => {
        const { cookie } = await guestToken()
        const r = await post('/api/now/sp/login', { user_name: 'sp.ann', password: PASSWORD }, { Cookie: cookie, 'X-UserToken': 'forged-token-forged-token-forged-' }, '127.0.0.21')
        expect(r.status).toBe(403)
        expect(r.headers['set-cookie'] ?? []).not.toEqual(expect.arrayContaining([expect.stringMatching(/^psm_session=[^;]+/)]))
    })

    test(`wrong passwords answer 401 without a Basic challenge; after ${FREE_PER_PAIR} failures the throttle answers 429 with Retry-After, even for the right password`, async () => {
        const { cookie, token } = await guestToken()
        const from = '127.0.0.22'
        for (let i = 0; i < FREE_PER_PAIR; i++) {
            const r = await post('/api/now/sp/login', { user_name: 'sp.throttled', password: `wrong-${i}` }, { Cookie: cookie, 'X-UserToken': token }, from)
            expect(r.status).toBe(401)
            expect(r.headers['www-authenticate']).toBeUndefined()
        }
        const late = await post('/api/now/sp/login', { user_name: 'sp.throttled', password: 'wrong-late' }, { Cookie: cookie, 'X-UserToken': token }, from)
        expect(late.status).toBe(401)
        const blocked = await post('/api/now/sp/login', { user_name: 'sp.throttled', password: PASSWORD }, { Cookie: cookie, 'X-UserToken': token }, from)
        expect(blocked.status).toBe(429)
        expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0)
    })

    test('a login starts a new session (a planted id is worthless) and only ever redirects on this site', async () => {
        const { cookie, token } = await guestToken()
        const planted = 'psm_session=planted-session-id-planted-session'
        const r = await post('/api/now/sp/login', { user_name: 'sp.ann', password: PASSWORD, redirect: '//evil.example/x' }, { Cookie: `${cookie}; ${planted}`, 'X-UserToken': token }, '127.0.0.23')
        expect(r.status).toBe(200)
        expect(JSON.parse(r.text)).toEqual({ result: { status: 'success', redirect_url: '/sp' } })
        const session = (r.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).find((c) => c.startsWith('psm_session='))
        expect(session).toBeDefined()
        expect(session).not.toBe(planted)
        const home = pageModel((await getPage('/sp?id=index', session)).html)
        expect(home.user).toMatchObject({ user_name: 'sp.ann', logged_in: true })
        const kept = await post('/api/now/sp/login', { user_name: 'sp.ann', password: PASSWORD, redirect: '/sp?id=sc_cat_item&sys_id=1' }, { Cookie: cookie, 'X-UserToken': token }, '127.0.0.23')
        expect(JSON.parse(kept.text).result.redirect_url).toBe('/sp?id=sc_cat_item&sys_id=1')
    })

    test('logout needs the session token and ends the session', async () => {
        const { cookie, token } = await spLogin(server.url, 'sp.bob', PASSWORD)
        expect((await post('/api/now/sp/logout', {}, { Cookie: cookie }, '127.0.0.24')).status).toBe(401)
        expect((await post('/api/now/sp/logout', {}, { Cookie: cookie, 'X-UserToken': token }, '127.0.0.24')).status).toBe(200)
        expect(pageModel((await getPage('/sp?id=sp_probe_page', cookie)).html).page.id).toBe('login')
    })
})

describe('what a page shows is text, and its styles are compiled SCSS', () => {
    test('data never closes the page model script; template messages are escaped', async () => {
        const { cookie } = await spLogin(server.url, 'sp.ann', PASSWORD)
        const { html } = await getPage('/sp?id=sp_hostile_page', cookie)
        expect(html).not.toContain('<script>window.pwned')
        expect(html).not.toContain('</script><script>window')
        const model = pageModel(html)
        expect(model.widgets[0].data).toEqual({ text: '</script><script>window.pwned = 1</script>', curly: '{{7*7}}' })
        // The Angular root holds no record text: only the layout and <sp-widget> slots.
        const root = /<main id="sp-main">([\s\S]*?)<\/main>/.exec(html)?.[1] ?? ''
        expect(root).not.toContain('{{')
        const probe = pageModel((await getPage('/sp?id=sp_probe_page', cookie)).html).widgets[0]
        expect(probe.template).toBe('<div class="probe">Probe &lt;b&gt;heading&lt;/b&gt;<span ng-bind="c.data.user"></span></div>')
    })

    test("a widget's SCSS is compiled by sass inside the widget's own class; SCSS that does not compile is logged, the page still renders", async () => {
        const { cookie } = await spLogin(server.url, 'sp.ann', PASSWORD)
        const probe = pageModel((await getPage('/sp?id=sp_probe_page', cookie)).html).widgets[0]
        expect(probe.css).toBe(`.v${ids.probe} .probe .title{color:#1f6feb}`)
        const { status, html } = await getPage('/sp?id=sp_hostile_page', cookie)
        expect(status).toBe(200)
        expect(pageModel(html).widgets[1]).toMatchObject({ id: 'sp-bad-scss', css: '', data: { ok: true } })
        expect(instance.logs.some((l) => l.level === 'warn' && l.message.includes('SCSS did not compile'))).toBe(true)
    })
})

describe('client scripts and widget dependencies', () => {
    test("the client controller is served as a script that registers the widget's controller", async () => {
        const { cookie } = await spLogin(server.url, 'sp.ann', PASSWORD)
        const res = await getPage(`/scripts/sp/widget/${ids.probe}.js`, cookie)
        expect(res.status).toBe(200)
        expect(res.res.headers.get('content-type')).toMatch(/javascript/)
        expect(res.html).toContain(`(window.spWidgets = window.spWidgets || {})["${ids.probe}"]`)
        expect(res.html).toContain('function ($scope) { var c = this; c.hello = "hi"; }')
    })

    test("a widget's dependencies: its JS includes load before the runtime and its Angular module is required", async () => {
        const { cookie } = await spLogin(server.url, 'sp.ann', PASSWORD)
        const { html } = await getPage('/sp?id=sp_dependency_page', cookie)
        expect(pageModel(html).modules).toEqual(['fixtureModule'])
        const include = `/scripts/sp/include/${ids.jsInclude}.js`
        expect(html.indexOf(`<script src="${include}">`)).toBeGreaterThan(html.indexOf('angular.min.js'))
        expect(html.indexOf(`<script src="${include}">`)).toBeLessThan(html.indexOf('sp-runtime.js'))
        expect((await getPage(include, cookie)).html).toBe('angular.module("fixtureModule", []);')
    })

    // "Create a widget dependency": "For the CSS Include, use the Style Sheet field to reference a record in the sp_css table."
    // "Create a portal theme": "As of the Madrid release, Sass and LESS can be used within CSS Includes."
    test("a dependency's CSS include of a style sheet (sp_css): linked once in the page's head, served as compiled SCSS", async () => {
        const { cookie } = await spLogin(server.url, 'sp.ann', PASSWORD)
        const { html } = await getPage('/sp?id=sp_styled_page', cookie)
        const link = `<link rel="stylesheet" href="/styles/sp/include/${ids.cssInclude}.css">`
        const head = html.slice(0, html.indexOf('</head>'))
        expect(head.split(link)).toHaveLength(2)
        const sheet = await getPage(`/styles/sp/include/${ids.cssInclude}.css`, cookie)
        expect(sheet.status).toBe(200)
        expect(sheet.res.headers.get('content-type')).toMatch(/^text\/css/)
        // A style sheet applies to the whole page (no widget class around it); Bootstrap's variables resolve.
        expect(sheet.html).toBe('.shared .inner{margin:3px;color:#1f6feb}')
        expect((await getPage('/styles/sp/include/0123456789abcdef0123456789abcdef.css', cookie)).status).toBe(404)
    })

    // Widget "Angular ng-templates" (sp_ng_template): HTML templates of the widget, each used by its ID.
    test("a widget's Angular ng-templates come with its model by ID, their ${} messages resolved as the template's", async () => {
        const { cookie, token } = await spLogin(server.url, 'sp.ann', PASSWORD)
        const model = pageModel((await getPage('/sp?id=sp_styled_page', cookie)).html)
        const [styled, also] = model.widgets as unknown as Array<{ id: string; ngTemplates: Record<string, string> }>
        expect(styled.id).toBe('sp-styled')
        expect(styled.ngTemplates).toEqual({ 'sp-styled-empty.html': '', 'sp-styled-rows.html': '<li ng-repeat="i in c.data.items">Row &lt;b&gt; <span ng-bind="i"></span></li>' })
        expect(also.ngTemplates).toEqual({})
        // A widget call returns the same model.
        const called = await callWidget('sp-styled', {}, { Cookie: cookie, 'X-UserToken': token })
        expect((called.json.result as { ngTemplates: Record<string, string> }).ngTemplates).toEqual(styled.ngTemplates)
    })
})
