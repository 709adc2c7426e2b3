import '@servicenow/sdk/global'
import { EmailNotification, Record } from '@servicenow/sdk/core'
import { MODULE_ROOT } from '../module-path'

/* The approver's decision email and the weekly XLA digest: events, mail scripts, notifications. */

Record({
    $id: Now.ID['event_approval_decided'],
    table: 'sysevent_register',
    data: {
        event_name: 'x_psm_persona.approval.decided',
        suffix: 'approval.decided',
        table: 'sysapproval_approver',
        description: 'An approver approved or rejected a change (the event is on the approval). parm1: the approver; parm2: the change.',
        fired_by: 'Persona Service Management: Approval business rule on update',
    },
})

Record({
    $id: Now.ID['event_xla_weekly_digest'],
    table: 'sysevent_register',
    data: {
        event_name: 'x_psm_persona.xla.weekly_digest',
        suffix: 'xla.weekly_digest',
        table: 'x_psm_persona_xla_digest',
        description: 'The weekly XLA digest is written. parm1: a change manager to send it to.',
        fired_by: 'Persona Service Management: scheduled job "XLA weekly digest"',
    },
})

Record({
    $id: Now.ID['mail_script_xla_decision'],
    table: 'sys_script_email',
    data: {
        name: 'x_psm_persona_xla_decision',
        new_lines_to_html: false,
        script: `(function runMailScript(/* GlideRecord */ current, /* TemplatePrinter */ template,
          /* Optional EmailOutbound */ email, /* Optional GlideRecord */ email_action,
          /* Optional GlideRecord */ event) {
    var mail = require('${MODULE_ROOT}/xla/decision-mail.ts');
    mail.printDecisionMail(current, template, email, email_action, event);
})(current, template, email, email_action, event);`,
    },
})

Record({
    $id: Now.ID['mail_script_xla_digest'],
    table: 'sys_script_email',
    data: {
        name: 'x_psm_persona_xla_digest',
        new_lines_to_html: false,
        script: `(function runMailScript(/* GlideRecord */ current, /* TemplatePrinter */ template,
          /* Optional EmailOutbound */ email, /* Optional GlideRecord */ email_action,
          /* Optional GlideRecord */ event) {
    var digest = require('${MODULE_ROOT}/xla/digest.ts');
    digest.printWeeklyDigest(current, template, event);
})(current, template, email, email_action, event);`,
    },
})

Record({
    $id: Now.ID['mail_script_xla_digest_text'],
    table: 'sys_script_email',
    data: {
        name: 'x_psm_persona_xla_digest_text',
        new_lines_to_html: false,
        script: `(function runMailScript(/* GlideRecord */ current, /* TemplatePrinter */ template,
          /* Optional EmailOutbound */ email, /* Optional GlideRecord */ email_action,
          /* Optional GlideRecord */ event) {
    var digest = require('${MODULE_ROOT}/xla/digest.ts');
    digest.printWeeklyDigestText(current, template, event);
})(current, template, email, email_action, event);`,
    },
})

Record({
    $id: Now.ID['mail_script_xla_decision_text'],
    table: 'sys_script_email',
    data: {
        name: 'x_psm_persona_xla_decision_text',
        new_lines_to_html: false,
        script: `(function runMailScript(/* GlideRecord */ current, /* TemplatePrinter */ template,
          /* Optional EmailOutbound */ email, /* Optional GlideRecord */ email_action,
          /* Optional GlideRecord */ event) {
    var mail = require('${MODULE_ROOT}/xla/decision-mail.ts');
    mail.printDecisionMailText(current, template, email, email_action, event);
})(current, template, email, email_action, event);`,
    },
})

