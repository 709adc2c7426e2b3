api.controller = function () {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- "var c = this" is the platform's widget convention
    var c = this;
    c.form = {};
    c.result = null;
    c.labels = { manager: 'Manager', owner: 'Business-area owner' };

    c.open = function (member) {
        c.result = null;
        c.form = { user: member.sysId, name: member.name, persona: member.persona, justification: '' };
    };

    /** Sends the proposal; the server checks who may propose and reloads the team afterwards. */
    c.propose = function () {
        if (c.busy) return;
        c.busy = true;
        c.server.get({ action: 'propose', user: c.form.user, persona: c.form.persona, justification: c.form.justification }).then(
            function (r) {
                c.busy = false;
                c.result = (r && r.data && r.data.result) || { ok: false, message: 'The proposal could not be sent. Please try again later.' };
                if (c.result.ok) {
                    c.form = {};
                    c.server.refresh();
                }
            },
            function (failure) {
                c.busy = false;
                var body = failure && failure.data && failure.data.result;
                c.result = (body && body.data && body.data.result) || { ok: false, message: 'The proposal could not be sent. Please try again later.' };
            }
        );
    };
};
