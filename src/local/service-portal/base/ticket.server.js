(function () {
    // The record in the URL (table, sys_id): shown when its read ACLs allow it, or when the user is the
    // one it was opened, requested by or for, or is assigned to (what the platform's base task ACLs grant); otherwise "not found".
    var gr = $sp.getRecord();
    var me = gs.getUserID();
    var mine = gr && ['opened_by', 'requested_for', 'caller_id', 'requested_by', 'assigned_to'].some(function (f) {
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
