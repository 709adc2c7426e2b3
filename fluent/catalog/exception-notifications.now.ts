import '@servicenow/sdk/global'
import { BusinessRule, EmailNotification, Record } from '@servicenow/sdk/core'
import { MODULE_ROOT } from '../module-path'
import { queueExceptionApprovalRequest, queueExceptionDecided } from '../../src/server/catalog/exception-mail'

/*
 * Service exceptions by email (issue 17.4): the manager is asked, the requester hears the decision.
 * An exception is approved as a document (sysapproval_approver.source_table/document_id), which the
 * base "Approval Request" notification does not send (task-based approvals only): these do.
 * src/server/catalog/exception-mail.ts renders both; links go to portal pages that exist: the base
 * approval page (/sp?id=approval&sys_id=<approval>), and for the requester the item page
 * (/sp?id=psm_item&sys_id=<item>) once granted, their catalog (/sp?id=psm_catalog) when rejected.
 */

Record({
    $id: Now.ID['event_exception_approval_requested'],
    table: 'sysevent_register',
    data: {
        event_name: 'x_psm_persona.exception.approval_requested',
        suffix: 'exception.approval_requested',
        table: 'sysapproval_approver',
        description: 'A manager is asked to approve a service outside a persona (the event is on the approval). parm1: the approver; parm2: the exception.',
        fired_by: 'Persona Service Management: business rule "Persona: ask the service exception approver"',
    },
})

Record({
    $id: Now.ID['event_exception_decided'],
    table: 'sysevent_register',
    data: {
        event_name: 'x_psm_persona.exception.decided',
        suffix: 'exception.decided',
        table: 'x_psm_persona_exception',
        description: 'A service exception was granted or rejected. parm1: the requester; parm2: the decision (granted, rejected).',
        fired_by: 'Persona Service Management: business rule "Persona: tell the exception requester the decision"',
    },
})

BusinessRule({
    $id: Now.ID['br_exception_ask_approver'],
    name: 'Persona: ask the service exception approver',
    description: 'When an approval of a service exception is requested, queues the email asking its approver (one per approver).',
    table: 'sysapproval_approver',
    when: 'after',
    action: ['insert'],
    filterCondition: 'source_table=x_psm_persona_exception^state=requested',
    order: 300,
    active: true,
    script: queueExceptionApprovalRequest,
})

BusinessRule({
    $id: Now.ID['br_exception_tell_requester'],
    name: 'Persona: tell the exception requester the decision',
    description: 'When a service exception is granted or rejected, queues the email telling its requester the decision, the expiry and the comment.',
    table: 'x_psm_persona_exception',
    when: 'after',
    action: ['update'],
    filterCondition: 'stateVALCHANGES',
    order: 100,
    active: true,
    script: queueExceptionDecided,
})

Record({
    $id: Now.ID['mail_script_exception_request'],
    table: 'sys_script_email',
    data: {
        name: 'x_psm_persona_exception_request',
        new_lines_to_html: false,
        script: `(function runMailScript(/* GlideRecord */ current, /* TemplatePrinter */ template,
          /* Optional EmailOutbound */ email, /* Optional GlideRecord */ email_action,
          /* Optional GlideRecord */ event) {
    var mail = require('${MODULE_ROOT}/catalog/exception-mail.ts');
    mail.printExceptionRequest(current, template, email);
})(current, template, email, email_action, event);`,
    },
})

Record({
    $id: Now.ID['mail_script_exception_request_text'],
    table: 'sys_script_email',
    data: {
        name: 'x_psm_persona_exception_request_text',
        new_lines_to_html: false,
        script: `(function runMailScript(/* GlideRecord */ current, /* TemplatePrinter */ template,
          /* Optional EmailOutbound */ email, /* Optional GlideRecord */ email_action,
          /* Optional GlideRecord */ event) {
    var mail = require('${MODULE_ROOT}/catalog/exception-mail.ts');
    mail.printExceptionRequestText(current, template);
})(current, template, email, email_action, event);`,
    },
})

Record({
    $id: Now.ID['mail_script_exception_decision'],
    table: 'sys_script_email',
    data: {
        name: 'x_psm_persona_exception_decision',
        new_lines_to_html: false,
        script: `(function runMailScript(/* GlideRecord */ current, /* TemplatePrinter */ template,
          /* Optional EmailOutbound */ email, /* Optional GlideRecord */ email_action,
          /* Optional GlideRecord */ event) {
    var mail = require('${MODULE_ROOT}/catalog/exception-mail.ts');
    mail.printExceptionDecision(current, template, email);
})(current, template, email, email_action, event);`,
    },
})

Record({
    $id: Now.ID['mail_script_exception_decision_text'],
    table: 'sys_script_email',
    data: {
        name: 'x_psm_persona_exception_decision_text',
        new_lines_to_html: false,
        script: `(function runMailScript(/* GlideRecord */ current, /* TemplatePrinter */ template,
          /* Optional EmailOutbound */ email, /* Optional GlideRecord */ email_action,
          /* Optional GlideRecord */ event) {
    var mail = require('${MODULE_ROOT}/catalog/exception-mail.ts');
    mail.printExceptionDecisionText(current, template);
})(current, template, email, email_action, event);`,
    },
})

EmailNotification({
    $id: Now.ID['notif_exception_request'],
    table: 'sysapproval_approver',
    name: 'Service exception: approval needed',
    description: 'Asks a manager to approve or reject a service outside a persona, with who asks for which service, why and for how long; links to their approval on the portal.',
    active: true,
    triggerConditions: { generationType: 'event', eventName: 'x_psm_persona.exception.approval_requested' },
    recipientDetails: { eventParm1WithRecipient: true, sendToCreator: true },
    emailContent: {
        contentType: 'multipart/mixed',
        subject: 'Service outside the persona: your approval is needed',
        messageHtml: '${mail_script:x_psm_persona_exception_request}',
        messageText: '${mail_script:x_psm_persona_exception_request_text}',
    },
})

EmailNotification({
    $id: Now.ID['notif_exception_decided'],
    table: 'x_psm_persona_exception',
    name: 'Service exception: decision',
    description: 'Tells the requester their service exception was granted (until when) or rejected, with the comment; links to the item or their catalog.',
    active: true,
    triggerConditions: { generationType: 'event', eventName: 'x_psm_persona.exception.decided' },
    recipientDetails: { eventParm1WithRecipient: true, sendToCreator: true },
    emailContent: {
        contentType: 'multipart/mixed',
        subject: 'Your request for a service outside your persona: ${state}',
        messageHtml: '${mail_script:x_psm_persona_exception_decision}',
        messageText: '${mail_script:x_psm_persona_exception_decision_text}',
    },
})
