import { escapeHtml } from '../respond'
import type { Session } from '../sessions'

/** Where the portal's pages live; every link is built from these. */
export const SP = '/sp'
/** The hand-made portal's catalog home (/sp itself is the Service Portal runtime's: src/local/service-portal). */
export const CATALOG = `${SP}/catalog`
export const ASSETS = `${SP}/assets`

export type NavSection = 'catalog' | 'requests' | null

export interface PageOptions {
    title: string
    /** The logged-in user; absent on the login page. */
    session?: Session
    /** The user's display name for the header. */
    displayName?: string
    nav?: NavSection
    /** Trusted HTML: every value in it has been escaped by the caller. */
    body: string
}

/** The brand mark (decorative: the link around it carries the text). */
export const LOGO = `<svg width="28" height="28" viewBox="0 0 32 32" aria-hidden="true" focusable="false"><rect width="32" height="32" rx="8" fill="#2f3fb0"/><circle cx="16" cy="11.5" r="4.5" fill="#fff"/><path d="M7.5 25c1.2-4.6 4.6-7 8.5-7s7.3 2.4 8.5 7" fill="none" stroke="#fff" stroke-width="2.6" stroke-linecap="round"/><circle cx="25" cy="8" r="3" fill="#34d3b9"/></svg>`

const HEAD = (title: string) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeHtml(title)} · Persona Services</title>` +
    `<link rel="icon" href="${ASSETS}/favicon.svg" type="image/svg+xml">` +
    `<link rel="stylesheet" href="${ASSETS}/portal.css">` +
    `<script src="${ASSETS}/portal.js" defer></script></head>`

function navLink(href: string, label: string, current: boolean): string {
    return `<a href="${href}"${current ? ' aria-current="page"' : ''}>${label}</a>`
}

/** A hidden form field carrying the session's CSRF token; every state-changing form includes it. */
export function csrfField(session: Session): string {
    return `<input type="hidden" name="csrf" value="${escapeHtml(session.csrf)}">`
}

/** A signed-in page: skip link, header with navigation and logout, the main landmark, footer. */
export function page(o: PageOptions): string {
    const account = o.session
        ? `<div class="account"><span class="who">${escapeHtml(o.displayName || o.session.userName)}</span>` +
          `<form method="post" action="${SP}/logout">${csrfField(o.session)}<button type="submit" class="btn-ghost">Log out</button></form></div>`
        : ''
    const nav = o.session
        ? `<nav class="mainnav" aria-label="Main">${navLink(CATALOG, 'Catalog', o.nav === 'catalog')}${navLink(`${SP}/requests`, 'My requests', o.nav === 'requests')}</nav>`
        : ''
    return (
        HEAD(o.title) +
        `<body><a class="skip" href="#main">Skip to main content</a>` +
        `<header class="topbar"><div class="wrap"><a class="brand" href="${CATALOG}">${LOGO}<span>Persona Services</span></a>${nav}${account}</div></header>` +
        `<main id="main" class="wrap" tabindex="-1">${o.body}</main>` +
        `<footer><p>Persona Service Management · services offered by your workstyle persona</p></footer>` +
        `</body></html>`
    )
}

/** The login page's own shell: no navigation, a centred card. */
export function loginShell(title: string, body: string): string {
    return HEAD(title) + `<body><main id="main" class="login-page">${body}</main></body></html>`
}

/** A status page (403, 404, expired form) inside the signed-in layout. */
export function statusPage(o: { session?: Session; displayName?: string; code: number; title: string; message: string }): string {
    return page({
        title: o.title,
        session: o.session,
        displayName: o.displayName,
        nav: null,
        body:
            `<section class="status-page card pad" aria-labelledby="status-title"><p class="code">${o.code}</p>` +
            `<h1 id="status-title" class="page-title">${escapeHtml(o.title)}</h1><p class="lede">${escapeHtml(o.message)}</p>` +
            `<p><a class="btn" href="${CATALOG}">Back to the catalog</a></p></section>`,
    })
}
