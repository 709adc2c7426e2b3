import '@servicenow/sdk/global'
import { Table, StringColumn, IntegerColumn, ReferenceColumn, DateTimeColumn } from '@servicenow/sdk/core'

/**
 * A service outside the user's persona: the request (who, what they named, why), the manager's
 * decision and, once approved, the personal Available For entry (a user criterion naming only this
 * user) that grants the one item until it expires. The audit trail analysts read.
 */
export const x_psm_persona_exception = Table({
    name: 'x_psm_persona_exception',
    label: 'Persona Service Exception',
    display: 'short_description',
    allowWebServiceAccess: true,
    schema: {
        short_description: StringColumn({ label: 'Short description', maxLength: 160, readOnly: true }),
        user: ReferenceColumn({ label: 'Requested for', referenceTable: 'sys_user', mandatory: true }),
        catalog_item: ReferenceColumn({ label: 'Catalog item', referenceTable: 'sc_cat_item', mandatory: true }),
        requested_text: StringColumn({ label: 'What the user asked for', maxLength: 200, hint: 'The words the user searched for, or empty when they opened the service' }),
        justification: StringColumn({ label: 'Justification', maxLength: 1000, mandatory: true }),
        state: StringColumn({
            label: 'State',
            maxLength: 40,
            default: 'requested',
            choices: {
                requested: { label: 'Awaiting approval', sequence: 1 },
                granted: { label: 'Granted', sequence: 2 },
                rejected: { label: 'Rejected', sequence: 3 },
                expired: { label: 'Expired', sequence: 4 },
            },
        }),
        approver: ReferenceColumn({ label: 'Approver', referenceTable: 'sys_user', readOnly: true, hint: "The user's manager" }),
        decided_by: ReferenceColumn({ label: 'Decided by', referenceTable: 'sys_user', readOnly: true }),
        decided_on: DateTimeColumn({ label: 'Decided on', readOnly: true }),
        decision_comment: StringColumn({ label: 'Decision comment', maxLength: 1000, readOnly: true }),
        duration_days: IntegerColumn({ label: 'Duration (days)', hint: 'How long the access lasts once granted' }),
        expires_on: DateTimeColumn({ label: 'Expires on', readOnly: true }),
        reminded_on: DateTimeColumn({ label: 'Expiry reminder sent', readOnly: true, hint: 'When the user (and the approver) were told the access ends soon' }),
        ended_on: DateTimeColumn({ label: 'Access ended', readOnly: true, hint: 'When the daily job removed the access and told the user how to ask again' }),
        user_criteria: ReferenceColumn({ label: 'Personal criterion', referenceTable: 'user_criteria', readOnly: true }),
    },
    index: [
        { name: 'x_psm_persona_exception_user', element: ['user', 'catalog_item'], unique: false },
        { name: 'x_psm_persona_exception_state', element: ['state', 'expires_on'], unique: false },
    ],
})
