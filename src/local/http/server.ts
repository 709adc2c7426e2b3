import * as http from 'node:http'
import * as https from 'node:https'
import type { AddressInfo } from 'node:net'
import type { Instance } from '../instance'
import { CANCELLED_MESSAGE, DEFAULT_QUOTA_MS, Quota, TransactionCancelled, withQuota } from '../store/quota'
import { withLogin } from '../glide/session-cache'
import { bearerToken, bearerUser } from '../oauth/bearer'
import { BASIC_CHALLENGE, BasicAuth, clientAddress, type Authenticated } from './auth'
import { errorBody, HttpError } from './errors'
import { redirect, sendError } from './respond'
import { requireJsonBody } from './rest-media'
import type { RequestContext, Route, RouteModule } from './router'
import { defaultRouteModules } from './routes'
import { csrfMatches, parseCookies, SESSION_COOKIE, SessionStore, sysUserStamp } from './sessions'

/** Requests larger than this are refused before they are read into memory. */
export const MAX_BODY_BYTES = 1024 * 1024

export interface ServerOptions {
    host?: string
    port?: number
    /** Route modules to serve; defaults to every part of the product (src/local/http/routes.ts). */
    modules?: RouteModule[]
    /** Each request's transaction quota in ms (default: the platform's 60 s REST quota; see store/quota.ts). */
    transactionQuotaMs?: number
    /** Serve https with this key and certificate (PEM; src/local/tls makes them), else http. */
    tls?: { key: string; cert: string }
}

export interface RunningServer {
    url: string
    server: http.Server | https.Server
    sessions: SessionStore
    close(): Promise<void>
}

/** Shared by route modules that log users in (the portal): one store and one login throttle per server. */
export interface ServerServices {
    sessions: SessionStore
    auth: BasicAuth
}

const services = new WeakMap<Instance, ServerServices>()

export function serverServices(instance: Instance): ServerServices {
    let s = services.get(instance)
    if (!s) {
        s = { sessions: new SessionStore(Date.now, sysUserStamp(instance)), auth: new BasicAuth(instance) }
        services.set(instance, s)
    }
    return s
}

/**
 * Requests made inside this process on behalf of a user who has already authenticated: a Batch API
 * item runs as the batch's caller ("reduce overhead by narrowing authentication, session setup, and
 * round-trip traffic to a single step", Batch API). Only code holding the request object can enter one;
 * nothing a client sends can.
 */
const delegatedUsers = new WeakMap<http.IncomingMessage, Authenticated>()

export function delegateUser(req: http.IncomingMessage, user: Authenticated): void {
    delegatedUsers.set(req, user)
}

/**
 * Who calls a REST API (/api/...): HTTP basic credentials or an OAuth bearer token from /oauth_token.do
 * (src/local/oauth), else the session cookie together with the
 * X-UserToken header, "the requests have to contain either Authorization header or session cookies +
 * X-UserToken header" (the platform; glide.security.csrf.rest.public_csrf.enabled, default true:
 * "all public REST APIs using session-cookie authentication must include a valid CSRF token").
 * The token is the session's CSRF token (g_ck on an instance; the csrf field of every portal form).
 * Undefined when the request carries neither.
 */
// platform-difference: rest-session-needs-user-token
export function restUser(instance: Instance, req: http.IncomingMessage): Authenticated | undefined {
    const delegated = delegatedUsers.get(req)
    if (delegated) return delegated
    const { sessions, auth } = serverServices(instance)
    if (req.headers.authorization) {
        const bearer = bearerToken(req.headers.authorization)
        return bearer === null ? auth.fromHeader(req.headers.authorization, clientAddress(req)) : bearerUser(instance, bearer)
    }
    const session = sessions.get(parseCookies(req.headers.cookie)[SESSION_COOKIE])
    if (!session) return undefined
    // No Basic challenge here: the caller is a page of this site, a prompt would only confuse its user.
    if (!csrfMatches(session, req.headers['x-usertoken'])) throw new HttpError(401, 'User Not Authenticated', 'A session needs the X-UserToken header (the session token)')
    return { userId: session.userId, userName: session.userName }
}

/**
 * SQLite's own limits, reached by a query too big to run (a thousand ANDed terms exceed its
 * expression depth): the caller's query is at fault, so 400, never 500.
 */
