import '@servicenow/sdk/global'
import { EmailNotification, Record } from '@servicenow/sdk/core'
import { MODULE_ROOT } from '../module-path'

/*
 * Proactive provisioning: when a user's persona changes, tell them their new persona, the
 * services that became available and the bundled ones ready to order.
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

EmailNotification({
    $id: Now.ID['notif_persona_changed'],
    table: 'sys_user',
    name: 'Persona: your services changed',
    description: 'Tells a user their new persona, the services now available to them and the bundled ones ready to order.',
    active: true,
    triggerConditions: {
        generationType: 'event',
        eventName: 'x_psm_persona.persona.changed',
    },
    recipientDetails: {
        eventParm1WithRecipient: true,
        sendToCreator: true,
    },
    emailContent: {
        contentType: 'text/html',
        subject: 'Your persona is now ${x_psm_persona_persona}: your services',
        messageHtml: '${mail_script:x_psm_persona_persona_welcome}',
    },
})
