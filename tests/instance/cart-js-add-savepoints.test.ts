import { GlideRecord } from '../../src/local/glide'
import type { Instance } from '../../src/local/instance'
import { CartJS } from '../../src/local/service-catalog/cart-js'
import { freshInstance } from '../support/instance'
import { insert, rows, update } from '../support/records'
import { statementsDuring } from '../support/store-statements'

/*
 * A CartJS add is all or nothing: a refused add leaves nothing it wrote. Inside a transaction already (a
 * job's provisioning order), with the cart held, it opens no savepoint of its own while nothing but its
 * line can be written and refused: its line is all or nothing by itself. A before-insert rule on the lines
 * (it may write, then abort the line) or a criterion script that writes before the item is refused keeps
 * what the add wrote undone, as before. And a CartJS checks the requested-for user of setRequestedFor
 * once for the order, while no sys_user record is written; what it holds of catalog items is dropped by a
 * write to a table extending sc_cat_item as by one to sc_cat_item.
 */

let instance: Instance
let items: string[]

beforeEach(() => {
    instance = freshInstance()
    instance.run(() => {
        insert('sys_user', { user_name: 'ann', first_name: 'Ann' })
        items = ['Pen', 'Pad', 'Ink'].map((name) => insert('sc_cat_item', { name, active: true, price: '2' }))
    })
})
afterEach(() => instance.close())

function count(table: string, query = ''): number {
    return instance.run(() => rows(table, query).length)
}

test('inside a transaction, with its cart held and no before-insert rule on the lines, an add opens no savepoint', () => {
    instance.runAs('ann', () =>
        instance.store.transaction(() => {
            const cart = new CartJS('order')
            cart.getCartItems()
            const before = instance.store.savepointsOpened
            for (const id of items) cart.addToCart({ sysparm_id: id })
            expect(instance.store.savepointsOpened - before).toBe(0)
            expect(cart.addToCart({ sysparm_id: items[0] }).items).toHaveLength(4)
        }),
    )
    expect(count('sc_cart_item')).toBe(4)
})

test('a before-insert rule on the lines that writes and then aborts the line leaves nothing written', () => {
    instance.run(() =>
        insert('sys_script', {
            name: 'No ink in carts',
            collection: 'sc_cart_item',
            when: 'before',
            action_insert: true,
            active: true,
            script: "var log = new GlideRecord('sys_properties'); log.initialize(); log.setValue('name', 'ink.refused.' + current.getUniqueValue()); log.setValue('value', 'x'); log.insert(); if (current.getDisplayValue('cat_item') == 'Ink') current.setAbortAction(true);",
        }),
    )
    instance.runAs('ann', () =>
        instance.store.transaction(() => {
            const cart = new CartJS('order')
            cart.getCartItems()
            cart.addToCart({ sysparm_id: items[0] })
            expect(() => cart.addToCart({ sysparm_id: items[2] })).toThrow(/refused/)
        }),
    )
    // The rule's write for the refused line went with it; the one for the line added stays.
    expect(count('sys_properties', 'nameSTARTSWITHink.refused.')).toBe(1)
    expect(count('sc_cart_item')).toBe(1)
})

test('a criterion script that writes before the item is refused (No order) leaves nothing written', () => {
    const noOrder = instance.run(() => {
        const id = insert('sc_cat_item', { name: 'Display only', active: true, no_order: true })
        const crit = insert('user_criteria', {
            name: 'Writes when asked',
            active: true,
            advanced: true,
            script: "var log = new GlideRecord('sys_properties'); log.initialize(); log.setValue('name', 'criterion.asked'); log.setValue('value', 'x'); log.insert(); answer = true;",
        })
        insert('sc_cat_item_user_criteria_mtom', { sc_cat_item: id, user_criteria: crit })
        return id
    })
    instance.runAs('ann', () =>
        instance.store.transaction(() => {
            const cart = new CartJS('order')
            cart.getCartItems()
            cart.addToCart({ sysparm_id: items[0] })
            expect(() => cart.addToCart({ sysparm_id: noOrder })).toThrow(/No order/)
        }),
    )
    expect(count('sys_properties', 'name=criterion.asked')).toBe(0)
    expect(count('sc_cart_item')).toBe(1)
})

test('setRequestedFor and submitOrder read the requested-for user once; a user deleted in between is refused', () => {
    const bob = instance.run(() => insert('sys_user', { user_name: 'bob', first_name: 'Bob' }))
    // A read by sys_id, or a query of sys_user.
    const userReads = (sqls: string[]) => sqls.filter((s) => s === 'getRow sys_user' || /FROM "sys_user" t0/.test(s)).length
    instance.run(() => {
        const cart = new CartJS('for-bob')
        const sqls = statementsDuring(instance.store, () => {
            cart.setRequestedFor(bob)
            cart.addToCart({ sysparm_id: items[0] })
            cart.submitOrder({ requested_for: bob })
        })
        expect(userReads(sqls)).toBe(1)
        // Bob deleted after the cart checked him: the next order for him is refused, not placed for no one.
        cart.setRequestedFor(bob)
        cart.addToCart({ sysparm_id: items[1] })
        const gone = new GlideRecord('sys_user')
        gone.get(bob)
        gone.deleteRecord()
        expect(() => cart.submitOrder({ requested_for: bob })).toThrow(/No user/)
    })
})

test("a catalog item of a table extending sc_cat_item renamed through that table shows in the next add's cart", () => {
    const kit = instance.run(() => {
        insert('sys_db_object', { name: 'u_kit_item', label: 'Kit item', super_class: 'sc_cat_item' })
        return insert('u_kit_item', { name: 'Starter kit', active: true, price: '5' })
    })
    instance.runAs('ann', () => {
        const cart = new CartJS('kits')
        cart.addToCart({ sysparm_id: kit })
        cart.addToCart({ sysparm_id: items[0] })
        instance.run(() => update('u_kit_item', kit, { name: 'Welcome kit' }))
        const after = cart.addToCart({ sysparm_id: items[1] })
        expect(after.items.map((i) => i.item_name)).toEqual(['Welcome kit', 'Pen', 'Pad'])
    })
})