// platform-difference: oversized-query-errors
const SQLITE_LIMITS = /Expression tree is too large|too many terms|too many SQL variables|parser stack overflow|pattern too complex|string or blob too big|too many columns|at most \d+ tables in a join/i

function queryTooLarge(e: unknown): HttpError | null {
    // By shape, not instanceof: better-sqlite3's native side keeps the SqliteError class of the first
    // copy of the module loaded in the process, from the realm that loaded it (a test runner loads
    // several, each in its own context, where even `instanceof Error` is false).
    const { name, message } = (typeof e === 'object' && e !== null ? e : {}) as { name?: unknown; message?: unknown }
    if (name !== 'SqliteError' || typeof message !== 'string' || !SQLITE_LIMITS.test(message)) return null
    return new HttpError(400, 'Invalid query', `The query is too large to run (${message}); use fewer terms`)
}

function readBody(req: http.IncomingMessage): Promise<string> {
    return new Promise((resolve, reject) => {
        const tooLarge = () => new HttpError(413, 'Request entity too large', `The body may not exceed ${MAX_BODY_BYTES} bytes`)
        if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) {
            req.resume()
            reject(tooLarge())
            return
        }
        const chunks: Buffer[] = []
        let size = 0
        req.on('data', (c: Buffer) => {
            size += c.length
            if (size > MAX_BODY_BYTES) {
                reject(tooLarge())
                req.destroy()
                return
            }
            chunks.push(c)
        })
        req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
        req.on('error', reject)
    })
}

function decodeParam(text: string): string {
    try {
        return decodeURIComponent(text)
    } catch {
        throw new HttpError(400, 'Bad request', 'Malformed percent-encoding in the path')
    }
}

function matchRoute(routes: Route[], method: string, path: string): { route: Route; params: string[] } | { allowed: string[] } {
    const allowed: string[] = []
    for (const route of routes) {
        const m = route.pattern.exec(path)
        if (!m) continue
        const methods = Array.isArray(route.method) ? route.method : [route.method]
        if (methods.includes(method)) return { route, params: m.slice(1).map((p) => (p === undefined ? '' : decodeParam(p))) }
        allowed.push(...methods)
    }
    return { allowed }
}

