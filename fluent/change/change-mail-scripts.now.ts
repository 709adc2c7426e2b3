import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'
import { MODULE_ROOT } from '../module-path'

/*
 * Thin mail scripts: each hands the change, the printer and the event to the app's module, which
 * builds and escapes the whole message (src/server/change/mail.ts). The require path is the
 * module's sys_module path: scope/package/version/file, as the SDK names it.
 */

Record({
    $id: Now.ID['mail_script_change_requester'],
    table: 'sys_script_email',
    data: {
        name: 'x_psm_persona_change_requester',
        new_lines_to_html: false,
        script: `(function runMailScript(/* GlideRecord */ current, /* TemplatePrinter */ template,
          /* Optional EmailOutbound */ email, /* Optional GlideRecord */ email_action,
          /* Optional GlideRecord */ event) {
    var mail = require('${MODULE_ROOT}/change/mail.ts');
    mail.printChangeMail('requester', current, template, email, email_action, event);
})(current, template, email, email_action, event);`,
    },
})

Record({
    $id: Now.ID['mail_script_change_approver'],
    table: 'sys_script_email',
    data: {
        name: 'x_psm_persona_change_approver',
        new_lines_to_html: false,
        script: `(function runMailScript(/* GlideRecord */ current, /* TemplatePrinter */ template,
          /* Optional EmailOutbound */ email, /* Optional GlideRecord */ email_action,
          /* Optional GlideRecord */ event) {
    var mail = require('${MODULE_ROOT}/change/mail.ts');
    mail.printChangeMail('approver', current, template, email, email_action, event);
})(current, template, email, email_action, event);`,
    },
})

Record({
    $id: Now.ID['mail_script_change_implementer'],
    table: 'sys_script_email',
    data: {
        name: 'x_psm_persona_change_implementer',
        new_lines_to_html: false,
        script: `(function runMailScript(/* GlideRecord */ current, /* TemplatePrinter */ template,
          /* Optional EmailOutbound */ email, /* Optional GlideRecord */ email_action,
          /* Optional GlideRecord */ event) {
    var mail = require('${MODULE_ROOT}/change/mail.ts');
    mail.printChangeMail('implementer', current, template, email, email_action, event);
})(current, template, email, email_action, event);`,
    },
})

Record({
    $id: Now.ID['mail_script_change_manager'],
    table: 'sys_script_email',
    data: {
        name: 'x_psm_persona_change_manager',
        new_lines_to_html: false,
        script: `(function runMailScript(/* GlideRecord */ current, /* TemplatePrinter */ template,
          /* Optional EmailOutbound */ email, /* Optional GlideRecord */ email_action,
          /* Optional GlideRecord */ event) {
    var mail = require('${MODULE_ROOT}/change/mail.ts');
    mail.printChangeMail('change_manager', current, template, email, email_action, event);
})(current, template, email, email_action, event);`,
    },
})

Record({
    $id: Now.ID['mail_script_change_high_risk_update'],
    table: 'sys_script_email',
    data: {
        name: 'x_psm_persona_change_high_risk_update',
        new_lines_to_html: false,
        script: `(function runMailScript(/* GlideRecord */ current, /* TemplatePrinter */ template,
          /* Optional EmailOutbound */ email, /* Optional GlideRecord */ email_action,
          /* Optional GlideRecord */ event) {
    var mail = require('${MODULE_ROOT}/change/mail.ts');
    mail.printHighRiskUpdate(current, template, email, email_action, event);
})(current, template, email, email_action, event);`,
    },
})

/* The plain-text parts (each notification's message_text): the same message, links written out, no entities. */

Record({
    $id: Now.ID['mail_script_change_requester_text'],
    table: 'sys_script_email',
    data: {
        name: 'x_psm_persona_change_requester_text',
        new_lines_to_html: false,
        script: `(function runMailScript(/* GlideRecord */ current, /* TemplatePrinter */ template,
          /* Optional EmailOutbound */ email, /* Optional GlideRecord */ email_action,
          /* Optional GlideRecord */ event) {
    var mail = require('${MODULE_ROOT}/change/mail.ts');
    mail.printChangeMailText('requester', current, template, email, email_action, event);
})(current, template, email, email_action, event);`,
    },
})

Record({
    $id: Now.ID['mail_script_change_approver_text'],
    table: 'sys_script_email',
    data: {
        name: 'x_psm_persona_change_approver_text',
        new_lines_to_html: false,
        script: `(function runMailScript(/* GlideRecord */ current, /* TemplatePrinter */ template,
          /* Optional EmailOutbound */ email, /* Optional GlideRecord */ email_action,
          /* Optional GlideRecord */ event) {
    var mail = require('${MODULE_ROOT}/change/mail.ts');
    mail.printChangeMailText('approver', current, template, email, email_action, event);
})(current, template, email, email_action, event);`,
    },
})

Record({
    $id: Now.ID['mail_script_change_implementer_text'],
    table: 'sys_script_email',
    data: {
        name: 'x_psm_persona_change_implementer_text',
        new_lines_to_html: false,
        script: `(function runMailScript(/* GlideRecord */ current, /* TemplatePrinter */ template,
          /* Optional EmailOutbound */ email, /* Optional GlideRecord */ email_action,
          /* Optional GlideRecord */ event) {
    var mail = require('${MODULE_ROOT}/change/mail.ts');
    mail.printChangeMailText('implementer', current, template, email, email_action, event);
})(current, template, email, email_action, event);`,
    },
})

Record({
    $id: Now.ID['mail_script_change_manager_text'],
    table: 'sys_script_email',
    data: {
        name: 'x_psm_persona_change_manager_text',
        new_lines_to_html: false,
        script: `(function runMailScript(/* GlideRecord */ current, /* TemplatePrinter */ template,
          /* Optional EmailOutbound */ email, /* Optional GlideRecord */ email_action,
          /* Optional GlideRecord */ event) {
    var mail = require('${MODULE_ROOT}/change/mail.ts');
    mail.printChangeMailText('change_manager', current, template, email, email_action, event);
})(current, template, email, email_action, event);`,
    },
})

Record({
    $id: Now.ID['mail_script_change_high_risk_update_text'],
    table: 'sys_script_email',
    data: {
        name: 'x_psm_persona_change_high_risk_update_text',
        new_lines_to_html: false,
        script: `(function runMailScript(/* GlideRecord */ current, /* TemplatePrinter */ template,
          /* Optional EmailOutbound */ email, /* Optional GlideRecord */ email_action,
          /* Optional GlideRecord */ event) {
    var mail = require('${MODULE_ROOT}/change/mail.ts');
    mail.printHighRiskUpdateText(current, template, email, email_action, event);
})(current, template, email, email_action, event);`,
    },
})
