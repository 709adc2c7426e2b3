import { ensure } from '../base/ensure'

/*
 * The Normal change state model, as Change Management ships it ("State progression for normal,
 * standard, and emergency changes"; "Legacy: State model and transitions"):
 * - "Normal changes progress through all states": New -5, Assess -4, Authorize -3, Scheduled -2,
 *   Implement -1, Review 0, Closed 3, in that order.
 * - Canceled 4: "A change can be canceled at any point when it is no longer required. However, a
 *   change cannot be canceled from a Closed state"; "You cannot cancel the change request if it is in
 *   the Review state" (the table: New, Assess, Authorize, Scheduled, Implement can be canceled; Review
 *   and Closed cannot).
 * - Back to New: "modify the state of a change request from Assess state to New state by clicking
 *   Revert to New"; "If a Normal or Emergency change request is rejected, the state of the change
 *   request is set to New" (the rejection happens in Authorize).
 * The platform enforces the model on the server (ChangeRequestStateModel_normal's canMove, "Configure
 * state model transitions"); here a base business rule refuses any other move of a normal change.
 */

/** The allowed moves of a normal change: from state value to the state values it may go to. */
export const NORMAL_TRANSITIONS: Readonly<Record<string, readonly string[]>> = {
    '-5': ['-4', '4'],
    '-4': ['-3', '-5', '4'],
    '-3': ['-2', '-5', '4'],
    '-2': ['-1', '4'],
    '-1': ['0', '4'],
    '0': ['3'],
    '3': [],
    '4': [],
}

export const STATE_MODEL_RULE = 'Change state model: normal transitions'

/** Whether a normal change may move from one state value to another (staying put always may). */
export function normalMoveAllowed(from: string, to: string): boolean {
    return from === to || (NORMAL_TRANSITIONS[from] ?? []).includes(to)
}

// platform-difference: state-model-insert-unchecked
const RULE_SCRIPT = `(function executeRule(current, previous /*null when async*/) {
    var allowed = ${JSON.stringify(NORMAL_TRANSITIONS)};
    var from = previous.getValue('state');
    var to = current.getValue('state');
    if (from === to || (allowed[from] || []).indexOf(to) >= 0) return;
    gs.addErrorMessage('Invalid state transition: a normal change cannot move from ' + previous.getDisplayValue('state') + ' to ' + current.getDisplayValue('state'));
    current.setAbortAction(true);
})(current, previous);`

export function seedChangeModel(): void {
    ensure(
        'sys_script',
        { name: STATE_MODEL_RULE, collection: 'change_request' },
        {
            when: 'before',
            // Before the other before rules: a refused move changes nothing.
            order: 50,
            active: true,
            advanced: true,
            action_update: true,
            filter_condition: 'stateVALCHANGES^type=normal^EQ',
            script: RULE_SCRIPT,
            description: 'Refuses a state change the Normal change state model does not allow (ChangeRequestStateModel_normal canMove).',
            access: 'public',
            sys_scope: 'global',
        },
    )
}
