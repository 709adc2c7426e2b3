import '@servicenow/sdk/global'
import { BusinessRule, Property, Role } from '@servicenow/sdk/core'
import { appApprovalDecided } from '../../src/server/persona/approval-decided'
import { adminRole, analystRole } from '../security/roles.now'

export const businessAreaOwnerRole = Role({
    name: 'x_psm_persona.business_area_owner',
    description:
        'Proposes personas for the people of the departments they own (x_psm_persona_business_area); each proposal is approved by the persona administrators.',
})

BusinessRule({
    $id: Now.ID['br_app_approval_decided'],
    name: 'Persona: apply decisions on proposals and exceptions',
    description:
        'When an approver approves or rejects a persona proposal or a service exception (Approving = the request), the request follows: a proposal pins the persona, an exception grants the item until it expires.',
    table: 'sysapproval_approver',
    when: 'after',
    action: ['update'],
    filterCondition: 'source_tableINx_psm_persona_proposal,x_psm_persona_exception^stateVALCHANGES',
    order: 200,
    active: true,
    script: appApprovalDecided,
})

Property({
    $id: Now.ID['prop_exception_days'],
    name: 'x_psm_persona.exception.days',
    type: 'integer',
    value: '90',
    description: 'How many days a granted service exception (a service outside the persona) lasts before the daily job removes the access.',
    roles: { read: [adminRole, analystRole], write: [adminRole] },
})
