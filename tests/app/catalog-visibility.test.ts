import type { Instance } from '../../src/local/instance'
import type * as PortalData from '../../src/server/catalog/portal-data'
import { installedInstance } from '../support/instance'
import { get, insert, personaId, rows, update } from '../support/records'

/**
 * Who sees which catalog item, on the installed app: the persona criteria, the platform's user
 * criteria rules (user-criteria-guide: "notAvailableFor always wins over availableFor";
 * "availableFor: [] (or omitted) — ... all users can see the item"; scripted criteria "evaluate
 * on every access check"), and the portal data built on them.
 */
let instance: Instance
beforeEach(() => {
    instance = installedInstance()
})
afterEach(() => instance.close())

const TELECOMMUTER = { devices: 10, network_gb_month: 80, team_hours_week: 8, contacts_per_day: 8, remote_pct: 90 }
const ANALYST = { devices: 5, network_gb_month: 30, team_hours_week: 8, contacts_per_day: 20, remote_pct: 5 }

const BROADBAND = 'Home Broadband Allowance'
const TABLEAU = 'Tableau Creator License'
const PASSWORDS = 'Password Manager – 1Password Business'
const ESIM = 'Travel eSIM – Global Roaming Pack'

const portal = () => instance.appModule<typeof PortalData>('src/server/catalog/portal-data.ts')
const itemId = (name: string) => get('sc_cat_item', 'name', name).getUniqueValue()
const profileOf = (user: string) => get('x_psm_persona_profile', 'user', user)

function userWith(name: string, metrics: Record<string, number>): string {
    const user = insert('sys_user', { user_name: name, name })
    update('x_psm_persona_profile', profileOf(user).getUniqueValue(), metrics)
    return user
}

function visibleNames(user: string): Set<string> {
    return new Set([...instance.userCriteria.visibleItems(user)].map((id) => get('sc_cat_item', id).getValue('name') as string))
}

/** What a persona should see: its offered items plus every item with no Available For row. */
function expectedFor(persona: string): Set<string> {
    const offered = rows('x_psm_persona_offering', `persona=${personaId(persona)}^active=true`).map((o) => o.getValue('catalog_item') as string)
    const restricted = new Set(rows('sc_cat_item_user_criteria_mtom').map((r) => r.getValue('sc_cat_item') as string))
    const open = rows('sc_cat_item', 'active=true')
        .map((i) => i.getUniqueValue())
        .filter((id) => !restricted.has(id))
    return new Set([...offered, ...open].map((id) => get('sc_cat_item', id).getValue('name') as string))
}

test('a user of persona A sees A\'s items and the unrestricted ones, not B\'s', () => {
    const tele = userWith('tele.worker', TELECOMMUTER)
    const analyst = userWith('ana.lyst', ANALYST)
    expect(profileOf(tele).getDisplayValue('persona')).toBe('Telecommuter')
    expect(profileOf(analyst).getDisplayValue('persona')).toBe('Business Analyst')

    const seenByTele = visibleNames(tele)
    const seenByAnalyst = visibleNames(analyst)
    expect(seenByTele).toEqual(expectedFor('Telecommuter'))
    expect(seenByAnalyst).toEqual(expectedFor('Business Analyst'))
    expect(seenByTele.has(BROADBAND)).toBe(true)
    expect(seenByTele.has(TABLEAU)).toBe(false)
    expect(seenByAnalyst.has(TABLEAU)).toBe(true)
    expect(seenByAnalyst.has(BROADBAND)).toBe(false)
    for (const seen of [seenByTele, seenByAnalyst]) expect(seen.has(PASSWORDS)).toBe(true)
    expect(instance.userCriteria.canSeeItem(tele, itemId(TABLEAU))).toBe(false)
    expect(instance.userCriteria.canSeeItem(analyst, itemId(TABLEAU))).toBe(true)
})

test('a user whose metrics move them to another persona sees the other catalog at once', () => {
    const user = userWith('mover', TELECOMMUTER)
    expect(instance.userCriteria.canSeeItem(user, itemId(BROADBAND))).toBe(true)
    expect(visibleNames(user).has(TABLEAU)).toBe(false)
    update('x_psm_persona_profile', profileOf(user).getUniqueValue(), ANALYST)
    expect(get('sys_user', user).getValue('x_psm_persona_persona')).toBe(personaId('Business Analyst'))
    expect(visibleNames(user)).toEqual(expectedFor('Business Analyst'))
    expect(instance.userCriteria.canSeeItem(user, itemId(BROADBAND))).toBe(false)
})

test('an admin pinning a persona on the profile changes what the user sees at once', () => {
    const user = userWith('pinned', TELECOMMUTER)
    expect(visibleNames(user).has(ESIM)).toBe(false)
    update('x_psm_persona_profile', profileOf(user).getUniqueValue(), { persona: personaId('Virtual Executive') })
    expect(profileOf(user).getValue('locked')).toBe('1')
    expect(visibleNames(user)).toEqual(expectedFor('Virtual Executive'))
    expect(visibleNames(user).has(BROADBAND)).toBe(false)
})

