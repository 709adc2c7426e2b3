/**
 * `npm run test:stress`: the long suites (crash recovery in child processes, database locking,
 * resource limits under load, the update-XML fuzzer). They take about a minute of a 2-core machine,
 * so `npm test` leaves them out to stay within its time budget; CI (.ci/run) runs them.
 * @type {import('jest').Config}
 */
const base = require('./jest.config.js')

module.exports = {
    ...base,
    testMatch: ['<rootDir>/tests/stress/**/*.test.ts'],
    testPathIgnorePatterns: ['/node_modules/'],
}
