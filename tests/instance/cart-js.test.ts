import { GlideRecord } from '../../src/local/glide'
import { withScope } from '../../src/local/glide/runtime'
import type { Instance } from '../../src/local/instance'
import { freshInstance } from '../support/instance'

/*
 * sn_sc.CartJS as the product documentation describes it ("CartJS - Scoped", ServiceNowDocs
 * markdown/api-reference/server-api-reference/c_CartJSScoped.md): "The CartJS API provides methods
 * that enable you to access a user's shopping cart. This API runs in the sn_sc namespace."
 * Scripts call it as they would on an instance, through the script engine, as a session user.
 */

let instance: Instance

type Values = Record<string, string | number | boolean>

function insert(table: string, values: Values): string {
    const gr = new GlideRecord(table)
    gr.initialize()
    for (const [k, v] of Object.entries(values)) gr.setValue(k, v)
    const id = gr.insert()
    if (!id) throw new Error(`could not insert into ${table}: ${instance.operations.lastRefusal?.message}`)
    return id
}

function count(table: string, query = ''): number {
    const gr = new GlideRecord(table)
    if (query) gr.addEncodedQuery(query)
    gr.query()
    let n = 0
    while (gr.next()) n++
    return n
}

/** A script run as the user, in an application scope, returning JSON (as a widget's data would carry it). */
function asUser(userName: string, script: string, scope = 'x_test_app'): unknown {
    const fn = instance.scripts.compile([], `return JSON.stringify((function () { ${script} })());`, 'cart test')
    return instance.runAs(userName, () => JSON.parse(String(withScope(scope, () => fn()))))
}

let alice: string
let visible: string
let hidden: string

beforeEach(() => {
    instance = freshInstance()
    instance.run(() => {
        alice = insert('sys_user', { user_name: 'alice', first_name: 'Alice', last_name: 'A' })
        insert('sys_user', { user_name: 'bob', first_name: 'Bob' })
        visible = insert('sc_cat_item', { name: 'Laptop', price: '1249.50', recurring_price: '12', recurring_frequency: 'monthly' })
        hidden = insert('sc_cat_item', { name: 'Secret phone', price: '10' })
        const onlyBob = insert('user_criteria', { name: 'Only Bob', active: true, user: instance.run(() => {
            const u = new GlideRecord('sys_user')
            u.get('user_name', 'bob')
            return u.getUniqueValue()
        }) })
        insert('sc_cat_item_user_criteria_mtom', { sc_cat_item: hidden, user_criteria: onlyBob })
    })
})
afterEach(() => instance.close())

test('orderNow (two-step checkout disabled) "completes the purchase of the specified item and returns the sys_id of the generated request"', () => {
    const result = asUser('alice', `return new sn_sc.CartJS().orderNow({ sysparm_id: '${visible}', sysparm_quantity: '2' });`) as { request_id: string; request_number: string }
    expect(result.request_number).toMatch(/^REQ\d+$/)
    instance.run(() => {
        const req = new GlideRecord('sc_request')
        expect(req.get(result.request_id)).toBe(true)
        expect(req.getValue('requested_for')).toBe(alice)
        expect(Number(req.getValue('price'))).toBeCloseTo(2499)
        const ritm = new GlideRecord('sc_req_item')
        ritm.addQuery('request', result.request_id)
        ritm.query()
        expect(ritm.next()).toBe(true)
        expect(ritm.getValue('cat_item')).toBe(visible)
        expect(ritm.getValue('quantity')).toBe('2')
        expect(Number(ritm.getValue('recurring_price'))).toBe(12)
        // The user's own cart is untouched by orderNow.
        expect(count('sc_cart_item')).toBe(0)
    })
})

