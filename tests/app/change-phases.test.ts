import type { Instance } from '../../src/local/instance'
import type * as Migration from '../../src/server/change/phase-migration'
import { get, insert, rows, update } from '../support/records'
import { addPhases, as, changeWorld, changeValues, mailsFor, type ChangeWorld } from './change-fixtures'

/*
 * Structured phases (issue 18.5) on the installed app: the Phases related list of a change
 * (x_psm_persona_change_phase), the fix script that migrates the old `name | start | end | audience`
 * text, and "Your phase" in the requester's email read from the records, the most specific match.
 */

let instance: Instance
let w: ChangeWorld

// Each test starts from its own copy of the installed app with buildWorld()'s records, built once per suite.
const shared = changeWorld()
beforeEach(() => {
    instance = shared.instance
    w = shared.world
})

const migration = () => instance.appModule<typeof Migration>('src/server/change/phase-migration.ts')
const phaseRows = (change: string) => rows('x_psm_persona_change_phase', `change=${change}^ORDERBYorder^ORDERBYaudience_department.name`)

test('the fix script is installed and migrates the text: rows per phase and audience, the text kept, the rest in a work note, never twice', () => {
    const fix = rows('sys_script_fix', 'name=Persona: migrate phase text to phase records')
    expect(fix).toHaveLength(1)
    expect(fix[0].getValue('script')).toContain('/change/phase-migration.ts')
    const text = ['# schedule', 'Pilot | 2026-12-01 22:00 | 2026-12-01 23:00 | IT', 'Wave 1 | 2026-12-02 | 2026-12-03 | Sales, Nowhere Land', 'Phase 3: HQ', 'All | 2026-12-04 | 2026-12-04 | Everyone'].join('\n')
    const change = as(instance, w.requester, () => insert('change_request', changeValues(w, { x_psm_persona_phases: text })))
    const untouched = as(instance, w.requester, () => insert('change_request', changeValues(w, { x_psm_persona_phases: '' })))

    const report = instance.run(() => migration().migratePhaseText())
    expect(report.changes).toBe(1)
    expect(report.rows).toBe(3)
    const number = get('change_request', change).getValue('number')
    expect(report.skipped).toEqual([
        `${number} line 3, phase "Wave 1": the audience "Nowhere Land" names no group, department, location or persona`,
        `${number} line 4 is not "name | start | end | audience" (expected 4 fields separated by "|" (name | start | end | audience), found 1.)`,
    ])
    const migrated = phaseRows(change).map((r) => [r.getValue('name'), r.getValue('start'), r.getValue('end'), r.getValue('audience_type'), r.getDisplayValue('audience_department')])
    expect(migrated).toEqual([
        ['Pilot', '2026-12-01 22:00:00', '2026-12-01 23:00:00', 'department', 'IT'],
        ['Wave 1', '2026-12-02 00:00:00', '2026-12-03 23:59:00', 'department', 'Sales'],
        ['All', '2026-12-04 00:00:00', '2026-12-04 23:59:00', 'everyone', ''],
    ])
    const after = get('change_request', change)
    expect(after.getValue('x_psm_persona_phases')).toBe(text)
    const note = after.getElement('work_notes')?.getJournalEntry(1) ?? ''
    expect(note).toContain('Phased schedule migrated to 3 phase records')
    expect(note).toContain('Not migrated, please add by hand:')
    expect(note).toContain('the audience "Nowhere Land" names no group')
    expect(after.getValue('x_psm_persona_impact_summary')).toContain('Affected users: IT, Sales, Everyone (3 phases')
    expect(phaseRows(untouched)).toHaveLength(0)

    // Run again (an upgrade that changed the script): nothing twice.
    expect(instance.run(() => migration().migratePhaseText())).toEqual({ changes: 0, rows: 0, skipped: [] })
    expect(phaseRows(change)).toHaveLength(3)
})

test('a row names one audience: the references its type does not use are cleared; deleting a row refreshes the summary', () => {
    const change = as(instance, w.requester, () => insert('change_request', changeValues(w)))
    const id = insert('x_psm_persona_change_phase', {
        change,
        name: 'Pilot',
        start: '2026-12-01 22:00:00',
        end: '2026-12-01 23:00:00',
        audience_type: 'group',
        audience_group: w.network,
        audience_department: w.departments.sales,
    })
    const row = get('x_psm_persona_change_phase', id)
    expect([row.getValue('audience_group'), row.getValue('audience_department')]).toEqual([w.network, null])
    expect(get('change_request', change).getValue('x_psm_persona_impact_summary')).toContain('Affected users: Network Team (1 phase')
    const gr = get('x_psm_persona_change_phase', id)
    gr.deleteRecord()
    expect(get('change_request', change).getValue('x_psm_persona_impact_summary')).toContain('Affected users: not stated')
})

test('"Your phase" in the requester\'s email is read from the records, the most specific match', () => {
    // Rita works in Sales; the schedule also has a catch-all phase that starts first.
    update('sys_user', w.requester, { department: w.departments.sales })
    const change = as(instance, w.requester, () => insert('change_request', changeValues(w, { risk: 3, x_psm_persona_phases: 'written by hand, not parsed' })))
    addPhases(w, change)
    insert('x_psm_persona_change_phase', { change, name: 'Heads-up', start: '2026-12-01 20:00:00', end: '2026-12-01 21:00:00', audience_type: 'everyone', order: 1 })
    for (const state of [-4, -3]) as(instance, w.coordinator, () => update('change_request', change, { state }))
    for (const approver of [w.ann, w.bob, w.cara]) {
        as(instance, approver, () => update('sysapproval_approver', rows('sysapproval_approver', `document_id=${change}^approver=${approver}`)[0].getUniqueValue(), { state: 'approved' }))
    }
    const scheduled = mailsFor(change).find((m) => m.to === 'rita@example.com' && m.moment === 'scheduled')
    expect(scheduled?.bodyText).toContain('Your phase: Wave 1')
    expect(scheduled?.bodyText).not.toContain('Your phase: Heads-up')
})
