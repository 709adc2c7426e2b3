import '@servicenow/sdk/global'
import { Table, StringColumn, IntegerColumn, BooleanColumn, ReferenceColumn, DecimalColumn, DateTimeColumn } from '@servicenow/sdk/core'

/*
 * Personas across service management (README, "Personas across service management"): capacity and demand
 * factors per service, offerings linked to the services that deliver them, availability targets, persona-aware
 * incident rules and the security controls each persona requires.
 */

const DIMENSION_CHOICES = {
    technology: { label: 'Technology', sequence: 1 },
    network: { label: 'Network', sequence: 2 },
    interaction: { label: 'Interaction', sequence: 3 },
    communication: { label: 'Communication', sequence: 4 },
    mobility: { label: 'Virtual/Mobile', sequence: 5 },
}

const CONTROL_CHOICES = {
    mfa: { label: 'Multi-factor authentication', sequence: 1 },
    device_management: { label: 'Device management', sequence: 2 },
    vpn: { label: 'VPN', sequence: 3 },
    disk_encryption: { label: 'Disk encryption', sequence: 4 },
}

/** A service that carries load: its capacity, the unit it is counted in, and the alert threshold. */
export const x_psm_persona_service_capacity = Table({
    name: 'x_psm_persona_service_capacity',
    label: 'Persona Service Capacity',
    display: 'service',
    allowWebServiceAccess: true,
    schema: {
        service: ReferenceColumn({ label: 'Service', referenceTable: 'cmdb_ci_service', mandatory: true, unique: true }),
        capacity: DecimalColumn({ label: 'Capacity', mandatory: true, hint: 'What the service can carry, in the unit below' }),
        unit: StringColumn({ label: 'Unit', maxLength: 60, mandatory: true, hint: 'e.g. concurrent VPN seats, Gbit/s, licences' }),
        threshold_pct: IntegerColumn({ label: 'Alert threshold %', default: '90', min: 1, max: 1000, hint: 'The owner is alerted when demand reaches this share of capacity' }),
        combine: StringColumn({
            label: 'Combine dimensions',
            maxLength: 10,
            default: 'sum',
            choices: { sum: { label: 'Add the dimensions\' demand', sequence: 1 }, max: { label: 'Take the largest dimension\'s demand', sequence: 2 } },
            hint: 'How a user\'s demand from several dimensions adds up (a licence is needed once: take the largest)',
        }),
        active: BooleanColumn({ label: 'Active', default: 'true' }),
        breached: BooleanColumn({ label: 'Above threshold', default: 'false', readOnly: true, hint: 'Set when the alert fired; cleared when demand falls below the threshold again' }),
        last_demand: DecimalColumn({ label: 'Demand', readOnly: true }),
        last_forecast: DecimalColumn({ label: 'Forecast demand', readOnly: true }),
        last_summary: StringColumn({ label: 'Demand by persona', maxLength: 4000, readOnly: true }),
        last_checked: DateTimeColumn({ label: 'Last checked', readOnly: true }),
    },
})

/** Demand one user of a given ranking puts on a service, per dimension. */
export const x_psm_persona_demand_factor = Table({
    name: 'x_psm_persona_demand_factor',
    label: 'Persona Demand Factor',
    display: 'dimension',
    allowWebServiceAccess: true,
    schema: {
        service: ReferenceColumn({ label: 'Service', referenceTable: 'cmdb_ci_service', mandatory: true }),
        dimension: StringColumn({ label: 'Dimension', maxLength: 40, mandatory: true, choices: DIMENSION_CHOICES }),
        ranking: IntegerColumn({ label: 'Ranking', mandatory: true, min: 1, max: 4 }),
        per_user: DecimalColumn({ label: 'Demand per user', mandatory: true, hint: 'In the service\'s capacity unit' }),
        description: StringColumn({ label: 'Why', maxLength: 1000 }),
    },
    index: [{ name: 'x_psm_persona_demand_factor_key', element: ['service', 'dimension', 'ranking'], unique: true }],
})

/** A persona offering delivered by a service (an outage of the service, or of what it depends on, reaches the offering). */
export const x_psm_persona_offering_service = Table({
    name: 'x_psm_persona_offering_service',
    label: 'Persona Offering Service',
    display: 'service',
    allowWebServiceAccess: true,
    schema: {
        offering: ReferenceColumn({ label: 'Offering', referenceTable: 'x_psm_persona_offering', mandatory: true, cascadeRule: 'delete' }),
        service: ReferenceColumn({ label: 'Service', referenceTable: 'cmdb_ci_service', mandatory: true }),
    },
    index: [{ name: 'x_psm_persona_offering_service_key', element: ['offering', 'service'], unique: true }],
})