test('addToCart returns the cart structure, getCartItems a GlideRecord on sc_cart_item, checkoutCart the request', () => {
    const cart = asUser('alice', `var c = new sn_sc.CartJS(); c.addToCart({ sysparm_id: '${visible}' }); return c.addToCart({ sysparm_id: '${visible}', sysparm_quantity: 3 });`) as {
        cart_id: string
        subtotal: string
        items: Array<{ catalog_item_id: string; quantity: string; price: string; item_name: string; cart_item_id: string }>
    }
    expect(cart.items).toHaveLength(2)
    expect(cart.items[1]).toMatchObject({ catalog_item_id: visible, quantity: '3', price: '$1,249.50', item_name: 'Laptop' })
    expect(cart.subtotal).toBe('$4,998.00')
    const lines = asUser('alice', `var it = new sn_sc.CartJS().getCartItems(); var out = []; while (it.next()) out.push(it.getElement('quantity').getDisplayValue() + ' x ' + it.getElement('cat_item').getDisplayValue()); return out;`)
    expect(lines).toEqual(['1 x Laptop', '3 x Laptop'])
    const order = asUser('alice', 'return new sn_sc.CartJS().checkoutCart();') as { request_number: string }
    expect(order.request_number).toMatch(/^REQ/)
    instance.run(() => {
        expect(count('sc_req_item', `request.number=${order.request_number}`)).toBe(2)
        expect(count('sc_cart_item', `cart=${cart.cart_id}`)).toBe(0)
    })
    // "Creates an instance of the CartJS class with the name of a defined cart for the user who is currently logged in": Bob's cart is his own.
    expect(asUser('bob', 'return new sn_sc.CartJS().getCartID();')).not.toBe(cart.cart_id)
})

test('an item the user\'s criteria do not make available is refused on the server, and nothing is written', () => {
    instance.run(() => expect(instance.userCriteria.canSeeItem(alice, hidden)).toBe(false))
    const before = instance.run(() => [count('sc_request'), count('sc_req_item'), count('sc_cart_item')])
    expect(() => asUser('alice', `return new sn_sc.CartJS().orderNow({ sysparm_id: '${hidden}' });`)).toThrow(/not available to you/)
    expect(() => asUser('alice', `return new sn_sc.CartJS().addToCart({ sysparm_id: '${hidden}' });`)).toThrow(/not available to you/)
    // The refusal names nothing about the item.
    expect(() => asUser('alice', `return new sn_sc.CartJS().orderNow({ sysparm_id: '${hidden}' });`)).not.toThrow(/Secret/)
    expect(instance.run(() => [count('sc_request'), count('sc_req_item'), count('sc_cart_item')])).toEqual(before)
    // Bob, whom the criterion names, orders it.
    expect(asUser('bob', `return new sn_sc.CartJS().orderNow({ sysparm_id: '${hidden}' }).request_number;`)).toMatch(/^REQ/)
})

test('an item hidden after it was put in the cart is refused at checkout: no request, no item', () => {
    asUser('alice', `new sn_sc.CartJS().addToCart({ sysparm_id: '${visible}' }); return null;`)
    instance.run(() => insert('sc_cat_item_user_criteria_no_mtom', { sc_cat_item: visible, user_criteria: insert('user_criteria', { name: 'Alice out', active: true, user: alice }) }))
    expect(() => asUser('alice', 'return new sn_sc.CartJS().checkoutCart();')).toThrow(/not available to you/)
    expect(instance.run(() => [count('sc_request'), count('sc_req_item')])).toEqual([0, 0])
})

test('bad input gets a clear error: unknown item, bad quantity, empty cart, ordering for someone else without the role', () => {
    expect(() => asUser('alice', "return new sn_sc.CartJS().orderNow({ sysparm_id: 'nope' });")).toThrow(/No active catalog item with sys_id nope/)
    expect(() => asUser('alice', `return new sn_sc.CartJS().orderNow({ sysparm_id: '${visible}', sysparm_quantity: 'lots' });`)).toThrow(/whole number from 1 to 99/)
    expect(() => asUser('alice', 'return new sn_sc.CartJS().checkoutCart();')).toThrow(/The cart is empty/)
    expect(() => asUser('alice', `return new sn_sc.CartJS().orderNow({ sysparm_id: '${visible}', sysparm_requested_for: '${'f'.repeat(32)}' });`)).toThrow(/may not order for another user/)
    expect(asUser('alice', 'return sn_sc.CartJS.canViewRF();')).toBe(false)
    expect(instance.run(() => count('sc_request'))).toBe(0)
})

