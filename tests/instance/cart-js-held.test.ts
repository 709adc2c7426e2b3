import { GlideRecord } from '../../src/local/glide'
import type { Instance } from '../../src/local/instance'
import { CartJS } from '../../src/local/service-catalog/cart-js'
import { freshInstance } from '../support/instance'

/*
 * A CartJS object holds the cart it found ("Creates an instance of the CartJS class with the name of a
 * defined cart for the user who is currently logged in", CartJS - Scoped): its calls find the user's cart
 * once, not on every call. What it holds is dropped when any sc_cart record is written by anything else
 * (another CartJS emptying it, a rule), when a write rolls back, and when the session user is another.
 */

let instance: Instance
let ann: string
let ben: string
let items: string[]

function insert(table: string, values: Record<string, string | number | boolean>): string {
    const gr = new GlideRecord(table)
    gr.initialize()
    for (const [k, v] of Object.entries(values)) gr.setValue(k, v)
    const id = gr.insert()
    if (!id) throw new Error(`could not insert into ${table}`)
    return id
}

function exists(table: string, sysId: string): boolean {
    return instance.run(() => new GlideRecord(table).get(sysId))
}

beforeEach(() => {
    instance = freshInstance()
    instance.run(() => {
        ann = insert('sys_user', { user_name: 'ann', first_name: 'Ann' })
        ben = insert('sys_user', { user_name: 'ben', first_name: 'Ben' })
        items = ['Pen', 'Pad', 'Ink'].map((name) => insert('sc_cat_item', { name, active: true, price: '2' }))
    })
})
afterEach(() => instance.close())

/** The sc_cart queries `fn` runs. */
function cartQueries(fn: () => void): number {
    const store = instance.store
    const rows = store.rows.bind(store)
    let n = 0
    const spy = jest.spyOn(store, 'rows').mockImplementation((sql: string, params: readonly unknown[]) => {
        if (/FROM "sc_cart" t0/.test(sql)) n++
        return rows(sql, params)
    })
    try {
        fn()
    } finally {
        spy.mockRestore()
    }
    return n
}

test('one CartJS finds the cart once for a whole order: special instructions, three items, the checkout', () => {
    const n = cartQueries(() =>
        instance.runAs('ann', () => {
            const cart = new CartJS('held')
            cart.setSpecialInstructions('by noon')
            for (const id of items) cart.addToCart({ sysparm_id: id, sysparm_quantity: '1' })
            const order = cart.submitOrder({ special_instructions: 'by noon' })
            expect(order.request_id).toMatch(/^[0-9a-f]{32}$/)
        }),
    )
    expect(n).toBe(1)
    const ritms = instance.run(() => {
        const gr = new GlideRecord('sc_req_item')
        gr.addQuery('requested_for', ann)
        gr.query()
        return gr.getRowCount()
    })
    expect(ritms).toBe(items.length)
})

test('a cart emptied (deleted) through another CartJS is not used again: the next add makes a new cart', () => {
    instance.runAs('ann', () => {
        const mine = new CartJS('held')
        const first = mine.addToCart({ sysparm_id: items[0] }).cart_id
        new CartJS('held').empty()
        expect(exists('sc_cart', first)).toBe(false)
        const next = mine.addToCart({ sysparm_id: items[1] })
        expect(next.cart_id).not.toBe(first)
        expect(exists('sc_cart', next.cart_id)).toBe(true)
        expect(next.items.map((i) => i.catalog_item_id)).toEqual([items[1]])
    })
})

test('a cart found inside a write that rolled back is not held after it', () => {
    instance.runAs('ann', () => {
        const mine = new CartJS('held')
        let created = ''
        expect(() =>
            instance.store.transaction(() => {
                created = mine.addToCart({ sysparm_id: items[0] }).cart_id
                throw new Error('undo')
            }),
        ).toThrow('undo')
        expect(exists('sc_cart', created)).toBe(false)
        const after = mine.addToCart({ sysparm_id: items[1] })
        expect(exists('sc_cart', after.cart_id)).toBe(true)
        expect(after.items).toHaveLength(1)
    })
})

test('the cart held is the session user\'s: the same object under another user finds theirs', () => {
    const cart = new CartJS('held')
    const annCart = instance.runAs('ann', () => cart.addToCart({ sysparm_id: items[0] }).cart_id)
    const benCart = instance.runAs('ben', () => cart.addToCart({ sysparm_id: items[1] }).cart_id)
    expect(benCart).not.toBe(annCart)
    const owner = (id: string) => instance.run(() => {
        const gr = new GlideRecord('sc_cart')
        gr.get(id)
        return gr.getValue('user')
    })
    expect(owner(annCart)).toBe(ann)
    expect(owner(benCart)).toBe(ben)
})

test('a cart changed by anyone else is read again: the Request for set by another CartJS shows', () => {
    instance.runAs('system', () => {
        const mine = new CartJS('held')
        mine.addToCart({ sysparm_id: items[0] })
        new CartJS('held').setRequestedFor(ben)
        expect(mine.getRequestedFor()).toBe(ben)
    })
})
