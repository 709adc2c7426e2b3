import type { Instance } from '../../src/local/instance'
import { runtime } from '../../src/local/glide/runtime'
import { installedInstance } from '../support/instance'
import { BA, bundledItems, mailsTo, score, TELECOMMUTER } from '../support/provisioning'
import { get, insert, personaId } from '../support/records'

/** Proactive provisioning: a persona change tells the user what they can now order. */
let instance: Instance
beforeEach(() => {
    instance = installedInstance()
})
afterEach(() => instance.close())

test('a user whose persona changes is told the new persona, the newly available services and the bundle, with portal links', () => {
    const user = insert('sys_user', { user_name: 'mira', first_name: 'Mira', name: 'Mira Mobile', email: 'mira@example.com' })
    score(user, BA)
    expect(get('sys_user', user).getValue('x_psm_persona_persona')).toBe(personaId('Business Analyst'))
    instance.drain()
    score(user, TELECOMMUTER)
    expect(get('sys_user', user).getValue('x_psm_persona_persona')).toBe(personaId('Telecommuter'))
    instance.drain()
    const mails = mailsTo('mira@example.com')
    const last = mails[mails.length - 1]
    expect(last.subject).toBe('Your persona is now Telecommuter: your services')
    expect(last.body).toContain('Your workstyle persona is now <strong>Telecommuter</strong> (previously Business Analyst)')
    // Every bundled offering of Telecommuter is listed with a link to its item in the portal.
    const bundled = bundledItems('Telecommuter')
    expect(bundled.length).toBeGreaterThan(0)
    for (const b of bundled) expect(last.body).toContain(`href="/sp?id=psm_item&amp;sys_id=${b.item}"`)
    // Services Business Analysts already had are not announced as new.
    const shared = runtime()
        .store.prepare('SELECT i.name FROM x_psm_persona_offering a JOIN x_psm_persona_offering b ON a.catalog_item = b.catalog_item JOIN sc_cat_item i ON i.sys_id = a.catalog_item WHERE a.persona = ? AND b.persona = ? AND a.bundled = 0')
        .all(personaId('Telecommuter'), personaId('Business Analyst')) as Array<{ name: string }>
    const newly = last.body.slice(last.body.indexOf('Newly available'))
    for (const s of shared) expect(newly).not.toContain(`>${s.name}<`)
})

test('names are escaped in the provisioning email', () => {
    const user = insert('sys_user', { user_name: 'evil', first_name: '<img src=x onerror=alert(1)>', email: 'evil@example.com' })
    // Scored once usage data arrives: the welcome email.
    score(user, BA)
    instance.drain()
    const mails = mailsTo('evil@example.com')
    expect(mails.length).toBeGreaterThan(0)
    expect(mails[0].body).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(mails[0].body).not.toContain('<img src=x')
    expect(user).toBeTruthy()
})
