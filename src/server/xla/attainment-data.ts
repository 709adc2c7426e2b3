import { GlideRecord } from '@servicenow/glide'
import { toInt, type ChangeEventKey } from '../change/model.ts'
import type { ApprovalFact, AttainmentFacts, ChangeFact, EmailFact, FeedbackFact, StateChangeFact } from './attainment-calc.ts'
import { HISTORY_TABLE } from './history.ts'
import { parseRating } from './feedback.ts'
import { parseScore } from './happiness.ts'
import { FEEDBACK_TABLE, isMeasure, isStakeholderRole, XLA_TABLE, type XlaDefinition } from './model.ts'
import { formatDateTime, parseDateTime, type Period } from './time.ts'

/*
 * Reads what XLA attainment is computed from, a bounded number of queries per period whatever its
 * size (never one per change or per person):
 * - the change history: the app's own x_psm_persona_xla_history (history.ts), written by its rules
 *   when a change is submitted and reaches each state (with who made it), when an approval asks for a
 *   decision and when it is decided. Never the event log: sysevent is rotated (about a week), so a
 *   period it no longer holds would measure nothing.
 * - messages: `sys_email` rows about those changes (target_table change_request), at their
 *   sys_created_on (when the notification was generated). The platform writes one email per send,
 *   its people in `recipients` (the To: line, up to glide.email.smtp.max_recipients addresses), plus
 *   `copied` and `blind_copied`; every address is mapped back to its users (sys_user.email), one
 *   query for all of them, so each recipient of a multi-recipient email is informed by it.
 * - approvals: `sysapproval_approver` rows; requested at their latest recorded request (else the
 *   row's sys_created_on), decided at their recorded decision (else the row's sys_updated_on once decided).
 * - feedback: `x_psm_persona_feedback` answers at their sys_updated_on (the latest answer counts).
 * - personas: each stakeholder's current persona (sys_user.x_psm_persona_persona).
 */

/** The state steps the history records. */
const STATE_STEPS: ReadonlyArray<ChangeEventKey> = ['submitted', 'assess', 'authorize', 'scheduled', 'implementing', 'review', 'closed', 'canceled']

function at(value: string | null): number {
    return parseDateTime(value) ?? 0
}

function num(value: string | null): number | null {
    if (value === null || value === '') return null
    const n = Number(value)
    return isFinite(n) ? n : null
}

/** The active XLAs in their order. */
export function readXlas(includeInactive = false): XlaDefinition[] {
    const gr = new GlideRecord(XLA_TABLE)
    if (!includeInactive) gr.addQuery('active', true)
    gr.orderBy('order')
    gr.orderBy('name')
    gr.query()
    const out: XlaDefinition[] = []
    while (gr.next()) {
        const stakeholder = gr.getValue('stakeholder') || ''
        const measure = gr.getValue('measure') || ''
        const target = num(gr.getValue('target'))
        if (!isStakeholderRole(stakeholder) || !isMeasure(measure) || target === null) continue
        out.push({
            sysId: gr.getUniqueValue(),
            name: gr.getValue('name') || '',
            stakeholder,
            measure,
            target,
            objective: num(gr.getValue('objective')) ?? 100,
            order: num(gr.getValue('order')) ?? 100,
            taskTable: gr.getValue('task_table') || 'change_request',
        })
    }
    return out
}

function stateChanges(period: Period): StateChangeFact[] {
    const gr = new GlideRecord(HISTORY_TABLE)
    gr.addQuery('kind', 'state')
    gr.addQuery('step', 'IN', STATE_STEPS.join(','))
    gr.addQuery('sys_created_on', '>=', formatDateTime(period.start))
    gr.addQuery('sys_created_on', '<', formatDateTime(period.end))
    gr.orderBy('sys_created_on')
    gr.query()
    const out: StateChangeFact[] = []
    while (gr.next()) {
        const changeId = gr.getValue('change_request') || ''
        if (changeId) out.push({ changeId, at: at(gr.getValue('sys_created_on')), step: gr.getValue('step') || '', actor: gr.getValue('user') || '' })
    }
    return out
}

function approvalsOf(changeIds: readonly string[], period: Period): ApprovalFact[] {
    const rows: { [sysId: string]: ApprovalFact } = {}
    const read = (gr: GlideRecord) => {
        gr.query()
        while (gr.next()) {
            const created = at(gr.getValue('sys_created_on'))
            rows[gr.getUniqueValue()] = {
                sysId: gr.getUniqueValue(),
                changeId: gr.getValue('sysapproval') || gr.getValue('document_id') || '',
                approver: gr.getValue('approver') || '',
                state: gr.getValue('state') || '',
                requestedAt: created,
                decidedAt: null,
                updatedAt: at(gr.getValue('sys_updated_on')) || created,
            }
        }
    }
    if (changeIds.length) {
        const ofChanges = new GlideRecord('sysapproval_approver')
        ofChanges.addEncodedQuery(`sysapprovalIN${changeIds.join(',')}^ORdocument_idIN${changeIds.join(',')}`)
        read(ofChanges)
    }
    const requested = new GlideRecord('sysapproval_approver')
    requested.addQuery('source_table', 'change_request')
    requested.addQuery('sys_created_on', '>=', formatDateTime(period.start))
    requested.addQuery('sys_created_on', '<', formatDateTime(period.end))
    read(requested)
    const out = Object.keys(rows).map((k) => rows[k])
    applyApprovalEvents(out)
    return out
}

