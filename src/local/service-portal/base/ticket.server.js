(function () {
    // The record in the URL (table, sys_id): shown when its read ACLs allow it; otherwise "not found".
    // The local instance ships no base ACLs for the task tables, so this page also applies the readers
    // those grant (docs/differences.md, sp-base-pages-generic): a request or requested item to the user it
    // was opened by or for, an incident to its caller or opener, any task to its assignee (a fulfiller,
    // whose itil role reads tasks). Nobody else: on the platform a role-less user who requested or opened
    // a change reads it only where an ACL grants it, so here too.
    var READERS = {
        sc_request: ['opened_by', 'requested_for'],
        sc_req_item: ['opened_by', 'requested_for'],
        incident: ['opened_by', 'caller_id'],
    };
    var gr = $sp.getRecord();
    var me = gs.getUserID();
    var mine = gr && ['assigned_to'].concat(READERS[gr.getTableName()] || []).some(function (f) {
        return gr.isValidField(f) && gr.getValue(f) == me;
    });
    data.found = !!gr && (mine || gr.canRead());
    if (!data.found) return;
    data.label = gr.getLabel();
    data.number = gr.isValidField('number') ? gr.getDisplayValue('number') : '';
    var wanted = ['short_description', 'description', 'request_state', 'state', 'stage', 'priority', 'requested_for', 'opened_by', 'assigned_to', 'sys_created_on', 'sys_updated_on'];
    data.fields = [];
    for (var i = 0; i < wanted.length; i++) {
        if (!gr.isValidField(wanted[i])) continue;
        data.fields.push({ name: wanted[i], label: gr.getElement(wanted[i]).getLabel(), display_value: gr.getDisplayValue(wanted[i]) });
    }
    data.items = [];
    if (gr.getTableName() == 'sc_request') {
        var ritm = new GlideRecord('sc_req_item');
        ritm.addQuery('request', gr.getUniqueValue());
        ritm.orderBy('number');
        ritm.query();
        while (ritm.next()) data.items.push({ sys_id: ritm.getUniqueValue(), number: ritm.getDisplayValue('number'), name: ritm.getDisplayValue('cat_item'), stage: ritm.getDisplayValue('stage') });
    }
})();
