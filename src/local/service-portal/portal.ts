import type { Instance } from '../instance'
import { canSee, isGuest, type Viewer } from './access'
import { layoutHtml, messagePage, pageHtml, type PageModel } from './page'
import { PortalRecords, type InstanceRow, type PageRow, type PortalRow } from './records'
import { StyleCompiler } from './styles'
import { WidgetRunner, type WidgetModel } from './widget-server'

/*
 * The Service Portal runtime: a page request (/sp?id=<page>&...) and a widget call
 * (POST /api/now/sp/widget/<widget>), both decided here for one viewer. Callers run these inside
 * instance.run with the viewer's session (routes.ts). Every page load and every widget call checks
 * the page's, widget's and instance's public flag and roles on the server (access.ts).
 */

/** The portal every /sp address belongs to (the platform's url_suffix). */
export const PORTAL_SUFFIX = 'sp'

export interface Rendered {
    status: number
    html: string
    /** Extra script origins the page's dependencies load from (for its Content-Security-Policy). */
    scriptOrigins: string[]
}

export interface WidgetCallResult {
    status: number
    body: unknown
}

export interface ViewerInfo {
    viewer: Viewer
    userName: string
    displayName: string
    /** The token state-changing calls must carry in X-UserToken. */
    token: string
}

const MODULE_NAME = /^[A-Za-z_$][\w$.-]{0,99}$/

function safeScriptUrl(url: string | null | undefined): string | null {
    const u = (url ?? '').trim()
    if (u.startsWith('/') && !u.startsWith('//') && !u.startsWith('/\\')) return u
    try {
        const parsed = new URL(u)
        return parsed.protocol === 'https:' ? parsed.href : null
    } catch {
        return null
    }
}

export class ServicePortal {
    readonly records: PortalRecords
    readonly styles = new StyleCompiler()
    readonly runner: WidgetRunner

    constructor(private readonly instance: Instance) {
        this.records = new PortalRecords(instance.store)
        this.runner = new WidgetRunner(instance, this.records, this.styles)
    }

    /** The portal at a URL suffix: "sp" is always served (the default portal if none has that suffix); another suffix only when a portal has it. */
    portal(urlSuffix = PORTAL_SUFFIX): PortalRow | null {
        return (urlSuffix === PORTAL_SUFFIX ? this.records.portal(PORTAL_SUFFIX) : this.records.portalBySuffix(urlSuffix)) ?? null
    }

    /** The page a request asks for: ?id=, else the portal's homepage. */
    requestedPage(params: URLSearchParams, portal: PortalRow | null): { id: string; page: PageRow | undefined } {
        const id = params.get('id') || this.records.pageBySysId(portal?.homepage ?? null)?.id || 'index'
        return { id, page: this.records.pageById(id) }
    }

    render(who: ViewerInfo, params: URLSearchParams, portal: PortalRow | null = this.portal()): Rendered {
        const { page } = this.requestedPage(params, portal)
        if (!page) {
            const notFound = this.records.pageBySysId(portal?.notfound_page ?? null)
            if (notFound && canSee(who.viewer, notFound)) return { ...this.renderPage(who, params, notFound, portal), status: 404 }
            return { status: 404, html: messagePage('Page not found', 'The page you are looking for does not exist.', portal), scriptOrigins: [] }
        }
        if (!canSee(who.viewer, page)) {
            // "If a user is not logged in, the login page of the portal appears" in place of a page that is not public.
            if (isGuest(who.viewer)) {
                const login = this.records.pageBySysId(portal?.login_page ?? null) ?? this.records.pageById('login')
                if (login && canSee(who.viewer, login)) return this.renderPage(who, params, login, portal)
            }
            return { status: 403, html: messagePage('Access denied', 'You do not have permission to see this page.', portal), scriptOrigins: [] }
        }
        return this.renderPage(who, params, page, portal)
    }

