import { GlideRecord } from '@servicenow/glide'
import { approvalsOfQuery } from '../change/approval-records.ts'
import { ROLE_LABELS, STAKEHOLDER_ROLES, type StakeholderRole } from './model.ts'

/*
 * Who was which stakeholder of a change (the architecture's contract): requester = requested_by;
 * approver = any sysapproval_approver row of the change for the user; implementer = assigned_to, or
 * a member of the assignment_group.
 */

export interface ChangeStakeholders {
    requestedBy: string
    assignedTo: string
    /** Whether the user has an approval row for the change. */
    approver: boolean
    /** Whether the user is a member of the change's assignment group. */
    groupMember: boolean
}

/** The roles `userId` holds on a change described by `facts`, in the app's order. Pure. */
export function rolesFrom(facts: ChangeStakeholders, userId: string): StakeholderRole[] {
    if (!userId) return []
    const held: { [role: string]: boolean } = {
        requester: facts.requestedBy === userId,
        approver: facts.approver,
        implementer: facts.assignedTo === userId || facts.groupMember,
    }
    return STAKEHOLDER_ROLES.filter((r) => held[r])
}

/** "You were not an approver of CHG0001234: only its approvers can give approver feedback on it." */
export function notStakeholderMessage(role: StakeholderRole, changeNumber: string): string {
    const article = role === 'requester' ? 'the' : 'an'
    return `You were not ${article} ${role} of ${changeNumber || 'this change'}: only its ${ROLE_LABELS[role].toLowerCase()} can give ${role} feedback on it.`
}

function hasApproval(changeId: string, userId: string): boolean {
    const gr = new GlideRecord('sysapproval_approver')
    gr.addEncodedQuery(approvalsOfQuery(changeId))
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

/** The roles a user holds on a change (read with plain GlideRecord: eligibility must not depend on what the user may read). */
export function rolesOnChange(change: GlideRecord, userId: string): StakeholderRole[] {
    const changeId = change.getUniqueValue()
    return rolesFrom(
        {
            requestedBy: change.getValue('requested_by') || '',
            assignedTo: change.getValue('assigned_to') || '',
            approver: !!userId && hasApproval(changeId, userId),
            groupMember: !!userId && isMember(change.getValue('assignment_group') || '', userId),
        },
        userId,
    )
}

/** Whether `userId` was the `role` stakeholder of the change. */
export function isStakeholderOf(change: GlideRecord, userId: string, role: StakeholderRole): boolean {
    return rolesOnChange(change, userId).indexOf(role) >= 0
}