test('submitOrder sets special instructions and delivery address on the request; empty() deletes the cart', () => {
    const order = asUser('alice', `var c = new sn_sc.CartJS('mine'); c.addToCart({ sysparm_id: '${visible}' }); return c.submitOrder({ special_instructions: 'Before 8 AM', delivery_address: 'Brasilia' });`) as { request_id: string }
    instance.run(() => {
        const req = new GlideRecord('sc_request')
        req.get(order.request_id)
        expect(req.getValue('special_instructions')).toBe('Before 8 AM')
        expect(req.getValue('delivery_address')).toBe('Brasilia')
    })
    asUser('alice', "new sn_sc.CartJS('mine').empty(); return null;")
    expect(instance.run(() => count('sc_cart', 'name=mine'))).toBe(0)
})

test('with two-step checkout, orderNow "adds the specified item to the cart and returns the sys_id of the cart"', () => {
    instance.run(() => instance.properties.set('glide.sc.checkout.twostep', 'true'))
    const result = asUser('alice', `return new sn_sc.CartJS().orderNow({ sysparm_id: '${visible}' });`) as { cart_id: string }
    expect(Object.keys(result)).toEqual(['cart_id'])
    expect(instance.run(() => [count('sc_request'), count('sc_cart_item', `cart=${result.cart_id}`)])).toEqual([0, 1])
})

test("checkout reads the cart's catalog items in one query; run inside submitOrder's transaction, a refusal still rolls back everything submitOrder wrote", () => {
    const monitor = insert('sc_cat_item', { name: 'Monitor', price: '200' })
    asUser('alice', `var c = new sn_sc.CartJS('three'); c.addToCart({ sysparm_id: '${visible}' }); c.addToCart({ sysparm_id: '${monitor}' }); c.addToCart({ sysparm_id: '${visible}' }); return null;`)
    const store = instance.store
    const getRow = store.getRow.bind(store)
    const all = store.rows.bind(store)
    const itemReads: string[] = []
    const spies = [
        jest.spyOn(store, 'getRow').mockImplementation((table: string, id: string) => (table === 'sc_cat_item' && itemReads.push('get'), getRow(table, id))),
        jest.spyOn(store, 'rows').mockImplementation((sql: string, params: readonly unknown[]) => (/FROM "sc_cat_item"/.test(sql) && itemReads.push('query'), all(sql, params))),
    ]
    let order: { request_id: string }
    try {
        order = asUser('alice', "return new sn_sc.CartJS('three').submitOrder({ special_instructions: 'Desk 4' });") as { request_id: string }
    } finally {
        for (const spy of spies) spy.mockRestore()
    }
    // One query for the three lines' items (two distinct), none read one by one.
    expect(itemReads).toEqual(['query'])
    instance.run(() => expect(count('sc_req_item', `request=${order.request_id}`)).toBe(3))
    // Refused at checkout (the item was hidden from Alice after she added it): the instructions submitOrder set are rolled back with the rest.
    asUser('alice', `var c = new sn_sc.CartJS('four'); c.addToCart({ sysparm_id: '${visible}' }); c.addToCart({ sysparm_id: '${monitor}' }); return null;`)
    instance.run(() => {
        const onlyBob = new GlideRecord('user_criteria')
        onlyBob.get('name', 'Only Bob')
        insert('sc_cat_item_user_criteria_mtom', { sc_cat_item: monitor, user_criteria: onlyBob.getUniqueValue() })
    })
    expect(() => asUser('alice', "return new sn_sc.CartJS('four').submitOrder({ special_instructions: 'Never' });")).toThrow(/not available to you/)
    instance.run(() => {
        expect(count('sc_request', 'special_instructions=Never')).toBe(0)
        expect(count('sc_cart', 'name=four^special_instructions=Never')).toBe(0)
        expect(count('sc_cart_item', 'cart.name=four')).toBe(2)
    })
})
