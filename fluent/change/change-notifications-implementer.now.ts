import '@servicenow/sdk/global'
import { EmailNotification } from '@servicenow/sdk/core'

/*
 * Implementer: assigned_to, or the assignment group when no one is assigned. Each moment has a
 * notification per case, told apart by their conditions, so exactly one of them sends.
 */

EmailNotification({
    $id: Now.ID['notif_change_implementer_scheduled'],
    table: 'change_request',
    name: 'Persona change: implementer, scheduled',
    description: 'Action plan: window, implementation plan, phases, backout plan, support and feedback.',
    active: true,
    triggerConditions: {
        generationType: 'event',
        eventName: 'x_psm_persona.change.scheduled',
        condition: 'assigned_toISNOTEMPTY',
    },
    recipientDetails: {
        recipientFields: ['assigned_to'],
        sendToCreator: true,
    },
    emailContent: {
        contentType: 'multipart/mixed',
        subject: 'Action plan: implement ${number} (${start_date} to ${end_date})',
        messageHtml: '${mail_script:x_psm_persona_change_implementer}',
        messageText: '${mail_script:x_psm_persona_change_implementer_text}',
    },
})

EmailNotification({
    $id: Now.ID['notif_change_implementer_group_scheduled'],
    table: 'change_request',
    name: 'Persona change: implementer group, scheduled',
    description: 'Action plan: window, implementation plan, phases, backout plan, support and feedback. For the assignment group while no one is assigned.',
    active: true,
    triggerConditions: {
        generationType: 'event',
        eventName: 'x_psm_persona.change.scheduled',
        condition: 'assigned_toISEMPTY^assignment_groupISNOTEMPTY',
    },
    recipientDetails: {
        recipientFields: ['assignment_group'],
        sendToCreator: true,
    },
    emailContent: {
        contentType: 'multipart/mixed',
        subject: 'Action plan: implement ${number} (${start_date} to ${end_date})',
        messageHtml: '${mail_script:x_psm_persona_change_implementer}',
        messageText: '${mail_script:x_psm_persona_change_implementer_text}',
    },
})

EmailNotification({
    $id: Now.ID['notif_change_implementer_assigned'],
    table: 'change_request',
    name: 'Persona change: implementer, assigned',
    description: 'A new implementer of a scheduled change: the action plan.',
    active: true,
    triggerConditions: {
        generationType: 'event',
        eventName: 'x_psm_persona.change.assigned',
        condition: 'assigned_toISNOTEMPTY',
    },
    recipientDetails: {
        recipientFields: ['assigned_to'],
        sendToCreator: true,
    },
    emailContent: {
        contentType: 'multipart/mixed',
        subject: 'Action plan: you implement ${number}',
        messageHtml: '${mail_script:x_psm_persona_change_implementer}',
        messageText: '${mail_script:x_psm_persona_change_implementer_text}',
    },
})

EmailNotification({
    $id: Now.ID['notif_change_implementer_group_assigned'],
    table: 'change_request',
    name: 'Persona change: implementer group, assigned',
    description: 'A new implementer of a scheduled change: the action plan. For the assignment group while no one is assigned.',
    active: true,
    triggerConditions: {
        generationType: 'event',
        eventName: 'x_psm_persona.change.assigned',
        condition: 'assigned_toISEMPTY^assignment_groupISNOTEMPTY',
    },
    recipientDetails: {
        recipientFields: ['assignment_group'],
        sendToCreator: true,
    },
    emailContent: {
        contentType: 'multipart/mixed',
        subject: 'Action plan: you implement ${number}',
        messageHtml: '${mail_script:x_psm_persona_change_implementer}',
        messageText: '${mail_script:x_psm_persona_change_implementer_text}',
    },
})

EmailNotification({
    $id: Now.ID['notif_change_implementer_implementing'],
    table: 'change_request',
    name: 'Persona change: implementer, implementing',
    description: 'Implementation started: troubleshooting resources, support channel, backout plan.',
    active: true,
    triggerConditions: {
        generationType: 'event',
        eventName: 'x_psm_persona.change.implementing',
        condition: 'assigned_toISNOTEMPTY',
    },
    recipientDetails: {
        recipientFields: ['assigned_to'],
        sendToCreator: true,
    },
    emailContent: {
        contentType: 'multipart/mixed',
        subject: '${number} is in implementation: troubleshooting and support',
        messageHtml: '${mail_script:x_psm_persona_change_implementer}',
        messageText: '${mail_script:x_psm_persona_change_implementer_text}',
    },
})

