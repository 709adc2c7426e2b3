import '@servicenow/sdk/global'
import { Table, StringColumn, IntegerColumn, BooleanColumn, ReferenceColumn, DecimalColumn, DateTimeColumn } from '@servicenow/sdk/core'

export const x_psm_persona_scoring_rule = Table({
    name: 'x_psm_persona_scoring_rule',
    label: 'Persona Scoring Rule',
    display: 'metric',
    allowWebServiceAccess: true,
    schema: {
        dimension: StringColumn({
            label: 'Dimension',
            mandatory: true,
            maxLength: 40,
            choices: {
                technology: { label: 'Technology', sequence: 1 },
                network: { label: 'Network', sequence: 2 },
                interaction: { label: 'Interaction', sequence: 3 },
                communication: { label: 'Communication', sequence: 4 },
                mobility: { label: 'Virtual/Mobile', sequence: 5 },
            },
        }),
        metric: StringColumn({
            label: 'Metric',
            mandatory: true,
            maxLength: 40,
            hint: 'The usage metric of the profile this rule ranks',
            choices: {
                devices: { label: 'Devices and apps used', sequence: 1 },
                network_gb_month: { label: 'Network GB per month', sequence: 2 },
                team_hours_week: { label: 'Team hours per week', sequence: 3 },
                contacts_per_day: { label: 'Contacts per day', sequence: 4 },
                remote_pct: { label: 'Remote work %', sequence: 5 },
            },
        }),
        weight: DecimalColumn({ label: 'Weight', default: '1', hint: 'Several active rules on one dimension combine by weight' }),
        threshold_2: DecimalColumn({ label: 'Threshold for 2', mandatory: true, hint: 'A metric at or above this ranks 2' }),
        threshold_3: DecimalColumn({ label: 'Threshold for 3', mandatory: true, hint: 'A metric at or above this ranks 3' }),
        threshold_4: DecimalColumn({ label: 'Threshold for 4', mandatory: true, hint: 'A metric at or above this ranks 4' }),
        active: BooleanColumn({ label: 'Active', default: 'true' }),
        description: StringColumn({ label: 'Description', maxLength: 1000 }),
    },
})

export const x_psm_persona_profile = Table({
    name: 'x_psm_persona_profile',
    label: 'Persona Profile',
    display: 'user',
    allowWebServiceAccess: true,
    schema: {
        user: ReferenceColumn({ label: 'User', referenceTable: 'sys_user', mandatory: true, unique: true, cascadeRule: 'delete' }),
        // No defaults: an empty metric means "not measured", and a profile with no usage data is not scored.
        devices: IntegerColumn({ label: 'Devices and apps used' }),
        network_gb_month: DecimalColumn({ label: 'Network GB per month' }),
        team_hours_week: DecimalColumn({ label: 'Team hours per week' }),
        contacts_per_day: DecimalColumn({ label: 'Contacts per day' }),
        remote_pct: IntegerColumn({ label: 'Remote work %', min: 0, max: 100 }),
        usage_source: StringColumn({ label: 'Usage source', maxLength: 200, hint: 'Where the usage metrics came from (an import, a report); recorded with every load' }),
        usage_on: DateTimeColumn({ label: 'Usage loaded on', readOnly: true, hint: 'When the usage metrics last changed' }),
        technology: IntegerColumn({ label: 'Technology', readOnly: true }),
        network: IntegerColumn({ label: 'Network', readOnly: true }),
        interaction: IntegerColumn({ label: 'Interaction', readOnly: true }),
        communication: IntegerColumn({ label: 'Communication', readOnly: true }),
        mobility: IntegerColumn({ label: 'Virtual/Mobile', readOnly: true }),
        persona: ReferenceColumn({ label: 'Persona', referenceTable: 'x_psm_persona_persona' }),
        distance: DecimalColumn({ label: 'Distance', readOnly: true, hint: 'How far the rankings are from the persona\'s profile (0 = exact fit)' }),
        runner_up: ReferenceColumn({ label: 'Runner-up', referenceTable: 'x_psm_persona_persona', readOnly: true }),
        margin: DecimalColumn({ label: 'Margin', readOnly: true, hint: 'How much further the runner-up is' }),
        explanation: StringColumn({ label: 'Explanation', maxLength: 4000, readOnly: true }),
        scored_on: DateTimeColumn({ label: 'Scored on', readOnly: true }),
        locked: BooleanColumn({ label: 'Locked', default: 'false', hint: 'An administrator pinned the persona: scoring never changes it' }),
        proposal: ReferenceColumn({
            label: 'Pinned by proposal',
            referenceTable: 'x_psm_persona_proposal',
            readOnly: true,
            hint: "The approved proposal (a manager's or business-area owner's choice) that pinned the persona",
        }),
        stale: BooleanColumn({ label: 'Needs rescoring', default: 'false', hint: 'Personas or scoring rules changed since this profile was scored' }),
    },
    // Rescoring walks the stale profiles in sys_id order, a chunk at a time (stale = true AND sys_id > the last
    // one, ORDER BY sys_id, LIMIT batch_size). On (stale) alone the database reads every stale profile and sorts
    // them for each chunk: 200 chunks x up to 100,000 rows sorted for 100,000 profiles. On (stale, sys_id) a chunk
    // is one index range read in order; counting the stale profiles still uses its first column.
    index: [{ name: 'x_psm_persona_profile_stale_sys_id', element: ['stale', 'sys_id'], unique: false }],
})

