import { sessionAccess } from '../engine/query-guard'
import { runtime } from '../glide/runtime'
import type { AccessPolicy } from '../table-api/table-api'

/** The Table API's access policy: the ACL engine, for the session user, record by record and field by field. */
export const aclAccess: AccessPolicy = {
    ...sessionAccess,
    check: (op, table, record, field) => runtime().acl.can(op, table, record, field),
}
