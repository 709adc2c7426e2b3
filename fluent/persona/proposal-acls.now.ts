import '@servicenow/sdk/global'
import { Acl } from '@servicenow/sdk/core'
import { adminRole, analystRole } from '../security/roles.now'

/*
 * Proposals, business areas and service exceptions. People file proposals and exceptions through the
 * portal pages, whose modules check who may (a manager, a business-area owner, the user themselves):
 * nobody creates them through the Table API but admins. Analysts read them all (the audit); the people
 * involved read their own; only the approval rows decide them.
 */

Acl({ $id: Now.ID['acl_proposal_read'], type: 'record', table: 'x_psm_persona_proposal', operation: 'read', roles: [analystRole], adminOverrides: true })
Acl({
    $id: Now.ID['acl_proposal_read_own'],
    type: 'record',
    table: 'x_psm_persona_proposal',
    operation: 'read',
    script: 'var me = gs.getUserID(); answer = current.getValue("user") == me || current.getValue("proposed_by") == me || current.getValue("decided_by") == me;',
    adminOverrides: true,
    description: 'The people the request concerns read it.',
})
Acl({ $id: Now.ID['acl_proposal_write'], type: 'record', table: 'x_psm_persona_proposal', operation: 'write', roles: [adminRole], adminOverrides: true })
Acl({ $id: Now.ID['acl_proposal_create'], type: 'record', table: 'x_psm_persona_proposal', operation: 'create', roles: [adminRole], adminOverrides: true })
Acl({ $id: Now.ID['acl_proposal_delete'], type: 'record', table: 'x_psm_persona_proposal', operation: 'delete', roles: [adminRole], adminOverrides: true })
Acl({ $id: Now.ID['acl_exception_read'], type: 'record', table: 'x_psm_persona_exception', operation: 'read', roles: [analystRole], adminOverrides: true })
Acl({
    $id: Now.ID['acl_exception_read_own'],
    type: 'record',
    table: 'x_psm_persona_exception',
    operation: 'read',
    script: 'var me = gs.getUserID(); answer = current.getValue("user") == me || current.getValue("approver") == me || current.getValue("decided_by") == me;',
    adminOverrides: true,
    description: 'The people the request concerns read it.',
})
Acl({ $id: Now.ID['acl_exception_write'], type: 'record', table: 'x_psm_persona_exception', operation: 'write', roles: [adminRole], adminOverrides: true })
Acl({ $id: Now.ID['acl_exception_create'], type: 'record', table: 'x_psm_persona_exception', operation: 'create', roles: [adminRole], adminOverrides: true })
Acl({ $id: Now.ID['acl_exception_delete'], type: 'record', table: 'x_psm_persona_exception', operation: 'delete', roles: [adminRole], adminOverrides: true })
Acl({ $id: Now.ID['acl_business_area_read'], type: 'record', table: 'x_psm_persona_business_area', operation: 'read', roles: [analystRole], adminOverrides: true })
Acl({ $id: Now.ID['acl_business_area_write'], type: 'record', table: 'x_psm_persona_business_area', operation: 'write', roles: [adminRole], adminOverrides: true })
Acl({ $id: Now.ID['acl_business_area_create'], type: 'record', table: 'x_psm_persona_business_area', operation: 'create', roles: [adminRole], adminOverrides: true })
Acl({ $id: Now.ID['acl_business_area_delete'], type: 'record', table: 'x_psm_persona_business_area', operation: 'delete', roles: [adminRole], adminOverrides: true })
