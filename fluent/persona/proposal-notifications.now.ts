import '@servicenow/sdk/global'
import { BusinessRule, EmailNotification, Record } from '@servicenow/sdk/core'
import { MODULE_ROOT } from '../module-path'
import { queueProposalApprovalRequest, queueProposalDecided } from '../../src/server/persona/proposal-mail'

/*
 * Persona proposals by email (issue 17.2): the approvers are asked, the proposer hears the decision.
 * A proposal is approved as a document (sysapproval_approver.source_table/document_id), which the
 * base "Approval Request" notification does not send (task-based approvals only): these do.
 * src/server/persona/proposal-mail.ts renders both; links go to portal pages that exist: the base
 * approval page (/sp?id=approval&sys_id=<approval>) and the team page (/sp?id=psm_team_personas).
 */

Record({
    $id: Now.ID['event_proposal_approval_requested'],
    table: 'sysevent_register',
    data: {
        event_name: 'x_psm_persona.proposal.approval_requested',
        suffix: 'proposal.approval_requested',
        table: 'sysapproval_approver',
        description: 'A persona administrator is asked to approve a persona proposal (the event is on the approval). parm1: the approver; parm2: the proposal.',
        fired_by: 'Persona Service Management: business rule "Persona: ask proposal approvers"',
    },
})

Record({
    $id: Now.ID['event_proposal_decided'],
    table: 'sysevent_register',
    data: {
        event_name: 'x_psm_persona.proposal.decided',
        suffix: 'proposal.decided',
        table: 'x_psm_persona_proposal',
        description: 'A persona proposal was approved or rejected. parm1: the proposer; parm2: the decision (approved, rejected).',
        fired_by: 'Persona Service Management: business rule "Persona: tell the proposer the decision"',
    },
})

BusinessRule({
    $id: Now.ID['br_proposal_ask_approvers'],
    name: 'Persona: ask proposal approvers',
    description: 'When an approval of a persona proposal is requested, queues the email asking its approver (one per approver).',
    table: 'sysapproval_approver',
    when: 'after',
    action: ['insert'],
    filterCondition: 'source_table=x_psm_persona_proposal^state=requested',
    order: 300,
    active: true,
    script: queueProposalApprovalRequest,
})

BusinessRule({
    $id: Now.ID['br_proposal_tell_proposer'],
    name: 'Persona: tell the proposer the decision',
    description: 'When a persona proposal is approved or rejected, queues the email telling its proposer the decision and who decided.',
    table: 'x_psm_persona_proposal',
    when: 'after',
    action: ['update'],
    filterCondition: 'stateVALCHANGES',
    order: 100,
    active: true,
    script: queueProposalDecided,
})

Record({
    $id: Now.ID['mail_script_proposal_request'],
    table: 'sys_script_email',
    data: {
        name: 'x_psm_persona_proposal_request',
        new_lines_to_html: false,
        script: `(function runMailScript(/* GlideRecord */ current, /* TemplatePrinter */ template,
          /* Optional EmailOutbound */ email, /* Optional GlideRecord */ email_action,
          /* Optional GlideRecord */ event) {
    var mail = require('${MODULE_ROOT}/persona/proposal-mail.ts');
    mail.printProposalRequest(current, template, email);
})(current, template, email, email_action, event);`,
    },
})

Record({
    $id: Now.ID['mail_script_proposal_request_text'],
    table: 'sys_script_email',
    data: {
        name: 'x_psm_persona_proposal_request_text',
        new_lines_to_html: false,
        script: `(function runMailScript(/* GlideRecord */ current, /* TemplatePrinter */ template,
          /* Optional EmailOutbound */ email, /* Optional GlideRecord */ email_action,
          /* Optional GlideRecord */ event) {
    var mail = require('${MODULE_ROOT}/persona/proposal-mail.ts');
    mail.printProposalRequestText(current, template);
})(current, template, email, email_action, event);`,
    },
})

Record({
    $id: Now.ID['mail_script_proposal_decision'],
    table: 'sys_script_email',
    data: {
        name: 'x_psm_persona_proposal_decision',
        new_lines_to_html: false,
        script: `(function runMailScript(/* GlideRecord */ current, /* TemplatePrinter */ template,
          /* Optional EmailOutbound */ email, /* Optional GlideRecord */ email_action,
          /* Optional GlideRecord */ event) {
    var mail = require('${MODULE_ROOT}/persona/proposal-mail.ts');
    mail.printProposalDecision(current, template, email);
})(current, template, email, email_action, event);`,
    },
})

Record({
    $id: Now.ID['mail_script_proposal_decision_text'],
    table: 'sys_script_email',
    data: {
        name: 'x_psm_persona_proposal_decision_text',
        new_lines_to_html: false,
        script: `(function runMailScript(/* GlideRecord */ current, /* TemplatePrinter */ template,
          /* Optional EmailOutbound */ email, /* Optional GlideRecord */ email_action,
          /* Optional GlideRecord */ event) {
    var mail = require('${MODULE_ROOT}/persona/proposal-mail.ts');
    mail.printProposalDecisionText(current, template);
})(current, template, email, email_action, event);`,
    },
})

EmailNotification({
    $id: Now.ID['notif_proposal_request'],
    table: 'sysapproval_approver',
    name: 'Persona proposal: approval needed',
    description: 'Asks a persona administrator to approve or reject a persona proposal, with who proposes what for whom and why; links to their approval on the portal.',
    active: true,
    triggerConditions: { generationType: 'event', eventName: 'x_psm_persona.proposal.approval_requested' },
    recipientDetails: { eventParm1WithRecipient: true, sendToCreator: true },
    emailContent: {
        contentType: 'multipart/mixed',
        subject: 'Persona proposal: your approval is needed',
        messageHtml: '${mail_script:x_psm_persona_proposal_request}',
        messageText: '${mail_script:x_psm_persona_proposal_request_text}',
    },
})

EmailNotification({
    $id: Now.ID['notif_proposal_decided'],
    table: 'x_psm_persona_proposal',
    name: 'Persona proposal: decision',
    description: 'Tells the proposer their persona proposal was approved or rejected, by whom, with the comment; links to their team page.',
    active: true,
    triggerConditions: { generationType: 'event', eventName: 'x_psm_persona.proposal.decided' },
    recipientDetails: { eventParm1WithRecipient: true, sendToCreator: true },
    emailContent: {
        contentType: 'multipart/mixed',
        subject: 'Your persona proposal for ${user}: ${state}',
        messageHtml: '${mail_script:x_psm_persona_proposal_decision}',
        messageText: '${mail_script:x_psm_persona_proposal_decision_text}',
    },
})
