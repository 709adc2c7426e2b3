import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'
import { workplaceCategory } from './catalog.now'

/* Workplace: A healthy workspace at home or in the office, and the services every employee uses. */

export const chairItem = Record({
    $id: Now.ID['item_chair'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item',
    data: {
        name: 'Ergonomic Chair – Steelcase Series 1',
        short_description: 'Adjustable office chair for a home workspace',
        description: '4D arms, adaptive back and seat depth adjustment, delivered to your home.',
        category: workplaceCategory,
        sc_catalogs: Now.ref('sc_catalog', 'catalog_persona_services'),
        price: 495,
        active: true,
        order: 100,
    },
})

export const deskConverterItem = Record({
    $id: Now.ID['item_desk_converter'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item',
    data: {
        name: 'Sit-Stand Desk Converter – Flexispot M18',
        short_description: 'Turn any desk into a standing desk',
        description: 'Gas-spring converter for two monitors with ten height positions.',
        category: workplaceCategory,
        sc_catalogs: Now.ref('sc_catalog', 'catalog_persona_services'),
        price: 279,
        active: true,
        order: 200,
    },
})

export const hotDeskItem = Record({
    $id: Now.ID['item_hot_desk'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item',
    data: {
        name: 'Hot Desk Booking Pass',
        short_description: 'Book a desk at any office for the days you come in',
        description: 'Desk booking and lockers in every company office.',
        category: workplaceCategory,
        sc_catalogs: Now.ref('sc_catalog', 'catalog_persona_services'),
        price: 0,
        active: true,
        order: 300,
    },
})

export const printingItem = Record({
    $id: Now.ID['item_printing'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item',
    data: {
        name: 'Printer and Scanner Access',
        short_description: 'Secure follow-me printing at every office',
        description: 'Release print jobs with your badge at any office printer.',
        category: workplaceCategory,
        sc_catalogs: Now.ref('sc_catalog', 'catalog_persona_services'),
        price: 0,
        active: true,
        order: 400,
    },
})

export const passwordManagerItem = Record({
    $id: Now.ID['item_password_manager'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item',
    data: {
        name: 'Password Manager – 1Password Business',
        short_description: 'A company vault for passwords and shared secrets',
        description: 'Personal and shared vaults, breach alerts and single sign-on.',
        category: workplaceCategory,
        sc_catalogs: Now.ref('sc_catalog', 'catalog_persona_services'),
        price: 0,
        active: true,
        order: 500,
    },
})
