import { GlideRecord } from '../../src/local/glide'
import { withScope } from '../../src/local/glide/runtime'
import type { Instance } from '../../src/local/instance'
import { freshInstance } from '../support/instance'
import { insert, update as updateRecord } from '../support/records'

/*
 * A user evaluated outside their own session (a job ordering for them, sn_uc.UserCriteriaLoader for
 * another user): "The evaluation of the script is cached in the session" (Create a user criteria record
 * in Service Catalog) is kept, for them, only as long as the evaluating session's open transaction, and
 * dropped when it ends, when any part of it rolls back, when a criterion changes and when the user's
 * record changes (src/local/engine/user-criteria.ts, docs/differences.md user-criteria-cache).
 */

let instance: Instance
/** Updates with rules; a refused update fails the test here, not at a later assertion. */
function update(table: string, sysId: string, values: Record<string, string | number | boolean>): void {
    if (!updateRecord(table, sysId, values)) throw new Error(`could not update ${table} ${sysId}`)
}

/** A criterion granting users titled Boss; each run of its script is logged. */
const BOSS_SCRIPT = "gs.info('criterion ran for ' + user_id);\nvar gr = new GlideRecord('sys_user');\nanswer = gr.get(user_id) && gr.getValue('title') == 'Boss';"
const runs = () => instance.logs.filter((l) => l.message.includes('criterion ran for')).length

let u: string
let crit: string
let items: string[]

beforeEach(() => {
    instance = freshInstance()
    instance.run(() => {
        u = insert('sys_user', { user_name: 'ursula', first_name: 'Ursula', title: 'Clerk' })
        crit = insert('user_criteria', { name: 'Bosses', active: true, advanced: true, script: BOSS_SCRIPT })
        items = ['Desk', 'Chair', 'Lamp'].map((name) => {
            const id = insert('sc_cat_item', { name, active: true })
            insert('sc_cat_item_user_criteria_mtom', { sc_cat_item: id, user_criteria: crit })
            return id
        })
    })
})
afterEach(() => instance.close())

const engine = () => instance.userCriteria
const inTransaction = <T>(fn: () => T): T => instance.run(() => instance.store.transaction(fn))
const rawTitle = (title: string) => instance.store.prepare('UPDATE sys_user SET title = ? WHERE sys_id = ?').run(title, u)

test('within one transaction the script runs once for the user, whatever the checks; outside one, every time', () => {
    inTransaction(() => {
        for (const it of items) expect(engine().canSeeItem(u, it)).toBe(false)
        expect(engine().visibleItems(u, items).size).toBe(0)
        expect(engine().matches(u, crit)).toBe(false)
        expect(engine().userMatches(u, [crit])).toBe(false)
    })
    expect(runs()).toBe(1)
    instance.run(() => {
        for (const it of items) expect(engine().canSeeItem(u, it)).toBe(false)
    })
    expect(runs()).toBe(1 + items.length)
})

test('a change to the user or to the criterion inside the transaction is seen at once', () => {
    inTransaction(() => {
        expect(engine().canSeeItem(u, items[0])).toBe(false)
        update('sys_user', u, { title: 'Boss' })
        expect(engine().canSeeItem(u, items[0])).toBe(true)
        update('user_criteria', crit, { script: BOSS_SCRIPT.replace("'Boss'", "'Chief'") })
        expect(engine().canSeeItem(u, items[0])).toBe(false)
    })
    expect(runs()).toBe(3)
})

test('the verdicts go with the transaction: the next one runs the script again', () => {
    inTransaction(() => expect(engine().canSeeItem(u, items[0])).toBe(false))
    // Behind every listener's back, between two transactions: only running the script again can notice.
    instance.run(() => rawTitle('Boss'))
    inTransaction(() => expect(engine().canSeeItem(u, items[0])).toBe(true))
})

test('a verdict read inside a savepoint that rolls back is forgotten with what it read', () => {
    inTransaction(() => {
        expect(() =>
            instance.store.transaction(() => {
                rawTitle('Boss')
                expect(engine().canSeeItem(u, items[0])).toBe(true)
                throw new Error('undo')
            }),
        ).toThrow('undo')
        // The title is Clerk again: the verdict read in the savepoint is not kept.
        expect(engine().canSeeItem(u, items[0])).toBe(false)
    })
})

test('each session keeps its own: a script reading the session user answers for the session that asks', () => {
    const boss = instance.run(() => insert('sys_user', { user_name: 'bea', first_name: 'Bea' }))
    const forBea = instance.run(() => insert('user_criteria', { name: 'Asked by Bea', active: true, script: `answer = gs.getUserID() == '${boss}';` }))
    inTransaction(() => {
        expect(engine().matches(u, forBea)).toBe(false)
        expect(instance.runAs('bea', () => engine().matches(u, forBea))).toBe(true)
        expect(engine().matches(u, forBea)).toBe(false)
    })
})

test('an order of several items for another user (sn_sc.CartJS in a job) runs the criterion once for the order', () => {
    const admin = instance.run(() => insert('sys_user', { user_name: 'ada', first_name: 'Ada' }))
    instance.run(() => {
        const role = new GlideRecord('sys_user_role')
        role.get('name', 'admin')
        insert('sys_user_has_role', { user: admin, role: role.getUniqueValue() })
        update('sys_user', u, { title: 'Boss' })
    })
    const before = runs()
    const script = `var cart = new sn_sc.CartJS('job_cart');
        cart.setRequestedFor('${u}');
        ${JSON.stringify(items)}.forEach(function (id) { cart.addToCart({ sysparm_id: id, sysparm_quantity: '1' }); });
        return cart.submitOrder({ requested_for: '${u}' }).request_id;`
    const fn = instance.scripts.compile([], script, 'job order')
    const requestId = instance.runAs('ada', () => instance.store.transaction(() => String(withScope('global', () => fn()))))
    expect(requestId).toMatch(/^[0-9a-f]{32}$/)
    const ordered = instance.run(() => {
        const gr = new GlideRecord('sc_req_item')
        gr.addQuery('request', requestId)
        gr.query()
        return gr.getRowCount()
    })
    expect(ordered).toBe(items.length)
    // Checked when each item is added and again at checkout, all in the job's transaction: one run.
    expect(runs() - before).toBe(1)
})

test('a script verdict kept already decides first: a criterion listed before it runs no script when it grants', () => {
    const other = instance.run(() => insert('user_criteria', { name: 'Others', active: true, advanced: true, script: "gs.info('other criterion ran'); answer = false;" }))
    const both = instance.run(() => {
        const id = insert('sc_cat_item', { name: 'Badge', active: true })
        // Listed first: the item's Available For list reads Others, then Bosses.
        insert('sc_cat_item_user_criteria_mtom', { sc_cat_item: id, user_criteria: other })
        insert('sc_cat_item_user_criteria_mtom', { sc_cat_item: id, user_criteria: crit })
        return id
    })
    instance.run(() => update('sys_user', u, { title: 'Boss' }))
    const otherRuns = () => instance.logs.filter((l) => l.message.includes('other criterion ran')).length
    inTransaction(() => {
        expect(engine().canSeeItem(u, items[0])).toBe(true)
        expect(engine().canSeeItem(u, both)).toBe(true)
    })
    expect(runs()).toBe(1)
    expect(otherRuns()).toBe(0)
    // Nothing kept yet (a new transaction): the list is evaluated in its order, Others first, until one grants.
    inTransaction(() => expect(engine().canSeeItem(u, both)).toBe(true))
    expect(otherRuns()).toBe(1)
    expect(runs()).toBe(2)
})
