import * as fs from 'node:fs'
import * as path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import type { DemoLogin } from '../../tools/demo/logins'
import { startServer, type RunningServer } from '../../src/local/http/server'
import type { Instance } from '../../src/local/instance'
import { launchChromium } from '../support/browser'
import { demoInstance, loadDemo } from '../support/demo'
import { rows } from '../support/records'
import { page as spPage, widget } from '../support/sp'

/*
 * The Service Portal runtime in a real headless Chromium with the real AngularJS:
 * - the app's own page (fluent/portal: SPPage psm_my_persona with the SPWidget psm-my-persona) at
 *   /sp?id=psm_my_persona, reached through the portal's own login page;
 * - a widget written in ServiceNow's public widget conventions, not ours: the GlideSPScriptable
 *   canReadRecord example of the product documentation ("GlideSPScriptable - Scoped"), and a classic
 *   `function ($scope, spUtil, $location) { var c = this; ... }` controller with the documented
 *   `if (input)` server pattern, c.server.update() / c.server.get(), spUtil.addInfoMessage, ${} messages
 *   and a link function;
 * - the base pages an app links to: catalog, item (ordered), ticket.
 * "Widget client script": "c.server.update(): Calls the server and this.data is automatically sent
 * to the server side"; "c.server.get(Object): Calls the server and sends custom input".
 */

const ROOT = path.resolve(__dirname, '../..')
const ARTIFACTS = path.join(ROOT, 'test-artifacts')
const PASSWORD = 'e2e-sp-portal-password-2Qv'
const TEST_MS = 90_000

let instance: Instance
let server: RunningServer
let browser: Browser
let user: DemoLogin & { id: string }
const contexts: BrowserContext[] = []

/** The product documentation's canReadRecord example (ServiceNowDocs, GlideSPScriptable - Scoped), as published. */
const DOCS_EXAMPLE = {
    script: [
        '//Server script',
        'data.items = [];',
        'data.userName = gs.getUserDisplayName();',
        'var now_GR = new GlideRecord("sc_cat_item");',
        'now_GR.query();',
        'while(now_GR.next() && data.items.length < 10) {',
        '    if ($sp.canReadRecord(now_GR)) {',
        '    data.items.push(now_GR.getDisplayValue("name"));',
        '    }',
        '}',
    ].join('\n'),
    template: [
        '<div class="panel panel-default">',
        '    <div class="panel-heading">Hi, {{c.data.userName}}!</div>',
        '    <div class="panel-body">',
        '        Here are some things you can order:',
        '        <ul><li ng-repeat="item in c.data.items">{{item}}</li></ul>',
        '    </div>',
        '</div>',
    ].join('\n'),
}

/** A counter in the classic conventions: `if (input)` on the server, c.server.update / get on the client. */
const COUNTER = {
    script: [
        '(function() {',
        '  /* populate the \'data\' object */',
        '  data.count = 0;',
        '  data.html = \'<b class="bold">bold</b><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" onerror="window.__spXss = 1">\';',
        '  data.curly = \'{{constructor.constructor("window.__spXss2 = 1")()}}\';',
        '  if (input) {',
        '    data.count = input.count;',
        '    if (input.action == "add") {',
        '      data.count = input.count + 1;',
        '      data.message = gs.getMessage("Counted to {0}", [String(data.count)]);',
        '    }',
        '    if (input.action == "whoami") data.me = gs.getUserName();',
        '  }',
        '})();',
    ].join('\n'),
    client: [
        'function($scope, spUtil, $location) {',
        '  /* widget controller */',
        '  var c = this;',
        '  c.page = $location.search().id;',
        '  c.add = function() {',
        '    c.data.action = "add";',
        '    c.server.update().then(function() {',
        '      c.data.action = undefined;',
        '      spUtil.addInfoMessage(c.data.message);',
        '    });',
        '  };',
        '  c.whoami = function() {',
        '    c.server.get({action: "whoami", count: c.data.count}).then(function(r) {',
        '      c.me = r.data.me;',
        '    });',
        '  };',
        '}',
    ].join('\n'),
    link: 'function link(scope, element, attrs, controller) {\n  element.attr("data-linked", "yes");\n}',
    template: [
        '<div class="panel panel-default counter">',
        '  <div class="panel-heading"><h2 class="panel-title">${Counter}</h2></div>',
        '  <div class="panel-body">',
        '    <p>${Count}: <span class="count">{{c.data.count}}</span> on <span class="page" ng-bind="c.page"></span></p>',
        '    <div class="html" ng-bind-html="c.data.html"></div>',
        '    <p class="curly">{{c.data.curly}}</p>',
        '    <p class="me" ng-bind="c.me"></p>',
        '    <button type="button" class="btn btn-primary add" ng-click="c.add()">${Add one}</button>',
        '    <button type="button" class="btn btn-default whoami" ng-click="c.whoami()">${Who am I}</button>',
        '  </div>',
        '</div>',
    ].join('\n'),
    css: '.counter { .count { font-weight: bold; color: $brand-primary; } }',
}

