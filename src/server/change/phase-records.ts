import { gs, GlideRecord } from '@servicenow/glide'
import type { Phase } from './phases.ts'
import { AUDIENCE_FIELDS, phaseRowProblems, phasesFromRows, type AudienceType, type PhaseRow } from './phase-rows.ts'

/*
 * The Phases related list of a change (x_psm_persona_change_phase): read as the schedule, checked
 * before each save (a refused row is not written, and the message names what to fix), and the
 * change's computed summaries follow every row written or deleted.
 */

export const PHASE_TABLE = 'x_psm_persona_change_phase'

function audienceField(type: string): string {
    return (AUDIENCE_FIELDS as Record<string, string | undefined>)[type] || ''
}

/** One row as plain values (the audience's display value read through its reference). */
export function rowOf(gr: GlideRecord): PhaseRow {
    const type = gr.getValue('audience_type') || ''
    const field = audienceField(type)
    const audienceId = field ? gr.getValue(field) || '' : ''
    return {
        sysId: gr.getUniqueValue() || '',
        name: gr.getValue('name') || '',
        start: gr.getValue('start') || '',
        end: gr.getValue('end') || '',
        audienceType: type,
        audienceId,
        audienceName: audienceId ? gr.getDisplayValue(field) || '' : '',
        order: Number(gr.getValue('order') || 0) || 0,
    }
}

/** Every phase row of a change, in one query. */
export function phaseRowsOf(changeId: string): PhaseRow[] {
    const out: PhaseRow[] = []
    if (!changeId) return out
    const gr = new GlideRecord(PHASE_TABLE)
    gr.addQuery('change', changeId)
    gr.orderBy('start')
    gr.query()
    while (gr.next()) out.push(rowOf(gr))
    return out
}

/** The change's schedule, from its Phases related list. */
export function phasesOfChange(changeId: string): Phase[] {
    return phasesFromRows(phaseRowsOf(changeId))
}

/**
 * Before insert/update of a phase row: refuse it with every problem at once (nothing is written),
 * and clear the audience references its type does not use, so a row names one audience only.
 */
export function validatePhaseBeforeSave(current: GlideRecord, _previous: GlideRecord | null): void {
    const changeId = current.getValue('change') || ''
    const change = new GlideRecord('change_request')
    const problems: string[] = []
    if (!changeId || !change.get(changeId)) problems.push('it belongs to no change request.')
    const row = rowOf(current)
    const siblings = phaseRowsOf(changeId).filter((s) => s.sysId !== row.sysId)
    problems.push(...phaseRowProblems(row, siblings))
    if (problems.length) {
        gs.addErrorMessage(`Phase not saved: ${problems.join(' ')}`)
        current.setAbortAction(true)
        return
    }
    current.setValue('name', row.name.trim())
    for (const type of Object.keys(AUDIENCE_FIELDS) as Array<Exclude<AudienceType, 'everyone'>>) {
        if (type !== row.audienceType && current.getValue(AUDIENCE_FIELDS[type])) current.setValue(AUDIENCE_FIELDS[type], '')
    }
}

/**
 * After a phase row is written or deleted: save the change again, so its before rule recomputes the
 * impact summary ("Affected users … phases") from the schedule as it now is.
 */
export function refreshChangeAfterPhase(current: GlideRecord, previous: GlideRecord | null): void {
    const ids = [current.getValue('change') || '', previous ? previous.getValue('change') || '' : '']
    for (const id of ids.filter((v, i) => v && ids.indexOf(v) === i)) {
        const change = new GlideRecord('change_request')
        // psm-allow-query-in-loop: at most two changes (a row moved from one change to another).
        if (!change.get(id)) continue
        // A save with no field changed writes nothing; forcing the summaries blank first makes the
        // before rule's recomputed values count as a change, so the save goes through.
        change.setValue('x_psm_persona_impact_summary', '')
        change.update()
    }
}
