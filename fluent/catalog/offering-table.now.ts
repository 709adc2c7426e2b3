import '@servicenow/sdk/global'
import { Table, StringColumn, IntegerColumn, BooleanColumn, ReferenceColumn, DecimalColumn } from '@servicenow/sdk/core'

/**
 * A service offered to a persona: the catalog item, what it costs the persona a month, and
 * whether it comes with the persona by default. Business rules keep each item's Available For
 * criteria in step with its active offerings.
 */
export const x_psm_persona_offering = Table({
    name: 'x_psm_persona_offering',
    label: 'Persona Offering',
    display: 'catalog_item',
    allowWebServiceAccess: true,
    schema: {
        persona: ReferenceColumn({ label: 'Persona', referenceTable: 'x_psm_persona_persona', mandatory: true }),
        catalog_item: ReferenceColumn({ label: 'Catalog item', referenceTable: 'sc_cat_item', mandatory: true }),
        monthly_cost: DecimalColumn({ label: 'Monthly cost', default: '0', hint: 'What the service costs the persona a month' }),
        bundled: BooleanColumn({ label: 'Bundled', default: 'false', hint: 'Provisioned with the persona by default: ready to order' }),
        active: BooleanColumn({ label: 'Active', default: 'true', hint: 'Only active offerings make the item available to the persona' }),
        order: IntegerColumn({ label: 'Order', default: '100' }),
        description: StringColumn({ label: 'Description', maxLength: 1000, hint: 'Why this persona gets the service' }),
        restrict_item: BooleanColumn({
            label: 'Restrict the item to its personas',
            default: 'false',
            hint: 'Confirms that the first offering of an item everyone can see restricts it to the personas offering it',
        }),
        validation_message: StringColumn({
            label: 'Validation message',
            maxLength: 1000,
            readOnly: true,
            hint: 'What the last save changed for who sees the item; returned to REST clients with the record',
        }),
    },
    index: [
        { name: 'x_psm_persona_offering_item', element: ['catalog_item', 'active'], unique: false },
        { name: 'x_psm_persona_offering_persona', element: ['persona', 'active'], unique: false },
    ],
})
