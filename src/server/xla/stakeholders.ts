import { GlideRecord } from '@servicenow/glide'
import { approvalsOfQuery } from '../change/approval-records.ts'
import { ROLE_LABELS, SURVEY_ROLES, SURVEY_TABLES, type StakeholderRole } from './model.ts'

/*
 * Who may answer the experience survey about a task, in which role: by the task's table name and a
 * field of it (the architecture's contract), never by what the user may read.
 * - change_request: requester = requested_by; approver = any sysapproval_approver row of the change for
 *   the user; implementer = assigned_to, or a member of the assignment_group.
 * - sc_req_item (fulfilment experience): requester = requested_for or opened_by.
 * - incident: caller = caller_id. problem: caller = opened_by (problem has no caller field).
 */

/** How one role is recognised on one kind of task. */
export interface RoleRule {
    /** Reference fields to sys_user: the user holds the role when any of them names them. */
    fields?: readonly string[]
    /** An approval row of the task (sysapproval or document_id) for the user. */
    approvals?: boolean
    /** assigned_to, or a member of assignment_group. */
    assignee?: boolean
}

export const ELIGIBILITY: { readonly [table: string]: { readonly [role: string]: RoleRule } } = {
    change_request: { requester: { fields: ['requested_by'] }, approver: { approvals: true }, implementer: { assignee: true } },
    sc_req_item: { requester: { fields: ['requested_for', 'opened_by'] } },
    incident: { caller: { fields: ['caller_id'] } },
    problem: { caller: { fields: ['opened_by'] } },
}

/** The roles the survey offers on a kind of task, in the app's order. Pure. */
export function rolesOfTable(table: string): StakeholderRole[] {
    const rules = ELIGIBILITY[table]
    return rules ? SURVEY_ROLES.filter((r) => !!rules[r]) : []
}

export function isSurveyTable(table: string): boolean {
    return SURVEY_TABLES.indexOf(table) >= 0 && !!ELIGIBILITY[table]
}

/** The facts one check needs: field values of the task, and whether the user approves it or is in its group. */
export interface TaskStakeholders {
    values: { [field: string]: string }
    approver: boolean
    groupMember: boolean
}

/** The roles `userId` holds on a task of `table` described by `facts`, in the app's order. Pure. */
export function rolesFor(table: string, facts: TaskStakeholders, userId: string): StakeholderRole[] {
    if (!userId) return []
    const rules = ELIGIBILITY[table] ?? {}
    return rolesOfTable(table).filter((role) => {
        const rule = rules[role]
        if (rule.fields && rule.fields.some((f) => (facts.values[f] || '') === userId)) return true
        if (rule.approvals && facts.approver) return true
        if (rule.assignee && ((facts.values.assigned_to || '') === userId || facts.groupMember)) return true
        return false
    })
}

/** Kept for the change's callers: the roles on a change from its people. Pure. */
export interface ChangeStakeholders {
    requestedBy: string
    assignedTo: string
    approver: boolean
    groupMember: boolean
}

export function rolesFrom(facts: ChangeStakeholders, userId: string): StakeholderRole[] {
    return rolesFor('change_request', { values: { requested_by: facts.requestedBy, assigned_to: facts.assignedTo }, approver: facts.approver, groupMember: facts.groupMember }, userId)
}

const THE_ROLE: { [role: string]: boolean } = { requester: true, caller: true }

/** "You were not an approver of CHG0001234: only its approvers can give approver feedback on it." */
export function notStakeholderMessage(role: StakeholderRole, number: string): string {
    const article = THE_ROLE[role] ? 'the' : 'an'
    return `You were not ${article} ${role} of ${number || 'this record'}: only its ${ROLE_LABELS[role].toLowerCase()} can give ${role} feedback on it.`
}

function hasApproval(taskId: string, userId: string): boolean {
    const gr = new GlideRecord('sysapproval_approver')
    gr.addEncodedQuery(approvalsOfQuery(taskId))
    gr.addQuery('approver', userId)
    gr.setLimit(1)
    gr.query()
    return gr.hasNext()
}

function isMember(groupId: string, userId: string): boolean {
    if (!groupId) return false
    const gr = new GlideRecord('sys_user_grmember')
    gr.addQuery('group', groupId)
    gr.addQuery('user', userId)
    gr.setLimit(1)
    gr.query()
    return gr.hasNext()
}

/**
 * The roles a user holds on a task of `table` (read with plain GlideRecord: eligibility must not depend
 * on what the user may read). Only the facts the table's rules ask for are read.
 */
export function rolesOnTask(task: GlideRecord, table: string, userId: string): StakeholderRole[] {
    const rules = ELIGIBILITY[table]
    if (!rules || !userId) return []
    const values: { [field: string]: string } = {}
    let approvals = false
    let assignee = false
    for (const role of Object.keys(rules)) {
        for (const f of rules[role].fields ?? []) values[f] = task.getValue(f) || ''
        approvals = approvals || !!rules[role].approvals
        assignee = assignee || !!rules[role].assignee
    }
    if (assignee) values.assigned_to = task.getValue('assigned_to') || ''
    const taskId = task.getUniqueValue()
    return rolesFor(table, { values, approver: approvals && hasApproval(taskId, userId), groupMember: assignee && isMember(task.getValue('assignment_group') || '', userId) }, userId)
}

/** The roles a user holds on a change. */
export function rolesOnChange(change: GlideRecord, userId: string): StakeholderRole[] {
    return rolesOnTask(change, 'change_request', userId)
}

/** Whether `userId` was the `role` stakeholder of the task. */
export function isStakeholderOf(task: GlideRecord, userId: string, role: StakeholderRole, table = 'change_request'): boolean {
    return rolesOnTask(task, table, userId).indexOf(role) >= 0
}

/** A task by sys_id as its own class (the task row says which), or why not. */
export type TaskLookup = { ok: true; task: GlideRecord; table: string } | { ok: false; status: 400 | 404; message: string }

export function loadTask(taskId: string): TaskLookup {
    const base = new GlideRecord('task')
    if (!base.get(taskId)) return { ok: false, status: 404, message: 'There is no such record. It may have been deleted.' }
    const table = base.getValue('sys_class_name') || 'task'
    if (!isSurveyTable(table)) return { ok: false, status: 400, message: 'The experience survey is not offered for this kind of record.' }
    const task = new GlideRecord(table)
    if (!task.get(taskId)) return { ok: false, status: 404, message: 'There is no such record. It may have been deleted.' }
    return { ok: true, task, table }
}
