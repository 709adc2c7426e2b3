import { escapeHtml } from '../http/respond'
import type { Viewer } from './access'
import type { ColumnLayout, ContainerLayout, PortalRow, RowLayout } from './records'
import { inlineCss } from './styles'
import type { WidgetModel } from './widget-server'

/*
 * The HTML of a portal page. The server writes the page's structure (containers, rows, columns as
 * Bootstrap grid elements, one <sp-widget> per widget instance) and the page model as JSON; the
 * client runtime (client/sp-runtime.js) compiles every widget's template with AngularJS. No record
 * text is ever written inside the Angular root: what a widget shows reaches the DOM only through its
 * template's bindings, which write text (ng-bind, {{ }}) or HTML sanitised by ngSanitize
 * (ng-bind-html), never raw HTML from data. Class names from records keep only class characters,
 * so no "{{" can reach Angular's compiler.
 */

export interface PageModel {
    page: { id: string; title: string; sys_id: string }
    portal: { sys_id: string; title: string; url_suffix: string } | null
    portal_id: string
    user: { sys_id: string; user_name: string; name: string; logged_in: boolean }
    g_ck: string
    modules: string[]
    widgets: WidgetModel[]
    $$uiNotification?: Array<{ type: string; message: string }>
}

export interface PageAssets {
    /** Widget controller scripts, dependency scripts: same-site addresses, in load order. */
    scripts: string[]
    /** Dependency style sheets. */
    styles: string[]
    /** Compiled page CSS. */
    pageCss: string
}

/** Only characters a class list may hold: a record's class field cannot inject markup or Angular expressions. */
export function classList(value: string | null | undefined): string {
    return (value ?? '').replace(/[^A-Za-z0-9_\- ]/g, '').trim()
}

function columnClasses(c: ColumnLayout): string {
    const parts = [`col-md-${clampSize(c.size)}`]
    if (c.size_sm) parts.push(`col-sm-${clampSize(c.size_sm)}`)
    if (c.size_lg) parts.push(`col-lg-${clampSize(c.size_lg)}`)
    if (c.size_xs) parts.push(`col-xs-${clampSize(c.size_xs)}`)
    const extra = classList(c.class_name)
    if (extra) parts.push(extra)
    return parts.join(' ')
}

function clampSize(n: number): number {
    return Math.min(12, Math.max(1, Math.round(Number(n) || 12)))
}

/** Writes the grid; `slot` gives the index of an instance's widget in the page model (undefined: not shown). */
export function layoutHtml(containers: ContainerLayout[], slot: (instanceId: string) => number | undefined): string {
    const rows = (list: RowLayout[]): string =>
        list
            .map(
                (r) =>
                    `<div class="${['row', classList(r.class_name)].filter(Boolean).join(' ')}">` +
                    r.columns
                        .map((c) => {
                            const widgets = c.instances
                                .map((i) => slot(i.sys_id))
                                .filter((n): n is number => n !== undefined)
                                .map((n) => `<sp-widget widget="spPage.widgets[${n}]"></sp-widget>`)
                                .join('')
                            return `<div class="${columnClasses(c)}">${widgets}${rows(c.rows)}</div>`
                        })
                        .join('') +
                    '</div>',
            )
            .join('')
    return containers
        .map((c) => {
            const background = /^(#[0-9a-fA-F]{3,8}|[a-zA-Z]{1,30})$/.test(c.background_color) ? ` style="background-color:${c.background_color}"` : ''
            return `<section class="sp-container-wrap"${background}><div class="${[c.width, classList(c.class_name)].filter(Boolean).join(' ')}">${rows(c.rows)}</div></section>`
        })
        .join('')
}

/** The portal's home address (/<url_suffix>): a suffix of URL-safe characters only, else /sp. */
export function portalHome(portal: PortalRow | null): string {
    const suffix = portal?.url_suffix ?? ''
    return /^[A-Za-z0-9_-]{1,100}$/.test(suffix) ? `/${suffix}` : '/sp'
}

/** JSON inside <script type="application/json">: "<" escaped, so no text can close the element. */
export function embeddedJson(value: unknown): string {
    return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')
}

// platform-difference: sp-header-fixed
export function pageHtml(model: PageModel, body: string, assets: PageAssets, portal: PortalRow | null, viewer: Viewer, displayName: string): string {
    const title = [model.page.title, portal?.title].filter(Boolean).join(' | ') || 'Service Portal'
    const home = portalHome(portal)
    const account = model.user.logged_in
        ? `<span class="sp-user">${escapeHtml(displayName)}</span><button type="button" id="sp-logout" class="btn btn-default btn-sm">Log out</button>`
        : viewer.userId === 'guest'
          ? `<a class="btn btn-default btn-sm" href="${home}?id=login">Log in</a>`
          : ''
    return (
        '<!DOCTYPE html><html lang="en" ng-csp><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
        `<title>${escapeHtml(title)}</title>` +
        '<link rel="stylesheet" href="/styles/sp/angular-csp.css"><link rel="stylesheet" href="/styles/sp/portal.css">' +
        assets.styles.map((s) => `<link rel="stylesheet" href="${escapeHtml(s)}">`).join('') +
        (assets.pageCss ? `<style>${inlineCss(assets.pageCss)}</style>` : '') +
        '</head><body>' +
        `<header class="sp-header"><div class="container"><a class="sp-brand" href="${home}">${escapeHtml(portal?.title ?? 'Service Portal')}</a><div class="sp-account">${account}</div></div></header>` +
        `<script type="application/json" id="sp-page-model">${embeddedJson(model)}</script>` +
        '<div id="sp-root" class="sp-page">' +
        '<div class="container sp-notifications" role="status" aria-live="polite"><div ng-repeat="n in spNotifications" class="alert" ng-class="n.type === \'error\' ? \'alert-danger\' : \'alert-info\'" ng-bind="n.message"></div></div>' +
        `<main id="sp-main">${body}</main></div>` +
        '<script src="/scripts/sp/angular.min.js"></script><script src="/scripts/sp/angular-sanitize.min.js"></script>' +
        assets.scripts.map((s) => `<script src="${escapeHtml(s)}"></script>`).join('') +
        '<script src="/scripts/sp/sp-runtime.js"></script></body></html>'
    )
}

/** A page with a message only (no widgets): not found, no access. */
export function messagePage(title: string, message: string, portal: PortalRow | null): string {
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
        `<title>${escapeHtml(title)}</title><link rel="stylesheet" href="/styles/sp/portal.css"></head><body>` +
        `<header class="sp-header"><div class="container"><a class="sp-brand" href="${portalHome(portal)}">${escapeHtml(portal?.title ?? 'Service Portal')}</a></div></header>` +
        `<main class="container"><div class="panel panel-default"><div class="panel-body"><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p><p><a href="${portalHome(portal)}">Home</a></p></div></div></main></body></html>`
    )
}
