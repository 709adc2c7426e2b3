import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'
import { businessAnalystCriteria } from './persona-criteria.now'
import { laptopStandardItem, monitorItem } from './items-devices.now'
import { miroItem, speakerphoneItem } from './items-collaboration.now'
import { alteryxItem, powerBiItem, snowflakeItem, tableauItem } from './items-analytics.now'

/*
 * Business Analyst: its offerings, each followed by the Available For row it implies (the installer,
 * like the platform's app install, runs no business rules, so the rows ship with the offerings).
 * tests/long/catalog-availability.test.ts proves these rows equal what the rules would derive.
 */

Record({
    $id: Now.ID['offering_business_analyst_laptop_standard'],
    $meta: { installMethod: 'demo' },
    table: 'x_psm_persona_offering',
    data: {
        persona: Now.ref('x_psm_persona_persona', 'persona_business_analyst'),
        catalog_item: laptopStandardItem,
        monthly_cost: 35,
        bundled: true,
        active: true,
        order: 100,
    },
})
Record({
    $id: Now.ID['available_business_analyst_laptop_standard'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item_user_criteria_mtom',
    data: {
        sc_cat_item: laptopStandardItem,
        user_criteria: businessAnalystCriteria,
    },
})

Record({
    $id: Now.ID['offering_business_analyst_monitor'],
    $meta: { installMethod: 'demo' },
    table: 'x_psm_persona_offering',
    data: {
        persona: Now.ref('x_psm_persona_persona', 'persona_business_analyst'),
        catalog_item: monitorItem,
        monthly_cost: 12,
        bundled: true,
        active: true,
        order: 200,
    },
})
Record({
    $id: Now.ID['available_business_analyst_monitor'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item_user_criteria_mtom',
    data: {
        sc_cat_item: monitorItem,
        user_criteria: businessAnalystCriteria,
    },
})

Record({
    $id: Now.ID['offering_business_analyst_power_bi'],
    $meta: { installMethod: 'demo' },
    table: 'x_psm_persona_offering',
    data: {
        persona: Now.ref('x_psm_persona_persona', 'persona_business_analyst'),
        catalog_item: powerBiItem,
        monthly_cost: 10,
        bundled: true,
        active: true,
        order: 300,
    },
})
Record({
    $id: Now.ID['available_business_analyst_power_bi'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item_user_criteria_mtom',
    data: {
        sc_cat_item: powerBiItem,
        user_criteria: businessAnalystCriteria,
    },
})

Record({
    $id: Now.ID['offering_business_analyst_miro'],
    $meta: { installMethod: 'demo' },
    table: 'x_psm_persona_offering',
    data: {
        persona: Now.ref('x_psm_persona_persona', 'persona_business_analyst'),
        catalog_item: miroItem,
        monthly_cost: 8,
        bundled: true,
        active: true,
        order: 400,
    },
})
Record({
    $id: Now.ID['available_business_analyst_miro'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item_user_criteria_mtom',
    data: {
        sc_cat_item: miroItem,
        user_criteria: businessAnalystCriteria,
    },
})

Record({
    $id: Now.ID['offering_business_analyst_tableau'],
    $meta: { installMethod: 'demo' },
    table: 'x_psm_persona_offering',
    data: {
        persona: Now.ref('x_psm_persona_persona', 'persona_business_analyst'),
        catalog_item: tableauItem,
        monthly_cost: 75,
        bundled: false,
        active: true,
        order: 500,
    },
})
Record({
    $id: Now.ID['available_business_analyst_tableau'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item_user_criteria_mtom',
    data: {
        sc_cat_item: tableauItem,
        user_criteria: businessAnalystCriteria,
    },
})

Record({
    $id: Now.ID['offering_business_analyst_alteryx'],
    $meta: { installMethod: 'demo' },
    table: 'x_psm_persona_offering',
    data: {
        persona: Now.ref('x_psm_persona_persona', 'persona_business_analyst'),
        catalog_item: alteryxItem,
        monthly_cost: 433,
        bundled: false,
        active: true,
        order: 600,
    },
})
Record({
    $id: Now.ID['available_business_analyst_alteryx'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item_user_criteria_mtom',
    data: {
        sc_cat_item: alteryxItem,
        user_criteria: businessAnalystCriteria,
    },
})

Record({
    $id: Now.ID['offering_business_analyst_snowflake'],
    $meta: { installMethod: 'demo' },
    table: 'x_psm_persona_offering',
    data: {
        persona: Now.ref('x_psm_persona_persona', 'persona_business_analyst'),
        catalog_item: snowflakeItem,
        monthly_cost: 120,
        bundled: false,
        active: true,
        order: 700,
    },
})
Record({
    $id: Now.ID['available_business_analyst_snowflake'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item_user_criteria_mtom',
    data: {
        sc_cat_item: snowflakeItem,
        user_criteria: businessAnalystCriteria,
    },
})

Record({
    $id: Now.ID['offering_business_analyst_speakerphone'],
    $meta: { installMethod: 'demo' },
    table: 'x_psm_persona_offering',
    data: {
        persona: Now.ref('x_psm_persona_persona', 'persona_business_analyst'),
        catalog_item: speakerphoneItem,
        monthly_cost: 10,
        bundled: false,
        active: true,
        order: 800,
    },
})
Record({
    $id: Now.ID['available_business_analyst_speakerphone'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item_user_criteria_mtom',
    data: {
        sc_cat_item: speakerphoneItem,
        user_criteria: businessAnalystCriteria,
    },
})
