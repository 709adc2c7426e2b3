(function () {
    data.missing = gs.getMessage('Enter your user name and password.');
    data.failed = gs.getMessage('Login failed. Please try again.');
})();
