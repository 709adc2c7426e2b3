import { withScope } from '../../src/local/glide/runtime'
import { GlideRecord } from '../../src/local/glide'
import type { Instance } from '../../src/local/instance'
import type * as Availability from '../../src/server/catalog/availability'
import { criteriaDescription, criteriaScript } from '../../src/server/catalog/criteria-text'
import { installedInstance } from '../support/instance'
import { get, insert, personaId, rows, update } from '../support/records'

/**
 * The shipped catalog and the rules that keep sc_cat_item_user_criteria_mtom in step with the
 * persona offerings, on the installed app. Platform rule under test (user-criteria-guide):
 * "availableFor: [] (or omitted) — no access restriction by criteria; all users can see the item".
 */
let instance: Instance
beforeEach(() => {
    instance = installedInstance()
})
afterEach(() => instance.close())

const PERSONAS = ['Technology Support', 'Knowledge Worker', 'Business Analyst', 'Telecommuter', 'Virtual Executive']
const AVAILABLE_FOR = 'sc_cat_item_user_criteria_mtom'

const availability = () => instance.appModule<typeof Availability>('src/server/catalog/availability.ts')
const itemId = (name: string) => get('sc_cat_item', 'name', name).getUniqueValue()
const criteriaOf = (persona: string) => get('x_psm_persona_persona', personaId(persona)).getValue('user_criteria') as string
/** The criteria on an item's Available For list, sorted (duplicates kept, so a test sees them). */
const availableTo = (item: string) =>
    rows(AVAILABLE_FOR, `sc_cat_item=${item}`)
        .map((r) => r.getValue('user_criteria') as string)
        .sort()

function offer(persona: string, item: string, values: Record<string, string | number | boolean> = {}): string {
    return insert('x_psm_persona_offering', { persona: personaId(persona), catalog_item: item, monthly_cost: 10, bundled: false, active: true, restrict_item: true, ...values })
}

function newItem(name: string): string {
    return insert('sc_cat_item', { name, short_description: `${name} for tests`, price: 10, active: true })
}

describe('the shipped catalog', () => {
    test('a "Persona Services" catalog with categories and at least 30 priced items', () => {
        const catalog = get('sc_catalog', 'title', 'Persona Services')
        const categories = rows('sc_category', `sc_catalog=${catalog.getUniqueValue()}`).map((c) => c.getValue('title'))
        expect(categories).toEqual(expect.arrayContaining(['Devices', 'Mobile', 'Connectivity', 'Collaboration', 'Analytics', 'Support', 'Workplace']))
        const items = rows('sc_cat_item', `sc_catalogsLIKE${catalog.getUniqueValue()}^active=true`)
        expect(items.length).toBeGreaterThanOrEqual(30)
        for (const item of items) {
            expect(item.getValue('short_description')).toBeTruthy()
            expect(item.getValue('category')).toBeTruthy()
            expect(item.getValue('price')).not.toBeNull()
        }
    })

    test('each reference persona references its scripted "Persona: <name>" criterion, which calls PersonaCriteria with the persona sys_id', () => {
        for (const name of PERSONAS) {
            const criterion = get('user_criteria', criteriaOf(name))
            expect(criterion.getValue('name')).toBe(`Persona: ${name}`)
            expect(criterion.getValue('active')).toBe('1')
            expect(criterion.getValue('advanced')).toBe('1')
            expect(criterion.getValue('script')).toBe(criteriaScript(personaId(name)))
            // The same record the persona rule makes for personas created later.
            expect(criterion.getValue('short_description')).toBe(criteriaDescription(name))
        }
        expect(get('sys_script_include', 'api_name', 'x_psm_persona.PersonaCriteria').getValue('active')).toBe('1')
    })

    test('offerings link every persona; some items go to several personas, a few to none (visible to everyone)', () => {
        const offerings = rows('x_psm_persona_offering')
        const perItem = new Map<string, Set<string>>()
        for (const o of offerings) {
            const set = perItem.get(o.getValue('catalog_item') as string) ?? new Set<string>()
            set.add(o.getValue('persona') as string)
            perItem.set(o.getValue('catalog_item') as string, set)
            expect(Number(o.getValue('monthly_cost'))).toBeGreaterThan(0)
        }
        for (const name of PERSONAS) expect(offerings.some((o) => o.getValue('persona') === personaId(name) && o.getValue('bundled') === '1')).toBe(true)
        expect([...perItem.values()].filter((s) => s.size > 1).length).toBeGreaterThanOrEqual(5)
        const unrestricted = rows('sc_cat_item', 'active=true').filter((i) => !perItem.has(i.getUniqueValue()))
        expect(unrestricted.length).toBeGreaterThanOrEqual(3)
        for (const item of unrestricted) expect(availableTo(item.getUniqueValue())).toEqual([])
    })

    test('the shipped Available For rows are exactly what the rules derive from the shipped offerings (the installer runs no rules)', () => {
        for (const item of rows('sc_cat_item', 'active=true')) {
            const expected = [
                ...new Set(
                    rows('x_psm_persona_offering', `catalog_item=${item.getUniqueValue()}^active=true`).map((o) => get('x_psm_persona_persona', o.getValue('persona') as string).getValue('user_criteria') as string),
                ),
            ].sort()
            expect(availableTo(item.getUniqueValue())).toEqual(expected)
        }
        expect(availability().resyncAllItems()).toEqual({ added: 0, removed: 0 })
    })
})

