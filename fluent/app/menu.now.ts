import '@servicenow/sdk/global'
import { ApplicationMenu, Record } from '@servicenow/sdk/core'
import { analystRole } from '../security/roles.now'

/*
 * The app's entry in the application navigator: "An application menu requires two records: an
 * ApplicationMenu for the top-level entry in the navigator, and one or more Record entries in
 * sys_app_module for the child menu items" (SDK application-menu-guide). Analysts read every list
 * (x_psm_persona.admin contains x_psm_persona.analyst, and the platform's admin passes every role
 * check); only admins get the "New" modules, matching the tables' create ACLs (fluent/security/acls.now.ts).
 *
 * Modules "default to active: false" (application-menu-guide), so each one says active: true.
 * A List of Records module's Filter is an encoded query; its ORDERBY terms give the list's order.
 */

export const psmMenu = ApplicationMenu({
    $id: Now.ID['menu_psm'],
    title: 'Persona Service Management',
    hint: 'Personas, scoring, usage profiles, offerings, XLAs and feedback',
    description: 'Configure workstyle personas and how users are scored into them; follow the offerings, XLAs and stakeholder feedback.',
    roles: [analystRole],
    active: true,
    order: 100,
})

// ------------------------------------------------------------------ Configuration

// A separator groups the modules after it under a heading ("Creates a sub-folder/divider").
Record({
    $id: Now.ID['module_psm_configuration'],
    table: 'sys_app_module',
    data: { title: 'Configuration', application: psmMenu, link_type: 'SEPARATOR', roles: ['x_psm_persona.analyst'], active: true, order: 100 },
})

export const personasModule = Record({
    $id: Now.ID['module_psm_personas'],
    table: 'sys_app_module',
    data: {
        title: 'Personas',
        application: psmMenu,
        link_type: 'LIST',
        name: 'x_psm_persona_persona',
        // Scoring breaks ties by order, lower first: the list reads in that order.
        filter: 'ORDERBYorder^ORDERBYname',
        hint: 'The workstyle personas users are scored into',
        roles: ['x_psm_persona.analyst'],
        active: true,
        order: 110,
    },
})

Record({
    $id: Now.ID['module_psm_persona_new'],
    table: 'sys_app_module',
    data: {
        title: 'New Persona',
        application: psmMenu,
        link_type: 'NEW',
        name: 'x_psm_persona_persona',
        hint: 'Add a workstyle persona',
        roles: ['x_psm_persona.admin'],
        active: true,
        order: 120,
    },
})

export const scoringRulesModule = Record({
    $id: Now.ID['module_psm_scoring_rules'],
    table: 'sys_app_module',
    data: {
        title: 'Scoring Rules',
        application: psmMenu,
        link_type: 'LIST',
        name: 'x_psm_persona_scoring_rule',
        filter: 'ORDERBYdimension^ORDERBYmetric',
        hint: 'How each usage metric ranks a dimension: thresholds and weights',
        roles: ['x_psm_persona.analyst'],
        active: true,
        order: 130,
    },
})

export const offeringsModule = Record({
    $id: Now.ID['module_psm_offerings'],
    table: 'sys_app_module',
    data: {
        title: 'Offerings',
        application: psmMenu,
        link_type: 'LIST',
        name: 'x_psm_persona_offering',
        filter: 'ORDERBYpersona^ORDERBYorder',
        hint: 'Catalog items offered to each persona, with their monthly cost',
        roles: ['x_psm_persona.analyst'],
        active: true,
        order: 140,
    },
})

export const xlasModule = Record({
    $id: Now.ID['module_psm_xlas'],
    table: 'sys_app_module',
    data: {
        title: 'Experience Level Agreements',
        application: psmMenu,
        link_type: 'LIST',
        name: 'x_psm_persona_xla',
        filter: 'ORDERBYorder^ORDERBYname',
        hint: 'What each stakeholder should experience of a change, and the targets',
        roles: ['x_psm_persona.analyst'],
        active: true,
        order: 150,
    },
})

export const propertiesModule = Record({
    $id: Now.ID['module_psm_properties'],
    table: 'sys_app_module',
    data: {
        title: 'Properties',
        application: psmMenu,
        link_type: 'LIST',
        name: 'sys_properties',
        // The app's system properties (scoring switch margin, scoring on/off …), and only those. The
        // System Properties [sys_properties] list is the platform administrator's: the module is shown
        // to the role that can open it (admin), not to x_psm_persona.admin.
        filter: 'nameSTARTSWITHx_psm_persona.^ORDERBYname',
        hint: 'The application\'s system properties',
        roles: ['admin'],
        active: true,
        order: 160,
    },
})