/*
 * Instance options, embedding and events as the documentation writes them: an option schema with
 * defaults ("Widget option schema": name, type, label, default_value) overridden by the instance's
 * widget_parameters; `options` and `$sp.getParameter()` in the server script; `$sp.getWidget(id, options)`
 * embedding a child rendered by `<sp-widget widget="data.child">` ("Embed a widget in another widget");
 * a `$scope`-style controller (no `c`) and `$rootScope.$broadcast` heard by the child's `$scope.$on`.
 */
const OPTIONS_PARENT = {
    option_schema: JSON.stringify([
        { name: 'title', section: 'Presentation', label: 'Title', type: 'string', default_value: 'Schema title' },
        { name: 'limit', section: 'Data', label: 'Limit', type: 'integer', default_value: '5' },
    ]),
    script: [
        '(function() {',
        '  data.title = options.title;',
        '  data.limit = parseInt(options.limit, 10) + 1;',
        '  data.page = $sp.getParameter("id");',
        '  data.child = $sp.getWidget("classic-child", { greeting: "Hello from " + options.title });',
        '})();',
    ].join('\n'),
    client: ['function($scope, $rootScope) {', '  $scope.ping = function() {', '    $rootScope.$broadcast("classic.ping", $scope.data.title);', '  };', '}'].join('\n'),
    template: [
        '<div class="classic-options">',
        '  <h2 class="options-title">{{::options.title}}</h2>',
        '  <p class="options-limit">{{data.limit}}</p>',
        '  <p class="options-page">{{data.page}}</p>',
        '  <button type="button" class="btn btn-default ping" ng-click="ping()">Ping</button>',
        '  <sp-widget widget="data.child"></sp-widget>',
        '</div>',
    ].join('\n'),
}
const OPTIONS_CHILD = {
    script: '(function() {\n  data.greeting = options.greeting;\n})();',
    client: ['function($scope) {', '  var c = this;', '  $scope.$on("classic.ping", function(event, title) {', '    c.pinged = "pinged by " + title;', '  });', '}'].join('\n'),
    template: '<div class="classic-child"><p class="child-greeting">{{c.data.greeting}}</p><p class="child-pinged" ng-bind="c.pinged"></p></div>',
}

beforeAll(async () => {
    instance = await demoInstance()
    server = await startServer(instance, { port: 0 })
    const logins = await loadDemo(instance, server.url, PASSWORD)
    const login = logins.users.find((u) => u.persona)
    if (!login) throw new Error(`The demo has no login with a persona: ${JSON.stringify(logins.users)}`)
    user = { ...login, id: instance.run(() => rows('sys_user', `user_name=${login.userName}`)[0].getUniqueValue()) }
    instance.run(() => {
        const docs = widget({ id: 'docs-can-read-record', script: DOCS_EXAMPLE.script, template: DOCS_EXAMPLE.template })
        const counter = widget({ id: 'classic-counter', script: COUNTER.script, client_script: COUNTER.client, link: COUNTER.link, template: COUNTER.template, css: COUNTER.css })
        widget({ id: 'classic-child', script: OPTIONS_CHILD.script, client_script: OPTIONS_CHILD.client, template: OPTIONS_CHILD.template })
        const parent = widget({ id: 'classic-options', script: OPTIONS_PARENT.script, client_script: OPTIONS_PARENT.client, template: OPTIONS_PARENT.template, option_schema: OPTIONS_PARENT.option_schema })
        spPage('sp_conventions', [
            { size: 6, instances: [{ widget: docs }] },
            { size: 6, instances: [{ widget: counter }] },
        ])
        // The instance stores its options as the platform does: {"name": {"value", "displayValue"}}.
        spPage('sp_options', [{ size: 12, instances: [{ widget: parent, widget_parameters: JSON.stringify({ title: { value: 'Instance <title>', displayValue: 'Instance <title>' } }) }] }])
    })
    browser = await launchChromium()
    fs.mkdirSync(ARTIFACTS, { recursive: true })
}, 120_000)

afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined)
    await browser?.close()
    await server?.close()
    instance?.close()
})

interface Watched {
    page: Page
    errors: string[]
    widgetCalls: Array<{ url: string; token: string | undefined }>
}

async function newPage(): Promise<Watched> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, baseURL: server.url })
    contexts.push(context)
    const page = await context.newPage()
    const errors: string[] = []
    const widgetCalls: Watched['widgetCalls'] = []
    page.on('pageerror', (e) => errors.push(e.message))
    page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text())
    })
    page.on('request', (r) => {
        if (r.url().includes('/api/now/sp/widget/')) widgetCalls.push({ url: r.url(), token: r.headers()['x-usertoken'] })
    })
    return { page, errors, widgetCalls }
}

/** Logs in through the portal login page shown in place of `path`, and waits to be back on it. */
async function loginAt(page: Page, path: string): Promise<void> {
    await page.goto(path)
    await page.getByLabel('User name').fill(user.userName)
    await page.getByLabel('Password').fill(PASSWORD)
    await page.getByRole('button', { name: 'Log in' }).click()
    await page.waitForLoadState('load')
}

test(
    "the app's persona page renders at /sp?id=psm_my_persona after the portal's own login",
    async () => {
        const { page, errors } = await newPage()
        await page.goto('/sp?id=psm_my_persona')
        // Not logged in: the portal's login page, in place of the page asked for.
        await expect(page.getByRole('heading', { name: 'Log in' }).isVisible()).resolves.toBe(true)
        await loginAt(page, '/sp?id=psm_my_persona')
        await page.locator('.psm-persona-name').waitFor()
        expect(new URL(page.url()).searchParams.get('id')).toBe('psm_my_persona')
        await expect(page.locator('.psm-persona-name').textContent()).resolves.toBe(user.persona)
        // The rankings table: one row per dimension, the user's and the persona's ranks as text.
        await expect(page.locator('.psm-rankings tbody tr').count()).resolves.toBe(5)
        await expect(page.locator('.psm-rankings tbody tr').first().locator('th').textContent()).resolves.toBe('Technology')
        // ${...} messages resolved, SCSS compiled into the widget's class.
        await expect(page.getByRole('heading', { name: 'Your persona' }).isVisible()).resolves.toBe(true)
        const color = await page.evaluate("getComputedStyle(document.querySelector('.psm-rankings caption')).color")
        expect(color).toBe('rgb(91, 101, 118)')
        await expect(page.locator('.sp-user').textContent()).resolves.toBe(user.name)
        await page.screenshot({ path: path.join(ARTIFACTS, 'sp-persona.png'), fullPage: true })
        expect(errors).toEqual([])
    },
    TEST_MS,
)

