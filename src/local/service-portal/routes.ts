import { randomBytes, timingSafeEqual } from 'node:crypto'
import { withLogin, type Login } from '../glide/session-cache'
import { withSession, type Session as RuntimeSession } from '../glide/runtime'
import type { Instance } from '../instance'
import { clientAddress, type Authenticated } from '../http/auth'
import { HttpError } from '../http/errors'
import { PAGE_HEADERS, sendJson } from '../http/respond'
import type { RequestContext, Route } from '../http/router'
import { serverServices } from '../http/server'
import { csrfMatches, parseCookies, SESSION_COOKIE, sessionCookie, userDisplayName, type Session } from '../http/sessions'
import { canSee, GUEST_ID } from './access'
import { fixedAsset, widgetScript } from './assets'
import { PORTAL_SUFFIX, ServicePortal, type ViewerInfo } from './portal'

/*
 * The Service Portal's HTTP surface, at the platform's addresses:
 *   GET  /sp?id=<page>&...                 a portal page (the portal's login page in place of a page
 *                                          that needs a login, for someone not logged in)
 *   POST /api/now/sp/widget/<id or sys_id> a widget's server script (c.server.get/update/refresh)
 *   POST /api/now/sp/login, /api/now/sp/logout   the login widget's and the header's calls
 *   GET  /scripts/sp/..., /styles/sp/...   AngularJS, the runtime, widget client scripts, includes
 *
 * Sessions are the instance's (http/sessions.ts), logins go through BasicAuth with its throttle
 * (http/auth.ts, http/login-throttle.ts). Every POST carries the session's token in X-UserToken (the
 * platform's g_ck); before login the token is a random value bound to an HttpOnly SameSite cookie,
 * so even the login call and a public widget's call cannot be made from another site.
 */

export const GUEST_COOKIE = 'sp_guest_token'
const GUEST_SESSION: RuntimeSession = { userId: GUEST_ID, userName: GUEST_ID, roles: new Set() }

const portals = new WeakMap<Instance, ServicePortal>()

/** The instance's portal runtime (one per instance: its compiled-CSS cache is shared). */
export function servicePortal(instance: Instance): ServicePortal {
    let p = portals.get(instance)
    if (!p) {
        p = new ServicePortal(instance)
        portals.set(instance, p)
    }
    return p
}

function guestCookie(token: string, maxAge = 60 * 60): string {
    return `${GUEST_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAge}`
}

function tokensMatch(a: string | undefined, b: unknown): boolean {
    if (!a || typeof b !== 'string' || a.length !== b.length) return false
    return timingSafeEqual(Buffer.from(a), Buffer.from(b))
}

/**
 * Where to go after logging in: a path on this site only (no scheme, host, "//" or "/\" a browser
 * reads as another host); anything else goes to the portal's home.
 */
