import '@servicenow/sdk/global'
import { EmailNotification } from '@servicenow/sdk/core'

/* Requester (requested_by): guidance on submission, status at every step, rollout plan, feedback request. */

EmailNotification({
    $id: Now.ID['notif_change_requester_submitted'],
    table: 'change_request',
    name: 'Persona change: requester, submitted',
    description: 'What happens next after submitting a change, and the gaps approvers will ask about.',
    active: true,
    triggerConditions: {
        generationType: 'event',
        eventName: 'x_psm_persona.change.submitted',
    },
    recipientDetails: {
        recipientFields: ['requested_by'],
        sendToCreator: true,
    },
    emailContent: {
        contentType: 'multipart/mixed',
        subject: 'Change ${number} received: ${short_description}',
        messageHtml: '${mail_script:x_psm_persona_change_requester}',
        messageText: '${mail_script:x_psm_persona_change_requester_text}',
    },
})

EmailNotification({
    $id: Now.ID['notif_change_requester_assess'],
    table: 'change_request',
    name: 'Persona change: requester, assessing',
    description: 'Status: the change is being assessed.',
    active: true,
    triggerConditions: {
        generationType: 'event',
        eventName: 'x_psm_persona.change.assess',
    },
    recipientDetails: {
        recipientFields: ['requested_by'],
        sendToCreator: true,
    },
    emailContent: {
        contentType: 'multipart/mixed',
        subject: 'Change ${number} is being assessed',
        messageHtml: '${mail_script:x_psm_persona_change_requester}',
        messageText: '${mail_script:x_psm_persona_change_requester_text}',
    },
})

EmailNotification({
    $id: Now.ID['notif_change_requester_authorize'],
    table: 'change_request',
    name: 'Persona change: requester, awaiting approval',
    description: 'Status: the change waits for CAB approval, with who approves and how far they are.',
    active: true,
    triggerConditions: {
        generationType: 'event',
        eventName: 'x_psm_persona.change.authorize',
    },
    recipientDetails: {
        recipientFields: ['requested_by'],
        sendToCreator: true,
    },
    emailContent: {
        contentType: 'multipart/mixed',
        subject: 'Change ${number} is waiting for approval',
        messageHtml: '${mail_script:x_psm_persona_change_requester}',
        messageText: '${mail_script:x_psm_persona_change_requester_text}',
    },
})

EmailNotification({
    $id: Now.ID['notif_change_requester_rejected'],
    table: 'change_request',
    name: 'Persona change: requester, rejected',
    description: 'Status: the change was rejected (and canceled), by whom, and what to do next.',
    active: true,
    triggerConditions: {
        generationType: 'event',
        eventName: 'x_psm_persona.change.rejected',
    },
    recipientDetails: {
        recipientFields: ['requested_by'],
        sendToCreator: true,
    },
    emailContent: {
        contentType: 'multipart/mixed',
        subject: 'Change ${number} was not approved',
        messageHtml: '${mail_script:x_psm_persona_change_requester}',
        messageText: '${mail_script:x_psm_persona_change_requester_text}',
    },
})

EmailNotification({
    $id: Now.ID['notif_change_requester_scheduled'],
    table: 'change_request',
    name: 'Persona change: requester, scheduled',
    description: 'Approved and scheduled: personalised rollout plan, training and support line.',
    active: true,
    triggerConditions: {
        generationType: 'event',
        eventName: 'x_psm_persona.change.scheduled',
    },
    recipientDetails: {
        recipientFields: ['requested_by'],
        sendToCreator: true,
    },
    emailContent: {
        contentType: 'multipart/mixed',
        subject: 'Change ${number} is scheduled: your rollout plan',
        messageHtml: '${mail_script:x_psm_persona_change_requester}',
        messageText: '${mail_script:x_psm_persona_change_requester_text}',
    },
})

EmailNotification({
    $id: Now.ID['notif_change_requester_implementing'],
    table: 'change_request',
    name: 'Persona change: requester, implementing',
    description: 'Status: implementation has started, with the support line.',
    active: true,
    triggerConditions: {
        generationType: 'event',
        eventName: 'x_psm_persona.change.implementing',
    },
    recipientDetails: {
        recipientFields: ['requested_by'],
        sendToCreator: true,
    },
    emailContent: {
        contentType: 'multipart/mixed',
        subject: 'Change ${number} is being implemented',
        messageHtml: '${mail_script:x_psm_persona_change_requester}',
        messageText: '${mail_script:x_psm_persona_change_requester_text}',
    },
})

EmailNotification({
    $id: Now.ID['notif_change_requester_review'],
    table: 'change_request',
    name: 'Persona change: requester, implemented',
    description: 'The change is implemented: a request for feedback.',
    active: true,
    triggerConditions: {
        generationType: 'event',
        eventName: 'x_psm_persona.change.review',
    },
    recipientDetails: {
        recipientFields: ['requested_by'],
        sendToCreator: true,
    },
    emailContent: {
        contentType: 'multipart/mixed',
        subject: 'Change ${number} is done: how did it go?',
        messageHtml: '${mail_script:x_psm_persona_change_requester}',
        messageText: '${mail_script:x_psm_persona_change_requester_text}',
    },
})

EmailNotification({
    $id: Now.ID['notif_change_requester_closed'],
    table: 'change_request',
    name: 'Persona change: requester, closed',
    description: 'Status: the change is closed.',
    active: true,
    triggerConditions: {
        generationType: 'event',
        eventName: 'x_psm_persona.change.closed',
    },
    recipientDetails: {
        recipientFields: ['requested_by'],
        sendToCreator: true,
    },
    emailContent: {
        contentType: 'multipart/mixed',
        subject: 'Change ${number} is closed',
        messageHtml: '${mail_script:x_psm_persona_change_requester}',
        messageText: '${mail_script:x_psm_persona_change_requester_text}',
    },
})

EmailNotification({
    $id: Now.ID['notif_change_requester_canceled'],
    table: 'change_request',
    name: 'Persona change: requester, canceled',
    description: 'Status: the change was canceled (a rejection has its own message).',
    active: true,
    triggerConditions: {
        generationType: 'event',
        eventName: 'x_psm_persona.change.canceled',
        condition: 'approval!=rejected',
    },
    recipientDetails: {
        recipientFields: ['requested_by'],
        sendToCreator: true,
    },
    emailContent: {
        contentType: 'multipart/mixed',
        subject: 'Change ${number} was canceled',
        messageHtml: '${mail_script:x_psm_persona_change_requester}',
        messageText: '${mail_script:x_psm_persona_change_requester_text}',
    },
})