// ------------------------------------------------------------------ Users and usage

// A separator groups the modules after it under a heading ("Creates a sub-folder/divider").
Record({
    $id: Now.ID['module_psm_usage'],
    table: 'sys_app_module',
    data: { title: 'Users and Usage', application: psmMenu, link_type: 'SEPARATOR', roles: ['x_psm_persona.analyst'], active: true, order: 200 },
})

export const profilesModule = Record({
    $id: Now.ID['module_psm_profiles'],
    table: 'sys_app_module',
    data: {
        title: 'Usage Profiles',
        application: psmMenu,
        link_type: 'LIST',
        name: 'x_psm_persona_profile',
        filter: 'ORDERBYuser',
        hint: 'Each user\'s usage metrics, rankings and persona',
        roles: ['x_psm_persona.analyst'],
        active: true,
        order: 210,
    },
})

export const unscoredModule = Record({
    $id: Now.ID['module_psm_profiles_unscored'],
    table: 'sys_app_module',
    data: {
        title: 'Unscored Profiles',
        application: psmMenu,
        link_type: 'LIST',
        name: 'x_psm_persona_profile',
        // A profile without usage data is not scored: no persona, no message (README, "From persona to fulfilled services").
        filter: 'personaISEMPTY^ORDERBYuser',
        hint: 'Profiles with no persona yet: usage data is missing or not scored',
        roles: ['x_psm_persona.analyst'],
        active: true,
        order: 220,
    },
})

export const lockedModule = Record({
    $id: Now.ID['module_psm_profiles_locked'],
    table: 'sys_app_module',
    data: {
        title: 'Locked Profiles',
        application: psmMenu,
        link_type: 'LIST',
        name: 'x_psm_persona_profile',
        filter: 'locked=true^ORDERBYuser',
        hint: 'Profiles whose persona an administrator pinned',
        roles: ['x_psm_persona.analyst'],
        active: true,
        order: 230,
    },
})

export const assignmentsModule = Record({
    $id: Now.ID['module_psm_assignments'],
    table: 'sys_app_module',
    data: {
        title: 'Persona Changes',
        application: psmMenu,
        link_type: 'LIST',
        name: 'x_psm_persona_assignment',
        filter: 'ORDERBYDESCsys_created_on',
        hint: 'Every persona a user got or lost, and why',
        roles: ['x_psm_persona.analyst'],
        active: true,
        order: 240,
    },
})

// ------------------------------------------------------------------ Experience

// A separator groups the modules after it under a heading ("Creates a sub-folder/divider").
Record({
    $id: Now.ID['module_psm_experience'],
    table: 'sys_app_module',
    data: { title: 'Experience', application: psmMenu, link_type: 'SEPARATOR', roles: ['x_psm_persona.analyst'], active: true, order: 300 },
})

export const feedbackModule = Record({
    $id: Now.ID['module_psm_feedback'],
    table: 'sys_app_module',
    data: {
        title: 'Experience Feedback',
        application: psmMenu,
        link_type: 'LIST',
        name: 'x_psm_persona_feedback',
        filter: 'ORDERBYDESCsys_created_on',
        hint: 'Stakeholders\' survey answers (0–10) and comments on changes, requests, incidents and problems',
        roles: ['x_psm_persona.analyst'],
        active: true,
        order: 310,
    },
})

export const lowRatingsModule = Record({
    $id: Now.ID['module_psm_feedback_low'],
    table: 'sys_app_module',
    data: {
        title: 'Low Ratings',
        application: psmMenu,
        link_type: 'LIST',
        name: 'x_psm_persona_feedback',
        filter: 'scoreISNOTEMPTY^score<=6^ORDERBYDESCsys_created_on',
        hint: 'Answers of 0 to 6 (unhappy on the HappySignals scale): each has an Experience Follow-up',
        roles: ['x_psm_persona.analyst'],
        active: true,
        order: 320,
    },
})

export const digestsModule = Record({
    $id: Now.ID['module_psm_xla_digests'],
    table: 'sys_app_module',
    data: {
        title: 'XLA Weekly Digests',
        application: psmMenu,
        link_type: 'LIST',
        name: 'x_psm_persona_xla_digest',
        filter: 'ORDERBYDESCperiod_end',
        hint: 'The weekly figures sent to change managers',
        roles: ['x_psm_persona.analyst'],
        active: true,
        order: 330,
    },
})
