import '@servicenow/sdk/global'
import { Acl, BusinessRule, EmailNotification, Property, Record, ScheduledScript } from '@servicenow/sdk/core'
import { adminRole, analystRole } from '../security/roles.now'
import { MODULE_ROOT } from '../module-path'
import { capacityCheckJob } from '../../src/server/ops/capacity'
import { incidentPersonaAfterSave, incidentPersonaBeforeSave, problemPersonasAfterSave } from '../../src/server/ops/incident-persona'

/* Capacity alerts, persona-aware incidents and problems: events, rules, notifications, the daily check, access. */

Property({
    $id: Now.ID['prop_capacity_trend_weeks'],
    name: 'x_psm_persona.capacity.trend_weeks',
    type: 'integer',
    value: '8',
    description: 'Capacity forecast: how many recent weeks of persona changes the trend line is fitted through (1–52).',
    roles: { read: [adminRole, analystRole], write: [adminRole] },
})

Property({
    $id: Now.ID['prop_capacity_forecast_weeks'],
    name: 'x_psm_persona.capacity.forecast_weeks',
    type: 'integer',
    value: '4',
    description: 'Capacity forecast: how many weeks ahead the trend is followed (1–52).',
    roles: { read: [adminRole, analystRole], write: [adminRole] },
})

Record({
    $id: Now.ID['event_capacity_breached'],
    table: 'sysevent_register',
    data: {
        event_name: 'x_psm_persona.capacity.breached',
        suffix: 'capacity.breached',
        table: 'x_psm_persona_service_capacity',
        description: 'Persona demand on a service reached its alert threshold (once per crossing). parm1: the service owner; parm2: utilisation %.',
        fired_by: 'Persona Service Management: scheduled job "Persona capacity check"',
    },
})

Record({
    $id: Now.ID['event_incident_opened'],
    table: 'sysevent_register',
    data: {
        event_name: 'x_psm_persona.incident.opened',
        suffix: 'incident.opened',
        table: 'incident',
        description: 'An incident with a caller was logged. parm1: the caller; parm2: the update channel of their persona.',
        fired_by: 'Persona Service Management: incident business rule after insert',
    },
})

Record({
    $id: Now.ID['event_incident_resolved'],
    table: 'sysevent_register',
    data: {
        event_name: 'x_psm_persona.incident.resolved',
        suffix: 'incident.resolved',
        table: 'incident',
        description: 'An incident with a caller moved to Resolved. parm1: the caller.',
        fired_by: 'Persona Service Management: incident business rule after update',
    },
})

Record({
    $id: Now.ID['mail_script_incident_opened'],
    table: 'sys_script_email',
    data: {
        name: 'x_psm_persona_incident_opened',
        new_lines_to_html: false,
        script: `(function runMailScript(/* GlideRecord */ current, /* TemplatePrinter */ template,
          /* Optional EmailOutbound */ email, /* Optional GlideRecord */ email_action,
          /* Optional GlideRecord */ event) {
    var mail = require('${MODULE_ROOT}/ops/incident-persona.ts');
    mail.printIncidentOpened(current, template);
})(current, template, email, email_action, event);`,
    },
})

Record({
    $id: Now.ID['mail_script_incident_resolved'],
    table: 'sys_script_email',
    data: {
        name: 'x_psm_persona_incident_resolved',
        new_lines_to_html: false,
        script: `(function runMailScript(/* GlideRecord */ current, /* TemplatePrinter */ template,
          /* Optional EmailOutbound */ email, /* Optional GlideRecord */ email_action,
          /* Optional GlideRecord */ event) {
    var mail = require('${MODULE_ROOT}/ops/incident-persona.ts');
    mail.printIncidentResolved(current, template);
})(current, template, email, email_action, event);`,
    },
})

EmailNotification({
    $id: Now.ID['notif_capacity_breached'],
    table: 'x_psm_persona_service_capacity',
    name: 'Persona capacity alert',
    description: 'To the service owner (cmdb_ci_service.owned_by): persona demand reached the alert threshold of the service\'s capacity.',
    active: true,
    triggerConditions: { generationType: 'event', eventName: 'x_psm_persona.capacity.breached' },
    recipientDetails: { eventParm1WithRecipient: true, sendToCreator: true },
    emailContent: {
        contentType: 'text/plain',
        subject: 'Capacity alert: ${service} at ${event.parm2}% (threshold ${threshold_pct}%)',
        messageText:
            'Persona demand on ${service} is ${last_demand} ${unit} against a capacity of ${capacity} ${unit}; the forecast is ${last_forecast} ${unit}.\n\nDemand by persona:\n${last_summary}\n\nYou get this once per crossing of the threshold.',
    },
})

