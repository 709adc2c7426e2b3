import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'
import { virtualExecutiveCriteria } from './persona-criteria.now'
import { laptopExecutiveItem } from './items-devices.now'
import { dataPlanItem, esimItem, ipadItem, iphoneItem, phoneCaseItem } from './items-mobile.now'
import { hotspotItem, vpnItem } from './items-connectivity.now'
import { speakerphoneItem, zoomItem } from './items-collaboration.now'

/*
 * Virtual Executive: its offerings, each followed by the Available For row it implies (the installer,
 * like the platform's app install, runs no business rules, so the rows ship with the offerings).
 * tests/long/catalog-availability.test.ts proves these rows equal what the rules would derive.
 */

Record({
    $id: Now.ID['offering_virtual_executive_laptop_executive'],
    $meta: { installMethod: 'demo' },
    table: 'x_psm_persona_offering',
    data: {
        persona: Now.ref('x_psm_persona_persona', 'persona_virtual_executive'),
        catalog_item: laptopExecutiveItem,
        monthly_cost: 62,
        bundled: true,
        active: true,
        order: 100,
    },
})
Record({
    $id: Now.ID['available_virtual_executive_laptop_executive'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item_user_criteria_mtom',
    data: {
        sc_cat_item: laptopExecutiveItem,
        user_criteria: virtualExecutiveCriteria,
    },
})

Record({
    $id: Now.ID['offering_virtual_executive_iphone'],
    $meta: { installMethod: 'demo' },
    table: 'x_psm_persona_offering',
    data: {
        persona: Now.ref('x_psm_persona_persona', 'persona_virtual_executive'),
        catalog_item: iphoneItem,
        monthly_cost: 30,
        bundled: true,
        active: true,
        order: 200,
    },
})
Record({
    $id: Now.ID['available_virtual_executive_iphone'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item_user_criteria_mtom',
    data: {
        sc_cat_item: iphoneItem,
        user_criteria: virtualExecutiveCriteria,
    },
})

Record({
    $id: Now.ID['offering_virtual_executive_ipad'],
    $meta: { installMethod: 'demo' },
    table: 'x_psm_persona_offering',
    data: {
        persona: Now.ref('x_psm_persona_persona', 'persona_virtual_executive'),
        catalog_item: ipadItem,
        monthly_cost: 32,
        bundled: true,
        active: true,
        order: 300,
    },
})
Record({
    $id: Now.ID['available_virtual_executive_ipad'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item_user_criteria_mtom',
    data: {
        sc_cat_item: ipadItem,
        user_criteria: virtualExecutiveCriteria,
    },
})

Record({
    $id: Now.ID['offering_virtual_executive_esim'],
    $meta: { installMethod: 'demo' },
    table: 'x_psm_persona_offering',
    data: {
        persona: Now.ref('x_psm_persona_persona', 'persona_virtual_executive'),
        catalog_item: esimItem,
        monthly_cost: 40,
        bundled: true,
        active: true,
        order: 400,
    },
})
Record({
    $id: Now.ID['available_virtual_executive_esim'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item_user_criteria_mtom',
    data: {
        sc_cat_item: esimItem,
        user_criteria: virtualExecutiveCriteria,
    },
})

Record({
    $id: Now.ID['offering_virtual_executive_vpn'],
    $meta: { installMethod: 'demo' },
    table: 'x_psm_persona_offering',
    data: {
        persona: Now.ref('x_psm_persona_persona', 'persona_virtual_executive'),
        catalog_item: vpnItem,
        monthly_cost: 6,
        bundled: true,
        active: true,
        order: 500,
    },
})
Record({
    $id: Now.ID['available_virtual_executive_vpn'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item_user_criteria_mtom',
    data: {
        sc_cat_item: vpnItem,
        user_criteria: virtualExecutiveCriteria,
    },
})

Record({
    $id: Now.ID['offering_virtual_executive_data_plan'],
    $meta: { installMethod: 'demo' },
    table: 'x_psm_persona_offering',
    data: {
        persona: Now.ref('x_psm_persona_persona', 'persona_virtual_executive'),
        catalog_item: dataPlanItem,
        monthly_cost: 30,
        bundled: true,
        active: true,
        order: 600,
    },
})
Record({
    $id: Now.ID['available_virtual_executive_data_plan'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item_user_criteria_mtom',
    data: {
        sc_cat_item: dataPlanItem,
        user_criteria: virtualExecutiveCriteria,
    },
})

Record({
    $id: Now.ID['offering_virtual_executive_hotspot'],
    $meta: { installMethod: 'demo' },
    table: 'x_psm_persona_offering',
    data: {
        persona: Now.ref('x_psm_persona_persona', 'persona_virtual_executive'),
        catalog_item: hotspotItem,
        monthly_cost: 12,
        bundled: false,
        active: true,
        order: 700,
    },
})
Record({
    $id: Now.ID['available_virtual_executive_hotspot'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item_user_criteria_mtom',
    data: {
        sc_cat_item: hotspotItem,
        user_criteria: virtualExecutiveCriteria,
    },
})

Record({
    $id: Now.ID['offering_virtual_executive_phone_case'],
    $meta: { installMethod: 'demo' },
    table: 'x_psm_persona_offering',
    data: {
        persona: Now.ref('x_psm_persona_persona', 'persona_virtual_executive'),
        catalog_item: phoneCaseItem,
        monthly_cost: 2,
        bundled: false,
        active: true,
        order: 800,
    },
})
Record({
    $id: Now.ID['available_virtual_executive_phone_case'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item_user_criteria_mtom',
    data: {
        sc_cat_item: phoneCaseItem,
        user_criteria: virtualExecutiveCriteria,
    },
})

Record({
    $id: Now.ID['offering_virtual_executive_zoom'],
    $meta: { installMethod: 'demo' },
    table: 'x_psm_persona_offering',
    data: {
        persona: Now.ref('x_psm_persona_persona', 'persona_virtual_executive'),
        catalog_item: zoomItem,
        monthly_cost: 15,
        bundled: false,
        active: true,
        order: 900,
    },
})
Record({
    $id: Now.ID['available_virtual_executive_zoom'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item_user_criteria_mtom',
    data: {
        sc_cat_item: zoomItem,
        user_criteria: virtualExecutiveCriteria,
    },
})

Record({
    $id: Now.ID['offering_virtual_executive_speakerphone'],
    $meta: { installMethod: 'demo' },
    table: 'x_psm_persona_offering',
    data: {
        persona: Now.ref('x_psm_persona_persona', 'persona_virtual_executive'),
        catalog_item: speakerphoneItem,
        monthly_cost: 10,
        bundled: false,
        active: true,
        order: 1000,
    },
})
Record({
    $id: Now.ID['available_virtual_executive_speakerphone'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item_user_criteria_mtom',
    data: {
        sc_cat_item: speakerphoneItem,
        user_criteria: virtualExecutiveCriteria,
    },
})
