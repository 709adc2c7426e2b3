(function () {
    // One approval (sys_id in the URL): its approver sees it with a summary of what it approves, and only
    // its approver decides, only while it is requested (the platform's base approval ACLs).
    var me = gs.getUserID();
    var id = String((input && input.sys_id) || $sp.getParameter('sys_id') || '');
    var approval = new GlideRecord('sysapproval_approver');
    var exists = !!id && approval.get(id);
    var mine = exists && approval.getValue('approver') == me;
    data.found = exists && (mine || approval.canRead());
    if (!data.found) return;
    if (input && (input.action == 'approve' || input.action == 'reject')) {
        if (mine && approval.getValue('state') == 'requested') {
            approval.setValue('state', input.action == 'approve' ? 'approved' : 'rejected');
            if (input.comments) approval.setValue('comments', String(input.comments));
            if (approval.update()) gs.addInfoMessage(input.action == 'approve' ? gs.getMessage('Approved') : gs.getMessage('Rejected'));
            else gs.addErrorMessage(gs.getMessage('Your decision could not be saved.'));
            approval.get(id);
        } else {
            gs.addErrorMessage(gs.getMessage('This approval is no longer waiting for you.'));
        }
    }
    data.sys_id = approval.getUniqueValue();
    data.state = approval.getValue('state') || '';
    data.state_label = approval.getDisplayValue('state');
    data.approver = approval.getDisplayValue('approver');
    data.can_decide = mine && data.state == 'requested';
    // The document approved: the task (Approval for) or the record named by source_table and document_id.
    var doc = null;
    var taskId = approval.getValue('sysapproval');
    var table = taskId ? 'task' : approval.getValue('source_table');
    var docId = taskId || approval.getValue('document_id');
    if (table && docId) {
        doc = new GlideRecord(table);
        if (!doc.isValid() || !doc.get(docId)) doc = null;
        // A task approval names the task: read it as its own class, so its fields (risk, window ...) are there.
        else if (doc.getRecordClassName() != table) {
            var cls = doc.getRecordClassName();
            doc = new GlideRecord(cls);
            if (!doc.get(docId)) doc = null;
        }
    }
    data.document = null;
    if (!doc) return;
    var wanted = ['short_description', 'description', 'justification', 'risk', 'impact', 'priority', 'start_date', 'end_date', 'requested_by', 'opened_by', 'assigned_to', 'state'];
    var fields = [];
    for (var i = 0; i < wanted.length; i++) {
        if (!doc.isValidField(wanted[i]) || !doc.getValue(wanted[i])) continue;
        fields.push({ name: wanted[i], label: doc.getElement(wanted[i]).getLabel(), display_value: doc.getDisplayValue(wanted[i]) });
    }
    data.document = {
        label: doc.getLabel(),
        number: doc.isValidField('number') ? doc.getDisplayValue('number') : doc.getDisplayValue(),
        fields: fields
    };
})();