/** Refines requested and decided instants from the recorded history (one query for all approvals). */
function applyApprovalEvents(approvals: ApprovalFact[]): void {
    if (!approvals.length) return
    const byId: { [sysId: string]: ApprovalFact } = {}
    for (const a of approvals) byId[a.sysId] = a
    const history = new GlideRecord(HISTORY_TABLE)
    history.addQuery('kind', 'IN', 'approval_requested,approval_decided')
    history.addQuery('approval', 'IN', Object.keys(byId).join(','))
    history.orderBy('sys_created_on')
    history.query()
    const decisions: Array<{ approval: ApprovalFact; when: number }> = []
    while (history.next()) {
        const approval = byId[history.getValue('approval') || '']
        if (!approval) continue
        const when = at(history.getValue('sys_created_on'))
        // The latest request counts: an approval can be requested again.
        if (history.getValue('kind') === 'approval_requested') approval.requestedAt = Math.max(approval.requestedAt, when)
        else decisions.push({ approval, when })
    }
    // The first decision at or after the latest request.
    for (const d of decisions) if (d.approval.decidedAt === null && d.when >= d.approval.requestedAt) d.approval.decidedAt = d.when
    for (const a of approvals) {
        if (a.decidedAt === null && (a.state === 'approved' || a.state === 'rejected')) a.decidedAt = a.updatedAt
    }
}

function changesById(changeIds: readonly string[]): { [sysId: string]: ChangeFact } {
    const out: { [sysId: string]: ChangeFact } = {}
    if (!changeIds.length) return out
    const gr = new GlideRecord('change_request')
    gr.addQuery('sys_id', 'IN', changeIds.join(','))
    gr.query()
    while (gr.next()) {
        out[gr.getUniqueValue()] = {
            sysId: gr.getUniqueValue(),
            number: gr.getValue('number') || '',
            shortDescription: gr.getValue('short_description') || '',
            requestedBy: gr.getValue('requested_by') || '',
            assignedTo: gr.getValue('assigned_to') || '',
            assignmentGroup: gr.getValue('assignment_group') || '',
            risk: toInt(gr.getValue('risk')),
            state: toInt(gr.getValue('state')),
        }
    }
    return out
}

function emailsAbout(changeIds: readonly string[], period: Period): EmailFact[] {
    if (!changeIds.length) return []
    const gr = new GlideRecord('sys_email')
    gr.addQuery('target_table', 'change_request')
    gr.addQuery('instance', 'IN', changeIds.join(','))
    gr.addQuery('sys_created_on', '>=', formatDateTime(period.start))
    gr.query()
    const sent: Array<{ changeId: string; addresses: string[]; at: number }> = []
    const all: { [address: string]: true } = {}
    while (gr.next()) {
        const type = gr.getValue('type') || ''
        // An email outweighed by another (send-ignored) never reached anyone.
        if (type === 'send-ignored' || type === 'received' || type === 'received-ignored') continue
        const addresses = splitAddresses([gr.getValue('recipients'), gr.getValue('copied'), gr.getValue('blind_copied')].join(','))
        for (const a of addresses) all[a] = true
        sent.push({ changeId: gr.getValue('instance') || '', addresses, at: at(gr.getValue('sys_created_on')) })
    }
    const users = usersByAddress(Object.keys(all))
    const out: EmailFact[] = []
    for (const e of sent) {
        const seen: { [userId: string]: true } = {}
        for (const a of e.addresses) {
            for (const userId of users[a.toLowerCase()] || []) {
                if (seen[userId]) continue
                seen[userId] = true
                out.push({ changeId: e.changeId, userId, at: e.at })
            }
        }
    }
    return out
}

/** A sys_email's recipients (its To: line, comma-separated), as written. */
function splitAddresses(value: string | null): string[] {
    const out: string[] = []
    for (const part of (value || '').split(',')) {
        const a = part.trim()
        if (a && out.indexOf(a) < 0) out.push(a)
    }
    return out
}

/** The users whose email address is one of these, by lower-cased address: one query for all of them. */
function usersByAddress(addresses: readonly string[]): { [address: string]: string[] } {
    const out: { [address: string]: string[] } = {}
    if (!addresses.length) return out
    const gr = new GlideRecord('sys_user')
    gr.addQuery('email', 'IN', addresses.join(','))
    gr.query()
    while (gr.next()) {
        const address = (gr.getValue('email') || '').trim().toLowerCase()
        ;(out[address] ??= []).push(gr.getUniqueValue())
    }
    return out
}

