import { attachmentContent, copyAttachments, removeAttachment, storeAttachment } from '../attachment/attachments'
import { AttachmentRefused } from '../attachment/policy'
import { GlideRecord } from './GlideRecord'
import { currentScope, runtime } from './runtime'

/*
 * GlideSysAttachment - Scoped: "The GlideSysAttachment API provides methods to handle attachments. Content is
 * returned as a string, not as a byte array when getContent() is called. Content is returned as a
 * GlideScriptableInputStream object when getContentStream() is called." Attachments are the same records the
 * Attachment API writes (src/local/attachment): a script attaches what a REST client downloads and back.
 * Server scripts are trusted as on the platform: no ACL is asked; the instance's attachment properties
 * (size, extensions) still apply to what a script writes, and a refused write returns null ("Returns null if
 * the attachment was not added").
 */

/** "getContent … Returns up to 5MB of data" (and getContentBase64). */
const CONTENT_LIMIT = 5 * 1024 * 1024

/** The bytes of an attachment as getContentStream() hands them to writeContentStream(); opaque to scripts. */
export class GlideScriptableInputStream {
    toString(): string {
        return 'com.glide.communications.GlideScriptableInputStream'
    }
}

/** Each stream's bytes, kept off the object (nothing a script can reach holds them). */
const streamBytes = new WeakMap<GlideScriptableInputStream, Buffer>()

function newStream(data: Buffer): GlideScriptableInputStream {
    const stream = new GlideScriptableInputStream()
    streamBytes.set(stream, data)
    return stream
}

function attachmentId(record: unknown): string {
    if (record instanceof GlideRecord && record.getTableName() === 'sys_attachment') return record.getUniqueValue()
    return ''
}

function write(record: unknown, fileName: unknown, contentType: unknown, data: Buffer): string | null {
    if (!(record instanceof GlideRecord) || !record.isValidRecord() || record.isNewRecord()) return null
    try {
        return storeAttachment({ table: record.getRecordClassName(), tableSysId: record.getUniqueValue(), fileName: String(fileName ?? ''), contentType: String(contentType ?? ''), data })
    } catch (e) {
        if (!(e instanceof AttachmentRefused)) throw e
        runtime().log('warn', `GlideSysAttachment: the attachment ${String(fileName ?? '').slice(0, 100)} was not added: ${e.detail}`)
        return null
    }
}

export class GlideSysAttachment {
    /** "Copies attachments from the source record to the target record"; "Array of sys_ids of the attachments that were copied". */
    copy(sourceTable: string, sourceID: string, targetTable: string, targetID: string): string[] {
        return GlideSysAttachment.copy(sourceTable, sourceID, targetTable, targetID)
    }

    static copy(sourceTable: string, sourceID: string, targetTable: string, targetID: string): string[] {
        try {
            return copyAttachments(String(sourceTable ?? ''), String(sourceID ?? ''), String(targetTable ?? ''), String(targetID ?? ''))
        } catch (e) {
            if (!(e instanceof AttachmentRefused)) throw e
            runtime().log('warn', `GlideSysAttachment.copy: nothing was copied: ${e.detail}`)
            return []
        }
    }

    /** "Deletes the specified attachment." */
    deleteAttachment(attachmentID: string): void {
        removeAttachment(String(attachmentID ?? ''))
    }

    /** "Returns a GlideRecord containing the matching attachment metadata such as name, type, or size" (queried: call next()). */
    getAttachments(tableName: string, sysId: string): GlideRecord {
        const gr = new GlideRecord('sys_attachment')
        gr.addQuery('table_name', String(tableName ?? ''))
        gr.addQuery('table_sys_id', String(sysId ?? ''))
        gr.query()
        return gr
    }

    /**
     * "Returns the attachment content as a string … This method is for use in scoped applications only. This
     * method returns undefined when used in the global scope"; "Returns up to 5MB of data".
     */
    getContent(sysAttachment: GlideRecord): string | undefined {
        if (currentScope() === 'global') return undefined
        const data = attachmentContent(attachmentId(sysAttachment))
        return data ? data.subarray(0, CONTENT_LIMIT).toString('utf8') : ''
    }

    /** "Returns the attachment content as a string with base64 encoding" (scoped only, as getContent). */
    getContentBase64(sysAttachment: GlideRecord): string | undefined {
        if (currentScope() === 'global') return undefined
        const data = attachmentContent(attachmentId(sysAttachment))
        return data ? data.subarray(0, CONTENT_LIMIT).toString('base64') : ''
    }

    /** "Returns a GlideScriptableInputStream object given the sys_id of an attachment." */
    getContentStream(sysID: string): GlideScriptableInputStream {
        return newStream(attachmentContent(String(sysID ?? '')) ?? Buffer.alloc(0))
    }

    /** "Attaches a specified attachment to the specified record"; "Returns null if the attachment was not added". */
    write(record: GlideRecord, fileName: string, contentType: string, content: string): string | null {
        return write(record, fileName, contentType, Buffer.from(String(content ?? ''), 'utf8'))
    }

    /** "Inserts an attachment for the specified record using base64 encoded content." */
    writeBase64(record: GlideRecord, fileName: string, contentType: string, contentBase64: string): string | null {
        const text = String(contentBase64 ?? '').replace(/\s+/g, '')
        if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 === 1) return null
        return write(record, fileName, contentType, Buffer.from(text, 'base64'))
    }

    /** "Inserts an attachment using the input stream" (a stream from getContentStream()). */
    writeContentStream(record: GlideRecord, fileName: string, contentType: string, inputStream: GlideScriptableInputStream): string | null {
        const data = inputStream instanceof GlideScriptableInputStream ? streamBytes.get(inputStream) : undefined
        return data ? write(record, fileName, contentType, data) : null
    }
}
