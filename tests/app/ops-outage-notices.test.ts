import { runtime } from '../../src/local/glide/runtime'
import type { Instance } from '../../src/local/instance'
import { builtAppDir, freshInstance } from '../support/instance'
import { get, insert, personaId, rows, update } from '../support/records'

/*
 * The outage notice worded per persona, end to end on the installed app (scope fencing on): an outage of a CI a
 * service depends on ("Depends on::Used by") tells each user of the personas whose offerings the service
 * delivers, once, in one message of their own worded for their persona (a mobile-first Telecommuter a short
 * notice with what to use instead away from the desk; a desk-based Business Analyst the full notice with their
 * availability target), with a plain-text part and absolute links (glide.servlet.uri) to a portal page; the
 * service owner gets the affected personas and their counts. An outage logged ahead of its begin is noticed by
 * the job once it begins; a planned outage is not noticed.
 */

interface Mail {
    to: string
    subject: string
    html: string
    text: string
}

const BASE = 'https://psm.example.com/'
const DEPENDS_ON = '1a9cb166f1571100a92eb60da2bce5c5'
let now = '2026-11-20 08:00:00'
let instance: Instance
let serial = 0
let owner: string
let vpn: string
let concentrator: string
const people: Record<string, string> = {}

function mailsAbout(recordId: string): Mail[] {
    const found = runtime().store.prepare('SELECT recipients, subject, body, body_text FROM sys_email WHERE instance = ? ORDER BY rowid').all(recordId) as Array<{
        recipients: string | null
        subject: string | null
        body: string | null
        body_text: string | null
    }>
    return found.map((r) => ({ to: r.recipients ?? '', subject: r.subject ?? '', html: r.body ?? '', text: r.body_text ?? '' }))
}

function member(persona: string, name: string, extra: Record<string, string | boolean> = {}): string {
    serial += 1
    const id = instance.run(() => insert('sys_user', { user_name: `o${serial}`, name, email: `o${serial}@example.com`, ...extra }))
    instance.run(() => update('x_psm_persona_profile', get('x_psm_persona_profile', 'user', id).getUniqueValue(), { persona: personaId(persona) }))
    return id
}

function email(userId: string): string {
    return instance.run(() => get('sys_user', userId).getValue('email') || '')
}

beforeAll(() => {
    // The run's base image (scope fencing on), then a real install without the demo data (demo catalog
    // items and offerings), which the run's installed image holds.
    instance = freshInstance(() => now)
    instance.install(builtAppDir(), { demo: false })
    instance.properties.set('glide.servlet.uri', BASE)
    owner = instance.run(() => insert('sys_user', { user_name: 'owen', name: 'Owen Owner', email: 'owen@example.com' }))
    instance.run(() => {
        vpn = get('cmdb_ci_service', 'name', 'Remote Access (VPN)').getUniqueValue()
        update('cmdb_ci_service', vpn, { owned_by: owner })
        concentrator = insert('cmdb_ci', { name: 'VPN concentrator 2' })
        insert('cmdb_rel_ci', { parent: vpn, child: concentrator, type: DEPENDS_ON })
        const vpnItem = insert('sc_cat_item', { name: 'VPN client' })
        for (const persona of ['Telecommuter', 'Business Analyst']) {
            const offering = insert('x_psm_persona_offering', { persona: personaId(persona), catalog_item: vpnItem, monthly_cost: 5, restrict_item: true })
            insert('x_psm_persona_offering_service', { offering, service: vpn })
        }
    })
    people.tess = member('Telecommuter', 'Tess Telecommuter')
    people.tom = member('Telecommuter', 'Tom Telecommuter')
    people.gone = member('Telecommuter', 'Gone Telecommuter')
    instance.run(() => update('sys_user', people.gone, { active: false }))
    people.bea = member('Business Analyst', 'Bea Analyst')
    people.kim = member('Knowledge Worker', 'Kim Worker')
})
afterAll(() => instance.close())

