import '@servicenow/sdk/global'
import { SPWidget } from '@servicenow/sdk/core'
import { adminRole, analystRole } from '../security/roles.now'
import { MODULE_ROOT } from '../module-path'
import { dashboardStyles } from './dashboard-styles.now'

/*
 * The experience section of the analyst dashboard (a row of its own on psm_dashboard): Happiness per
 * stakeholder role and persona (HappySignals: % of 9–10 minus % of 0–6), time lost and reassignments,
 * each happiness XLA's trend against its target, and the latest comments. The server script only calls
 * src/server/portal/dashboard-experience.ts, which checks the analyst role again on every call; each
 * chart comes with its table, each table with its CSV built on the server; the template binds text only.
 */

export const dashboardExperienceWidget = SPWidget({
    $id: Now.ID['sp_widget_dashboard_experience'],
    name: 'PSM Experience Dashboard',
    id: 'psm-dashboard-experience',
    description: 'Happiness per stakeholder role and persona, time lost, trends against the XLA targets and comments, each chart with its table and CSV.',
    category: 'custom',
    roles: [analystRole, adminRole],
    serverScript: `(function () {
    data.view = null;
    data.refused = null;
    data.error = '';
    try {
        var result = require('${MODULE_ROOT}/portal/dashboard-experience.ts').experienceData($sp.getParameter('weeks'));
        if (result.ok) data.view = result.view;
        else data.refused = { status: result.status, message: result.message };
    } catch (e) {
        gs.error('PSM Experience Dashboard failed for ' + gs.getUserID() + ': ' + e);
        data.error = gs.getMessage('The experience figures could not be loaded. Please try again later.');
    }
})();`,
    clientScript: Now.include('./dashboard-experience-widget.client.js'),
    htmlTemplate: Now.include('./dashboard-experience-widget.html'),
    customCss: Now.include('./dashboard-experience-widget.scss'),
    // Shared markup as the widget's ng-templates (dashboard-figure.html, dashboard-table.html), shared look from the dependency.
    templates: [
        { $id: Now.ID['sp_ng_template_dashboard_experience_table'], id: 'psm-dashboard-table.html', htmlTemplate: Now.include('./dashboard-table.html') },
    ],
    dependencies: [dashboardStyles],
    hasPreview: false,
})
