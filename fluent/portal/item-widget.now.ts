import '@servicenow/sdk/global'
import { SPPage, SPWidget } from '@servicenow/sdk/core'
import { MODULE_ROOT } from '../module-path'
import { exceptionWidget } from './exception-widget.now'

/*
 * The item page at /sp?id=psm_item&sys_id=<sc_cat_item>: the service, its cost for the user's
 * persona, why the user sees it, and an order button (sn_sc.CartJS). An item the user may not see
 * ($sp.canReadRecord, the item's user criteria) shows only "not available to you": not its name,
 * description or price. The template binds text only.
 */

export const itemWidget = SPWidget({
    $id: Now.ID['sp_widget_item'],
    name: 'PSM Catalog Item',
    id: 'psm-catalog-item',
    description: "One service of the persona catalog: its cost for the user's persona, why the user sees it, and ordering.",
    category: 'custom',
    serverScript: `(function () {
    data.page = null;
    data.error = '';
    data.failed = gs.getMessage('The order could not be placed. Please try again later.');
    data.noMonthly = gs.getMessage('No monthly cost');
    data.noPrice = gs.getMessage('None');
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
        data.page = require('${MODULE_ROOT}/portal/catalog-page.ts').itemPage(gs.getUserID(), $sp.getParameter('sys_id'), canView);
        // The page's own answer says what it is, as a REST client or a test reads it.
        if (data.page.status == 'hidden') data.$$httpStatus = 403;
        if (data.page.status == 'missing') data.$$httpStatus = 404;
    } catch (e) {
        gs.error('PSM Catalog Item could not load an item for ' + gs.getUserID() + ': ' + e);
        data.error = gs.getMessage('This service could not be loaded. Please try again later.');
    }
})();`,
    clientScript: Now.include('./item-widget.client.js'),
    htmlTemplate: Now.include('./item-widget.html'),
    customCss: Now.include('./item-widget.scss'),
    hasPreview: false,
})

export const itemPage = SPPage({
    pageId: 'psm_item',
    title: 'Service',
    shortDescription: 'Persona Service Management: one service of the persona catalog.',
    category: 'custom',
    containers: [
        {
            $id: Now.ID['sp_item_container'],
            name: 'Service',
            width: 'container',
            order: 1,
            rows: [
                {
                    $id: Now.ID['sp_item_row'],
                    order: 1,
                    columns: [
                        {
                            $id: Now.ID['sp_item_column'],
                            size: 12,
                            order: 1,
                            instances: [
                                {
                                    $id: Now.ID['sp_item_instance'],
                                    widget: itemWidget,
                                    order: 1,
                                },
                                // Shown only when the item is not available to the user (issue 17: exceptions).
                                { $id: Now.ID['sp_item_instance_exception'], widget: exceptionWidget, order: 2 },
                            ],
                        },
                    ],
                },
            ],
        },
    ],
})