/** The local instance's HTTP server: every request authenticated as its route demands, then handled. */
export async function startServer(instance: Instance, options: ServerOptions = {}): Promise<RunningServer> {
    const { sessions } = serverServices(instance)
    const routes = (options.modules ?? defaultRouteModules).flatMap((m) => m(instance))
    let baseUrl = ''

    /**
     * Routes one request and answers it on `res`, errors included. A Batch API item comes through here
     * too (ctx.dispatch, with `transaction: false`: it runs inside the batch's transaction and quota),
     * so it meets exactly the routing, media type, authentication and ACL checks of a direct request.
     * Resolves to 'cancelled' when the transaction quota ended it.
     */
    const dispatch = async (req: http.IncomingMessage, res: http.ServerResponse, transaction = true): Promise<'done' | 'cancelled'> => {
        let url: URL
        try {
            url = new URL(req.url ?? '/', 'http://localhost')
        } catch {
            sendError(res, new HttpError(400, 'Bad request', 'Malformed URL'))
            return 'done'
        }
        const method = (req.method ?? 'GET').toUpperCase()
        try {
            const found = matchRoute(routes, method, url.pathname)
            if (!('route' in found)) {
                if (found.allowed.length) throw new HttpError(405, 'Method not Supported', `${method} is not supported on this resource`, { Allow: found.allowed.join(', ') })
                throw new HttpError(404, 'Requested URI does not represent any resource', url.pathname.slice(0, 200))
            }
            const { route, params } = found
            let bodyText: Promise<string> | null = null
            const ctx: RequestContext = { instance, req, res, url, method, params, baseUrl, body: () => (bodyText ??= readBody(req)), dispatch: (r, s) => dispatch(r, s, false) }
            // Every REST API takes JSON bodies only: a cross-site form (text/plain, urlencoded, multipart)
            // cannot make one, and a cross-site fetch with a JSON body needs a CORS preflight we never grant.
            if (url.pathname.startsWith('/api/') && !route.anyBody) requireJsonBody(method, req.headers)
            if (route.auth === 'basic') {
                ctx.user = restUser(instance, req)
                if (!ctx.user) throw new HttpError(401, 'User Not Authenticated', 'Required to provide Auth information', BASIC_CHALLENGE)
            } else if (route.auth === 'session') {
                const session = sessions.get(parseCookies(req.headers.cookie)[SESSION_COOKIE])
                if (!session) {
                    if (route.loginRedirect && method === 'GET') {
                        redirect(res, `${route.loginRedirect}${route.loginRedirect.includes('?') ? '&' : '?'}next=${encodeURIComponent(url.pathname + url.search)}`)
                        return 'done'
                    }
                    throw new HttpError(401, 'User Not Authenticated', 'Log in first')
                }
                ctx.session = session
                ctx.user = { userId: session.userId, userName: session.userName }
            }
            // platform-difference: one-quota-for-every-request
            const run = () => route.handle(ctx)
            const handle = transaction ? () => withQuota(new Quota(options.transactionQuotaMs ?? DEFAULT_QUOTA_MS), run) : run
            // A portal session's work runs as that session: its roles and user criteria are cached until logout.
            await (ctx.session ? withLogin({ userId: ctx.session.userId, cache: ctx.session.cache }, handle) : handle())
            if (transaction) instance.drainSoon()
            return 'done'
        } catch (e) {
            if (res.headersSent) {
                res.end()
                return e instanceof TransactionCancelled ? 'cancelled' : 'done'
            }
            if (e instanceof HttpError) {
                sendError(res, e)
                return 'done'
            }
            if (e instanceof TransactionCancelled) {
                // As the platform answers a REST transaction its quota cancelled; the Quota Manager logs each one.
                instance.log('warn', `Cancelling transaction ${method} ${url.pathname} (maximum execution time exceeded), after ${e.elapsedMs}ms`)
                sendError(res, new HttpError(500, CANCELLED_MESSAGE, `${CANCELLED_MESSAGE}. Check logs for error trace.`))
                return 'cancelled'
            }
            const tooLarge = queryTooLarge(e)
            if (tooLarge) {
                sendError(res, tooLarge)
                return 'done'
            }
            instance.log('error', `HTTP ${method} ${url.pathname}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`)
            sendError(res, new HttpError(500, 'Internal server error', 'See the instance log'))
            return 'done'
        }
    }

    const listener = (req: http.IncomingMessage, res: http.ServerResponse) => void dispatch(req, res)
    const server = options.tls ? https.createServer({ key: options.tls.key, cert: options.tls.cert }, listener) : http.createServer(listener)
    // Requests Node refuses before any handler (a URL or headers over its 16 KB limit, bad syntax)
    // still get the platform's error shape.
    server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
        if (!socket.writable) return socket.destroy()
        const [status, reason, detail] =
            err.code === 'HPE_HEADER_OVERFLOW' ? [431, 'Request Header Fields Too Large', 'The URL and headers may not exceed 16 KB; send a shorter query'] : [400, 'Bad Request', 'Malformed HTTP request']
        const body = errorBody(reason, detail)
        socket.end(`HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json;charset=UTF-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`)
    })
    server.headersTimeout = 30_000
    // An idle keep-alive connection is closed after this long. Node's default (5 s) is shorter than the
    // instance can be busy with queued async work after answering; its close timer then fires before the
    // client's next request on that connection is read, and the client sees "other side closed". Keep
    // idle connections longer than any such pause (bounded work per drain), as proxies do (60 s+).
    server.keepAliveTimeout = 65_000
    server.requestTimeout = 60_000
    await new Promise<void>((resolve, reject) => {
        server.once('error', reject)
        server.listen(options.port ?? 8080, options.host ?? '127.0.0.1', () => resolve())
    })
    const addr = server.address() as AddressInfo
    baseUrl = `${options.tls ? 'https' : 'http'}://${addr.family === 'IPv6' ? `[${addr.address}]` : addr.address}:${addr.port}`
    return {
        url: baseUrl,
        server,
        sessions,
        close: () =>
            new Promise<void>((resolve) => {
                server.close(() => resolve())
                server.closeAllConnections()
            }),
    }
}
