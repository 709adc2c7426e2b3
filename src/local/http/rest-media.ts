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
