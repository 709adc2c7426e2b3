import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'
import { mobileCategory } from './catalog.now'

/* Mobile: Phones, tablets and mobile plans. */

export const iphoneItem = Record({
    $id: Now.ID['item_iphone'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item',
    data: {
        name: 'Smartphone – Apple iPhone 16',
        short_description: 'Managed iPhone with company email, Teams and MFA',
        description: '128 GB, enrolled in Intune, delivered with a case and screen protector.',
        category: mobileCategory,
        sc_catalogs: Now.ref('sc_catalog', 'catalog_persona_services'),
        price: 899,
        active: true,
        order: 100,
    },
})

export const galaxyItem = Record({
    $id: Now.ID['item_galaxy'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item',
    data: {
        name: 'Smartphone – Samsung Galaxy S25',
        short_description: 'Managed Android phone with Knox and a work profile',
        description: '256 GB with Samsung Knox and a work profile that keeps company apps and data apart.',
        category: mobileCategory,
        sc_catalogs: Now.ref('sc_catalog', 'catalog_persona_services'),
        price: 859,
        active: true,
        order: 200,
    },
})

export const ipadItem = Record({
    $id: Now.ID['item_ipad'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item',
    data: {
        name: 'Tablet – Apple iPad Air 11" with Magic Keyboard',
        short_description: 'Tablet for reading, annotating and presenting on the move',
        description: 'M2, 256 GB, Wi-Fi and cellular, with Magic Keyboard and Apple Pencil.',
        category: mobileCategory,
        sc_catalogs: Now.ref('sc_catalog', 'catalog_persona_services'),
        price: 1149,
        active: true,
        order: 300,
    },
})

export const dataPlanItem = Record({
    $id: Now.ID['item_data_plan'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item',
    data: {
        name: 'Mobile Data Plan – 50 GB',
        short_description: 'Monthly company data plan for a managed phone or tablet',
        description: '50 GB of 5G data a month in the home country, pooled across the company.',
        category: mobileCategory,
        sc_catalogs: Now.ref('sc_catalog', 'catalog_persona_services'),
        price: 0,
        active: true,
        order: 400,
    },
})

export const esimItem = Record({
    $id: Now.ID['item_esim'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item',
    data: {
        name: 'Travel eSIM – Global Roaming Pack',
        short_description: 'Data and calls abroad in 120 countries without roaming surprises',
        description: 'Activated remotely before a trip, with 20 GB of roaming data a month.',
        category: mobileCategory,
        sc_catalogs: Now.ref('sc_catalog', 'catalog_persona_services'),
        price: 0,
        active: true,
        order: 500,
    },
})

export const phoneCaseItem = Record({
    $id: Now.ID['item_phone_case'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item',
    data: {
        name: 'Rugged Case and Screen Protector',
        short_description: 'Drop protection for phones used on the road',
        description: 'Drop-tested case and tempered-glass protector for the supported phone models.',
        category: mobileCategory,
        sc_catalogs: Now.ref('sc_catalog', 'catalog_persona_services'),
        price: 49,
        active: true,
        order: 600,
    },
})
