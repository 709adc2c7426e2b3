import { escapeHtml } from '../respond'
import type { Session } from '../sessions'
import { ASSETS, csrfField, LOGO, SP } from '../portal/layout'

/** The admin pages' shell: the portal's look (its stylesheet and header) with the admin navigation. */

export const ADMIN = '/admin'
export const ADMIN_CSS_PATH = `${ADMIN}/assets/admin.css`

export type AdminSection = 'overview' | 'distribution' | 'personas' | 'costs' | 'changes' | 'xla'

const NAV: ReadonlyArray<[AdminSection, string, string]> = [
    ['overview', ADMIN, 'Overview'],
    ['distribution', `${ADMIN}/distribution`, 'Distribution'],
    ['personas', `${ADMIN}/personas`, 'Personas'],
    ['costs', `${ADMIN}/costs`, 'Costs'],
    ['changes', `${ADMIN}/changes`, 'Persona changes'],
    ['xla', `${ADMIN}/xla`, 'XLAs'],
]

export interface AdminPage {
    title: string
    section: AdminSection | null
    session: Session
    displayName: string
    /** Trusted HTML: every value in it was escaped by the page. */
    body: string
}

export function adminPage(o: AdminPage): string {
    const nav = NAV.map(([key, href, label]) => `<a href="${href}"${o.section === key ? ' aria-current="page"' : ''}>${label}</a>`).join('')
    return (
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
        `<title>${escapeHtml(o.title)} · Persona insight</title>` +
        `<link rel="icon" href="${ASSETS}/favicon.svg" type="image/svg+xml"><link rel="stylesheet" href="${ASSETS}/portal.css"><link rel="stylesheet" href="${ADMIN_CSS_PATH}"></head>` +
        `<body class="admin"><a class="skip" href="#main">Skip to main content</a>` +
        `<header class="topbar"><div class="wrap"><a class="brand" href="${ADMIN}">${LOGO}<span>Persona insight</span></a>` +
        `<nav class="mainnav" aria-label="Admin">${nav}</nav>` +
        `<div class="account"><span class="who">${escapeHtml(o.displayName || o.session.userName)}</span>` +
        `<form method="post" action="${SP}/logout">${csrfField(o.session)}<button type="submit" class="btn-ghost">Log out</button></form></div></div></header>` +
        `<main id="main" class="wrap" tabindex="-1">${o.body}</main>` +
        `<footer><p>Persona Service Management · demand, cost and experience of the people IT serves</p></footer></body></html>`
    )
}

/** A figure: the chart, then the numbers it draws as a table (with its CSV link). */
export function figure(o: { heading: string; intro?: string; chart: string; table: string; id: string }): string {
    return (
        `<section class="card pad figure" aria-labelledby="${escapeHtml(o.id)}-h"><h2 id="${escapeHtml(o.id)}-h">${escapeHtml(o.heading)}</h2>` +
        (o.intro ? `<p class="lede">${escapeHtml(o.intro)}</p>` : '') +
        `<div class="chart-box">${o.chart}</div>${o.table}</section>`
    )
}

export const ADMIN_CSS = `
body.admin main.wrap { max-width: 1180px; }
.admin .mainnav { flex-wrap: wrap; }
.admin .figure { margin: 0 0 22px; }
.admin .figure h2 { margin: 0 0 4px; font-size: 1.15rem; }
.admin .chart-box { margin: 10px 0 14px; max-width: 760px; }
.admin svg.chart { display: block; height: auto; font: 12px system-ui, sans-serif; }
.admin svg.chart .lbl, .admin svg.chart .val, .admin svg.chart .axis-lbl, .admin svg.chart .key text { fill: #1d2433; }
.admin svg.chart .val { font-weight: 600; }
.admin svg.chart .base, .admin svg.chart .tick { stroke: #c9cfdb; stroke-width: 1; }
.admin svg.chart .grid { fill: none; stroke: #d5dae3; }
.admin svg.chart .axis { stroke: #d5dae3; }
.admin svg.chart .dot { fill: #1d2433; }
.admin svg.chart .col.met { fill: #15803d; }
.admin svg.chart .col.breached { fill: #b91c1c; }
.admin svg.chart .target { stroke: #1d2433; stroke-width: 1.5; stroke-dasharray: 6 4; }
.admin svg.chart .none { fill: #4a5468; }
.admin .table-wrap { overflow-x: auto; }
.admin table.data { border-collapse: collapse; width: 100%; background: #fff; font-size: .92rem; }
.admin table.data caption { text-align: left; font-weight: 600; padding: 6px 0; }
.admin table.data th, .admin table.data td { border-bottom: 1px solid #e3e6eb; padding: 6px 8px; text-align: left; vertical-align: top; }
.admin table.data thead th { background: #eef0f4; }
.admin table.data .num { text-align: right; font-variant-numeric: tabular-nums; }
.admin table.data tfoot th, .admin table.data tfoot td { font-weight: 700; border-top: 2px solid #c9cfdb; }
.admin .csv { margin: 6px 0 0; font-size: .9rem; }
.admin table[data-table="changes"] { font-size: .85rem; }
.admin table[data-table="changes"] td:last-child { min-width: 32em; }
.admin table[data-table="changes"] th[scope="row"] { white-space: nowrap; font-weight: 400; }
.admin .kpis { display: grid; grid-template-columns: repeat(auto-fit, minmax(190px, 1fr)); gap: 14px; margin: 0 0 22px; padding: 0; list-style: none; }
.admin .kpis li { background: #fff; border: 1px solid #e3e6eb; border-radius: 12px; padding: 14px; }
.admin .kpis a { color: inherit; text-decoration: none; display: block; }
.admin .kpis a:hover .n { text-decoration: underline; }
.admin .kpis .n { display: block; font-size: 1.6rem; font-weight: 700; color: #2f3fb0; }
.admin .radars { display: grid; grid-template-columns: repeat(auto-fit, minmax(320px, 1fr)); gap: 14px; }
.admin .radars svg.spider .lbl { font-size: 13px; }
.admin .radars .desc { font-size: .9rem; color: #4a5468; }
.admin .radars figure { margin: 0; background: #fff; border: 1px solid #e3e6eb; border-radius: 12px; padding: 10px; }
.admin .radars figcaption { font-weight: 600; }
.admin .status-met { color: #15803d; font-weight: 600; }
.admin .status-breached { color: #b91c1c; font-weight: 600; }
.admin .worst { border-left: 4px solid #b91c1c; padding-left: 10px; }
.admin .weeks { display: grid; grid-template-columns: repeat(auto-fit, minmax(420px, 1fr)); gap: 14px; }
.admin .weeks figure { margin: 0; }
.admin .weeks figcaption { font-weight: 600; margin-bottom: 4px; }
`
