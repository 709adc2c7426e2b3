import '@servicenow/sdk/global'
import { BusinessRule, EmailNotification, Record } from '@servicenow/sdk/core'
import { MODULE_ROOT } from '../module-path'
import { provisionAfterAssignment } from '../../src/server/catalog/provisioning-order'
import { catalogTaskClosed, itemApprovalDecided, requestedItemInserted } from '../../src/server/catalog/fulfilment'

/*
 * From persona to fulfilled services (issue 17, items 3 and 6): provisioning orders a new persona's
 * bundled services in the background; each requested persona service waits for the manager when
 * provisioning ordered it (x_psm_persona.provisioning.manager_approval), then gets one catalog task;
 * the requester is told when the order is placed and when each service is delivered.
 */

BusinessRule({
    $id: Now.ID['br_assignment_provision'],
    name: 'Provision the bundle of a new persona',
    description:
        "Async, after a persona assignment is recorded: orders the new persona's bundled services the user does not have yet (sn_sc.CartJS), lists the previous persona's services it lacks for review, and queues the provisioning email.",
    table: 'x_psm_persona_assignment',
    when: 'async',
    action: ['insert'],
    order: 100,
    active: true,
    script: provisionAfterAssignment,
})

BusinessRule({
    $id: Now.ID['br_requested_item_fulfilment'],
    name: 'Start fulfilment of a requested persona service',
    description: "After a persona service is requested: asks the manager's approval when the order waits for it, else creates its fulfilment task; confirms the order once per request.",
    table: 'sc_req_item',
    when: 'after',
    action: ['insert'],
    order: 200,
    active: true,
    script: requestedItemInserted,
})

BusinessRule({
    $id: Now.ID['br_approval_persona_service'],
    name: 'Approval of a requested persona service decided',
    description: 'An approved requested persona service gets its fulfilment task; a rejected one closes incomplete.',
    table: 'sysapproval_approver',
    when: 'after',
    action: ['update'],
    order: 200,
    active: true,
    condition: "current.state.changes() && current.source_table == 'sc_req_item'",
    script: itemApprovalDecided,
})

BusinessRule({
    $id: Now.ID['br_catalog_task_closed'],
    name: 'Close a requested persona service when its tasks close',
    description: 'When the last fulfilment task of a requested item closes, the item closes (complete or incomplete), the completion email is queued, and the request closes with its last item.',
    table: 'sc_task',
    when: 'after',
    action: ['update'],
    order: 200,
    active: true,
    condition: 'current.state.changes() || current.active.changes()',
    script: catalogTaskClosed,
})

Record({
    $id: Now.ID['mail_script_order_confirmation'],
    table: 'sys_script_email',
    data: {
        name: 'x_psm_persona_order_confirmation',
        new_lines_to_html: false,
        script: `(function runMailScript(/* GlideRecord */ current, /* TemplatePrinter */ template,
          /* Optional EmailOutbound */ email, /* Optional GlideRecord */ email_action,
          /* Optional GlideRecord */ event) {
    var mail = require('${MODULE_ROOT}/catalog/fulfilment-mail.ts');
    mail.printOrderConfirmation(current, template, email, email_action, event);
})(current, template, email, email_action, event);`,
    },
})

Record({
    $id: Now.ID['mail_script_order_confirmation_text'],
    table: 'sys_script_email',
    data: {
        name: 'x_psm_persona_order_confirmation_text',
        new_lines_to_html: false,
        script: `(function runMailScript(/* GlideRecord */ current, /* TemplatePrinter */ template,
          /* Optional EmailOutbound */ email, /* Optional GlideRecord */ email_action,
          /* Optional GlideRecord */ event) {
    var mail = require('${MODULE_ROOT}/catalog/fulfilment-mail.ts');
    mail.printOrderConfirmationText(current, template, email, email_action, event);
})(current, template, email, email_action, event);`,
    },
})

Record({
    $id: Now.ID['mail_script_item_fulfilled'],
    table: 'sys_script_email',
    data: {
        name: 'x_psm_persona_item_fulfilled',
        new_lines_to_html: false,
        script: `(function runMailScript(/* GlideRecord */ current, /* TemplatePrinter */ template,
          /* Optional EmailOutbound */ email, /* Optional GlideRecord */ email_action,
          /* Optional GlideRecord */ event) {
    var mail = require('${MODULE_ROOT}/catalog/fulfilment-mail.ts');
    mail.printItemFulfilled(current, template);
})(current, template, email, email_action, event);`,
    },
})

Record({
    $id: Now.ID['mail_script_item_fulfilled_text'],
    table: 'sys_script_email',
    data: {
        name: 'x_psm_persona_item_fulfilled_text',
        new_lines_to_html: false,
        script: `(function runMailScript(/* GlideRecord */ current, /* TemplatePrinter */ template,
          /* Optional EmailOutbound */ email, /* Optional GlideRecord */ email_action,
          /* Optional GlideRecord */ event) {
    var mail = require('${MODULE_ROOT}/catalog/fulfilment-mail.ts');
    mail.printItemFulfilledText(current, template);
})(current, template, email, email_action, event);`,
    },
})

EmailNotification({
    $id: Now.ID['notif_order_confirmed'],
    table: 'sc_request',
    name: 'Persona services: order confirmation',
    description: 'Confirms a request with persona services: each item, the price the user saw, and where it stands.',
    active: true,
    triggerConditions: { generationType: 'event', eventName: 'x_psm_persona.order.confirmed' },
    recipientDetails: { eventParm1WithRecipient: true, sendToCreator: true },
    emailContent: {
        contentType: 'multipart/mixed',
        subject: 'Request ${number} received: your services',
        messageHtml: '${mail_script:x_psm_persona_order_confirmation}',
        messageText: '${mail_script:x_psm_persona_order_confirmation_text}',
    },
})

EmailNotification({
    $id: Now.ID['notif_item_fulfilled'],
    table: 'sc_req_item',
    name: 'Persona services: service delivered',
    description: 'Tells the requester a service is delivered (every fulfilment task closed) and asks for feedback.',
    active: true,
    triggerConditions: { generationType: 'event', eventName: 'x_psm_persona.item.fulfilled' },
    recipientDetails: { eventParm1WithRecipient: true, sendToCreator: true },
    emailContent: {
        contentType: 'multipart/mixed',
        subject: '${number} delivered: how did it go?',
        messageHtml: '${mail_script:x_psm_persona_item_fulfilled}',
        messageText: '${mail_script:x_psm_persona_item_fulfilled_text}',
    },
})