/** Availability a persona needs from a service, and the outage notice worded for it. */
export const x_psm_persona_availability_target = Table({
    name: 'x_psm_persona_availability_target',
    label: 'Persona Availability Target',
    display: 'persona',
    allowWebServiceAccess: true,
    schema: {
        persona: ReferenceColumn({ label: 'Persona', referenceTable: 'x_psm_persona_persona', mandatory: true }),
        service: ReferenceColumn({ label: 'Service', referenceTable: 'cmdb_ci_service', hint: 'Empty: every service of the persona' }),
        target_pct: DecimalColumn({ label: 'Availability target %', mandatory: true, default: '99.5' }),
        outage_notice: StringColumn({
            label: 'Outage notice',
            maxLength: 1000,
            hint: 'What the persona is told during an outage; {service} is replaced by the service\'s name. Empty: worded from the persona\'s workstyle',
        }),
        workaround: StringColumn({
            label: 'What to use instead',
            maxLength: 400,
            hint: 'Told to the persona\'s users during an outage (mobile-first personas: what works away from the desk). Empty: a general suggestion',
        }),
    },
})

/** A persona-aware incident rule: when the caller ranks high on a dimension and the incident matches, raise urgency and say why. */
export const x_psm_persona_incident_rule = Table({
    name: 'x_psm_persona_incident_rule',
    label: 'Persona Incident Rule',
    display: 'name',
    allowWebServiceAccess: true,
    schema: {
        name: StringColumn({ label: 'Name', maxLength: 100, mandatory: true }),
        dimension: StringColumn({ label: 'Dimension', maxLength: 40, mandatory: true, choices: DIMENSION_CHOICES }),
        min_ranking: IntegerColumn({ label: 'Minimum ranking', mandatory: true, min: 1, max: 4, default: '4' }),
        category: StringColumn({ label: 'Incident category', maxLength: 40, hint: 'Empty: any' }),
        subcategory: StringColumn({ label: 'Incident subcategory', maxLength: 40, hint: 'Empty: any' }),
        business_service: ReferenceColumn({ label: 'Service', referenceTable: 'cmdb_ci_service', hint: 'Empty: any' }),
        urgency: IntegerColumn({
            label: 'Raise urgency to',
            mandatory: true,
            default: '1',
            choices: { '1': { label: '1 - High', sequence: 1 }, '2': { label: '2 - Medium', sequence: 2 } },
        }),
        reason: StringColumn({ label: 'Reason for the agent', maxLength: 400 }),
        order: IntegerColumn({ label: 'Order', default: '100' }),
        active: BooleanColumn({ label: 'Active', default: 'true' }),
    },
})

/** A control every user of a persona must have through their provisioned services. */
export const x_psm_persona_required_control = Table({
    name: 'x_psm_persona_required_control',
    label: 'Persona Required Control',
    display: 'control',
    allowWebServiceAccess: true,
    schema: {
        persona: ReferenceColumn({ label: 'Persona', referenceTable: 'x_psm_persona_persona', mandatory: true }),
        control: StringColumn({ label: 'Control', maxLength: 40, mandatory: true, choices: CONTROL_CHOICES }),
        active: BooleanColumn({ label: 'Active', default: 'true' }),
    },
})

/** A control a catalog item provides once provisioned (an MDM enrolment, a hardware key, the VPN client). */
export const x_psm_persona_item_control = Table({
    name: 'x_psm_persona_item_control',
    label: 'Persona Item Control',
    display: 'control',
    allowWebServiceAccess: true,
    schema: {
        catalog_item: ReferenceColumn({ label: 'Catalog item', referenceTable: 'sc_cat_item', mandatory: true }),
        control: StringColumn({ label: 'Control', maxLength: 40, mandatory: true, choices: CONTROL_CHOICES }),
    },
})

/** What the app adds to incident: the caller's persona and workstyle for the agent, and what the persona rules did. */
export const incident = Table({
    augments: 'incident',
    schema: {
        x_psm_persona_persona: ReferenceColumn({ label: 'Caller persona', referenceTable: 'x_psm_persona_persona', readOnly: true }),
        x_psm_persona_workstyle: StringColumn({ label: 'Caller workstyle', maxLength: 400, readOnly: true }),
        x_psm_persona_channel: StringColumn({
            label: 'Update channel',
            maxLength: 20,
            readOnly: true,
            choices: { email: { label: 'Email', sequence: 1 }, sms: { label: 'SMS / mobile', sequence: 2 }, phone: { label: 'Phone', sequence: 3 } },
        }),
        x_psm_persona_rule_note: StringColumn({ label: 'Persona rule applied', maxLength: 1000, readOnly: true }),
    },
})

/** What the app adds to problem: the personas its incidents came from. */
export const problem = Table({
    augments: 'problem',
    schema: {
        x_psm_persona_affected: StringColumn({ label: 'Affected personas', maxLength: 1000, readOnly: true }),
    },
})
