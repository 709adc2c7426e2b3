import type * as http from 'node:http'
import { HttpError } from './errors'

/*
 * The media types a REST API request body may have. The platform's REST API reference, Content-Type
 * request header: "Data format of the request body. Supported types: application/json or
 * application/xml. Default: application/json" (Table API), "Only supports application/json" (most
 * others). The local instance reads JSON only, so XML is 415 here too, and a write without a
 * Content-Type is 415 rather than read as JSON (docs/differences.md: rest-json-bodies-only).
 *
 * Refusing every other type is also what keeps other sites out: an HTML form can only send
 * application/x-www-form-urlencoded, multipart/form-data or text/plain, and a cross-site fetch that
 * sets application/json must pass a CORS preflight, which this server never grants. So a page
 * elsewhere cannot write through the REST APIs even when the browser holds basic credentials or a
 * session cookie for this site. (A fetch whose body is a Blob without a type sends no Content-Type
 * at all and needs no preflight: that is why a missing Content-Type is refused too.)
 */

const XML = new Set(['application/xml', 'text/xml'])
const WRITES = new Set(['POST', 'PUT', 'PATCH'])

/** The media type of a Content-Type header, lower case, without parameters; '' when absent. */
export function mediaType(header: string | undefined): string {
    return (header ?? '').split(';')[0].trim().toLowerCase()
}

export function isJson(type: string): boolean {
    return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'))
}

function hasBody(headers: http.IncomingHttpHeaders): boolean {
    return Number(headers['content-length'] ?? 0) > 0 || headers['transfer-encoding'] !== undefined
}

/**
 * 415 unless a write's body is JSON. POST, PUT and PATCH need a JSON Content-Type even with an empty
 * body (a bodiless cross-site POST would otherwise pass, and order_now orders with no body at all);
 * any other method only when it carries a body.
 */
// platform-difference: rest-json-bodies-only
export function requireJsonBody(method: string, headers: http.IncomingHttpHeaders): void {
    if (!WRITES.has(method) && !hasBody(headers)) return
    const type = mediaType(headers['content-type'])
    if (isJson(type)) return
    const detail = XML.has(type)
        ? `Content-Type ${type} is not supported by the local instance; send application/json`
        : type
          ? `Content-Type ${type.slice(0, 100)} is not supported; send application/json`
          : 'The request has no Content-Type; send application/json'
    throw new HttpError(415, 'Unsupported Media Type', detail)
}

/*
 * Response media types. The Table API's Accept header: "Data format of the response body. Supported types:
 * application/json or application/xml. Default: application/json". The XML body carries what the JSON body
 * carries, element for element: `<response><result>…</result></response>` (a list repeats `<result>`), a
 * reference's link and value as child elements, errors as `<response><error><message/><detail/></error>
 * <status>failure</status></response>`.
 */

export type RestFormat = 'json' | 'xml'

/**
 * The format the Accept header prefers: XML when application/xml (or text/xml) ranks above every JSON or
 * wildcard type, JSON otherwise (no header, `*\/*`, or types neither of them).
 */
export function responseFormat(accept: string | undefined): RestFormat {
    if (!accept) return 'json'
    let best: { format: RestFormat; q: number } | null = null
    for (const part of accept.split(',').slice(0, 50)) {
        const [type, ...options] = part.split(';').map((s) => s.trim().toLowerCase())
        const qOption = options.find((o) => o.startsWith('q='))
        const q = qOption ? Number(qOption.slice(2)) : 1
        if (!Number.isFinite(q) || q <= 0) continue
        const format: RestFormat | null = XML.has(type) ? 'xml' : isJson(type) || type === '*/*' || type === 'application/*' ? 'json' : null
        if (format && (!best || q > best.q)) best = { format, q }
    }
    return best?.format ?? 'json'
}

function escapeXml(text: string): string {
    // Characters XML 1.0 cannot carry at all are dropped; the markup characters are escaped.
    return text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '').replace(/[<>&]/g, (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp' }[c]};`)
}

/** An element name for a field name (field names are [a-z0-9_.]; anything else is replaced so the XML stays well formed). */
function elementName(name: string): string {
    const safe = name.replace(/[^A-Za-z0-9_.-]/g, '_')
    return /^[A-Za-z_]/.test(safe) ? safe : `_${safe}`
}

function xmlValue(name: string, value: unknown): string {
    const tag = elementName(name)
    if (value === null || value === undefined || value === '') return `<${tag}/>`
    if (typeof value === 'object' && !Array.isArray(value)) {
        return `<${tag}>${Object.entries(value as Record<string, unknown>).map(([k, v]) => xmlValue(k, v)).join('')}</${tag}>`
    }
    return `<${tag}>${escapeXml(String(value))}</${tag}>`
}

/** `{"result": …}` as the platform's XML response. */
export function xmlResult(result: unknown): string {
    const records = Array.isArray(result) ? result : [result]
    return `<?xml version="1.0" encoding="UTF-8"?><response>${records.map((r) => xmlValue('result', r)).join('')}</response>`
}

/** A REST result in the negotiated format; `result` undefined sends no body (X-no-response-body). */
export function sendRestResult(res: http.ServerResponse, format: RestFormat, status: number, result: unknown, headers: Record<string, string> = {}): void {
    const type = format === 'xml' ? 'application/xml;charset=UTF-8' : 'application/json;charset=UTF-8'
    res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...headers })
    if (result === undefined) res.end()
    else res.end(format === 'xml' ? xmlResult(result) : JSON.stringify({ result }))
}

/** An error in the platform's REST shape, as XML (JSON errors are sent by the server's error handler). */
export function sendXmlError(res: http.ServerResponse, e: HttpError): void {
    res.writeHead(e.status, { 'Content-Type': 'application/xml;charset=UTF-8', 'X-Content-Type-Options': 'nosniff', ...e.headers })
    res.end(`<?xml version="1.0" encoding="UTF-8"?><response>${xmlValue('error', { message: e.message, detail: e.detail ?? '' })}<status>failure</status></response>`)
}
