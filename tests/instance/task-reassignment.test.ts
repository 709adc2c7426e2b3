import { GlideRecord } from '../../src/local/glide'
import type { Instance } from '../../src/local/instance'
import { freshInstance } from '../support/instance'
import { get, insert, rows, update } from '../support/records'

/*
 * task.reassignment_count, kept by the platform (src/local/base/task-rules.ts; docs/differences.md,
 * reassignment-count-rule). The documents it follows:
 * - Change Management API: "reassignment_count: Number of times that the change request has been
 *   reassigned to a new owner. Data type: Number (Integer)".
 * - Case API: "Number of times that the case was reassigned to a person that is responsible for moving
 *   the case forward. [...] Default: 0".
 * - Benchmarks KPI configuration: "First assignment is when the Reassignment Count field is 0 for the
 *   incident."
 */
let instance: Instance
let groupA = ''
let groupB = ''
let alice = ''
let bruno = ''

beforeEach(() => {
    instance = freshInstance()
    groupA = insert('sys_user_group', { name: 'Service Desk' })
    groupB = insert('sys_user_group', { name: 'Network' })
    alice = insert('sys_user', { user_name: 'alice', name: 'Alice' })
    bruno = insert('sys_user', { user_name: 'bruno', name: 'Bruno' })
})
afterEach(() => instance.close())

const count = (table: string, id: string) => get(table, id).getValue('reassignment_count')

test('a new task starts at 0, and its first owner is not a reassignment ("First assignment is when the Reassignment Count field is 0")', () => {
    const id = insert('incident', { short_description: 'VPN drops', assignment_group: groupA })
    expect(count('incident', id)).toBe('0')
    // The group's member takes it: the first person, still the first assignment.
    expect(update('incident', id, { assigned_to: alice })).toBe(true)
    expect(count('incident', id)).toBe('0')
    // Handed to another member: the first reassignment.
    expect(update('incident', id, { assigned_to: bruno })).toBe(true)
    expect(count('incident', id)).toBe('1')
})

test('each hand-over to a new owner counts once, group or person, on every kind of task', () => {
    const id = insert('incident', { short_description: 'VPN drops', assignment_group: groupA, assigned_to: alice })
    update('incident', id, { assigned_to: bruno })
    expect(count('incident', id)).toBe('1')
    // Group and person handed over in one update: one reassignment, not two.
    update('incident', id, { assignment_group: groupB, assigned_to: alice })
    expect(count('incident', id)).toBe('2')
    // Other edits leave it.
    update('incident', id, { short_description: 'VPN drops every hour' })
    expect(count('incident', id)).toBe('2')
    // "Number of times that the change request has been reassigned to a new owner": the rule is on task.
    const change = insert('change_request', { short_description: 'Upgrade', assignment_group: groupA })
    update('change_request', change, { assignment_group: groupB })
    expect(count('change_request', change)).toBe('1')
    expect(rows('sys_script', 'name=Reassignment count^collection=task^sys_scope=global')).toHaveLength(1)
})

test('clearing an owner is not a hand-over; an update without business rules leaves the count', () => {
    const id = insert('incident', { short_description: 'VPN drops', assignment_group: groupA, assigned_to: alice })
    update('incident', id, { assigned_to: '' })
    expect(count('incident', id)).toBe('0')
    const gr = new GlideRecord('incident')
    gr.get(id)
    gr.setWorkflow(false)
    gr.setValue('assignment_group', groupB)
    gr.update()
    expect(count('incident', id)).toBe('0')
    // With the rules: handed back to the first group, one reassignment.
    update('incident', id, { assignment_group: groupA })
    expect(count('incident', id)).toBe('1')
})
