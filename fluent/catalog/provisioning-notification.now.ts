import '@servicenow/sdk/global'
import { EmailNotification, Record } from '@servicenow/sdk/core'
import { MODULE_ROOT } from '../module-path'

/*
 * Proactive provisioning: once a user's first or new persona is provisioned (the async provisioning
 * run ordered its bundled services, src/server/catalog/provisioning-order.ts), tell them their
 * persona, what was ordered for them and why, what awaits review, and the services that became
 * available. One mail script renders both (the event says which; parm2 is the provisioning run).
 */
Record({
    $id: Now.ID['mail_script_persona_welcome'],
    table: 'sys_script_email',
    data: {
        name: 'x_psm_persona_persona_welcome',
        new_lines_to_html: false,
        script: `(function runMailScript(/* GlideRecord */ current, /* TemplatePrinter */ template,
          /* Optional EmailOutbound */ email, /* Optional GlideRecord */ email_action,
          /* Optional GlideRecord */ event) {
    var mail = require('${MODULE_ROOT}/catalog/provisioning-mail.ts');
    mail.printPersonaWelcome(current, template, email, email_action, event);
})(current, template, email, email_action, event);`,
    },
})

Record({
    $id: Now.ID['mail_script_persona_welcome_text'],
    table: 'sys_script_email',
    data: {
        name: 'x_psm_persona_persona_welcome_text',
        new_lines_to_html: false,
        script: `(function runMailScript(/* GlideRecord */ current, /* TemplatePrinter */ template,
          /* Optional EmailOutbound */ email, /* Optional GlideRecord */ email_action,
          /* Optional GlideRecord */ event) {
    var mail = require('${MODULE_ROOT}/catalog/provisioning-mail.ts');
    mail.printPersonaWelcomeText(current, template, email, email_action, event);
})(current, template, email, email_action, event);`,
    },
})

EmailNotification({
    $id: Now.ID['notif_persona_changed'],
    table: 'sys_user',
    name: 'Persona: your services changed',
    description: 'Tells a user their new persona, the services now available to them and the bundled ones ready to order.',
    active: true,
    triggerConditions: {
        generationType: 'event',
        eventName: 'x_psm_persona.provisioning.changed',
    },
    recipientDetails: {
        eventParm1WithRecipient: true,
        sendToCreator: true,
    },
    emailContent: {
        contentType: 'multipart/mixed',
        subject: 'Your persona is now ${x_psm_persona_persona}: your services',
        messageHtml: '${mail_script:x_psm_persona_persona_welcome}',
        messageText: '${mail_script:x_psm_persona_persona_welcome_text}',
    },
})

EmailNotification({
    $id: Now.ID['notif_persona_assigned'],
    table: 'sys_user',
    name: 'Persona: welcome to your services',
    description: 'Welcomes a user to their first persona: what it is and the services it offers, with the bundled ones ready to order.',
    active: true,
    triggerConditions: {
        generationType: 'event',
        eventName: 'x_psm_persona.provisioning.assigned',
    },
    recipientDetails: {
        eventParm1WithRecipient: true,
        sendToCreator: true,
    },
    emailContent: {
        contentType: 'multipart/mixed',
        subject: 'Welcome to your ${x_psm_persona_persona} services',
        messageHtml: '${mail_script:x_psm_persona_persona_welcome}',
        messageText: '${mail_script:x_psm_persona_persona_welcome_text}',
    },
})
