api.controller = function () {
    // The platform's widget convention: the controller is `c` (controllerAs), used inside the callbacks below.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    var c = this;
    c.busy = false;
    c.failed = '';

    /** The form's values, from what the server last showed. */
    function reset() {
        c.values = {};
        var fields = (c.data.view && c.data.view.fields) || [];
        for (var i = 0; i < fields.length; i++) c.values[fields[i].name] = fields[i].value;
    }
    reset();

    /** Sends the form with c.server.update() (a POST carrying the session token); the server says what was saved. */
    c.submit = function () {
        if (c.busy) return;
        c.busy = true;
        c.failed = '';
        c.data.action = 'save';
        c.data.values = c.values;
        c.data.sys_id = c.data.view && c.data.view.change ? c.data.view.change.sysId : '';
        c.server.update().then(
            function () {
                c.busy = false;
                c.data.action = undefined;
                reset();
            },
            function () {
                c.busy = false;
                c.data.action = undefined;
                c.failed = 'The form could not be sent. Check your connection and try again; what you wrote is still here.';
            },
        );
    };
};