EmailNotification({
    $id: Now.ID['notif_change_approver_decision'],
    table: 'sysapproval_approver',
    name: 'Persona change: approver, decision recorded',
    description: 'Confirms an approver\'s decision, says where the change stands and asks for feedback on the approval experience.',
    active: true,
    triggerConditions: {
        generationType: 'event',
        eventName: 'x_psm_persona.approval.decided',
    },
    recipientDetails: {
        eventParm1WithRecipient: true,
        // The approver caused the event by deciding: they are the one to receive it.
        sendToCreator: true,
    },
    emailContent: {
        contentType: 'multipart/mixed',
        subject: 'Your decision on ${sysapproval} is recorded: how was it?',
        messageHtml: '${mail_script:x_psm_persona_xla_decision}',
        messageText: '${mail_script:x_psm_persona_xla_decision_text}',
    },
})

EmailNotification({
    $id: Now.ID['notif_xla_weekly_digest'],
    table: 'x_psm_persona_xla_digest',
    name: 'XLA weekly digest',
    description: 'For change managers: XLA attainment of the week, the worst-served stakeholder group and the open high-risk changes.',
    active: true,
    triggerConditions: {
        generationType: 'event',
        eventName: 'x_psm_persona.xla.weekly_digest',
    },
    recipientDetails: {
        eventParm1WithRecipient: true,
        sendToCreator: true,
    },
    emailContent: {
        contentType: 'multipart/mixed',
        subject: 'XLA weekly digest: ${xlas_met} of ${xlas_measured} XLAs met, week to ${period_end}',
        messageHtml: '${mail_script:x_psm_persona_xla_digest}',
        messageText: '${mail_script:x_psm_persona_xla_digest_text}',
    },
})

// ---- A low rating (0–6): the follow-up's email to its assignee, else the change managers ----

Record({
    $id: Now.ID['event_experience_low_rating'],
    table: 'sysevent_register',
    data: {
        event_name: 'x_psm_persona.experience.low_rating',
        suffix: 'experience.low_rating',
        table: 'x_psm_persona_followup',
        description: 'A survey answer scored 0–6 and an Experience Follow-up was opened (the event is on the follow-up). parm1: who to tell (its assignee, else the change managers); parm2: the surveyed task.',
        fired_by: 'Persona Service Management: business rule "Persona: follow up a low rating"',
    },
})

Record({
    $id: Now.ID['mail_script_experience_followup'],
    table: 'sys_script_email',
    data: {
        name: 'x_psm_persona_experience_followup',
        new_lines_to_html: false,
        script: `(function runMailScript(/* GlideRecord */ current, /* TemplatePrinter */ template,
          /* Optional EmailOutbound */ email, /* Optional GlideRecord */ email_action,
          /* Optional GlideRecord */ event) {
    var mail = require('${MODULE_ROOT}/xla/follow-up.ts');
    mail.printFollowUpMail(current, template, email, email_action, event);
})(current, template, email, email_action, event);`,
    },
})

Record({
    $id: Now.ID['mail_script_experience_followup_text'],
    table: 'sys_script_email',
    data: {
        name: 'x_psm_persona_experience_followup_text',
        new_lines_to_html: false,
        script: `(function runMailScript(/* GlideRecord */ current, /* TemplatePrinter */ template,
          /* Optional EmailOutbound */ email, /* Optional GlideRecord */ email_action,
          /* Optional GlideRecord */ event) {
    var mail = require('${MODULE_ROOT}/xla/follow-up.ts');
    mail.printFollowUpMailText(current, template, email, email_action, event);
})(current, template, email, email_action, event);`,
    },
})

EmailNotification({
    $id: Now.ID['notif_experience_low_rating'],
    table: 'x_psm_persona_followup',
    name: 'Persona experience: low rating to follow up',
    description: 'Tells the follow-up\'s assignee (else the change managers) that a stakeholder rated their experience 0–6, with their comment and time lost.',
    active: true,
    triggerConditions: {
        generationType: 'event',
        eventName: 'x_psm_persona.experience.low_rating',
    },
    recipientDetails: {
        eventParm1WithRecipient: true,
        sendToCreator: true,
    },
    emailContent: {
        contentType: 'multipart/mixed',
        subject: 'Low rating to follow up: ${number}',
        messageHtml: '${mail_script:x_psm_persona_experience_followup}',
        messageText: '${mail_script:x_psm_persona_experience_followup_text}',
    },
})
