import '@servicenow/sdk/global'
import { BusinessRule, ScheduledScript } from '@servicenow/sdk/core'
import {
    applyPersonaAfterSave,
    createProfileForUser,
    requestRescore,
    rescoreMemberAfterChange,
    rescoreUserAfterChange,
    scoreProfileBeforeSave,
} from '../../src/server/persona/profile-rules'
import { validateScoringRule } from '../../src/server/persona/scoring-rule-validation'
import { nightlyRescore, rescoreAfterConfigurationChange } from '../../src/server/persona/rescore-batch'

BusinessRule({
    $id: Now.ID['br_profile_score'],
    name: 'Score persona profile',
    description: 'Refuses bad usage metrics, pins a persona an admin chose by hand, and scores the profile when its metrics, lock or rescoring flag change.',
    table: 'x_psm_persona_profile',
    when: 'before',
    action: ['insert', 'update'],
    order: 100,
    active: true,
    script: scoreProfileBeforeSave,
})

BusinessRule({
    $id: Now.ID['br_profile_apply'],
    name: 'Apply persona change',
    description: 'Mirrors the persona to the user record, writes the assignment history and queues x_psm_persona.persona.changed.',
    table: 'x_psm_persona_profile',
    when: 'after',
    action: ['insert', 'update'],
    order: 100,
    active: true,
    script: applyPersonaAfterSave,
})

BusinessRule({
    $id: Now.ID['br_user_profile'],
    name: 'Create persona profile',
    description: 'Every new user gets a persona profile; it is scored once usage data arrives (a profile without usage data has no persona and sends no message).',
    table: 'sys_user',
    when: 'after',
    action: ['insert'],
    order: 200,
    active: true,
    script: createProfileForUser,
})

BusinessRule({
    $id: Now.ID['br_user_rescore'],
    name: 'Rescore persona when the user changes',
    description: 'Activation, department, location or company decide which personas a user qualifies for.',
    table: 'sys_user',
    when: 'after',
    action: ['update'],
    order: 200,
    active: true,
    // A filter condition, not a script condition: the platform checks it without running a script, and every
    // persona the app mirrors onto sys_user (each row of a usage import that changes one) is an update of the user.
    filterCondition: 'activeVALCHANGES^ORdepartmentVALCHANGES^ORlocationVALCHANGES^ORcompanyVALCHANGES',
    script: rescoreUserAfterChange,
})

BusinessRule({
    $id: Now.ID['br_role_rescore'],
    name: 'Rescore persona when roles change',
    description: 'A granted or removed role can qualify a user for a persona (Technology Support needs itil).',
    table: 'sys_user_has_role',
    when: 'after',
    action: ['insert', 'delete'],
    order: 200,
    active: true,
    script: rescoreMemberAfterChange,
})

BusinessRule({
    $id: Now.ID['br_group_rescore'],
    name: 'Rescore persona when group membership changes',
    description: 'Groups carry roles, so joining or leaving one can change which personas a user qualifies for.',
    table: 'sys_user_grmember',
    when: 'after',
    action: ['insert', 'delete'],
    order: 200,
    active: true,
    script: rescoreMemberAfterChange,
})

BusinessRule({
    $id: Now.ID['br_persona_stale'],
    name: 'Request rescoring (persona)',
    description: 'A persona changed: writes a new configuration version and a rescoring request to the scoring state; the async rule on it rescores in the background, never inside the save.',
    table: 'x_psm_persona_persona',
    when: 'after',
    action: ['insert', 'update', 'delete'],
    order: 200,
    active: true,
    condition:
        "current.operation() != 'update' || current.technology.changes() || current.network.changes() || current.interaction.changes() || current.communication.changes() || current.mobility.changes() || current.active.changes() || current.qualifier.changes() || current.order.changes()",
    script: requestRescore,
})

BusinessRule({
    $id: Now.ID['br_rule_validate'],
    name: 'Validate scoring rule',
    description: 'Thresholds must be numbers in strictly ascending order; the weight must not be negative.',
    table: 'x_psm_persona_scoring_rule',
    when: 'before',
    action: ['insert', 'update'],
    order: 100,
    active: true,
    script: validateScoringRule,
})

BusinessRule({
    $id: Now.ID['br_rule_stale'],
    name: 'Request rescoring (scoring rule)',
    description: 'A scoring rule changed: writes a new configuration version and a rescoring request to the scoring state; the async rule on it rescores in the background, never inside the save.',
    table: 'x_psm_persona_scoring_rule',
    when: 'after',
    action: ['insert', 'update', 'delete'],
    order: 200,
    active: true,
    script: requestRescore,
})

BusinessRule({
    $id: Now.ID['br_state_rescore'],
    name: 'Rescore after a configuration change',
    description: 'Async (a background job, not the save): marks every profile for rescoring and rescores them, once per pending request.',
    table: 'x_psm_persona_scoring_state',
    when: 'async',
    action: ['insert', 'update'],
    filterCondition: 'rescore_requested=true',
    order: 100,
    active: true,
    script: rescoreAfterConfigurationChange,
})

ScheduledScript({
    $id: Now.ID['job_rescore'],
    name: 'Persona rescoring',
    active: true,
    frequency: 'daily',
    executionStart: '2026-01-01 00:00:00',
    executionTime: { hours: 2, minutes: 0, seconds: 0 },
    timeZone: 'UTC',
    script: nightlyRescore,
})
