import type { Instance } from '../../src/local/instance'
import type { GlideRecord } from '../../src/local/glide/GlideRecord'
import { runtime } from '../../src/local/glide/runtime'
import { installedInstance } from '../support/instance'
import { get, insert, personaId, rows, update } from '../support/records'

/*
 * Issue 17, item 5: one price model shown the same way everywhere. The monthly cost per member
 * (persona base + bundled services) reads the same on the persona card, in the provisioning email,
 * on the requested items (for chargeback) and on the dashboard; a persona service's price reads the
 * same on the catalog page, the item page, the requested item and the order confirmation; nothing
 * shows "$0.00/month" (zero is "No charge").
 */

const TELECOMMUTER = { devices: 10, network_gb_month: 80, team_hours_week: 8, contacts_per_day: 8, remote_pct: 90 }

interface Views {
    personaWidgetData(userId: string): { persona: { monthlyCostText: string } | null; services: Array<{ itemId: string; monthlyCostText: string; priceText: string }> }
}
interface CatalogViews {
    catalogPage(userId: string, query: unknown, canView: (gr: GlideRecord) => boolean): { groups: Array<{ items: Array<{ sysId: string; monthlyCostText: string; priceText: string; fullPriceText: string }> }> }
    catalogQuery(q: unknown, category: unknown, page: unknown): unknown
    itemPage(userId: string, itemId: string, canView: (gr: GlideRecord) => boolean): { item: { monthlyCostText: string; priceText: string; fullPriceText: string } | null }
}
interface Costs {
    personaCosts(): { personas: Array<{ personaId: string; perMember: number }> }
}
interface Money {
    monthlyText(n: number): string
}

let instance: Instance
beforeAll(() => {
    instance = installedInstance()
})
afterAll(() => instance.close())

test('the same monthly cost per member and the same service prices appear on the card, catalog, item page, request, emails and dashboard', () => {
    instance.properties.set('x_psm_persona.provisioning.manager_approval', 'false')
    const user = insert('sys_user', { user_name: 'tess', first_name: 'Tess', email: 'tess@example.com' })
    update('x_psm_persona_profile', get('x_psm_persona_profile', 'user', user).getUniqueValue(), TELECOMMUTER)
    instance.drain()
    expect(get('sys_user', user).getValue('x_psm_persona_persona')).toBe(personaId('Telecommuter'))
    const money = instance.appModule<Money>('src/server/catalog/money.ts')
    const persona = instance.appModule<Views>('src/server/portal/persona-widget.ts')
    const catalog = instance.appModule<CatalogViews>('src/server/portal/catalog-page.ts')
    const costs = instance.appModule<Costs>('src/server/xla/insight.ts')
    const canView = (gr: GlideRecord) => runtime().userCriteria.canSeeItem(user, gr.getUniqueValue())

    // The monthly cost per member: base + bundled, from the records.
    const base = Number(get('x_psm_persona_persona', personaId('Telecommuter')).getValue('monthly_cost'))
    const bundled = runtime()
        .store.prepare('SELECT o.monthly_cost AS cost FROM x_psm_persona_offering o JOIN sc_cat_item i ON i.sys_id = o.catalog_item WHERE o.persona = ? AND o.bundled = 1 AND o.active = 1 AND i.active = 1')
        .all(personaId('Telecommuter')) as Array<{ cost: number }>
    const expected = money.monthlyText(base + bundled.reduce((s, b) => s + Number(b.cost), 0))
    const card = instance.run(() => persona.personaWidgetData(user))
    expect(card.persona?.monthlyCostText).toBe(expected)
    const dashboard = instance.run(() => costs.personaCosts()).personas.find((p) => p.personaId === personaId('Telecommuter'))
    expect(money.monthlyText(dashboard?.perMember ?? -1)).toBe(expected)
    const mail = runtime().store.prepare("SELECT body FROM sys_email WHERE recipients = 'tess@example.com' AND subject LIKE 'Welcome to your%'").get() as { body: string }
    expect(mail.body).toContain(`<strong>${expected}</strong>`)
    const items = rows('sc_req_item', `requested_for=${user}`)
    expect(items.length).toBe(bundled.length)
    for (const i of items) expect(money.monthlyText(Number(i.getValue('x_psm_persona_member_monthly_cost')))).toBe(expected)

    // Each ordered service: the price the pages show is the price the request records and the confirmation repeats.
    const confirmation = runtime().store.prepare("SELECT body FROM sys_email WHERE recipients = 'tess@example.com' AND subject LIKE 'Request REQ%'").get() as { body: string }
    const page = instance.run(() => catalog.catalogPage(user, catalog.catalogQuery('', '', ''), canView))
    const onCatalog = new Map(page.groups.flatMap((g) => g.items).map((i) => [i.sysId, i]))
    for (const i of items) {
        const itemId = i.getValue('cat_item') as string
        const shown = i.getValue('x_psm_persona_price_shown')
        const onItemPage = instance.run(() => catalog.itemPage(user, itemId, canView)).item
        expect(onItemPage?.fullPriceText).toBe(shown)
        expect(onCatalog.get(itemId)?.fullPriceText).toBe(shown)
        expect(card.services.find((s) => s.itemId === itemId)?.monthlyCostText).toBe(shown)
        // A persona service costs its monthly cost only: the list price is not charged to the user.
        expect(Number(i.getValue('price'))).toBe(0)
        expect(money.monthlyText(Number(i.getValue('recurring_price')))).toBe(shown)
        expect(confirmation.body).toContain(`${i.getValue('number')} `)
        expect(confirmation.body).toContain(`: ${shown} (`)
    }
    // Zero is "No charge", never "$0.00/month".
    const everything = JSON.stringify([card, page]) + mail.body + confirmation.body
    expect(everything).not.toContain('$0.00')
})
