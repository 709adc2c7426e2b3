import '@servicenow/sdk/global'
import { Acl } from '@servicenow/sdk/core'
import { adminRole, analystRole } from './roles.now'

/*
 * Access to the app's tables. Deny by default: a table operation no ACL grants is refused.
 * Admins configure (x_psm_persona.admin), analysts read everything (x_psm_persona.analyst,
 * contained in admin), users read their own profile and history and the persona definitions.
 * Business rules use GlideRecord (not GlideRecordSecure), as on the platform, so the app's own
 * bookkeeping is not bound by these rules; people and REST clients are.
 */

// ---- Personas: readable by every logged-in user (the portal shows their persona card) ----
Acl({
    $id: Now.ID['acl_persona_read'],
    type: 'record',
    table: 'x_psm_persona_persona',
    operation: 'read',
    securityAttribute: 'user_is_authenticated',
    adminOverrides: true,
    description: 'Persona definitions are not secret: any logged-in user may read them.',
})
Acl({
    $id: Now.ID['acl_persona_write'],
    type: 'record',
    table: 'x_psm_persona_persona',
    operation: 'write',
    roles: [adminRole],
    adminOverrides: true,
})
Acl({
    $id: Now.ID['acl_persona_create'],
    type: 'record',
    table: 'x_psm_persona_persona',
    operation: 'create',
    roles: [adminRole],
    adminOverrides: true,
})
Acl({
    $id: Now.ID['acl_persona_delete'],
    type: 'record',
    table: 'x_psm_persona_persona',
    operation: 'delete',
    roles: [adminRole],
    adminOverrides: true,
})

// ---- Scoring rules: analysts read, admins change ----
Acl({
    $id: Now.ID['acl_rule_read'],
    type: 'record',
    table: 'x_psm_persona_scoring_rule',
    operation: 'read',
    roles: [analystRole],
    adminOverrides: true,
})
Acl({
    $id: Now.ID['acl_rule_write'],
    type: 'record',
    table: 'x_psm_persona_scoring_rule',
    operation: 'write',
    roles: [adminRole],
    adminOverrides: true,
})
Acl({
    $id: Now.ID['acl_rule_create'],
    type: 'record',
    table: 'x_psm_persona_scoring_rule',
    operation: 'create',
    roles: [adminRole],
    adminOverrides: true,
})
Acl({
    $id: Now.ID['acl_rule_delete'],
    type: 'record',
    table: 'x_psm_persona_scoring_rule',
    operation: 'delete',
    roles: [adminRole],
    adminOverrides: true,
})

// ---- Profiles: analysts read all, a user reads their own; admins change ----
Acl({
    $id: Now.ID['acl_profile_read_analyst'],
    type: 'record',
    table: 'x_psm_persona_profile',
    operation: 'read',
    roles: [analystRole],
    adminOverrides: true,
})
Acl({
    $id: Now.ID['acl_profile_read_own'],
    type: 'record',
    table: 'x_psm_persona_profile',
    operation: 'read',
    script: 'answer = current.getValue("user") == gs.getUserID();',
    adminOverrides: true,
    description: 'A user reads their own profile and nobody else\'s.',
})
Acl({
    $id: Now.ID['acl_profile_write'],
    type: 'record',
    table: 'x_psm_persona_profile',
    operation: 'write',
    roles: [adminRole],
    adminOverrides: true,
})
Acl({
    $id: Now.ID['acl_profile_create'],
    type: 'record',
    table: 'x_psm_persona_profile',
    operation: 'create',
    roles: [adminRole],
    adminOverrides: true,
})
Acl({
    $id: Now.ID['acl_profile_delete'],
    type: 'record',
    table: 'x_psm_persona_profile',
    operation: 'delete',
    roles: [adminRole],
    adminOverrides: true,
})

// ---- Assignment history: analysts read all, a user reads their own; nobody edits history ----
Acl({
    $id: Now.ID['acl_assignment_read_analyst'],
    type: 'record',
    table: 'x_psm_persona_assignment',
    operation: 'read',
    roles: [analystRole],
    adminOverrides: true,
})
Acl({
    $id: Now.ID['acl_assignment_read_own'],
    type: 'record',
    table: 'x_psm_persona_assignment',
    operation: 'read',
    script: 'answer = current.getValue("user") == gs.getUserID();',
    adminOverrides: true,
})
Acl({
    $id: Now.ID['acl_assignment_delete'],
    type: 'record',
    table: 'x_psm_persona_assignment',
    operation: 'delete',
    roles: [adminRole],
    adminOverrides: true,
    description: 'History is written by the app; admins may purge it, nobody rewrites it.',
})

// ---- Offerings: analysts read, admins change (users see items through the catalog, not this table) ----
Acl({
    $id: Now.ID['acl_offering_read'],
    type: 'record',
    table: 'x_psm_persona_offering',
    operation: 'read',
    roles: [analystRole],
    adminOverrides: true,
})
Acl({
    $id: Now.ID['acl_offering_write'],
    type: 'record',
    table: 'x_psm_persona_offering',
    operation: 'write',
    roles: [adminRole],
    adminOverrides: true,
})
Acl({
    $id: Now.ID['acl_offering_create'],
    type: 'record',
    table: 'x_psm_persona_offering',
    operation: 'create',
    roles: [adminRole],
    adminOverrides: true,
})
Acl({
    $id: Now.ID['acl_offering_delete'],
    type: 'record',
    table: 'x_psm_persona_offering',
    operation: 'delete',
    roles: [adminRole],
    adminOverrides: true,
})

