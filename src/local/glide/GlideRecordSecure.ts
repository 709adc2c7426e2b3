import { planQuery, sessionAccess, type QueryPlan } from '../engine/query-guard'
import { parseEncodedQuery, toEncodedQuery } from '../query'
import type { Row } from '../store/store'
import { checkQuota } from '../store/quota'
import { GlideRecord } from './GlideRecord'
import { runtime } from './runtime'
import { restrictToScopedApi } from './scoped-api'

/**
 * GlideRecordSecure: a GlideRecord that enforces ACLs for the session user. Rows the user may
 * not read are left out of queries; writes the user may not make are refused with the platform's
 * "Security constraints" message and nothing is written.
 */
export class GlideRecordSecure extends GlideRecord {
    /** The checked user queries (addUserEncodedQuery and friends); declared, not initialised (see GlideRecord). */
    declare private userPlans: QueryPlan[] | undefined

    protected accept(rows: Row[]): Row[] {
        const plans = this.userPlans ?? []
        // A user query on a field the user may not query selects nothing.
        if (plans.some((p) => p.refused !== null)) return []
        const probe = new GlideRecord(this.getTableName())
        return rows.filter((row) => {
            // Row ACL checks (conditions, scripts) are a transaction's work too: the quota is checked per row.
            checkQuota()
            probe.load(row)
            return runtime().acl.can('read', this.getTableName(), probe) && plans.every((p) => p.rowAllowed(probe))
        })
    }

    /**
     * "By default, GlideRecordSecure doesn't enforce query ACLs ... To explicitly specify query ACL
     * enforcement behavior, use GlideRecordSecure.addEncodedQuery()" with `true` to enforce, `false` to skip
     * (p_GlideServerAPIs, Enforcing query ACLs).
     */
    addEncodedQuery(text: string, enforceQueryAcls?: boolean): void {
        if (enforceQueryAcls === true) this.addUserEncodedQuery(text)
        else super.addEncodedQuery(text)
    }

    /**
     * "Adds a query using an encoded query string. Use this method to enforce query access based on the
     * user. This method returns only records that the current user has query access to (based on ACLs)."
     * A condition on a field the user may not query (query_match / query_range, else read) selects no
     * rows; a sort the user may not use is dropped; each row is checked for the fields its conditions use.
     */
    addUserEncodedQuery(text: string): void {
        const plan = planQuery(runtime().store.schema, sessionAccess, this.getTableName(), parseEncodedQuery(String(text ?? '')))
        ;(this.userPlans ??= []).push(plan)
        const allowed = plan.refused === null ? toEncodedQuery(plan.query) : ''
        if (allowed) super.addEncodedQuery(allowed)
    }

    /** addQuery with the user's query access enforced (addUserQuery). */
    // platform-difference: secure-query-script-apis
    addUserQuery(field: string, op?: unknown, value?: unknown): void {
        const condition = this.makeCondition(field, op, value, arguments.length === 1 ? 2 : arguments.length)
        this.addUserEncodedQuery(toEncodedQuery({ queries: [[[condition]]], orderBy: [] }))
    }

    addUserOrderBy(field: string): void {
        this.addUserEncodedQuery(toEncodedQuery({ queries: [], orderBy: [{ field, descending: false }] }))
    }

    addUserOrderByDesc(field: string): void {
        this.addUserEncodedQuery(toEncodedQuery({ queries: [], orderBy: [{ field, descending: true }] }))
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
        return readableThrough(this, field.split('.')) ? super.getValue(field) : null
    }
}

/** Whether every reference on the path, every record it reaches and the last field are readable. */
function readableThrough(start: GlideRecord, parts: string[]): boolean {
    let record = start
    for (let i = 0; i < parts.length - 1; i++) {
        if (!runtime().acl.can('read', record.getTableName(), record, parts[i])) return false
        if (!record.getValue(parts[i])) return false
        record = record.referencedRecord(parts[i])
        if (!record.isValidRecord()) return false
    }
    return runtime().acl.can('read', record.getTableName(), record, parts[parts.length - 1])
}

// GlideRecordSecure has the scoped GlideRecord API (ACLs enforced).
restrictToScopedApi(GlideRecordSecure, 'GlideRecord')
