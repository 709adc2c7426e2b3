(function () {
    // Only the approver decides, and only while the approval is requested (the platform's base approval ACLs).
    if (input && (input.action == 'approve' || input.action == 'reject')) {
        var decision = new GlideRecord('sysapproval_approver');
        if (decision.get(String(input.sys_id)) && decision.getValue('approver') == gs.getUserID() && decision.getValue('state') == 'requested') {
            decision.setValue('state', input.action == 'approve' ? 'approved' : 'rejected');
            if (decision.update()) gs.addInfoMessage(input.action == 'approve' ? gs.getMessage('Approved') : gs.getMessage('Rejected'));
            else gs.addErrorMessage(gs.getMessage('Your decision could not be saved.'));
        } else {
            gs.addErrorMessage(gs.getMessage('This approval is no longer waiting for you.'));
        }
    }
    data.approvals = [];
    var gr = new GlideRecord('sysapproval_approver');
    gr.addQuery('approver', gs.getUserID());
    gr.addQuery('state', 'requested');
    gr.orderBy('sys_created_on');
    gr.query();
    while (gr.next()) {
        data.approvals.push({
            sys_id: gr.getUniqueValue(),
            number: gr.getDisplayValue('sysapproval.number') || gr.getDisplayValue('document_id'),
            short_description: gr.getDisplayValue('sysapproval.short_description'),
            table: gr.getValue('source_table') || '',
            created: gr.getDisplayValue('sys_created_on')
        });
    }
})();
