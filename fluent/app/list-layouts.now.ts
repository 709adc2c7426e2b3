import '@servicenow/sdk/global'
import { List, default_view } from '@servicenow/sdk/core'

/*
 * The default list layout of each table admins and analysts work in: "A list defines which columns
 * appear when users view table records in list/table view. Each List() call creates a sys_ui_list
 * record and its associated sys_ui_list_element records" (SDK list-guide). Costs carry the sum and
 * average the list footer shows ("Aggregates only render on numeric column types").
 */

List({
    table: 'x_psm_persona_persona',
    view: default_view,
    columns: [
        'name',
        'order',
        'technology',
        'network',
        'interaction',
        'communication',
        'mobility',
        'qualifier',
        { element: 'monthly_cost', averageValue: true },
        'active',
    ],
})

List({
    table: 'x_psm_persona_scoring_rule',
    view: default_view,
    columns: ['dimension', 'metric', 'weight', 'threshold_2', 'threshold_3', 'threshold_4', 'active'],
})

List({
    table: 'x_psm_persona_profile',
    view: default_view,
    columns: [
        'user',
        'persona',
        'runner_up',
        'margin',
        'devices',
        'network_gb_month',
        'team_hours_week',
        'contacts_per_day',
        'remote_pct',
        'locked',
        'scored_on',
    ],
})

List({
    table: 'x_psm_persona_offering',
    view: default_view,
    columns: ['persona', 'catalog_item', { element: 'monthly_cost', sum: true }, 'bundled', 'order', 'active'],
})

List({
    table: 'x_psm_persona_assignment',
    view: default_view,
    columns: ['sys_created_on', 'user', 'from_persona', 'to_persona', 'reason', 'margin'],
})

List({
    table: 'x_psm_persona_feedback',
    view: default_view,
    columns: ['sys_updated_on', 'task', 'stakeholder', 'user', 'score', 'time_lost', 'comment', 'rating'],
})

List({
    table: 'x_psm_persona_xla',
    view: default_view,
    columns: ['order', 'name', 'stakeholder', 'measure', 'target', 'unit', 'objective', 'active'],
})

List({
    table: 'x_psm_persona_xla_digest',
    view: default_view,
    columns: ['period_end', 'period_start', 'xlas_met', 'xlas_measured', 'worst_group', 'open_high_risk', 'recipients'],
})