// ---- Change feedback: written only by the stakeholder it belongs to (the before rule checks they were
// that stakeholder of that change); read by analysts and its author; nobody else, admins included, writes it ----
Acl({
    $id: Now.ID['acl_feedback_read_analyst'],
    type: 'record',
    table: 'x_psm_persona_feedback',
    operation: 'read',
    roles: [analystRole],
    adminOverrides: true,
})
Acl({
    $id: Now.ID['acl_feedback_read_own'],
    type: 'record',
    table: 'x_psm_persona_feedback',
    operation: 'read',
    script: 'answer = current.getValue("user") == gs.getUserID();',
    adminOverrides: true,
    description: 'The author reads their own answers.',
})
Acl({
    $id: Now.ID['acl_feedback_create_own'],
    type: 'record',
    table: 'x_psm_persona_feedback',
    operation: 'create',
    script: 'answer = current.getValue("user") == gs.getUserID();',
    adminOverrides: false,
    description: 'Feedback is given by the stakeholder it belongs to, in their own name.',
})
Acl({
    $id: Now.ID['acl_feedback_write_own'],
    type: 'record',
    table: 'x_psm_persona_feedback',
    operation: 'write',
    script: 'answer = current.getValue("user") == gs.getUserID();',
    adminOverrides: false,
    description: 'Only the author updates their answer.',
})
Acl({
    $id: Now.ID['acl_feedback_delete'],
    type: 'record',
    table: 'x_psm_persona_feedback',
    operation: 'delete',
    roles: [adminRole],
    adminOverrides: true,
    description: 'Admins may purge feedback; nobody rewrites someone else\'s.',
})

// ---- XLAs and their weekly digests: analysts read, only the app's admins configure XLAs ----
Acl({
    $id: Now.ID['acl_xla_read'],
    type: 'record',
    table: 'x_psm_persona_xla',
    operation: 'read',
    roles: [analystRole],
    adminOverrides: true,
})
Acl({
    $id: Now.ID['acl_xla_write'],
    type: 'record',
    table: 'x_psm_persona_xla',
    operation: 'write',
    roles: [adminRole],
    adminOverrides: true,
})
Acl({
    $id: Now.ID['acl_xla_create'],
    type: 'record',
    table: 'x_psm_persona_xla',
    operation: 'create',
    roles: [adminRole],
    adminOverrides: true,
})
Acl({
    $id: Now.ID['acl_xla_delete'],
    type: 'record',
    table: 'x_psm_persona_xla',
    operation: 'delete',
    roles: [adminRole],
    adminOverrides: true,
})
Acl({
    $id: Now.ID['acl_xla_digest_read'],
    type: 'record',
    table: 'x_psm_persona_xla_digest',
    operation: 'read',
    roles: [analystRole],
    adminOverrides: true,
})
Acl({
    $id: Now.ID['acl_xla_digest_delete'],
    type: 'record',
    table: 'x_psm_persona_xla_digest',
    operation: 'delete',
    roles: [adminRole],
    adminOverrides: true,
    description: 'Digests are written by the weekly job; admins may purge them.',
})

// ---- Outbox: an email is read by admins and by the people it was sent to ----
Acl({
    $id: Now.ID['acl_email_read_recipient'],
    type: 'record',
    table: 'sys_email',
    operation: 'read',
    script:
        "var me = new GlideRecord('sys_user'); answer = me.get(gs.getUserID()) && !!me.getValue('email') && (',' + (current.getValue('recipients') || '').toLowerCase().replace(/\\s/g, '') + ',').indexOf(',' + me.getValue('email').toLowerCase() + ',') >= 0;",
    adminOverrides: true,
    description: 'A user reads the emails sent to them; admins read all (admin overrides).',
})

// ---- Change requests: a requester reads the changes they requested (the "My changes" page) ----
// The platform gives a user without roles no read access to change_request ("Change read
// [sn_change_read]: Read access to the Change Management application and related records", Components
// installed with ITSM Roles - Change Management); the app's requester page needs exactly this much, so
// it grants it here, visibly, instead of reading around ACLs in code. A scoped app may ship an access
// control on a global table whose design-time access is "Accessible from: All application scopes" with
// "Can read" (Example allowing configuration records for a table), as change_request is. ACLs of the same
// level add up (any Allow-If ACL that passes grants), so the change team's own ACLs are untouched.
Acl({
    $id: Now.ID['acl_change_read_requester'],
    type: 'record',
    table: 'change_request',
    operation: 'read',
    script: "answer = !!current.getValue('requested_by') && current.getValue('requested_by') == gs.getUserID();",
    adminOverrides: true,
    description: 'A requester reads the change requests they requested (My changes page, its ticket links); the change team reads through its own roles.',
})