    private renderPage(who: ViewerInfo, params: URLSearchParams, page: PageRow, portal: PortalRow | null): Rendered {
        const urlParams = new Map([...params.entries()])
        const layout = this.records.layout(page.sys_id)
        const widgets: WidgetModel[] = []
        const slots = new Map<string, number>()
        const scripts: string[] = []
        const styles: string[] = []
        const modules: string[] = []
        const origins = new Set<string>()
        const seenWidgets = new Set<string>()
        const visit = (instances: InstanceRow[]) => {
            for (const inst of instances) {
                const widget = inst.sp_widget ? this.records.widget(inst.sp_widget) : undefined
                if (!widget || !this.runner.allowed(who.viewer, widget, inst)) continue
                slots.set(inst.sys_id, widgets.length)
                widgets.push(this.runner.run(widget, { viewer: who.viewer, params: urlParams, input: undefined, instance: inst, portal }))
                if (seenWidgets.has(widget.sys_id)) continue
                seenWidgets.add(widget.sys_id)
                for (const dep of this.records.dependencies(widget.sys_id)) {
                    if (dep.module && MODULE_NAME.test(dep.module) && !modules.includes(dep.module)) modules.push(dep.module)
                    for (const js of dep.js) {
                        const url = js.source === 'local' ? `/scripts/sp/include/${js.id}.js` : safeScriptUrl(js.url)
                        if (!url || scripts.includes(url)) continue
                        if (!url.startsWith('/')) origins.add(new URL(url).origin)
                        scripts.push(url)
                    }
                    for (const css of dep.css) {
                        const url = css.source === 'local' ? `/styles/sp/include/${css.id}.css` : safeScriptUrl(css.url)
                        if (url && url.startsWith('/') && !styles.includes(url)) styles.push(url)
                    }
                }
                if ((widget.client_script ?? '').trim() || (widget.link ?? '').trim()) scripts.push(widgets[widgets.length - 1].script_url)
            }
        }
        const walk = (rows: ReturnType<PortalRecords['layout']>[number]['rows']) => {
            for (const r of rows)
                for (const c of r.columns) {
                    visit(c.instances)
                    walk(c.rows)
                }
        }
        for (const c of layout) walk(c.rows)
        const model: PageModel = {
            page: { id: page.id, title: page.title ?? '', sys_id: page.sys_id },
            portal: portal ? { sys_id: portal.sys_id, title: portal.title ?? '', url_suffix: portal.url_suffix } : null,
            portal_id: portal?.sys_id ?? '',
            user: { sys_id: who.viewer.userId, user_name: who.userName, name: who.displayName, logged_in: !isGuest(who.viewer) },
            g_ck: who.token,
            modules,
            widgets,
        }
        const pageCss = this.styles.compile(page.css, null, portal?.css_variables ?? '').css
        const body = layoutHtml(layout, (id) => slots.get(id))
        return { status: requestedStatus(widgets) ?? 200, html: pageHtml(model, body, { scripts, styles, pageCss }, portal, who.viewer, who.displayName), scriptOrigins: [...origins] }
    }

    /**
     * A widget's server script called by its client (c.server.get / update / refresh, spUtil.get):
     * the same access checks as a page load, then the script with `input` set to the JSON body.
     */
    callWidget(who: ViewerInfo, widgetId: string, params: URLSearchParams, instanceId: string | null, input: unknown, portalId: string | null = null): WidgetCallResult {
        const widget = this.records.widget(widgetId)
        if (!widget) return { status: 404, body: error('Widget not found', `No widget has the id or sys_id ${widgetId.slice(0, 100)}`) }
        let instance: InstanceRow | null = null
        if (instanceId) {
            instance = this.records.instance(instanceId) ?? null
            if (!instance || instance.sp_widget !== widget.sys_id) return { status: 400, body: error('Invalid widget instance', 'The instance is not an instance of this widget') }
            const page = this.records.pageOfInstance(instance)
            if (page && !canSee(who.viewer, page)) return denied(who.viewer)
        }
        if (!this.runner.allowed(who.viewer, widget, instance)) return denied(who.viewer)
        const model = this.runner.run(widget, { viewer: who.viewer, params: new Map([...params.entries()]), input, instance, portal: (portalId ? this.records.portalBySysId(portalId) : undefined) ?? this.portal() })
        return { status: requestedStatus([model]) ?? 200, body: { result: model } }
    }
}

/**
 * The HTTP status a widget asked for by setting `data.$$httpStatus` to a 4xx code (the first one
 * on the page): a page or widget call that refuses ("not available to you") answers as a refusal
 * to REST clients and tests too. The platform answers such pages with 200.
 */
// platform-difference: sp-widget-http-status
export function requestedStatus(widgets: readonly WidgetModel[]): number | undefined {
    for (const w of widgets) {
        const data = w.data
        if (!data || typeof data !== 'object') continue
        const status = (data as Record<string, unknown>).$$httpStatus
        if (typeof status === 'number' && Number.isInteger(status) && status >= 400 && status <= 499) return status
    }
    return undefined
}

function error(message: string, detail: string): unknown {
    return { error: { message, detail }, status: 'failure' }
}

function denied(viewer: Viewer): WidgetCallResult {
    return isGuest(viewer)
        ? { status: 401, body: error('User Not Authenticated', 'Log in to use this widget') }
        : { status: 403, body: error('User Not Authorized', 'You may not use this widget') }
}