describe('Available For follows the offerings', () => {
    test('adding offerings restricts a new item to those personas, one row each, never duplicated', () => {
        const item = newItem('Test Gadget')
        expect(availableTo(item)).toEqual([])
        offer('Telecommuter', item)
        expect(availableTo(item)).toEqual([criteriaOf('Telecommuter')])
        offer('Business Analyst', item)
        expect(availableTo(item)).toEqual([criteriaOf('Telecommuter'), criteriaOf('Business Analyst')].sort())
        // Resyncing again, or a duplicate row slipped in by hand, still ends with one row per persona.
        insert(AVAILABLE_FOR, { sc_cat_item: item, user_criteria: criteriaOf('Telecommuter') })
        expect(availability().syncItemAvailability(item)).toEqual({ added: 0, removed: 1 })
        expect(availableTo(item)).toEqual([criteriaOf('Telecommuter'), criteriaOf('Business Analyst')].sort())
    })

    test('a second offering for the same persona and item is refused; a negative cost too', () => {
        const item = newItem('Test Dongle')
        offer('Telecommuter', item)
        const gr = new GlideRecord('x_psm_persona_offering')
        gr.initialize()
        gr.setValue('persona', personaId('Telecommuter'))
        gr.setValue('catalog_item', item)
        // Each attempt in a session of its own, so error messages do not accumulate across them.
        expect(instance.runAs('system', () => gr.insert())).toBeNull()
        expect(instance.operations.lastRefusal?.message).toBe('Offering not saved: Telecommuter already has an offering for Test Dongle; change that offering instead.')
        const bad = new GlideRecord('x_psm_persona_offering')
        bad.initialize()
        bad.setValue('persona', personaId('Business Analyst'))
        bad.setValue('catalog_item', item)
        bad.setValue('monthly_cost', -4)
        expect(instance.runAs('system', () => bad.insert())).toBeNull()
        expect(instance.operations.lastRefusal?.message).toBe('Offering not saved: Monthly cost -4 cannot be negative.')
        expect(rows('x_psm_persona_offering', `catalog_item=${item}`)).toHaveLength(1)
        expect(availableTo(item)).toEqual([criteriaOf('Telecommuter')])
    })

    test('changing an offering\'s persona, item or active flag moves the rows; the last one removed makes the item visible to all', () => {
        const a = newItem('Test Item A')
        const b = newItem('Test Item B')
        const offering = offer('Telecommuter', a)
        update('x_psm_persona_offering', offering, { persona: personaId('Virtual Executive') })
        expect(availableTo(a)).toEqual([criteriaOf('Virtual Executive')])
        update('x_psm_persona_offering', offering, { catalog_item: b })
        expect(availableTo(a)).toEqual([])
        expect(availableTo(b)).toEqual([criteriaOf('Virtual Executive')])
        update('x_psm_persona_offering', offering, { active: false })
        expect(availableTo(b)).toEqual([])
        update('x_psm_persona_offering', offering, { active: true })
        expect(availableTo(b)).toEqual([criteriaOf('Virtual Executive')])
        expect(get('x_psm_persona_offering', offering).deleteRecord()).toBe(true)
        expect(availableTo(b)).toEqual([])
    })

    test('an admin\'s own criteria on an item are never touched', () => {
        const staff = insert('user_criteria', { name: 'IT staff', active: true, role: get('sys_user_role', 'name', 'itil').getUniqueValue() })
        const vpn = itemId('Always-On VPN – GlobalProtect')
        insert(AVAILABLE_FOR, { sc_cat_item: vpn, user_criteria: staff })
        const before = availableTo(vpn)
        expect(rows('x_psm_persona_offering', `catalog_item=${vpn}`).length).toBeGreaterThan(0)
        for (const o of rows('x_psm_persona_offering', `catalog_item=${vpn}`)) expect(get('x_psm_persona_offering', o.getUniqueValue()).deleteRecord()).toBe(true)
        expect(availableTo(vpn)).toEqual([staff])
        expect(before).toEqual(expect.arrayContaining([staff, criteriaOf('Telecommuter'), criteriaOf('Virtual Executive')]))
        expect(availability().resyncAllItems()).toEqual({ added: 0, removed: 0 })
        expect(availableTo(vpn)).toEqual([staff])
    })
})

