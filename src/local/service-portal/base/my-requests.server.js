(function () {
    var limit = Number(options.maximum_entries) > 0 ? Number(options.maximum_entries) : 50;
    data.requests = [];
    // The user's own requests, as the platform's base widget lists them ("The widget pulls open request
    // information from the sc_request table", My Requests widget).
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
            opened: gr.getDisplayValue('sys_created_on'),
            items: []
        });
    }
    // Each request's items with their stage: the Requested Items widget "Describes at what stage of the
    // order a requested item is"; "View the order's progress in the Stage field" (View request status).
    var byId = {};
    var ids = [];
    for (var i = 0; i < data.requests.length; i++) {
        byId[data.requests[i].sys_id] = data.requests[i];
        ids.push(data.requests[i].sys_id);
    }
    if (!ids.length) return;
    var item = new GlideRecord('sc_req_item');
    item.addQuery('request', 'IN', ids.join(','));
    item.orderBy('number');
    item.query();
    while (item.next()) {
        var request = byId[item.getValue('request')];
        if (!request) continue;
        request.items.push({
            sys_id: item.getUniqueValue(),
            number: item.getDisplayValue('number'),
            name: item.getDisplayValue('cat_item'),
            stage: item.getDisplayValue('stage'),
            state: item.getDisplayValue('state')
        });
    }
})();
