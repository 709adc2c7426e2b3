import '@servicenow/sdk/global'
import { SPPage, SPWidget } from '@servicenow/sdk/core'
import { MODULE_ROOT } from '../module-path'

/*
 * "My changes", /sp?id=psm_my_changes: where a requester follows the changes they requested (state,
 * risk, planned window, their own phases, what happens next), with links to each change and, once it
 * is implemented, to its feedback page. The server script only calls src/server/portal/my-changes.ts,
 * which filters to the session user's changes on the server and reads them with GlideRecordSecure.
 * The template binds text only.
 */

export const myChangesWidget = SPWidget({
    $id: Now.ID['sp_widget_my_changes'],
    name: 'PSM My Changes',
    id: 'psm-my-changes',
    description: 'The changes the signed-in user requested: state, risk, planned window, their phases, what happens next, and feedback once implemented.',
    category: 'custom',
    serverScript: `(function () {
    data.view = null;
    data.error = '';
    try {
        data.view = require('${MODULE_ROOT}/portal/my-changes.ts').myChangesData();
    } catch (e) {
        gs.error('PSM My Changes widget could not load the changes of ' + gs.getUserID() + ': ' + e);
        data.error = gs.getMessage('Your changes could not be loaded. Please try again later.');
    }
})();`,
    htmlTemplate: Now.include('./my-changes-widget.html'),
    customCss: Now.include('./my-changes-widget.scss'),
    hasPreview: false,
})

export const myChangesPage = SPPage({
    pageId: 'psm_my_changes',
    title: 'My changes',
    shortDescription: 'Persona Service Management: the changes the signed-in user requested and what happens next.',
    category: 'custom',
    containers: [
        {
            $id: Now.ID['sp_my_changes_container'],
            name: 'My changes',
            width: 'container',
            order: 1,
            rows: [
                {
                    $id: Now.ID['sp_my_changes_row'],
                    order: 1,
                    columns: [
                        {
                            $id: Now.ID['sp_my_changes_column'],
                            size: 12,
                            order: 1,
                            instances: [{ $id: Now.ID['sp_my_changes_instance'], widget: myChangesWidget, order: 1 }],
                        },
                    ],
                },
            ],
        },
    ],
})
