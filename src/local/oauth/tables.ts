import type { TableDecl } from '../base/table-decl'

/*
 * OAuth inbound ("Create an endpoint for clients to access the instance", Platform security): "The system
 * creates a record in the Application Registries [oauth_entity] table ... When the instance actually issues
 * tokens and authorization codes, they are stored in the table" (oauth_credential). Only the columns the
 * password and refresh-token grants use. No ACL is declared: like every table without one, only admins
 * read or write them (the platform restricts them to oauth_admin and admin).
 */
export const OAUTH_TABLES: readonly TableDecl[] = [
    {
        name: 'oauth_entity',
        label: 'Application Registry',
        columns: {
            name: { type: 'string', label: 'Name', maxLength: 100, display: true, mandatory: true },
            // "[Read-Only] The auto-generated unique ID of the application."
            client_id: { type: 'string', label: 'Client ID', maxLength: 100, default: 'javascript:gs.generateGUID()', unique: true },
            // "The shared secret string that both the instance and the client application ... use".
            // platform-difference: oauth-client-secret-hashed
            client_secret: { type: 'password2', label: 'Client Secret', maxLength: 255 },
            active: { type: 'boolean', label: 'Active', default: 'true' },
            // "By default, access tokens expire in 30 minutes (1800 seconds)"; "refresh tokens expire in 100 days (8640000 seconds)".
            access_token_lifespan: { type: 'integer', label: 'Access Token Lifespan', default: '1800' },
            refresh_token_lifespan: { type: 'integer', label: 'Refresh Token Lifespan', default: '8640000' },
            comments: { type: 'string', label: 'Comments', maxLength: 4000 },
        },
    },
    {
        name: 'oauth_credential',
        label: 'OAuth Credential',
        columns: {
            // A SHA-256 digest of the token, never the token: the database alone lets no one call the APIs.
            token: { type: 'string', label: 'Token', maxLength: 64 },
            type: { type: 'string', label: 'Type', maxLength: 40, choices: { access_token: 'Access Token', refresh_token: 'Refresh Token' } },
            user: { type: 'reference', label: 'User', reference: 'sys_user' },
            peer: { type: 'reference', label: 'Application Registry', reference: 'oauth_entity' },
            expires: { type: 'glide_date_time', label: 'Expires' },
            scopes: { type: 'string', label: 'Scopes', maxLength: 255 },
        },
    },
]
