import '@servicenow/sdk/global'
import { SPPage, SPWidget } from '@servicenow/sdk/core'
import { MODULE_ROOT } from '../module-path'
import { personaWidget } from './persona-widget.now'
import { exceptionWidget } from './exception-widget.now'

/*
 * The persona catalog at /sp?id=psm_catalog[&q=<search>][&category=<sc_category>][&page=<n>]: the
 * signed-in user's services by category, with their cost for the user's persona and why the user
 * sees each, and ordering through sn_sc.CartJS. The server script only calls the app's modules
 * (src/server/portal/catalog-page.ts, order.ts) and passes $sp.canReadRecord, the platform's own
 * visibility check, so what the page lists and what may be ordered are decided on the server for
 * every call. The template binds text only (ng-bind, {{ }}).
 */

export const catalogWidget = SPWidget({
    $id: Now.ID['sp_widget_catalog'],
    name: 'PSM Persona Catalog',
    id: 'psm-persona-catalog',
    description: "The signed-in user's services by category, searchable, each with its cost for the user's persona, why the user sees it, and an order button.",
    category: 'custom',
    serverScript: `(function () {
    data.view = null;
    data.error = '';
    data.failed = gs.getMessage('The order could not be placed. Please try again later.');
    var canView = function (record) {
        return $sp.canReadRecord(record);
    };
    try {
        if (input && input.action == 'order') {
            // A state-changing call: the portal sends it with the session token (X-UserToken).
            data.order = require('${MODULE_ROOT}/portal/order.ts').orderItem(input.sys_id, input.quantity);
            if (data.order.hidden) data.$$httpStatus = 403;
            return;
        }
        var page = require('${MODULE_ROOT}/portal/catalog-page.ts');
        var query = page.catalogQuery($sp.getParameter('q'), $sp.getParameter('category'), $sp.getParameter('page'));
        data.view = page.catalogPage(gs.getUserID(), query, canView);
    } catch (e) {
        gs.error('PSM Persona Catalog could not load the catalog of ' + gs.getUserID() + ': ' + e);
        data.error = gs.getMessage('Your services could not be loaded. Please try again later.');
    }
})();`,
    clientScript: Now.include('./catalog-widget.client.js'),
    htmlTemplate: Now.include('./catalog-widget.html'),
    customCss: Now.include('./catalog-widget.scss'),
    hasPreview: false,
})

export const catalogPage = SPPage({
    pageId: 'psm_catalog',
    title: 'Your services',
    shortDescription: "Persona Service Management: the signed-in user's persona card and persona catalog.",
    category: 'custom',
    containers: [
        {
            $id: Now.ID['sp_catalog_container'],
            name: 'Persona catalog',
            width: 'container',
            order: 1,
            rows: [
                {
                    $id: Now.ID['sp_catalog_row'],
                    order: 1,
                    columns: [
                        {
                            $id: Now.ID['sp_catalog_column_card'],
                            size: 4,
                            order: 1,
                            instances: [
                                {
                                    $id: Now.ID['sp_catalog_instance_card'],
                                    widget: personaWidget,
                                    order: 1,
                                    // The catalog beside it lists the services: the card shows the persona only.
                                    widgetParameters: JSON.stringify({ show_services: { value: 'false', displayValue: 'false' } }),
                                },
                            ],
                        },
                        {
                            $id: Now.ID['sp_catalog_column_list'],
                            size: 8,
                            order: 2,
                            instances: [
                                {
                                    $id: Now.ID['sp_catalog_instance_list'],
                                    widget: catalogWidget,
                                    order: 1,
                                },
                                // Under a search: request a service outside the persona (issue 17: exceptions).
                                { $id: Now.ID['sp_catalog_instance_exception'], widget: exceptionWidget, order: 2 },
                            ],
                        },
                    ],
                },
            ],
        },
    ],
})
