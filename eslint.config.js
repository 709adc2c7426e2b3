// @ts-check
const tseslint = require('typescript-eslint')
const sdkAppPlugin = require('@servicenow/eslint-plugin-sdk-app-plugin')
const sdkRecommended = sdkAppPlugin.configs.recommended

module.exports = tseslint.config(
    { ignores: ['node_modules/**', 'dist/**', 'target/**', 'coverage/**', 'test-artifacts/**', '.now-local/**', 'fluent/generated/**', 'scratch/**', 'tests/fixtures/**'] },
    ...tseslint.configs.recommended,
    {
        files: ['**/*.ts'],
        rules: {
            '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
            '@typescript-eslint/no-explicit-any': 'error',
        },
    },
    {
        files: ['**/*.js'],
        rules: { '@typescript-eslint/no-require-imports': 'off' },
    },
    {
        // Instance code runs on the ServiceNow platform (Rhino): no Node or browser APIs.
        files: ['src/server/**/*.ts'],
        plugins: { '@servicenow/sdk-app-plugin': sdkAppPlugin, psm: { rules: { 'server-imports': require('./tools/eslint/server-imports'), 'no-query-in-loop': require('./tools/eslint/no-query-in-loop') } } },
        rules: {
            ...sdkRecommended.rules,
            'no-restricted-globals': [...sdkRecommended.rules['no-restricted-globals'], 'process', 'Buffer', '__dirname', '__filename', 'global', 'require'],
            'psm/server-imports': 'error',
            'psm/no-query-in-loop': 'error',
        },
    },
)
