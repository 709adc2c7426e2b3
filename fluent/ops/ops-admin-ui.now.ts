import '@servicenow/sdk/global'
import { Form, List, Record, default_view } from '@servicenow/sdk/core'
import { psmMenu } from '../app/menu.now'

/*
 * The admin UI of the service-management tables (fluent/ops/ops-tables.now.ts, ops-outage.now.ts), the way
 * fluent/app does it for the persona tables: a default list layout ("Each List() call creates a sys_ui_list
 * record and its associated sys_ui_list_element records", SDK list-guide), a default form ("Use two-column for
 * 4+ short fields (dropdowns, references). Use one-column for text areas", SDK form-layout-guide), and a
 * "Service Management" section of the app's menu (a SEPARATOR and LIST modules; modules "default to
 * active: false", application-menu-guide, so each says active: true). Analysts read every list; admins edit.
 */

Record({
    $id: Now.ID['module_psm_service_management'],
    table: 'sys_app_module',
    data: {
        title: 'Service Management',
        application: psmMenu,
        link_type: 'SEPARATOR',
        roles: ['x_psm_persona.analyst'],
        active: true,
        order: 400,
    },
})

Record({
    $id: Now.ID['module_psm_service_capacity'],
    table: 'sys_app_module',
    data: {
        title: 'Service Capacity',
        application: psmMenu,
        link_type: 'LIST',
        name: 'x_psm_persona_service_capacity',
        filter: 'ORDERBYservice',
        hint: 'Capacity of the services that carry persona load, and their alert thresholds',
        roles: ['x_psm_persona.analyst'],
        active: true,
        order: 410,
    },
})

List({
    table: 'x_psm_persona_service_capacity',
    view: default_view,
    columns: ['service', 'capacity', 'unit', 'threshold_pct', 'combine', 'last_demand', 'last_forecast', 'breached', 'last_checked', 'active'],
})

Form({
    table: 'x_psm_persona_service_capacity',
    view: default_view,
    sections: [
        {
            caption: 'Service capacity',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'service', type: 'table_field' },
                        { field: 'capacity', type: 'table_field' },
                        { field: 'unit', type: 'table_field' },
                        { field: 'active', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'threshold_pct', type: 'table_field' },
                        { field: 'combine', type: 'table_field' },
                    ],
                },
            ],
        },
        {
            caption: 'Latest check',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'last_demand', type: 'table_field' },
                        { field: 'last_forecast', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'breached', type: 'table_field' },
                        { field: 'last_checked', type: 'table_field' },
                    ],
                },
                {
                    layout: 'one-column',
                    elements: [{ field: 'last_summary', type: 'table_field' }],
                },
            ],
        },
        {
            caption: 'Demand factors',
            content: [
                {
                    layout: 'one-column',
                    elements: [
                        {
                            type: 'list',
                            listType: '12M',
                            listRef: 'x_psm_persona_demand_factor.service',
                        },
                    ],
                },
            ],
        },
    ],
})

Record({
    $id: Now.ID['module_psm_demand_factors'],
    table: 'sys_app_module',
    data: {
        title: 'Demand Factors',
        application: psmMenu,
        link_type: 'LIST',
        name: 'x_psm_persona_demand_factor',
        filter: 'ORDERBYservice^ORDERBYdimension^ORDERBYranking',
        hint: 'Demand one user of each ranking puts on a service',
        roles: ['x_psm_persona.analyst'],
        active: true,
        order: 420,
    },
})

List({
    table: 'x_psm_persona_demand_factor',
    view: default_view,
    columns: ['service', 'dimension', 'ranking', 'per_user', 'description'],
})

Form({
    table: 'x_psm_persona_demand_factor',
    view: default_view,
    sections: [
        {
            caption: 'Demand factor',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'service', type: 'table_field' },
                        { field: 'dimension', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'ranking', type: 'table_field' },
                        { field: 'per_user', type: 'table_field' },
                    ],
                },
                {
                    layout: 'one-column',
                    elements: [{ field: 'description', type: 'table_field' }],
                },
            ],
        },
    ],
})

Record({
    $id: Now.ID['module_psm_offering_services'],
    table: 'sys_app_module',
    data: {
        title: 'Offering Services',
        application: psmMenu,
        link_type: 'LIST',
        name: 'x_psm_persona_offering_service',
        filter: 'ORDERBYservice',
        hint: 'Which service delivers each persona offering',
        roles: ['x_psm_persona.analyst'],
        active: true,
        order: 430,
    },
})

List({
    table: 'x_psm_persona_offering_service',
    view: default_view,
    columns: ['offering', 'offering.persona', 'service', 'sys_updated_on'],
})

Form({
    table: 'x_psm_persona_offering_service',
    view: default_view,
    sections: [
        {
            caption: 'Offering service',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [{ field: 'offering', type: 'table_field' }],
                    rightElements: [{ field: 'service', type: 'table_field' }],
                },
            ],
        },
    ],
})

Record({
    $id: Now.ID['module_psm_availability_targets'],
    table: 'sys_app_module',
    data: {
        title: 'Availability Targets',
        application: psmMenu,
        link_type: 'LIST',
        name: 'x_psm_persona_availability_target',
        filter: 'ORDERBYpersona',
        hint: 'Availability each persona needs, and what it is told during an outage',
        roles: ['x_psm_persona.analyst'],
        active: true,
        order: 440,
    },
})

