import type * as http from 'node:http'
import type { Instance } from '../instance'
import { GlideRecord } from '../glide/GlideRecord'
import { runtime } from '../glide/runtime'
import { HttpError } from '../http/errors'
import { nameValuePairs, nameValueText } from '../table-api/name-value-filter'
import { responseFormat, sendRestResult, sendXmlError, type RestFormat } from '../http/rest-media'
import { linkHeader } from '../http/link-header'
import type { RequestContext, Route } from '../http/router'
import { requireWebServiceAccess, webServiceMayReach } from '../http/ws-access'
import { QueryError } from '../query'
import { mayAccessParent, parentRecord, ParentAccessCache } from './access'
import { attachmentContent, attachmentMetadata, attachmentRecord, removeAttachment, storeAttachment, type AttachmentMetadata } from './attachments'
import { AttachmentRefused, maxAttachmentBytes, mayAttach } from './policy'
import { readMultipart, readRawBody } from './upload'

/*
 * The Attachment API (REST API reference, "Attachment API"): "Versioned URL: /api/now/v1/attachment/…, Default
 * URL: /api/now/attachment/…".
 * - POST /file?table_name&table_sys_id&file_name: "Uploads a specified binary file as an attachment to a
 *   specified record"; Content-Type "of the file to attach … This header is mandatory"; 201 with Location;
 *   "400: one or more mandatory parameters were missing"; "404: the record specified by the table_name and
 *   table_sys_id parameters does not exist or is not accessible to the current user".
 * - POST /upload: "Uploads a multipart file attachment"; table_name and table_sys_id in the form body, the file last.
 * - GET: "Returns the metadata for multiple attachments": sysparm_limit (default 1000), sysparm_offset,
 *   sysparm_query ("relative to the Attachments [sys_attachment] table", with ORDERBY / ORDERBYDESC).
 * - GET /{sys_id}: the metadata; "404: the specified attachment does not exist, or the current user cannot access it".
 * - GET /{sys_id}/file: "Returns the binary file attachment", with "X-Attachment-Metadata: Metadata about the
 *   returned file, such as size, name, and file type".
 * - DELETE /{sys_id}: 204.
 * - creation_time (POST /file): "Creation date and time of the attachment. Use this parameter to capture
 *   attachment creation times when the Now Mobile app is offline and the attachment is uploaded to a record at
 *   a later time ... Default: The current date and time."
 * - GET list, response header "Link: Links to download the attachments": paging links as the Table API's
 *   (first, prev, next, last), over the attachments the user may read.
 * - "Allow access to this table via web services" (http/ws-access.ts): an attachment is reached through its
 *   record's table, so a table closed to web services closes its attachments too (403), as does closing
 *   sys_attachment itself.
 */
// platform-difference: attachment-ws-access

const BASE = String.raw`^\/api\/now\/(?:v1\/)?attachment`
const DEFAULT_LIMIT = 1000

/**
 * The uploads take any body type, which is what an HTML form on another site can send too (multipart, or a
 * text/plain body): the JSON-only rule that keeps other sites out of the other REST APIs cannot apply, so a
 * write whose browser says it comes from another origin is refused here instead.
 */
// platform-difference: attachment-cross-site-writes
function refuseCrossSite(req: http.IncomingMessage): void {
    const site = String(req.headers['sec-fetch-site'] ?? '')
    const origin = req.headers.origin
    let foreign = site === 'cross-site' || site === 'same-site'
    if (origin !== undefined && !foreign) {
        try {
            foreign = new URL(origin).host !== req.headers.host
        } catch {
            foreign = true
        }
    }
    if (foreign) throw new HttpError(403, 'Forbidden', 'Attachments cannot be uploaded or deleted from another site')
}

function int(params: URLSearchParams, name: string, dflt: number): number {
    const v = params.get(name)
    if (v === null || v === '') return dflt
    if (!/^\d{1,9}$/.test(v)) throw new HttpError(400, `Invalid ${name}`, `${name} must be a non-negative integer`)
    return Number(v)
}

/** creation_time as the stored date-time (UTC, `YYYY-MM-DD HH:MM:SS`), or undefined when not given. */
function creationTime(params: URLSearchParams): string | undefined {
    const v = params.get('creation_time')
    if (v === null || v === '') return undefined
    const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(v)
    const ms = m ? Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]) : Number.NaN
    // A real calendar instant: Date.UTC would carry 2026-02-30 into March, so the text must round-trip.
    if (!m || Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 19).replace('T', ' ') !== v) {
        throw new HttpError(400, 'Invalid creation_time', `creation_time must be a date and time YYYY-MM-DD HH:MM:SS (UTC), got ${JSON.stringify(v.slice(0, 40))}`)
    }
    return v
}

