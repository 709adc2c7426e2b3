import * as http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Instance } from '../instance'
import { BasicAuth, type Authenticated } from './auth'
import { errorBody, HttpError } from './errors'
import { DEFAULT_LIMIT, TableApi, type AccessPolicy, type DisplayMode, type ListOptions } from './table-api'

/** Requests larger than this are refused before they are read into memory. */
export const MAX_BODY_BYTES = 1024 * 1024

export interface ServerOptions {
    host?: string
    port?: number
    access?: AccessPolicy
}

export interface RunningServer {
    url: string
    server: http.Server
    close(): Promise<void>
}

/** Until the ACL engine is installed, only admins reach the Table API (deny by default). */
export const adminOnly = (instance: Instance, user: () => Authenticated | undefined): AccessPolicy => ({
    check: () => {
        const u = user()
        return !!u && instance.rolesOf(u.userId).has('admin')
    },
})

function readBody(req: http.IncomingMessage): Promise<string> {
    return new Promise((resolve, reject) => {
        const declared = Number(req.headers['content-length'] ?? 0)
        if (declared > MAX_BODY_BYTES) {
            reject(new HttpError(413, 'Request entity too large', `The body may not exceed ${MAX_BODY_BYTES} bytes`))
            req.resume()
            return
        }
        const chunks: Buffer[] = []
        let size = 0
        req.on('data', (c: Buffer) => {
            size += c.length
            if (size > MAX_BODY_BYTES) {
                reject(new HttpError(413, 'Request entity too large', `The body may not exceed ${MAX_BODY_BYTES} bytes`))
                req.destroy()
                return
            }
            chunks.push(c)
        })
        req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
        req.on('error', reject)
    })
}

function parseJson(text: string): unknown {
    try {
        return JSON.parse(text)
    } catch {
        throw new HttpError(400, 'Exception while reading request', 'The payload is not valid JSON.')
    }
}

function listOptions(params: URLSearchParams): ListOptions {
    const int = (name: string, dflt: number) => {
        const v = params.get(name)
        if (v === null || v === '') return dflt
        if (!/^\d+$/.test(v)) throw new HttpError(400, `Invalid ${name}`, `${name} must be a non-negative integer`)
        return Number(v)
    }
    const display = (params.get('sysparm_display_value') ?? 'false').toLowerCase()
    if (!['true', 'false', 'all'].includes(display)) throw new HttpError(400, 'Invalid sysparm_display_value', 'Use true, false or all')
    const fields = params.get('sysparm_fields')
    return {
        query: params.get('sysparm_query') ?? '',
        fields: fields ? fields.split(',').map((f) => f.trim()) : null,
        limit: Math.min(int('sysparm_limit', DEFAULT_LIMIT), DEFAULT_LIMIT),
        offset: int('sysparm_offset', 0),
        display: display as DisplayMode,
        excludeLinks: (params.get('sysparm_exclude_reference_link') ?? 'false').toLowerCase() === 'true',
    }
}

/** The local instance's HTTP server: the Table API now; the portal and pages register more routes. */
export async function startServer(instance: Instance, options: ServerOptions = {}): Promise<RunningServer> {
    const auth = new BasicAuth(instance)
    let currentUser: Authenticated | undefined
    const access = options.access ?? adminOnly(instance, () => currentUser)
    let baseUrl = ''

    const handle = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
        const url = new URL(req.url ?? '/', 'http://localhost')
        const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
            const text = body === undefined ? '' : JSON.stringify(body)
            res.writeHead(status, { 'Content-Type': 'application/json;charset=UTF-8', 'Cache-Control': 'no-store', ...headers })
            res.end(text)
        }
        try {
            const m = /^\/api\/now\/table\/([^/]+)(?:\/([^/]+))?\/?$/.exec(url.pathname)
            if (!m) throw new HttpError(404, 'Requested URI does not represent any resource', url.pathname.slice(0, 200))
            const user = auth.fromHeader(req.headers.authorization)
            if (!user) throw new HttpError(401, 'User Not Authenticated', 'Required to provide Auth information', { 'WWW-Authenticate': 'Basic realm="Persona Service Management"' })
            const method = (req.method ?? 'GET').toUpperCase()
            const body = method === 'POST' || method === 'PUT' || method === 'PATCH' ? await readBody(req) : ''
            const table = decodeURIComponent(m[1])
            const sysId = m[2] ? decodeURIComponent(m[2]) : undefined
            const opts = listOptions(url.searchParams)
            const api = new TableApi(instance, baseUrl, access)
            instance.runAs(user.userId, () => {
                currentUser = user
                try {
                    if (method === 'GET' && !sysId) {
                        const { result, total } = api.list(table, opts)
                        send(200, { result }, { 'X-Total-Count': String(total) })
                    } else if (method === 'GET' && sysId) send(200, { result: api.get(table, sysId, opts) })
                    else if (method === 'POST' && !sysId) send(201, { result: api.create(table, parseJson(body), opts) }, { Location: '' })
                    else if ((method === 'PUT' || method === 'PATCH') && sysId) send(200, { result: api.update(table, sysId, parseJson(body), opts) })
                    else if (method === 'DELETE' && sysId) {
                        api.remove(table, sysId)
                        res.writeHead(204)
                        res.end()
                    } else throw new HttpError(405, 'Method not Supported', `${method} is not supported on this resource`)
                } finally {
                    currentUser = undefined
                }
            })
            instance.drainSoon()
        } catch (e) {
            if (e instanceof HttpError) {
                res.writeHead(e.status, { 'Content-Type': 'application/json;charset=UTF-8', ...e.headers })
                res.end(errorBody(e.message, e.detail))
                return
            }
            instance.log('error', `HTTP ${req.method} ${url.pathname}: ${e instanceof Error ? e.stack : String(e)}`)
            if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json;charset=UTF-8' })
            res.end(errorBody('Internal server error', 'See the instance log'))
        }
    }

    const server = http.createServer((req, res) => void handle(req, res))
    server.headersTimeout = 30_000
    server.requestTimeout = 60_000
    await new Promise<void>((resolve, reject) => {
        server.once('error', reject)
        server.listen(options.port ?? 8080, options.host ?? '127.0.0.1', () => resolve())
    })
    const addr = server.address() as AddressInfo
    baseUrl = `http://${addr.address}:${addr.port}`
    return {
        url: baseUrl,
        server,
        close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    }
}
