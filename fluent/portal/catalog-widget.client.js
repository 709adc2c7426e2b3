api.controller = function () {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- "var c = this" is the platform's widget convention
    var c = this;
    c.q = c.data.view ? c.data.view.q : '';
    c.confirming = '';
    c.ordered = {};
    c.errors = {};

    /** A link to this page with the current search and the given category and page. */
    c.link = function (params) {
        var parts = ['id=psm_catalog'];
        var q = c.data.view ? c.data.view.q : '';
        if (q) parts.push('q=' + encodeURIComponent(q));
        if (params.category) parts.push('category=' + encodeURIComponent(params.category));
        if (params.page && params.page > 1) parts.push('page=' + encodeURIComponent(params.page));
        return '?' + parts.join('&');
    };

    c.ask = function (item) {
        c.errors[item.sysId] = '';
        c.confirming = item.sysId;
    };

    /** Orders one through the widget's server script (sn_sc.CartJS there); the server decides. */
    c.order = function (item) {
        c.busy = true;
        c.server.get({ action: 'order', sys_id: item.sysId, quantity: 1 }).then(
            function (r) {
                c.busy = false;
                c.confirming = '';
                var outcome = r && r.data && r.data.order;
                if (outcome && outcome.ok) c.ordered[item.sysId] = outcome;
                else c.errors[item.sysId] = (outcome && outcome.message) || c.data.failed;
            },
            function (failure) {
                c.busy = false;
                c.confirming = '';
                var body = failure && failure.data && failure.data.result;
                var outcome = body && body.data && body.data.order;
                c.errors[item.sysId] = (outcome && outcome.message) || c.data.failed;
            }
        );
    };
};
