import type { ColumnDecl, TableDecl } from './table-decl'

/*
 * IT Service Management base tables, from the product documentation: Incident and Problem (both extend
 * Task), business services (cmdb_ci_service) and their service offerings, the CMDB's relationships
 * (cmdb_rel_ci typed by cmdb_rel_type), outages (cmdb_ci_outage) and the priority data lookup
 * (dl_u_priority). Real table and column names and internal types; only the columns a reader of these
 * documents needs, not every column a base instance carries.
 *
 * - "Incident life cycle": New, In Progress, On Hold (On hold reason: Awaiting Caller, Awaiting Change,
 *   Awaiting Problem, Awaiting Vendor), Resolved, Closed, Canceled.
 * - "Define priority lookup rules": Impact, Urgency, Priority, Application, Active, Order, with the sample
 *   rules ITSM_PRIORITY_LOOKUP below; "Data lookup for prioritizing problems": the same matrix for problems.
 * - "CI relationships in the CMDB": "A relationship in the CMDB consists of two CIs and a relationship
 *   type: Parent CI, Child CI, Type"; "Depends on::Used by: Parent CI depends on child CI".
 * - "Create an outage from a task": Number, Configuration Item, Type, Begin, End, Duration, Task number,
 *   Short description; "Log outages": "three types of outages: Outage, Planned Outage, Degradation".
 */

const IMPACT_URGENCY: Record<string, string> = { '1': '1 - High', '2': '2 - Medium', '3': '3 - Low' }
const PRIORITY: Record<string, string> = { '1': '1 - Critical', '2': '2 - High', '3': '3 - Moderate', '4': '4 - Low', '5': '5 - Planning' }

export const INCIDENT_STATES: Record<string, string> = {
    '1': 'New',
    '2': 'In Progress',
    '3': 'On Hold',
    '6': 'Resolved',
    '7': 'Closed',
    '8': 'Canceled',
}

export const PROBLEM_STATES: Record<string, string> = {
    '101': 'New',
    '102': 'Assess',
    '103': 'Root Cause Analysis',
    '104': 'Fix in Progress',
    '106': 'Resolved',
    '107': 'Closed',
}

const appScope = (): ColumnDecl => ({ type: 'reference', reference: 'sys_scope', label: 'Application' })

