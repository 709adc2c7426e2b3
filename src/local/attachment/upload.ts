import busboy from 'busboy'
import type * as http from 'node:http'
import { HttpError } from '../http/errors'
import { MAX_CONTENT_TYPE } from './policy'

/*
 * Reading an upload's bytes, bounded. The Attachment API "accepts all Content-Type values (*\/*)": POST
 * /now/attachment/file takes the file as the raw body, POST /now/attachment/upload as a multipart/form-data
 * form where "the file content is contained in the final part of the message only. Earlier parts should
 * contain only metadata such as table name and record sys_id" (table_name, table_sys_id).
 *
 * A body over the size limit is refused as soon as it is known to be over it (by Content-Length, else while it
 * streams); its remaining bytes are read and dropped, never kept, so the answer reaches the client. A multipart
 * form is refused when it has more parts or fields than an upload needs, a field longer than metadata can be, a part
 * header over 16 KB (busboy's bound, the same as Node's for request headers) or a second file: a "multipart
 * bomb" costs at most what these bounds allow.
 */

/** What a multipart upload may carry besides its one file: table_name, table_sys_id and a few optional fields. */
export const MULTIPART_LIMITS = { fields: 10, parts: 11, files: 1, fieldSize: 1024, fieldNameSize: 100 }

export interface MultipartUpload {
    fields: Record<string, string>
    file: { fileName: string; contentType: string; data: Buffer } | null
}

function tooLarge(limit: number): HttpError {
    return new HttpError(413, 'Request entity too large', `The attachment exceeds the maximum attachment size of ${limit} bytes (com.glide.attachment.max_size)`)
}

/** Stops reading into memory: what is left of the body is read and dropped, so the response can still be sent. */
function discardRest(req: http.IncomingMessage): void {
    req.unpipe()
    req.removeAllListeners('data')
    req.resume()
}

/** The raw body (POST /file), at most `limit` bytes. */
export function readRawBody(req: http.IncomingMessage, limit: number): Promise<Buffer> {
    return new Promise((resolve, reject) => {
        if (Number(req.headers['content-length'] ?? 0) > limit) {
            discardRest(req)
            reject(tooLarge(limit))
            return
        }
        const chunks: Buffer[] = []
        let size = 0
        let failed = false
        req.on('data', (c: Buffer) => {
            if (failed) return
            size += c.length
            if (size > limit) {
                failed = true
                chunks.length = 0
                discardRest(req)
                reject(tooLarge(limit))
                return
            }
            chunks.push(c)
        })
        req.on('end', () => {
            if (!failed) resolve(Buffer.concat(chunks))
        })
        req.on('error', (e) => {
            if (!failed) reject(e)
        })
    })
}

/** The multipart form of POST /upload: its fields and its one file (the last part), within the limits above. */
export function readMultipart(req: http.IncomingMessage, limit: number): Promise<MultipartUpload> {
    // The form's own overhead (boundaries, part headers, the fields) on top of the file.
    const slack = 64 * 1024
    if (Number(req.headers['content-length'] ?? 0) > limit + slack) {
        discardRest(req)
        return Promise.reject(tooLarge(limit))
    }
    return new Promise((resolve, reject) => {
        let bb: busboy.Busboy
        try {
            bb = busboy({ headers: req.headers, limits: { ...MULTIPART_LIMITS, fileSize: limit } })
        } catch {
            reject(new HttpError(400, 'Bad request', 'Malformed multipart/form-data request (no boundary)'))
            return
        }
        const upload: MultipartUpload = { fields: {}, file: null }
        let failure: HttpError | null = null
        let settled = false
        /** Set when the file part begins (its bytes end later): any field after it is out of order. */
        let fileSeen = false
        const fail = (e: HttpError) => {
            if (failure) return
            failure = e
            upload.file = null
            discardRest(req)
            settled = true
            reject(e)
        }
        bb.on('field', (name, value, info) => {
            if (failure) return
            if (fileSeen) return fail(new HttpError(400, 'Bad request', 'The file must be the last part of the form; send table_name and table_sys_id before it'))
            if (info.nameTruncated || info.valueTruncated) return fail(new HttpError(400, 'Bad request', `Form field ${name.slice(0, 40)} is too long`))
            upload.fields[name] = value
        })
        bb.on('file', (name, stream, info) => {
            if (failure) {
                stream.resume()
                return
            }
            fileSeen = true
            const chunks: Buffer[] = []
            stream.on('data', (c: Buffer) => {
                if (!failure) chunks.push(c)
            })
            stream.on('limit', () => fail(tooLarge(limit)))
            stream.on('end', () => {
                if (failure) return
                const contentType = info.mimeType ?? ''
                if (contentType.length > MAX_CONTENT_TYPE) return fail(new HttpError(400, 'Bad request', `The file part's Content-Type may not exceed ${MAX_CONTENT_TYPE} characters`))
                upload.file = { fileName: info.filename ?? '', contentType, data: Buffer.concat(chunks) }
            })
        })
        bb.on('filesLimit', () => fail(new HttpError(400, 'Bad request', 'Upload one file per request')))
        bb.on('fieldsLimit', () => fail(new HttpError(400, 'Bad request', `Too many form fields (at most ${MULTIPART_LIMITS.fields})`)))
        bb.on('partsLimit', () => fail(new HttpError(400, 'Bad request', `Too many form parts (at most ${MULTIPART_LIMITS.parts})`)))
        bb.on('error', (e: unknown) => fail(new HttpError(400, 'Bad request', `Malformed multipart/form-data request (${e instanceof Error ? e.message.slice(0, 100) : 'unreadable'})`)))
        bb.on('close', () => {
            if (!settled) {
                settled = true
                resolve(upload)
            }
        })
        req.pipe(bb)
    })
}
