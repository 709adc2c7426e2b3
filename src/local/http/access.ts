import type { GlideRecord } from '../glide/GlideRecord'
import { runtime } from '../glide/runtime'
import type { AccessPolicy } from './table-api'

/** The Table API's access policy: the ACL engine, for the session user, record by record and field by field. */
export const aclAccess: AccessPolicy = {
    check: (op, table, record: GlideRecord | null, field?: string) => runtime().acl.can(op, table, record, field),
    checkQuery: (op, table, record, field) => runtime().acl.canQuery(op, table, record, field),
    recordIndependent: (op, table, field) => runtime().acl.recordIndependent(op, table, field),
}
