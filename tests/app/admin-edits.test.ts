import type { Instance } from '../../src/local/instance'
import { ensureAdmin } from '../../src/local/base/admin'
import { startServer, type RunningServer } from '../../src/local/http/server'
import { installedInstance } from '../support/instance'
import { get, insert, personaId, rows, update } from '../support/records'

/**
 * Issue 17, item 7: admin edits without surprises. The first offering of an item everyone sees asks
 * before restricting it; deleting or deactivating a persona cleans up or refuses with the reason;
 * warnings reach REST clients through the record's validation_message.
 */
let instance: Instance
let server: RunningServer
const PASSWORD = 'admin edits password 1'
const AVAILABLE_FOR = 'sc_cat_item_user_criteria_mtom'
const OFFERING = 'x_psm_persona_offering'
const PERSONA = 'x_psm_persona_persona'
const FIELD = { name: 'Field Engineer', technology: 3, network: 2, interaction: 2, communication: 3, mobility: 4, order: 900 }

beforeAll(async () => {
    instance = installedInstance()
    ensureAdmin(instance, PASSWORD)
    server = await startServer(instance, { port: 0 })
})
afterAll(async () => {
    await server.close()
    instance.close()
})

async function rest(method: string, path: string, body?: unknown) {
    const headers = { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: `Basic ${Buffer.from(`admin:${PASSWORD}`).toString('base64')}` }
    const res = await fetch(server.url + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
    const text = await res.text()
    return { status: res.status, json: (text ? JSON.parse(text) : null) as { result?: Record<string, string>; error?: { message: string; detail: string } } }
}

const newItem = (name: string) => insert('sc_cat_item', { name, short_description: `${name} for tests`, price: 10, active: true })
const availableTo = (item: string) => rows(AVAILABLE_FOR, `sc_cat_item=${item}`).map((r) => r.getValue('user_criteria'))
const criteriaOf = (persona: string) => get(PERSONA, persona).getValue('user_criteria') as string

describe('the first offering of an item everyone sees', () => {
    test('over REST: refused with the question and nothing written; confirmed with restrict_item, the record says what changed', async () => {
        const item = newItem('Test Public Printer')
        const body = { persona: personaId('Telecommuter'), catalog_item: item, monthly_cost: '5' }
        const asked = await rest('POST', '/api/now/table/x_psm_persona_offering', body)
        expect(asked.status).toBe(403)
        expect(asked.json.error?.detail).toContain('"Test Public Printer" is available to everyone today')
        expect(asked.json.error?.detail).toContain('restrict_item')
        expect(rows(OFFERING, `catalog_item=${item}`)).toHaveLength(0)
        expect(availableTo(item)).toEqual([])

        const confirmed = await rest('POST', '/api/now/table/x_psm_persona_offering', { ...body, restrict_item: 'true' })
        expect(confirmed.status).toBe(201)
        expect(confirmed.json.result?.validation_message).toBe('"Test Public Printer" was available to everyone; it is now available only to users of Telecommuter (and of any persona that offers it later).')
        expect(availableTo(item)).toEqual([criteriaOf(personaId('Telecommuter'))])

        // A second persona's offering restricts nothing further: no question, no message.
        const second = await rest('POST', '/api/now/table/x_psm_persona_offering', { persona: personaId('Business Analyst'), catalog_item: item, monthly_cost: '5' })
        expect(second.status).toBe(201)
        expect(second.json.result?.validation_message).toBe('')
    })

    test('reactivating the only offering of an item that became public again asks again; an item with its own criteria is not asked about', () => {
        const item = newItem('Test Reactivated Kit')
        const offering = insert(OFFERING, { persona: personaId('Telecommuter'), catalog_item: item, monthly_cost: 5, restrict_item: true })
        update(OFFERING, offering, { active: false, restrict_item: false })
        expect(availableTo(item)).toEqual([])
        expect(update(OFFERING, offering, { active: true })).toBe(false)
        expect(get(OFFERING, offering).getValue('active')).toBe('0')

        const restricted = newItem('Test Staff Only Kit')
        const staff = insert('user_criteria', { name: 'Staff', active: true })
        insert(AVAILABLE_FOR, { sc_cat_item: restricted, user_criteria: staff })
        expect(insert(OFFERING, { persona: personaId('Telecommuter'), catalog_item: restricted, monthly_cost: 5 })).toBeTruthy()
    })
})

describe('deleting and deactivating a persona', () => {
    test('a persona users have is not deleted, and the reason says how', async () => {
        const persona = insert(PERSONA, { ...FIELD, name: 'Test Crew' })
        const user = insert('sys_user', { user_name: 'crew.one', name: 'Crew One' })
        update('x_psm_persona_profile', get('x_psm_persona_profile', 'user', user).getUniqueValue(), { persona })
        expect(get('sys_user', user).getValue('x_psm_persona_persona')).toBe(persona)
        const r = await rest('DELETE', `/api/now/table/x_psm_persona_persona/${persona}`)
        expect(r.status).toBe(403)
        expect(r.json.error?.detail).toContain('Persona "Test Crew" not deleted: 1 user has it (1 pinned by an administrator). Deactivate it first')
        expect(get(PERSONA, persona).getValue('name')).toBe('Test Crew')
    })

    test('deactivation is refused while users are pinned to it; otherwise its offerings are deactivated and the record says which items everyone sees again', async () => {
        const persona = insert(PERSONA, { ...FIELD, name: 'Test Surveyor' })
        const own = newItem('Test Survey Drone')
        const shared = newItem('Test Shared Radio')
        insert(OFFERING, { persona, catalog_item: own, monthly_cost: 5, restrict_item: true })
        insert(OFFERING, { persona, catalog_item: shared, monthly_cost: 5, restrict_item: true })
        insert(OFFERING, { persona: personaId('Telecommuter'), catalog_item: shared, monthly_cost: 5 })
        const user = insert('sys_user', { user_name: 'surveyor.one', name: 'Surveyor One' })
        const profile = get('x_psm_persona_profile', 'user', user).getUniqueValue()
        update('x_psm_persona_profile', profile, { persona })

        const refused = await rest('PATCH', `/api/now/table/x_psm_persona_persona/${persona}`, { active: 'false' })
        expect(refused.status).toBe(403)
        expect(refused.json.error?.detail).toContain('Persona "Test Surveyor" not deactivated: 1 user is pinned to it by an administrator')
        expect(get(PERSONA, persona).getValue('active')).toBe('1')
        expect(rows(OFFERING, `persona=${persona}^active=true`)).toHaveLength(2)

        update('x_psm_persona_profile', profile, { persona: personaId('Telecommuter') })
        const done = await rest('PATCH', `/api/now/table/x_psm_persona_persona/${persona}`, { active: 'false' })
        expect(done.status).toBe(200)
        expect(done.json.result?.validation_message).toBe(
            'Persona "Test Surveyor" deactivated: its users are rescored into other personas and its 2 active offerings were deactivated (reactivate them with the persona). No other persona offers "Test Survey Drone": available to everyone again.',
        )
        expect(rows(OFFERING, `persona=${persona}^active=true`)).toHaveLength(0)
        expect(availableTo(own)).toEqual([])
        expect(availableTo(shared)).toEqual([criteriaOf(personaId('Telecommuter'))])
    })

    test('deleting a persona nobody has removes its offerings and the criterion the app made for it', async () => {
        const persona = insert(PERSONA, { ...FIELD, name: 'Test Retired' })
        const criterion = criteriaOf(persona)
        expect(criterion).toBeTruthy()
        const item = newItem('Test Retired Tool')
        insert(OFFERING, { persona, catalog_item: item, monthly_cost: 5, restrict_item: true })
        const r = await rest('DELETE', `/api/now/table/x_psm_persona_persona/${persona}`)
        expect(r.status).toBe(204)
        expect(rows(OFFERING, `persona=${persona}`)).toHaveLength(0)
        expect(rows('user_criteria', `sys_id=${criterion}`)).toHaveLength(0)
        expect(availableTo(item)).toEqual([])
    })

    test('a criterion reused elsewhere stays when its persona is deleted', () => {
        const persona = insert(PERSONA, { ...FIELD, name: 'Test Reused' })
        const criterion = criteriaOf(persona)
        const item = newItem('Test Reused Item')
        insert(AVAILABLE_FOR, { sc_cat_item: item, user_criteria: criterion })
        expect(get(PERSONA, persona).deleteRecord()).toBe(true)
        expect(rows('user_criteria', `sys_id=${criterion}`)).toHaveLength(1)
    })
})

test('the duplicate-rankings warning reaches a REST client through validation_message', async () => {
    const r = await rest('POST', '/api/now/table/x_psm_persona_persona', { name: 'Test Twin', technology: '3', network: '3', interaction: '2', communication: '2', mobility: '4', order: '950' })
    expect(r.status).toBe(201)
    expect(r.json.result?.validation_message).toContain('Persona "Test Twin" has the same rankings (3/3/2/2/4) as active persona "Telecommuter"')
    const fixed = await rest('PATCH', `/api/now/table/x_psm_persona_persona/${r.json.result?.sys_id}`, { mobility: '1' })
    expect(fixed.json.result?.validation_message).toBe('')
})
