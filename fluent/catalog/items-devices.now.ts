import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'
import { devicesCategory } from './catalog.now'

/* Devices: Laptops, docks, monitors and desk peripherals. */

export const laptopStandardItem = Record({
    $id: Now.ID['item_laptop_standard'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item',
    data: {
        name: 'Standard Laptop – Dell Latitude 5450',
        short_description: '14-inch business laptop for everyday office work',
        description: 'Intel Core Ultra 5, 16 GB RAM, 512 GB SSD, Windows 11 Enterprise. Ships imaged with the standard office suite.',
        category: devicesCategory,
        sc_catalogs: Now.ref('sc_catalog', 'catalog_persona_services'),
        price: 1249,
        active: true,
        order: 100,
    },
})

export const laptopPerformanceItem = Record({
    $id: Now.ID['item_laptop_performance'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item',
    data: {
        name: 'Performance Laptop – Lenovo ThinkPad P1 Gen 7',
        short_description: 'Mobile workstation for diagnostics, virtual machines and heavy tooling',
        description: 'Intel Core Ultra 9, 64 GB RAM, 2 TB SSD and NVIDIA RTX graphics, for people who run several environments at once.',
        category: devicesCategory,
        sc_catalogs: Now.ref('sc_catalog', 'catalog_persona_services'),
        price: 2899,
        active: true,
        order: 200,
    },
})

export const laptopUltralightItem = Record({
    $id: Now.ID['item_laptop_ultralight'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item',
    data: {
        name: 'Ultralight Laptop – Apple MacBook Air 13"',
        short_description: 'Light laptop with an all-day battery for working from anywhere',
        description: 'Apple M3, 16 GB RAM, 512 GB SSD and up to 18 hours of battery. Enrolled in device management before delivery.',
        category: devicesCategory,
        sc_catalogs: Now.ref('sc_catalog', 'catalog_persona_services'),
        price: 1499,
        active: true,
        order: 300,
    },
})

export const laptopExecutiveItem = Record({
    $id: Now.ID['item_laptop_executive'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item',
    data: {
        name: 'Executive Laptop – Microsoft Surface Laptop 7',
        short_description: 'Premium laptop with built-in 5G and all-day battery',
        description: 'Snapdragon X Elite, 32 GB RAM, 1 TB SSD and built-in 5G. Delivered by hand and set up with the executive assistant.',
        category: devicesCategory,
        sc_catalogs: Now.ref('sc_catalog', 'catalog_persona_services'),
        price: 2199,
        active: true,
        order: 400,
    },
})

export const dockItem = Record({
    $id: Now.ID['item_dock'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item',
    data: {
        name: 'Docking Station – Dell WD22TB4 Thunderbolt Dock',
        short_description: 'One cable for monitors, network, power and peripherals',
        description: 'Thunderbolt 4 dock with two display outputs, 2.5 GbE networking and 130 W charging.',
        category: devicesCategory,
        sc_catalogs: Now.ref('sc_catalog', 'catalog_persona_services'),
        price: 289,
        active: true,
        order: 500,
    },
})

export const monitorItem = Record({
    $id: Now.ID['item_monitor'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item',
    data: {
        name: '27" 4K Monitor – Dell UltraSharp U2723QE',
        short_description: 'Colour-accurate 27-inch 4K monitor with a USB-C hub',
        description: 'IPS Black panel, 90 W USB-C power delivery and a height-adjustable stand.',
        category: devicesCategory,
        sc_catalogs: Now.ref('sc_catalog', 'catalog_persona_services'),
        price: 579,
        active: true,
        order: 600,
    },
})

export const keyboardItem = Record({
    $id: Now.ID['item_keyboard'],
    $meta: { installMethod: 'demo' },
    table: 'sc_cat_item',
    data: {
        name: 'Wireless Keyboard and Mouse – Logitech MX Keys Combo',
        short_description: 'Full-size backlit keyboard and ergonomic mouse',
        description: 'Bluetooth or Logi Bolt receiver; pairs with up to three devices.',
        category: devicesCategory,
        sc_catalogs: Now.ref('sc_catalog', 'catalog_persona_services'),
        price: 199,
        active: true,
        order: 700,
    },
})
