import { randomBytes, timingSafeEqual } from 'node:crypto'
import type { Instance } from '../../instance'
import { clientAddress } from '../auth'
import { HttpError } from '../errors'
import { escapeHtml, parseForm, redirect, sendHtml } from '../respond'
import type { RequestContext, Route } from '../router'
import { serverServices } from '../server'
import { csrfMatches, parseCookies, SESSION_COOKIE, sessionCookie } from '../sessions'
import { CATALOG, LOGO, loginShell, SP, statusPage } from './layout'

/** The login form's CSRF token lives in this cookie and in a hidden field; both must match. */
export const LOGIN_CSRF_COOKIE = 'psm_login_csrf'
const LOGIN_PATH = `${SP}/login`
const LOGIN_FORM_SECONDS = 60 * 60

function loginCsrfCookie(value: string, maxAge = LOGIN_FORM_SECONDS): string {
    return `${LOGIN_CSRF_COOKIE}=${value}; Path=${LOGIN_PATH}; HttpOnly; SameSite=Strict; Max-Age=${maxAge}`
}

/**
 * Where to go after logging in: only a path on this site (no scheme, no host, no "//" or "/\"
 * that a browser would read as another host); anything else goes to the portal home.
 */
export function safeNext(next: string | null | undefined): string {
    if (!next || next.length > 2000 || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return CATALOG
    if (/[\u0000-\u001f\u007f\\]/.test(next)) return CATALOG
    const base = 'http://portal.invalid'
    let url: URL
    try {
        url = new URL(next, base)
    } catch {
        return CATALOG
    }
    // The path is checked again after parsing: "/.//evil.example" resolves to the path
    // "//evil.example", which a browser reads as another host.
    if (url.origin !== base || !isLocalPath(url.pathname) || url.pathname === LOGIN_PATH) return CATALOG
    return url.pathname + url.search
}

/** A path a browser resolves on this site: one leading "/", not "//" or "/\\". */
function isLocalPath(path: string): boolean {
    return path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\')
}

type Notice = { kind: 'ok' | 'err'; text: string } | null

function loginPage(token: string, next: string, userName: string, notice: Notice): string {
    const message = notice ? `<p class="notice ${notice.kind}" role="${notice.kind === 'err' ? 'alert' : 'status'}">${escapeHtml(notice.text)}</p>` : ''
    return loginShell(
        'Log in',
        `<section class="login card" aria-labelledby="login-title">` +
            `<div class="brand">${LOGO}<span>Persona Services</span></div>` +
            `<h1 id="login-title">Log in</h1><p class="lede">The services your workstyle needs, in one place.</p>${message}` +
            `<form method="post" action="${LOGIN_PATH}" novalidate>` +
            `<input type="hidden" name="csrf" value="${escapeHtml(token)}"><input type="hidden" name="next" value="${escapeHtml(next)}">` +
            `<div class="field"><label for="user_name">User name</label>` +
            `<input type="text" id="user_name" name="user_name" autocomplete="username" autocapitalize="none" spellcheck="false" required value="${escapeHtml(userName)}"${userName ? '' : ' autofocus'}></div>` +
            `<div class="field"><label for="password">Password</label>` +
            `<input type="password" id="password" name="password" autocomplete="current-password" required${userName ? ' autofocus' : ''}></div>` +
            `<button type="submit" class="btn">Log in</button></form></section>`,
    )
}

function tokensMatch(a: string | undefined, b: string | undefined): boolean {
    if (!a || !b || a.length !== b.length) return false
    return timingSafeEqual(Buffer.from(a), Buffer.from(b))
}

/** Shows the login form with a fresh CSRF token (cookie and hidden field). */
function showLogin(ctx: RequestContext, status: number, next: string, userName: string, notice: Notice, headers: Record<string, string> = {}): void {
    const token = randomBytes(24).toString('base64url')
    sendHtml(ctx.res, status, loginPage(token, next, userName, notice), { ...headers, 'Set-Cookie': loginCsrfCookie(token) })
}

/** GET/POST /sp/login and POST /sp/logout. */
export function loginRoutes(instance: Instance): Route[] {
    const { sessions, auth } = serverServices(instance)
    return [
        {
            method: 'GET',
            pattern: /^\/sp\/login\/?$/,
            auth: 'none',
            handle: (ctx) => {
                const next = safeNext(ctx.url.searchParams.get('next'))
                if (sessions.get(parseCookies(ctx.req.headers.cookie)[SESSION_COOKIE])) {
                    redirect(ctx.res, next)
                    return
                }
                const notice: Notice = ctx.url.searchParams.get('logged_out') === '1' ? { kind: 'ok', text: 'You have been logged out.' } : null
                showLogin(ctx, 200, next, '', notice)
            },
        },
        {
            method: 'POST',
            pattern: /^\/sp\/login\/?$/,
            auth: 'none',
            handle: async (ctx) => {
                const form = parseForm(await ctx.body())
                const next = safeNext(form.next)
                const userName = (form.user_name ?? '').trim().slice(0, 100)
                if (!tokensMatch(parseCookies(ctx.req.headers.cookie)[LOGIN_CSRF_COOKIE], form.csrf)) {
                    showLogin(ctx, 403, next, userName, { kind: 'err', text: 'The login form expired or did not come from this site. Please try again.' })
                    return
                }
                if (!userName || !form.password) {
                    showLogin(ctx, 400, next, userName, { kind: 'err', text: 'Enter your user name and password.' })
                    return
                }
                let user
                try {
                    user = auth.login(userName, form.password, clientAddress(ctx.req))
                } catch (e) {
                    if (!(e instanceof HttpError)) throw e
                    const text = e.status === 429 ? `Too many failed attempts. ${e.detail ?? ''}`.trim() : 'Wrong user name or password.'
                    // A 429 keeps its Retry-After; a 401 page never carries a Basic challenge.
                    const retry = e.headers['Retry-After']
                    showLogin(ctx, e.status, next, userName, { kind: 'err', text }, retry ? { 'Retry-After': retry } : {})
                    return
                }
                // A fresh session id at every login: a session id planted before login is worthless.
                sessions.destroy(parseCookies(ctx.req.headers.cookie)[SESSION_COOKIE])
                const session = sessions.create(user.userId, user.userName)
                redirect(ctx.res, next, { 'Set-Cookie': [sessionCookie(session.id), loginCsrfCookie('', 0)] })
            },
        },
        {
            method: 'POST',
            pattern: /^\/sp\/logout\/?$/,
            auth: 'session',
            loginRedirect: LOGIN_PATH,
            handle: async (ctx) => {
                const session = ctx.session
                if (!session) throw new HttpError(401, 'User Not Authenticated', 'Log in first')
                const form = parseForm(await ctx.body())
                if (!csrfMatches(session, form.csrf)) {
                    sendHtml(ctx.res, 403, statusPage({ session, code: 403, title: 'Form expired', message: 'This form expired or did not come from this site. Reload the page and try again.' }))
                    return
                }
                sessions.destroy(session.id)
                redirect(ctx.res, `${LOGIN_PATH}?logged_out=1`, { 'Set-Cookie': sessionCookie('', 0) })
            },
        },
    ]
}
