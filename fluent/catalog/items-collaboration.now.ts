import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'
import { collaborationCategory } from './catalog.now'

/* Collaboration: Meeting, chat and whiteboard tools, and the audio and video gear that goes with them. */

export const teamsPremiumItem = Record({
    $id: Now.ID['item_teams_premium'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item',
    data: {
        name: 'Microsoft Teams Premium',
        short_description: 'Intelligent meeting recaps, live translation and branded meetings',
        description: 'Adds AI meeting notes, live translated captions and advanced webinars to Teams.',
        category: collaborationCategory,
        sc_catalogs: Now.ref('sc_catalog', 'catalog_persona_services'),
        price: 0,
        active: true,
        order: 100,
    },
})

export const zoomItem = Record({
    $id: Now.ID['item_zoom'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item',
    data: {
        name: 'Zoom Workplace Business',
        short_description: 'Video meetings, webinars and whiteboards with external guests',
        description: 'Meetings of up to 300 participants, cloud recording and Zoom Whiteboard.',
        category: collaborationCategory,
        sc_catalogs: Now.ref('sc_catalog', 'catalog_persona_services'),
        price: 0,
        active: true,
        order: 200,
    },
})

export const miroItem = Record({
    $id: Now.ID['item_miro'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item',
    data: {
        name: 'Miro Business – Online Whiteboard',
        short_description: 'Shared whiteboards for workshops and planning',
        description: 'Unlimited and private boards with facilitation tools for workshops.',
        category: collaborationCategory,
        sc_catalogs: Now.ref('sc_catalog', 'catalog_persona_services'),
        price: 0,
        active: true,
        order: 300,
    },
})

export const headsetItem = Record({
    $id: Now.ID['item_headset'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item',
    data: {
        name: 'Noise-Cancelling Headset – Jabra Evolve2 75',
        short_description: 'Wireless headset certified for Teams and Zoom',
        description: 'Hybrid active noise cancellation, a busy light and a Bluetooth dongle.',
        category: collaborationCategory,
        sc_catalogs: Now.ref('sc_catalog', 'catalog_persona_services'),
        price: 329,
        active: true,
        order: 400,
    },
})

export const speakerphoneItem = Record({
    $id: Now.ID['item_speakerphone'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item',
    data: {
        name: 'Conference Speakerphone – Jabra Speak2 75',
        short_description: 'Portable speakerphone for small rooms and shared calls',
        description: 'Full-duplex audio for up to eight people, over USB-C or Bluetooth.',
        category: collaborationCategory,
        sc_catalogs: Now.ref('sc_catalog', 'catalog_persona_services'),
        price: 349,
        active: true,
        order: 500,
    },
})

export const webcamItem = Record({
    $id: Now.ID['item_webcam'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item',
    data: {
        name: '4K Webcam – Logitech Brio 4K',
        short_description: 'Sharp video with automatic light correction for calls from home',
        description: '4K at 30 fps with HDR and a privacy shutter.',
        category: collaborationCategory,
        sc_catalogs: Now.ref('sc_catalog', 'catalog_persona_services'),
        price: 199,
        active: true,
        order: 600,
    },
})
