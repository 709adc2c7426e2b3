import type { Instance } from '../../src/local/instance'
import type * as Availability from '../../src/server/catalog/availability'
import { criteriaScript } from '../../src/server/catalog/criteria-text'
import { installedInstance } from '../support/instance'
import { get, insert, personaId, rows } from '../support/records'

/**
 * Syncing Available For for many items at once (the repair tool, and the rules' own syncs) on the
 * installed app: the rows, the offerings, the personas and their criteria are each read once for
 * all items, and the outcome is what syncing the items one by one gives. Also the repair of a
 * persona whose criterion reference is empty or dangling, which a sync performs on the way.
 */
let instance: Instance
beforeEach(() => {
    instance = installedInstance()
})
afterEach(() => instance.close())

const PERSONA = 'x_psm_persona_persona'
const AVAILABLE_FOR = 'sc_cat_item_user_criteria_mtom'

const availability = () => instance.appModule<typeof Availability>('src/server/catalog/availability.ts')
const criteriaOf = (persona: string) => get(PERSONA, personaId(persona)).getValue('user_criteria') as string
const availableTo = (item: string) =>
    rows(AVAILABLE_FOR, `sc_cat_item=${item}`)
        .map((r) => r.getValue('user_criteria') as string)
        .sort()

function newItem(name: string): string {
    return insert('sc_cat_item', { name, short_description: `${name} for tests`, price: 10, active: true })
}

function offer(persona: string, item: string): string {
    return insert('x_psm_persona_offering', { persona: personaId(persona), catalog_item: item, monthly_cost: 10, bundled: false, active: true, restrict_item: true })
}

/** Changes a record without business rules: the state a sync must put right, as an import or a script could leave it. */
function setQuietly(table: string, id: string, values: Record<string, string | boolean>): void {
    const gr = get(table, id)
    for (const [k, v] of Object.entries(values)) gr.setValue(k, v)
    gr.setWorkflow(false)
    expect(gr.update()).toBeTruthy()
}

function deleteQuietly(table: string, id: string): void {
    const gr = get(table, id)
    gr.setWorkflow(false)
    expect(gr.deleteRecord()).toBe(true)
}

const rowOf = (item: string, criteria: string) => rows(AVAILABLE_FOR, `sc_cat_item=${item}^user_criteria=${criteria}`)[0].getUniqueValue()

test('resyncAllItems puts every item right in one pass: missing rows added, duplicates and rows of personas no longer offering removed, admin rows kept', () => {
    const a = newItem('Test Sync A')
    const b = newItem('Test Sync B')
    const c = newItem('Test Sync C')
    offer('Telecommuter', a)
    offer('Business Analyst', a)
    deleteQuietly(AVAILABLE_FOR, rowOf(a, criteriaOf('Business Analyst')))
    offer('Telecommuter', b)
    insert(AVAILABLE_FOR, { sc_cat_item: b, user_criteria: criteriaOf('Telecommuter') })
    const staff = insert('user_criteria', { name: 'IT staff', active: true, role: get('sys_user_role', 'name', 'itil').getUniqueValue() })
    insert(AVAILABLE_FOR, { sc_cat_item: b, user_criteria: staff })
    const gone = offer('Virtual Executive', c)
    setQuietly('x_psm_persona_offering', gone, { active: false })
    expect(availableTo(c)).toEqual([criteriaOf('Virtual Executive')])

    expect(availability().resyncAllItems()).toEqual({ added: 1, removed: 2 })
    expect(availableTo(a)).toEqual([criteriaOf('Telecommuter'), criteriaOf('Business Analyst')].sort())
    expect(availableTo(b)).toEqual([criteriaOf('Telecommuter'), staff].sort())
    expect(availableTo(c)).toEqual([])
    expect(availability().resyncAllItems()).toEqual({ added: 0, removed: 0 })
})

test('syncItemsAvailability handles several items, skipping blanks and repeats; alsoRemove applies to each', () => {
    const x = newItem('Test Sync X')
    const y = newItem('Test Sync Y')
    offer('Telecommuter', x)
    offer('Telecommuter', y)
    offer('Knowledge Worker', y)
    const old = criteriaOf('Telecommuter')
    const remote = insert('user_criteria', { name: 'Remote staff', active: true })
    // The reference moves without the persona rule, so the rows still carry the old criterion.
    setQuietly(PERSONA, personaId('Telecommuter'), { user_criteria: remote })
    expect(availableTo(x)).toEqual([old])

    expect(availability().syncItemsAvailability([x, '', y, x], [old])).toEqual({ added: 2, removed: 2 })
    expect(availableTo(x)).toEqual([remote])
    expect(availableTo(y)).toEqual([remote, criteriaOf('Knowledge Worker')].sort())
    expect(availability().syncItemsAvailability([])).toEqual({ added: 0, removed: 0 })
    expect(availability().syncItemAvailability('')).toEqual({ added: 0, removed: 0 })
})

test('a sync relinks a persona whose criterion reference was cleared to the criterion the app made for it', () => {
    const own = criteriaOf('Telecommuter')
    setQuietly(PERSONA, personaId('Telecommuter'), { user_criteria: '' })
    const item = newItem('Test Sync Relink')
    offer('Telecommuter', item)
    expect(criteriaOf('Telecommuter')).toBe(own)
    expect(availableTo(item)).toEqual([own])
    expect(rows('user_criteria', 'name=Persona: Telecommuter')).toHaveLength(1)
})

test('a sync gives a persona whose criterion was deleted a new one, and the item that one', () => {
    const own = criteriaOf('Business Analyst')
    deleteQuietly('user_criteria', own)
    const item = newItem('Test Sync New Criterion')
    offer('Business Analyst', item)
    const fresh = criteriaOf('Business Analyst')
    expect(fresh).toBeTruthy()
    expect(fresh).not.toBe(own)
    expect(get('user_criteria', fresh).getValue('script')).toBe(criteriaScript(personaId('Business Analyst')))
    expect(availableTo(item)).toEqual([fresh])
    // Repaired for good: the next sync finds the reference sound and changes nothing.
    expect(availability().syncItemAvailability(item)).toEqual({ added: 0, removed: 0 })
    expect(criteriaOf('Business Analyst')).toBe(fresh)
})
