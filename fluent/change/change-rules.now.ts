import '@servicenow/sdk/global'
import { BusinessRule } from '@servicenow/sdk/core'
import { prepareChangeBeforeSave, queueChangeEvents, requestApprovalAfterSave } from '../../src/server/change/change-rules'
import { settleChangeAfterApproval } from '../../src/server/change/approval-rules'
import { refuseSelfApproval } from '../../src/server/change/segregation'

BusinessRule({
    $id: Now.ID['br_change_prepare'],
    name: 'Persona: validate change and refresh summaries',
    description:
        'Refuses an unreadable phased schedule or a move to Authorize nobody can approve; marks the approval requested on entering Authorize; recomputes the risk and impact summaries.',
    table: 'change_request',
    when: 'before',
    action: ['insert', 'update'],
    order: 500,
    active: true,
    script: prepareChangeBeforeSave,
})

BusinessRule({
    $id: Now.ID['br_change_request_approval'],
    name: 'Persona: request CAB approval',
    description: 'When a change enters Authorize, creates a requested approval for each active member of the CAB group (property x_psm_persona.change.cab_group) unless approvals exist.',
    table: 'change_request',
    when: 'after',
    action: ['insert', 'update'],
    filterCondition: 'state=-3',
    order: 100,
    active: true,
    script: requestApprovalAfterSave,
})

BusinessRule({
    $id: Now.ID['br_change_queue_events'],
    name: 'Persona: queue change notification events',
    description: 'Queues the x_psm_persona.change.* events for this save: submitted, each state reached, approved/rejected, reassignment and high-risk updates.',
    table: 'change_request',
    when: 'after',
    action: ['insert', 'update'],
    order: 200,
    active: true,
    script: queueChangeEvents,
})

BusinessRule({
    $id: Now.ID['br_approval_settle_change'],
    name: 'Persona: settle change after approval',
    description: 'When an approval of a change is decided: all approved moves the change to Scheduled, any rejection cancels it.',
    table: 'sysapproval_approver',
    when: 'after',
    action: ['update'],
    filterCondition: 'stateVALCHANGES',
    order: 200,
    active: true,
    script: settleChangeAfterApproval,
})

BusinessRule({
    $id: Now.ID['br_approval_segregation'],
    name: 'Persona: requester cannot decide own change',
    description: 'Segregation of duties: refuses approving or rejecting a change approval when the approver, or the user deciding, requested the change. Nothing is written.',
    table: 'sysapproval_approver',
    when: 'before',
    action: ['update'],
    filterCondition: 'stateVALCHANGES',
    order: 50,
    active: true,
    script: refuseSelfApproval,
})
