import type { Instance } from '../../src/local/instance'
import { runtime } from '../../src/local/glide/runtime'
import { installedInstance } from '../support/instance'
import { BA, escape, mailsTo, score, TELECOMMUTER } from '../support/provisioning'
import { insert, personaId, update } from '../support/records'

/*
 * The provisioning and order emails render their HTML once for both parts (mail-parts.ts) and read
 * the services' names in one query (display-names.ts): the plain-text part says what the HTML part
 * says, and every message is rendered from the data as it is when it is sent (a renamed service
 * shows its new name in both parts of the next message, never the previous message's text).
 */

let instance: Instance
beforeEach(() => {
    instance = installedInstance()
})
afterEach(() => instance.close())

/** A service Business Analyst bundles (named in the welcome), made a bundled service of Telecommuter too (named in the change email). */
function sharedItem(): { id: string; name: string } {
    const row = runtime()
        .store.prepare(
            `SELECT i.sys_id AS id, i.name AS name FROM x_psm_persona_offering o JOIN sc_cat_item i ON i.sys_id = o.catalog_item
             WHERE o.persona = ? AND o.bundled = 1 AND o.active = 1 AND i.active = 1 ORDER BY i.name LIMIT 1`,
        )
        .get(personaId('Business Analyst')) as { id: string; name: string } | undefined
    if (!row) throw new Error('the demo data has no service Business Analyst bundles')
    insert('x_psm_persona_offering', { persona: personaId('Telecommuter'), catalog_item: row.id, bundled: 'true', active: 'true', monthly_cost: '5', order: '1' })
    return row
}

test('each part of every provisioning and order email names the services as they are when it is sent', () => {
    const user = insert('sys_user', { user_name: 'pia', first_name: 'Pia', name: 'Pia Tester', email: 'pia@example.com' })
    score(user, BA)
    instance.drain()
    const item = sharedItem()
    const renamed = `${item.name} (renamed)`
    const first = mailsTo('pia@example.com')
    const welcome = first.find((m) => m.subject.startsWith('Welcome to your Business Analyst services'))
    // Sent before the rename: the name as it was, in both parts.
    expect(welcome?.body).toContain(escape(item.name))
    expect(welcome?.body_text).toContain(item.name)
    expect(welcome?.body_text).not.toContain(renamed)
    update('sc_cat_item', item.id, { name: renamed })
    score(user, TELECOMMUTER)
    instance.drain()
    const changed = mailsTo('pia@example.com').find((m) => m.subject.startsWith('Your persona is now Telecommuter'))
    expect(changed).toBeDefined()
    // Sent after it: the new name, in the HTML part and in the text part alike.
    expect(changed?.body).toContain(escape(renamed))
    expect(changed?.body_text).toContain(renamed)
    // Each text part is its own message's: the welcome's and the change's headlines differ.
    expect(welcome?.body_text).toContain('Welcome to your Business Analyst services')
    expect(changed?.body_text).toContain('Telecommuter')
    expect(changed?.body_text).not.toContain('Welcome to your Business Analyst services')
})
