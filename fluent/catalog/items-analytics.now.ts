import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'
import { analyticsCategory } from './catalog.now'

/* Analytics: Reporting, data preparation and analytics workspaces. */

export const powerBiItem = Record({
    $id: Now.ID['item_power_bi'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item',
    data: {
        name: 'Power BI Pro License',
        short_description: 'Build and share interactive reports and dashboards',
        description: 'Publish to shared workspaces and subscribe colleagues to reports.',
        category: analyticsCategory,
        sc_catalogs: Now.ref('sc_catalog', 'catalog_persona_services'),
        price: 0,
        active: true,
        order: 100,
    },
})

export const tableauItem = Record({
    $id: Now.ID['item_tableau'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item',
    data: {
        name: 'Tableau Creator License',
        short_description: 'Visual analytics with Tableau Desktop and Tableau Prep',
        description: 'Tableau Desktop, Tableau Prep Builder and a Creator seat on Tableau Cloud.',
        category: analyticsCategory,
        sc_catalogs: Now.ref('sc_catalog', 'catalog_persona_services'),
        price: 0,
        active: true,
        order: 200,
    },
})

export const alteryxItem = Record({
    $id: Now.ID['item_alteryx'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item',
    data: {
        name: 'Alteryx Designer License',
        short_description: 'Drag-and-drop data preparation and blending',
        description: 'Automates data preparation and analytic workflows without code.',
        category: analyticsCategory,
        sc_catalogs: Now.ref('sc_catalog', 'catalog_persona_services'),
        price: 0,
        active: true,
        order: 300,
    },
})

export const snowflakeItem = Record({
    $id: Now.ID['item_snowflake'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item',
    data: {
        name: 'Analytics Sandbox – Snowflake Workspace',
        short_description: 'A governed sandbox to query company data at scale',
        description: 'An X-Small warehouse, 1 TB of storage and read access to the curated data marts.',
        category: analyticsCategory,
        sc_catalogs: Now.ref('sc_catalog', 'catalog_persona_services'),
        price: 0,
        active: true,
        order: 400,
    },
})
