import type { Authenticated } from '../http/auth'
import { HttpError } from '../http/errors'
import type { Instance } from '../instance'
import { tokenUser } from './tokens'

/** RFC 6750 section 3: what a request with a bad bearer token is told, so its client refreshes the token. */
export const BEARER_CHALLENGE = { 'WWW-Authenticate': 'Bearer realm="Persona Service Management", error="invalid_token"' }

/** The token of an `Authorization: Bearer <token>` header (RFC 6750 section 2.1); null for any other scheme. */
export function bearerToken(header: string): string | null {
    const m = /^Bearer\s+(\S*)\s*$/i.exec(header)
    return m ? m[1] : null
}

/**
 * The user an access token from /oauth_token.do was issued to. An unknown, expired or revoked token is
 * 401, as any failed authentication is ("User Not Authenticated"), never a request as nobody.
 */
export function bearerUser(instance: Instance, token: string): Authenticated {
    const user = token ? tokenUser(instance, token, 'access_token') : null
    if (!user) throw new HttpError(401, 'User Not Authenticated', 'The access token is invalid or has expired', BEARER_CHALLENGE)
    return user
}
