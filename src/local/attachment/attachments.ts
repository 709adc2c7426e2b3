import { GlideRecord } from '../glide/GlideRecord'
import { asPlatform, runtime } from '../glide/runtime'
import { decodeContent, encodeContent, imageSize } from './content'
import { checkAttachable, effectiveContentType } from './policy'

/*
 * The attachment store: sys_attachment records and their sys_attachment_doc chunks (content.ts), written and
 * read as the platform's own work (the caller has decided access: access.ts for the REST API, the script's
 * trust for GlideSysAttachment). Each write is one transaction: a refused or failed file leaves neither a
 * metadata record nor a chunk behind.
 */

export interface NewAttachment {
    table: string
    tableSysId: string
    fileName: string
    contentType: string
    data: Buffer
    /** sys_created_on when the client says when the file was made (the Attachment API's creation_time), UTC internal format. */
    createdOn?: string
}

/** The metadata fields the Attachment API answers with ("result": {...}), each a string. */
export type AttachmentMetadata = Record<string, string>

function truthy(value: string | null): boolean {
    return value === '1' || value === 'true'
}

function chunksOf(attachmentId: string): { chunks: string[] } {
    const rows = runtime().store.prepare('SELECT data FROM sys_attachment_doc WHERE sys_attachment = ? ORDER BY position').all(attachmentId) as Array<{ data: string | null }>
    return { chunks: rows.map((r) => r.data ?? '') }
}

/**
 * Stores a file on a record and returns the new attachment's sys_id. Throws AttachmentRefused (policy.ts)
 * when the instance's attachment properties refuse it; nothing is written then.
 */
export function storeAttachment(file: NewAttachment): string {
    const rt = runtime()
    const contentType = effectiveContentType(file.contentType, file.fileName)
    checkAttachable(rt.properties, file.fileName, contentType, file.data)
    const stored = encodeContent(file.data)
    const image = contentType.toLowerCase().startsWith('image/') ? imageSize(file.data) : null
    return rt.store.transaction(() =>
        asPlatform(() => {
            const gr = new GlideRecord('sys_attachment')
            gr.initialize()
            gr.setValue('file_name', file.fileName)
            gr.setValue('content_type', contentType)
            gr.setValue('table_name', file.table)
            gr.setValue('table_sys_id', file.tableSysId)
            gr.setValue('size_bytes', String(stored.sizeBytes))
            gr.setValue('size_compressed', stored.sizeCompressed === null ? '' : String(stored.sizeCompressed))
            gr.setValue('compressed', stored.compressed)
            gr.setValue('chunk_size_bytes', String(Math.max(1, ...stored.chunks.map((c) => Buffer.byteLength(c, 'base64')))))
            gr.setValue('hash', stored.hash)
            gr.setValue('state', 'available')
            if (file.createdOn) gr.setValue('sys_created_on', file.createdOn)
            if (image) {
                gr.setValue('image_width', image.width)
                gr.setValue('image_height', image.height)
            }
            const id = gr.insert()
            if (!id) throw new Error('The attachment record was not inserted (a business rule aborted it)')
            stored.chunks.forEach((data, position) => {
                const doc = new GlideRecord('sys_attachment_doc')
                doc.initialize()
                doc.setValue('sys_attachment', id)
                doc.setValue('position', position)
                doc.setValue('length', data.length)
                doc.setValue('data', data)
                if (!doc.insert()) throw new Error('An attachment chunk was not inserted (a business rule aborted it)')
            })
            return id
        }),
    )
}

/** The sys_attachment record, or null. */
export function attachmentRecord(sysId: string): GlideRecord | null {
    return asPlatform(() => {
        const gr = new GlideRecord('sys_attachment')
        return sysId !== '' && gr.get('sys_id', sysId) ? gr : null
    })
}

/** The attachment's bytes, or null when there is no such attachment. */
export function attachmentContent(sysId: string): Buffer | null {
    const gr = attachmentRecord(sysId)
    if (!gr) return null
    const size = gr.getValue('size_bytes')
    return decodeContent(chunksOf(sysId).chunks, truthy(gr.getValue('compressed')), size === null || size === '' ? null : Number(size))
}

/** Deletes the attachment and its chunks; false when there is none. */
export function removeAttachment(sysId: string): boolean {
    return runtime().store.transaction(() =>
        asPlatform(() => {
            const gr = attachmentRecord(sysId)
            if (!gr) return false
            const docs = new GlideRecord('sys_attachment_doc')
            docs.addQuery('sys_attachment', sysId)
            docs.deleteMultiple()
            return gr.deleteRecord()
        }),
    )
}

/** The attachments of a record, oldest first. */
export function attachmentsOf(table: string, sysId: string): GlideRecord[] {
    return asPlatform(() => {
        const gr = new GlideRecord('sys_attachment')
        gr.addQuery('table_name', table)
        gr.addQuery('table_sys_id', sysId)
        gr.orderBy('sys_created_on')
        gr.query()
        const out: GlideRecord[] = []
        while (gr.next()) out.push(gr.snapshot())
        return out
    })
}

/** Copies every attachment of one record to another (new records, same content); the new sys_ids. */
export function copyAttachments(sourceTable: string, sourceId: string, targetTable: string, targetId: string): string[] {
    return runtime().store.transaction(() =>
        attachmentsOf(sourceTable, sourceId).map((source) =>
            storeAttachment({
                table: targetTable,
                tableSysId: targetId,
                fileName: source.getValue('file_name') ?? '',
                contentType: source.getValue('content_type') ?? '',
                data: attachmentContent(source.getUniqueValue()) ?? Buffer.alloc(0),
            }),
        ),
    )
}

function userName(userName: string | null): string {
    if (!userName) return ''
    const row = runtime().store.prepare('SELECT name, first_name, last_name FROM sys_user WHERE user_name = ?').get(userName) as
        | { name: string | null; first_name: string | null; last_name: string | null }
        | undefined
    if (!row) return userName
    return row.name || [row.first_name, row.last_name].filter((s) => s).join(' ') || userName
}

/** The Attachment API's result object for an attachment record: every field a string, download_link absolute. */
export function attachmentMetadata(gr: GlideRecord, baseUrl: string): AttachmentMetadata {
    const value = (field: string) => gr.getValue(field) ?? ''
    const sysId = gr.getUniqueValue()
    const compressed = truthy(gr.getValue('compressed'))
    return {
        average_image_color: value('average_image_color'),
        compressed: compressed ? 'true' : 'false',
        content_type: value('content_type'),
        created_by_name: userName(gr.getValue('sys_created_by')),
        download_link: `${baseUrl}/api/now/attachment/${sysId}/file`,
        file_name: value('file_name'),
        image_height: value('image_height'),
        image_width: value('image_width'),
        size_bytes: value('size_bytes'),
        size_compressed: compressed ? value('size_compressed') : '',
        sys_created_by: value('sys_created_by'),
        sys_created_on: value('sys_created_on'),
        sys_id: sysId,
        sys_mod_count: value('sys_mod_count'),
        sys_tags: value('sys_tags'),
        sys_updated_by: value('sys_updated_by'),
        sys_updated_on: value('sys_updated_on'),
        table_name: value('table_name'),
        table_sys_id: value('table_sys_id'),
        updated_by_name: userName(gr.getValue('sys_updated_by')),
    }
}
