/* Approve or reject this one approval: the widget's server script decides, as the user (X-UserToken on every call). */
/* eslint-disable @typescript-eslint/no-this-alias -- "var c = this" is the platform's widget convention */
api.controller = function () {
    var c = this;
    c.comments = '';
    c.decide = function (action) {
        c.busy = true;
        c.server.get({ action: action, sys_id: c.data.sys_id, comments: c.comments }).then(
            function (r) {
                c.busy = false;
                c.data = r.data;
            },
            function () {
                c.busy = false;
            }
        );
    };
};