export function localRedirect(next: unknown, depth = 0): string {
    if (typeof next !== 'string' || next.length > 2000 || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/sp'
    if (/[\u0000-\u001f\u007f\\]/.test(next)) return '/sp'
    const base = 'http://portal.invalid'
    let url: URL
    try {
        url = new URL(next, base)
    } catch {
        return '/sp'
    }
    if (url.origin !== base || url.pathname.startsWith('//') || url.pathname.startsWith('/\\')) return '/sp'
    if (url.pathname.replace(/\/$/, '') === '/sp' && url.searchParams.get('id') === 'login') {
        // The login page reached from a page that needs a login (/sp/login?next=...): back to that page.
        const after = url.searchParams.get('next')
        return after && depth < 2 ? localRedirect(after, depth + 1) : '/sp'
    }
    return url.pathname + url.search
}

interface Caller {
    user: Authenticated | null
    session: Session | undefined
}

/** Runs fn as the caller: the session's cached roles for a login, the guest session otherwise. */
function asCaller<T>(instance: Instance, caller: Caller, fn: (session: RuntimeSession) => T): T {
    const go = () =>
        instance.run(() => {
            const session = caller.user ? instance.sessionFor(caller.user.userId) : GUEST_SESSION
            if (!session) throw new HttpError(401, 'User Not Authenticated', 'The user no longer exists')
            return withSession(session, () => fn(session))
        })
    const login: Login | undefined = caller.session ? { userId: caller.session.userId, cache: caller.session.cache } : undefined
    return login ? withLogin(login, go) : go()
}

function viewerInfo(instance: Instance, session: RuntimeSession, token: string): ViewerInfo {
    const guest = session.userId === GUEST_ID
    return {
        viewer: { userId: session.userId, roles: session.roles },
        userName: session.userName,
        displayName: guest ? '' : userDisplayName(instance, session.userId),
        token,
    }
}

/** Who loads a page or a script: the session (no token needed to read), else a guest with a token cookie. */
function pageCaller(instance: Instance, ctx: RequestContext): Caller & { token: string; setCookie?: string } {
    const cookies = parseCookies(ctx.req.headers.cookie)
    const session = serverServices(instance).sessions.get(cookies[SESSION_COOKIE])
    if (session) return { user: { userId: session.userId, userName: session.userName }, session, token: session.csrf }
    const existing = cookies[GUEST_COOKIE]
    if (existing && /^[A-Za-z0-9_-]{32}$/.test(existing)) return { user: null, session: undefined, token: existing }
    const token = randomBytes(24).toString('base64url')
    return { user: null, session: undefined, token, setCookie: guestCookie(token) }
}

/** A portal page at /<url_suffix>?id=<page>: rendered for the caller, with its Content-Security-Policy. */
function servePage(instance: Instance, ctx: RequestContext, urlSuffix: string): void {
    const portal = servicePortal(instance)
    const portalRow = portal.portal(urlSuffix)
    if (!portalRow && urlSuffix !== PORTAL_SUFFIX) throw new HttpError(404, 'Requested URI does not represent any resource', ctx.url.pathname.slice(0, 200))
    const caller = pageCaller(instance, ctx)
    const rendered = asCaller(instance, caller, (session) => portal.render(viewerInfo(instance, session, caller.token), ctx.url.searchParams, portalRow))
    const scriptSrc = ["'self'", ...rendered.scriptOrigins].join(' ')
    const headers: Record<string, string | string[]> = {
        ...PAGE_HEADERS,
        'Content-Security-Policy': `default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src ${scriptSrc}; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`,
    }
    if (caller.setCookie) headers['Set-Cookie'] = caller.setCookie
    ctx.res.writeHead(rendered.status, headers)
    ctx.res.end(rendered.html)
}

/**
 * Every other portal at its own suffix (/<url_suffix>?id=...), as the platform serves each sp_portal.
 * Registered after every other part of the product: a suffix never hides another page.
 */
export function servicePortalSuffixRoutes(instance: Instance): Route[] {
    return [
        {
            // Every method, so that an address no portal has keeps answering 404 as before, whatever the method.
            method: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
            pattern: /^\/([A-Za-z0-9_-]{1,100})\/?$/,
            auth: 'none',
            handle: (ctx) => {
                if (ctx.method !== 'GET' || !servicePortal(instance).records.portalBySuffix(ctx.params[0])) {
                    throw new HttpError(404, 'Requested URI does not represent any resource', ctx.url.pathname.slice(0, 200))
                }
                servePage(instance, ctx, ctx.params[0])
            },
        },
    ]
}

export function servicePortalRoutes(instance: Instance): Route[] {
    const { sessions, auth } = serverServices(instance)
    const portal = servicePortal(instance)

    /** Who calls an API: Basic credentials; a session with its token; or a guest with the pre-login token. */
    const apiCaller = (ctx: RequestContext): Caller & { token: string } => {
        const cookies = parseCookies(ctx.req.headers.cookie)
        const token = ctx.req.headers['x-usertoken']
        if (ctx.req.headers.authorization) {
            const user = auth.fromHeader(ctx.req.headers.authorization, clientAddress(ctx.req)) ?? null
            return { user, session: undefined, token: '' }
        }
        const session = sessions.get(cookies[SESSION_COOKIE])
        if (session) {
            if (!csrfMatches(session, token)) throw new HttpError(401, 'User Not Authenticated', 'A session needs the X-UserToken header (the session token)')
            return { user: { userId: session.userId, userName: session.userName }, session, token: session.csrf }
        }
        if (!tokensMatch(cookies[GUEST_COOKIE], token)) throw new HttpError(401, 'User Not Authenticated', 'Reload the page: the request did not carry its token')
        return { user: null, session: undefined, token: cookies[GUEST_COOKIE] }
    }

    const readJson = async (ctx: RequestContext): Promise<unknown> => {
        const text = await ctx.body()
        if (!text.trim()) return null
        try {
            return JSON.parse(text) as unknown
        } catch {
            throw new HttpError(400, 'Invalid JSON', 'The request body is not valid JSON')
        }
    }

    const asset = (ctx: RequestContext, name: string) => {
        const a = fixedAsset(name)
        if (!a) throw new HttpError(404, 'Not found', 'No such file')
        ctx.res.writeHead(200, { 'Content-Type': a.type, 'Cache-Control': 'public, max-age=3600', 'X-Content-Type-Options': 'nosniff' })
        ctx.res.end(a.body)
    }

    return [
        { method: 'GET', pattern: /^\/sp\/?$/, auth: 'none', handle: (ctx) => servePage(instance, ctx, PORTAL_SUFFIX) },
        {
            // Where the instance's other pages (the outbox) send a visitor who is not logged in
            // (router loginRedirect: /sp/login?next=<page>): the portal's login page, which returns to
            // that page after the login; someone already logged in goes there at once.
            method: 'GET',
            pattern: /^\/sp\/login\/?$/,
            auth: 'none',
            handle: (ctx) => {
                const next = localRedirect(ctx.url.searchParams.get('next'))
                const session = sessions.get(parseCookies(ctx.req.headers.cookie)[SESSION_COOKIE])
                const location = session ? next : `/sp?id=login${next === '/sp' ? '' : `&next=${encodeURIComponent(next)}`}`
                ctx.res.writeHead(303, { Location: location, 'Cache-Control': 'no-store' })
                ctx.res.end()
            },
        },
        {
            method: 'POST',
            pattern: /^\/api\/now\/sp\/widget\/([^/]+)\/?$/,
            auth: 'none',
            handle: async (ctx) => {
                const caller = apiCaller(ctx)
                const input = await readJson(ctx)
                // platform-difference: sp-widget-call-instance-header
                const instanceHeader = ctx.req.headers['x-sp-instance']
                const instanceId = typeof instanceHeader === 'string' && /^[0-9a-f]{32}$/.test(instanceHeader) ? instanceHeader : null
                const portalHeader = ctx.req.headers['x-portal']
                const portalId = typeof portalHeader === 'string' && /^[0-9a-f]{32}$/.test(portalHeader) ? portalHeader : null
                const result = asCaller(instance, caller, (session) => portal.callWidget(viewerInfo(instance, session, caller.token), ctx.params[0], ctx.url.searchParams, instanceId, input, portalId))
                sendJson(ctx.res, result.status, result.body)
            },
        },
        {
            method: 'POST',
            pattern: /^\/api\/now\/sp\/login\/?$/,
            auth: 'none',
            handle: async (ctx) => {
                const cookies = parseCookies(ctx.req.headers.cookie)
                const token = ctx.req.headers['x-usertoken']
                const current = sessions.get(cookies[SESSION_COOKIE])
                if (!tokensMatch(cookies[GUEST_COOKIE], token) && !(current && csrfMatches(current, token))) {
                    throw new HttpError(403, 'Invalid token', 'The login form expired or did not come from this site; reload the page')
                }
                const body = await readJson(ctx)
                const fields = body && typeof body === 'object' ? (body as Record<string, unknown>) : {}
                const userName = typeof fields.user_name === 'string' ? fields.user_name.trim().slice(0, 100) : ''
                const password = typeof fields.password === 'string' ? fields.password : ''
                if (!userName || !password) throw new HttpError(400, 'Enter your user name and password', null)
                let user: Authenticated
                try {
                    user = auth.login(userName, password, clientAddress(ctx.req))
                } catch (e) {
                    // A 401 here never carries a Basic challenge: the caller is the login widget, not a REST client.
                    if (e instanceof HttpError && e.status === 401) throw new HttpError(401, 'User name or password invalid', null)
                    throw e
                }
                // A fresh session id at every login: an id planted before login is worthless.
                sessions.destroy(cookies[SESSION_COOKIE])
                const session = sessions.create(user.userId, user.userName)
                ctx.res.writeHead(200, { 'Content-Type': 'application/json;charset=UTF-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', 'Set-Cookie': [sessionCookie(session.id), guestCookie('', 0)] })
                ctx.res.end(JSON.stringify({ result: { status: 'success', redirect_url: localRedirect(fields.redirect) } }))
            },
        },
        {
            method: 'POST',
            pattern: /^\/api\/now\/sp\/logout\/?$/,
            auth: 'none',
            handle: (ctx) => {
                const cookies = parseCookies(ctx.req.headers.cookie)
                const session = sessions.get(cookies[SESSION_COOKIE])
                if (!session) throw new HttpError(401, 'User Not Authenticated', 'Not logged in')
                if (!csrfMatches(session, ctx.req.headers['x-usertoken'])) throw new HttpError(401, 'User Not Authenticated', 'A session needs the X-UserToken header (the session token)')
                sessions.destroy(session.id)
                ctx.res.writeHead(200, { 'Content-Type': 'application/json;charset=UTF-8', 'Cache-Control': 'no-store', 'Set-Cookie': sessionCookie('', 0) })
                ctx.res.end(JSON.stringify({ result: { status: 'success' } }))
            },
        },
        {
            method: 'GET',
            pattern: /^\/scripts\/sp\/widget\/([0-9a-f]{32})\.js$/,
            auth: 'none',
            handle: (ctx) => {
                const caller = pageCaller(instance, ctx)
                const script = asCaller(instance, caller, (session) => {
                    const widget = portal.records.widget(ctx.params[0])
                    return widget && widget.sys_id === ctx.params[0] && canSee({ userId: session.userId, roles: session.roles }, widget) ? widgetScript(widget) : null
                })
                if (script === null) throw new HttpError(404, 'Not found', 'No such widget script')
                ctx.res.writeHead(200, { 'Content-Type': 'application/javascript; charset=utf-8', 'Cache-Control': 'private, no-cache', 'X-Content-Type-Options': 'nosniff' })
                ctx.res.end(script)
            },
        },
        {
            method: 'GET',
            pattern: /^\/scripts\/sp\/include\/([0-9a-f]{32})\.js$/,
            auth: 'none',
            handle: (ctx) => {
                const script = portal.records.uiScript(ctx.params[0])
                if (script === undefined) throw new HttpError(404, 'Not found', 'No such JS include')
                ctx.res.writeHead(200, { 'Content-Type': 'application/javascript; charset=utf-8', 'Cache-Control': 'private, no-cache', 'X-Content-Type-Options': 'nosniff' })
                ctx.res.end(script)
            },
        },
        {
            method: 'GET',
            pattern: /^\/styles\/sp\/include\/([0-9a-f]{32})\.css$/,
            auth: 'none',
            handle: (ctx) => {
                const css = portal.records.styleSheet(ctx.params[0])
                if (css === undefined) throw new HttpError(404, 'Not found', 'No such CSS include')
                ctx.res.writeHead(200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'private, no-cache', 'X-Content-Type-Options': 'nosniff' })
                ctx.res.end(portal.styles.compile(css, null).css)
            },
        },
        { method: 'GET', pattern: /^\/scripts\/sp\/([a-z-]+(?:\.min)?\.js)$/, auth: 'none', handle: (ctx) => asset(ctx, `scripts/${ctx.params[0]}`) },
        { method: 'GET', pattern: /^\/styles\/sp\/([a-z-]+\.css)$/, auth: 'none', handle: (ctx) => asset(ctx, `styles/${ctx.params[0]}`) },
    ]
}
