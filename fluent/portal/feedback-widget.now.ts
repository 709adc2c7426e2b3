import '@servicenow/sdk/global'
import { SPPage, SPWidget } from '@servicenow/sdk/core'
import { MODULE_ROOT } from '../module-path'

/*
 * The experience survey every stakeholder email links to:
 * /sp?id=psm_feedback&task=<task sys_id>&role=<requester|approver|implementer|caller> (a change, a
 * requested item, an incident or a problem); the links sent before it, &change=<change sys_id>, still work.
 * The server script only calls the app's module src/server/portal/feedback-page.ts, which decides
 * (through src/server/xla/feedback.ts) who may answer and saves as the session user, so the
 * feedback table's ACLs and its before rule apply. The answer goes back with c.server.update(), a
 * POST that carries the session token (X-UserToken), as every state-changing widget call must.
 * The template binds text only. Not public: a visitor who is not logged in gets the portal's login
 * page, and the link survives it.
 */

export const feedbackWidget = SPWidget({
    $id: Now.ID['sp_widget_feedback'],
    name: 'PSM Experience Survey',
    id: 'psm-feedback',
    description: 'A stakeholder says how happy they were with a change, requested item, incident or problem (0 to 10, the time they lost, a comment): one answer per user, record and role; answering again updates it.',
    category: 'custom',
    serverScript: `(function () {
    data.view = null;
    data.result = null;
    data.error = '';
    try {
        var page = require('${MODULE_ROOT}/portal/feedback-page.ts');
        var task = page.taskParameter($sp.getParameter('task'), $sp.getParameter('change'));
        var role = $sp.getParameter('role');
        if (input && input.action === 'save') data.result = page.submitFeedback(task, role, input.score, input.comment, input.timeLost);
        data.view = page.feedbackPage(task, role);
        // A refused answer keeps what the user typed, so nothing they wrote is lost.
        if (data.result && !data.result.ok && data.view.form) {
            data.view.form.score = input.score !== undefined && input.score !== null ? String(input.score).slice(0, 5) : '';
            data.view.form.timeLost = input.timeLost !== undefined && input.timeLost !== null ? String(input.timeLost).slice(0, 8) : '';
            data.view.form.comment = input.comment ? String(input.comment) : '';
        }
    } catch (e) {
        gs.error('PSM Experience Survey widget failed for ' + gs.getUserID() + ': ' + e);
        data.error = gs.getMessage('The feedback form could not be loaded. Please try again later.');
    }
})();`,
    clientScript: Now.include('./feedback-widget.client.js'),
    htmlTemplate: Now.include('./feedback-widget.html'),
    customCss: Now.include('./feedback-widget.scss'),
    hasPreview: false,
})

export const feedbackPage = SPPage({
    pageId: 'psm_feedback',
    title: 'Experience survey',
    shortDescription: 'Persona Service Management: a stakeholder says how happy they were with a change, request, incident or problem.',
    category: 'custom',
    containers: [
        {
            $id: Now.ID['sp_feedback_container'],
            name: 'Change feedback',
            width: 'container',
            order: 1,
            rows: [
                {
                    $id: Now.ID['sp_feedback_row'],
                    order: 1,
                    columns: [
                        {
                            $id: Now.ID['sp_feedback_column'],
                            size: 12,
                            order: 1,
                            instances: [{ $id: Now.ID['sp_feedback_instance'], widget: feedbackWidget, order: 1 }],
                        },
                    ],
                },
            ],
        },
    ],
})
