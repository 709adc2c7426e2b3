api.controller = function () {
    /** A rank, or a dash when there is none (no persona, or a profile never scored). */
    this.rank = function (value) {
        return value === null || value === undefined ? '\u2013' : value;
    };
};
