import { GlideRecord } from '../../src/local/glide'
import type { Instance } from '../../src/local/instance'
import { cartJson } from '../../src/local/service-catalog/cart'
import { CartJS } from '../../src/local/service-catalog/cart-js'
import { freshInstance } from '../support/instance'
import { insert, update } from '../support/records'
import { statementsDuring } from '../support/store-statements'

/*
 * addToCart returns the cart ("Adds the request for a catalog item to the current cart", CartJS - Scoped:
 * the returned object holds the cart's items with their names and prices). A CartJS object builds it from
 * the lines it read or wrote itself, not by reading the cart's lines and their items' names again after
 * every add; what it holds is dropped when any sc_cart_item or sc_cat_item record is written by anything
 * else, when a write rolls back, and when the dictionary changes. Whatever it holds, the cart it returns is
 * the one a fresh read gives.
 */

let instance: Instance
let items: string[]

beforeEach(() => {
    instance = freshInstance()
    instance.run(() => {
        insert('sys_user', { user_name: 'ann', first_name: 'Ann' })
        items = ['Pen', 'Pad', 'Ink', 'Clip'].map((name, i) => insert('sc_cat_item', { name, active: true, price: String(2 + i), recurring_price: '1', recurring_frequency: 'monthly' }))
    })
})
afterEach(() => instance.close())

/** The cart as a fresh read gives it (lines and names read now). */
function fresh(cartId: string): unknown {
    return instance.run(() => {
        const cart = new GlideRecord('sc_cart')
        cart.get(cartId)
        return cartJson(cart)
    })
}

const linesRead = (sqls: string[]) => sqls.filter((s) => /FROM "sc_cart_item" t0/.test(s)).length
const namesRead = (sqls: string[]) => sqls.filter((s) => /FROM "sc_cat_item" t0/.test(s)).length

test("a CartJS's adds read the cart's lines and their names once, and each returns the cart as a fresh read gives it", () => {
    instance.runAs('ann', () => {
        const cart = new CartJS('lines')
        const returned: unknown[] = []
        const sqls = statementsDuring(instance.store, () => {
            for (const id of items) returned.push(cart.addToCart({ sysparm_id: id, sysparm_quantity: '2' }))
        })
        expect(linesRead(sqls)).toBe(1)
        expect(namesRead(sqls)).toBe(1)
        const last = returned[returned.length - 1] as { cart_id: string; subtotal: string; items: Array<{ item_name: string }> }
        expect(last).toEqual(fresh(last.cart_id))
        expect(last.items.map((i) => i.item_name)).toEqual(['Pen', 'Pad', 'Ink', 'Clip'])
        expect(last.subtotal).toBe('$28.00')
        expect((returned[1] as { items: unknown[] }).items).toHaveLength(2)
    })
})

test('a line another CartJS adds to the same cart shows in the next add', () => {
    instance.runAs('ann', () => {
        const mine = new CartJS('lines')
        mine.addToCart({ sysparm_id: items[0] })
        mine.addToCart({ sysparm_id: items[1] })
        new CartJS('lines').addToCart({ sysparm_id: items[2] })
        const after = mine.addToCart({ sysparm_id: items[3] })
        expect(after.items.map((i) => i.catalog_item_id)).toEqual(items)
        expect(after).toEqual(fresh(after.cart_id))
    })
})

test('a line changed by anyone else (its quantity) shows in the next add', () => {
    instance.runAs('ann', () => {
        const mine = new CartJS('lines')
        const first = mine.addToCart({ sysparm_id: items[0] })
        mine.addToCart({ sysparm_id: items[1] })
        update('sc_cart_item', first.items[0].cart_item_id, { quantity: 5 })
        const after = mine.addToCart({ sysparm_id: items[2] })
        expect(after.items[0].quantity).toBe('5')
        expect(after).toEqual(fresh(after.cart_id))
    })
})

test('updateItem returns the cart with the quantity it set', () => {
    instance.runAs('ann', () => {
        const mine = new CartJS('lines')
        mine.addToCart({ sysparm_id: items[0] })
        const added = mine.addToCart({ sysparm_id: items[1] })
        const after = mine.updateItem({ sysparm_quantity: '7' }, added.items[1].cart_item_id)
        expect(after.items.map((i) => i.quantity)).toEqual(['1', '7'])
        expect(after).toEqual(fresh(after.cart_id))
    })
})

test('a line a business rule writes again after its insert is shown as the rule left it', () => {
    instance.run(() =>
        insert('sys_script', {
            name: 'Cart lines come in threes',
            collection: 'sc_cart_item',
            when: 'after',
            action_insert: true,
            active: true,
            script: "var line = new GlideRecord('sc_cart_item'); if (line.get(current.getUniqueValue())) { line.setValue('quantity', 3); line.update(); }",
        }),
    )
    instance.runAs('ann', () => {
        const mine = new CartJS('lines')
        mine.addToCart({ sysparm_id: items[0] })
        const after = mine.addToCart({ sysparm_id: items[1] })
        expect(after.items.map((i) => i.quantity)).toEqual(['3', '3'])
        expect(after).toEqual(fresh(after.cart_id))
    })
})

test('an item renamed between adds shows its new name', () => {
    instance.runAs('ann', () => {
        const mine = new CartJS('lines')
        mine.addToCart({ sysparm_id: items[0] })
        mine.addToCart({ sysparm_id: items[1] })
        instance.run(() => update('sc_cat_item', items[0], { name: 'Fountain pen' }))
        const after = mine.addToCart({ sysparm_id: items[2] })
        expect(after.items[0].item_name).toBe('Fountain pen')
        expect(after).toEqual(fresh(after.cart_id))
    })
})

test('a line added inside a write that rolled back is not shown by the next add', () => {
    instance.runAs('ann', () => {
        const mine = new CartJS('lines')
        mine.addToCart({ sysparm_id: items[0] })
        expect(() =>
            instance.store.transaction(() => {
                mine.addToCart({ sysparm_id: items[1] })
                throw new Error('undo')
            }),
        ).toThrow('undo')
        const after = mine.addToCart({ sysparm_id: items[2] })
        expect(after.items.map((i) => i.catalog_item_id)).toEqual([items[0], items[2]])
        expect(after).toEqual(fresh(after.cart_id))
    })
})

test("a choice label changed in the dictionary shows in the next add (the lines' recurring frequency)", () => {
    const choice = instance.run(() => insert('sys_choice', { name: 'sc_cart_item', element: 'recurring_frequency', value: 'monthly', label: 'Monthly' }))
    instance.runAs('ann', () => {
        const mine = new CartJS('lines')
        mine.addToCart({ sysparm_id: items[0] })
        const before = mine.addToCart({ sysparm_id: items[1] })
        instance.run(() => update('sys_choice', choice, { label: 'Every month' }))
        const after = mine.addToCart({ sysparm_id: items[2] })
        expect(before.items[0].recurring_frequency).not.toBe('Every month')
        expect(after.items[0].recurring_frequency).toBe('Every month')
        expect(after).toEqual(fresh(after.cart_id))
    })
})
