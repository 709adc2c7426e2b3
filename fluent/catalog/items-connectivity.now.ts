import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'
import { connectivityCategory } from './catalog.now'

/* Connectivity: Secure access and reliable networks, in the office, at home and on the road. */

export const vpnItem = Record({
    $id: Now.ID['item_vpn'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item',
    data: {
        name: 'Always-On VPN – GlobalProtect',
        short_description: 'Secure, automatic connection to company systems from any network',
        description: 'Connects before sign-in, with split tunnelling so video calls stay fast.',
        category: connectivityCategory,
        sc_catalogs: Now.ref('sc_catalog', 'catalog_persona_services'),
        price: 0,
        active: true,
        order: 100,
    },
})

export const broadbandItem = Record({
    $id: Now.ID['item_broadband'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item',
    data: {
        name: 'Home Broadband Allowance',
        short_description: 'Monthly contribution to a fast home internet connection',
        description: 'Covers a connection of at least 300 Mbit/s for people who work mostly from home.',
        category: connectivityCategory,
        sc_catalogs: Now.ref('sc_catalog', 'catalog_persona_services'),
        price: 0,
        active: true,
        order: 200,
    },
})

export const hotspotItem = Record({
    $id: Now.ID['item_hotspot'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item',
    data: {
        name: '5G Mobile Hotspot – Netgear Nighthawk M6',
        short_description: 'Pocket 5G router for trains, hotels and client sites',
        description: 'Connects up to 32 devices and comes with a company SIM.',
        category: connectivityCategory,
        sc_catalogs: Now.ref('sc_catalog', 'catalog_persona_services'),
        price: 399,
        active: true,
        order: 300,
    },
})

export const meshWifiItem = Record({
    $id: Now.ID['item_mesh_wifi'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item',
    data: {
        name: 'Home Office Wi-Fi Mesh – eero Pro 6E',
        short_description: 'Whole-home Wi-Fi so video calls do not drop',
        description: 'Tri-band mesh system (three units), set up with a guided video call.',
        category: connectivityCategory,
        sc_catalogs: Now.ref('sc_catalog', 'catalog_persona_services'),
        price: 299,
        active: true,
        order: 400,
    },
})

export const securityKeyItem = Record({
    $id: Now.ID['item_security_key'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item',
    data: {
        name: 'Hardware Security Key – YubiKey 5C NFC',
        short_description: 'Phishing-resistant sign-in for company accounts',
        description: 'FIDO2 security key for passwordless sign-in on laptops and phones.',
        category: connectivityCategory,
        sc_catalogs: Now.ref('sc_catalog', 'catalog_persona_services'),
        price: 55,
        active: true,
        order: 500,
    },
})
