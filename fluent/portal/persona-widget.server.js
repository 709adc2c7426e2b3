(function () {
    // Everything the widget shows comes from the app's module, the same one the local portal uses.
    data.view = null;
    data.error = '';
    try {
        var widget = require('x_psm_persona/persona-service-management/0.1.0/src/server/portal/persona-widget.ts');
        data.view = widget.personaWidgetData(gs.getUserID());
    } catch (e) {
        gs.error('PSM My Persona widget could not load the persona of ' + gs.getUserID() + ': ' + e);
        data.error = gs.getMessage('Your persona could not be loaded. Please try again later.');
    }
})();