EmailNotification({
    $id: Now.ID['notif_incident_opened'],
    table: 'incident',
    name: 'Persona incident: caller acknowledgement',
    description: 'To the caller when their incident is logged: its priority and how updates will reach them, worded for their persona.',
    active: true,
    triggerConditions: { generationType: 'event', eventName: 'x_psm_persona.incident.opened' },
    recipientDetails: { eventParm1WithRecipient: true, sendToCreator: true },
    emailContent: {
        contentType: 'text/html',
        subject: '${number} logged: ${short_description}',
        messageHtml: '${mail_script:x_psm_persona_incident_opened}',
    },
})

EmailNotification({
    $id: Now.ID['notif_incident_resolved'],
    table: 'incident',
    name: 'Persona incident: resolved, how was it?',
    description: 'To the caller when their incident is resolved, with the experience survey (/sp?id=psm_feedback&task=<incident>&role=caller).',
    active: true,
    triggerConditions: { generationType: 'event', eventName: 'x_psm_persona.incident.resolved' },
    recipientDetails: { eventParm1WithRecipient: true, sendToCreator: true },
    emailContent: {
        contentType: 'text/html',
        subject: '${number} is resolved',
        messageHtml: '${mail_script:x_psm_persona_incident_resolved}',
    },
})

BusinessRule({
    $id: Now.ID['br_incident_persona'],
    name: 'Persona: caller persona and persona incident rules',
    description:
        'Writes the caller\'s persona, workstyle summary and update channel on the incident, and applies the first matching persona incident rule (raises urgency). Order 100: before the priority lookup, so priority follows the raised urgency.',
    table: 'incident',
    when: 'before',
    action: ['insert', 'update'],
    order: 100,
    active: true,
    script: incidentPersonaBeforeSave,
})

BusinessRule({
    $id: Now.ID['br_incident_persona_mail'],
    name: 'Persona: queue caller acknowledgement and resolution emails',
    description: 'Queues x_psm_persona.incident.opened on insert and x_psm_persona.incident.resolved when the incident moves to Resolved.',
    table: 'incident',
    when: 'after',
    action: ['insert', 'update'],
    order: 200,
    active: true,
    script: incidentPersonaAfterSave,
})

BusinessRule({
    $id: Now.ID['br_problem_personas'],
    name: 'Persona: affected personas of a problem',
    description: 'Recounts the personas of a problem\'s incidents when an incident is linked to or unlinked from it.',
    table: 'incident',
    when: 'after',
    action: ['insert', 'update', 'delete'],
    filterCondition: 'problem_idVALCHANGES^ORx_psm_persona_personaVALCHANGES',
    order: 300,
    active: true,
    script: problemPersonasAfterSave,
})

ScheduledScript({
    $id: Now.ID['job_capacity_check'],
    name: 'Persona capacity check',
    active: true,
    frequency: 'daily',
    executionStart: '2026-01-01 00:00:00',
    executionTime: { hours: 6, minutes: 0, seconds: 0 },
    timeZone: 'UTC',
    script: capacityCheckJob,
})

