import { readBuild, type BuildRecord } from '../../src/local/install/read-build'
import { builtAppDir } from '../support/instance'

/**
 * Builds the app with the real now-sdk and asserts on the XML it ships:
 * this is how we know the Fluent says what we think it says.
 */
let records: BuildRecord[]

beforeAll(() => {
    records = readBuild(builtAppDir())
})

const of = (table: string) => records.filter((r) => r.table === table && r.action === 'INSERT_OR_UPDATE')
const column = (table: string, element: string) => {
    const found = of('sys_dictionary').filter((r) => r.fields.name === table && r.fields.element === element)
    expect(found).toHaveLength(1)
    return found[0].fields
}

describe('persona table', () => {
    it('is declared once, labelled, web-service accessible, display field name', () => {
        const tables = of('sys_db_object').filter((r) => r.fields.name === 'x_psm_persona_persona')
        expect(tables).toHaveLength(1)
        expect(tables[0].fields.label).toBe('Persona')
        expect(tables[0].fields.ws_access).toBe('true')
        expect(column('x_psm_persona_persona', 'name').display).toBe('true')
    })

    it.each([
        ['name', 'string'],
        ['description', 'string'],
        ['technology', 'integer'],
        ['network', 'integer'],
        ['interaction', 'integer'],
        ['communication', 'integer'],
        ['mobility', 'integer'],
        ['active', 'boolean'],
        ['order', 'integer'],
        ['qualifier', 'reference'],
        ['user_criteria', 'reference'],
        ['monthly_cost', 'decimal'],
    ])('has column %s of type %s', (element, type) => {
        expect(column('x_psm_persona_persona', element).internal_type).toBe(type)
    })

    it('names are unique and mandatory; references point at user_criteria', () => {
        expect(column('x_psm_persona_persona', 'name')).toMatchObject({ unique: 'true', mandatory: 'true' })
        expect(column('x_psm_persona_persona', 'qualifier').reference).toBe('user_criteria')
        expect(column('x_psm_persona_persona', 'user_criteria').reference).toBe('user_criteria')
    })

    it.each(['technology', 'network', 'interaction', 'communication', 'mobility'])('ranking %s is mandatory with choices exactly 1-4', (dim) => {
        expect(column('x_psm_persona_persona', dim).mandatory).toBe('true')
        const choices = of('sys_choice')
            .filter((r) => r.fields.name === 'x_psm_persona_persona' && r.fields.element === dim)
            .map((r) => r.fields.value)
            .sort()
        expect(choices).toEqual(['1', '2', '3', '4'])
    })
})

describe('reference personas', () => {
    const rankings = (name: string) => {
        const found = of('x_psm_persona_persona').filter((r) => r.fields.name === name)
        expect(found).toHaveLength(1)
        const f = found[0].fields
        expect(f.description.length).toBeGreaterThan(40)
        expect(f.active).toBe('true')
        return [f.technology, f.network, f.interaction, f.communication, f.mobility].join('/')
    }

    it('ships exactly the five reference personas', () => {
        expect(of('x_psm_persona_persona').map((r) => r.fields.name).sort()).toEqual([
            'Business Analyst', 'Knowledge Worker', 'Technology Support', 'Telecommuter', 'Virtual Executive',
        ])
    })

    it.each([
        ['Technology Support', '2/3/1/4/1'],
        ['Knowledge Worker', '2/3/1/4/1'],
        ['Business Analyst', '2/2/2/3/1'],
        ['Telecommuter', '3/3/2/2/4'],
        ['Virtual Executive', '2/2/2/2/4'],
    ])('%s ranks %s (technology/network/interaction/communication/mobility)', (name, expected) => {
        expect(rankings(name)).toBe(expected)
    })
})

describe('validation rule, roles and properties', () => {
    it('a before insert/update rule on the persona table runs the validation module', () => {
        const rules = of('sys_script').filter((r) => r.fields.collection === 'x_psm_persona_persona' && r.fields.name === 'Validate persona rankings')
        expect(rules).toHaveLength(1)
        const rule = rules[0].fields
        expect(rule).toMatchObject({ when: 'before', action_insert: 'true', action_update: 'true', active: 'true' })
        const required = /require\('([^']+)'\)/.exec(rule.script)?.[1]
        expect(required).toMatch(/src\/server\/persona\/validate-persona-rule\.ts$/)
        const mod = of('sys_module').find((r) => r.fields.path === required)
        expect(mod?.fields.content).toContain('export function validatePersona')
        expect(mod?.fields.content).toContain('setAbortAction(true)')
    })

    it('ships the admin, analyst, business-area owner and usage loader roles, admin containing analyst', () => {
        const roles = of('sys_user_role').map((r) => r.fields.name).sort()
        expect(roles).toEqual(['x_psm_persona.admin', 'x_psm_persona.analyst', 'x_psm_persona.business_area_owner', 'x_psm_persona.usage_loader'])
        const contains = of('sys_user_role_contains')
        expect(contains.map((c) => [c.displayValues.role, c.displayValues.contains])).toContainEqual(['x_psm_persona.admin', 'x_psm_persona.analyst'])
    })

    it('ships the scoring properties with defaults', () => {
        const props = Object.fromEntries(of('sys_properties').map((r) => [r.fields.name, r.fields.value]))
        expect(props['x_psm_persona.scoring.enabled']).toBe('true')
        expect(props['x_psm_persona.scoring.switch_margin']).toBe('0.5')
    })
})
