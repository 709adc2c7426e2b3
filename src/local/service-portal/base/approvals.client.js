/* Approve or reject: the widget's server script decides, as the user, and answers with the approvals still pending. */
/* eslint-disable @typescript-eslint/no-this-alias -- "var c = this" is the platform's widget convention */
api.controller = function () {
    var c = this;
    c.decide = function (approval, action) {
        c.busy = true;
        c.server.get({ action: action, sys_id: approval.sys_id }).then(
            function (r) {
                c.busy = false;
                c.data.approvals = r.data.approvals;
            },
            function () {
                c.busy = false;
            }
        );
    };
};