test('Not Available For beats the persona offering', () => {
    const user = userWith('excluded', TELECOMMUTER)
    const me = insert('user_criteria', { name: 'Contractors', active: true, user })
    insert('sc_cat_item_user_criteria_no_mtom', { sc_cat_item: itemId(BROADBAND), user_criteria: me })
    expect(instance.userCriteria.canSeeItem(user, itemId(BROADBAND))).toBe(false)
    expect(portal().whyVisible(user, itemId(BROADBAND))).toBe('Not available to you')
})

describe('portal data', () => {
    test('personaCard: the persona, both sets of rankings and why', () => {
        const user = userWith('card.holder', { ...TELECOMMUTER, contacts_per_day: 3 })
        const card = instance.runAs(user, () => portal().personaCard(user))
        expect(card.persona?.name).toBe('Telecommuter')
        expect(card.persona?.sysId).toBe(personaId('Telecommuter'))
        expect(card.persona?.rankings).toEqual({ technology: 3, network: 3, interaction: 2, communication: 2, mobility: 4 })
        expect(card.persona?.monthlyCost).toBe(160)
        expect(card.persona?.description).toMatch(/home or on the road/)
        expect(card.userRankings).toEqual({ technology: 3, network: 3, interaction: 2, communication: 1, mobility: 4 })
        expect(card.dimensions.map((d) => [d.label, d.persona, d.user])).toEqual([
            ['Technology', 3, 3],
            ['Network', 3, 3],
            ['Interaction', 2, 2],
            ['Communication', 2, 1],
            ['Virtual/Mobile', 4, 4],
        ])
        expect(card.distance).toBe(1)
        expect(card.runnerUp?.name).toBe('Virtual Executive')
        expect(card.explanation).toContain('Telecommuter')
        expect(card.locked).toBe(false)
        expect(card.userName).toBe('card.holder')
    })

    test('personaCard of a user without persona or profile, and of an unknown user', () => {
        const user = userWith('nobody', TELECOMMUTER)
        update('x_psm_persona_profile', profileOf(user).getUniqueValue(), { persona: '' })
        const card = portal().personaCard(user)
        expect(card.persona).toBeNull()
        expect(card.dimensions.every((d) => d.persona === null)).toBe(true)
        const ghost = portal().personaCard('0123456789abcdef0123456789abcdef')
        expect(ghost).toMatchObject({ persona: null, userRankings: null, explanation: '', runnerUp: null, userName: '' })
    })

    test('personaServices: the persona\'s offerings, bundled first, with monthly costs', () => {
        const user = userWith('servant', TELECOMMUTER)
        const { persona, services, bundledMonthlyCost } = portal().personaServices(user)
        expect(persona?.name).toBe('Telecommuter')
        expect(services).toHaveLength(rows('x_psm_persona_offering', `persona=${personaId('Telecommuter')}^active=true`).length)
        const firstUnbundled = services.findIndex((s) => !s.bundled)
        expect(services.slice(firstUnbundled).every((s) => !s.bundled)).toBe(true)
        const broadband = services.find((s) => s.name === BROADBAND)
        expect(broadband).toMatchObject({ monthlyCost: 45, monthlyCostText: '$45.00/month', bundled: true, category: 'Connectivity', price: 0 })
        expect(bundledMonthlyCost).toBe(services.filter((s) => s.bundled).reduce((sum, s) => sum + s.monthlyCost, 0))
        expect(bundledMonthlyCost).toBe(107)
    })

    test('whyVisible: offered to the persona, available to everyone, through other criteria, or not available', () => {
        const user = userWith('curious', TELECOMMUTER)
        const why = (name: string) => instance.runAs(user, () => portal().whyVisible(user, itemId(name)))
        expect(why(BROADBAND)).toBe('Offered to Telecommuters at $45.00/month, included in the persona bundle')
        expect(why('Zoom Workplace Business')).toBe('Offered to Telecommuters at $15.00/month')
        expect(why(PASSWORDS)).toBe('Available to everyone')
        expect(why(TABLEAU)).toBe('Not available to you')
        insert('sc_cat_item_user_criteria_mtom', { sc_cat_item: itemId(TABLEAU), user_criteria: insert('user_criteria', { name: 'Data champions', active: true, user }) })
        expect(instance.userCriteria.canSeeItem(user, itemId(TABLEAU))).toBe(true)
        expect(why(TABLEAU)).toBe('Available to you through the user criteria "Data champions"')
        const all = portal().whyVisibleAll(user, [itemId(BROADBAND), itemId(PASSWORDS)])
        expect(Object.values(all)).toEqual(['Offered to Telecommuters at $45.00/month, included in the persona bundle', 'Available to everyone'])
    })

    test('whyVisible for an administrator: hidden items are visible to them as admins', () => {
        const admin = userWith('boss', TELECOMMUTER)
        insert('sys_user_has_role', { user: admin, role: get('sys_user_role', 'name', 'admin').getUniqueValue() })
        expect(instance.userCriteria.canSeeItem(admin, itemId(TABLEAU))).toBe(true)
        expect(portal().whyVisible(admin, itemId(TABLEAU))).toBe('Visible to you as an administrator')
        expect(instance.runAs(admin, () => portal().whyVisible(admin, itemId(TABLEAU)))).toBe('Visible to you as an administrator')
        expect(portal().whyVisible(admin, itemId(BROADBAND))).toBe('Offered to Telecommuters at $45.00/month, included in the persona bundle')
    })
})