List({
    table: 'x_psm_persona_availability_target',
    view: default_view,
    columns: ['persona', 'service', 'target_pct', 'workaround', 'outage_notice'],
})

Form({
    table: 'x_psm_persona_availability_target',
    view: default_view,
    sections: [
        {
            caption: 'Availability target',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'persona', type: 'table_field' },
                        { field: 'service', type: 'table_field' },
                    ],
                    rightElements: [{ field: 'target_pct', type: 'table_field' }],
                },
                {
                    layout: 'one-column',
                    elements: [
                        { field: 'workaround', type: 'table_field' },
                        { field: 'outage_notice', type: 'table_field' },
                    ],
                },
            ],
        },
    ],
})

Record({
    $id: Now.ID['module_psm_incident_rules'],
    table: 'sys_app_module',
    data: {
        title: 'Incident Rules',
        application: psmMenu,
        link_type: 'LIST',
        name: 'x_psm_persona_incident_rule',
        filter: 'ORDERBYorder^ORDERBYname',
        hint: 'Persona-aware incident rules: raise urgency for the callers who depend most',
        roles: ['x_psm_persona.analyst'],
        active: true,
        order: 450,
    },
})

List({
    table: 'x_psm_persona_incident_rule',
    view: default_view,
    columns: ['name', 'order', 'dimension', 'min_ranking', 'category', 'subcategory', 'business_service', 'urgency', 'active'],
})

Form({
    table: 'x_psm_persona_incident_rule',
    view: default_view,
    sections: [
        {
            caption: 'Incident rule',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'name', type: 'table_field' },
                        { field: 'dimension', type: 'table_field' },
                        { field: 'min_ranking', type: 'table_field' },
                        { field: 'urgency', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'order', type: 'table_field' },
                        { field: 'active', type: 'table_field' },
                        { field: 'category', type: 'table_field' },
                        { field: 'subcategory', type: 'table_field' },
                        { field: 'business_service', type: 'table_field' },
                    ],
                },
                {
                    layout: 'one-column',
                    elements: [{ field: 'reason', type: 'table_field' }],
                },
            ],
        },
    ],
})

Record({
    $id: Now.ID['module_psm_required_controls'],
    table: 'sys_app_module',
    data: {
        title: 'Required Controls',
        application: psmMenu,
        link_type: 'LIST',
        name: 'x_psm_persona_required_control',
        filter: 'ORDERBYpersona^ORDERBYcontrol',
        hint: 'Security controls each persona requires',
        roles: ['x_psm_persona.analyst'],
        active: true,
        order: 460,
    },
})

List({
    table: 'x_psm_persona_required_control',
    view: default_view,
    columns: ['persona', 'control', 'active', 'sys_updated_on'],
})

Form({
    table: 'x_psm_persona_required_control',
    view: default_view,
    sections: [
        {
            caption: 'Required control',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'persona', type: 'table_field' },
                        { field: 'control', type: 'table_field' },
                    ],
                    rightElements: [{ field: 'active', type: 'table_field' }],
                },
            ],
        },
    ],
})

Record({
    $id: Now.ID['module_psm_item_controls'],
    table: 'sys_app_module',
    data: {
        title: 'Item Controls',
        application: psmMenu,
        link_type: 'LIST',
        name: 'x_psm_persona_item_control',
        filter: 'ORDERBYcatalog_item',
        hint: 'Security controls each catalog item provides once delivered',
        roles: ['x_psm_persona.analyst'],
        active: true,
        order: 470,
    },
})

List({
    table: 'x_psm_persona_item_control',
    view: default_view,
    columns: ['catalog_item', 'control', 'sys_created_on', 'sys_updated_on'],
})

Form({
    table: 'x_psm_persona_item_control',
    view: default_view,
    sections: [
        {
            caption: 'Item control',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [{ field: 'catalog_item', type: 'table_field' }],
                    rightElements: [{ field: 'control', type: 'table_field' }],
                },
            ],
        },
    ],
})

Record({
    $id: Now.ID['module_psm_outage_notices'],
    table: 'sys_app_module',
    data: {
        title: 'Outage Notices',
        application: psmMenu,
        link_type: 'LIST',
        name: 'x_psm_persona_outage_notice',
        filter: 'ORDERBYDESCsent_on',
        hint: 'Outages the app told the affected personas about',
        roles: ['x_psm_persona.analyst'],
        active: true,
        order: 480,
    },
})

List({
    table: 'x_psm_persona_outage_notice',
    view: default_view,
    columns: ['outage', 'sent_on', 'users', 'personas'],
})

Form({
    table: 'x_psm_persona_outage_notice',
    view: default_view,
    sections: [
        {
            caption: 'Outage notice',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'outage', type: 'table_field' },
                        { field: 'sent_on', type: 'table_field' },
                    ],
                    rightElements: [{ field: 'users', type: 'table_field' }],
                },
                {
                    layout: 'one-column',
                    elements: [{ field: 'personas', type: 'table_field' }],
                },
            ],
        },
    ],
})
