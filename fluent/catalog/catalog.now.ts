import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'

/** The demo catalog: services offered per persona, with costs already defined. */
export const personaServicesCatalog = Record({
    $id: Now.ID['catalog_persona_services'],
    $meta: { installMethod: 'demo' },
    table: 'sc_catalog',
    data: {
        title: 'Persona Services',
        description: 'Devices, software and services offered to each workstyle persona, with what they cost a month. Everyone sees what their persona allows, plus the services offered to all.',
        active: true,
    },
})

export const devicesCategory = Record({
    $id: Now.ID['category_devices'],
    $meta: { installMethod: 'demo' },
    table: 'sc_category',
    data: {
        title: 'Devices',
        description: 'Laptops, docks, monitors and desk peripherals.',
        sc_catalog: personaServicesCatalog,
        active: true,
        order: 100,
    },
})

export const mobileCategory = Record({
    $id: Now.ID['category_mobile'],
    $meta: { installMethod: 'demo' },
    table: 'sc_category',
    data: {
        title: 'Mobile',
        description: 'Phones, tablets and mobile plans.',
        sc_catalog: personaServicesCatalog,
        active: true,
        order: 200,
    },
})

export const connectivityCategory = Record({
    $id: Now.ID['category_connectivity'],
    $meta: { installMethod: 'demo' },
    table: 'sc_category',
    data: {
        title: 'Connectivity',
        description: 'Secure access and reliable networks, in the office, at home and on the road.',
        sc_catalog: personaServicesCatalog,
        active: true,
        order: 300,
    },
})

export const collaborationCategory = Record({
    $id: Now.ID['category_collaboration'],
    $meta: { installMethod: 'demo' },
    table: 'sc_category',
    data: {
        title: 'Collaboration',
        description: 'Meeting, chat and whiteboard tools, and the audio and video gear that goes with them.',
        sc_catalog: personaServicesCatalog,
        active: true,
        order: 400,
    },
})

export const analyticsCategory = Record({
    $id: Now.ID['category_analytics'],
    $meta: { installMethod: 'demo' },
    table: 'sc_category',
    data: {
        title: 'Analytics',
        description: 'Reporting, data preparation and analytics workspaces.',
        sc_catalog: personaServicesCatalog,
        active: true,
        order: 500,
    },
})

export const supportCategory = Record({
    $id: Now.ID['category_support'],
    $meta: { installMethod: 'demo' },
    table: 'sc_category',
    data: {
        title: 'Support',
        description: 'Tools for the people who keep everyone else working.',
        sc_catalog: personaServicesCatalog,
        active: true,
        order: 600,
    },
})

export const workplaceCategory = Record({
    $id: Now.ID['category_workplace'],
    $meta: { installMethod: 'demo' },
    table: 'sc_category',
    data: {
        title: 'Workplace',
        description: 'A healthy workspace at home or in the office, and the services every employee uses.',
        sc_catalog: personaServicesCatalog,
        active: true,
        order: 700,
    },
})
