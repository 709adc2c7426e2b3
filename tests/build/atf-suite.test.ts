import { readBuild, type BuildRecord } from '../../src/local/install/read-build'
import type { Instance } from '../../src/local/instance'
import { installedInstance, builtAppDir } from '../support/instance'
import { atfTestsOf, runAtfTest, type AtfTest } from './atf-runner'

/**
 * The app's ATF tests, as built, run green on the local instance (tests/build/atf-runner.ts
 * interprets their steps): what an administrator runs on a real instance has been run here first.
 */
const records: BuildRecord[] = readBuild(builtAppDir())
const tests: AtfTest[] = atfTestsOf(records)

let instance: Instance
afterEach(() => instance?.close())

const EXPECTED = [
    'PSM: a new remote user is scored Telecommuter',
    'PSM: a new desk-based user is scored Business Analyst, not Telecommuter',
    'PSM: a persona-restricted item is visible to its persona only',
    'PSM: a change moving to Authorize emails the approver their request, not the requester',
    'PSM: a persona ranking outside 1-4 is rejected',
]

test('the build ships the key scenarios as active ATF tests, each with steps', () => {
    expect(tests.map((t) => t.name).sort()).toEqual([...EXPECTED].sort())
    for (const t of tests) {
        expect(t.active).toBe(true)
        expect(t.steps.length).toBeGreaterThan(3)
    }
})

test.each(EXPECTED)('ATF "%s" passes on the local instance', (name) => {
    const t = tests.find((x) => x.name === name)
    if (!t) throw new Error(`no ATF test "${name}" in the build`)
    instance = installedInstance()
    const outcome = runAtfTest(instance, t)
    const failed = outcome.steps.find((s) => !s.ok)
    expect(failed ? `step ${failed.order} "${failed.step}": ${failed.message}` : 'passed').toBe('passed')
    expect(outcome.steps).toHaveLength(t.steps.length)
})

describe('the runner fails a test whose expectation is wrong', () => {
    const mutate = (name: string, change: (t: AtfTest) => void): AtfTest => {
        const t = structuredClone(tests.find((x) => x.name === name) as AtfTest)
        change(t)
        return t
    }

    test('scoring: expecting the remote user to rank Virtual/Mobile 1 fails at that validation', () => {
        const t = mutate(EXPECTED[0], (x) => {
            const step = x.steps.find((s) => s.callName === 'server.recordValidation' && s.inputs.fieldValues.includes('mobility=4'))
            if (!step) throw new Error('no scoring validation step')
            step.inputs.fieldValues = step.inputs.fieldValues.replace('mobility=4', 'mobility=1')
        })
        instance = installedInstance()
        const outcome = runAtfTest(instance, t)
        expect(outcome.ok).toBe(false)
        expect(outcome.steps[outcome.steps.length - 1].message).toMatch(/does not match .*mobility=1.*mobility=4/)
    })

    test('catalog: expecting the Business Analyst to find the Telecommuter-only item fails', () => {
        const t = mutate(EXPECTED[2], (x) => {
            const step = x.steps.find((s) => s.inputs.assert === 'assert_item_not_present')
            if (!step) throw new Error('no negative search step')
            step.inputs.assert = 'assert_item_present'
        })
        instance = installedInstance()
        const outcome = runAtfTest(instance, t)
        expect(outcome.ok).toBe(false)
        expect(outcome.steps[outcome.steps.length - 1].message).toMatch(/is not found by .* searching "Home Broadband Allowance"/)
    })

    test('change: expecting the requester to receive the approver\'s email fails', () => {
        const t = mutate(EXPECTED[3], (x) => {
            const step = x.steps.find((s) => s.callName === 'server.recordQuery' && s.inputs.fieldValues.includes('requester') && s.inputs.assert === 'no_records_match_query')
            if (!step) throw new Error('no negative requester email step')
            step.inputs.assert = 'records_match_query'
        })
        instance = installedInstance()
        const outcome = runAtfTest(instance, t)
        expect(outcome.ok).toBe(false)
        expect(outcome.steps[outcome.steps.length - 1].message).toMatch(/no sys_email record matches/)
    })
})
