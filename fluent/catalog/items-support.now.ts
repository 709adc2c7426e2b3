import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'
import { supportCategory } from './catalog.now'

/* Support: Tools for the people who keep everyone else working. */

export const remoteSupportItem = Record({
    $id: Now.ID['item_remote_support'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item',
    data: {
        name: 'Remote Support Kit – TeamViewer Tensor',
        short_description: 'Remote control and unattended access to help colleagues fast',
        description: 'TeamViewer Tensor licence with conditional access and session recording.',
        category: supportCategory,
        sc_catalogs: Now.ref('sc_catalog', 'catalog_persona_services'),
        price: 0,
        active: true,
        order: 100,
    },
})

export const toolkitItem = Record({
    $id: Now.ID['item_toolkit'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item',
    data: {
        name: 'Technician Toolkit – iFixit Pro Tech',
        short_description: 'Precision tools for hands-on device repairs',
        description: '64-bit driver kit, spudgers, opening tools and an anti-static wrist strap.',
        category: supportCategory,
        sc_catalogs: Now.ref('sc_catalog', 'catalog_persona_services'),
        price: 79,
        active: true,
        order: 200,
    },
})

export const labelPrinterItem = Record({
    $id: Now.ID['item_label_printer'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item',
    data: {
        name: 'Label Printer – Brother P-touch Cube Pro',
        short_description: 'Print asset tags and cable labels from a phone or laptop',
        description: 'Bluetooth label printer for asset tags up to 24 mm wide.',
        category: supportCategory,
        sc_catalogs: Now.ref('sc_catalog', 'catalog_persona_services'),
        price: 129,
        active: true,
        order: 300,
    },
})

export const rdpGatewayItem = Record({
    $id: Now.ID['item_rdp_gateway'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item',
    data: {
        name: 'Remote Desktop Gateway Access',
        short_description: 'Reach servers and admin consoles through the bastion gateway',
        description: 'Just-in-time access through the privileged access gateway, with MFA and session logging.',
        category: supportCategory,
        sc_catalogs: Now.ref('sc_catalog', 'catalog_persona_services'),
        price: 0,
        active: true,
        order: 400,
    },
})
