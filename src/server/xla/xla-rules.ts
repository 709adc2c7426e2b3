import { gs, GlideRecord } from '@servicenow/glide'
import { recordHistory } from './history.ts'
import { MEASURE_UNITS, XLA_EVENTS, isMeasure, xlaProblem } from './model.ts'

function parseNumber(value: string | null): number | null {
    const text = (value ?? '').trim()
    if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text)) return null
    return Number(text)
}

/**
 * Before insert/update of an XLA: the stakeholder, measure, target and objective must describe
 * something the attainment computation can measure; the unit follows the measure.
 */
export function validateXlaBeforeSave(current: GlideRecord, _previous: GlideRecord | null): void {
    const measure = current.getValue('measure') || ''
    const problem = xlaProblem({
        stakeholder: current.getValue('stakeholder') || '',
        measure,
        target: parseNumber(current.getValue('target')),
        objective: parseNumber(current.getValue('objective') || '100'),
        taskTable: current.getValue('task_table') || 'change_request',
    })
    if (problem) {
        gs.addErrorMessage(`XLA ${current.getValue('name') || ''} not saved: ${problem}`)
        current.setAbortAction(true)
        return
    }
    if (isMeasure(measure)) current.setValue('unit', MEASURE_UNITS[measure])
}

/**
 * After an approval of a change is decided (approved or rejected): queue x_psm_persona.approval.decided
 * on the approval. It gives the approver their decision email (with the feedback link) and the XLAs
 * the instant the decision was made. The email is about the approval, not the change: the change's
 * own message flow stays as it is.
 */
export function queueDecisionRecorded(current: GlideRecord, _previous: GlideRecord | null): void {
    const state = current.getElement('state')
    if (!state || !state.changes()) return
    const decision = state.getValue() || ''
    if (decision !== 'approved' && decision !== 'rejected') return
    if ((current.getValue('source_table') || '') !== 'change_request') return
    const approver = current.getValue('approver') || ''
    const changeId = current.getValue('sysapproval') || current.getValue('document_id') || ''
    if (!approver || !changeId) return
    // The decision instant, kept in the app's own history (sysevent is rotated).
    recordHistory({ kind: 'approval_decided', change: changeId, approval: current.getUniqueValue(), user: approver })
    gs.eventQueue(XLA_EVENTS.decisionRecorded, current, approver, changeId)
}
