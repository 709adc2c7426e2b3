/**
 * `npm run test:sdk`: the integration tests that drive the real `now-sdk` binary against the local
 * instance (tests/integration). They take minutes, so `npm test` leaves them out; CI runs both.
 * @type {import('jest').Config}
 */
const base = require('./jest.config.js')

module.exports = {
    ...base,
    testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
    testPathIgnorePatterns: ['/node_modules/'],
    // They build their own fixture app; the shared build of the main app is not needed.
    globalSetup: undefined,
    globalTeardown: undefined,
    testTimeout: 240000,
}