test(
    "a widget in ServiceNow's public conventions: server data, c.server.update and c.server.get with the session token, spUtil, $location, a link function, text-only bindings",
    async () => {
        const { page, errors, widgetCalls } = await newPage()
        await loginAt(page, '/sp?id=sp_conventions')
        await page.locator('.counter').waitFor()

        // The documentation's example: the user's name and the items $sp.canReadRecord lets them see.
        await expect(page.locator('.panel-heading', { hasText: 'Hi,' }).textContent()).resolves.toBe(`Hi, ${user.name}!`)
        const listed = (await page.locator('li[ng-repeat="item in c.data.items"]').allTextContents()).map((s) => s.trim())
        expect(listed.length).toBeGreaterThan(0)
        const visible = instance.run(() => {
            const names = new Set<string>()
            for (const item of rows('sc_cat_item', 'active=true')) if (instance.userCriteria.canSeeItem(user.id, item.getUniqueValue())) names.add(item.getValue('name') ?? '')
            return names
        })
        for (const name of listed) expect(visible.has(name)).toBe(true)

        // The classic controller: $location, the link function, update() then get().
        await expect(page.locator('.counter .page').textContent()).resolves.toBe('sp_conventions')
        await expect(page.locator('.counter').evaluate((el) => el.parentElement?.getAttribute('data-linked'))).resolves.toBe('yes')
        await expect(page.locator('.counter .count').textContent()).resolves.toBe('0')
        await page.getByRole('button', { name: 'Add one' }).click()
        await page.locator('.counter .count', { hasText: '1' }).waitFor()
        await page.getByRole('button', { name: 'Add one' }).click()
        await page.locator('.counter .count', { hasText: '2' }).waitFor()
        await page.locator('.sp-notifications .alert', { hasText: 'Counted to 2' }).waitFor()
        await page.getByRole('button', { name: 'Who am I' }).click()
        await page.locator('.counter .me', { hasText: user.userName }).waitFor()
        expect(widgetCalls.length).toBe(3)
        for (const call of widgetCalls) {
            expect(call.token).toMatch(/^[A-Za-z0-9_-]{32}$/)
            expect(new URL(call.url).searchParams.get('id')).toBe('sp_conventions')
        }

        // Data reaches the page as text or sanitised HTML: no handler from data runs, no expression in data is evaluated.
        await expect(page.locator('.counter .html b.bold').textContent()).resolves.toBe('bold')
        await expect(page.locator('.counter .html img[onerror]').count()).resolves.toBe(0)
        await expect(page.locator('.counter .curly').textContent()).resolves.toBe('{{constructor.constructor("window.__spXss2 = 1")()}}')
        await expect(page.evaluate('[typeof window.__spXss, typeof window.__spXss2]')).resolves.toEqual(['undefined', 'undefined'])
        const weight = await page.evaluate("getComputedStyle(document.querySelector('.counter .count')).fontWeight")
        expect(weight).toBe('700')
        await page.screenshot({ path: path.join(ARTIFACTS, 'sp-conventions.png'), fullPage: true })
        expect(errors).toEqual([])
    },
    TEST_MS,
)

test(
    "public conventions: option schema defaults and instance options, $sp.getParameter, $sp.getWidget with <sp-widget>, a $scope controller's $broadcast heard by the child",
    async () => {
        const { page, errors } = await newPage()
        await loginAt(page, '/sp?id=sp_options')
        await page.locator('.classic-child .child-greeting').waitFor()
        // The instance's option wins over the schema's default; an option the instance does not set keeps its default.
        await expect(page.locator('.classic-options .options-title').textContent()).resolves.toBe('Instance <title>')
        await expect(page.locator('.classic-options .options-limit').textContent()).resolves.toBe('6')
        await expect(page.locator('.classic-options .options-page').textContent()).resolves.toBe('sp_options')
        // The embedded child got the options the parent's server script gave it.
        await expect(page.locator('.classic-child .child-greeting').textContent()).resolves.toBe('Hello from Instance <title>')
        await expect(page.locator('.classic-child .child-pinged').textContent()).resolves.toBe('')
        await page.getByRole('button', { name: 'Ping' }).click()
        await page.locator('.classic-child .child-pinged', { hasText: 'pinged by Instance <title>' }).waitFor()
        expect(errors).toEqual([])
    },
    TEST_MS,
)

test(
    'the base pages: the catalog lists what the user may order, the item page orders it, the ticket page shows the request',
    async () => {
        const { page, errors } = await newPage()
        await loginAt(page, '/sp?id=sc_category')
        await page.locator('.sc-items a').first().waitFor()
        const first = (await page.locator('.sc-items a').first().textContent())?.trim() ?? ''
        await page.locator('.sc-items a').first().click()
        await page.getByRole('heading', { name: first }).waitFor()
        await page.getByRole('button', { name: 'Order now' }).click()
        const link = page.locator('.alert-success a')
        await link.waitFor()
        const number = (await link.textContent())?.trim() ?? ''
        expect(number).toMatch(/^REQ\d+$/)
        await link.click()
        await page.locator('.ticket h1', { hasText: number }).waitFor()
        await expect(page.locator('.ticket .list-group-item').first().textContent()).resolves.toContain(first)
        const stored = instance.run(() => rows('sc_request', `number=${number}`)[0])
        expect(stored.getValue('requested_for')).toBe(user.id)
        expect(errors).toEqual([])
    },
    TEST_MS,
)
