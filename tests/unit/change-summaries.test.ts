import { emptyFacts, type ChangeFacts } from '../../src/server/change/facts'
import { parsePhases, type Phase } from '../../src/server/change/phases'
import { assessChange, excerpt, formatWhen, impactSummary, instant, riskSummary, windowText } from '../../src/server/change/summaries'

/** The risk and impact summaries approvers read: computed from the change, concise, decision first. */

/** A schedule written in the text notation, as the Phases related list would hold it. */
function schedule(text: string): Phase[] {
    const parsed = parsePhases(text)
    if (!parsed.ok) throw new Error(parsed.errors.join(' '))
    return parsed.phases
}

function change(over: Partial<ChangeFacts> = {}): ChangeFacts {
    return {
        ...emptyFacts(),
        sysId: 'c1',
        number: 'CHG0001001',
        shortDescription: 'Upgrade mail gateway',
        risk: 4,
        impact: 3,
        priority: 3,
        ci: 'Email',
        implementationPlan: '1. Drain\n2. Upgrade\n3. Restore',
        backoutPlan: 'Restore the snapshot',
        testPlan: 'Send and receive test mail',
        testResults: 'All 42 checks passed in staging',
        securityNotes: 'No change to data flows',
        startDate: '2026-12-01 22:00:00',
        endDate: '2026-12-02 02:00:00',
        phases: schedule('Pilot | 2026-12-01 22:00 | 2026-12-01 23:00 | IT\nAll | 2026-12-01 23:00 | 2026-12-02 01:30 | Everyone'),
        ...over,
    }
}

test('a complete low-risk change: no concerns, every plan present', () => {
    expect(riskSummary(change())).toBe(
        [
            'Risk Low, priority Moderate: no concerns found.',
            'Plans: implementation present, backout present, test present.',
            'Test results: All 42 checks passed in staging.',
            'Security and compliance: No change to data flows.',
        ].join('\n'),
    )
    expect(impactSummary(change())).toBe(
        [
            'Impact Low on Email.',
            'Affected users: IT, Everyone (2 phases, 2026-12-01 22:00 to 2026-12-02 01:30).',
            'Window: 2026-12-01 22:00 UTC to 2026-12-02 02:00 UTC (4 h).',
        ].join('\n'),
    )
})

test('a high-risk change without backout plan or test results says so first', () => {
    const text = riskSummary(change({ risk: 2, priority: 2, backoutPlan: '  ', testResults: '' }))
    const lines = text.split('\n')
    expect(lines[0]).toBe('HIGH RISK High, priority High: 2 concerns to weigh.')
    expect(lines[1]).toBe('Concerns: backout plan missing; no test results recorded.')
    expect(lines[2]).toBe('Plans: implementation present, backout MISSING, test present.')
    expect(lines[3]).toBe('Test results: none recorded.')
})

test('Very High is high risk too; Moderate is not', () => {
    expect(riskSummary(change({ risk: 1 })).split('\n')[0]).toBe('HIGH RISK Very High, priority Moderate: no concerns found.')
    expect(assessChange(change({ risk: 1 })).highRisk).toBe(true)
    expect(assessChange(change({ risk: 3 })).highRisk).toBe(false)
    expect(riskSummary(change({ risk: 3 })).split('\n')[0]).toBe('Risk Moderate, priority Moderate: no concerns found.')
})

test('an unassessed risk is a concern of its own', () => {
    const a = assessChange(change({ risk: null }))
    expect(a.riskLabel).toBe('not assessed')
    expect(a.concerns[0]).toBe('risk not assessed')
    expect(riskSummary(change({ risk: null })).split('\n')[0]).toBe('Risk not assessed, priority Moderate: 1 concern to weigh.')
})

