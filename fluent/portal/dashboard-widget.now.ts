import '@servicenow/sdk/global'
import { SPPage, SPWidget } from '@servicenow/sdk/core'
import { adminRole, analystRole } from '../security/roles.now'
import { MODULE_ROOT } from '../module-path'
import { dashboardStyles } from './dashboard-styles.now'
import { dashboardExperienceWidget } from './dashboard-experience-widget.now'
import { dashboardGovernanceWidget } from './dashboard-governance-widget.now'
import { opsDashboardWidget } from './dashboard-ops-widget.now'

/*
 * The analyst dashboard, /sp?id=psm_dashboard[&weeks=N]: persona distribution, projected costs,
 * persona changes over time and XLA attainment. Each chart is SVG drawn by the template's attribute
 * bindings from numbers the module computes (src/server/portal/dashboard.ts, on the insight and
 * attainment modules), each comes with its table, and each table downloads as CSV built on the
 * server from the same cells (the client only hands the text to the browser as a file). Page and
 * widget are for the app's analysts and administrators; the module checks the role again.
 */

export const dashboardWidget = SPWidget({
    $id: Now.ID['sp_widget_dashboard'],
    name: 'PSM Analyst Dashboard',
    id: 'psm-dashboard',
    description: 'Persona distribution, projected costs, persona changes over time and XLA attainment, each chart with its table and CSV.',
    category: 'custom',
    roles: [analystRole, adminRole],
    serverScript: `(function () {
    data.view = null;
    data.refused = null;
    data.error = '';
    try {
        var result = require('${MODULE_ROOT}/portal/dashboard.ts').dashboardData($sp.getParameter('weeks'));
        if (result.ok) data.view = result.view;
        else data.refused = { status: result.status, message: result.message };
    } catch (e) {
        gs.error('PSM Analyst Dashboard failed for ' + gs.getUserID() + ': ' + e);
        data.error = gs.getMessage('The dashboard could not be loaded. Please try again later.');
    }
})();`,
    clientScript: Now.include('./dashboard-widget.client.js'),
    htmlTemplate: Now.include('./dashboard-widget.html'),
    // Shared markup as the widget's ng-templates (dashboard-figure.html, dashboard-table.html), shared look from the dependency.
    templates: [
        { $id: Now.ID['sp_ng_template_dashboard_figure'], id: 'psm-dashboard-figure.html', htmlTemplate: Now.include('./dashboard-figure.html') },
        { $id: Now.ID['sp_ng_template_dashboard_table'], id: 'psm-dashboard-table.html', htmlTemplate: Now.include('./dashboard-table.html') },
    ],
    dependencies: [dashboardStyles],
    hasPreview: false,
})

export const dashboardPage = SPPage({
    pageId: 'psm_dashboard',
    title: 'Persona insight',
    shortDescription: 'Persona Service Management: the analyst dashboard.',
    category: 'custom',
    roles: [analystRole, adminRole],
    containers: [
        {
            $id: Now.ID['sp_dashboard_container'],
            name: 'Analyst dashboard',
            width: 'container',
            order: 1,
            rows: [
                {
                    $id: Now.ID['sp_dashboard_row'],
                    order: 1,
                    columns: [
                        {
                            $id: Now.ID['sp_dashboard_column'],
                            size: 12,
                            order: 1,
                            instances: [{ $id: Now.ID['sp_dashboard_instance'], widget: dashboardWidget, order: 1 }],
                        },
                    ],
                },
                {
                    $id: Now.ID['sp_dashboard_row_ops'],
                    order: 2,
                    columns: [
                        {
                            $id: Now.ID['sp_dashboard_column_ops'],
                            size: 12,
                            order: 1,
                            instances: [{ $id: Now.ID['sp_dashboard_instance_ops'], widget: opsDashboardWidget, order: 1 }],
                        },
                    ],
                },
                {
                    $id: Now.ID['sp_dashboard_row_governance'],
                    order: 5,
                    columns: [
                        {
                            $id: Now.ID['sp_dashboard_column_governance'],
                            size: 12,
                            order: 1,
                            instances: [{ $id: Now.ID['sp_dashboard_instance_governance'], widget: dashboardGovernanceWidget, order: 1 }],
                        },
                    ],
                },
                {
                    $id: Now.ID['sp_dashboard_row_experience'],
                    order: 60,
                    columns: [
                        {
                            $id: Now.ID['sp_dashboard_column_experience'],
                            size: 12,
                            order: 1,
                            instances: [{ $id: Now.ID['sp_dashboard_instance_experience'], widget: dashboardExperienceWidget, order: 1 }],
                        },
                    ],
                },
            ],
        },
    ],
})