describe('an outage under way', () => {
    let outage: string

    test('each affected user gets one message of their own, worded for their persona', () => {
        outage = instance.run(() => insert('cmdb_ci_outage', { cmdb_ci: concentrator, type: 'outage', begin: '2026-11-20 07:45:00', short_description: 'Concentrator down' }))
        instance.drain()
        const mails = mailsAbout(outage)
        const toUsers = mails.filter((m) => m.to !== 'owen@example.com')
        // Two active Telecommuters and the Business Analyst: the inactive Telecommuter and the Knowledge Worker (no
        // offering on the service) get nothing; nobody is in anyone else's message.
        expect(toUsers.map((m) => m.to).sort()).toEqual([email(people.tess), email(people.tom), email(people.bea)].sort())

        const tess = toUsers.find((m) => m.to === email(people.tess)) as Mail
        // Mobile-first: short, what to use instead away from the desk (the persona's first-install workaround), one link.
        expect(tess.subject).toBe('Remote Access (VPN) is down: what to use instead')
        expect(tess.text).toBe(
            [
                'Remote Access (VPN) is down since 2026-11-20 07:45:00 UTC.',
                "Away from your desk? Use mobile data or your phone's hotspot for mail and chat, keep files on your device and sync them once it is back.",
                `Your services: ${BASE}sp?id=psm_my_persona`,
            ].join('\n\n'),
        )
        expect(tess.html).toContain(`<a href="${BASE}sp?id=psm_my_persona">Your services</a>`)
        expect(tess.html).toContain('your phone&#39;s hotspot')

        const bea = toUsers.find((m) => m.to === email(people.bea)) as Mail
        expect(bea.subject).toBe('Outage: Remote Access (VPN) is unavailable (what it means for you as a Business Analyst)')
        expect(bea.text).toContain('Affected: Remote Access (VPN) (outage of VPN concentrator 2, since 2026-11-20 07:45:00 UTC).')
        expect(bea.text).toContain('What to use instead: Work on local copies of your data and reports, and share results by email until it is back.')
        expect(bea.text).toContain('your availability target for this service is 99 %')
        expect(bea.text).not.toContain('<')
        expect(bea.html).toContain(`href="${BASE}sp?id=psm_my_persona"`)
    })

    test('the service owner gets the affected personas and their counts', () => {
        const mails = mailsAbout(outage).filter((m) => m.to === 'owen@example.com')
        expect(mails).toHaveLength(1)
        const number = instance.run(() => get('cmdb_ci_outage', outage).getValue('number'))
        expect(mails[0].subject).toBe(`${number}: Remote Access (VPN) outage reaches 3 users`)
        expect(mails[0].text).toContain('It reaches 3 users in 2 personas')
        expect(mails[0].text).toContain('Telecommuter: 2 users, depends by Virtual/Mobile 4, target 99.5 %')
        expect(mails[0].text).toContain('Business Analyst: 1 user, depends by Virtual/Mobile 1, target 99 %')
        expect(mails[0].text).toContain(`${BASE}sp?id=ticket&table=cmdb_ci_outage&sys_id=${outage}`)
        expect(mails[0].text).toContain(`${BASE}sp?id=psm_dashboard`)
        const notice = instance.run(() => get('x_psm_persona_outage_notice', 'outage', outage))
        expect(notice.getValue('users')).toBe('3')
        expect(notice.getValue('personas')).toBe('Telecommuter (2), Business Analyst (1)')
    })

    test('an outage is noticed once: later updates and the job send nothing more', () => {
        const before = mailsAbout(outage).length
        instance.run(() => update('cmdb_ci_outage', outage, { short_description: 'Concentrator down, vendor called' }))
        instance.run(() => instance.jobs.run('Persona outage notices'))
        instance.drain()
        expect(mailsAbout(outage)).toHaveLength(before)
    })
})

describe('outages logged ahead', () => {
    test('an outage logged before its begin is noticed by the job once it begins; a planned outage never is', () => {
        const { ahead, planned } = instance.run(() => ({
            ahead: insert('cmdb_ci_outage', { cmdb_ci: vpn, type: 'degradation', begin: '2026-11-20 10:00:00' }),
            planned: insert('cmdb_ci_outage', { cmdb_ci: vpn, type: 'planned', begin: '2026-11-20 09:00:00' }),
        }))
        instance.drain()
        expect(mailsAbout(ahead)).toEqual([])
        now = '2026-11-20 10:01:00'
        instance.run(() => instance.jobs.run('Persona outage notices'))
        instance.drain()
        expect(mailsAbout(ahead).map((m) => m.to).sort()).toEqual([email(people.tess), email(people.tom), email(people.bea), 'owen@example.com'].sort())
        expect(mailsAbout(planned)).toEqual([])
        expect(instance.run(() => rows('x_psm_persona_outage_notice', `outage=${planned}`))).toHaveLength(0)
    })
})
