import { gs, GlideRecord } from '@servicenow/glide'
import { PHASE_TABLE, phaseRowsOf, rowOf } from './phase-records.ts'
import { phaseRowProblems } from './phase-rows.ts'
import { parsePhases, type Phase } from './phases.ts'
import { EVERYONE } from './your-phase.ts'

/*
 * The fix script "Persona: migrate phase text to phase records" (issue 18.5): every change whose
 * x_psm_persona_phases holds the old `name | start | end | audience` text and has no phase records
 * yet gets one x_psm_persona_change_phase row per phase and audience. Nothing is lost: the text
 * stays as it was (it is now free-text notes), and what could not be migrated (a line that is not
 * in the format, an audience that names no group, department, location or persona) is listed in a
 * work note on the change, for the change manager to add by hand. Running it again migrates nothing
 * twice: a change with phase records is left alone.
 */

export interface MigrationReport {
    changes: number
    rows: number
    /** "CHG0001001 line 2: …" for each line or audience left out. */
    skipped: string[]
}

interface Audience {
    type: 'group' | 'department' | 'location' | 'persona' | 'everyone'
    id: string
}

const LOOKUPS: Array<{ type: Audience['type']; table: string; field: string }> = [
    { type: 'group', table: 'sys_user_group', field: 'audience_group' },
    { type: 'department', table: 'cmn_department', field: 'audience_department' },
    { type: 'location', table: 'cmn_location', field: 'audience_location' },
    { type: 'persona', table: 'x_psm_persona_persona', field: 'audience_persona' },
]

/** The record an audience name names: "Everyone", else a group, department, location or persona of that name (in that order). */
function resolveAudience(name: string): Audience | null {
    if (EVERYONE.indexOf(name.trim().toLowerCase()) >= 0) return { type: 'everyone', id: '' }
    for (const l of LOOKUPS) {
        const gr = new GlideRecord(l.table)
        // psm-allow-query-in-loop: four lookup tables at most, in a one-time fix script.
        if (gr.get('name', name.trim())) return { type: l.type, id: gr.getUniqueValue() }
    }
    return null
}

/** A stored date-time for a phase date: a date alone starts at 00:00 and ends at 23:59, as the text format read it. */
function stored(key: string): string {
    return `${key}:00`
}

/**
 * Inserts one row, or says why not. The row is checked here by the phase rules' own check
 * (phaseRowProblems, as the before rule does) and written without business rules: the schedule is
 * the one the text already held, so its insert is no news for the change's approvers (the phase
 * notice rule) and the change's summaries are refreshed once per change by migrateChange.
 */
function insertRow(changeId: string, phase: Phase, audience: Audience, order: number): { id: string; problems: string[] } {
    const row = new GlideRecord(PHASE_TABLE)
    row.initialize()
    row.setValue('change', changeId)
    row.setValue('name', phase.name.trim())
    row.setValue('start', stored(phase.startKey))
    row.setValue('end', stored(phase.endKey))
    row.setValue('audience_type', audience.type)
    const lookup = LOOKUPS.find((l) => l.type === audience.type)
    if (lookup) row.setValue(lookup.field, audience.id)
    row.setValue('order', order)
    const problems = phaseRowProblems(rowOf(row), phaseRowsOf(changeId))
    if (problems.length) return { id: '', problems }
    row.setWorkflow(false)
    return { id: row.insert() || '', problems: [] }
}

function hasRows(changeId: string): boolean {
    const gr = new GlideRecord(PHASE_TABLE)
    gr.addQuery('change', changeId)
    gr.setLimit(1)
    gr.query()
    return gr.hasNext()
}

/** Migrates one change's text; returns the rows created and what was left out. */
export function migrateChange(change: GlideRecord): { rows: number; skipped: string[] } {
    const changeId = change.getUniqueValue()
    const number = change.getValue('number') || changeId
    const skipped: string[] = []
    let rows = 0
    const lines = (change.getValue('x_psm_persona_phases') || '').split(/\r?\n/)
    lines.forEach((raw, i) => {
        const text = raw.trim()
        if (!text || text.charAt(0) === '#') return
        const parsed = parsePhases(text)
        if (!parsed.ok) {
            skipped.push(`line ${i + 1} is not "name | start | end | audience" (${parsed.errors.join(' ').replace(/^Line 1: /, '')})`)
            return
        }
        for (const phase of parsed.phases) {
            for (const name of phase.audiences) {
                // psm-allow-query-in-loop: a one-time fix script; a schedule has a handful of audiences.
                const audience = resolveAudience(name)
                if (!audience) {
                    skipped.push(`line ${i + 1}, phase "${phase.name}": the audience "${name}" names no group, department, location or persona`)
                    continue
                }
                const written = insertRow(changeId, phase, audience, (i + 1) * 10)
                if (written.id) rows++
                else skipped.push(`line ${i + 1}, phase "${phase.name}", audience "${name}": the phase record was refused (${written.problems.join(' ') || 'see the system log'})`)
            }
        }
    })
    if (rows || skipped.length) {
        const note = [`Phased schedule migrated to ${rows} phase ${rows === 1 ? 'record' : 'records'} (Phases related list); the text is kept in "Phasing notes".`]
        if (skipped.length) note.push('Not migrated, please add by hand:', ...skipped.map((s) => `- ${s}`))
        change.setValue('work_notes', note.join('\n'))
        change.update()
    }
    for (const s of skipped) gs.warn(`Phase migration ${number}: ${s}`)
    return { rows, skipped: skipped.map((s) => `${number} ${s}`) }
}

/** The fix script: every change with phase text and no phase records. */
export function migratePhaseText(): MigrationReport {
    const report: MigrationReport = { changes: 0, rows: 0, skipped: [] }
    const change = new GlideRecord('change_request')
    change.addNotNullQuery('x_psm_persona_phases')
    change.orderBy('number')
    change.query()
    while (change.next()) {
        // psm-allow-query-in-loop: a one-time fix script, one existence check per change with phase text.
        if (hasRows(change.getUniqueValue())) continue
        // psm-allow-query-in-loop: a one-time fix script, each change migrated on its own.
        const result = migrateChange(change)
        report.changes++
        report.rows += result.rows
        report.skipped.push(...result.skipped)
    }
    gs.info(`Phase migration: ${report.rows} phase records for ${report.changes} changes; ${report.skipped.length} lines or audiences left for a person.`)
    return report
}
