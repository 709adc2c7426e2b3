import '@servicenow/sdk/global'
import { SPPage, SPWidget } from '@servicenow/sdk/core'
import { MODULE_ROOT } from '../module-path'

/*
 * /sp?id=psm_team_personas: a manager (for their direct reports) or a business-area owner (for the
 * departments they own) proposes a persona for their people; the persona administrators approve it
 * and it is pinned (src/server/persona/proposals.ts). The template binds text only.
 */
export const teamPersonasWidget = SPWidget({
    $id: Now.ID['sp_widget_team_personas'],
    name: 'PSM Team Personas',
    id: 'psm-team-personas',
    description: "Propose personas for your people: your direct reports, or the departments you own as a business-area owner.",
    category: 'custom',
    serverScript: `(function () {
    data.view = null;
    data.result = null;
    data.error = '';
    try {
        var mod = require('${MODULE_ROOT}/portal/team-personas.ts');
        if (input && input.action == 'propose') {
            // A state-changing call: the portal sends it with the session token (X-UserToken).
            data.result = mod.submitProposal(input);
            if (!data.result.ok) data.$$httpStatus = 400;
            return;
        }
        data.view = mod.teamPage();
    } catch (e) {
        gs.error('PSM Team Personas failed for ' + gs.getUserID() + ': ' + e);
        data.error = gs.getMessage('Your team could not be loaded. Please try again later.');
    }
})();`,
    clientScript: Now.include('./team-personas-widget.client.js'),
    htmlTemplate: Now.include('./team-personas-widget.html'),
    customCss: Now.include('./team-personas-widget.scss'),
    hasPreview: false,
})

export const teamPersonasPage = SPPage({
    pageId: 'psm_team_personas',
    title: 'Team personas',
    shortDescription: 'Persona Service Management: propose personas for your people.',
    category: 'custom',
    containers: [
        {
            $id: Now.ID['sp_team_container'],
            name: 'Team personas',
            width: 'container',
            order: 1,
            rows: [
                {
                    $id: Now.ID['sp_team_row'],
                    order: 1,
                    columns: [{ $id: Now.ID['sp_team_column'], size: 12, order: 1, instances: [{ $id: Now.ID['sp_team_instance'], widget: teamPersonasWidget, order: 1 }] }],
                },
            ],
        },
    ],
})
