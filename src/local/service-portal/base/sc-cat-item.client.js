/* Orders the item through the Service Catalog REST API (order_now), as the session user. */
/* eslint-disable @typescript-eslint/no-this-alias -- "var c = this" is the platform's widget convention */
api.controller = function ($http) {
    var c = this;
    c.quantity = 1;
    c.order = function () {
        c.error = '';
        c.busy = true;
        $http.post('/api/sn_sc/servicecatalog/items/' + encodeURIComponent(c.data.item.sys_id) + '/order_now', { sysparm_quantity: c.quantity }).then(
            function (response) {
                c.busy = false;
                c.request = response.data.result;
            },
            function (failure) {
                c.busy = false;
                var error = failure.data && failure.data.error;
                c.error = error ? error.message + (error.detail ? ': ' + error.detail : '') : c.data.failed;
            }
        );
    };
};
