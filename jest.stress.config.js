/**
 * `npm run test:stress`: the long suites. tests/stress: crash recovery in child processes, database
 * locking, resource limits under load, the update-XML fuzzer and the 10,000-user usage import.
 * tests/long: the slowest scenario and conformance suites (a second scoped app, layouts on upgrade, SMTP delivery across a crash, the matcher-against-SQL agreement,
 * catalog availability, the user-criteria session cache, first-run scoring safety, the demo company's
 * first load as `npm start --seed` does it). Together they take
 * several minutes of a 2-core machine, so `npm test` leaves them out to stay within its time budget;
 * CI (.ci/run) runs them.
 * @type {import('jest').Config}
 */
const base = require('./jest.config.js')

module.exports = {
    ...base,
    testMatch: ['<rootDir>/tests/stress/**/*.test.ts', '<rootDir>/tests/long/**/*.test.ts'],
    testPathIgnorePatterns: ['/node_modules/'],
    // No suite here opens the demo image, and the scope fixture is built by the suite that installs it.
    globals: {},
}
