import '@servicenow/sdk/global'
import { Acl } from '@servicenow/sdk/core'
import { adminRole, analystRole } from '../security/roles.now'

/*
 * Experience follow-ups (x_psm_persona_followup, a task the app opens for a 0–6 answer): analysts read
 * them all; the person it is assigned to and the change managers (role change_manager) read and work
 * them; only the app creates them (its business rule writes with GlideRecord), admins may delete them.
 * Deny by default, as for every table of the app.
 */

const ASSIGNEE_OR_CHANGE_MANAGER = 'answer = current.getValue("assigned_to") == gs.getUserID() || gs.hasRole("change_manager");'

Acl({
    $id: Now.ID['acl_followup_read_analyst'],
    type: 'record',
    table: 'x_psm_persona_followup',
    operation: 'read',
    roles: [analystRole],
    adminOverrides: true,
})
Acl({
    $id: Now.ID['acl_followup_read_assignee'],
    type: 'record',
    table: 'x_psm_persona_followup',
    operation: 'read',
    script: ASSIGNEE_OR_CHANGE_MANAGER,
    adminOverrides: true,
    description: 'The assignee and the change managers read the follow-ups they work.',
})
Acl({
    $id: Now.ID['acl_followup_write_assignee'],
    type: 'record',
    table: 'x_psm_persona_followup',
    operation: 'write',
    script: ASSIGNEE_OR_CHANGE_MANAGER,
    adminOverrides: true,
    description: 'The assignee and the change managers work the follow-up (notes, state, reassignment).',
})
Acl({
    $id: Now.ID['acl_followup_delete'],
    type: 'record',
    table: 'x_psm_persona_followup',
    operation: 'delete',
    roles: [adminRole],
    adminOverrides: true,
})
