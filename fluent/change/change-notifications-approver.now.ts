import '@servicenow/sdk/global'
import { EmailNotification } from '@servicenow/sdk/core'

/* Approvers (one event per approver, parm1) and change managers (role change_manager, one event each). */

EmailNotification({
    $id: Now.ID['notif_change_approver_requested'],
    table: 'change_request',
    name: 'Persona change: approver, approval requested',
    description: 'The decision asked of one approver: risk assessment and impact summary, nothing else.',
    active: true,
    triggerConditions: {
        generationType: 'event',
        eventName: 'x_psm_persona.change.approval_requested',
    },
    recipientDetails: {
        eventParm1WithRecipient: true,
        sendToCreator: true,
    },
    emailContent: {
        contentType: 'multipart/mixed',
        subject: 'Approval needed: ${number} (risk ${risk}): ${short_description}',
        messageHtml: '${mail_script:x_psm_persona_change_approver}',
        messageText: '${mail_script:x_psm_persona_change_approver_text}',
        importance: 'high',
    },
})

EmailNotification({
    $id: Now.ID['notif_change_high_risk_update'],
    table: 'change_request',
    name: 'Persona change: high-risk update',
    description: 'A high-risk change in flight changed: what changed, the refreshed assessment, the approval status.',
    active: true,
    triggerConditions: {
        generationType: 'event',
        eventName: 'x_psm_persona.change.high_risk_update',
    },
    recipientDetails: {
        eventParm1WithRecipient: true,
        sendToCreator: false,
    },
    emailContent: {
        contentType: 'multipart/mixed',
        subject: 'High-risk change ${number} updated: ${short_description}',
        messageHtml: '${mail_script:x_psm_persona_change_high_risk_update}',
        messageText: '${mail_script:x_psm_persona_change_high_risk_update_text}',
    },
})

EmailNotification({
    $id: Now.ID['notif_change_manager_authorize'],
    table: 'change_request',
    name: 'Persona change: change manager, high-risk approval',
    description: 'A high-risk change entered Authorize: the approver summary and the approval status.',
    active: true,
    triggerConditions: {
        generationType: 'event',
        eventName: 'x_psm_persona.change.high_risk_authorize',
    },
    recipientDetails: {
        eventParm1WithRecipient: true,
        sendToCreator: true,
    },
    emailContent: {
        contentType: 'multipart/mixed',
        subject: 'High-risk change ${number} is waiting for approval',
        messageHtml: '${mail_script:x_psm_persona_change_manager}',
        messageText: '${mail_script:x_psm_persona_change_manager_text}',
        importance: 'high',
    },
})
