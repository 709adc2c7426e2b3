import type { Instance } from '../instance'
import { BasicAuth, clientAddress } from '../http/auth'
import { HttpError } from '../http/errors'
import { parseForm, sendJson } from '../http/respond'
import { mediaType } from '../http/rest-media'
import type { RequestContext, Route } from '../http/router'
import { serverServices } from '../http/server'
import { authenticateClient, issue, tokenUser, type OAuthClient } from './tokens'

/*
 * The OAuth token endpoint, `POST /oauth_token.do`, for the resource owner password credentials grant and
 * the refresh token grant (RFC 6749 sections 4.3 and 6), as clients such as pysnc use it: "The instance uses
 * the client ID when requesting an access token" and the client secret likewise ("Create an endpoint for
 * clients to access the instance"). The client authenticates with HTTP Basic (client_id:client_secret) or
 * with client_id and client_secret in the form (RFC 6749 section 2.3.1); errors are RFC 6749 section 5.2's
 * {"error", "error_description"}.
 */

class OAuthError extends Error {
    constructor(
        readonly status: number,
        readonly code: string,
        readonly description: string,
        readonly headers: Record<string, string> = {},
    ) {
        super(description)
    }
}

const NO_STORE = { 'Cache-Control': 'no-store', Pragma: 'no-cache' }

/** RFC 6749 section 2.3.1: the Basic credentials of a client are form-encoded before base64. */
function formDecode(text: string): string {
    try {
        return decodeURIComponent(text.replace(/\+/g, ' '))
    } catch {
        throw new OAuthError(400, 'invalid_request', 'Malformed client credentials')
    }
}

function clientCredentials(ctx: RequestContext, form: Record<string, string>): { id: string; secret: string } {
    const header = ctx.req.headers.authorization
    const inBody = form.client_id !== undefined || form.client_secret !== undefined
    if (header) {
        // "The client MUST NOT use more than one authentication method in each request."
        if (form.client_secret !== undefined) throw new OAuthError(400, 'invalid_request', 'Send the client credentials either in the Authorization header or in the body, not both')
        const m = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header)
        const decoded = m ? Buffer.from(m[1], 'base64').toString('utf8') : ''
        const colon = decoded.indexOf(':')
        if (colon < 0) throw new OAuthError(401, 'invalid_client', 'Malformed client credentials in the Authorization header', { 'WWW-Authenticate': 'Basic realm="oauth"' })
        return { id: formDecode(decoded.slice(0, colon)), secret: formDecode(decoded.slice(colon + 1)) }
    }
    if (!inBody || !form.client_id) throw new OAuthError(401, 'invalid_client', 'Client authentication is required (client_id and client_secret)')
    return { id: form.client_id, secret: form.client_secret ?? '' }
}

function required(form: Record<string, string>, name: string): string {
    const v = form[name]
    if (v === undefined || v === '') throw new OAuthError(400, 'invalid_request', `The parameter ${name} is required`)
    return v
}

// platform-difference: oauth-password-and-refresh-grants
function grant(instance: Instance, auth: BasicAuth, ctx: RequestContext, form: Record<string, string>): object {
    const grantType = required(form, 'grant_type')
    if (grantType !== 'password' && grantType !== 'refresh_token') throw new OAuthError(400, 'unsupported_grant_type', `The grant type ${grantType.slice(0, 40)} is not supported; use password or refresh_token`)
    const credentials = clientCredentials(ctx, form)
    const client: OAuthClient | null = authenticateClient(instance, credentials.id, credentials.secret)
    if (!client) throw new OAuthError(401, 'invalid_client', 'Unknown client, wrong client secret or inactive application registry')
    if (grantType === 'password') {
        const userName = required(form, 'username')
        const password = required(form, 'password')
        let user
        try {
            // The same check, throttle and audit as basic authentication and the login page.
            user = auth.login(userName, password, clientAddress(ctx.req))
        } catch (e) {
            if (e instanceof HttpError && e.status === 429) throw new OAuthError(429, 'invalid_grant', `${e.message}. ${e.detail ?? ''}`.trim(), e.headers)
            if (e instanceof HttpError) throw new OAuthError(400, 'invalid_grant', 'Invalid user name or password')
            throw e
        }
        return issue(instance, client, user.userId, null)
    }
    const refresh = required(form, 'refresh_token')
    const owner = tokenUser(instance, refresh, 'refresh_token', client)
    if (!owner) throw new OAuthError(400, 'invalid_grant', 'The refresh token is invalid, expired or was issued to another client')
    return issue(instance, client, owner.userId, refresh)
}

export function oauthRoutes(instance: Instance): Route[] {
    return [
        {
            method: 'POST',
            pattern: /^\/oauth_token\.do$/,
            auth: 'none',
            handle: async (ctx) => {
                try {
                    // RFC 6749 section 4.3.2: the parameters come "using the application/x-www-form-urlencoded format".
                    if (mediaType(ctx.req.headers['content-type']) !== 'application/x-www-form-urlencoded') {
                        throw new OAuthError(400, 'invalid_request', 'The token request must be application/x-www-form-urlencoded')
                    }
                    const form = parseForm(await ctx.body())
                    sendJson(ctx.res, 200, grant(instance, serverServices(instance).auth, ctx, form), NO_STORE)
                } catch (e) {
                    if (!(e instanceof OAuthError)) throw e
                    sendJson(ctx.res, e.status, { error: e.code, error_description: e.description }, { ...NO_STORE, ...e.headers })
                }
            },
        },
    ]
}
