import fc from 'fast-check'
import { allAudiences, parsePhaseDate, parsePhases, phaseSpan, phasesFor, phasesOutsideWindow, type Phase } from '../../src/server/change/phases'

/** The phased deployment schedule format: `name | start | end | audience`, one phase per line. */

function ok(text: string): Phase[] {
    const r = parsePhases(text)
    if (!r.ok) throw new Error(`expected a valid schedule, got: ${r.errors.join(' ')}`)
    return r.phases
}

function errorsOf(text: string): string[] {
    const r = parsePhases(text)
    if (r.ok) throw new Error('expected errors')
    return r.errors
}

const SCHEDULE = ['# pilot first', 'Pilot | 2026-12-01 | 2026-12-03 | IT', '', 'Wave 1 | 2026-12-04 08:00 | 2026-12-10 18:00 | Sales, Finance', 'Everyone else | 2026-12-11 | 2026-12-15 | Everyone'].join('\n')

test('parses one phase per line, skipping blank lines and # comments, keeping the line numbers', () => {
    const phases = ok(SCHEDULE)
    expect(phases.map((p) => [p.line, p.name, p.start, p.end, p.audiences])).toEqual([
        [2, 'Pilot', '2026-12-01', '2026-12-03', ['IT']],
        [4, 'Wave 1', '2026-12-04 08:00', '2026-12-10 18:00', ['Sales', 'Finance']],
        [5, 'Everyone else', '2026-12-11', '2026-12-15', ['Everyone']],
    ])
})

test('an empty or missing schedule is valid and has no phases', () => {
    expect(ok('')).toEqual([])
    expect(parsePhases(null)).toEqual({ ok: true, phases: [] })
    expect(ok('  \n# nothing yet\n')).toEqual([])
})

test('date-only bounds cover whole days: a one-day phase is valid', () => {
    const [p] = ok('Cutover | 2026-12-01 | 2026-12-01 | IT')
    expect([p.startKey, p.endKey]).toEqual(['2026-12-01 00:00', '2026-12-01 23:59'])
})

test('a T between date and time is accepted and normalised', () => {
    expect(ok('A | 2026-12-01T09:30 | 2026-12-01T10:00 | IT')[0].start).toBe('2026-12-01 09:30')
})

test('a line without four fields names the line and the expected format', () => {
    expect(errorsOf('Pilot | 2026-12-01 | IT')).toEqual(['Line 1: expected 4 fields separated by "|" (name | start | end | audience), found 3.'])
})

test('impossible dates are refused, not rolled over', () => {
    expect(parsePhaseDate('2026-02-30')).toBeNull()
    expect(parsePhaseDate('2028-02-29')).toEqual({ text: '2028-02-29', dateOnly: true })
    expect(parsePhaseDate('2026-13-01')).toBeNull()
    expect(parsePhaseDate('2026-12-01 24:00')).toBeNull()
    expect(parsePhaseDate('2026-12-01 23:60')).toBeNull()
    expect(parsePhaseDate('1/12/2026')).toBeNull()
    expect(errorsOf('A | 2026-02-30 | 2026-03-01 | IT')).toEqual(['Line 1: start "2026-02-30" is not a date (YYYY-MM-DD or YYYY-MM-DD HH:MM).'])
})

test('every problem is reported at once, each with its line', () => {
    const errors = errorsOf(['| 2026-12-01 | 2026-12-02 | IT', 'B | soon | 2026-12-02 |', 'C | 2026-12-05 | 2026-12-04 | IT'].join('\n'))
    expect(errors).toEqual([
        'Line 1: the phase name is empty.',
        'Line 2: start "soon" is not a date (YYYY-MM-DD or YYYY-MM-DD HH:MM).',
        'Line 2: the audience is empty (who is affected, e.g. "IT, Sales" or "Everyone").',
        'Line 3: phase "C" ends (2026-12-04) before it starts (2026-12-05).',
    ])
})

test('two phases with the same name (any case) are refused', () => {
    expect(errorsOf('Pilot | 2026-12-01 | 2026-12-02 | IT\npilot | 2026-12-03 | 2026-12-04 | HR')).toEqual([
        'Line 2: phase "pilot" is already defined on line 1; give each phase its own name.',
    ])
})

test('more than 50 phases are refused', () => {
    const lines = Array.from({ length: 51 }, (_, i) => `P${i} | 2026-12-01 | 2026-12-02 | IT`)
    expect(errorsOf(lines.join('\n'))).toEqual(['51 phases: at most 50 are allowed.'])
})

test('span, audiences and the phases outside the window', () => {
    const phases = ok(SCHEDULE)
    expect(phaseSpan(phases)).toEqual({ start: '2026-12-01', end: '2026-12-15' })
    expect(phaseSpan([])).toBeNull()
    expect(allAudiences(ok('A | 2026-12-01 | 2026-12-02 | IT, Sales\nB | 2026-12-03 | 2026-12-04 | sales; HR'))).toEqual(['IT', 'Sales', 'HR'])
    const outside = phasesOutsideWindow(phases, '2026-12-01 00:00:00', '2026-12-10 23:00:00')
    expect(outside.map((p) => p.name)).toEqual(['Everyone else'])
    expect(phasesOutsideWindow(phases, '', '')).toEqual([])
})

test('the phases that concern a person: their department, location, persona or group, or everyone', () => {
    const phases = ok(SCHEDULE)
    expect(phasesFor(phases, ['sales', 'London']).map((p) => p.name)).toEqual(['Wave 1', 'Everyone else'])
    expect(phasesFor(phases, ['IT']).map((p) => p.name)).toEqual(['Pilot', 'Everyone else'])
    expect(phasesFor(ok('A | 2026-12-01 | 2026-12-02 | Telecommuter'), ['Virtual Executive'])).toEqual([])
})

test('property: any well-formed schedule parses back to what was written', () => {
    const day = fc.record({ y: fc.integer({ min: 2025, max: 2030 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
    const fmt = (v: { y: number; m: number; d: number }) => `${v.y}-${String(v.m).padStart(2, '0')}-${String(v.d).padStart(2, '0')}`
    const phase = fc.record({
        name: fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ]{0,20}[A-Za-z0-9]$/),
        a: day,
        b: day,
        audience: fc.array(fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,10}[A-Za-z]$/), { minLength: 1, maxLength: 3 }),
    })
    fc.assert(
        fc.property(fc.uniqueArray(phase, { minLength: 1, maxLength: 8, selector: (p) => p.name.toLowerCase() }), (list) => {
            const rows = list.map((p) => {
                const [s, e] = [fmt(p.a), fmt(p.b)].sort()
                return { name: p.name, start: s, end: e, audience: p.audience.join(', ') }
            })
            const parsed = ok(rows.map((r) => `${r.name} | ${r.start} | ${r.end} | ${r.audience}`).join('\n'))
            expect(parsed.map((p) => ({ name: p.name, start: p.start, end: p.end, audience: p.audience }))).toEqual(rows)
        }),
    )
})
