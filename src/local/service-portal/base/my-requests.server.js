(function () {
    var limit = Number(options.maximum_entries) > 0 ? Number(options.maximum_entries) : 50;
    data.requests = [];
    // The user's own requests, as the platform's base widget lists them.
    var gr = new GlideRecord('sc_request');
    gr.addQuery('requested_for', gs.getUserID()).addOrCondition('opened_by', gs.getUserID());
    gr.orderByDesc('sys_created_on');
    gr.setLimit(limit);
    gr.query();
    while (gr.next()) {
        data.requests.push({
            sys_id: gr.getUniqueValue(),
            number: gr.getDisplayValue('number'),
            short_description: gr.getDisplayValue('short_description'),
            state: gr.getDisplayValue('request_state'),
            opened: gr.getDisplayValue('sys_created_on')
        });
    }
})();
