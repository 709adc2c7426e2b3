import '@servicenow/sdk/global'
import { SPPage, SPWidget } from '@servicenow/sdk/core'
import { MODULE_ROOT } from '../module-path'

/*
 * The portal experience on a real instance: the signed-in user's persona card (rankings,
 * explanation) and their persona's services with costs. The server script only calls the app's
 * module src/server/portal/persona-widget.ts, built on src/server/catalog/portal-data.ts; the
 * template binds text only (ng-bind). Open it at /sp?id=psm_my_persona, on an instance or on the
 * local instance, whose Service Portal runtime renders this page and widget from the build.
 * Page and widget are public: false, so a visitor who is not logged in gets the portal's login page.
 */

export const personaWidget = SPWidget({
    $id: Now.ID['sp_widget_my_persona'],
    name: 'PSM My Persona',
    id: 'psm-my-persona',
    description: 'The signed-in user\'s workstyle persona: rankings against the persona\'s, why it was chosen, and the services it offers with their monthly costs.',
    category: 'custom',
    // Text, not an include file: the module path comes from package.json (../module-path.ts).
    serverScript: `(function () {
    // Everything the widget shows comes from the app's module, the same one the local portal uses.
    data.view = null;
    data.error = '';
    try {
        var widget = require('${MODULE_ROOT}/portal/persona-widget.ts');
        data.view = widget.personaWidgetData(gs.getUserID());
    } catch (e) {
        gs.error('PSM My Persona widget could not load the persona of ' + gs.getUserID() + ': ' + e);
        data.error = gs.getMessage('Your persona could not be loaded. Please try again later.');
    }
})();`,
    clientScript: Now.include('./persona-widget.client.js'),
    htmlTemplate: Now.include('./persona-widget.html'),
    customCss: Now.include('./persona-widget.scss'),
    hasPreview: false,
})

export const personaPage = SPPage({
    pageId: 'psm_my_persona',
    title: 'My persona',
    shortDescription: 'Persona Service Management: the signed-in user\'s persona card and services.',
    category: 'custom',
    containers: [
        {
            $id: Now.ID['sp_my_persona_container'],
            name: 'My persona',
            width: 'container',
            order: 1,
            rows: [
                {
                    $id: Now.ID['sp_my_persona_row'],
                    order: 1,
                    columns: [
                        {
                            $id: Now.ID['sp_my_persona_column'],
                            size: 12,
                            order: 1,
                            instances: [
                                {
                                    $id: Now.ID['sp_my_persona_instance'],
                                    widget: personaWidget,
                                    order: 1,
                                },
                            ],
                        },
                    ],
                },
            ],
        },
    ],
})
