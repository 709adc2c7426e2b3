import { createHash, randomBytes } from 'node:crypto'
import { GlideRecord } from '../glide/GlideRecord'
import type { Instance } from '../instance'
import { hashPassword, isPasswordHash, verifyPassword } from '../store/passwords'

/*
 * Tokens of the OAuth inbound endpoint (/oauth_token.do): opaque random strings, stored only as their
 * SHA-256 digest in oauth_credential with their expiry. "By default, access tokens expire in 30 minutes
 * (1800 seconds)" and "refresh tokens expire in 100 days (8640000 seconds)"; each oauth_entity may set
 * its own lifespans ("Create an endpoint for clients to access the instance").
 */

export interface OAuthClient {
    sysId: string
    clientId: string
    accessLifespan: number
    refreshLifespan: number
}

export interface IssuedTokens {
    access_token: string
    refresh_token: string
    scope: string
    token_type: 'Bearer'
    expires_in: number
}

/** The scope the platform grants a password-grant token when none is configured. */
const SCOPE = 'useraccount'

export function digest(token: string): string {
    return createHash('sha256').update(token, 'utf8').digest('hex')
}

function newToken(): string {
    return randomBytes(48).toString('base64url')
}

let dummy: string | null = null

interface EntityRow {
    sys_id: string
    client_id: string
    client_secret: string | null
    active: number | null
    access_token_lifespan: number | null
    refresh_token_lifespan: number | null
}

/**
 * The active registry entry whose client id and secret these are; null otherwise. Always one scrypt
 * verify, so an unknown client id costs what a wrong secret does.
 */
export function authenticateClient(instance: Instance, clientId: string, secret: string): OAuthClient | null {
    const row = instance.store
        .prepare('SELECT sys_id, client_id, client_secret, active, access_token_lifespan, refresh_token_lifespan FROM oauth_entity WHERE client_id = ?')
        .get(clientId) as EntityRow | undefined
    const stored = row?.client_secret && isPasswordHash(row.client_secret) ? row.client_secret : null
    dummy ??= hashPassword(randomBytes(32).toString('base64'))
    const matches = verifyPassword(secret, stored ?? dummy) && stored !== null
    if (!row || !matches || row.active === 0) return null
    return { sysId: row.sys_id, clientId: row.client_id, accessLifespan: lifespan(row.access_token_lifespan, 1800), refreshLifespan: lifespan(row.refresh_token_lifespan, 8_640_000) }
}

function lifespan(value: number | null, fallback: number): number {
    return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.floor(value) : fallback
}

/** A glide_date_time value (UTC, 'YYYY-MM-DD HH:MM:SS'), which also compares as text. */
function expiresAt(seconds: number, now: number): string {
    return new Date(now + seconds * 1000).toISOString().slice(0, 19).replace('T', ' ')
}

function store(instance: Instance, client: OAuthClient, userId: string, type: 'access_token' | 'refresh_token', token: string, seconds: number, now: number): void {
    const gr = new GlideRecord('oauth_credential')
    gr.initialize()
    gr.setValue('token', digest(token))
    gr.setValue('type', type)
    gr.setValue('user', userId)
    gr.setValue('peer', client.sysId)
    gr.setValue('expires', expiresAt(seconds, now))
    gr.setValue('scopes', SCOPE)
    gr.setWorkflow(false)
    if (!gr.insert()) throw new Error('Could not store an OAuth token')
}

/** Expired credentials serve no one: they are removed whenever new ones are issued. */
function sweep(instance: Instance, now: number): void {
    instance.store.prepare('DELETE FROM oauth_credential WHERE expires < ?').run(expiresAt(0, now))
}

/** A new access token, and a refresh token unless one is being used (`refresh` then comes back as it was). */
export function issue(instance: Instance, client: OAuthClient, userId: string, refresh: string | null, now = Date.now()): IssuedTokens {
    return instance.run(() =>
        instance.store.transaction(() => {
            sweep(instance, now)
            const access = newToken()
            store(instance, client, userId, 'access_token', access, client.accessLifespan, now)
            let refreshToken = refresh
            if (refreshToken === null) {
                refreshToken = newToken()
                store(instance, client, userId, 'refresh_token', refreshToken, client.refreshLifespan, now)
            }
            return { access_token: access, refresh_token: refreshToken, scope: SCOPE, token_type: 'Bearer' as const, expires_in: client.accessLifespan }
        }),
    )
}

interface CredentialRow {
    user: string
    peer: string
    expires: string
    user_name: string
    active: number | null
    locked_out: number | null
    entity_active: number | null
}

/**
 * The user a live token of `type` was issued to: unexpired, its registry entry still active, its user still
 * allowed to log in (active, not locked out). `client`, when given, must be the entry it was issued to.
 */
export function tokenUser(instance: Instance, token: string, type: 'access_token' | 'refresh_token', client?: OAuthClient, now = Date.now()): { userId: string; userName: string } | null {
    const row = instance.store
        .prepare(
            `SELECT c.user AS user, c.peer AS peer, c.expires AS expires, u.user_name AS user_name, u.active AS active, u.locked_out AS locked_out, e.active AS entity_active
             FROM oauth_credential c JOIN sys_user u ON u.sys_id = c.user JOIN oauth_entity e ON e.sys_id = c.peer
             WHERE c.token = ? AND c.type = ?`,
        )
        .get(digest(token), type) as CredentialRow | undefined
    if (!row || row.expires <= expiresAt(0, now) || row.active === 0 || row.locked_out === 1 || row.entity_active === 0) return null
    if (client && row.peer !== client.sysId) return null
    return { userId: row.user, userName: row.user_name }
}
