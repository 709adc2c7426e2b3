api.controller = function () {
    // The platform's widget convention: the controller is `c` (controllerAs), used inside the callbacks below.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    var c = this;
    c.reason = '';
    c.busy = false;
    c.failed = '';

    /** Sends the decision with c.server.update() (a POST carrying the session token); the server says what was done. */
    c.decide = function (action) {
        if (c.busy) return;
        c.busy = true;
        c.failed = '';
        c.data.action = action;
        c.data.reason = c.reason || '';
        c.server.update().then(
            function () {
                c.busy = false;
                c.data.action = undefined;
                if (c.data.result && c.data.result.ok) c.reason = '';
            },
            function () {
                c.busy = false;
                c.data.action = undefined;
                c.failed = 'Your decision could not be sent. Check your connection and try again; your reason is still here.';
            },
        );
    };
};
