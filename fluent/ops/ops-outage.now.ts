import '@servicenow/sdk/global'
import { Acl, BusinessRule, DateTimeColumn, EmailNotification, IntegerColumn, Property, Record, ReferenceColumn, ScheduledScript, StringColumn, Table } from '@servicenow/sdk/core'
import { adminRole, analystRole } from '../security/roles.now'
import { MODULE_ROOT } from '../module-path'
import { outageAfterSave, outageNoticesJob } from '../../src/server/ops/outage-notices'

/*
 * The outage notice worded per persona (src/server/ops/outage-notices.ts): when an outage is under way, each
 * affected user gets one message in their persona's words and the owner of each affected service the affected
 * personas with their counts. Events, mail scripts (HTML and plain-text parts), notifications, the rule on
 * cmdb_ci_outage, the job for outages logged ahead of their begin, and the record that an outage was noticed.
 */

/** One row per outage the app has told its users about: an outage is noticed once. */
export const x_psm_persona_outage_notice = Table({
    name: 'x_psm_persona_outage_notice',
    label: 'Persona Outage Notice',
    display: 'outage',
    allowWebServiceAccess: true,
    schema: {
        outage: ReferenceColumn({ label: 'Outage', referenceTable: 'cmdb_ci_outage', mandatory: true, unique: true, cascadeRule: 'delete' }),
        sent_on: DateTimeColumn({ label: 'Sent on', readOnly: true }),
        users: IntegerColumn({ label: 'Users told', readOnly: true }),
        personas: StringColumn({ label: 'Affected personas', maxLength: 1000, readOnly: true }),
    },
})

Property({
    $id: Now.ID['prop_outage_personal_notices_max'],
    name: 'x_psm_persona.outage.personal_notices_max',
    type: 'integer',
    value: '500',
    description:
        'Outage notices: up to this many affected users, each gets a message of their own; above it, one message per persona and group of up to 100 users (glide.email.smtp.max_recipients), so a very large outage does not queue one event per user.',
    roles: { read: [adminRole, analystRole], write: [adminRole] },
})

Record({
    $id: Now.ID['event_outage_notice'],
    table: 'sysevent_register',
    data: {
        event_name: 'x_psm_persona.outage.notice',
        suffix: 'outage.notice',
        table: 'cmdb_ci_outage',
        description: 'An outage reaches the users of a persona. parm1: the user (or up to 100 users, comma-separated); parm2: their persona.',
        fired_by: 'Persona Service Management: outage business rule and job "Persona outage notices"',
    },
})

Record({
    $id: Now.ID['event_outage_owner'],
    table: 'sysevent_register',
    data: {
        event_name: 'x_psm_persona.outage.owner',
        suffix: 'outage.owner',
        table: 'cmdb_ci_outage',
        description: 'An outage reaches a service: its owner gets the affected personas and counts. parm1: the owner.',
        fired_by: 'Persona Service Management: outage business rule and job "Persona outage notices"',
    },
})

Record({
    $id: Now.ID['mail_script_outage_notice'],
    table: 'sys_script_email',
    data: {
        name: 'x_psm_persona_outage_notice',
        new_lines_to_html: false,
        script: `(function runMailScript(/* GlideRecord */ current, /* TemplatePrinter */ template,
          /* Optional EmailOutbound */ email, /* Optional GlideRecord */ email_action,
          /* Optional GlideRecord */ event) {
    var mail = require('${MODULE_ROOT}/ops/outage-notices.ts');
    mail.printOutageNotice(current, template, email, email_action, event);
})(current, template, email, email_action, event);`,
    },
})

Record({
    $id: Now.ID['mail_script_outage_notice_text'],
    table: 'sys_script_email',
    data: {
        name: 'x_psm_persona_outage_notice_text',
        new_lines_to_html: false,
        script: `(function runMailScript(/* GlideRecord */ current, /* TemplatePrinter */ template,
          /* Optional EmailOutbound */ email, /* Optional GlideRecord */ email_action,
          /* Optional GlideRecord */ event) {
    var mail = require('${MODULE_ROOT}/ops/outage-notices.ts');
    mail.printOutageNoticeText(current, template, email, email_action, event);
})(current, template, email, email_action, event);`,
    },
})

