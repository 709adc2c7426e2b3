import '@servicenow/sdk/global'
import { SPWidget } from '@servicenow/sdk/core'
import { adminRole, analystRole } from '../security/roles.now'
import { MODULE_ROOT } from '../module-path'
import { dashboardStyles } from './dashboard-styles.now'

/*
 * The analyst dashboard's "Service management by persona" row (/sp?id=psm_dashboard): capacity, outages,
 * incidents and security posture by persona and department (src/server/portal/dashboard-ops.ts), drawn with the
 * same chart, table and CSV parts as the dashboard's other sections. The module checks the analyst role again.
 */
export const opsDashboardWidget = SPWidget({
    $id: Now.ID['sp_widget_dashboard_ops'],
    name: 'PSM Service Management Dashboard',
    id: 'psm-dashboard-ops',
    description: 'Capacity, outages, incidents and security posture by persona and department, each chart with its table and CSV.',
    category: 'custom',
    roles: [analystRole, adminRole],
    serverScript: `(function () {
    data.view = null;
    data.refused = null;
    data.error = '';
    try {
        var result = require('${MODULE_ROOT}/portal/dashboard-ops.ts').opsDashboardData();
        if (result.ok) data.view = result.view;
        else data.refused = { status: result.status, message: result.message };
    } catch (e) {
        gs.error('PSM Service Management Dashboard failed for ' + gs.getUserID() + ': ' + e);
        data.error = gs.getMessage('The service management dashboard could not be loaded. Please try again later.');
    }
})();`,
    clientScript: Now.include('./dashboard-ops-widget.client.js'),
    htmlTemplate: Now.include('./dashboard-ops-widget.html'),
    // Shared markup as the widget's ng-templates (dashboard-figure.html, dashboard-table.html), shared look from the dependency.
    templates: [
        { $id: Now.ID['sp_ng_template_dashboard_ops_figure'], id: 'psm-dashboard-figure.html', htmlTemplate: Now.include('./dashboard-figure.html') },
        { $id: Now.ID['sp_ng_template_dashboard_ops_table'], id: 'psm-dashboard-table.html', htmlTemplate: Now.include('./dashboard-table.html') },
    ],
    dependencies: [dashboardStyles],
    hasPreview: false,
})
