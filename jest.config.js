/** @type {import('jest').Config} */
module.exports = {
    testEnvironment: 'node',
    roots: ['<rootDir>/tests'],
    testMatch: ['**/*.test.ts'],
    // tests/integration drives the real now-sdk binary for minutes: `npm run test:sdk` (jest.sdk.config.js).
    testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/integration/'],
    transform: {
        '^.+\\.ts$': ['ts-jest', { isolatedModules: true, diagnostics: false }],
    },
    // Instance code imports @servicenow/glide; locally that is the emulated Glide API.
    moduleNameMapper: {
        '^@servicenow/glide$': '<rootDir>/src/local/glide/index.ts',
        '^@servicenow/glide/sn_uc$': '<rootDir>/src/local/glide/sn_uc.ts',
    },
    globalSetup: '<rootDir>/tests/support/global-setup.ts',
    globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
    testTimeout: 60000,
}
