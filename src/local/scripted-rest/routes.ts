import type { Instance } from '../instance'
import { withScope, withSession, type Session as RuntimeSession } from '../glide/runtime'
import { BASIC_CHALLENGE, type Authenticated } from '../http/auth'
import { TransactionCancelled } from '../store/quota'
import { HttpError } from '../http/errors'
import { sendError } from '../http/respond'
import type { RequestContext, Route } from '../http/router'
import { restUser } from '../http/server'

/*
 * Scripted REST APIs, served generically from the installed records (scripted-rest-api-guide): a
 * request to /api/{namespace}/{service_id}/{relative_path} (or /api/{namespace}/v{n}/…) runs the
 * active sys_ws_operation of that service, method and path, with the platform's `request` and
 * `response` objects, as the authenticated user. Security as the platform applies it: authentication
 * when the resource requires it (basic authentication here), and when it requires ACL authorization
 * the user must satisfy at least one of its REST_Endpoint ACLs ("A requesting user must satisfy at
 * least one of the selected ACLs"), the resource's list overriding the API's default list.
 * response.setBody(body) answers {"result": body} like the platform; a script that writes its own
 * JSON through getStreamWriter() is sent as written.
 */

interface DefinitionRow {
    sys_id: string
    name: string | null
    is_versioned: number | null
    enforce_acl: string | null
}

interface OperationRow {
    sys_id: string
    name: string | null
    http_method: string | null
    relative_path: string | null
    operation_script: string | null
    requires_authentication: number | null
    requires_acl_authorization: number | null
    requires_snc_internal_role: number | null
    enforce_acl: string | null
    sys_scope: string | null
    version: number | null
    is_default: number | null
}

interface AclRow {
    sys_id: string
    name: string
    admin_overrides: number | null
    script: string | null
    security_attribute: string | null
    sys_scope: string | null
}

/** What a resource script sees as `request` (RESTAPIRequest). */
export interface ScriptedRestRequest {
    pathParams: Record<string, string>
    queryParams: Record<string, string[]>
    queryString: string
    uri: string
    url: string
    headers: Record<string, string>
    getHeader(name: string): string | undefined
    body: { dataString: string; data: unknown }
}

/** What a resource script uses as `response` (RESTAPIResponse); the route reads the outcome. */
export class ScriptedRestResponse {
    status = 200
    contentType = 'application/json'
    readonly headers: Record<string, string> = {}
    private streamed: string[] | null = null
    private body: { value: unknown } | null = null

    setStatus(status: number): void {
        this.status = Number(status) || 200
    }

    setHeader(name: string, value: string): void {
        this.headers[String(name)] = String(value)
    }

    setContentType(type: string): void {
        this.contentType = String(type)
    }

    setBody(body: unknown): void {
        this.body = { value: body }
    }

    /** sn_ws_err errors and plain objects alike: {status, message, detail}. */
    setError(error: { status?: number; message?: string; detail?: string }): void {
        this.setStatus(error.status ?? 500)
        this.streamed = [JSON.stringify({ error: { message: error.message ?? 'Error', detail: error.detail ?? null }, status: 'failure' })]
    }

    getStreamWriter(): { writeString(text: string): void } {
        this.streamed ??= []
        const out = this.streamed
        return { writeString: (text: string) => void out.push(String(text)) }
    }

    /** The HTTP body: what was streamed, else {"result": body}, else nothing. */
    payload(): string {
        if (this.streamed) return this.streamed.join('')
        return this.body ? JSON.stringify({ result: this.body.value }) : ''
    }
}

/** `/items/{id}` → a matcher that yields {id}. */
export function matchPath(template: string, path: string): Record<string, string> | null {
    const names: string[] = []
    const clean = ('/' + template.replace(/^\/+|\/+$/g, '')).replace(/\/$/, '')
    const source = clean.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}/]+)\}/g, (_, n: string) => {
        names.push(n)
        return '([^/]+)'
    })
    const m = new RegExp(`^${source}/?$`).exec(path === '' ? '/' : path)
    if (!m) return null
    const out: Record<string, string> = {}
    names.forEach((n, i) => (out[n] = decodeURIComponent(m[i + 1])))
    return out
}

