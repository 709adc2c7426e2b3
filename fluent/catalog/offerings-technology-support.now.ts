import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'
import { technologySupportCriteria } from './persona-criteria.now'
import { dockItem, laptopPerformanceItem, monitorItem } from './items-devices.now'
import { galaxyItem } from './items-mobile.now'
import { headsetItem } from './items-collaboration.now'
import { labelPrinterItem, rdpGatewayItem, remoteSupportItem, toolkitItem } from './items-support.now'

/*
 * Technology Support: its offerings, each followed by the Available For row it implies (the installer,
 * like the platform's app install, runs no business rules, so the rows ship with the offerings).
 * tests/long/catalog-availability.test.ts proves these rows equal what the rules would derive.
 */

Record({
    $id: Now.ID['offering_technology_support_laptop_performance'],
    $meta: { installMethod: 'demo' },
    table: 'x_psm_persona_offering',
    data: {
        persona: Now.ref('x_psm_persona_persona', 'persona_technology_support'),
        catalog_item: laptopPerformanceItem,
        monthly_cost: 72,
        bundled: true,
        active: true,
        order: 100,
    },
})
Record({
    $id: Now.ID['available_technology_support_laptop_performance'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item_user_criteria_mtom',
    data: {
        sc_cat_item: laptopPerformanceItem,
        user_criteria: technologySupportCriteria,
    },
})

Record({
    $id: Now.ID['offering_technology_support_dock'],
    $meta: { installMethod: 'demo' },
    table: 'x_psm_persona_offering',
    data: {
        persona: Now.ref('x_psm_persona_persona', 'persona_technology_support'),
        catalog_item: dockItem,
        monthly_cost: 8,
        bundled: true,
        active: true,
        order: 200,
    },
})
Record({
    $id: Now.ID['available_technology_support_dock'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item_user_criteria_mtom',
    data: {
        sc_cat_item: dockItem,
        user_criteria: technologySupportCriteria,
    },
})

Record({
    $id: Now.ID['offering_technology_support_monitor'],
    $meta: { installMethod: 'demo' },
    table: 'x_psm_persona_offering',
    data: {
        persona: Now.ref('x_psm_persona_persona', 'persona_technology_support'),
        catalog_item: monitorItem,
        monthly_cost: 12,
        bundled: true,
        active: true,
        order: 300,
    },
})
Record({
    $id: Now.ID['available_technology_support_monitor'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item_user_criteria_mtom',
    data: {
        sc_cat_item: monitorItem,
        user_criteria: technologySupportCriteria,
    },
})

Record({
    $id: Now.ID['offering_technology_support_headset'],
    $meta: { installMethod: 'demo' },
    table: 'x_psm_persona_offering',
    data: {
        persona: Now.ref('x_psm_persona_persona', 'persona_technology_support'),
        catalog_item: headsetItem,
        monthly_cost: 9,
        bundled: true,
        active: true,
        order: 400,
    },
})
Record({
    $id: Now.ID['available_technology_support_headset'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item_user_criteria_mtom',
    data: {
        sc_cat_item: headsetItem,
        user_criteria: technologySupportCriteria,
    },
})

Record({
    $id: Now.ID['offering_technology_support_remote_support'],
    $meta: { installMethod: 'demo' },
    table: 'x_psm_persona_offering',
    data: {
        persona: Now.ref('x_psm_persona_persona', 'persona_technology_support'),
        catalog_item: remoteSupportItem,
        monthly_cost: 35,
        bundled: true,
        active: true,
        order: 500,
    },
})
Record({
    $id: Now.ID['available_technology_support_remote_support'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item_user_criteria_mtom',
    data: {
        sc_cat_item: remoteSupportItem,
        user_criteria: technologySupportCriteria,
    },
})

Record({
    $id: Now.ID['offering_technology_support_rdp_gateway'],
    $meta: { installMethod: 'demo' },
    table: 'x_psm_persona_offering',
    data: {
        persona: Now.ref('x_psm_persona_persona', 'persona_technology_support'),
        catalog_item: rdpGatewayItem,
        monthly_cost: 10,
        bundled: true,
        active: true,
        order: 600,
    },
})
Record({
    $id: Now.ID['available_technology_support_rdp_gateway'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item_user_criteria_mtom',
    data: {
        sc_cat_item: rdpGatewayItem,
        user_criteria: technologySupportCriteria,
    },
})

Record({
    $id: Now.ID['offering_technology_support_toolkit'],
    $meta: { installMethod: 'demo' },
    table: 'x_psm_persona_offering',
    data: {
        persona: Now.ref('x_psm_persona_persona', 'persona_technology_support'),
        catalog_item: toolkitItem,
        monthly_cost: 3,
        bundled: false,
        active: true,
        order: 700,
    },
})
Record({
    $id: Now.ID['available_technology_support_toolkit'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item_user_criteria_mtom',
    data: {
        sc_cat_item: toolkitItem,
        user_criteria: technologySupportCriteria,
    },
})

Record({
    $id: Now.ID['offering_technology_support_label_printer'],
    $meta: { installMethod: 'demo' },
    table: 'x_psm_persona_offering',
    data: {
        persona: Now.ref('x_psm_persona_persona', 'persona_technology_support'),
        catalog_item: labelPrinterItem,
        monthly_cost: 4,
        bundled: false,
        active: true,
        order: 800,
    },
})
Record({
    $id: Now.ID['available_technology_support_label_printer'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item_user_criteria_mtom',
    data: {
        sc_cat_item: labelPrinterItem,
        user_criteria: technologySupportCriteria,
    },
})

Record({
    $id: Now.ID['offering_technology_support_galaxy'],
    $meta: { installMethod: 'demo' },
    table: 'x_psm_persona_offering',
    data: {
        persona: Now.ref('x_psm_persona_persona', 'persona_technology_support'),
        catalog_item: galaxyItem,
        monthly_cost: 28,
        bundled: false,
        active: true,
        order: 900,
    },
})
Record({
    $id: Now.ID['available_technology_support_galaxy'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item_user_criteria_mtom',
    data: {
        sc_cat_item: galaxyItem,
        user_criteria: technologySupportCriteria,
    },
})
