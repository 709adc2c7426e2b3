import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'
import { knowledgeWorkerCriteria } from './persona-criteria.now'
import { dockItem, laptopStandardItem, monitorItem } from './items-devices.now'
import { headsetItem, miroItem, teamsPremiumItem, webcamItem } from './items-collaboration.now'
import { chairItem, deskConverterItem } from './items-workplace.now'

/*
 * Knowledge Worker: its offerings, each followed by the Available For row it implies (the installer,
 * like the platform's app install, runs no business rules, so the rows ship with the offerings).
 * tests/long/catalog-availability.test.ts proves these rows equal what the rules would derive.
 */

Record({
    $id: Now.ID['offering_knowledge_worker_laptop_standard'],
    $meta: { installMethod: 'demo' },
    table: 'x_psm_persona_offering',
    data: {
        persona: Now.ref('x_psm_persona_persona', 'persona_knowledge_worker'),
        catalog_item: laptopStandardItem,
        monthly_cost: 35,
        bundled: true,
        active: true,
        order: 100,
    },
})
Record({
    $id: Now.ID['available_knowledge_worker_laptop_standard'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item_user_criteria_mtom',
    data: {
        sc_cat_item: laptopStandardItem,
        user_criteria: knowledgeWorkerCriteria,
    },
})

Record({
    $id: Now.ID['offering_knowledge_worker_dock'],
    $meta: { installMethod: 'demo' },
    table: 'x_psm_persona_offering',
    data: {
        persona: Now.ref('x_psm_persona_persona', 'persona_knowledge_worker'),
        catalog_item: dockItem,
        monthly_cost: 8,
        bundled: true,
        active: true,
        order: 200,
    },
})
Record({
    $id: Now.ID['available_knowledge_worker_dock'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item_user_criteria_mtom',
    data: {
        sc_cat_item: dockItem,
        user_criteria: knowledgeWorkerCriteria,
    },
})

Record({
    $id: Now.ID['offering_knowledge_worker_monitor'],
    $meta: { installMethod: 'demo' },
    table: 'x_psm_persona_offering',
    data: {
        persona: Now.ref('x_psm_persona_persona', 'persona_knowledge_worker'),
        catalog_item: monitorItem,
        monthly_cost: 12,
        bundled: true,
        active: true,
        order: 300,
    },
})
Record({
    $id: Now.ID['available_knowledge_worker_monitor'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item_user_criteria_mtom',
    data: {
        sc_cat_item: monitorItem,
        user_criteria: knowledgeWorkerCriteria,
    },
})

Record({
    $id: Now.ID['offering_knowledge_worker_teams_premium'],
    $meta: { installMethod: 'demo' },
    table: 'x_psm_persona_offering',
    data: {
        persona: Now.ref('x_psm_persona_persona', 'persona_knowledge_worker'),
        catalog_item: teamsPremiumItem,
        monthly_cost: 10,
        bundled: true,
        active: true,
        order: 400,
    },
})
Record({
    $id: Now.ID['available_knowledge_worker_teams_premium'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item_user_criteria_mtom',
    data: {
        sc_cat_item: teamsPremiumItem,
        user_criteria: knowledgeWorkerCriteria,
    },
})

Record({
    $id: Now.ID['offering_knowledge_worker_headset'],
    $meta: { installMethod: 'demo' },
    table: 'x_psm_persona_offering',
    data: {
        persona: Now.ref('x_psm_persona_persona', 'persona_knowledge_worker'),
        catalog_item: headsetItem,
        monthly_cost: 9,
        bundled: false,
        active: true,
        order: 500,
    },
})
Record({
    $id: Now.ID['available_knowledge_worker_headset'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item_user_criteria_mtom',
    data: {
        sc_cat_item: headsetItem,
        user_criteria: knowledgeWorkerCriteria,
    },
})

Record({
    $id: Now.ID['offering_knowledge_worker_webcam'],
    $meta: { installMethod: 'demo' },
    table: 'x_psm_persona_offering',
    data: {
        persona: Now.ref('x_psm_persona_persona', 'persona_knowledge_worker'),
        catalog_item: webcamItem,
        monthly_cost: 5,
        bundled: false,
        active: true,
        order: 600,
    },
})
Record({
    $id: Now.ID['available_knowledge_worker_webcam'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item_user_criteria_mtom',
    data: {
        sc_cat_item: webcamItem,
        user_criteria: knowledgeWorkerCriteria,
    },
})

Record({
    $id: Now.ID['offering_knowledge_worker_miro'],
    $meta: { installMethod: 'demo' },
    table: 'x_psm_persona_offering',
    data: {
        persona: Now.ref('x_psm_persona_persona', 'persona_knowledge_worker'),
        catalog_item: miroItem,
        monthly_cost: 8,
        bundled: false,
        active: true,
        order: 700,
    },
})
Record({
    $id: Now.ID['available_knowledge_worker_miro'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item_user_criteria_mtom',
    data: {
        sc_cat_item: miroItem,
        user_criteria: knowledgeWorkerCriteria,
    },
})

Record({
    $id: Now.ID['offering_knowledge_worker_chair'],
    $meta: { installMethod: 'demo' },
    table: 'x_psm_persona_offering',
    data: {
        persona: Now.ref('x_psm_persona_persona', 'persona_knowledge_worker'),
        catalog_item: chairItem,
        monthly_cost: 10,
        bundled: false,
        active: true,
        order: 800,
    },
})
Record({
    $id: Now.ID['available_knowledge_worker_chair'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item_user_criteria_mtom',
    data: {
        sc_cat_item: chairItem,
        user_criteria: knowledgeWorkerCriteria,
    },
})

Record({
    $id: Now.ID['offering_knowledge_worker_desk_converter'],
    $meta: { installMethod: 'demo' },
    table: 'x_psm_persona_offering',
    data: {
        persona: Now.ref('x_psm_persona_persona', 'persona_knowledge_worker'),
        catalog_item: deskConverterItem,
        monthly_cost: 6,
        bundled: false,
        active: true,
        order: 900,
    },
})
Record({
    $id: Now.ID['available_knowledge_worker_desk_converter'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item_user_criteria_mtom',
    data: {
        sc_cat_item: deskConverterItem,
        user_criteria: knowledgeWorkerCriteria,
    },
})