export const x_psm_persona_assignment = Table({
    name: 'x_psm_persona_assignment',
    label: 'Persona Assignment',
    display: 'user',
    allowWebServiceAccess: true,
    schema: {
        user: ReferenceColumn({ label: 'User', referenceTable: 'sys_user', mandatory: true }),
        from_persona: ReferenceColumn({ label: 'From persona', referenceTable: 'x_psm_persona_persona' }),
        to_persona: ReferenceColumn({ label: 'To persona', referenceTable: 'x_psm_persona_persona' }),
        distance: DecimalColumn({ label: 'Distance' }),
        margin: DecimalColumn({ label: 'Margin' }),
        reason: StringColumn({
            label: 'Reason',
            maxLength: 40,
            choices: {
                scored: { label: 'Scored', sequence: 1 },
                locked: { label: 'Locked', sequence: 2 },
                manual: { label: 'Manual', sequence: 3 },
                rescore: { label: 'Rescore', sequence: 4 },
                proposal: { label: 'Approved proposal', sequence: 5 },
            },
        }),
        explanation: StringColumn({ label: 'Explanation', maxLength: 4000 }),
        proposal: ReferenceColumn({ label: 'Proposal', referenceTable: 'x_psm_persona_proposal', hint: 'The approved proposal that pinned this persona' }),
        proposed_by: ReferenceColumn({ label: 'Proposed by', referenceTable: 'sys_user' }),
        decided_by: ReferenceColumn({ label: 'Decided by', referenceTable: 'sys_user' }),
    },
})

export const sys_user = Table({
    augments: 'sys_user',
    schema: {
        x_psm_persona_persona: ReferenceColumn({ label: 'Persona', referenceTable: 'x_psm_persona_persona', readOnly: true }),
    },
})

/**
 * The scoring configuration's state, one row (name "scoring"): the version scoring caches its rules
 * and personas by, and whether a rescoring of every profile is pending. Saving a persona or a rule
 * writes this row only; an async rule on it does the bulk work in the background. It is a table,
 * not a system property: gs.setProperty flushes the property cache of every node.
 */
export const x_psm_persona_scoring_state = Table({
    name: 'x_psm_persona_scoring_state',
    label: 'Persona Scoring State',
    display: 'name',
    schema: {
        name: StringColumn({ label: 'Name', mandatory: true, unique: true, maxLength: 40 }),
        config_version: StringColumn({ label: 'Configuration version', maxLength: 40, readOnly: true }),
        rescore_requested: BooleanColumn({ label: 'Rescoring requested', default: 'false', readOnly: true }),
        requested_on: DateTimeColumn({ label: 'Requested on', readOnly: true }),
        rescored_on: DateTimeColumn({ label: 'Last rescored on', readOnly: true }),
    },
})
