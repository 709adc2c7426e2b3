import { runtime } from '../glide/runtime'
import type { AccessPolicy } from './table-api'

/**
 * Who may use the Table API. Until the ACL engine enforces the app's ACLs record by record,
 * the Table API is for admins only: deny by default rather than expose a table without its rules.
 */
export const adminOnlyAccess: AccessPolicy = {
    check: () => runtime().session.roles.has('admin'),
}