function refused(e: unknown): never {
    if (e instanceof AttachmentRefused) throw new HttpError(e.status, e.message, e.detail)
    if (e instanceof QueryError) throw new HttpError(400, 'Invalid query', e.message)
    throw e
}

export function attachmentRoutes(instance: Instance): Route[] {
    const as = <T>(ctx: RequestContext, fn: () => T): T => {
        try {
            return instance.runAs(ctx.user?.userId ?? '', fn)
        } catch (e) {
            return refused(e)
        }
    }
    const handled = (handle: (ctx: RequestContext, format: RestFormat) => Promise<void> | void) => async (ctx: RequestContext) => {
        const format = responseFormat(ctx.req.headers.accept)
        try {
            await handle(ctx, format)
        } catch (e) {
            if (!(e instanceof HttpError) || format === 'json') throw e
            sendXmlError(ctx.res, e)
        }
    }

    /** The parent checks of an upload, before its bytes are read: the record exists, the user may read and write it and attach at all. */
    const checkUploadTarget = (table: string, tableSysId: string): void => {
        if (!table || !tableSysId) throw new HttpError(400, 'Bad request', 'table_name and table_sys_id are required')
        requireWebServiceAccess(runtime().store, 'sys_attachment')
        requireWebServiceAccess(runtime().store, table)
        const parent = parentRecord(table, tableSysId)
        if (!parent || !mayAccessParent(parent, 'read')) throw new HttpError(404, 'Record not found', `No ${table.slice(0, 80)} record ${tableSysId.slice(0, 40)} is accessible to you`)
        if (!mayAccessParent(parent, 'write') || !mayAttach(runtime().properties, runtime().session.roles)) {
            throw new HttpError(403, 'Forbidden', 'You may not add attachments to this record')
        }
    }

    const created = (ctx: RequestContext, format: RestFormat, id: string): void => {
        const result = as(ctx, () => attachmentMetadata(attachmentRecord(id) as GlideRecord, ctx.baseUrl))
        sendRestResult(ctx.res, format, 201, result, { Location: `${ctx.baseUrl}/api/now/attachment/${id}` })
    }

    /** The attachment record if the user may read its parent (else 404, as for one that does not exist). */
    const readable = (ctx: RequestContext, sysId: string): GlideRecord => {
        const gr = attachmentRecord(sysId)
        if (!gr || !new ParentAccessCache().may(gr.getValue('table_name') ?? '', gr.getValue('table_sys_id') ?? '', 'read')) {
            throw new HttpError(404, 'Record doesn\'t exist or ACL restricts the record retrieval', `No attachment ${sysId.slice(0, 40)} is accessible to you`)
        }
        requireWebServiceAccess(runtime().store, 'sys_attachment')
        requireWebServiceAccess(runtime().store, gr.getValue('table_name') ?? '')
        return gr
    }

    return [
        {
            method: 'POST',
            pattern: new RegExp(`${BASE}\\/file\\/?$`),
            auth: 'basic',
            anyBody: true,
            handle: handled(async (ctx, format) => {
                const params = ctx.url.searchParams
                const table = params.get('table_name') ?? ''
                const tableSysId = params.get('table_sys_id') ?? ''
                const fileName = params.get('file_name') ?? ''
                const contentType = String(ctx.req.headers['content-type'] ?? '')
                let createdOn: string | undefined
                try {
                    refuseCrossSite(ctx.req)
                    if (!fileName) throw new HttpError(400, 'Bad request', 'file_name is required')
                    createdOn = creationTime(params)
                    if (!contentType) throw new HttpError(400, 'Bad request', 'The Content-Type header (the type of the file) is required')
                    as(ctx, () => checkUploadTarget(table, tableSysId))
                } catch (e) {
                    ctx.req.resume()
                    throw e
                }
                const data = await readRawBody(ctx.req, as(ctx, () => maxAttachmentBytes(runtime().properties)))
                const id = as(ctx, () => {
                    // Checked again: the record or the user's rights may have changed while the bytes arrived.
                    checkUploadTarget(table, tableSysId)
                    return storeAttachment({ table, tableSysId, fileName, contentType, data, createdOn })
                })
                created(ctx, format, id)
            }),
        },
        {
            method: 'POST',
            pattern: new RegExp(`${BASE}\\/upload\\/?$`),
            auth: 'basic',
            anyBody: true,
            handle: handled(async (ctx, format) => {
                try {
                    refuseCrossSite(ctx.req)
                    if (!/^multipart\/form-data\b/i.test(String(ctx.req.headers['content-type'] ?? ''))) {
                        throw new HttpError(415, 'Unsupported Media Type', 'Send the upload as multipart/form-data')
                    }
                } catch (e) {
                    ctx.req.resume()
                    throw e
                }
                const form = await readMultipart(ctx.req, as(ctx, () => maxAttachmentBytes(runtime().properties)))
                const table = form.fields.table_name ?? ''
                const tableSysId = form.fields.table_sys_id ?? ''
                if (!form.file) throw new HttpError(400, 'Bad request', 'The form has no file part')
                const file = form.file
                const id = as(ctx, () => {
                    checkUploadTarget(table, tableSysId)
                    return storeAttachment({ table, tableSysId, fileName: file.fileName, contentType: file.contentType, data: file.data })
                })
                created(ctx, format, id)
            }),
        },
        {
            method: 'GET',
            pattern: new RegExp(`${BASE}\\/?$`),
            auth: 'basic',
            handle: handled((ctx, format) => {
                const params = ctx.url.searchParams
                const limit = int(params, 'sysparm_limit', DEFAULT_LIMIT)
                const offset = int(params, 'sysparm_offset', 0)
                const { result, total } = as(ctx, () => {
                    requireWebServiceAccess(runtime().store, 'sys_attachment')
                    const pairs = nameValueText(runtime().store.schema, 'sys_attachment', nameValuePairs(params), () => undefined)
                    const query = [params.get('sysparm_query') ?? '', pairs].filter((q) => q !== '').join('^')
                    const gr = new GlideRecord('sys_attachment')
                    if (query) gr.addEncodedQuery(query)
                    gr.query()
                    const access = new ParentAccessCache()
                    const out: AttachmentMetadata[] = []
                    // Every readable attachment is counted (the Link header's last page), the page's own are kept.
                    let seen = 0
                    while (gr.next()) {
                        const table = gr.getValue('table_name') ?? ''
                        if (!webServiceMayReach(runtime().store, table) || !access.may(table, gr.getValue('table_sys_id') ?? '', 'read')) continue
                        if (seen++ >= offset && out.length < limit) out.push(attachmentMetadata(gr, ctx.baseUrl))
                    }
                    return { result: out, total: seen }
                })
                const headers: Record<string, string> = {}
                if ((params.get('sysparm_suppress_pagination_header') ?? '').toLowerCase() !== 'true') headers.Link = linkHeader(ctx, offset, limit, total)
                sendRestResult(ctx.res, format, 200, result, headers)
            }),
        },
        {
            method: 'GET',
            pattern: new RegExp(`${BASE}\\/([^/]+)\\/file\\/?$`),
            auth: 'basic',
            handle: handled((ctx) => {
                const sysId = ctx.params[0]
                const { data, metadata } = as(ctx, () => {
                    const gr = readable(ctx, sysId)
                    return { data: attachmentContent(sysId) as Buffer, metadata: attachmentMetadata(gr, ctx.baseUrl) }
                })
                const fileName = metadata.file_name.replace(/[^\x20-\x7e]|["\\]/g, '_')
                ctx.res.writeHead(200, {
                    'Content-Type': metadata.content_type || 'application/octet-stream',
                    'Content-Length': String(data.length),
                    // JSON with every non-ASCII character escaped: a header value carries ASCII only.
                    'X-Attachment-Metadata': JSON.stringify(metadata).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
                    // Uploaded content is never run as a page of this site: saved, not rendered, and sandboxed if rendered.
                    'Content-Disposition': `attachment; filename="${fileName}"; filename*=UTF-8''${encodeURIComponent(metadata.file_name)}`,
                    'Content-Security-Policy': 'sandbox; default-src \'none\'',
                    'X-Content-Type-Options': 'nosniff',
                    'Cache-Control': 'no-store',
                })
                ctx.res.end(data)
            }),
        },
        {
            method: ['GET', 'DELETE'],
            pattern: new RegExp(`${BASE}\\/([^/]+)\\/?$`),
            auth: 'basic',
            handle: handled((ctx, format) => {
                const sysId = ctx.params[0]
                if (ctx.method === 'GET') {
                    sendRestResult(ctx.res, format, 200, as(ctx, () => attachmentMetadata(readable(ctx, sysId), ctx.baseUrl)))
                    return
                }
                refuseCrossSite(ctx.req)
                as(ctx, () => {
                    const gr = readable(ctx, sysId)
                    if (!new ParentAccessCache().may(gr.getValue('table_name') ?? '', gr.getValue('table_sys_id') ?? '', 'write')) {
                        throw new HttpError(403, 'Forbidden', 'You may not delete attachments of this record')
                    }
                    removeAttachment(sysId)
                })
                ctx.res.writeHead(204)
                ctx.res.end()
            }),
        },
    ]
}
