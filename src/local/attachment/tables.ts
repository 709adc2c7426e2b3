import type { TableDecl } from '../base/table-decl'

/*
 * Where the platform keeps attachments (Attachment API: "Queries for the Attachment API are relative to the
 * Attachments [sys_attachment] table"): one sys_attachment record of metadata per file, its content in
 * Attachment Document [sys_attachment_doc] records, "the actual binary data of the file is split into chunks",
 * each a `data` field of base64 text at a `position`. The metadata columns are the ones the Attachment API
 * answers with (result.table_name, table_sys_id, file_name, content_type, size_bytes, size_compressed,
 * compressed, average_image_color, image_width, image_height) plus the stored content's hash and chunk size.
 * No ACL is declared: the Attachment API and GlideSysAttachment decide access from the parent record
 * (src/local/attachment/access.ts); through the Table API only admins read these tables.
 */
// platform-difference: attachment-table-api-admin-only
export const ATTACHMENT_TABLES: readonly TableDecl[] = [
    {
        name: 'sys_attachment',
        label: 'Attachment',
        columns: {
            file_name: { type: 'string', label: 'File name', maxLength: 100, display: true, mandatory: true },
            content_type: { type: 'string', label: 'Content type', maxLength: 100 },
            table_name: { type: 'table_name', label: 'Table name', maxLength: 100, mandatory: true },
            table_sys_id: { type: 'string', label: 'Table sys ID', maxLength: 32, mandatory: true },
            size_bytes: { type: 'string', label: 'Size bytes', maxLength: 40 },
            size_compressed: { type: 'string', label: 'Size compressed', maxLength: 40 },
            compressed: { type: 'boolean', label: 'Compressed', default: 'true' },
            chunk_size_bytes: { type: 'string', label: 'Chunk size bytes', maxLength: 40 },
            hash: { type: 'string', label: 'Hash', maxLength: 64 },
            state: { type: 'string', label: 'State', maxLength: 40, default: 'available', choices: { pending: 'Pending', available: 'Available', not_available: 'Not available' } },
            average_image_color: { type: 'string', label: 'Average image color', maxLength: 40 },
            image_width: { type: 'integer', label: 'Image width' },
            image_height: { type: 'integer', label: 'Image height' },
            encryption_context: { type: 'string', label: 'Encryption context', maxLength: 32 },
            sys_tags: { type: 'string', label: 'Tags', maxLength: 255 },
        },
    },
    {
        name: 'sys_attachment_doc',
        label: 'Attachment Document',
        columns: {
            sys_attachment: { type: 'reference', label: 'Attachment', reference: 'sys_attachment', mandatory: true },
            position: { type: 'integer', label: 'Position' },
            length: { type: 'integer', label: 'Length' },
            // A chunk of CHUNK_SIZE_BYTES bytes as base64: 4/3 of it, rounded up to a multiple of 4.
            data: { type: 'string', label: 'Data', maxLength: 1_000_000 },
        },
    },
]