test('window: missing, reversed, or phases outside it are concerns', () => {
    expect(assessChange(change({ startDate: '' })).concerns).toContain('planned window not set')
    expect(assessChange(change({ startDate: '2026-12-03 00:00:00' })).concerns).toContain('planned end is before the planned start')
    const late = change({ phases: schedule('Pilot | 2026-12-01 22:00 | 2026-12-01 23:00 | IT\nStragglers | 2026-12-05 | 2026-12-06 | Sales') })
    expect(assessChange(late).concerns).toContain('phase outside the planned window: Stragglers')
})

test('free-text phase notes are never parsed; a missing configuration item is a concern, not a crash', () => {
    const a = assessChange(change({ phases: [], phaseNotes: 'Phase 1: pilot; Phase 2: HQ', ci: '' }))
    expect(a.phases).toEqual([])
    expect(a.concerns.filter((c) => /phase/i.test(c))).toEqual([])
    expect(a.concerns).toContain('no configuration item named')
    expect(impactSummary(change({ ci: '', phases: [] })).split('\n')).toEqual([
        'Impact Low (no configuration item named).',
        'Affected users: not stated (no phased schedule).',
        'Window: 2026-12-01 22:00 UTC to 2026-12-02 02:00 UTC (4 h).',
    ])
})

test('missing plans are named in order of weight: backout first', () => {
    const a = assessChange(change({ implementationPlan: '', backoutPlan: '', testPlan: '', testResults: '' }))
    expect(a.concerns.slice(0, 4)).toEqual(['backout plan missing', 'implementation plan missing', 'test plan missing', 'no test results recorded'])
})

test('long free text is quoted as a one-line excerpt, so the summary stays short', () => {
    const long = `Line one\n\n${'x'.repeat(5000)}`
    const text = riskSummary(change({ testResults: long, securityNotes: long }))
    expect(text.length).toBeLessThan(600)
    expect(excerpt(long)).toHaveLength(200)
    expect(excerpt(long).endsWith('…')).toBe(true)
    expect(excerpt('  a \n b  ')).toBe('a b')
})

test('both summaries fit their 4000-character fields whatever the change holds', () => {
    const huge = 'y'.repeat(4000)
    const f = change({ ci: huge, testResults: huge, securityNotes: huge, phases: schedule(Array.from({ length: 50 }, (_, i) => `P${i} ${'z'.repeat(60)} | 2026-12-01 | 2026-12-02 | ${'Aud'.repeat(20)}${i}`).join('\n')) })
    expect(riskSummary(f).length).toBeLessThanOrEqual(4000)
    expect(impactSummary(f).length).toBeLessThanOrEqual(4000)
    const manyAudiences = change({ phases: schedule(`P | 2026-12-01 | 2026-12-02 | ${Array.from({ length: 300 }, (_, i) => `Audience number ${i}`).join(', ')}`) })
    expect(impactSummary(manyAudiences).length).toBeLessThanOrEqual(4000)
    const garbage = change({ phaseNotes: `P | ${'q'.repeat(3900)} | 2026-12-02 | IT`, ci: '' })
    expect(riskSummary(garbage).length).toBeLessThanOrEqual(4000)
})

test('date helpers: stored UTC values, minutes shown, durations in hours', () => {
    expect(instant('2026-12-01 22:00:00')).toBe(Date.UTC(2026, 11, 1, 22))
    expect(instant('not a date')).toBeNull()
    expect(formatWhen('2026-12-01 22:00:00')).toBe('2026-12-01 22:00 UTC')
    expect(formatWhen('2026-12-01')).toBe('2026-12-01')
    expect(windowText({ start: '', end: '', hours: null })).toBe('not scheduled')
    expect(windowText({ start: '2026-12-01 22:00:00', end: '', hours: null })).toBe('from 2026-12-01 22:00 UTC, end not set')
    expect(windowText({ start: '2026-12-01 22:00:00', end: '2026-12-01 23:30:00', hours: 1.5 })).toBe('2026-12-01 22:00 UTC to 2026-12-01 23:30 UTC (1.5 h)')
})
