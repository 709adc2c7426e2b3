import type { Instance } from '../../src/local/instance'
import { freshInstance } from '../support/instance'
import { insert } from '../support/records'

/*
 * User criteria verdicts are kept while the tables they read are not written (src/local/engine/user-criteria.ts).
 * An install or an uninstall writes records past the record operations (Instance.metadataChanged): what was
 * kept is dropped then too, so an item an installed app restricts is restricted at once.
 */

let instance: Instance
afterEach(() => instance.close())

test('an Available For link written by an install restricts the item at once', () => {
    instance = freshInstance()
    const { user, item, crit } = instance.run(() => ({
        user: insert('sys_user', { user_name: 'ann', first_name: 'Ann' }),
        item: insert('sc_cat_item', { name: 'Pen', active: true }),
        crit: insert('user_criteria', { name: 'Nobody', active: true, user: '' }),
    }))
    expect(instance.run(() => instance.userCriteria.canSeeItem(user, item))).toBe(true)
    // As an installer writes it: straight to the table, then the instance told its metadata changed.
    instance.store.insertRow('sc_cat_item_user_criteria_mtom', { sys_id: instance.store.newSysId(), sc_cat_item: item, user_criteria: crit })
    instance.metadataChanged()
    expect(instance.run(() => instance.userCriteria.canSeeItem(user, item))).toBe(false)
})
