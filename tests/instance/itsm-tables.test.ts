import { GlideRecord } from '../../src/local/glide'
import type { Instance } from '../../src/local/instance'
import { freshInstance } from '../support/instance'
import { get, insert, rows, update } from '../support/records'

/**
 * The ITSM base tables (src/local/base/tables-itsm.ts) and records (src/local/base/itsm-records.ts):
 * incident and problem extend task, services and offerings extend the CMDB, relationships and outages,
 * and the priority data lookup. Each block quotes the document it follows.
 */
let instance: Instance

beforeEach(() => {
    instance = freshInstance()
})
afterEach(() => instance.close())

function priorityOf(table: string, id: string): string {
    return get(table, id).getValue('priority') ?? ''
}

describe('Priority lookup rules', () => {
    /*
     * "Define priority lookup rules": "Priority is calculated according to the following sample data lookup
     * rules: 1 - High/1 - High → 1 - Critical, 1/2 → 2 - High, 1/3 → 3 - Moderate, 2/1 → 2 - High, 2/2 → 3 -
     * Moderate, 2/3 → 4 - Low, 3/1 → 3 - Moderate, 3/2 → 4 - Low, 3/3 → 4 - Low."
     */
    const MATRIX: ReadonlyArray<[number, number, string]> = [
        [1, 1, '1'],
        [1, 2, '2'],
        [1, 3, '3'],
        [2, 1, '2'],
        [2, 2, '3'],
        [2, 3, '4'],
        [3, 1, '3'],
        [3, 2, '4'],
        [3, 3, '4'],
    ]

    test.each(MATRIX)('an incident with impact %i and urgency %i gets priority %s', (impact, urgency, priority) => {
        const id = insert('incident', { short_description: 'VPN drops', impact, urgency })
        expect(priorityOf('incident', id)).toBe(priority)
    })

    test('the priority follows an update of urgency, and a problem is prioritised the same way', () => {
        // "Data lookup for prioritizing problems": "problem records are prioritized by the impact and urgency".
        const id = insert('incident', { short_description: 'VPN drops', impact: 2, urgency: 3 })
        expect(priorityOf('incident', id)).toBe('4')
        expect(update('incident', id, { urgency: 1 })).toBe(true)
        expect(priorityOf('incident', id)).toBe('2')
        const prb = insert('problem', { short_description: 'VPN concentrator overloads', impact: 1, urgency: 1 })
        expect(priorityOf('problem', prb)).toBe('1')
    })

    test('an administrator\'s change to a rule is what the lookup applies; an inactive rule is not applied', () => {
        // "To change how the priority is calculated, you can either alter the priority lookup rules or ..."
        const rule = rows('dl_u_priority', 'impact=3^urgency=3')[0].getUniqueValue()
        update('dl_u_priority', rule, { priority: 5 })
        expect(priorityOf('incident', insert('incident', { short_description: 'Mouse', impact: 3, urgency: 3 }))).toBe('5')
        update('dl_u_priority', rule, { active: false })
        const id = insert('incident', { short_description: 'Mouse', impact: 3, urgency: 3, priority: 2 })
        expect(priorityOf('incident', id)).toBe('2')
    })

    test('a before rule with an order below 1000 that raises urgency gets the raised priority; one at 1000 or more sees the looked-up value', () => {
        // "Precedence between data lookup, assignment, and business rules": 1. before rules with an order less
        // than 1000; 2. before engines ("Data lookup engine inserts or updates"); 3. before rules with an order
        // greater than or equal to 1000.
        const rule = (name: string, order: number, script: string) =>
            insert('sys_script', { name, collection: 'incident', when: 'before', order, active: true, advanced: true, action_insert: true, script })
        rule('raise urgency for VPN', 100, `(function (current) { if (current.getValue('subcategory') == 'vpn') current.setValue('urgency', 1); })(current);`)
        rule('note the priority', 1100, `(function (current) { current.setValue('description', 'priority ' + current.getValue('priority')); })(current);`)
        const id = insert('incident', { short_description: 'VPN down', subcategory: 'vpn', impact: 2, urgency: 3 })
        expect(priorityOf('incident', id)).toBe('2')
        expect(get('incident', id).getValue('description')).toBe('priority 2')
    })
})

describe('Incident and problem', () => {
    test('extend task, number with INC and PRB, and start New', () => {
        // "Incident life cycle": "New: Incident is logged but not yet investigated."
        const inc = insert('incident', { short_description: 'Laptop will not boot' })
        const prb = insert('problem', { short_description: 'Boot failures after patch' })
        expect(get('incident', inc).getValue('number')).toMatch(/^INC\d{7}$/)
        expect(get('problem', prb).getValue('number')).toMatch(/^PRB\d{7}$/)
        expect(get('incident', inc).getDisplayValue('state')).toBe('New')
        expect(get('problem', prb).getDisplayValue('state')).toBe('New')
        const task = new GlideRecord('task')
        task.addQuery('sys_id', 'IN', `${inc},${prb}`)
        task.query()
        expect(task.getRowCount()).toBe(2)
        update('incident', inc, { problem_id: prb })
        expect(get('incident', inc).getDisplayValue('problem_id')).toBe(get('problem', prb).getValue('number'))
    })
})

describe('Services, offerings, relationships and outages', () => {
    test('a service and an offering are configuration items; Depends on::Used by keeps its sys_id', () => {
        // "CI relationships in the CMDB": "A relationship in the CMDB consists of two CIs and a relationship
        // type: Parent CI, Child CI, Type"; Depends on::Used by: "Parent CI depends on child CI".
        const owner = insert('sys_user', { user_name: 'olga', name: 'Olga Owner' })
        const svc = insert('cmdb_ci_service', { name: 'Remote Access', owned_by: owner })
        const offering = insert('service_offering', { name: 'Remote Access - VPN', parent: svc })
        const dependsOn = get('cmdb_rel_type', 'name', 'Depends on::Used by')
        expect(dependsOn.getUniqueValue()).toBe('1a9cb166f1571100a92eb60da2bce5c5')
        insert('cmdb_rel_ci', { parent: offering, child: svc, type: dependsOn.getUniqueValue() })
        const ci = new GlideRecord('cmdb_ci')
        ci.addQuery('sys_id', 'IN', `${svc},${offering}`)
        ci.query()
        expect(ci.getRowCount()).toBe(2)
        const rel = rows('cmdb_rel_ci', `child=${svc}`)
        expect(rel.map((r) => r.getDisplayValue('parent'))).toEqual(['Remote Access - VPN'])
        expect(get('service_offering', offering).getDisplayValue('owned_by')).toBe('')
        expect(get('cmdb_ci_service', svc).getDisplayValue('owned_by')).toBe('Olga Owner')
    })

    test('an outage names its CI, type, begin and end', () => {
        // "Create an outage from a task": Number, Configuration Item, Type, Begin, End, Duration, Task number.
        const svc = insert('cmdb_ci_service', { name: 'Remote Access' })
        const out = insert('cmdb_ci_outage', { cmdb_ci: svc, type: 'outage', begin: '2026-12-01 09:00:00' })
        const gr = get('cmdb_ci_outage', out)
        expect(gr.getValue('number')).toMatch(/^OUT\d{7}$/)
        expect(gr.getDisplayValue('type')).toBe('Outage')
        expect(gr.getValue('end')).toBeNull()
    })
})
