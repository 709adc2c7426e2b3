import '@servicenow/sdk/global'
import { SPWidget } from '@servicenow/sdk/core'
import { MODULE_ROOT } from '../module-path'

/*
 * "Request a service outside my persona": on the item page of a service the user may not see and under
 * a catalog search (instances on psm_item and psm_catalog). It names the service only by the link the
 * user opened or the words they typed; the module (src/server/portal/exception-request.ts) files the
 * request for the manager's approval. The template binds text only.
 */
export const exceptionWidget = SPWidget({
    $id: Now.ID['sp_widget_exception'],
    name: 'PSM Service Exception',
    id: 'psm-service-exception',
    description: 'Request a service outside my persona: manager-approved, time-limited access to one service, and the status of my requests.',
    category: 'custom',
    serverScript: `(function () {
    data.view = null;
    data.result = null;
    data.error = '';
    var canView = function (record) {
        return $sp.canReadRecord(record);
    };
    try {
        var mod = require('${MODULE_ROOT}/portal/exception-request.ts');
        if (input && input.action == 'request') {
            // A state-changing call: the portal sends it with the session token (X-UserToken).
            data.result = mod.submitException(input, canView);
            if (!data.result.ok) data.$$httpStatus = 400;
            return;
        }
        data.view = mod.exceptionWidget($sp.getParameter('sys_id'), $sp.getParameter('q'), canView);
    } catch (e) {
        gs.error('PSM Service Exception failed for ' + gs.getUserID() + ': ' + e);
        data.error = gs.getMessage('Requests for other services could not be loaded. Please try again later.');
    }
})();`,
    clientScript: Now.include('./exception-widget.client.js'),
    htmlTemplate: Now.include('./exception-widget.html'),
    customCss: Now.include('./exception-widget.scss'),
    hasPreview: false,
})
