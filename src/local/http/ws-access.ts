import { scopeAccessOf } from '../glide/scope-access'
import type { Store } from '../store/store'
import { HttpError } from './errors'

/*
 * "Allow access to this table via web services" (sys_db_object.ws_access): "Select the check box to allow
 * users to make inbound web service queries to this table ... Clear the check box to prevent users from
 * making web service queries to this table" (Table design and runtime settings), and "API or web service
 * calls that violate the access permissions for an application table produce an error. For example, making
 * a web service call to a protected application table produces a 403 Forbidden HTTP error" (Runtime access
 * to applications tables). One refusal for every inbound REST API over a table: the Table API (and Batch
 * through it), the Aggregate API, and the Attachment API for the record a file belongs to.
 */

/** Throws the 403 when inbound web services may not reach `table`. The message text is ours. */
// platform-difference: ws-access-refusal-wording
export function requireWebServiceAccess(store: Store, table: string): void {
    if (!scopeAccessOf(store).webServiceAccess(table)) {
        throw new HttpError(403, 'User Not Authorized', `Web service access to table ${table} is not allowed: its "Allow access to this table via web services" setting is off`)
    }
}

/** Whether inbound web services may reach `table` (for lists that leave out what they may not show). */
export function webServiceMayReach(store: Store, table: string): boolean {
    return scopeAccessOf(store).webServiceAccess(table)
}
