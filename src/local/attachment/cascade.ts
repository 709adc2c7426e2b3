import type { Store } from '../store/store'

/*
 * A record's attachments go with it. The platform's dictionary attribute no_attachments says so by its
 * exception: "If present or true, attachments are not checked for and deleted when a record from this table
 * is deleted. Meant for high-activity tables that never have attachments" (Dictionary attributes); and the
 * attachment.deleted event "is also triggered when the record containing the attachment is deleted. If a
 * record is deleted that contains multiple attachments, a separate event is triggered for each attachment in
 * the deleted record" (Administering attachments). The delete is the platform's own work, inside the
 * record's delete transaction, whether or not the delete ran business rules: the sys_attachment rows and
 * their sys_attachment_doc chunks are removed directly (no rule on them runs), so a rolled-back delete keeps them.
 */
// platform-difference: attachment-delete-cascade

/** Makes the lookup by record an index seek: every delete of every record asks it. */
export function indexAttachmentOwners(store: Store): void {
    const root = store.schema.maybeTable('sys_attachment')?.root
    if (root) store.ensureIndex(root, 'sys_attachment__table_sys_id', ['table_sys_id'])
}

/** Deletes the attachments (and their chunks) of the record `sysId` of class `table`; how many. */
export function deleteAttachmentsOf(store: Store, table: string, sysId: string): number {
    const schema = store.schema
    const attachments = schema.maybeTable('sys_attachment')
    if (!attachments || table === 'sys_attachment' || table === 'sys_attachment_doc' || sysId === '') return 0
    // An attachment names the table it was added through: the record's class or one it extends.
    const tables = schema.ancestry(table)
    if (!tables.length) return 0
    const marks = tables.map(() => '?').join(', ')
    const ids = store.prepare(`SELECT sys_id FROM "${attachments.root}" WHERE table_sys_id = ? AND table_name IN (${marks})`).all(sysId, ...tables) as Array<{ sys_id: string }>
    if (!ids.length) return 0
    const docRoot = schema.maybeTable('sys_attachment_doc')?.root
    for (const { sys_id: id } of ids) {
        if (docRoot) store.prepare(`DELETE FROM "${docRoot}" WHERE sys_attachment = ?`).run(id)
        store.deleteRow('sys_attachment', id)
    }
    return ids.length
}