describe('persona criteria are maintained by the app', () => {
    const FIELD_ENGINEER = { name: 'Field Engineer', technology: 3, network: 2, interaction: 2, communication: 3, mobility: 4, active: true, order: 600 }

    test('a new persona gets its "Persona: <name>" criterion, referenced from the persona; a rename follows', () => {
        const id = insert('x_psm_persona_persona', FIELD_ENGINEER)
        const criterionId = get('x_psm_persona_persona', id).getValue('user_criteria') as string
        expect(criterionId).toBeTruthy()
        const criterion = get('user_criteria', criterionId)
        expect(criterion.getValue('name')).toBe('Persona: Field Engineer')
        expect(criterion.getValue('script')).toBe(criteriaScript(id))
        expect(criterion.getValue('active')).toBe('1')
        expect(rows('user_criteria', 'name=Persona: Field Engineer')).toHaveLength(1)
        update('x_psm_persona_persona', id, { name: 'Field Service Engineer' })
        expect(get('user_criteria', criterionId).getValue('name')).toBe('Persona: Field Service Engineer')
        expect(get('x_psm_persona_persona', id).getValue('user_criteria')).toBe(criterionId)
    })

    test('a persona created with criteria of its own keeps them', () => {
        const own = insert('user_criteria', { name: 'Engineers', active: true, role: get('sys_user_role', 'name', 'itil').getUniqueValue() })
        const id = insert('x_psm_persona_persona', { ...FIELD_ENGINEER, user_criteria: own })
        expect(get('x_psm_persona_persona', id).getValue('user_criteria')).toBe(own)
        expect(rows('user_criteria', 'name=Persona: Field Engineer')).toHaveLength(0)
    })

    test('pointing a persona at other criteria moves its Available For rows to them', () => {
        const vpn = itemId('Always-On VPN – GlobalProtect')
        const old = criteriaOf('Telecommuter')
        const remote = insert('user_criteria', { name: 'Remote staff', active: true, location: insert('cmn_location', { name: 'Home office' }) })
        update('x_psm_persona_persona', personaId('Telecommuter'), { user_criteria: remote })
        expect(availableTo(vpn)).toEqual([remote, criteriaOf('Virtual Executive')].sort())
        expect(rows(AVAILABLE_FOR, `user_criteria=${old}`)).toHaveLength(0)
        expect(rows(AVAILABLE_FOR, `user_criteria=${remote}`)).toHaveLength(rows('x_psm_persona_offering', `persona=${personaId('Telecommuter')}^active=true`).length)
    })

    test('deleting a persona removes its offerings and their rows; the items it alone offered become visible to all', () => {
        const id = insert('x_psm_persona_persona', FIELD_ENGINEER)
        const item = newItem('Test Field Kit')
        const shared = itemId('Always-On VPN – GlobalProtect')
        offer('Field Engineer', item)
        offer('Field Engineer', shared)
        const criterion = get('x_psm_persona_persona', id).getValue('user_criteria') as string
        expect(availableTo(item)).toEqual([criterion])
        expect(availableTo(shared)).toContain(criterion)
        expect(get('x_psm_persona_persona', id).deleteRecord()).toBe(true)
        expect(rows('x_psm_persona_offering', `persona=${id}`)).toHaveLength(0)
        expect(availableTo(item)).toEqual([])
        expect(availableTo(shared)).toEqual([criteriaOf('Telecommuter'), criteriaOf('Virtual Executive')].sort())
    })

    test('PersonaCriteria.matches reads the user\'s persona field', () => {
        const user = insert('sys_user', { user_name: 'matcher', name: 'Matcher' })
        // Scored once usage data arrives.
        const profile = get('x_psm_persona_profile', 'user', user)
        profile.setValue('remote_pct', 90)
        profile.update()
        const persona = get('sys_user', user).getValue('x_psm_persona_persona') as string
        const other = PERSONAS.map(personaId).find((p) => p !== persona) as string
        // The include is Accessible from this application scope only: evaluated as the app's own script.
        const matches = (u: string, p: string) => instance.run(() => withScope('x_psm_persona', () => instance.evaluate(`new x_psm_persona.PersonaCriteria().matches('${u}', '${p}')`)))
        expect(matches(user, persona)).toBe(true)
        expect(matches(user, other)).toBe(false)
        expect(matches('', persona)).toBe(false)
        expect(instance.userCriteria.matches(user, criteriaOf(get('x_psm_persona_persona', persona).getValue('name') as string))).toBe(true)
    })
})
