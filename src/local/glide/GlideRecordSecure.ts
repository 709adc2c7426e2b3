import type { Row } from '../store/store'
import { checkQuota } from '../store/quota'
import { GlideRecord } from './GlideRecord'
import { runtime } from './runtime'

/**
 * GlideRecordSecure: a GlideRecord that enforces ACLs for the session user. Rows the user may
 * not read are left out of queries; writes the user may not make are refused with the platform's
 * "Security constraints" message and nothing is written.
 */
export class GlideRecordSecure extends GlideRecord {
    protected accept(rows: Row[]): Row[] {
        const probe = new GlideRecord(this.getTableName())
        return rows.filter((row) => {
            // Row ACL checks (conditions, scripts) are a transaction's work too: the quota is checked per row.
            checkQuota()
            probe.load(row)
            return runtime().acl.can('read', this.getTableName(), probe)
        })
    }

    private refuse(op: string): null {
        runtime().messages.error.push(`Security constraints prevent ${op} of ${this.getTableName()}`)
        return null
    }

    insert(): string | null {
        if (!runtime().acl.can('create', this.getTableName(), this)) return this.refuse('insert')
        return super.insert()
    }

    update(): string | null {
        if (this.isNewRecord() || !this.row) return this.insert()
        if (!runtime().acl.can('write', this.getTableName(), this)) return this.refuse('update')
        for (const field of this.changedValues().keys()) {
            if (!runtime().acl.can('write', this.getTableName(), this, field)) return this.refuse(`update of field ${field}`)
        }
        return super.update()
    }

    deleteRecord(): boolean {
        if (!runtime().acl.can('delete', this.getTableName(), this)) {
            this.refuse('delete')
            return false
        }
        return super.deleteRecord()
    }

    getValue(field: string): string | null {
        if (this.row && !field.includes('.') && !runtime().acl.can('read', this.getTableName(), this, field)) return null
        return super.getValue(field)
    }
}
