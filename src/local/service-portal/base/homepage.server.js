(function () {
    data.greeting = gs.getMessage('Welcome, {0}', [gs.getUserDisplayName()]);
    var approvals = new GlideRecord('sysapproval_approver');
    approvals.addQuery('approver', gs.getUserID());
    approvals.addQuery('state', 'requested');
    approvals.query();
    var pending = approvals.getRowCount();
    data.links = [
        { page: 'sc_category', label: gs.getMessage('Order something') },
        { page: 'requests', label: gs.getMessage('My requests') },
        { page: 'approvals', label: gs.getMessage('My approvals'), count: pending }
    ];
})();
