import '@servicenow/sdk/global'
import { Acl, DecimalColumn, Property, Record, ReferenceColumn, StringColumn, Table } from '@servicenow/sdk/core'
import { adminRole, analystRole } from '../security/roles.now'

/**
 * One provisioning run: a user's persona was assigned or changed, and the new persona's bundled
 * services the user did not have were ordered (request) or there was nothing to order. The
 * persona email reads it to say what was ordered and why.
 */
export const x_psm_persona_provisioning = Table({
    name: 'x_psm_persona_provisioning',
    label: 'Persona Provisioning',
    display: 'user',
    allowWebServiceAccess: true,
    schema: {
        user: ReferenceColumn({ label: 'User', referenceTable: 'sys_user', mandatory: true }),
        assignment: ReferenceColumn({ label: 'Assignment', referenceTable: 'x_psm_persona_assignment' }),
        from_persona: ReferenceColumn({ label: 'From persona', referenceTable: 'x_psm_persona_persona' }),
        to_persona: ReferenceColumn({ label: 'To persona', referenceTable: 'x_psm_persona_persona' }),
        request: ReferenceColumn({ label: 'Request', referenceTable: 'sc_request' }),
        state: StringColumn({
            label: 'State',
            maxLength: 40,
            default: 'ordering',
            choices: {
                ordering: { label: 'Ordering', sequence: 1 },
                ordered: { label: 'Ordered', sequence: 2 },
                nothing_to_order: { label: 'Nothing to order', sequence: 3 },
                failed: { label: 'Failed', sequence: 4 },
            },
        }),
        member_monthly_cost: DecimalColumn({ label: 'Monthly cost per member', hint: "The persona's base cost plus its bundled services, when it was provisioned" }),
        message: StringColumn({ label: 'Message', maxLength: 1000 }),
    },
    index: [{ name: 'x_psm_persona_provisioning_user', element: ['user', 'state'], unique: false }],
})

/**
 * A service the user's previous persona offered and the new one does not: listed for an analyst to
 * review, never removed silently.
 */
export const x_psm_persona_service_review = Table({
    name: 'x_psm_persona_service_review',
    label: 'Service Review',
    display: 'catalog_item',
    allowWebServiceAccess: true,
    schema: {
        user: ReferenceColumn({ label: 'User', referenceTable: 'sys_user', mandatory: true }),
        catalog_item: ReferenceColumn({ label: 'Catalog item', referenceTable: 'sc_cat_item', mandatory: true }),
        requested_item: ReferenceColumn({ label: 'Requested item', referenceTable: 'sc_req_item', hint: 'The order through which the user has the service, if any' }),
        from_persona: ReferenceColumn({ label: 'From persona', referenceTable: 'x_psm_persona_persona' }),
        to_persona: ReferenceColumn({ label: 'To persona', referenceTable: 'x_psm_persona_persona' }),
        provisioning: ReferenceColumn({ label: 'Provisioning', referenceTable: 'x_psm_persona_provisioning' }),
        state: StringColumn({
            label: 'State',
            maxLength: 40,
            default: 'open',
            choices: {
                open: { label: 'Open', sequence: 1 },
                kept: { label: 'Kept', sequence: 2 },
                removed: { label: 'Removed', sequence: 3 },
            },
        }),
        reason: StringColumn({ label: 'Reason', maxLength: 1000 }),
    },
})

/** What the user saw when ordering, and the persona's monthly cost per member, for chargeback. */
export const sc_req_item = Table({
    augments: 'sc_req_item',
    schema: {
        x_psm_persona_price_shown: StringColumn({ label: 'Price shown', maxLength: 200, readOnly: true }),
        x_psm_persona_member_monthly_cost: DecimalColumn({ label: 'Persona monthly cost per member', readOnly: true }),
        x_psm_persona_persona: ReferenceColumn({ label: 'Persona', referenceTable: 'x_psm_persona_persona', readOnly: true }),
    },
})

Property({
    $id: Now.ID['prop_provisioning_manager_approval'],
    name: 'x_psm_persona.provisioning.manager_approval',
    type: 'boolean',
    value: 'true',
    description: "Bundled services ordered for a user when their persona is assigned or changes wait for their manager's approval. When false (or the user has no manager) they go straight to fulfilment.",
    roles: { read: [adminRole, analystRole], write: [adminRole] },
})

Record({
    $id: Now.ID['event_provisioning_assigned'],
    table: 'sysevent_register',
    data: {
        event_name: 'x_psm_persona.provisioning.assigned',
        suffix: 'provisioning.assigned',
        table: 'sys_user',
        description: "A user's first persona was provisioned: its bundled services ordered, or nothing to order. parm1: the user's sys_id; parm2: the provisioning record's sys_id.",
        fired_by: 'Persona Service Management: provisioning',
    },
})

Record({
    $id: Now.ID['event_provisioning_changed'],
    table: 'sysevent_register',
    data: {
        event_name: 'x_psm_persona.provisioning.changed',
        suffix: 'provisioning.changed',
        table: 'sys_user',
        description: "A user's new persona (after another) was provisioned. parm1: the user's sys_id; parm2: the provisioning record's sys_id.",
        fired_by: 'Persona Service Management: provisioning',
    },
})

Record({
    $id: Now.ID['event_order_confirmed'],
    table: 'sysevent_register',
    data: {
        event_name: 'x_psm_persona.order.confirmed',
        suffix: 'order.confirmed',
        table: 'sc_request',
        description: 'A request with persona services was placed. parm1: the requested-for user.',
        fired_by: 'Persona Service Management: fulfilment',
    },
})

Record({
    $id: Now.ID['event_item_fulfilled'],
    table: 'sysevent_register',
    data: {
        event_name: 'x_psm_persona.item.fulfilled',
        suffix: 'item.fulfilled',
        table: 'sc_req_item',
        description: "Every fulfilment task of a requested persona service closed. parm1: the requested-for user.",
        fired_by: 'Persona Service Management: fulfilment',
    },
})

// ---- Provisioning runs and service reviews: analysts read, admins review (and may purge) ----
Acl({ $id: Now.ID['acl_provisioning_read'], type: 'record', table: 'x_psm_persona_provisioning', operation: 'read', roles: [analystRole], adminOverrides: true })
Acl({ $id: Now.ID['acl_provisioning_delete'], type: 'record', table: 'x_psm_persona_provisioning', operation: 'delete', roles: [adminRole], adminOverrides: true })
Acl({ $id: Now.ID['acl_service_review_read'], type: 'record', table: 'x_psm_persona_service_review', operation: 'read', roles: [analystRole], adminOverrides: true })
Acl({ $id: Now.ID['acl_service_review_write'], type: 'record', table: 'x_psm_persona_service_review', operation: 'write', roles: [adminRole], adminOverrides: true })
