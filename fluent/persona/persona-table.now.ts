import '@servicenow/sdk/global'
import { Table, StringColumn, IntegerColumn, BooleanColumn, ReferenceColumn, DecimalColumn } from '@servicenow/sdk/core'

export const x_psm_persona_persona = Table({
    name: 'x_psm_persona_persona',
    label: 'Persona',
    display: 'name',
    allowWebServiceAccess: true,
    schema: {
        name: StringColumn({ label: 'Name', mandatory: true, unique: true, maxLength: 100 }),
        description: StringColumn({ label: 'Description', maxLength: 4000 }),
        // The five workstyle dimensions, each ranked 1 (least) to 4 (most).
        technology: IntegerColumn({
            label: 'Technology',
            hint: 'How much, and how widely, technology is used',
            mandatory: true,
            min: 1,
            max: 4,
            default: '1',
            choices: {
                1: { label: '1 - Low', sequence: 1 },
                2: { label: '2 - Moderate', sequence: 2 },
                3: { label: '3 - High', sequence: 3 },
                4: { label: '4 - Very high', sequence: 4 },
            },
        }),
        network: IntegerColumn({
            label: 'Network',
            hint: 'How much network is used',
            mandatory: true,
            min: 1,
            max: 4,
            default: '1',
            choices: {
                1: { label: '1 - Low', sequence: 1 },
                2: { label: '2 - Moderate', sequence: 2 },
                3: { label: '3 - High', sequence: 3 },
                4: { label: '4 - Very high', sequence: 4 },
            },
        }),
        interaction: IntegerColumn({
            label: 'Interaction',
            hint: 'How much work is done with a team',
            mandatory: true,
            min: 1,
            max: 4,
            default: '1',
            choices: {
                1: { label: '1 - Low', sequence: 1 },
                2: { label: '2 - Moderate', sequence: 2 },
                3: { label: '3 - High', sequence: 3 },
                4: { label: '4 - Very high', sequence: 4 },
            },
        }),
        communication: IntegerColumn({
            label: 'Communication',
            hint: 'How much work is done with others, customers or internal',
            mandatory: true,
            min: 1,
            max: 4,
            default: '1',
            choices: {
                1: { label: '1 - Low', sequence: 1 },
                2: { label: '2 - Moderate', sequence: 2 },
                3: { label: '3 - High', sequence: 3 },
                4: { label: '4 - Very high', sequence: 4 },
            },
        }),
        mobility: IntegerColumn({
            label: 'Virtual/Mobile',
            hint: 'How much work is done away from a desk',
            mandatory: true,
            min: 1,
            max: 4,
            default: '1',
            choices: {
                1: { label: '1 - Low', sequence: 1 },
                2: { label: '2 - Moderate', sequence: 2 },
                3: { label: '3 - High', sequence: 3 },
                4: { label: '4 - Very high', sequence: 4 },
            },
        }),
        active: BooleanColumn({ label: 'Active', default: 'true' }),
        order: IntegerColumn({ label: 'Order', default: '100', hint: 'Tie-break between equally close personas: lower first' }),
        qualifier: ReferenceColumn({
            label: 'Qualifier',
            referenceTable: 'user_criteria',
            hint: 'Only users who match these user criteria may be scored into this persona',
        }),
        user_criteria: ReferenceColumn({
            label: 'User criteria',
            referenceTable: 'user_criteria',
            readOnly: true,
            hint: 'Grants this persona\'s catalog offerings; maintained by the application',
        }),
        monthly_cost: DecimalColumn({ label: 'Monthly cost', default: '0', hint: 'Base monthly cost of the persona bundle' }),
    },
    index: [{ name: 'x_psm_persona_persona_active_order', element: ['active', 'order'], unique: false }],
})
