import * as http from 'node:http'
import * as net from 'node:net'
import type { Instance } from '../instance'
import type { Authenticated } from '../http/auth'
import { HttpError } from '../http/errors'
import { sendJson } from '../http/respond'
import type { RequestContext, Route } from '../http/router'
import { delegateUser } from '../http/server'
import { CapturedResponse } from './captured-response'
import { parseEnvelope, type BatchItem } from './envelope'

/*
 * The Batch API, `POST /api/now/v1/batch` (REST API reference, "Batch API"): "Sends multiple REST API
 * requests in a single call" and "Apply existing ACLs to each API call in the batch". Each item is routed
 * by the server exactly as a direct request is (ctx.dispatch: same routes, media type rules, ACLs, business
 * rules), one after the other, as the batch's authenticated user ("narrowing authentication, session setup,
 * and round-trip traffic to a single step"); an item's own Authorization, Cookie or X-UserToken header is
 * not a way to become someone else and is dropped.
 *
 * Limits: "Each item in the response: 10 MB. You can change this default by updating the
 * glide.rest.batch.max.outputSize system property or adding the X-BATCHREQUEST-MAX-OUTPUT-SIZE header to your
 * request. The X-BATCHREQUEST-MAX-OUTPUT-SIZE header value cannot exceed the value of the system property."
 * "When a batch request reaches a size or processing limit, the system cancels the transaction and returns
 * unprocessed requests in the unserviced JSON array in the response."
 */

const DEFAULT_MAX_OUTPUT = 10 * 1024 * 1024
const IDENTITY_HEADERS = new Set(['authorization', 'cookie', 'x-usertoken'])

interface Serviced {
    id: string
    body: string
    status_code: number
    status_text: string
    headers: Array<{ name: string; value: string }>
    execution_time: number
    error_message?: string
}

function maxOutputSize(instance: Instance, header: string | string[] | undefined): number {
    const configured = Number(instance.properties.get('glide.rest.batch.max.outputSize') ?? '')
    const ceiling = Number.isInteger(configured) && configured > 0 ? configured : DEFAULT_MAX_OUTPUT
    if (header === undefined) return ceiling
    const text = Array.isArray(header) ? header[0] : header
    if (!/^\d{1,12}$/.test(text)) throw new HttpError(400, 'Invalid batch request', 'X-BATCHREQUEST-MAX-OUTPUT-SIZE must be a number of bytes')
    return Math.min(Number(text), ceiling)
}

/** The item as an incoming request: its method, URL, headers and body, from the batch's client address. */
// platform-difference: batch-items-run-as-batch-user
function itemRequest(outer: http.IncomingMessage, item: BatchItem, user: Authenticated): http.IncomingMessage {
    const socket = new net.Socket()
    // Login throttling and logs see the batch's client, not an anonymous one.
    Object.defineProperty(socket, 'remoteAddress', { value: outer.socket.remoteAddress })
    const req = new http.IncomingMessage(socket)
    req.method = item.method
    req.url = item.url
    const headers: http.IncomingHttpHeaders = { host: outer.headers.host }
    for (const { name, value } of item.headers) {
        const key = name.toLowerCase()
        if (IDENTITY_HEADERS.has(key) || key === 'content-length' || key === 'transfer-encoding' || key === 'host') continue
        headers[key] = value
    }
    if (item.body) headers['content-length'] = String(item.body.length)
    req.headers = headers
    if (item.body) req.push(item.body)
    req.push(null)
    req.complete = true
    delegateUser(req, user)
    return req
}

/** An error body's message, for error_message ("If present, the error messages"). */
function errorMessage(status: number, body: Buffer): string | undefined {
    if (status < 400) return undefined
    try {
        const parsed = JSON.parse(body.toString('utf8')) as { error?: { message?: unknown } }
        return typeof parsed.error?.message === 'string' ? parsed.error.message : undefined
    } catch {
        return undefined
    }
}

async function runBatch(instance: Instance, ctx: RequestContext): Promise<void> {
    const user = ctx.user
    const dispatch = ctx.dispatch
    if (!user || !dispatch) throw new HttpError(401, 'User Not Authenticated', 'Required to provide Auth information')
    const envelope = parseEnvelope(await ctx.body())
    const maxOutput = maxOutputSize(instance, ctx.req.headers['x-batchrequest-max-output-size'])
    const serviced: Serviced[] = []
    const unserviced: string[] = []
    for (const [index, item] of envelope.items.entries()) {
        const req = itemRequest(ctx.req, item, user)
        const res = new CapturedResponse(req)
        const started = performance.now()
        const outcome = await dispatch(req, res)
        const body = res.body()
        if (outcome === 'cancelled' || body.length > maxOutput) {
            // The transaction ends here: this item and every later one are returned as not processed.
            unserviced.push(...envelope.items.slice(index).map((i) => i.id))
            break
        }
        const entry: Serviced = {
            id: item.id,
            body: body.toString('base64'),
            status_code: res.status,
            status_text: http.STATUS_CODES[res.status] ?? '',
            headers: item.excludeResponseHeaders ? [] : res.headerList(),
            execution_time: Math.round(performance.now() - started),
        }
        const message = errorMessage(res.status, body)
        if (message !== undefined) entry.error_message = message
        serviced.push(entry)
    }
    // platform-difference: batch-json-only
    sendJson(ctx.res, 200, { batch_request_id: envelope.batchRequestId ?? '', serviced_requests: serviced, unserviced_requests: unserviced })
}

export function batchRoutes(instance: Instance): Route[] {
    return [{ method: 'POST', pattern: /^\/api\/now\/v1\/batch\/?$/, auth: 'basic', handle: (ctx) => runBatch(instance, ctx) }]
}
