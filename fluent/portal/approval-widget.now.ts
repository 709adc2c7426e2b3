import '@servicenow/sdk/global'
import { SPPage, SPWidget } from '@servicenow/sdk/core'
import { MODULE_ROOT } from '../module-path'

/*
 * The approver's page, /sp?id=psm_approval&sys_id=<sysapproval_approver sys_id>: the change summary
 * (risk, impact, test results, window, concerns) in front of the approver, then Approve or Reject
 * with a reason, laid out for a phone (375 px). The server script only calls
 * src/server/portal/approval-page.ts, which decides who may decide; the segregation-of-duties rule
 * on sysapproval_approver refuses the change's requester on the server whatever page is used. The
 * decision goes back with c.server.update(), a POST carrying the session token (X-UserToken).
 * The template binds text only.
 */

export const approvalWidget = SPWidget({
    $id: Now.ID['sp_widget_change_approval'],
    name: 'PSM Change Approval',
    id: 'psm-approval',
    description: 'An approver approves or rejects a change with its summary in front of them; a rejection carries a reason. The requester of a change cannot decide it.',
    category: 'custom',
    serverScript: `(function () {
    data.view = null;
    data.result = null;
    data.error = '';
    try {
        var page = require('${MODULE_ROOT}/portal/approval-page.ts');
        var id = $sp.getParameter('sys_id');
        if (input && (input.action === 'approve' || input.action === 'reject')) data.result = page.decide(id, input.action, input.reason);
        data.view = page.approvalPage(id);
    } catch (e) {
        gs.error('PSM Change Approval widget failed for ' + gs.getUserID() + ': ' + e);
        data.error = gs.getMessage('The approval could not be loaded. Please try again later.');
    }
})();`,
    clientScript: Now.include('./approval-widget.client.js'),
    htmlTemplate: Now.include('./approval-widget.html'),
    customCss: Now.include('./approval-widget.scss'),
    hasPreview: false,
})

export const approvalPage = SPPage({
    pageId: 'psm_approval',
    title: 'Change approval',
    shortDescription: 'Persona Service Management: approve or reject a change with its summary in front of you.',
    category: 'custom',
    containers: [
        {
            $id: Now.ID['sp_approval_container'],
            name: 'Change approval',
            width: 'container',
            order: 1,
            rows: [
                {
                    $id: Now.ID['sp_approval_row'],
                    order: 1,
                    columns: [
                        {
                            $id: Now.ID['sp_approval_column'],
                            size: 12,
                            order: 1,
                            instances: [{ $id: Now.ID['sp_approval_instance'], widget: approvalWidget, order: 1 }],
                        },
                    ],
                },
            ],
        },
    ],
})
