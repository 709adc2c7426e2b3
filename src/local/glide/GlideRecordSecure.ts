import { GlideRecordSecureBase } from './GlideRecord'

/**
 * GlideRecordSecure: a GlideRecord that applies ACLs for the session user.
 * The ACL engine plugs in through the runtime's access checker (see engine/acl).
 */
export class GlideRecordSecure extends GlideRecordSecureBase {}
