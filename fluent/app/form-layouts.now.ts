import '@servicenow/sdk/global'
import { AnnotationType, Form, default_view } from '@servicenow/sdk/core'

/*
 * The default form of each table admins and analysts work in. "Use two-column for 4+ short fields
 * (dropdowns, references). Use one-column for text areas, formatters, annotations, and embedded lists";
 * "Formatters and embedded lists work best in their own sections, never mixed with regular fields"
 * (SDK form-layout-guide). Computed fields sit in their own section, apart from what admins edit.
 */

export const personaForm = Form({
    table: 'x_psm_persona_persona',
    view: default_view,
    sections: [
        {
            caption: 'Persona',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'name', type: 'table_field' },
                        { field: 'order', type: 'table_field' },
                        { field: 'active', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'monthly_cost', type: 'table_field' },
                        { field: 'qualifier', type: 'table_field' },
                        { field: 'user_criteria', type: 'table_field' },
                    ],
                },
                { layout: 'one-column', elements: [{ field: 'description', type: 'table_field' }] },
            ],
        },
        {
            caption: 'Workstyle',
            content: [
                {
                    layout: 'one-column',
                    elements: [
                        {
                            type: 'annotation',
                            annotationId: Now.ID['annotation_persona_workstyle'],
                            text: 'Each dimension ranks 1 (least) to 4 (most). A user is scored into the active persona whose rankings are closest to theirs; order breaks ties.',
                            isPlainText: true,
                            annotationType: AnnotationType.Info_Box_Blue,
                        },
                    ],
                },
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'technology', type: 'table_field' },
                        { field: 'network', type: 'table_field' },
                        { field: 'interaction', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'communication', type: 'table_field' },
                        { field: 'mobility', type: 'table_field' },
                    ],
                },
            ],
        },
        {
            caption: 'Offerings',
            content: [{ layout: 'one-column', elements: [{ type: 'list', listType: '12M', listRef: 'x_psm_persona_offering.persona' }] }],
        },
        {
            caption: 'Members',
            content: [{ layout: 'one-column', elements: [{ type: 'list', listType: '12M', listRef: 'x_psm_persona_profile.persona' }] }],
        },
    ],
})

export const scoringRuleForm = Form({
    table: 'x_psm_persona_scoring_rule',
    view: default_view,
    sections: [
        {
            caption: 'Scoring rule',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'dimension', type: 'table_field' },
                        { field: 'metric', type: 'table_field' },
                        { field: 'weight', type: 'table_field' },
                        { field: 'active', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'threshold_2', type: 'table_field' },
                        { field: 'threshold_3', type: 'table_field' },
                        { field: 'threshold_4', type: 'table_field' },
                    ],
                },
                {
                    layout: 'one-column',
                    elements: [
                        {
                            type: 'annotation',
                            annotationId: Now.ID['annotation_scoring_rule_thresholds'],
                            text: 'A metric at or above a threshold ranks that number; below the threshold for 2 it ranks 1. Saving a rule rescores every profile in the background.',
                            isPlainText: true,
                            annotationType: AnnotationType.Info_Box_Blue,
                        },
                        { field: 'description', type: 'table_field' },
                    ],
                },
            ],
        },
    ],
})

export const profileForm = Form({
    table: 'x_psm_persona_profile',
    view: default_view,
    sections: [
        {
            caption: 'Profile',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'user', type: 'table_field' },
                        { field: 'persona', type: 'table_field' },
                        { field: 'locked', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'scored_on', type: 'table_field' },
                        { field: 'stale', type: 'table_field' },
                    ],
                },
            ],
        },
        {
            caption: 'Usage',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'devices', type: 'table_field' },
                        { field: 'network_gb_month', type: 'table_field' },
                        { field: 'team_hours_week', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'contacts_per_day', type: 'table_field' },
                        { field: 'remote_pct', type: 'table_field' },
                    ],
                },
                {
                    layout: 'two-column',
                    leftElements: [{ field: 'usage_source', type: 'table_field' }],
                    rightElements: [{ field: 'usage_on', type: 'table_field' }],
                },
            ],
        },
        {
            caption: 'Scoring',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'technology', type: 'table_field' },
                        { field: 'network', type: 'table_field' },
                        { field: 'interaction', type: 'table_field' },
                        { field: 'communication', type: 'table_field' },
                        { field: 'mobility', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'distance', type: 'table_field' },
                        { field: 'runner_up', type: 'table_field' },
                        { field: 'margin', type: 'table_field' },
                    ],
                },
                { layout: 'one-column', elements: [{ field: 'explanation', type: 'table_field' }] },
            ],
        },
    ],
})

