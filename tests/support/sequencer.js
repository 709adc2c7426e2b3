const path = require('node:path')
const Sequencer = require('@jest/test-sequencer').default
const measured = require('./suite-times.json')

/*
 * Longest suites first, on a fresh clone too. Jest hands the suites to its workers in the order this
 * returns, each free worker taking the next. It orders by each suite's duration in the last run (its
 * cache); a fresh clone (CI) has no cache, and then jest orders by file size, which put some of the
 * longest suites last and left one worker running them alone at the end of the run. With no cached
 * duration, this uses the one recorded in tests/support/suite-times.json (seconds of one whole run,
 * written by tests/support/suite-times.js); a suite missing there (a new one) is ordered by jest's own
 * rule for suites it has no time for: first, largest file first.
 */
class SuiteTimeSequencer extends Sequencer {
    time(test) {
        const cached = super.time(test)
        if (cached != null) return cached
        const relative = path.relative(test.context.config.rootDir, test.path).split(path.sep).join('/')
        const seconds = measured.suites[relative]
        return typeof seconds === 'number' ? seconds * 1000 : undefined
    }
}

module.exports = SuiteTimeSequencer
