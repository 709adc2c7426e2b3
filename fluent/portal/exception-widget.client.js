api.controller = function () {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- "var c = this" is the platform's widget convention
    var c = this;
    c.justification = '';
    c.result = null;

    /** Files the request through the widget's server script, which checks everything again. */
    c.request = function () {
        if (c.busy) return;
        c.busy = true;
        var offer = c.data.view.offer;
        c.server.get({ action: 'request', sys_id: offer.itemId, q: offer.searchText, justification: c.justification }).then(
            function (r) {
                c.busy = false;
                c.result = (r && r.data && r.data.result) || { ok: false, message: 'The request could not be sent. Please try again later.' };
            },
            function (failure) {
                c.busy = false;
                var body = failure && failure.data && failure.data.result;
                c.result = (body && body.data && body.data.result) || { ok: false, message: 'The request could not be sent. Please try again later.' };
            }
        );
    };
};
