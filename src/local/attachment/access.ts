import { GlideRecord } from '../glide/GlideRecord'
import { asPlatform, runtime } from '../glide/runtime'

/*
 * Who may touch an attachment is decided by the record it is attached to. "To create attachments, the user
 * record used to authenticate the HTTP request with ServiceNow must have any roles required to create
 * Attachment [sys_attachment] records. It must also have any roles required to read and write records on the
 * target table" (Attachment API role requirements); reading an attachment needs read access to its record
 * ("404: Indicates the specified attachment does not exist, or the current user cannot access it"), deleting
 * one, write access to it.
 */

export type ParentAccess = 'read' | 'write'

/** The record an attachment belongs to, loaded on its own class (so the ACLs of its class decide); null when there is none. */
export function parentRecord(table: string, sysId: string): GlideRecord | null {
    if (!/^[a-z0-9_]{1,80}$/.test(table) || !runtime().store.schema.maybeTable(table) || sysId === '') return null
    return asPlatform(() => {
        const gr = new GlideRecord(table)
        if (!gr.get('sys_id', sysId)) return null
        const cls = gr.getRecordClassName()
        if (cls === table || !runtime().store.schema.maybeTable(cls)) return gr
        const own = new GlideRecord(cls)
        return own.get('sys_id', sysId) ? own : gr
    })
}

/** Whether the session user may read (or read and write) the record. */
export function mayAccessParent(parent: GlideRecord, access: ParentAccess): boolean {
    const acl = runtime().acl
    const table = parent.getRecordClassName()
    if (!acl.can('read', table, parent)) return false
    return access === 'read' || acl.can('write', table, parent)
}

/**
 * Remembers verdicts per parent record for one request: a list of attachments usually has many on the same
 * record, and the verdict cannot change while the request runs.
 */
export class ParentAccessCache {
    private readonly verdicts = new Map<string, boolean>()

    may(table: string, sysId: string, access: ParentAccess): boolean {
        const key = `${access}|${table}|${sysId}`
        let verdict = this.verdicts.get(key)
        if (verdict === undefined) {
            const parent = parentRecord(table, sysId)
            verdict = parent !== null && mayAccessParent(parent, access)
            this.verdicts.set(key, verdict)
        }
        return verdict
    }
}
