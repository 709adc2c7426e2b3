import type * as http from 'node:http'
import type { Instance } from '../instance'
import type { Authenticated } from './auth'
import { HttpError } from './errors'
import type { Session } from './sessions'

/**
 * How a route authenticates: 'basic' for REST APIs (HTTP basic credentials, or the session cookie with
 * the X-UserToken header: server.ts restUser), 'session' for pages (the portal session cookie), or
 * 'none' (login page, assets).
 */
export type AuthMode = 'basic' | 'session' | 'none'

export interface RequestContext {
    instance: Instance
    req: http.IncomingMessage
    res: http.ServerResponse
    url: URL
    method: string
    params: string[]
    /** The authenticated user (undefined only on 'none' routes). */
    user?: Authenticated
    /** The portal session ('session' routes). */
    session?: Session
    baseUrl: string
    /** The request body as text (read lazily, size-limited). */
    body(): Promise<string>
    /**
     * Routes another request inside this one's transaction, exactly as the server routes a direct one
     * (the Batch API's items); 'cancelled' when the transaction quota ended it.
     */
    dispatch?(req: http.IncomingMessage, res: http.ServerResponse): Promise<'done' | 'cancelled'>
}

export interface Route {
    method: string | string[]
    pattern: RegExp
    auth: AuthMode
    /** Where an unauthenticated browser is sent for 'session' routes (else 401). */
    loginRedirect?: string
    /** Takes request bodies of any media type (the Attachment API "accepts all Content-Type values"); the route guards its writes itself. */
    anyBody?: boolean
    handle(ctx: RequestContext): Promise<void> | void
}

/** A part of the product that serves HTTP registers its routes through one of these. */
export type RouteModule = (instance: Instance) => Route[]

/** The session of a 'session' route (the router guarantees one; this narrows the type). */
export function sessionOf(ctx: RequestContext): Session {
    if (!ctx.session) throw new HttpError(401, 'User Not Authenticated', 'Log in first')
    return ctx.session
}
