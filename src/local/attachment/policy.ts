import type { Properties } from '../glide/runtime'

/*
 * What an instance lets be attached, from its system properties ("The Attachment API respects any system
 * limitations on uploaded files, such as maximum file size and allowed attachment types. You can control these
 * settings using the properties com.glide.attachment.max_size, 1024MB by default, and glide.attachment.extensions",
 * Attachment API). The checks here run before anything is written: a refused file leaves no record.
 *
 * - com.glide.attachment.max_size: megabytes; "Maximum file attachment size in megabytes. Blank means the 1 GB
 *   maximum".
 * - glide.attachment.extensions: "restricts the file extensions that users can upload as attachments"; a
 *   comma-separated list of extensions, empty allows every extension.
 * - glide.security.file.mime_type.validation (default true): "To enforce checking of MIME type / magic bytes
 *   during file uploads"; "Only those extensions specified in glide.attachment.extensions are checked for MIME
 *   type during upload" (Restrict uploaded MIME types).
 * - glide.security.attachment_type.use_blacklist with glide.attachment.blacklisted.extensions and
 *   glide.attachment.blacklisted.types: extensions and content types refused when the block list is on.
 * - glide.attachment.role: "Restrict who can upload attachments": roles that may attach; empty, everyone.
 * - glide.attachment.enable_secure_filename_validation (default false): "rejects unsafe patterns" such as
 *   "null-byte injection, multi-extension file names".
 */

export const DEFAULT_MAX_MB = 1024
/**
 * The most the local instance holds in memory for one upload: it reads a file whole before writing it in one
 * transaction (so a failed upload writes nothing), which the platform's 1 GB default would make a memory risk.
 */
// platform-difference: attachment-local-size-ceiling
export const LOCAL_CEILING_BYTES = 100 * 1024 * 1024
/** sys_attachment.file_name and content_type lengths: a longer value would be cut, so it is refused. */
export const MAX_FILE_NAME = 100
export const MAX_CONTENT_TYPE = 100

export class AttachmentRefused extends Error {
    constructor(
        readonly status: number,
        message: string,
        readonly detail: string,
    ) {
        super(message)
        this.name = 'AttachmentRefused'
    }
}

/** The size limit in bytes: com.glide.attachment.max_size (megabytes), within the local ceiling. */
export function maxAttachmentBytes(properties: Properties): number {
    const text = (properties.get('com.glide.attachment.max_size') ?? '').trim()
    const mb = /^\d+(\.\d+)?$/.test(text) && Number(text) > 0 ? Number(text) : DEFAULT_MAX_MB
    return Math.min(Math.floor(mb * 1024 * 1024), LOCAL_CEILING_BYTES)
}

export function tooLarge(limit: number): AttachmentRefused {
    return new AttachmentRefused(413, 'Request entity too large', `The attachment exceeds the maximum attachment size of ${limit} bytes (com.glide.attachment.max_size)`)
}

function list(properties: Properties, name: string): string[] {
    return (properties.get(name) ?? '')
        .split(',')
        .map((s) => s.trim().toLowerCase().replace(/^\./, ''))
        .filter((s) => s !== '')
}

function flag(properties: Properties, name: string, dflt: boolean): boolean {
    const v = properties.get(name)
    return v === undefined || v.trim() === '' ? dflt : v.trim().toLowerCase() === 'true'
}

/** The extension of a file name, lower case, without the dot; '' when it has none. */
export function extensionOf(fileName: string): string {
    const dot = fileName.lastIndexOf('.')
    return dot > 0 && dot < fileName.length - 1 ? fileName.slice(dot + 1).toLowerCase() : ''
}

/** Content types by extension, for an upload whose type is the wildcard and for the MIME check. */
const TYPES_BY_EXTENSION: Readonly<Record<string, string>> = {
    txt: 'text/plain', csv: 'text/csv', json: 'application/json', xml: 'application/xml', pdf: 'application/pdf',
    png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', bmp: 'image/bmp', webp: 'image/webp',
    zip: 'application/zip', gz: 'application/gzip', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    doc: 'application/msword', xls: 'application/vnd.ms-excel', html: 'text/html', htm: 'text/html', svg: 'image/svg+xml',
}

/** The content type stored for an upload: the one given, or from the extension when the client sent a wildcard. */
export function effectiveContentType(given: string, fileName: string): string {
    const type = given.split(';')[0].trim().toLowerCase()
    if (type && type !== '*/*' && !type.endsWith('/*')) return given.trim()
    return TYPES_BY_EXTENSION[extensionOf(fileName)] ?? 'application/octet-stream'
}

