/* eslint-disable @typescript-eslint/no-require-imports -- eslint 8 ships no types and the rule is CommonJS, as ESLint loads it */
interface Tester {
    run(name: string, rule: unknown, cases: { valid: string[]; invalid: Array<{ code: string; errors: Array<{ messageId: string; data?: Record<string, string> }> }> }): void
}
const { RuleTester } = require('eslint') as { RuleTester: new (config: object) => Tester }
const rule: unknown = require('../../tools/eslint/no-query-in-loop')
/* eslint-enable @typescript-eslint/no-require-imports */

/**
 * The ESLint rule psm/no-query-in-loop (tools/eslint/no-query-in-loop.js), on the shapes it must
 * catch in src/server and the ones it must leave alone.
 */
const tester = new RuleTester({
    parser: require.resolve('@typescript-eslint/parser'),
    parserOptions: { ecmaVersion: 2022, sourceType: 'module' },
})

const HEAD = "import { GlideRecord, GlideAggregate } from '@servicenow/glide'\n"

tester.run('psm/no-query-in-loop', rule, {
    valid: [
        // One query, rows read in the loop.
        HEAD + "export function f(ids: string[]) { const gr = new GlideRecord('sys_user'); gr.addQuery('sys_id', 'IN', ids.join(',')); gr.query(); while (gr.next()) gr.getValue('name') }",
        // Writes per row are not queries.
        HEAD + "export function f(ids: string[]) { for (const id of ids) { const row = new GlideRecord('x'); row.initialize(); row.setValue('a', id); row.insert() } }",
        // Map.get in a loop is not a Glide call.
        HEAD + 'export function f(ids: string[], m: Map<string, string>) { for (const id of ids) m.get(id) }',
        // A function that only inserts may be called in a loop.
        HEAD + "function add(id: string) { const r = new GlideRecord('x'); r.initialize(); r.setValue('a', id); r.insert() }\nexport function f(ids: string[]) { ids.forEach((id) => add(id)) }",
        // The justified batch loop, marked with a reason.
        HEAD + "export function f() {\n  // psm-allow-query-in-loop: one query per chunk of 500, not per row\n  while (true) { const gr = new GlideRecord('x'); gr.setLimit(500); gr.query(); if (!gr.hasNext()) break }\n}",
    ],
    invalid: [
        {
            code: HEAD + "export function f(ids: string[]) { for (const id of ids) { const gr = new GlideRecord('sys_user'); gr.addQuery('sys_id', id); gr.query() } }",
            errors: [{ messageId: 'queried', data: { what: 'gr.query()' } }],
        },
        {
            code: HEAD + "export function f(ids: string[]) { const user = new GlideRecord('sys_user'); ids.forEach((id) => { if (user.get(id)) user.getValue('name') }) }",
            errors: [{ messageId: 'queried', data: { what: 'user.get()' } }],
        },
        {
            code: HEAD + "export function f(agg: GlideAggregate) { while (agg.next()) { const p = new GlideRecord('x'); p.get(agg.getValue('persona')) } }",
            errors: [{ messageId: 'queried', data: { what: 'p.get()' } }],
        },
        {
            code: HEAD + "export function f(ids: string[]) { for (let i = 0; i < ids.length; i++) new GlideRecord('x').get(ids[i]) }",
            errors: [{ messageId: 'queried' }],
        },
        {
            // Through a helper of the same file, two levels deep.
            code: HEAD + "function read(id: string) { const g = new GlideRecord('x'); return g.get(id) }\nfunction check(id: string) { return read(id) }\nexport function f(ids: string[]) { return ids.filter((id) => check(id)) }",
            errors: [{ messageId: 'helper', data: { name: 'check' } }],
        },
        {
            // A marker without a reason excuses nothing and is itself reported.
            code: HEAD + "export function f(ids: string[]) {\n  // psm-allow-query-in-loop:\n  for (const id of ids) { const gr = new GlideRecord('x'); gr.get(id) }\n}",
            errors: [{ messageId: 'noReason' }, { messageId: 'queried' }],
        },
    ],
})
