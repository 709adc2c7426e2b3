import '@servicenow/sdk/global'
import { SPPage, SPWidget } from '@servicenow/sdk/core'
import { MODULE_ROOT } from '../module-path'

/*
 * The requester's change form: /sp?id=psm_change_form submits a change with guidance beside each
 * field; /sp?id=psm_change_form&sys_id=<change> fills the gaps the submission email pointed out on
 * the requester's own change (New or Assess). The server script only calls
 * src/server/portal/change-form.ts, which checks every value and writes only the user's own change.
 * Saves go back with c.server.update() (a POST with the session token). The template binds text only.
 */

export const changeFormWidget = SPWidget({
    $id: Now.ID['sp_widget_change_form'],
    name: 'PSM Change Form',
    id: 'psm-change-form',
    description: 'A requester submits a change with guidance, or completes the gaps of their own change before the CAB is asked.',
    category: 'custom',
    serverScript: `(function () {
    data.view = null;
    data.result = null;
    data.error = '';
    try {
        var form = require('${MODULE_ROOT}/portal/change-form.ts');
        // After a first submit the form edits the new change (the client sends its sys_id): a second
        // click saves it again instead of submitting a duplicate. Ownership is checked on the server.
        var id = (input && input.sys_id) || $sp.getParameter('sys_id');
        if (input && input.action === 'save') {
            data.result = form.saveChange(id, input.values || {});
            if (data.result.ok) id = data.result.sysId;
        }
        data.view = form.changeForm(id);
        // A refused save keeps what the user typed, so nothing they wrote is lost.
        if (data.result && !data.result.ok && data.view.fields) {
            for (var i = 0; i < data.view.fields.length; i++) {
                var f = data.view.fields[i];
                if (input.values && input.values[f.name] !== undefined) f.value = String(input.values[f.name]);
            }
        }
    } catch (e) {
        gs.error('PSM Change Form widget failed for ' + gs.getUserID() + ': ' + e);
        data.error = gs.getMessage('The change form could not be loaded. Please try again later.');
    }
})();`,
    clientScript: Now.include('./change-form-widget.client.js'),
    htmlTemplate: Now.include('./change-form-widget.html'),
    customCss: Now.include('./change-form-widget.scss'),
    hasPreview: false,
})

export const changeFormPage = SPPage({
    pageId: 'psm_change_form',
    title: 'Request a change',
    shortDescription: 'Persona Service Management: submit a change, or complete what your change is missing.',
    category: 'custom',
    containers: [
        {
            $id: Now.ID['sp_change_form_container'],
            name: 'Change form',
            width: 'container',
            order: 1,
            rows: [
                {
                    $id: Now.ID['sp_change_form_row'],
                    order: 1,
                    columns: [
                        {
                            $id: Now.ID['sp_change_form_column'],
                            size: 12,
                            order: 1,
                            instances: [{ $id: Now.ID['sp_change_form_instance'], widget: changeFormWidget, order: 1 }],
                        },
                    ],
                },
            ],
        },
    ],
})
