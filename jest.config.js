/** @type {import('jest').Config} */
module.exports = {
    testEnvironment: 'node',
    roots: ['<rootDir>/tests'],
    testMatch: ['**/*.test.ts'],
    // tests/integration drives the real now-sdk binary for minutes: `npm run test:sdk` (jest.sdk.config.js).
    // tests/stress (crash, lock, resource, fuzz, 10,000-user import) and tests/long (the slowest scenario and
    // conformance suites) run with `npm run test:stress`, which CI runs: `npm test` stays within its time budget.
    testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/integration/', '<rootDir>/tests/stress/', '<rootDir>/tests/long/'],
    transform: {
        '^.+\\.ts$': ['ts-jest', { isolatedModules: true, diagnostics: false }],
    },
    // Instance code imports @servicenow/glide; locally that is the emulated Glide API.
    moduleNameMapper: {
        '^@servicenow/glide$': '<rootDir>/src/local/glide/index.ts',
        '^@servicenow/glide/sn_uc$': '<rootDir>/src/local/glide/sn_uc.ts',
        '^@servicenow/glide/sn_sc$': '<rootDir>/src/local/service-catalog/sn_sc.ts',
        // The instance imports the TypeScript compiler (src/local/engine/scripts.ts, for app modules given as
        // .ts) and Dart Sass (src/local/service-portal/styles.ts, for widget SCSS) at its top level. Jest loads
        // every module again for each suite, and these two cost ~0.9 s of CPU per suite to load, used by
        // few: here they load at their first use instead (tests/support/lazy/).
        '^typescript$': '<rootDir>/tests/support/lazy/typescript.js',
        '^sass$': '<rootDir>/tests/support/lazy/sass.js',
    },
    globalSetup: '<rootDir>/tests/support/global-setup.ts',
    globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
    // A whole `npm test` has suites that open the demo company (tests/support/demo.ts demoInstance()) and
    // one that installs the scope fixture app: the global setup builds the fixture alongside the app and
    // starts loading the demo into an image at once, in the background (tests/support/global-setup.ts).
    globals: { psmWholeRun: true },
    // Longest suites first, from their recorded durations when jest has none of its own (a fresh clone).
    testSequencer: '<rootDir>/tests/support/sequencer.js',
    testTimeout: 60000,
    // Jest's default leaves one core idle (cores - 1): on a 2-core machine that is one worker and a suite
    // twice as long. The suites are independent (each opens its own instance and port), so use every core.
    maxWorkers: Math.max(2, require('node:os').availableParallelism() - 1),
}