// ---- access: admins configure, analysts read ----
Acl({ $id: Now.ID['acl_service_capacity_read'], type: 'record', table: 'x_psm_persona_service_capacity', operation: 'read', roles: [analystRole], adminOverrides: true })
Acl({ $id: Now.ID['acl_service_capacity_write'], type: 'record', table: 'x_psm_persona_service_capacity', operation: 'write', roles: [adminRole], adminOverrides: true })
Acl({ $id: Now.ID['acl_service_capacity_create'], type: 'record', table: 'x_psm_persona_service_capacity', operation: 'create', roles: [adminRole], adminOverrides: true })
Acl({ $id: Now.ID['acl_service_capacity_delete'], type: 'record', table: 'x_psm_persona_service_capacity', operation: 'delete', roles: [adminRole], adminOverrides: true })
Acl({ $id: Now.ID['acl_demand_factor_read'], type: 'record', table: 'x_psm_persona_demand_factor', operation: 'read', roles: [analystRole], adminOverrides: true })
Acl({ $id: Now.ID['acl_demand_factor_write'], type: 'record', table: 'x_psm_persona_demand_factor', operation: 'write', roles: [adminRole], adminOverrides: true })
Acl({ $id: Now.ID['acl_demand_factor_create'], type: 'record', table: 'x_psm_persona_demand_factor', operation: 'create', roles: [adminRole], adminOverrides: true })
Acl({ $id: Now.ID['acl_demand_factor_delete'], type: 'record', table: 'x_psm_persona_demand_factor', operation: 'delete', roles: [adminRole], adminOverrides: true })
Acl({ $id: Now.ID['acl_offering_service_read'], type: 'record', table: 'x_psm_persona_offering_service', operation: 'read', roles: [analystRole], adminOverrides: true })
Acl({ $id: Now.ID['acl_offering_service_write'], type: 'record', table: 'x_psm_persona_offering_service', operation: 'write', roles: [adminRole], adminOverrides: true })
Acl({ $id: Now.ID['acl_offering_service_create'], type: 'record', table: 'x_psm_persona_offering_service', operation: 'create', roles: [adminRole], adminOverrides: true })
Acl({ $id: Now.ID['acl_offering_service_delete'], type: 'record', table: 'x_psm_persona_offering_service', operation: 'delete', roles: [adminRole], adminOverrides: true })
Acl({ $id: Now.ID['acl_availability_target_read'], type: 'record', table: 'x_psm_persona_availability_target', operation: 'read', roles: [analystRole], adminOverrides: true })
Acl({ $id: Now.ID['acl_availability_target_write'], type: 'record', table: 'x_psm_persona_availability_target', operation: 'write', roles: [adminRole], adminOverrides: true })
Acl({ $id: Now.ID['acl_availability_target_create'], type: 'record', table: 'x_psm_persona_availability_target', operation: 'create', roles: [adminRole], adminOverrides: true })
Acl({ $id: Now.ID['acl_availability_target_delete'], type: 'record', table: 'x_psm_persona_availability_target', operation: 'delete', roles: [adminRole], adminOverrides: true })
Acl({ $id: Now.ID['acl_incident_rule_read'], type: 'record', table: 'x_psm_persona_incident_rule', operation: 'read', roles: [analystRole], adminOverrides: true })
Acl({ $id: Now.ID['acl_incident_rule_write'], type: 'record', table: 'x_psm_persona_incident_rule', operation: 'write', roles: [adminRole], adminOverrides: true })
Acl({ $id: Now.ID['acl_incident_rule_create'], type: 'record', table: 'x_psm_persona_incident_rule', operation: 'create', roles: [adminRole], adminOverrides: true })
Acl({ $id: Now.ID['acl_incident_rule_delete'], type: 'record', table: 'x_psm_persona_incident_rule', operation: 'delete', roles: [adminRole], adminOverrides: true })
Acl({ $id: Now.ID['acl_required_control_read'], type: 'record', table: 'x_psm_persona_required_control', operation: 'read', roles: [analystRole], adminOverrides: true })
Acl({ $id: Now.ID['acl_required_control_write'], type: 'record', table: 'x_psm_persona_required_control', operation: 'write', roles: [adminRole], adminOverrides: true })
Acl({ $id: Now.ID['acl_required_control_create'], type: 'record', table: 'x_psm_persona_required_control', operation: 'create', roles: [adminRole], adminOverrides: true })
Acl({ $id: Now.ID['acl_required_control_delete'], type: 'record', table: 'x_psm_persona_required_control', operation: 'delete', roles: [adminRole], adminOverrides: true })
Acl({ $id: Now.ID['acl_item_control_read'], type: 'record', table: 'x_psm_persona_item_control', operation: 'read', roles: [analystRole], adminOverrides: true })
Acl({ $id: Now.ID['acl_item_control_write'], type: 'record', table: 'x_psm_persona_item_control', operation: 'write', roles: [adminRole], adminOverrides: true })
Acl({ $id: Now.ID['acl_item_control_create'], type: 'record', table: 'x_psm_persona_item_control', operation: 'create', roles: [adminRole], adminOverrides: true })
Acl({ $id: Now.ID['acl_item_control_delete'], type: 'record', table: 'x_psm_persona_item_control', operation: 'delete', roles: [adminRole], adminOverrides: true })
