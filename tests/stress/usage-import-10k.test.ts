/*
 * Issue 17's proof at full size: "a CSV import of 10,000 users with bad rows. Bad rows are reported per
 * line and nothing else changes." The scenario is tests/app/usage-import.test.ts (1,000 users in
 * `npm test`); here it runs with 10,000 (about two minutes of a 2-core machine, so in `npm run test:stress`).
 */
process.env.PSM_USAGE_IMPORT_USERS = '10000'
// eslint-disable-next-line @typescript-eslint/no-require-imports
require('../app/usage-import.test')