Record({
    $id: Now.ID['mail_script_outage_owner'],
    table: 'sys_script_email',
    data: {
        name: 'x_psm_persona_outage_owner',
        new_lines_to_html: false,
        script: `(function runMailScript(/* GlideRecord */ current, /* TemplatePrinter */ template,
          /* Optional EmailOutbound */ email, /* Optional GlideRecord */ email_action,
          /* Optional GlideRecord */ event) {
    var mail = require('${MODULE_ROOT}/ops/outage-notices.ts');
    mail.printOutageOwner(current, template, email, email_action, event);
})(current, template, email, email_action, event);`,
    },
})

Record({
    $id: Now.ID['mail_script_outage_owner_text'],
    table: 'sys_script_email',
    data: {
        name: 'x_psm_persona_outage_owner_text',
        new_lines_to_html: false,
        script: `(function runMailScript(/* GlideRecord */ current, /* TemplatePrinter */ template,
          /* Optional EmailOutbound */ email, /* Optional GlideRecord */ email_action,
          /* Optional GlideRecord */ event) {
    var mail = require('${MODULE_ROOT}/ops/outage-notices.ts');
    mail.printOutageOwnerText(current, template, email, email_action, event);
})(current, template, email, email_action, event);`,
    },
})


EmailNotification({
    $id: Now.ID['notif_outage_notice'],
    table: 'cmdb_ci_outage',
    name: 'Persona outage notice',
    description: 'To each affected user: the outage worded for their persona (short for mobile-first personas), what to use instead, one link.',
    active: true,
    triggerConditions: { generationType: 'event', eventName: 'x_psm_persona.outage.notice' },
    recipientDetails: { eventParm1WithRecipient: true, sendToCreator: true },
    emailContent: {
        contentType: 'multipart/mixed',
        subject: 'Outage: ${cmdb_ci}',
        messageHtml: '${mail_script:x_psm_persona_outage_notice}',
        messageText: '${mail_script:x_psm_persona_outage_notice_text}',
    },
})

EmailNotification({
    $id: Now.ID['notif_outage_owner'],
    table: 'cmdb_ci_outage',
    name: 'Persona outage: service owner',
    description: 'To the owner of each affected service (cmdb_ci_service.owned_by): the personas the outage reaches and their user counts.',
    active: true,
    triggerConditions: { generationType: 'event', eventName: 'x_psm_persona.outage.owner' },
    recipientDetails: { eventParm1WithRecipient: true, sendToCreator: true },
    emailContent: {
        contentType: 'multipart/mixed',
        subject: '${number}: outage of ${cmdb_ci}',
        messageHtml: '${mail_script:x_psm_persona_outage_owner}',
        messageText: '${mail_script:x_psm_persona_outage_owner_text}',
    },
})

BusinessRule({
    $id: Now.ID['br_outage_notice'],
    name: 'Persona: outage notice worded per persona',
    description: 'When an outage (not planned) is under way for the first time, tells the users of the affected personas and the services\' owners.',
    table: 'cmdb_ci_outage',
    when: 'after',
    action: ['insert', 'update'],
    order: 100,
    active: true,
    script: outageAfterSave,
})

ScheduledScript({
    $id: Now.ID['job_outage_notices'],
    name: 'Persona outage notices',
    active: true,
    frequency: 'periodically',
    executionInterval: { hours: 0, minutes: 5, seconds: 0 },
    executionStart: '2026-01-01 00:00:00',
    timeZone: 'UTC',
    script: outageNoticesJob,
})

Acl({ $id: Now.ID['acl_outage_notice_read'], type: 'record', table: 'x_psm_persona_outage_notice', operation: 'read', roles: [analystRole], adminOverrides: true })
Acl({ $id: Now.ID['acl_outage_notice_write'], type: 'record', table: 'x_psm_persona_outage_notice', operation: 'write', roles: [adminRole], adminOverrides: true })
Acl({ $id: Now.ID['acl_outage_notice_create'], type: 'record', table: 'x_psm_persona_outage_notice', operation: 'create', roles: [adminRole], adminOverrides: true })
Acl({ $id: Now.ID['acl_outage_notice_delete'], type: 'record', table: 'x_psm_persona_outage_notice', operation: 'delete', roles: [adminRole], adminOverrides: true })
