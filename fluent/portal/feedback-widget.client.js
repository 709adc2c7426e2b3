api.controller = function () {
    // The platform's widget convention: the controller is `c` (controllerAs), used inside the callbacks below.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    var c = this;

    /** The form's values: the earlier answer, or empty. */
    function reset() {
        var form = c.data.view && c.data.view.form;
        c.form = { score: form ? form.score : '', timeLost: form ? form.timeLost : '', comment: form ? form.comment : '' };
    }
    reset();
    c.busy = false;
    c.failed = '';

    /** Sends the answer with c.server.update() (a POST carrying the session token); the server says what was saved. */
    c.submit = function () {
        if (c.busy) return;
        c.busy = true;
        c.failed = '';
        c.data.action = 'save';
        c.data.score = c.form.score === undefined || c.form.score === null ? '' : String(c.form.score);
        c.data.timeLost = c.form.timeLost === undefined || c.form.timeLost === null ? '' : String(c.form.timeLost);
        c.data.comment = c.form.comment || '';
        c.server.update().then(
            function () {
                c.busy = false;
                c.data.action = undefined;
                reset();
            },
            function () {
                c.busy = false;
                c.data.action = undefined;
                c.failed = 'Your feedback could not be sent. Check your connection and try again; what you wrote is still here.';
            },
        );
    };
};