function feedbackIn(period: Period): FeedbackFact[] {
    const gr = new GlideRecord(FEEDBACK_TABLE)
    gr.addQuery('sys_updated_on', '>=', formatDateTime(period.start))
    gr.addQuery('sys_updated_on', '<', formatDateTime(period.end))
    gr.query()
    const out: FeedbackFact[] = []
    while (gr.next()) {
        const stakeholder = gr.getValue('stakeholder') || ''
        const rating = parseRating(gr.getValue('rating'))
        const score = parseScore(gr.getValue('score'))
        if (!isStakeholderRole(stakeholder) || (rating === null && score === null)) continue
        // Legacy answers name only their change; survey answers name their task (its class read below).
        const task = gr.getValue('task') || ''
        out.push({ changeId: task || gr.getValue('change_request') || '', taskTable: task ? '' : 'change_request', userId: gr.getValue('user') || '', stakeholder, rating, score, at: at(gr.getValue('sys_updated_on')) })
    }
    const classes = taskClasses(unique(out.filter((f) => !f.taskTable).map((f) => f.changeId)))
    for (const f of out) if (!f.taskTable) f.taskTable = classes[f.changeId] || 'task'
    return out
}

/** The class (sys_class_name) of each task: one query for all of them. */
export function taskClasses(taskIds: readonly string[]): { [taskId: string]: string } {
    const out: { [taskId: string]: string } = {}
    if (!taskIds.length) return out
    const gr = new GlideRecord('task')
    gr.addQuery('sys_id', 'IN', taskIds.join(','))
    gr.query()
    while (gr.next()) out[gr.getUniqueValue()] = gr.getValue('sys_class_name') || 'task'
    return out
}

function membersOf(groupIds: readonly string[]): { [groupId: string]: string[] } {
    const out: { [groupId: string]: string[] } = {}
    if (!groupIds.length) return out
    const gr = new GlideRecord('sys_user_grmember')
    gr.addQuery('group', 'IN', groupIds.join(','))
    gr.addQuery('user.active', true)
    gr.query()
    while (gr.next()) {
        const group = gr.getValue('group') || ''
        const user = gr.getValue('user') || ''
        const list = (out[group] ??= [])
        if (user && list.indexOf(user) < 0) list.push(user)
    }
    return out
}

/** Persona names of users, two queries for all of them. */
export function personaNamesOf(userIds: readonly string[]): { [userId: string]: string } {
    const out: { [userId: string]: string } = {}
    if (!userIds.length) return out
    const personaOfUser: { [userId: string]: string } = {}
    const users = new GlideRecord('sys_user')
    users.addQuery('sys_id', 'IN', userIds.join(','))
    users.query()
    while (users.next()) personaOfUser[users.getUniqueValue()] = users.getValue('x_psm_persona_persona') || ''
    const names: { [personaId: string]: string } = {}
    const personaIds = unique(Object.keys(personaOfUser).map((u) => personaOfUser[u]))
    if (personaIds.length) {
        const personas = new GlideRecord('x_psm_persona_persona')
        personas.addQuery('sys_id', 'IN', personaIds.join(','))
        personas.query()
        while (personas.next()) names[personas.getUniqueValue()] = personas.getValue('name') || ''
    }
    for (const u of userIds) out[u] = names[personaOfUser[u] ?? ''] ?? ''
    return out
}

function unique(values: readonly string[]): string[] {
    const out: string[] = []
    for (const v of values) if (v && out.indexOf(v) < 0) out.push(v)
    return out
}

/** Everything attainment over `period` needs, as of `asOf` (ms). */
export function readFacts(period: Period, asOf: number, xlas: XlaDefinition[] = readXlas()): AttainmentFacts {
    const steps = stateChanges(period)
    const feedback = feedbackIn(period)
    const approvals = approvalsOf(unique(steps.map((s) => s.changeId)), period)
    const changeIds = unique([...steps.map((s) => s.changeId), ...approvals.map((a) => a.changeId), ...feedback.map((f) => f.changeId)])
    const changes = changesById(changeIds)
    const groups = unique(
        Object.keys(changes)
            .map((id) => changes[id])
            .filter((c) => !c.assignedTo)
            .map((c) => c.assignmentGroup),
    )
    const groupMembers = membersOf(groups)
    const users = unique([
        ...Object.keys(changes).map((id) => changes[id].requestedBy),
        ...Object.keys(changes).map((id) => changes[id].assignedTo),
        ...approvals.map((a) => a.approver),
        ...feedback.map((f) => f.userId),
        ...Object.keys(groupMembers).reduce((all: string[], g) => all.concat(groupMembers[g]), []),
    ])
    return {
        xlas,
        changes,
        stateChanges: steps,
        emails: emailsAbout(changeIds, period),
        approvals,
        feedback,
        groupMembers,
        personas: personaNamesOf(users),
        asOf,
    }
}