function idList(value: string | null): string[] {
    return (value ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
}

function queryParams(url: URL): Record<string, string[]> {
    const out: Record<string, string[]> = {}
    for (const [k, v] of url.searchParams) (out[k] ??= []).push(v)
    return out
}

/** The route that serves every installed scripted REST API (namespaces other than the platform's own now and sn_sc). */
export function scriptedRestRoutes(instance: Instance): Route[] {
    const store = instance.store

    const definition = (namespace: string, serviceId: string): DefinitionRow | undefined =>
        store.prepare('SELECT sys_id, name, is_versioned, enforce_acl FROM sys_ws_definition WHERE namespace = ? AND service_id = ? AND active = 1').get(namespace, serviceId) as
            | DefinitionRow
            | undefined

    const operations = (definitionId: string, method: string): OperationRow[] =>
        store
            .prepare(
                `SELECT o.sys_id, o.name, o.http_method, o.relative_path, o.operation_script, o.requires_authentication, o.requires_acl_authorization,
                        o.requires_snc_internal_role, o.enforce_acl, o.sys_scope, v.version, v.is_default
                 FROM sys_ws_operation o LEFT JOIN sys_ws_version v ON v.sys_id = o.web_service_version
                 WHERE o.web_service_definition = ? AND o.active = 1 AND upper(o.http_method) = ?`,
            )
            .all(definitionId, method) as OperationRow[]

    /** At least one of the ACLs passes for the session user (an empty list passes). */
    const aclsPass = (ids: string[], session: RuntimeSession): boolean => {
        const { userId, roles } = session
        if (!ids.length) return true
        const rows = store.prepare(`SELECT sys_id, name, admin_overrides, script, security_attribute, sys_scope FROM sys_security_acl WHERE active = 1 AND sys_id IN (${ids.map(() => '?').join(', ')})`).all(...ids) as AclRow[]
        const roleStmt = store.prepare('SELECT r.name AS name FROM sys_security_acl_role ar JOIN sys_user_role r ON r.sys_id = ar.sys_user_role WHERE ar.sys_security_acl = ?')
        return rows.some((acl) => {
            if (acl.admin_overrides !== 0 && roles.has('admin')) return true
            const needed = (roleStmt.all(acl.sys_id) as Array<{ name: string }>).map((r) => r.name)
            if (needed.length && !needed.some((r) => roles.has(r))) return false
            if (acl.security_attribute && !(userId && userId !== 'guest')) return false
            if (acl.script && acl.script.trim()) {
                const fn = instance.scripts.compile(['current'], `var answer;\n${acl.script}\n;return answer;`, `sys_security_acl:${acl.name}`)
                return instance.run(() => withSession(session, () => withScope(instance.scripts.scopeOf(acl.sys_scope), () => fn(null) === true)))
            }
            return true
        })
    }

    return [
        {
            method: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
            pattern: /^\/api\/(?!now\/|sn_sc\/)([^/]+)\/(.+)$/,
            auth: 'none',
            handle: async (ctx: RequestContext) => {
                const [namespace, rest] = ctx.params
                const segments = rest.split('/')
                const versioned = /^v(\d+)$/.exec(segments[0])
                const version = versioned ? Number(versioned[1]) : null
                const serviceId = versioned ? (segments[1] ?? '') : segments[0]
                const path = '/' + segments.slice(versioned ? 2 : 1).join('/')
                const def = definition(namespace, serviceId)
                if (!def) throw new HttpError(400, 'Requested URI does not represent any resource', ctx.url.pathname.slice(0, 200))
                let found: { op: OperationRow; params: Record<string, string> } | null = null
                for (const op of operations(def.sys_id, ctx.method)) {
                    if (version !== null ? op.version !== version : def.is_versioned === 1 && op.version !== null && op.is_default !== 1) continue
                    const params = matchPath(op.relative_path ?? '/', path)
                    if (params) {
                        found = { op, params }
                        break
                    }
                }
                if (!found) throw new HttpError(400, 'Requested URI does not represent any resource', ctx.url.pathname.slice(0, 200))
                const { op, params } = found
                // Basic credentials, or a session with its X-UserToken, as for every REST API (server.ts).
                const user: Authenticated | undefined = restUser(instance, ctx.req)
                if (op.requires_authentication !== 0 && !user) throw new HttpError(401, 'User Not Authenticated', 'Required to provide Auth information', BASIC_CHALLENGE)
                const session: RuntimeSession = user ? { userId: user.userId, userName: user.userName, roles: instance.rolesOf(user.userId) } : { userId: 'guest', userName: 'guest', roles: new Set() }
                const internal = store.prepare("SELECT 1 FROM sys_user_role WHERE name = 'snc_internal'").get()
                if (op.requires_snc_internal_role === 1 && internal && !session.roles.has('snc_internal') && !session.roles.has('admin')) {
                    throw new HttpError(403, 'Forbidden', 'The resource requires the snc_internal role')
                }
                const acls = idList(op.enforce_acl).length ? idList(op.enforce_acl) : idList(def.enforce_acl)
                if (op.requires_acl_authorization !== 0 && !aclsPass(acls, session)) {
                    throw new HttpError(403, 'User Not Authorized', `The user does not satisfy any ACL of ${def.name ?? serviceId} ${op.name ?? ''}`.trim())
                }
                const dataString = ['POST', 'PUT', 'PATCH'].includes(ctx.method) ? await ctx.body() : ''
                let data: unknown = null
                try {
                    data = dataString ? JSON.parse(dataString) : null
                } catch {
                    data = null
                }
                const headers: Record<string, string> = {}
                for (const [k, v] of Object.entries(ctx.req.headers)) if (typeof v === 'string') headers[k.toLowerCase()] = v
                const request: ScriptedRestRequest = {
                    pathParams: params,
                    queryParams: queryParams(ctx.url),
                    queryString: ctx.url.search.replace(/^\?/, ''),
                    uri: ctx.url.pathname,
                    url: `${ctx.baseUrl}${ctx.url.pathname}${ctx.url.search}`,
                    headers,
                    getHeader: (name: string) => headers[String(name).toLowerCase()],
                    body: { dataString, data },
                }
                const response = new ScriptedRestResponse()
                const script = instance.scripts.compile(['request', 'response'], op.operation_script ?? '', `sys_ws_operation:${op.name ?? op.sys_id}`)
                try {
                    // The resource script runs in the scope of the application that owns the operation.
                    instance.run(() => withSession(session, () => withScope(instance.scripts.scopeOf(op.sys_scope), () => script(request, response))))
                } catch (e) {
                    if (e instanceof TransactionCancelled) throw e
                    instance.log('error', `Scripted REST ${ctx.method} ${ctx.url.pathname}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`)
                    sendError(ctx.res, new HttpError(500, 'Script error', 'The resource script failed; see the instance log'))
                    return
                }
                const body = response.payload()
                ctx.res.writeHead(response.status, { 'Content-Type': response.contentType, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...response.headers })
                ctx.res.end(body)
            },
        },
    ]
}
