import { ensure } from './ensure'

/*
 * Base ITSM records every instance has: the CMDB relationship types the service model uses, the priority
 * lookup rules and the data lookup that applies them to incidents and problems.
 *
 * "Define priority lookup rules" (Incident Management): "These rules ascertain how impact and urgency values
 * combine to determine the priority of each incident", with the sample rules below; "Data lookup for
 * prioritizing problems": "Priority is calculated according to the following data lookup rules" (the same
 * nine). "Precedence between data lookup, assignment, and business rules": 1. before rules with an order less
 * than 1000; 2. before engines, among them the "Data lookup engine"; 3. before rules with an order of 1000 or
 * more. Here the data lookup engine is a base before rule of order 1000 in the global scope, reading
 * dl_u_priority as the engine does: a rule that raises urgency at an order below 1000 gets the priority of the
 * raised urgency; a rule at 1000 or more sees the looked-up priority.
 */

/** The sample priority lookup rules (impact, urgency → priority). */
export const ITSM_PRIORITY_LOOKUP: ReadonlyArray<[number, number, number]> = [
    [1, 1, 1],
    [1, 2, 2],
    [1, 3, 3],
    [2, 1, 2],
    [2, 2, 3],
    [2, 3, 4],
    [3, 1, 3],
    [3, 2, 4],
    [3, 3, 4],
]

/** Relationship types of a base CMDB, with the sys_ids they have on every instance (scripts and integrations name them by sys_id). */
export const CMDB_REL_TYPES: ReadonlyArray<{ name: string; parent: string; child: string; sysId?: string }> = [
    { name: 'Depends on::Used by', parent: 'Depends on', child: 'Used by', sysId: '1a9cb166f1571100a92eb60da2bce5c5' },
    { name: 'Runs on::Runs', parent: 'Runs on', child: 'Runs', sysId: '60bc4e22c0a8010e01f074cbe6bd73c3' },
    { name: 'Contains::Contained by', parent: 'Contains', child: 'Contained by', sysId: '55c95bf6c0a8010e0118ec7056ebc54d' },
    { name: 'Hosted on::Hosts', parent: 'Hosted on', child: 'Hosts' },
    { name: 'Provided by::Provides', parent: 'Provided by', child: 'Provides' },
    { name: 'Uses::Used by', parent: 'Uses', child: 'Used by' },
]

export const PRIORITY_LOOKUP_RULE = 'Data lookup: priority from impact and urgency'

// platform-difference: data-lookup-as-business-rule
const LOOKUP_SCRIPT = `(function executeRule(current, previous /*null when async*/) {
    var rule = new GlideRecord('dl_u_priority');
    rule.addQuery('active', true);
    rule.addQuery('impact', current.getValue('impact'));
    rule.addQuery('urgency', current.getValue('urgency'));
    rule.orderBy('order');
    rule.setLimit(1);
    rule.query();
    if (rule.next()) current.setValue('priority', rule.getValue('priority'));
})(current, previous);`

export function seedItsmRecords(): void {
    for (const t of CMDB_REL_TYPES) {
        ensure('cmdb_rel_type', { name: t.name }, { parent_descriptor: t.parent, child_descriptor: t.child, sys_scope: 'global', ...(t.sysId ? { sys_id: t.sysId } : {}) })
    }
    for (const [impact, urgency, priority] of ITSM_PRIORITY_LOOKUP) {
        ensure('dl_u_priority', { impact: String(impact), urgency: String(urgency) }, { priority, active: true, order: 100, sys_scope: 'global' })
    }
    for (const table of ['incident', 'problem']) {
        ensure(
            'sys_script',
            { name: PRIORITY_LOOKUP_RULE, collection: table },
            {
                when: 'before',
                order: 1000,
                active: true,
                advanced: true,
                action_insert: true,
                action_update: true,
                script: LOOKUP_SCRIPT,
                description: 'The data lookup engine for the Priority Data Lookup (dl_u_priority): sets priority from the first active rule matching impact and urgency.',
                access: 'public',
                sys_scope: 'global',
            },
        )
    }
}