export const offeringForm = Form({
    table: 'x_psm_persona_offering',
    view: default_view,
    sections: [
        {
            caption: 'Offering',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'persona', type: 'table_field' },
                        { field: 'catalog_item', type: 'table_field' },
                        { field: 'order', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'monthly_cost', type: 'table_field' },
                        { field: 'bundled', type: 'table_field' },
                        { field: 'active', type: 'table_field' },
                    ],
                },
                {
                    layout: 'one-column',
                    elements: [
                        {
                            type: 'annotation',
                            annotationId: Now.ID['annotation_offering_visibility'],
                            text: 'An item with at least one active offering is available only to the users of those personas; an item with none stays visible to everyone.',
                            isPlainText: true,
                            annotationType: AnnotationType.Info_Box_Blue,
                        },
                        { field: 'description', type: 'table_field' },
                    ],
                },
            ],
        },
    ],
})

export const assignmentForm = Form({
    table: 'x_psm_persona_assignment',
    view: default_view,
    sections: [
        {
            caption: 'Persona change',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'user', type: 'table_field' },
                        { field: 'from_persona', type: 'table_field' },
                        { field: 'to_persona', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'reason', type: 'table_field' },
                        { field: 'distance', type: 'table_field' },
                        { field: 'margin', type: 'table_field' },
                    ],
                },
                { layout: 'one-column', elements: [{ field: 'explanation', type: 'table_field' }] },
            ],
        },
    ],
})

export const feedbackForm = Form({
    table: 'x_psm_persona_feedback',
    view: default_view,
    sections: [
        {
            caption: 'Feedback',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'task', type: 'table_field' },
                        { field: 'stakeholder', type: 'table_field' },
                        { field: 'change_request', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'user', type: 'table_field' },
                        { field: 'score', type: 'table_field' },
                        { field: 'time_lost', type: 'table_field' },
                        { field: 'rating', type: 'table_field' },
                    ],
                },
                { layout: 'one-column', elements: [{ field: 'comment', type: 'table_field' }] },
            ],
        },
    ],
})

export const xlaForm = Form({
    table: 'x_psm_persona_xla',
    view: default_view,
    sections: [
        {
            caption: 'Experience level agreement',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'name', type: 'table_field' },
                        { field: 'stakeholder', type: 'table_field' },
                        { field: 'measure', type: 'table_field' },
                        { field: 'order', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'target', type: 'table_field' },
                        { field: 'unit', type: 'table_field' },
                        { field: 'objective', type: 'table_field' },
                        { field: 'active', type: 'table_field' },
                    ],
                },
                { layout: 'one-column', elements: [{ field: 'description', type: 'table_field' }] },
            ],
        },
    ],
})

export const xlaDigestForm = Form({
    table: 'x_psm_persona_xla_digest',
    view: default_view,
    sections: [
        {
            caption: 'Weekly digest',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'period_start', type: 'table_field' },
                        { field: 'period_end', type: 'table_field' },
                        { field: 'recipients', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'xlas_met', type: 'table_field' },
                        { field: 'xlas_measured', type: 'table_field' },
                        { field: 'open_high_risk', type: 'table_field' },
                    ],
                },
                { layout: 'one-column', elements: [{ field: 'worst_group', type: 'table_field' }, { field: 'summary', type: 'table_field' }] },
            ],
        },
    ],
})
