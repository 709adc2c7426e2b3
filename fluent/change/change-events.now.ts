import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'

/** The change events the app queues (x_psm_persona.change.*); every name fits the registry's 40 characters. */
Record({
    $id: Now.ID['event_change_submitted'],
    table: 'sysevent_register',
    data: {
        event_name: 'x_psm_persona.change.submitted',
        suffix: 'change.submitted',
        table: 'change_request',
        description: 'A change was created (submitted). parm1: state.',
        fired_by: 'Persona Service Management: Change business rule on insert',
    },
})

Record({
    $id: Now.ID['event_change_assess'],
    table: 'sysevent_register',
    data: {
        event_name: 'x_psm_persona.change.assess',
        suffix: 'change.assess',
        table: 'change_request',
        description: 'A change moved to Assess. parm1: state; parm2: previous state.',
        fired_by: 'Persona Service Management: Change business rule on update',
    },
})

Record({
    $id: Now.ID['event_change_authorize'],
    table: 'sysevent_register',
    data: {
        event_name: 'x_psm_persona.change.authorize',
        suffix: 'change.authorize',
        table: 'change_request',
        description: 'A change moved to Authorize and CAB approval was requested.',
        fired_by: 'Persona Service Management: Change business rule on update',
    },
})

Record({
    $id: Now.ID['event_change_approval_requested'],
    table: 'sysevent_register',
    data: {
        event_name: 'x_psm_persona.change.approval_requested',
        suffix: 'change.approval_requested',
        table: 'change_request',
        description: 'An approval of a change was requested. parm1: approver; parm2: approval.',
        fired_by: 'Persona Service Management: Approval business rule on insert/update',
    },
})

Record({
    $id: Now.ID['event_change_high_risk_authorize'],
    table: 'sysevent_register',
    data: {
        event_name: 'x_psm_persona.change.high_risk_authorize',
        suffix: 'change.high_risk_authorize',
        table: 'change_request',
        description: 'A high-risk change entered Authorize. parm1: a change manager.',
        fired_by: 'Persona Service Management: Change business rule on update',
    },
})

Record({
    $id: Now.ID['event_change_approved'],
    table: 'sysevent_register',
    data: {
        event_name: 'x_psm_persona.change.approved',
        suffix: 'change.approved',
        table: 'change_request',
        description: 'Every approver approved a change.',
        fired_by: 'Persona Service Management: Change business rule, after the approvals settle',
    },
})

Record({
    $id: Now.ID['event_change_rejected'],
    table: 'sysevent_register',
    data: {
        event_name: 'x_psm_persona.change.rejected',
        suffix: 'change.rejected',
        table: 'change_request',
        description: 'An approver rejected a change.',
        fired_by: 'Persona Service Management: Change business rule, after the approvals settle',
    },
})

Record({
    $id: Now.ID['event_change_scheduled'],
    table: 'sysevent_register',
    data: {
        event_name: 'x_psm_persona.change.scheduled',
        suffix: 'change.scheduled',
        table: 'change_request',
        description: 'A change moved to Scheduled.',
        fired_by: 'Persona Service Management: Change business rule on update',
    },
})

Record({
    $id: Now.ID['event_change_assigned'],
    table: 'sysevent_register',
    data: {
        event_name: 'x_psm_persona.change.assigned',
        suffix: 'change.assigned',
        table: 'change_request',
        description: 'A scheduled or implementing change got a new implementer.',
        fired_by: 'Persona Service Management: Change business rule on update',
    },
})

Record({
    $id: Now.ID['event_change_implementing'],
    table: 'sysevent_register',
    data: {
        event_name: 'x_psm_persona.change.implementing',
        suffix: 'change.implementing',
        table: 'change_request',
        description: 'A change moved to Implement.',
        fired_by: 'Persona Service Management: Change business rule on update',
    },
})

Record({
    $id: Now.ID['event_change_review'],
    table: 'sysevent_register',
    data: {
        event_name: 'x_psm_persona.change.review',
        suffix: 'change.review',
        table: 'change_request',
        description: 'A change was implemented and moved to Review.',
        fired_by: 'Persona Service Management: Change business rule on update',
    },
})

Record({
    $id: Now.ID['event_change_closed'],
    table: 'sysevent_register',
    data: {
        event_name: 'x_psm_persona.change.closed',
        suffix: 'change.closed',
        table: 'change_request',
        description: 'A change was closed.',
        fired_by: 'Persona Service Management: Change business rule on update',
    },
})

Record({
    $id: Now.ID['event_change_canceled'],
    table: 'sysevent_register',
    data: {
        event_name: 'x_psm_persona.change.canceled',
        suffix: 'change.canceled',
        table: 'change_request',
        description: 'A change was canceled.',
        fired_by: 'Persona Service Management: Change business rule on update',
    },
})

Record({
    $id: Now.ID['event_change_high_risk_update'],
    table: 'sysevent_register',
    data: {
        event_name: 'x_psm_persona.change.high_risk_update',
        suffix: 'change.high_risk_update',
        table: 'change_request',
        description: 'A high-risk change in flight changed. parm1: recipient; parm2: role|fields.',
        fired_by: 'Persona Service Management: Change business rule on update',
    },
})
