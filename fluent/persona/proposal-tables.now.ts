import '@servicenow/sdk/global'
import { Table, StringColumn, BooleanColumn, ReferenceColumn, DateTimeColumn } from '@servicenow/sdk/core'

/**
 * A business area: a department and its owner. A user with the role
 * x_psm_persona.business_area_owner proposes personas for the people of the departments they own
 * (managers propose for their direct reports without a role).
 */
export const x_psm_persona_business_area = Table({
    name: 'x_psm_persona_business_area',
    label: 'Persona Business Area',
    display: 'department',
    allowWebServiceAccess: true,
    schema: {
        department: ReferenceColumn({ label: 'Department', referenceTable: 'cmn_department', mandatory: true }),
        owner: ReferenceColumn({ label: 'Owner', referenceTable: 'sys_user', mandatory: true, hint: 'Holds x_psm_persona.business_area_owner; proposes personas for the department' }),
        active: BooleanColumn({ label: 'Active', default: 'true' }),
    },
    index: [{ name: 'x_psm_persona_business_area_owner', element: ['owner', 'active'], unique: false }],
})

/**
 * A proposed persona for one user: who proposed it and why, and the decision. Approved, it pins the
 * persona on the user's profile (scoring never changes a pinned persona) and the assignment history
 * records who proposed and who decided. Decided through sysapproval_approver rows (Approving = this
 * record) for the app's administrators.
 */
export const x_psm_persona_proposal = Table({
    name: 'x_psm_persona_proposal',
    label: 'Persona Proposal',
    display: 'short_description',
    allowWebServiceAccess: true,
    schema: {
        short_description: StringColumn({ label: 'Short description', maxLength: 160, readOnly: true }),
        user: ReferenceColumn({ label: 'User', referenceTable: 'sys_user', mandatory: true }),
        persona: ReferenceColumn({ label: 'Proposed persona', referenceTable: 'x_psm_persona_persona', mandatory: true }),
        current_persona: ReferenceColumn({ label: 'Persona when proposed', referenceTable: 'x_psm_persona_persona', readOnly: true }),
        proposed_by: ReferenceColumn({ label: 'Proposed by', referenceTable: 'sys_user', mandatory: true }),
        proposed_as: StringColumn({
            label: 'Proposed as',
            maxLength: 40,
            choices: { manager: { label: 'Manager', sequence: 1 }, business_area_owner: { label: 'Business-area owner', sequence: 2 } },
        }),
        justification: StringColumn({ label: 'Justification', maxLength: 1000, mandatory: true }),
        state: StringColumn({
            label: 'State',
            maxLength: 40,
            default: 'requested',
            choices: {
                requested: { label: 'Awaiting approval', sequence: 1 },
                approved: { label: 'Approved', sequence: 2 },
                rejected: { label: 'Rejected', sequence: 3 },
                cancelled: { label: 'Cancelled', sequence: 4 },
            },
        }),
        decided_by: ReferenceColumn({ label: 'Decided by', referenceTable: 'sys_user', readOnly: true }),
        decided_on: DateTimeColumn({ label: 'Decided on', readOnly: true }),
        decision_comment: StringColumn({ label: 'Decision comment', maxLength: 1000, readOnly: true }),
    },
    index: [{ name: 'x_psm_persona_proposal_user', element: ['user', 'state'], unique: false }],
})
