import '@servicenow/sdk/global'
import { EmailNotification, Property, Record, ScheduledScript } from '@servicenow/sdk/core'
import { MODULE_ROOT } from '../module-path'
import { runExceptionExpiry } from '../../src/server/catalog/exception-expiry'
import { adminRole, analystRole } from '../security/roles.now'

/*
 * The end of a service exception (issue 17.4): the daily job reminds the user and the approving manager
 * x_psm_persona.exception.reminder_days days ahead (once: reminded_on), and at the expiry removes the
 * personal Available For entry and tells the user how to ask again (once: the exception becomes expired,
 * ended_on). src/server/catalog/exception-expiry.ts runs it; exception-expiry-mail.ts renders the emails,
 * which link to portal pages that exist: /sp?id=psm_item&sys_id=<item>, /sp?id=psm_catalog and, for the
 * manager, /sp?id=psm_team_personas.
 */

ScheduledScript({
    // The job that only expired exceptions had this id: an upgrade updates it in place.
    $id: Now.ID['job_expire_exceptions'],
    name: 'Persona: service exception reminders and expiry',
    active: true,
    frequency: 'daily',
    executionStart: '2026-01-01 00:00:00',
    executionTime: { hours: 1, minutes: 0, seconds: 0 },
    timeZone: 'UTC',
    script: runExceptionExpiry,
})

Property({
    $id: Now.ID['prop_exception_reminder_days'],
    name: 'x_psm_persona.exception.reminder_days',
    type: 'integer',
    value: '7',
    description:
        'How many days before a granted service exception ends the daily job reminds the user and the manager who approved it (once; 1 to 365, other values mean 7). An exception granted for fewer days than this gets no reminder: its approval email gave the date.',
    roles: { read: [adminRole, analystRole], write: [adminRole] },
})

Record({
    $id: Now.ID['event_exception_expiring'],
    table: 'sysevent_register',
    data: {
        event_name: 'x_psm_persona.exception.expiring',
        suffix: 'exception.expiring',
        table: 'x_psm_persona_exception',
        description: 'A granted service exception ends soon. parm1: the recipient; parm2: who they are to it (user, manager).',
        fired_by: 'Persona Service Management: scheduled job "Persona: service exception reminders and expiry"',
    },
})

Record({
    $id: Now.ID['event_exception_ended'],
    table: 'sysevent_register',
    data: {
        event_name: 'x_psm_persona.exception.ended',
        suffix: 'exception.ended',
        table: 'x_psm_persona_exception',
        description: 'A service exception expired and its access was removed. parm1: the user.',
        fired_by: 'Persona Service Management: scheduled job "Persona: service exception reminders and expiry"',
    },
})

Record({
    $id: Now.ID['mail_script_exception_expiring'],
    table: 'sys_script_email',
    data: {
        name: 'x_psm_persona_exception_expiring',
        new_lines_to_html: false,
        script: `(function runMailScript(/* GlideRecord */ current, /* TemplatePrinter */ template,
          /* Optional EmailOutbound */ email, /* Optional GlideRecord */ email_action,
          /* Optional GlideRecord */ event) {
    var mail = require('${MODULE_ROOT}/catalog/exception-expiry-mail.ts');
    mail.printExceptionExpiring(current, template, email, email_action, event);
})(current, template, email, email_action, event);`,
    },
})

Record({
    $id: Now.ID['mail_script_exception_expiring_text'],
    table: 'sys_script_email',
    data: {
        name: 'x_psm_persona_exception_expiring_text',
        new_lines_to_html: false,
        script: `(function runMailScript(/* GlideRecord */ current, /* TemplatePrinter */ template,
          /* Optional EmailOutbound */ email, /* Optional GlideRecord */ email_action,
          /* Optional GlideRecord */ event) {
    var mail = require('${MODULE_ROOT}/catalog/exception-expiry-mail.ts');
    mail.printExceptionExpiringText(current, template, email, email_action, event);
})(current, template, email, email_action, event);`,
    },
})

Record({
    $id: Now.ID['mail_script_exception_ended'],
    table: 'sys_script_email',
    data: {
        name: 'x_psm_persona_exception_ended',
        new_lines_to_html: false,
        script: `(function runMailScript(/* GlideRecord */ current, /* TemplatePrinter */ template,
          /* Optional EmailOutbound */ email, /* Optional GlideRecord */ email_action,
          /* Optional GlideRecord */ event) {
    var mail = require('${MODULE_ROOT}/catalog/exception-expiry-mail.ts');
    mail.printExceptionEnded(current, template, email, email_action, event);
})(current, template, email, email_action, event);`,
    },
})

Record({
    $id: Now.ID['mail_script_exception_ended_text'],
    table: 'sys_script_email',
    data: {
        name: 'x_psm_persona_exception_ended_text',
        new_lines_to_html: false,
        script: `(function runMailScript(/* GlideRecord */ current, /* TemplatePrinter */ template,
          /* Optional EmailOutbound */ email, /* Optional GlideRecord */ email_action,
          /* Optional GlideRecord */ event) {
    var mail = require('${MODULE_ROOT}/catalog/exception-expiry-mail.ts');
    mail.printExceptionEndedText(current, template, email, email_action, event);
})(current, template, email, email_action, event);`,
    },
})

EmailNotification({
    $id: Now.ID['notif_exception_expiring'],
    table: 'x_psm_persona_exception',
    name: 'Service exception: access ends soon',
    description: 'Reminds the user, and the manager who approved it, that a service outside the persona ends soon: when, and how to ask again.',
    active: true,
    triggerConditions: { generationType: 'event', eventName: 'x_psm_persona.exception.expiring' },
    recipientDetails: { eventParm1WithRecipient: true, sendToCreator: true },
    emailContent: {
        contentType: 'multipart/mixed',
        subject: 'A service outside your persona ends soon',
        messageHtml: '${mail_script:x_psm_persona_exception_expiring}',
        messageText: '${mail_script:x_psm_persona_exception_expiring_text}',
    },
})

EmailNotification({
    $id: Now.ID['notif_exception_ended'],
    table: 'x_psm_persona_exception',
    name: 'Service exception: access ended',
    description: 'Tells the user their access to a service outside the persona has ended, and how to request it again.',
    active: true,
    triggerConditions: { generationType: 'event', eventName: 'x_psm_persona.exception.ended' },
    recipientDetails: { eventParm1WithRecipient: true, sendToCreator: true },
    emailContent: {
        contentType: 'multipart/mixed',
        subject: 'Your access to a service outside your persona has ended',
        messageHtml: '${mail_script:x_psm_persona_exception_ended}',
        messageText: '${mail_script:x_psm_persona_exception_ended_text}',
    },
})
