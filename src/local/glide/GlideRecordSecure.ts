import type { Row } from '../store/store'
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
            probe.load(row)
            return runtime().acl.can('read', this.getTableName(), probe)
        })
    }

    /**
     * The count without querying: only rows the user may read ("With GlideRecordSecure, it's unnecessary
     * to explicitly check for read access", p_GlideServerAPIs), so a count says nothing of the others.
     */
    protected countMatching(): number {
        const { sql, params } = this.buildSelect('t0.*', false)
        return this.accept(runtime().store.rows(sql, params)).length
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

    /**
     * "If an element cannot be read because an ACL restricts access, a NULL value is created in memory for
     * that record" (p_GlideServerAPIs). A dot-walked field is read through every reference on the way:
     * each reference field, each record it reaches and the last field must be readable.
     */
    getValue(field: string): string | null {
        if (!this.row) return super.getValue(field)
        const parts = field.split('.')
        let record: GlideRecord = this
        for (let i = 0; i < parts.length - 1; i++) {
            if (!runtime().acl.can('read', record.getTableName(), record, parts[i])) return null
            if (!record.getValue(parts[i])) return null
            record = record.referencedRecord(parts[i])
            if (!record.isValidRecord()) return null
        }
        if (!runtime().acl.can('read', record.getTableName(), record, parts[parts.length - 1])) return null
        return super.getValue(field)
    }
}
