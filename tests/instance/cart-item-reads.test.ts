import type { Instance } from '../../src/local/instance'
import { CartJS } from '../../src/local/service-catalog/cart-js'
import { freshInstance } from '../support/instance'
import { insert, update } from '../support/records'
import { statementsDuring } from '../support/store-statements'

/*
 * The cart reads each item it is asked to add, to check it (active, visible to the user, orderable). A
 * provisioning run adds the same few bundled items for user after user: the items read are kept, as read,
 * while no sc_cat_item record is written or rolled back (a table extending it counts), and not at all when
 * a before-query rule on sc_cat_item may hide items from some sessions.
 */

let instance: Instance
let pen: string

beforeEach(() => {
    instance = freshInstance()
    instance.run(() => {
        insert('sys_user', { user_name: 'ann', first_name: 'Ann' })
        insert('sys_user', { user_name: 'ben', first_name: 'Ben' })
        pen = insert('sc_cat_item', { name: 'Pen', active: true, price: '2' })
    })
})
afterEach(() => instance.close())

// The check's read by sys_id (the cart returned reads its lines' names apart, in one query): a primary-key read,
// or, where a before-query rule may restrict it, a query by sys_id (get() is a query).
const itemReads = (sqls: string[]) => sqls.filter((s) => s === 'getRow sc_cat_item' || /^SELECT t0\.\* FROM "sc_cat_item" t0\s+WHERE .*t0\."sys_id" = \?/.test(s)).length

/** Adds the pen to a new cart of the user's and returns the line's price, and the item reads the add made. */
function addPen(user: string, cartName = 'kit'): { price: string; reads: number } {
    let price = ''
    const sqls = statementsDuring(instance.store, () => {
        price = instance.runAs(user, () => new CartJS(cartName).addToCart({ sysparm_id: pen }).items.at(-1)?.price ?? '')
    })
    return { price, reads: itemReads(sqls) }
}

test("one user's add reads the item; the next user's add of it does not", () => {
    expect(addPen('ann').reads).toBe(1)
    expect(addPen('ben')).toEqual({ price: '$2.00', reads: 0 })
})

test('an item written since it was read is read again: the add carries its new price, or is refused once it is inactive', () => {
    addPen('ann')
    instance.run(() => update('sc_cat_item', pen, { price: '3' }))
    expect(addPen('ben')).toEqual({ price: '$3.00', reads: 1 })
    instance.run(() => update('sc_cat_item', pen, { active: false }))
    expect(() => addPen('ann', 'other')).toThrow(/No active catalog item/)
})

test('an item read inside a write that rolled back is read again after it', () => {
    expect(() =>
        instance.run(() =>
            instance.store.transaction(() => {
                update('sc_cat_item', pen, { price: '9' })
                expect(addPen('ann').price).toBe('$9.00')
                throw new Error('undo')
            }),
        ),
    ).toThrow('undo')
    expect(addPen('ben')).toEqual({ price: '$2.00', reads: 1 })
})

test('with a before-query rule on sc_cat_item every add reads the item', () => {
    instance.run(() =>
        insert('sys_script', { name: 'Every item query', collection: 'sc_cat_item', when: 'before', action_query: true, active: true, script: "current.addQuery('active', true);" }),
    )
    expect(addPen('ann').reads).toBe(1)
    expect(addPen('ben').reads).toBe(1)
})

test('an item written past the record operations (an install, an uninstall) is read again', () => {
    addPen('ann')
    instance.store.prepare("UPDATE sc_cat_item SET price = '4' WHERE sys_id = ?").run(pen)
    instance.metadataChanged()
    expect(addPen('ben')).toEqual({ price: '$4.00', reads: 1 })
})
