import type { Instance } from '../../src/local/instance'
import { installedInstance } from '../support/instance'
import { statementsDuring } from '../support/store-statements'
import { BA, bundledItems, mailsTo, score } from '../support/provisioning'
import { insert, rows } from '../support/records'

/*
 * What an order placed by provisioning reads (issue 17's bench: the cost per order). Each read below was
 * made once per item of the order and answered something already known:
 * - the requested-item rule reads the catalog item's prices only when no persona offering prices it
 *   (the persona's price replaces the catalog's);
 * - the fulfilment rule takes an item that recorded its persona for a persona service (the rule before
 *   the insert found that persona's offering of it) and does not ask again, nor, for the confirmation,
 *   whether another such item of the request is one;
 * - an item waiting for its manager is not read back: asking the manager only reads it.
 * The outcome stays the one provisioning-orders.test.ts checks: prices, approvals, tasks, one confirmation.
 */

let instance: Instance
beforeEach(() => {
    instance = installedInstance()
})
afterEach(() => instance.close())

function user(name: string, manager = ''): string {
    const values: Record<string, string> = { user_name: name, first_name: name, email: `${name}@example.com` }
    if (manager) values.manager = manager
    return insert('sys_user', values)
}

const isPersonaServiceQuery = /FROM "x_psm_persona_offering" t0\s+WHERE \(\(t0\."catalog_item" = \?\)\)/
const anyOfferedQuery = /FROM "x_psm_persona_offering" t0\s+WHERE \(\(t0\."catalog_item" IN/

test('an order waiting for the manager reads each catalog item once (the cart) and no requested item back', () => {
    const manager = user('mara')
    const uma = user('uma', manager)
    score(uma, BA)
    const bundled = bundledItems('Business Analyst')
    expect(bundled.length).toBeGreaterThan(1)
    const sql = statementsDuring(instance.store, () => instance.drain())
    const items = rows('sc_req_item', `requested_for=${uma}`)
    expect(items).toHaveLength(bundled.length)
    for (const i of items) {
        expect(i.getValue('approval')).toBe('requested')
        expect(i.getValue('x_psm_persona_persona')).toBeTruthy()
        expect(rows('sysapproval_approver', `sysapproval=${i.getUniqueValue()}^approver=${manager}`)).toHaveLength(1)
    }
    // One order confirmation for the request, however many of its items are persona services.
    expect(mailsTo('uma@example.com').filter((m) => /^Request .* received/.test(m.subject))).toHaveLength(1)
    const count = (re: RegExp) => sql.filter((s) => re.test(s)).length
    // The cart checks each item as it is added (one read each); the requested-item rule does not read it again.
    expect(sql.filter((s) => s === 'getRow sc_cat_item')).toHaveLength(bundled.length)
    expect(sql.filter((s) => s === 'getRow sc_req_item')).toHaveLength(0)
    expect(count(isPersonaServiceQuery)).toBe(0)
    expect(count(anyOfferedQuery)).toBe(0)
})

test('an item no persona offered is still asked about, and one its persona does not offer records no persona', () => {
    const manager = user('mo')
    const ulf = user('ulf', manager)
    const item = rows('sc_cat_item', 'active=true').find((i) => !rows('x_psm_persona_offering', `catalog_item=${i.getUniqueValue()}`).length)
    expect(item).toBeDefined()
    // A requested item inserted with a persona that does not price it: the rule clears it, nothing is started.
    const ritm = insert('sc_req_item', { cat_item: item!.getUniqueValue(), requested_for: ulf, x_psm_persona_persona: rows('x_psm_persona_persona')[0].getUniqueValue() })
    const saved = rows('sc_req_item', `sys_id=${ritm}`)[0]
    expect(saved.getValue('x_psm_persona_persona') || '').toBe('')
    expect(rows('sysapproval_approver', `sysapproval=${ritm}`)).toHaveLength(0)
    expect(rows('sc_task', `request_item=${ritm}`)).toHaveLength(0)
})
