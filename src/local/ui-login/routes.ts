import type * as http from 'node:http'
import type { Instance } from '../instance'
import { clientAddress } from '../http/auth'
import { HttpError } from '../http/errors'
import { parseForm, sendJson } from '../http/respond'
import type { RequestContext, Route } from '../http/router'
import { serverServices } from '../http/server'
import { csrfMatches, parseCookies, SESSION_COOKIE, sessionCookie, userDisplayName, type Session } from '../http/sessions'

/**
 * The UI login the platform's own pages (and the SDK CLI, `now-sdk auth --add … --type basic`) use:
 * `POST /angular.do?sysparm_type=view_form.login` with the login form's fields starts a session (the
 * session cookie); `POST /angular.do?sysparm_type=get_user` then answers a session that does not yet
 * send its user token with 401 and the token in the `X-UserToken-Response` header. Every later call
 * sends the cookie and that token as `X-UserToken` ("the requests have to contain either Authorization
 * header or session cookies + X-UserToken header"): http/server.ts restUser, and the app upload.
 */

/** The answer body of the login call: the SDK reads `status` ('success', 'error', 'mfa_code_required') and `message`. */
interface LoginAnswer {
    status: 'success' | 'error'
    message: string
}

/**
 * A browser on another site may not log its user in here (login CSRF): a cross-site request says so
 * in Sec-Fetch-Site or carries another Origin. Clients that are not browsers send neither.
 */
function crossSite(req: http.IncomingMessage): boolean {
    if (req.headers['sec-fetch-site'] === 'cross-site') return true
    const origin = req.headers.origin
    if (!origin) return false
    try {
        return new URL(origin).host !== req.headers.host
    } catch {
        return true
    }
}

function sessionOfRequest(instance: Instance, ctx: RequestContext): Session | undefined {
    return serverServices(instance).sessions.get(parseCookies(ctx.req.headers.cookie)[SESSION_COOKIE])
}

async function login(instance: Instance, ctx: RequestContext): Promise<void> {
    const { sessions, auth } = serverServices(instance)
    if (crossSite(ctx.req)) throw new HttpError(403, 'Forbidden', 'A login must come from this site')
    const form = parseForm(await ctx.body())
    const userName = (form.user_name ?? '').trim().slice(0, 100)
    const password = form.user_password ?? ''
    let answer: LoginAnswer
    if (!userName || !password) answer = { status: 'error', message: 'User name or password invalid' }
    else {
        try {
            const user = auth.login(userName, password, clientAddress(ctx.req))
            // A fresh session id at every login: an id planted before login is worthless; the old one ends.
            sessions.destroy(parseCookies(ctx.req.headers.cookie)[SESSION_COOKIE])
            const session = sessions.create(user.userId, user.userName)
            sendJson(ctx.res, 200, { status: 'success', message: '' } satisfies LoginAnswer, { 'Set-Cookie': sessionCookie(session.id) })
            return
        } catch (e) {
            // A throttled client keeps its 429 and Retry-After (http/login-throttle.ts).
            if (!(e instanceof HttpError) || e.status !== 401) throw e
            answer = { status: 'error', message: 'User name or password invalid' }
        }
    }
    sendJson(ctx.res, 200, answer)
}

function getUser(instance: Instance, ctx: RequestContext): void {
    const session = sessionOfRequest(instance, ctx)
    if (!session) throw new HttpError(401, 'User Not Authenticated', 'Log in first')
    if (!csrfMatches(session, ctx.req.headers['x-usertoken'])) {
        // The session's token goes only to a request carrying its cookie, which is SameSite=Strict and
        // HttpOnly: another site can neither send it nor read this answer.
        ctx.res.writeHead(401, { 'Content-Type': 'application/json;charset=UTF-8', 'Cache-Control': 'no-store', 'X-UserToken-Response': session.csrf })
        ctx.res.end(JSON.stringify({ error: { message: 'User Not Authenticated', detail: 'Send the session token as X-UserToken' }, status: 'failure' }))
        return
    }
    const roles = [...instance.rolesOf(session.userId)].sort()
    sendJson(ctx.res, 200, { result: { user_sys_id: session.userId, user_name: session.userName, user_display_name: userDisplayName(instance, session.userId), roles } })
}

/** POST /angular.do: the UI login (sysparm_type=view_form.login) and the session's user token (get_user). */
export function uiLoginRoutes(instance: Instance): Route[] {
    return [
        {
            method: 'POST',
            pattern: /^\/angular\.do$/,
            auth: 'none',
            handle: async (ctx) => {
                const type = ctx.url.searchParams.get('sysparm_type')
                if (type === 'view_form.login') await login(instance, ctx)
                else if (type === 'get_user') getUser(instance, ctx)
                else throw new HttpError(400, 'Bad request', 'Unsupported sysparm_type')
            },
        },
    ]
}
