import '@servicenow/sdk/global'
import { Acl, BusinessRule, Record } from '@servicenow/sdk/core'
import { MODULE_ROOT } from '../module-path'
import { refreshChangeAfterPhase, validatePhaseBeforeSave } from '../../src/server/change/phase-records'
import { notifyPhaseEdit } from '../../src/server/change/phase-notices'
import { adminRole, analystRole } from '../security/roles.now'

/*
 * The Phases related list of a change (x_psm_persona_change_phase): each row is checked before it is
 * saved, the change's summaries follow every row written or deleted, and a fix script migrates the
 * old `name | start | end | audience` text once (src/server/change/phase-migration.ts).
 */

BusinessRule({
    $id: Now.ID['br_change_phase_validate'],
    name: 'Persona: validate change phase',
    description: 'Refuses a phase without name, dates in order, or audience, or whose name another phase of the change already uses with other dates; the message names what to fix.',
    table: 'x_psm_persona_change_phase',
    when: 'before',
    action: ['insert', 'update'],
    order: 100,
    active: true,
    script: validatePhaseBeforeSave,
})

BusinessRule({
    $id: Now.ID['br_change_phase_refresh'],
    name: 'Persona: refresh change after phase edit',
    description: "Saves the phase's change again so its impact summary (affected users, phases) reads the schedule as it now is.",
    table: 'x_psm_persona_change_phase',
    when: 'after',
    action: ['insert', 'update', 'delete'],
    order: 100,
    active: true,
    script: refreshChangeAfterPhase,
})

BusinessRule({
    $id: Now.ID['br_change_phase_notify'],
    name: 'Persona: tell approvers about phase edits',
    description:
        "A phase of a high-risk change in flight added, edited or removed: its approvers and the change managers get it in the consolidated high-risk update (one per reader per interval, before and now), not as a message of its own.",
    table: 'x_psm_persona_change_phase',
    when: 'after',
    action: ['insert', 'update', 'delete'],
    order: 200,
    active: true,
    script: notifyPhaseEdit,
})

Record({
    $id: Now.ID['fix_migrate_phase_text'],
    table: 'sys_script_fix',
    data: {
        name: 'Persona: migrate phase text to phase records',
        description:
            'Creates the Phases related list rows of each change from its old "name | start | end | audience" text; keeps the text; lists what it could not migrate in a work note.',
        before: false,
        script: `(function () {
    require('${MODULE_ROOT}/change/phase-migration.ts').migratePhaseText();
})();`,
    },
})

// ---- Who edits the phases: the change team (itil, change_manager); analysts and admins read ----
Acl({
    $id: Now.ID['acl_change_phase_read'],
    type: 'record',
    table: 'x_psm_persona_change_phase',
    operation: 'read',
    roles: ['itil', 'change_manager', adminRole, analystRole],
    adminOverrides: true,
    description: 'The change team and the app analysts read phase rows (requesters read their own phase in the portal and in emails).',
})
Acl({
    $id: Now.ID['acl_change_phase_create'],
    type: 'record',
    table: 'x_psm_persona_change_phase',
    operation: 'create',
    roles: ['itil', 'change_manager', adminRole],
    adminOverrides: true,
    description: 'The change team maintains the phases of a change.',
})
Acl({
    $id: Now.ID['acl_change_phase_write'],
    type: 'record',
    table: 'x_psm_persona_change_phase',
    operation: 'write',
    roles: ['itil', 'change_manager', adminRole],
    adminOverrides: true,
    description: 'The change team maintains the phases of a change.',
})
Acl({
    $id: Now.ID['acl_change_phase_delete'],
    type: 'record',
    table: 'x_psm_persona_change_phase',
    operation: 'delete',
    roles: ['itil', 'change_manager', adminRole],
    adminOverrides: true,
    description: 'The change team maintains the phases of a change.',
})
