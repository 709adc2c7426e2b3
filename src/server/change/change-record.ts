import type { GlideRecord } from '@servicenow/glide'
import type { ChangeFacts } from './facts.ts'
import { toInt } from './model.ts'
import { phasesOfChange } from './phase-records.ts'
import type { ChangeSnapshot } from './transitions.ts'
import { TRACKED_FIELDS } from './transitions.ts'

function text(gr: GlideRecord, field: string): string {
    return gr.getValue(field) || ''
}

function display(gr: GlideRecord, field: string): string {
    return gr.getValue(field) ? gr.getDisplayValue(field) || '' : ''
}

/** A change_request record as plain facts (pending values included, so a before rule sees what will be saved). */
export function readFacts(gr: GlideRecord): ChangeFacts {
    return {
        sysId: gr.getUniqueValue() || '',
        number: text(gr, 'number'),
        shortDescription: text(gr, 'short_description'),
        description: text(gr, 'description'),
        state: toInt(gr.getValue('state')),
        risk: toInt(gr.getValue('risk')),
        impact: toInt(gr.getValue('impact')),
        priority: toInt(gr.getValue('priority')),
        ci: display(gr, 'cmdb_ci'),
        implementationPlan: text(gr, 'implementation_plan'),
        backoutPlan: text(gr, 'backout_plan'),
        testPlan: text(gr, 'test_plan'),
        testResults: text(gr, 'x_psm_persona_test_results'),
        securityNotes: text(gr, 'x_psm_persona_security_notes'),
        justification: text(gr, 'justification'),
        startDate: text(gr, 'start_date'),
        endDate: text(gr, 'end_date'),
        phases: phasesOfChange(gr.getUniqueValue() || ''),
        phaseNotes: text(gr, 'x_psm_persona_phases'),
        rolloutPlan: text(gr, 'x_psm_persona_rollout_plan'),
        training: text(gr, 'x_psm_persona_training'),
        supportContact: text(gr, 'x_psm_persona_support_contact'),
        requestedBy: display(gr, 'requested_by'),
        assignedTo: display(gr, 'assigned_to'),
        assignmentGroup: display(gr, 'assignment_group'),
        approval: text(gr, 'approval'),
        closeCode: display(gr, 'close_code'),
        closeNotes: text(gr, 'close_notes'),
        riskSummary: text(gr, 'x_psm_persona_risk_summary'),
        impactSummary: text(gr, 'x_psm_persona_impact_summary'),
    }
}

/** The fields that decide which events a save queues. */
export function snapshotOf(gr: GlideRecord): ChangeSnapshot {
    return {
        state: toInt(gr.getValue('state')),
        approval: text(gr, 'approval'),
        risk: toInt(gr.getValue('risk')),
        assignedTo: text(gr, 'assigned_to'),
        assignmentGroup: text(gr, 'assignment_group'),
    }
}

/** The tracked fields this save changed (GlideElement.changes() also answers in after rules). */
export function changedTrackedFields(current: GlideRecord): string[] {
    return Object.keys(TRACKED_FIELDS).filter((f) => {
        const el = current.getElement(f)
        return !!el && el.changes()
    })
}

/** Whether this save moves the change into `state` (an insert in that state counts). */
export function entersState(current: GlideRecord, state: number): boolean {
    const el = current.getElement('state')
    return !!el && el.changes() && toInt(el.getValue()) === state
}
