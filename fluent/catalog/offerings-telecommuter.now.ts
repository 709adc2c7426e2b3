import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'
import { telecommuterCriteria } from './persona-criteria.now'
import { laptopUltralightItem } from './items-devices.now'
import { dataPlanItem, iphoneItem } from './items-mobile.now'
import { broadbandItem, hotspotItem, meshWifiItem, vpnItem } from './items-connectivity.now'
import { headsetItem, teamsPremiumItem, webcamItem, zoomItem } from './items-collaboration.now'
import { chairItem, deskConverterItem } from './items-workplace.now'

/*
 * Telecommuter: its offerings, each followed by the Available For row it implies (the installer,
 * like the platform's app install, runs no business rules, so the rows ship with the offerings).
 * tests/long/catalog-availability.test.ts proves these rows equal what the rules would derive.
 */

Record({
    $id: Now.ID['offering_telecommuter_laptop_ultralight'],
    $meta: { installMethod: 'demo' },
    table: 'x_psm_persona_offering',
    data: {
        persona: Now.ref('x_psm_persona_persona', 'persona_telecommuter'),
        catalog_item: laptopUltralightItem,
        monthly_cost: 42,
        bundled: true,
        active: true,
        order: 100,
    },
})
Record({
    $id: Now.ID['available_telecommuter_laptop_ultralight'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item_user_criteria_mtom',
    data: {
        sc_cat_item: laptopUltralightItem,
        user_criteria: telecommuterCriteria,
    },
})

Record({
    $id: Now.ID['offering_telecommuter_vpn'],
    $meta: { installMethod: 'demo' },
    table: 'x_psm_persona_offering',
    data: {
        persona: Now.ref('x_psm_persona_persona', 'persona_telecommuter'),
        catalog_item: vpnItem,
        monthly_cost: 6,
        bundled: true,
        active: true,
        order: 200,
    },
})
Record({
    $id: Now.ID['available_telecommuter_vpn'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item_user_criteria_mtom',
    data: {
        sc_cat_item: vpnItem,
        user_criteria: telecommuterCriteria,
    },
})

Record({
    $id: Now.ID['offering_telecommuter_broadband'],
    $meta: { installMethod: 'demo' },
    table: 'x_psm_persona_offering',
    data: {
        persona: Now.ref('x_psm_persona_persona', 'persona_telecommuter'),
        catalog_item: broadbandItem,
        monthly_cost: 45,
        bundled: true,
        active: true,
        order: 300,
    },
})
Record({
    $id: Now.ID['available_telecommuter_broadband'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item_user_criteria_mtom',
    data: {
        sc_cat_item: broadbandItem,
        user_criteria: telecommuterCriteria,
    },
})

Record({
    $id: Now.ID['offering_telecommuter_headset'],
    $meta: { installMethod: 'demo' },
    table: 'x_psm_persona_offering',
    data: {
        persona: Now.ref('x_psm_persona_persona', 'persona_telecommuter'),
        catalog_item: headsetItem,
        monthly_cost: 9,
        bundled: true,
        active: true,
        order: 400,
    },
})
Record({
    $id: Now.ID['available_telecommuter_headset'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item_user_criteria_mtom',
    data: {
        sc_cat_item: headsetItem,
        user_criteria: telecommuterCriteria,
    },
})

Record({
    $id: Now.ID['offering_telecommuter_webcam'],
    $meta: { installMethod: 'demo' },
    table: 'x_psm_persona_offering',
    data: {
        persona: Now.ref('x_psm_persona_persona', 'persona_telecommuter'),
        catalog_item: webcamItem,
        monthly_cost: 5,
        bundled: true,
        active: true,
        order: 500,
    },
})
Record({
    $id: Now.ID['available_telecommuter_webcam'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item_user_criteria_mtom',
    data: {
        sc_cat_item: webcamItem,
        user_criteria: telecommuterCriteria,
    },
})

Record({
    $id: Now.ID['offering_telecommuter_teams_premium'],
    $meta: { installMethod: 'demo' },
    table: 'x_psm_persona_offering',
    data: {
        persona: Now.ref('x_psm_persona_persona', 'persona_telecommuter'),
        catalog_item: teamsPremiumItem,
        monthly_cost: 10,
        bundled: false,
        active: true,
        order: 600,
    },
})
Record({
    $id: Now.ID['available_telecommuter_teams_premium'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item_user_criteria_mtom',
    data: {
        sc_cat_item: teamsPremiumItem,
        user_criteria: telecommuterCriteria,
    },
})

Record({
    $id: Now.ID['offering_telecommuter_zoom'],
    $meta: { installMethod: 'demo' },
    table: 'x_psm_persona_offering',
    data: {
        persona: Now.ref('x_psm_persona_persona', 'persona_telecommuter'),
        catalog_item: zoomItem,
        monthly_cost: 15,
        bundled: false,
        active: true,
        order: 700,
    },
})
Record({
    $id: Now.ID['available_telecommuter_zoom'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item_user_criteria_mtom',
    data: {
        sc_cat_item: zoomItem,
        user_criteria: telecommuterCriteria,
    },
})

Record({
    $id: Now.ID['offering_telecommuter_mesh_wifi'],
    $meta: { installMethod: 'demo' },
    table: 'x_psm_persona_offering',
    data: {
        persona: Now.ref('x_psm_persona_persona', 'persona_telecommuter'),
        catalog_item: meshWifiItem,
        monthly_cost: 9,
        bundled: false,
        active: true,
        order: 800,
    },
})
Record({
    $id: Now.ID['available_telecommuter_mesh_wifi'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item_user_criteria_mtom',
    data: {
        sc_cat_item: meshWifiItem,
        user_criteria: telecommuterCriteria,
    },
})

Record({
    $id: Now.ID['offering_telecommuter_hotspot'],
    $meta: { installMethod: 'demo' },
    table: 'x_psm_persona_offering',
    data: {
        persona: Now.ref('x_psm_persona_persona', 'persona_telecommuter'),
        catalog_item: hotspotItem,
        monthly_cost: 12,
        bundled: false,
        active: true,
        order: 900,
    },
})
Record({
    $id: Now.ID['available_telecommuter_hotspot'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item_user_criteria_mtom',
    data: {
        sc_cat_item: hotspotItem,
        user_criteria: telecommuterCriteria,
    },
})

Record({
    $id: Now.ID['offering_telecommuter_data_plan'],
    $meta: { installMethod: 'demo' },
    table: 'x_psm_persona_offering',
    data: {
        persona: Now.ref('x_psm_persona_persona', 'persona_telecommuter'),
        catalog_item: dataPlanItem,
        monthly_cost: 30,
        bundled: false,
        active: true,
        order: 1000,
    },
})
Record({
    $id: Now.ID['available_telecommuter_data_plan'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item_user_criteria_mtom',
    data: {
        sc_cat_item: dataPlanItem,
        user_criteria: telecommuterCriteria,
    },
})

Record({
    $id: Now.ID['offering_telecommuter_iphone'],
    $meta: { installMethod: 'demo' },
    table: 'x_psm_persona_offering',
    data: {
        persona: Now.ref('x_psm_persona_persona', 'persona_telecommuter'),
        catalog_item: iphoneItem,
        monthly_cost: 30,
        bundled: false,
        active: true,
        order: 1100,
    },
})
Record({
    $id: Now.ID['available_telecommuter_iphone'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item_user_criteria_mtom',
    data: {
        sc_cat_item: iphoneItem,
        user_criteria: telecommuterCriteria,
    },
})

Record({
    $id: Now.ID['offering_telecommuter_chair'],
    $meta: { installMethod: 'demo' },
    table: 'x_psm_persona_offering',
    data: {
        persona: Now.ref('x_psm_persona_persona', 'persona_telecommuter'),
        catalog_item: chairItem,
        monthly_cost: 10,
        bundled: false,
        active: true,
        order: 1200,
    },
})
Record({
    $id: Now.ID['available_telecommuter_chair'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item_user_criteria_mtom',
    data: {
        sc_cat_item: chairItem,
        user_criteria: telecommuterCriteria,
    },
})

Record({
    $id: Now.ID['offering_telecommuter_desk_converter'],
    $meta: { installMethod: 'demo' },
    table: 'x_psm_persona_offering',
    data: {
        persona: Now.ref('x_psm_persona_persona', 'persona_telecommuter'),
        catalog_item: deskConverterItem,
        monthly_cost: 6,
        bundled: false,
        active: true,
        order: 1300,
    },
})
Record({
    $id: Now.ID['available_telecommuter_desk_converter'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item_user_criteria_mtom',
    data: {
        sc_cat_item: deskConverterItem,
        user_criteria: telecommuterCriteria,
    },
})
