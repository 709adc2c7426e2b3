api.controller = function () {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- "var c = this" is the platform's widget convention
    var c = this;
    c.quantity = 1;
    c.result = null;

    /** Orders through the widget's server script (sn_sc.CartJS there), which checks availability itself. */
    c.order = function () {
        c.busy = true;
        c.server.get({ action: 'order', sys_id: c.data.page.item.sysId, quantity: c.quantity }).then(
            function (r) {
                c.busy = false;
                c.result = (r && r.data && r.data.order) || { ok: false, message: c.data.failed };
            },
            function (failure) {
                c.busy = false;
                var body = failure && failure.data && failure.data.result;
                c.result = (body && body.data && body.data.order) || { ok: false, message: c.data.failed };
            }
        );
    };
};