export const ITSM_TABLES: readonly TableDecl[] = [
    {
        name: 'cmdb_ci_service',
        label: 'Business Service',
        extends: 'cmdb_ci',
        extensible: true,
        columns: {
            // The platform spells this column without the second s.
            busines_criticality: {
                type: 'string',
                label: 'Business criticality',
                maxLength: 40,
                default: '3 - less critical',
                choices: { '1 - most critical': '1 - most critical', '2 - somewhat critical': '2 - somewhat critical', '3 - less critical': '3 - less critical', '4 - not critical': '4 - not critical' },
            },
            service_classification: {
                type: 'string',
                label: 'Service classification',
                maxLength: 40,
                default: 'Business Service',
                choices: { 'Business Service': 'Business Service', 'Technical Service': 'Technical Service', 'Shared Service': 'Shared Service', 'Application Service': 'Application Service' },
            },
            used_for: {
                type: 'string',
                label: 'Used for',
                maxLength: 40,
                default: 'Production',
                choices: { Production: 'Production', Staging: 'Staging', QA: 'QA', Test: 'Test', Development: 'Development', Demonstration: 'Demonstration', Training: 'Training', 'Disaster recovery': 'Disaster recovery' },
            },
            version: { type: 'string', label: 'Version', maxLength: 40 },
            portfolio_status: {
                type: 'string',
                label: 'Portfolio status',
                maxLength: 40,
                choices: { pipeline: 'Pipeline', catalog: 'Catalog', retired: 'Retired' },
            },
        },
    },
    {
        // A service offering is a service in its own right ("Service offerings extend the Service table").
        name: 'service_offering',
        label: 'Offering',
        extends: 'cmdb_ci_service',
        columns: {
            parent: { type: 'reference', label: 'Service', reference: 'cmdb_ci_service' },
            vendor: { type: 'reference', label: 'Vendor', reference: 'core_company' },
        },
    },
    {
        name: 'cmdb_rel_type',
        label: 'CI Relationship Type',
        columns: {
            name: { type: 'string', label: 'Name', maxLength: 100, display: true, unique: true },
            parent_descriptor: { type: 'string', label: 'Parent descriptor', maxLength: 40 },
            child_descriptor: { type: 'string', label: 'Child descriptor', maxLength: 40 },
            end_point: { type: 'boolean', label: 'End point', default: 'false' },
            sys_scope: appScope(),
        },
    },
    {
        name: 'cmdb_rel_ci',
        label: 'CI Relationship',
        columns: {
            parent: { type: 'reference', label: 'Parent', reference: 'cmdb_ci', mandatory: true },
            child: { type: 'reference', label: 'Child', reference: 'cmdb_ci', mandatory: true },
            type: { type: 'reference', label: 'Type', reference: 'cmdb_rel_type', mandatory: true },
            connection_strength: { type: 'string', label: 'Connection strength', maxLength: 40, default: 'always', choices: { always: 'Always', occasionally: 'Occasionally', rarely: 'Rarely' } },
            percent_outage: { type: 'integer', label: 'Percent outage' },
            port: { type: 'string', label: 'Port', maxLength: 40 },
        },
    },
    {
        name: 'cmdb_ci_outage',
        label: 'Outage',
        numberPrefix: 'OUT',
        columns: {
            number: { type: 'string', label: 'Number', maxLength: 40, default: 'javascript:getNextObjNumberPadded();', display: true },
            cmdb_ci: { type: 'reference', label: 'Configuration item', reference: 'cmdb_ci', mandatory: true },
            type: { type: 'string', label: 'Type', maxLength: 40, default: 'outage', choices: { outage: 'Outage', planned: 'Planned Outage', degradation: 'Degradation' } },
            begin: { type: 'glide_date_time', label: 'Begin' },
            end: { type: 'glide_date_time', label: 'End' },
            duration: { type: 'glide_duration', label: 'Duration', maxLength: 40 },
            task_number: { type: 'reference', label: 'Task number', reference: 'task' },
            short_description: { type: 'string', label: 'Short description', maxLength: 160 },
            message: { type: 'string', label: 'Message', maxLength: 4000 },
        },
    },
    {
        name: 'problem',
        label: 'Problem',
        extends: 'task',
        numberPrefix: 'PRB',
        columns: {
            state: { type: 'integer', label: 'State', default: '101', choices: PROBLEM_STATES },
            priority: { type: 'integer', label: 'Priority', default: '5', choices: PRIORITY },
            problem_statement: { type: 'string', label: 'Problem statement', maxLength: 160 },
            category: { type: 'string', label: 'Category', maxLength: 40, choices: { software: 'Software', hardware: 'Hardware', network: 'Network', database: 'Database' } },
            subcategory: { type: 'string', label: 'Subcategory', maxLength: 40 },
            business_service: { type: 'reference', label: 'Service', reference: 'cmdb_ci_service' },
            service_offering: { type: 'reference', label: 'Service offering', reference: 'service_offering' },
            first_reported_by_task: { type: 'reference', label: 'First reported by', reference: 'task' },
            known_error: { type: 'boolean', label: 'Known error', default: 'false' },
            major_problem: { type: 'boolean', label: 'Major problem', default: 'false' },
            cause_notes: { type: 'string', label: 'Cause notes', maxLength: 4000 },
            fix_notes: { type: 'string', label: 'Fix notes', maxLength: 4000 },
            workaround: { type: 'string', label: 'Workaround', maxLength: 4000 },
            resolution_code: {
                type: 'string',
                label: 'Resolution code',
                maxLength: 40,
                choices: { fix_applied: 'Fix Applied', risk_accepted: 'Risk Accepted', duplicate: 'Duplicate', canceled: 'Canceled' },
            },
            resolved_at: { type: 'glide_date_time', label: 'Resolved' },
            resolved_by: { type: 'reference', label: 'Resolved by', reference: 'sys_user' },
        },
    },
    {
        name: 'incident',
        label: 'Incident',
        extends: 'task',
        numberPrefix: 'INC',
        columns: {
            state: { type: 'integer', label: 'State', default: '1', choices: INCIDENT_STATES },
            // The incident's own state column, kept in step with state by the platform's incident rules.
            incident_state: { type: 'integer', label: 'Incident state', default: '1', choices: INCIDENT_STATES },
            priority: { type: 'integer', label: 'Priority', default: '5', choices: PRIORITY },
            impact: { type: 'integer', label: 'Impact', default: '3', choices: IMPACT_URGENCY },
            urgency: { type: 'integer', label: 'Urgency', default: '3', choices: IMPACT_URGENCY },
            caller_id: { type: 'reference', label: 'Caller', reference: 'sys_user' },
            category: {
                type: 'string',
                label: 'Category',
                maxLength: 40,
                default: 'inquiry',
                choices: { inquiry: 'Inquiry / Help', software: 'Software', hardware: 'Hardware', network: 'Network', database: 'Database' },
            },
            // Depends on category on the form (dependent choices); the server does not check the pairing.
            subcategory: {
                type: 'string',
                label: 'Subcategory',
                maxLength: 40,
                choices: {
                    antivirus: 'Antivirus',
                    email: 'Email',
                    internal_application: 'Internal Application',
                    os: 'Operating System',
                    cpu: 'CPU',
                    disk: 'Disk',
                    keyboard: 'Keyboard',
                    memory: 'Memory',
                    monitor: 'Monitor',
                    mouse: 'Mouse',
                    dhcp: 'DHCP',
                    dns: 'DNS',
                    'ip address': 'IP Address',
                    vpn: 'VPN',
                    wireless: 'Wireless',
                    db2: 'DB2',
                    'ms sql server': 'MS SQL Server',
                    oracle: 'Oracle',
                },
            },
            business_service: { type: 'reference', label: 'Service', reference: 'cmdb_ci_service' },
            service_offering: { type: 'reference', label: 'Service offering', reference: 'service_offering' },
            problem_id: { type: 'reference', label: 'Problem', reference: 'problem' },
            rfc: { type: 'reference', label: 'Change Request', reference: 'change_request' },
            caused_by: { type: 'reference', label: 'Caused by Change', reference: 'change_request' },
            parent_incident: { type: 'reference', label: 'Parent Incident', reference: 'incident' },
            hold_reason: {
                type: 'integer',
                label: 'On hold reason',
                choices: { '1': 'Awaiting Caller', '3': 'Awaiting Problem', '4': 'Awaiting Vendor', '5': 'Awaiting Change' },
            },
            contact_type: {
                type: 'string',
                label: 'Channel',
                maxLength: 40,
                choices: { email: 'Email', phone: 'Phone', 'self-service': 'Self-service', virtual_agent: 'Virtual Agent', walk_in: 'Walk-in' },
            },
            close_code: {
                type: 'string',
                label: 'Resolution code',
                maxLength: 40,
                choices: {
                    Duplicate: 'Duplicate',
                    'Known error': 'Known error',
                    'No resolution provided': 'No resolution provided',
                    'Resolved by caller': 'Resolved by caller',
                    'Resolved by change': 'Resolved by change',
                    'Resolved by problem': 'Resolved by problem',
                    'Resolved by request': 'Resolved by request',
                    'Solution provided': 'Solution provided',
                    'Workaround provided': 'Workaround provided',
                    'User error': 'User error',
                },
            },
            resolved_at: { type: 'glide_date_time', label: 'Resolved' },
            resolved_by: { type: 'reference', label: 'Resolved by', reference: 'sys_user' },
            reopen_count: { type: 'integer', label: 'Reopen count', default: '0' },
            // Major Incident Management's column: Proposed, Accepted, Rejected, Canceled.
            major_incident_state: {
                type: 'string',
                label: 'Major incident state',
                maxLength: 40,
                choices: { proposed: 'Proposed', accepted: 'Accepted', rejected: 'Rejected', canceled: 'Canceled' },
            },
        },
    },
    {
        // Extends dl_matcher on the platform (Data Lookup Matcher Rules); declared as the root here because nothing reads dl_matcher itself.
        name: 'dl_u_priority',
        label: 'Priority Data Lookup',
        columns: {
            impact: { type: 'integer', label: 'Impact', choices: IMPACT_URGENCY },
            urgency: { type: 'integer', label: 'Urgency', choices: IMPACT_URGENCY },
            priority: { type: 'integer', label: 'Priority', choices: PRIORITY },
            active: { type: 'boolean', label: 'Active', default: 'true' },
            order: { type: 'integer', label: 'Order', default: '100' },
            sys_scope: appScope(),
        },
    },
]
