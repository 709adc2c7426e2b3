import type { TableDecl } from '../base/table-decl'

/*
 * The Service Catalog's cart tables, as the platform's dictionary has them: a cart (sc_cart, one
 * named cart per user, "DEFAULT" unless a name is given) and its items (sc_cart_item). CartJS
 * (cart-js.ts) reads and writes them; checkout turns them into sc_request / sc_req_item.
 */
export const SERVICE_CATALOG_TABLES: readonly TableDecl[] = [
    {
        name: 'sc_cart',
        label: 'Cart',
        columns: {
            name: { type: 'string', label: 'Name', maxLength: 100, default: 'DEFAULT', display: true },
            user: { type: 'reference', label: 'User', reference: 'sys_user' },
            requested_for: { type: 'reference', label: 'Requested for', reference: 'sys_user' },
            special_instructions: { type: 'string', label: 'Special instructions', maxLength: 4000 },
            delivery_address: { type: 'string', label: 'Delivery address', maxLength: 4000 },
        },
    },
    {
        name: 'sc_cart_item',
        label: 'Item',
        columns: {
            cart: { type: 'reference', label: 'Cart', reference: 'sc_cart' },
            cat_item: { type: 'reference', label: 'Item', reference: 'sc_cat_item', display: true },
            quantity: { type: 'integer', label: 'Quantity', default: '1' },
            price: { type: 'price', label: 'Price', maxLength: 20 },
            recurring_price: { type: 'price', label: 'Recurring price', maxLength: 20 },
            recurring_frequency: { type: 'choice', label: 'Recurring Price Frequency' },
            active: { type: 'boolean', label: 'Active', default: 'true' },
            order: { type: 'integer', label: 'Order', default: '0' },
        },
    },
]
