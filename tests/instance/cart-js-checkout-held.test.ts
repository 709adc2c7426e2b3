import { GlideRecord } from '../../src/local/glide'
import type { Instance } from '../../src/local/instance'
import { CartJS } from '../../src/local/service-catalog/cart-js'
import { freshInstance } from '../support/instance'
import { insert, update } from '../support/records'
import { statementsDuring } from '../support/store-statements'

/*
 * An order placed through one CartJS (provisioning's: the cart found empty, items added, submitOrder) is
 * checked out from the lines its adds wrote and the catalog items they read, when nothing has written a
 * line or an item since: what checkout would read again. Checkout still checks each item against the
 * user's criteria ("an item ... is refused when added and again at checkout", cart.ts). Anything written
 * in between (a line another CartJS adds, an item made inactive) is read afresh and counts.
 */

let instance: Instance
let items: string[]

beforeEach(() => {
    instance = freshInstance()
    instance.run(() => {
        insert('sys_user', { user_name: 'ann', first_name: 'Ann' })
        items = ['Pen', 'Pad', 'Ink'].map((name, i) => insert('sc_cat_item', { name, active: true, price: String(2 + i) }))
    })
})
afterEach(() => instance.close())

const linesRead = (sqls: string[]) => sqls.filter((s) => /FROM "sc_cart_item" t0/.test(s)).length
const itemsQueried = (sqls: string[]) => sqls.filter((s) => /FROM "sc_cat_item" t0/.test(s)).length

/** The catalog items of the request's requested items, in number order. */
function ordered(requestId: string): string[] {
    return instance.run(() => {
        const gr = new GlideRecord('sc_req_item')
        gr.addQuery('request', requestId)
        gr.orderBy('number')
        gr.query()
        const out: string[] = []
        while (gr.next()) out.push(gr.getValue('cat_item') ?? '')
        return out
    })
}

function activeLines(cartId: string): number {
    return instance.run(() => {
        const gr = new GlideRecord('sc_cart_item')
        gr.addQuery('cart', cartId)
        gr.query()
        return gr.getRowCount()
    })
}

test("an order through one CartJS reads the empty cart's lines once and no item twice, and orders every item", () => {
    instance.runAs('ann', () => {
        const cart = new CartJS('held')
        let requestId = ''
        const sqls = statementsDuring(instance.store, () => {
            expect(cart.getCartItems().hasNext()).toBe(false)
            for (const id of items) cart.addToCart({ sysparm_id: id, sysparm_quantity: '1' })
            requestId = cart.submitOrder({ special_instructions: 'by noon' }).request_id
        })
        // The lines: only getCartItems' query (no read back after the first add, none at checkout); the items:
        // each read once when added (by sys_id), not queried again for their names or for the checkout.
        expect(linesRead(sqls)).toBe(1)
        expect(itemsQueried(sqls)).toBe(0)
        expect(ordered(requestId)).toEqual(items)
        expect(activeLines(cart.getCartID())).toBe(0)
    })
})

test('a line another CartJS adds to the cart before the checkout is ordered too', () => {
    instance.runAs('ann', () => {
        const mine = new CartJS('held')
        mine.getCartItems()
        mine.addToCart({ sysparm_id: items[0] })
        mine.addToCart({ sysparm_id: items[1] })
        new CartJS('held').addToCart({ sysparm_id: items[2] })
        expect(ordered(mine.submitOrder({}).request_id)).toEqual(items)
    })
})

test('an item made inactive after it was added is refused at checkout, and nothing is ordered', () => {
    instance.runAs('ann', () => {
        const cart = new CartJS('held')
        cart.getCartItems()
        for (const id of items) cart.addToCart({ sysparm_id: id })
        update('sc_cat_item', items[1], { active: false })
        expect(() => cart.submitOrder({})).toThrow(/No active catalog item/)
        const requests = instance.run(() => {
            const gr = new GlideRecord('sc_request')
            gr.query()
            return gr.getRowCount()
        })
        expect(requests).toBe(0)
    })
})

test('an item renamed after it was added is ordered under its new name', () => {
    instance.runAs('ann', () => {
        const cart = new CartJS('held')
        cart.getCartItems()
        cart.addToCart({ sysparm_id: items[0] })
        update('sc_cat_item', items[0], { name: 'Fountain pen' })
        const requestId = cart.submitOrder({}).request_id
        const name = instance.run(() => {
            const gr = new GlideRecord('sc_req_item')
            gr.addQuery('request', requestId)
            gr.query()
            return gr.next() ? gr.getValue('short_description') : null
        })
        expect(name).toBe('Fountain pen')
    })
})

test('with a before-query rule on the cart lines, the checkout reads them (the rule may hide some) and orders what it reads', () => {
    instance.runAs('ann', () => {
        const cart = new CartJS('held')
        cart.getCartItems()
        for (const id of items) cart.addToCart({ sysparm_id: id })
        instance.run(() => {
            const rule = new GlideRecord('sys_script')
            rule.initialize()
            const values = { name: 'hide pads', collection: 'sc_cart_item', when: 'before', active: true, order: 100, action_query: true, script: `current.addQuery('cat_item', '!=', '${items[1]}');` }
            for (const [k, v] of Object.entries(values)) rule.setValue(k, v)
            rule.setWorkflow(false)
            expect(rule.insert()).toBeTruthy()
        })
        expect(ordered(cart.submitOrder({}).request_id)).toEqual([items[0], items[2]])
    })
})
