/* The portal's login form: posts the credentials to the instance's login endpoint and, once logged in, reloads the page that asked for a login. */
/* eslint-disable @typescript-eslint/no-this-alias -- "var c = this" is the platform's widget convention */
api.controller = function ($http, $window) {
    var c = this;
    c.login = function () {
        c.error = '';
        if (!c.user_name || !c.password) {
            c.error = c.data.missing;
            return;
        }
        c.busy = true;
        $http
            .post('/api/now/sp/login', { user_name: c.user_name, password: c.password, redirect: $window.location.pathname + $window.location.search })
            .then(
                function (response) {
                    $window.location.href = response.data.result.redirect_url;
                },
                function (failure) {
                    c.busy = false;
                    c.password = '';
                    var error = failure.data && failure.data.error;
                    c.error = failure.status === 429 && error ? error.message + '. ' + (error.detail || '') : (error && error.message) || c.data.failed;
                }
            );
    };
};
