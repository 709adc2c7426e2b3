import '@servicenow/sdk/global'
import { AnnotationType, Form, List, default_view } from '@servicenow/sdk/core'

/*
 * Where the change team edits the schedule: the phase's own form, its list layout (the columns of
 * the Phases related list), and the change form's "Rollout" view with the rollout fields and the
 * Phases related list ("Formatters and embedded lists work best in their own sections", SDK
 * form-layout-guide). The app adds a view of its own rather than replacing the base change form.
 */

export const changePhaseForm = Form({
    table: 'x_psm_persona_change_phase',
    view: default_view,
    sections: [
        {
            caption: 'Phase',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'change', type: 'table_field' },
                        { field: 'name', type: 'table_field' },
                        { field: 'start', type: 'table_field' },
                        { field: 'end', type: 'table_field' },
                        { field: 'order', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'audience_type', type: 'table_field' },
                        { field: 'audience_group', type: 'table_field' },
                        { field: 'audience_department', type: 'table_field' },
                        { field: 'audience_location', type: 'table_field' },
                        { field: 'audience_persona', type: 'table_field' },
                    ],
                },
                {
                    layout: 'one-column',
                    elements: [
                        {
                            type: 'annotation',
                            annotationId: Now.ID['annotation_change_phase'],
                            text: 'One row per phase and audience: a phase that reaches several audiences is several rows with the same name and dates. Dates are UTC.',
                            isPlainText: true,
                            annotationType: AnnotationType.Info_Box_Blue,
                        },
                    ],
                },
            ],
        },
    ],
})

List({
    table: 'x_psm_persona_change_phase',
    view: default_view,
    columns: ['name', 'start', 'end', 'audience_type', 'audience_group', 'audience_department', 'audience_location', 'audience_persona', 'order'],
})

export const changeRolloutForm = Form({
    table: 'change_request',
    view: 'psm_rollout',
    sections: [
        {
            caption: 'Rollout',
            content: [
                {
                    layout: 'one-column',
                    elements: [
                        { field: 'number', type: 'table_field' },
                        { field: 'short_description', type: 'table_field' },
                        { field: 'x_psm_persona_rollout_plan', type: 'table_field' },
                        { field: 'x_psm_persona_training', type: 'table_field' },
                        { field: 'x_psm_persona_support_contact', type: 'table_field' },
                        { field: 'x_psm_persona_phases', type: 'table_field' },
                    ],
                },
            ],
        },
        {
            caption: 'Phases',
            content: [{ layout: 'one-column', elements: [{ type: 'list', listType: '12M', listRef: 'x_psm_persona_change_phase.change' }] }],
        },
    ],
})
