import '@servicenow/sdk/global'
import { Table, StringColumn } from '@servicenow/sdk/core'

/** What the app adds to change_request: the stakeholder-facing plan and the summaries it computes for approvers. */
export const change_request = Table({
    augments: 'change_request',
    schema: {
        x_psm_persona_rollout_plan: StringColumn({
            label: 'Rollout plan',
            maxLength: 4000,
            hint: 'What changes for the people affected, in their words: sent to the requester when the change is scheduled',
        }),
        x_psm_persona_training: StringColumn({ label: 'Training', maxLength: 4000, hint: 'Training or guidance the affected users need (links welcome)' }),
        x_psm_persona_support_contact: StringColumn({ label: 'Support contact', maxLength: 255, hint: 'Who affected users call during the rollout' }),
        x_psm_persona_phases: StringColumn({
            label: 'Phasing notes',
            maxLength: 4000,
            hint: 'Free text about the phasing, never checked for format. The schedule itself is the Phases related list (one row per phase and audience).',
        }),
        x_psm_persona_test_results: StringColumn({ label: 'Test results', maxLength: 4000, hint: 'Outcome of the tests in the test plan' }),
        x_psm_persona_security_notes: StringColumn({
            label: 'Security and compliance notes',
            maxLength: 4000,
            hint: 'Security review, data protection or regulatory points approvers must weigh',
        }),
        x_psm_persona_risk_summary: StringColumn({
            label: 'Risk summary',
            maxLength: 4000,
            readOnly: true,
            hint: 'Computed by the application for approvers: risk, concerns, plans present or missing, test results',
        }),
        x_psm_persona_impact_summary: StringColumn({
            label: 'Impact summary',
            maxLength: 4000,
            readOnly: true,
            hint: 'Computed by the application: impact, affected service and users, window',
        }),
    },
})
