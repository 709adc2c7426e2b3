import { HttpError } from '../http/errors'

/*
 * The Batch API's request envelope (REST API reference, "Batch - POST /now/batch"):
 *   batch_request_id  "ID that identifies the batch of requests" (string)
 *   rest_requests     "Required. List of request objects to include in the batch request" (array), each with
 *     id      "Required. ID for each item in the batch"
 *     method  "Required. Method to call for the associated endpoint"
 *     url     "Required. Relative path of the endpoint to send the request to. Includes the query parameters."
 *     headers "List of request header objects to send to the endpoint" ([{name, value}])
 *     body    "Base64-encoded body of the request. Only applies to methods that require a body"
 *     exclude_response_headers  "Flag that indicates whether to exclude response headers" (default false)
 * The whole envelope is checked before any item runs: a malformed one is refused as a whole, so nothing of it
 * is half-done.
 */

export interface BatchItem {
    id: string
    method: string
    /** Path and query, relative to the instance. */
    url: string
    headers: Array<{ name: string; value: string }>
    body: Buffer | null
    excludeResponseHeaders: boolean
}

export interface BatchEnvelope {
    batchRequestId: string | null
    items: BatchItem[]
}

const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE'])
/** RFC 9110 field-name token. */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,256}$/
/** A header value may not break the header block (no CR, LF or NUL). */
const HEADER_VALUE = /^[^\r\n\0]{0,8192}$/
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/
/** A batch may not contain a batch: each item is one request to another API. */
const BATCH_PATH = /^\/api\/now\/(?:v\d+\/)?batch(?:\/|$)/

function invalid(detail: string): never {
    throw new HttpError(400, 'Invalid batch request', detail)
}

function isObject(v: unknown): v is Record<string, unknown> {
    return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** A display-safe, short rendering of what a client sent (for error details). */
function shown(v: unknown): string {
    const text = typeof v === 'string' ? JSON.stringify(v) : Array.isArray(v) ? 'an array' : v === null ? 'null' : typeof v
    return text.length > 60 ? `${text.slice(0, 57)}…` : text
}

function itemOf(raw: unknown, index: number, seen: Set<string>): BatchItem {
    const where = `rest_requests[${index}]`
    if (!isObject(raw)) invalid(`${where} must be an object, not ${shown(raw)}`)
    const { id, method, url, headers, body, exclude_response_headers: exclude } = raw
    if (typeof id !== 'string' || id === '') invalid(`${where}.id is required (a non-empty string)`)
    if (id.length > 256) invalid(`${where}.id is longer than 256 characters`)
    if (seen.has(id)) invalid(`${where}.id ${shown(id)} is used by another request of the batch`)
    seen.add(id)
    if (typeof method !== 'string' || !METHODS.has(method.toUpperCase())) invalid(`${where}.method must be one of GET, POST, PUT, PATCH, DELETE, not ${shown(method)}`)
    if (typeof url !== 'string' || url === '') invalid(`${where}.url is required (a relative path such as /api/now/table/incident)`)
    if (!url.startsWith('/') || url.startsWith('//') || url.includes('\\') || /[\s\0]/.test(url)) invalid(`${where}.url must be a path relative to the instance, not ${shown(url)}`)
    let pathname: string
    try {
        pathname = new URL(url, 'http://localhost').pathname
    } catch {
        invalid(`${where}.url is not a valid URL: ${shown(url)}`)
    }
    if (!pathname.startsWith('/api/')) invalid(`${where}.url must address a REST API (/api/...), not ${shown(url)}`)
    if (BATCH_PATH.test(pathname)) invalid(`${where}.url may not be the Batch API itself`)
    const list: Array<{ name: string; value: string }> = []
    if (headers !== undefined && headers !== null) {
        if (!Array.isArray(headers)) invalid(`${where}.headers must be an array of {"name", "value"} objects`)
        headers.forEach((h: unknown, i) => {
            if (!isObject(h) || typeof h.name !== 'string' || typeof h.value !== 'string') invalid(`${where}.headers[${i}] must be an object with string name and value`)
            if (!HEADER_NAME.test(h.name)) invalid(`${where}.headers[${i}].name ${shown(h.name)} is not a valid header name`)
            if (!HEADER_VALUE.test(h.value)) invalid(`${where}.headers[${i}].value may not contain line breaks`)
            list.push({ name: h.name, value: h.value })
        })
    }
    let decoded: Buffer | null = null
    if (body !== undefined && body !== null && body !== '') {
        if (typeof body !== 'string') invalid(`${where}.body must be a Base64-encoded string`)
        const compact = body.replace(/\s+/g, '')
        if (!BASE64.test(compact)) invalid(`${where}.body is not valid Base64`)
        decoded = Buffer.from(compact, 'base64')
    }
    if (exclude !== undefined && exclude !== null && typeof exclude !== 'boolean') invalid(`${where}.exclude_response_headers must be true or false`)
    return { id, method: method.toUpperCase(), url, headers: list, body: decoded, excludeResponseHeaders: exclude === true }
}

/** Reads and checks a batch request body; 400 "Invalid batch request" saying what is wrong, before anything runs. */
export function parseEnvelope(text: string): BatchEnvelope {
    let raw: unknown
    try {
        raw = JSON.parse(text)
    } catch {
        throw new HttpError(400, 'Exception while reading request', 'The payload is not valid JSON.')
    }
    if (!isObject(raw)) invalid('The payload must be a JSON object with rest_requests')
    const id = raw.batch_request_id
    if (id !== undefined && id !== null && typeof id !== 'string' && typeof id !== 'number') invalid('batch_request_id must be a string')
    if (raw.rest_requests === undefined || raw.rest_requests === null) invalid('rest_requests is required')
    if (!Array.isArray(raw.rest_requests)) invalid('rest_requests must be an array of request objects')
    const seen = new Set<string>()
    const items = raw.rest_requests.map((r: unknown, i) => itemOf(r, i, seen))
    return { batchRequestId: id === undefined || id === null ? null : String(id), items }
}