/** Signatures ("magic bytes") of the types whose content can be told from their first bytes. */
const MAGIC: ReadonlyArray<{ extensions: readonly string[]; test: (b: Buffer) => boolean }> = [
    { extensions: ['png'], test: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
    { extensions: ['jpg', 'jpeg'], test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
    { extensions: ['gif'], test: (b) => /^GIF8[79]a/.test(b.subarray(0, 6).toString('latin1')) },
    { extensions: ['pdf'], test: (b) => b.subarray(0, 5).toString('latin1') === '%PDF-' },
    { extensions: ['zip', 'docx', 'xlsx', 'pptx'], test: (b) => b.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])) || b.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x05, 0x06])) },
    { extensions: ['gz'], test: (b) => b[0] === 0x1f && b[1] === 0x8b },
    { extensions: ['doc', 'xls'], test: (b) => b.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) },
]
/** Types that are text: content with NUL bytes or a known binary signature is not one of them. */
const TEXT_EXTENSIONS = new Set(['txt', 'csv', 'json', 'xml', 'html', 'htm', 'svg'])

function looksBinary(data: Buffer): boolean {
    const head = data.subarray(0, 8192)
    return head.includes(0) || MAGIC.some((m) => m.test(head))
}

/** Whether the content matches what its extension says it is (unknown extensions: not checked). */
function contentMatchesExtension(extension: string, data: Buffer): boolean {
    const magic = MAGIC.find((m) => m.extensions.includes(extension))
    if (magic) return magic.test(data)
    if (TEXT_EXTENSIONS.has(extension)) return !looksBinary(data)
    return true
}

function unsafeFileName(fileName: string): boolean {
    // "null-byte injection, multi-extension file names" (glide.attachment.enable_secure_filename_validation).
    // eslint-disable-next-line no-control-regex
    return /[\u0000-\u001f]/.test(fileName) || fileName.split('.').length > 2
}

/** Refuses a file name that would not be stored whole (too long) or that no file has (empty, control characters). */
export function checkFileName(fileName: string): void {
    if (fileName.trim() === '') throw new AttachmentRefused(400, 'Bad request', 'file_name is required')
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(fileName)) throw new AttachmentRefused(400, 'Bad request', 'file_name may not contain control characters')
    if (fileName.length > MAX_FILE_NAME) throw new AttachmentRefused(400, 'Bad request', `file_name may not exceed ${MAX_FILE_NAME} characters`)
}

/** Whether the session's roles may attach at all (glide.attachment.role). */
export function mayAttach(properties: Properties, roles: ReadonlySet<string>): boolean {
    const allowed = list(properties, 'glide.attachment.role')
    return allowed.length === 0 || roles.has('admin') || allowed.some((r) => roles.has(r))
}

/** Checks a file against the instance's attachment properties; throws AttachmentRefused when it may not be attached. */
export function checkAttachable(properties: Properties, fileName: string, contentType: string, data: Buffer): void {
    checkFileName(fileName)
    if (contentType.length > MAX_CONTENT_TYPE) throw new AttachmentRefused(400, 'Bad request', `The content type may not exceed ${MAX_CONTENT_TYPE} characters`)
    // A content type is sent back as a header on download: it must be one (type/subtype, optional parameters).
    if (!/^[\x21-\x7e]+\/[\x21-\x7e]+(\s*;[\x20-\x7e]*)?$/.test(contentType)) throw new AttachmentRefused(400, 'Bad request', 'The content type must be a media type such as text/plain')
    const limit = maxAttachmentBytes(properties)
    if (data.length > limit) throw tooLarge(limit)
    const extension = extensionOf(fileName)
    if (flag(properties, 'glide.attachment.enable_secure_filename_validation', false) && unsafeFileName(fileName)) {
        throw new AttachmentRefused(400, 'Bad request', 'The file name is not allowed (glide.attachment.enable_secure_filename_validation)')
    }
    const allowed = list(properties, 'glide.attachment.extensions')
    if (allowed.length > 0) {
        if (!allowed.includes(extension)) throw new AttachmentRefused(400, 'Bad request', `File extension ${extension ? `.${extension}` : '(none)'} is not allowed (glide.attachment.extensions)`)
        if (flag(properties, 'glide.security.file.mime_type.validation', true) && !contentMatchesExtension(extension, data)) {
            throw new AttachmentRefused(400, 'Bad request', `The content does not match the .${extension} file type (glide.security.file.mime_type.validation)`)
        }
    }
    if (flag(properties, 'glide.security.attachment_type.use_blacklist', false)) {
        if (extension && list(properties, 'glide.attachment.blacklisted.extensions').includes(extension)) {
            throw new AttachmentRefused(400, 'Bad request', `File extension .${extension} is blocked (glide.attachment.blacklisted.extensions)`)
        }
        const type = contentType.split(';')[0].trim().toLowerCase()
        if (list(properties, 'glide.attachment.blacklisted.types').includes(type)) {
            throw new AttachmentRefused(400, 'Bad request', `Content type ${type} is blocked (glide.attachment.blacklisted.types)`)
        }
    }
}
