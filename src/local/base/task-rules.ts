import { ensure } from './ensure'

/*
 * Base behaviour of every task: the Reassignment count.
 *
 * The product documentation defines the field, not the machinery that keeps it:
 * - Change Management API, change_request fields: "reassignment_count: Number of times that the change
 *   request has been reassigned to a new owner. Data type: Number (Integer)".
 * - Case API / FSO table definitions (task.reassignment_count): "Number of times that the case was
 *   reassigned to a person that is responsible for moving the case forward. [...] Default: 0".
 * - Customer service case report: "The number of times that a case has been reassigned to a different
 *   agent. The default value is 0."
 * - Benchmarks KPI configuration: "First assignment is when the Reassignment Count field is 0 for the
 *   incident."
 * So the first owner (group or person) is not a reassignment, and each later hand-over to another
 * owner is one. Here the count is kept by a base before rule on task in the global scope, as the
 * priority lookup is (itsm-records.ts): an update that moves the Assignment group, or the Assigned to,
 * from one owner to another counts once, however many of the two it moves.
 */

export const REASSIGNMENT_RULE = 'Reassignment count'

// platform-difference: reassignment-count-rule
const RULE_SCRIPT = `(function executeRule(current, previous /*null when async*/) {
    if (!previous) return;
    // A hand-over from one owner to another: a first owner, or an owner removed, is not a reassignment.
    function handedOver(field) {
        var before = previous.getValue(field);
        var now = current.getValue(field);
        return !!before && !!now && before != now;
    }
    if (handedOver('assignment_group') || handedOver('assigned_to')) {
        current.setValue('reassignment_count', (parseInt(current.getValue('reassignment_count'), 10) || 0) + 1);
    }
})(current, previous);`

export function seedTaskRules(): void {
    ensure(
        'sys_script',
        { name: REASSIGNMENT_RULE, collection: 'task' },
        {
            when: 'before',
            order: 100,
            active: true,
            advanced: true,
            action_insert: false,
            action_update: true,
            filter_condition: 'assignment_groupVALCHANGES^ORassigned_toVALCHANGES^EQ',
            script: RULE_SCRIPT,
            description: 'Counts the reassignments of a task: an update that hands the Assignment group or the Assigned to over from one owner to another adds one to Reassignment count.',
            access: 'public',
            sys_scope: 'global',
        },
    )
}