EmailNotification({
    $id: Now.ID['notif_change_implementer_group_implementing'],
    table: 'change_request',
    name: 'Persona change: implementer group, implementing',
    description: 'Implementation started: troubleshooting resources, support channel, backout plan. For the assignment group while no one is assigned.',
    active: true,
    triggerConditions: {
        generationType: 'event',
        eventName: 'x_psm_persona.change.implementing',
        condition: 'assigned_toISEMPTY^assignment_groupISNOTEMPTY',
    },
    recipientDetails: {
        recipientFields: ['assignment_group'],
        sendToCreator: true,
    },
    emailContent: {
        contentType: 'multipart/mixed',
        subject: '${number} is in implementation: troubleshooting and support',
        messageHtml: '${mail_script:x_psm_persona_change_implementer}',
        messageText: '${mail_script:x_psm_persona_change_implementer_text}',
    },
})

EmailNotification({
    $id: Now.ID['notif_change_implementer_review'],
    table: 'change_request',
    name: 'Persona change: implementer, review',
    description: 'Implemented: a way to report implementation feedback.',
    active: true,
    triggerConditions: {
        generationType: 'event',
        eventName: 'x_psm_persona.change.review',
        condition: 'assigned_toISNOTEMPTY',
    },
    recipientDetails: {
        recipientFields: ['assigned_to'],
        sendToCreator: true,
    },
    emailContent: {
        contentType: 'multipart/mixed',
        subject: '${number} is in review: report implementation feedback',
        messageHtml: '${mail_script:x_psm_persona_change_implementer}',
        messageText: '${mail_script:x_psm_persona_change_implementer_text}',
    },
})

EmailNotification({
    $id: Now.ID['notif_change_implementer_group_review'],
    table: 'change_request',
    name: 'Persona change: implementer group, review',
    description: 'Implemented: a way to report implementation feedback. For the assignment group while no one is assigned.',
    active: true,
    triggerConditions: {
        generationType: 'event',
        eventName: 'x_psm_persona.change.review',
        condition: 'assigned_toISEMPTY^assignment_groupISNOTEMPTY',
    },
    recipientDetails: {
        recipientFields: ['assignment_group'],
        sendToCreator: true,
    },
    emailContent: {
        contentType: 'multipart/mixed',
        subject: '${number} is in review: report implementation feedback',
        messageHtml: '${mail_script:x_psm_persona_change_implementer}',
        messageText: '${mail_script:x_psm_persona_change_implementer_text}',
    },
})

EmailNotification({
    $id: Now.ID['notif_change_implementer_canceled'],
    table: 'change_request',
    name: 'Persona change: implementer, canceled',
    description: 'The change was canceled after the action plan went out: stand down.',
    active: true,
    triggerConditions: {
        generationType: 'event',
        eventName: 'x_psm_persona.change.canceled',
        condition: 'assigned_toISNOTEMPTY',
        // Stand down only who received an action plan: plans go out from Scheduled on, so the change was
        // Scheduled (-2) or in Implement (-1) when canceled (parm2 of the canceled event: the previous state).
        advancedCondition: "answer = !!event && (String(event.getValue('parm2')) == '-2' || String(event.getValue('parm2')) == '-1');",
    },
    recipientDetails: {
        recipientFields: ['assigned_to'],
        sendToCreator: true,
    },
    emailContent: {
        contentType: 'multipart/mixed',
        subject: '${number} was canceled: do not implement',
        messageHtml: '${mail_script:x_psm_persona_change_implementer}',
        messageText: '${mail_script:x_psm_persona_change_implementer_text}',
    },
})

EmailNotification({
    $id: Now.ID['notif_change_implementer_group_canceled'],
    table: 'change_request',
    name: 'Persona change: implementer group, canceled',
    description: 'The change was canceled after the action plan went out: stand down. For the assignment group while no one is assigned.',
    active: true,
    triggerConditions: {
        generationType: 'event',
        eventName: 'x_psm_persona.change.canceled',
        condition: 'assigned_toISEMPTY^assignment_groupISNOTEMPTY',
        // Stand down only who received an action plan: plans go out from Scheduled on, so the change was
        // Scheduled (-2) or in Implement (-1) when canceled (parm2 of the canceled event: the previous state).
        advancedCondition: "answer = !!event && (String(event.getValue('parm2')) == '-2' || String(event.getValue('parm2')) == '-1');",
    },
    recipientDetails: {
        recipientFields: ['assignment_group'],
        sendToCreator: true,
    },
    emailContent: {
        contentType: 'multipart/mixed',
        subject: '${number} was canceled: do not implement',
        messageHtml: '${mail_script:x_psm_persona_change_implementer}',
        messageText: '${mail_script:x_psm_persona_change_implementer_text}',
    },
})
