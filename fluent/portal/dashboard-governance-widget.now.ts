import '@servicenow/sdk/global'
import { SPWidget } from '@servicenow/sdk/core'
import { adminRole, analystRole } from '../security/roles.now'
import { MODULE_ROOT } from '../module-path'
import { dashboardStyles } from './dashboard-styles.now'

/*
 * A row of the analyst dashboard (psm_dashboard): usage data freshness (stale or missing, per persona
 * and department, oldest first), service exceptions and persona proposals, each table with its CSV
 * (src/server/portal/dashboard-governance.ts). For analysts and administrators; the module checks again.
 */
export const dashboardGovernanceWidget = SPWidget({
    $id: Now.ID['sp_widget_dashboard_governance'],
    name: 'PSM Dashboard: Usage data and exceptions',
    id: 'psm-dashboard-governance',
    description: 'Stale and unscored profiles per persona and department, service exceptions and persona proposals, each table with its CSV.',
    category: 'custom',
    roles: [analystRole, adminRole],
    serverScript: `(function () {
    data.view = null;
    data.refused = null;
    data.error = '';
    try {
        var result = require('${MODULE_ROOT}/portal/dashboard-governance.ts').governanceData();
        if (result.ok) data.view = result.view;
        else data.refused = { status: result.status, message: result.message };
    } catch (e) {
        gs.error('PSM Dashboard: Usage data and exceptions failed for ' + gs.getUserID() + ': ' + e);
        data.error = gs.getMessage('This part of the dashboard could not be loaded. Please try again later.');
    }
})();`,
    clientScript: Now.include('./dashboard-governance-widget.client.js'),
    htmlTemplate: Now.include('./dashboard-governance-widget.html'),
    // Shared markup as the widget's ng-templates (dashboard-figure.html, dashboard-table.html), shared look from the dependency.
    templates: [
        { $id: Now.ID['sp_ng_template_dashboard_governance_figure'], id: 'psm-dashboard-figure.html', htmlTemplate: Now.include('./dashboard-figure.html') },
        { $id: Now.ID['sp_ng_template_dashboard_governance_table'], id: 'psm-dashboard-table.html', htmlTemplate: Now.include('./dashboard-table.html') },
    ],
    dependencies: [dashboardStyles],
    hasPreview: false,
})
