import type { Dimension, Rankings } from '../../src/server/persona/dimensions'
import { METRICS, METRIC_NAMES, validateMetrics, validateThresholds, type MetricName, type Metrics } from '../../src/server/persona/metrics'
import {
    computeRankings,
    distance,
    rankCandidates,
    rankMetric,
    roundRank,
    scoreProfile,
    scoreQualified,
    type PersonaCandidate,
    type ScoreInput,
    type ScoringRule,
} from '../../src/server/persona/scoring'
import { formatDistance, plain } from '../../src/server/persona/explain'

const R = (technology: number, network: number, interaction: number, communication: number, mobility: number): Rankings => ({
    technology,
    network,
    interaction,
    communication,
    mobility,
})

const TS: PersonaCandidate = { sysId: 'ts', name: 'Technology Support', order: 100, rankings: R(2, 3, 1, 4, 1) }
const KW: PersonaCandidate = { sysId: 'kw', name: 'Knowledge Worker', order: 200, rankings: R(2, 3, 1, 4, 1) }
const BA: PersonaCandidate = { sysId: 'ba', name: 'Business Analyst', order: 300, rankings: R(2, 2, 2, 3, 1) }
const TC: PersonaCandidate = { sysId: 'tc', name: 'Telecommuter', order: 400, rankings: R(3, 3, 2, 2, 4) }
const VE: PersonaCandidate = { sysId: 've', name: 'Virtual Executive', order: 500, rankings: R(2, 2, 2, 2, 4) }
const PERSONAS = [TS, KW, BA, TC, VE]

function rule(sysId: string, dimension: Dimension, metric: MetricName, t: [number, number, number], weight = 1): ScoringRule {
    return { sysId, dimension, metric, weight, threshold2: t[0], threshold3: t[1], threshold4: t[2] }
}

// The default rules: one per dimension.
const DEFAULT_RULES: ScoringRule[] = [
    rule('r_devices', 'technology', 'devices', [4, 8, 14]),
    rule('r_network', 'network', 'network_gb_month', [20, 60, 150]),
    rule('r_team', 'interaction', 'team_hours_week', [5, 12, 20]),
    rule('r_contacts', 'communication', 'contacts_per_day', [5, 15, 30]),
    rule('r_remote', 'mobility', 'remote_pct', [20, 50, 80]),
]

const M = (devices: number, network_gb_month: number, team_hours_week: number, contacts_per_day: number, remote_pct: number): Metrics => ({
    devices,
    network_gb_month,
    team_hours_week,
    contacts_per_day,
    remote_pct,
})

/** Metrics that rank exactly r under the default rules (each value sits on its threshold). */
function metricsFor(r: Rankings): Metrics {
    const at = (rank: number, t: [number, number, number]): number => (rank === 1 ? 0 : t[rank - 2])
    return M(at(r.technology, [4, 8, 14]), at(r.network, [20, 60, 150]), at(r.interaction, [5, 12, 20]), at(r.communication, [5, 15, 30]), at(r.mobility, [20, 50, 80]))
}

function score(over: Partial<ScoreInput> & { metrics: Metrics }): ReturnType<typeof scoreProfile> {
    return scoreProfile({ rules: DEFAULT_RULES, candidates: PERSONAS, current: null, switchMargin: 0.5, ...over })
}

describe('rankMetric at every threshold of every default rule', () => {
    for (const r of DEFAULT_RULES) {
        it.each([
            [r.threshold2 - 0.01, 1],
            [r.threshold2, 2],
            [r.threshold2 + 0.01, 2],
            [r.threshold3 - 0.01, 2],
            [r.threshold3, 3],
            [r.threshold3 + 0.01, 3],
            [r.threshold4 - 0.01, 3],
            [r.threshold4, 4],
            [r.threshold4 + 0.01, 4],
            [0, 1],
        ])(`${r.metric} %p ranks %p`, (value, rank) => {
            expect(rankMetric(value, r)).toBe(rank)
        })
    }
})

describe('computeRankings', () => {
    it('ranks each dimension from its rule', () => {
        const result = computeRankings(M(14, 59.99, 12, 4.5, 80), DEFAULT_RULES)
        expect(result.rankings).toEqual(R(4, 2, 3, 1, 4))
        expect(result.contributions).toEqual([
            { dimension: 'technology', metric: 'devices', value: 14, rank: 4, weight: 1 },
            { dimension: 'network', metric: 'network_gb_month', value: 59.99, rank: 2, weight: 1 },
            { dimension: 'interaction', metric: 'team_hours_week', value: 12, rank: 3, weight: 1 },
            { dimension: 'communication', metric: 'contacts_per_day', value: 4.5, rank: 1, weight: 1 },
            { dimension: 'mobility', metric: 'remote_pct', value: 80, rank: 4, weight: 1 },
        ])
    })

    it('combines several rules on a dimension by weighted mean, rounding 2.5 up to 3', () => {
        const rules = [...DEFAULT_RULES, rule('r_tech_net', 'technology', 'network_gb_month', [20, 60, 150])]
        // devices 4 -> 2, network 60 -> 3: mean 2.5 -> 3
        const result = computeRankings(M(4, 60, 0, 0, 0), rules)
        expect(result.rankings.technology).toBe(3)
        expect(result.dimensions[0]).toEqual({
            dimension: 'technology',
            rank: 3,
            basis: 'rules',
            mean: 2.5,
            contributions: [
                { dimension: 'technology', metric: 'devices', value: 4, rank: 2, weight: 1 },
                { dimension: 'technology', metric: 'network_gb_month', value: 60, rank: 3, weight: 1 },
            ],
        })
    })

    it('rounds an exact 2.5 up even when decimal weights add up with binary noise', () => {
        const rules = [rule('a', 'technology', 'devices', [4, 8, 14], 0.1), rule('b', 'technology', 'network_gb_month', [20, 60, 150], 0.1)]
        expect(computeRankings(M(4, 60, 0, 0, 0), rules).rankings.technology).toBe(3)
        // 0.1 x rank 1 + 0.3 x rank 3 is exactly 2.5 but sums to 2.4999999999999996 in binary.
        const low = [rule('a', 'technology', 'devices', [4, 8, 14], 0.1), rule('b', 'technology', 'network_gb_month', [20, 60, 150], 0.3)]
        expect(computeRankings(M(0, 60, 0, 0, 0), low).rankings.technology).toBe(3)
    })

    it('weights pull the mean: weight 3 on rank 1 and weight 1 on rank 4 gives 1.75 -> 2; 2.25 -> 2', () => {
        const rules = [rule('a', 'technology', 'devices', [4, 8, 14], 3), rule('b', 'technology', 'network_gb_month', [20, 60, 150], 1)]
        expect(computeRankings(M(0, 150, 0, 0, 0), rules).rankings.technology).toBe(2)
        // devices rank 2 (weight 3) and network rank 3 (weight 1): (6 + 3) / 4 = 2.25 -> 2
        const r = computeRankings(M(4, 60, 0, 0, 0), rules)
        expect(r.dimensions[0].mean).toBe(2.25)
        expect(r.rankings.technology).toBe(2)
    })

    it('a dimension with no rule, or only weight-0 rules, ranks 1 and says which', () => {
        const rules = [rule('a', 'technology', 'devices', [4, 8, 14], 0), rule('b', 'network', 'network_gb_month', [20, 60, 150])]
        const result = computeRankings(M(20, 200, 30, 40, 100), rules)
        expect(result.rankings).toEqual(R(1, 4, 1, 1, 1))
        expect(result.dimensions.map((d) => d.basis)).toEqual(['no-weight', 'rules', 'no-rule', 'no-rule', 'no-rule'])
        expect(result.contributions).toHaveLength(2)
    })

    it('ignores rules naming an unknown metric or dimension (records can hold anything)', () => {
        const bogus = { ...rule('x', 'technology', 'devices', [1, 2, 3]), metric: 'printers' as MetricName }
        expect(computeRankings(M(20, 0, 0, 0, 0), [bogus]).dimensions[0].basis).toBe('no-rule')
    })

    it('roundRank rounds half up and clamps to 1..4', () => {
        expect([0.2, 1.49, 1.5, 2.5, 3.5, 3.49, 4.6].map(roundRank)).toEqual([1, 1, 2, 3, 4, 3, 4])
    })
})

describe('distance', () => {
    it('is a weighted Manhattan distance: one step at weight 1 is 1.0', () => {
        expect(distance(TS.rankings, KW.rankings)).toBe(0)
        expect(distance(TC.rankings, VE.rankings)).toBe(2)
        expect(distance(TS.rankings, TC.rankings)).toBe(7)
        expect(distance(TS.rankings, TC.rankings, { mobility: 2 })).toBe(10)
        expect(distance(TS.rankings, TC.rankings, { mobility: 0.5, technology: 0.1 })).toBe(4.6)
    })

    it('treats a negative or non-numeric dimension weight as 0', () => {
        expect(distance(TS.rankings, TC.rankings, { mobility: -1, communication: Number.NaN })).toBe(2)
    })
})

describe('choosing the persona', () => {
    it('picks the closest persona and explains it in plain words', () => {
        const result = score({ metrics: M(9, 70, 6, 8, 80) })
        expect(result).toEqual({
            rankings: R(3, 3, 2, 2, 4),
            persona: 'tc',
            personaName: 'Telecommuter',
            distance: 0,
            runnerUp: 've',
            runnerUpName: 'Virtual Executive',
            runnerUpDistance: 2,
            margin: 2,
            reason: 'scored',
            changed: true,
            explanation:
                'Telecommuter: remote work 80% ranks Virtual/Mobile 4; 9 devices and apps rank Technology 3; ' +
                '70 GB of network a month ranks Network 3; 6 hours of teamwork a week rank Interaction 2; ' +
                '8 contacts a day rank Communication 2. Rankings 3/3/2/2/4, distance 0.0 from the Telecommuter profile 3/3/2/2/4. ' +
                'Runner-up Virtual Executive, 2.0 further.',
        })
    })

    it('breaks a distance tie by order: Technology Support (100) before Knowledge Worker (200)', () => {
        const result = score({ metrics: metricsFor(R(2, 3, 1, 4, 1)) })
        expect([result.persona, result.distance, result.runnerUp, result.runnerUpDistance, result.margin]).toEqual(['ts', 0, 'kw', 0, 0])
        expect(result.explanation).toContain('Runner-up Knowledge Worker, 0.0 further; the tie goes to the lower order (100 before 200).')
    })

    it('is independent of the order candidates come in', () => {
        const metrics = metricsFor(R(2, 3, 1, 4, 1))
        const forward = score({ metrics })
        const backward = score({ metrics, candidates: PERSONAS.slice().reverse() })
        expect(backward).toEqual(forward)
        expect(rankCandidates(R(2, 3, 1, 4, 1), PERSONAS.slice().reverse()).map((r) => [r.candidate.sysId, r.distance])).toEqual([
            ['ts', 0],
            ['kw', 0],
            ['ba', 3],
            ['tc', 7], // tied with Virtual Executive at 7: order 400 before 500
            ['ve', 7],
        ])
    })

    it('breaks a tie on equal order by name, compared by code unit', () => {
        const a = { ...TS, order: 100 }
        const b = { ...KW, order: 100 }
        const result = score({ metrics: metricsFor(R(2, 3, 1, 4, 1)), candidates: [a, b] })
        expect(result.persona).toBe('kw')
        expect(result.explanation).toContain('Runner-up Technology Support, 0.0 further; the tie goes to the name that sorts first.')
        // Upper case sorts before lower case whatever the locale.
        const lower = { ...KW, name: 'knowledge worker' }
        expect(score({ metrics: metricsFor(R(2, 3, 1, 4, 1)), candidates: [lower, a] }).persona).toBe('ts')
    })

    it('a single candidate has no runner-up', () => {
        const result = score({ metrics: metricsFor(R(2, 2, 2, 3, 1)), candidates: [VE] })
        expect([result.persona, result.distance, result.runnerUp, result.runnerUpDistance, result.margin]).toEqual(['ve', 4, '', null, null])
        expect(result.explanation).toContain('No runner-up: it is the only persona the user qualifies for.')
    })
})

describe('hysteresis', () => {
    // Rankings 2/3/2/3/1: Business Analyst at 1.0, Technology Support and Knowledge Worker at 2.0.
    const metrics = metricsFor(R(2, 3, 2, 3, 1))
    const fromKW = { personaSysId: 'kw', locked: false }

    it('keeps the current persona when the better one gains less than the margin', () => {
        const result = score({ metrics, current: fromKW, switchMargin: 1.5 })
        expect(result).toMatchObject({
            persona: 'kw',
            personaName: 'Knowledge Worker',
            distance: 2,
            runnerUp: 'ba',
            runnerUpDistance: 1,
            margin: -1,
            reason: 'kept',
            changed: false,
        })
        expect(result.explanation).toBe(
            'Knowledge Worker (kept): 60 GB of network a month ranks Network 3; 15 contacts a day rank Communication 3; ' +
                '4 devices and apps rank Technology 2; 5 hours of teamwork a week rank Interaction 2; remote work 0% ranks Virtual/Mobile 1. ' +
                'Rankings 2/3/2/3/1, distance 2.0 from the Knowledge Worker profile 2/3/1/4/1. ' +
                'Business Analyst fits better, 1.0 closer, but switching needs at least the switch margin 1.5, so the current persona stays.',
        )
    })

    it('switches at exactly the margin', () => {
        const result = score({ metrics, current: fromKW, switchMargin: 1 })
        expect(result).toMatchObject({ persona: 'ba', distance: 1, runnerUp: 'ts', runnerUpDistance: 2, margin: 1, reason: 'scored', changed: true })
        expect(result.explanation).toContain('Switched from Knowledge Worker (distance 2.0): 1.0 closer, which meets the switch margin 1.0.')
    })

    it('switches just at a decimal margin despite floating-point sums', () => {
        const weights = { technology: 0.1, network: 0.2, interaction: 0.3, communication: 0.3, mobility: 0.1 }
        // KW is 0.3 + 0.3 = 0.6 away, BA 0.2 away: a gain of 0.4 meets a 0.4 margin.
        const result = score({ metrics, current: fromKW, switchMargin: 0.4, dimensionWeights: weights })
        expect([result.persona, result.distance, result.runnerUpDistance]).toEqual(['ba', 0.2, 0.6])
        expect(score({ metrics, current: fromKW, switchMargin: 0.41, dimensionWeights: weights }).persona).toBe('kw')
    })

    it('margin 0 switches on any strict improvement', () => {
        expect(score({ metrics, current: fromKW, switchMargin: 0 }).persona).toBe('ba')
    })

    it('an equal fit goes to the persona ordered first, whatever the margin (order is the admin\'s preference, not noise)', () => {
        const tie = score({ metrics: metricsFor(R(2, 3, 1, 4, 1)), current: fromKW, switchMargin: 1 })
        expect([tie.persona, tie.reason, tie.changed, tie.runnerUp, tie.margin]).toEqual(['ts', 'scored', true, 'kw', 0])
        expect(tie.explanation).toContain('Switched from Knowledge Worker, which fits exactly as well: between equal fits the persona ordered first wins.')
        const stays = score({ metrics: metricsFor(R(2, 3, 1, 4, 1)), current: { personaSysId: 'ts', locked: false }, switchMargin: 0 })
        expect([stays.persona, stays.changed]).toEqual(['ts', false])
    })

    it('a negative margin behaves as 0', () => {
        expect(score({ metrics, current: fromKW, switchMargin: -5 }).persona).toBe('ba')
    })

    it('staying on the best persona is a plain score, not a change', () => {
        const result = score({ metrics, current: { personaSysId: 'ba', locked: false } })
        expect([result.persona, result.reason, result.changed]).toEqual(['ba', 'scored', false])
        expect(result.explanation).not.toContain('Switched')
    })

    it('a current persona that is no longer a candidate gives way to the best, whatever the margin', () => {
        const result = score({ metrics, current: fromKW, switchMargin: 10, candidates: [TS, BA, TC, VE] })
        expect([result.persona, result.reason, result.changed]).toEqual(['ba', 'scored', true])
        expect(result.explanation).toContain('The previous persona is inactive or the user no longer qualifies for it.')
    })
})

describe('locked profiles', () => {
    const metrics = M(9, 70, 6, 8, 80) // fits Telecommuter exactly

    it('never change persona, yet rankings and distances are computed and explained', () => {
        const result = score({ metrics, current: { personaSysId: 'ts', locked: true }, switchMargin: 0 })
        expect(result).toEqual({
            rankings: R(3, 3, 2, 2, 4),
            persona: 'ts',
            personaName: 'Technology Support',
            distance: 7,
            runnerUp: 'tc',
            runnerUpName: 'Telecommuter',
            runnerUpDistance: 0,
            margin: -7,
            reason: 'locked',
            changed: false,
            explanation:
                'Technology Support (pinned by an administrator): remote work 80% ranks Virtual/Mobile 4; 9 devices and apps rank Technology 3; ' +
                '70 GB of network a month ranks Network 3; 6 hours of teamwork a week rank Interaction 2; 8 contacts a day rank Communication 2. ' +
                'Rankings 3/3/2/2/4, distance 7.0 from the Technology Support profile 2/3/1/4/1. Scoring never changes a pinned persona. ' +
                'Best fit otherwise: Telecommuter, 7.0 closer.',
        })
    })

    it('keep a pinned persona that is no longer a candidate, with no distance to it', () => {
        const result = score({ metrics, current: { personaSysId: 'retired', locked: true } })
        expect(result).toMatchObject({ persona: 'retired', personaName: '', distance: null, runnerUp: 'tc', runnerUpDistance: 0, margin: null, reason: 'locked', changed: false })
        expect(result.explanation).toContain('Pinned by an administrator: ')
        expect(result.explanation).toContain('Best fit otherwise: Telecommuter, distance 0.0.')
    })

    it('pinned to no persona stays unassigned', () => {
        const result = score({ metrics, current: { personaSysId: '', locked: true } })
        expect([result.persona, result.reason, result.changed]).toEqual(['', 'locked', false])
        expect(result.explanation).toContain('The profile is pinned to no persona')
    })

    it('stay locked with no candidates at all', () => {
        const result = score({ metrics, current: { personaSysId: 'ts', locked: true }, candidates: [] })
        expect([result.persona, result.reason, result.runnerUp, result.margin]).toEqual(['ts', 'locked', '', null])
    })
})

describe('qualifiers and empty persona sets', () => {
    const excluded = [{ name: 'Technology Support', reason: 'requires the qualifier "ITIL users"' }]

    it('a persona the user does not qualify for is left out, and the explanation says so', () => {
        const result = score({ metrics: metricsFor(R(2, 3, 1, 4, 1)), candidates: [KW, BA, TC, VE], excluded })
        expect([result.persona, result.runnerUp, result.runnerUpDistance]).toEqual(['kw', 'ba', 3])
        expect(result.explanation).toMatch(/Runner-up Business Analyst, 3\.0 further\. Left out: Technology Support requires the qualifier "ITIL users"\.$/)
    })

    it('no active persona leaves the user unassigned, with the reason', () => {
        const result = score({ metrics: M(9, 70, 6, 8, 80), candidates: [] })
        expect(result).toEqual({
            rankings: R(3, 3, 2, 2, 4),
            persona: '',
            personaName: '',
            distance: null,
            runnerUp: '',
            runnerUpName: '',
            runnerUpDistance: null,
            margin: null,
            reason: 'unassigned',
            changed: false,
            explanation:
                'No persona: remote work 80% ranks Virtual/Mobile 4; 9 devices and apps rank Technology 3; ' +
                '70 GB of network a month ranks Network 3; 6 hours of teamwork a week rank Interaction 2; 8 contacts a day rank Communication 2. ' +
                'Rankings 3/3/2/2/4. There is no active persona to choose from.',
        })
    })

    it('every persona needing a qualifier the user lacks leaves the user unassigned, listing them', () => {
        const both = [...excluded, { name: 'Knowledge Worker', reason: 'requires the qualifier "Staff"' }]
        const result = score({ metrics: M(0, 0, 0, 0, 0), candidates: [], excluded: both, current: { personaSysId: 'kw', locked: false } })
        expect([result.persona, result.reason, result.changed]).toEqual(['', 'unassigned', true])
        expect(result.explanation).toBe(
            'No persona: 0 devices and apps rank Technology 1; 0 GB of network a month ranks Network 1; ' +
                '0 hours of teamwork a week rank Interaction 1; 0 contacts a day rank Communication 1; remote work 0% ranks Virtual/Mobile 1. ' +
                'Rankings 1/1/1/1/1. The user qualifies for no active persona: Technology Support requires the qualifier "ITIL users"; ' +
                'Knowledge Worker requires the qualifier "Staff". The previous persona is inactive or the user no longer qualifies for it.',
        )
    })
})

describe('scoreQualified: qualifiers checked lazily, for contenders only', () => {
    const itilOnly = (c: PersonaCandidate) => (c.sysId === 'ts' ? 'requires the qualifier "ITIL users"' : null)
    const input = (over: Partial<ScoreInput> & { metrics: Metrics }): ScoreInput => ({ rules: DEFAULT_RULES, candidates: PERSONAS, current: null, switchMargin: 0.5, ...over })

    it('a refused winner gives way to the next persona, the same as scoring without it', () => {
        const asked: string[] = []
        const result = scoreQualified(input({ metrics: metricsFor(R(2, 3, 1, 4, 1)) }), (c) => {
            asked.push(c.sysId)
            return itilOnly(c)
        })
        const without = score({ metrics: metricsFor(R(2, 3, 1, 4, 1)), candidates: [KW, BA, TC, VE], excluded: [{ name: 'Technology Support', reason: 'requires the qualifier "ITIL users"' }] })
        expect(result).toEqual(without)
        expect(result.persona).toBe('kw')
        // Each contender asked once: TS (winner), KW (runner-up), then BA (the new runner-up).
        expect(asked).toEqual(['ts', 'kw', 'ba'])
    })

    it('a user far from the qualified persona is never checked for it', () => {
        const asked: string[] = []
        const result = scoreQualified(input({ metrics: metricsFor(R(3, 3, 2, 2, 4)) }), (c) => {
            asked.push(c.sysId)
            return itilOnly(c)
        })
        expect(result.persona).toBe('tc')
        expect(asked).toEqual(['tc', 've'])
        expect(result.explanation).not.toContain('Left out')
    })

    it('a qualified user keeps the persona ordered first among equals', () => {
        const result = scoreQualified(input({ metrics: metricsFor(R(2, 3, 1, 4, 1)) }), () => null)
        expect([result.persona, result.runnerUp, result.margin]).toEqual(['ts', 'kw', 0])
    })
})

describe('explanations stay plain text', () => {
    it('drops markup and line breaks from names', () => {
        const evil = { ...TC, name: '<img src=x onerror=alert(1)>Tele\ncommuter' }
        const result = score({ metrics: M(9, 70, 6, 8, 80), candidates: [evil, VE], excluded: [{ name: '<b>Ops</b>', reason: 'requires <i>x</i>' }] })
        expect(result.explanation).not.toMatch(/[<>\n]/)
        expect(result.explanation.startsWith('img src=x onerror=alert(1)Tele commuter: ')).toBe(true)
        expect(plain(' a <b>\n b ')).toBe('a b b')
    })

    it('prints distances with one decimal, two only when one would hide a difference', () => {
        expect([0, 1, 2.5, 0.25, 1 / 3, -0.001].map(formatDistance)).toEqual(['0.0', '1.0', '2.5', '0.25', '0.33', '0.0'])
    })

    it('explains weighted rules and dimensions without rules', () => {
        const rules = [
            rule('a', 'technology', 'devices', [4, 8, 14], 2),
            rule('b', 'technology', 'network_gb_month', [20, 60, 150], 1),
            rule('c', 'mobility', 'remote_pct', [20, 50, 80], 0),
            rule('d', 'interaction', 'team_hours_week', [5, 12, 20]),
        ]
        const result = score({ metrics: M(1, 60, 1, 1, 100), rules, candidates: [BA] })
        expect(result.explanation).toBe(
            'Business Analyst: 1 device or app (rank 1, weight 2) and 60 GB of network a month (rank 3, weight 1) average 1.67, so Technology ranks 2; ' +
                'Network ranks 1 (no active scoring rule); 1 hour of teamwork a week ranks Interaction 1; Communication ranks 1 (no active scoring rule); ' +
                'Virtual/Mobile ranks 1 (its scoring rules all have weight 0). ' +
                'Rankings 2/1/1/1/1, distance 4.0 from the Business Analyst profile 2/2/2/3/1. No runner-up: it is the only persona the user qualifies for.',
        )
    })
})

describe('validateMetrics', () => {
    const good = { devices: '14', network_gb_month: '120.5', team_hours_week: 12, contacts_per_day: ' 25 ', remote_pct: '80' }

    it('accepts numbers and the strings GlideRecord returns', () => {
        expect(validateMetrics(good)).toEqual({ ok: true, metrics: M(14, 120.5, 12, 25, 80), errors: [] })
    })

    it('treats an empty metric (null, undefined, blank) as 0', () => {
        expect(validateMetrics({ devices: null, network_gb_month: '', team_hours_week: '  ' }).metrics).toEqual(M(0, 0, 0, 0, 0))
    })

    it.each([
        ['devices', '-1', 'Devices and apps (devices) is -1; it cannot be negative.'],
        ['network_gb_month', -0.5, 'GB of network a month (network_gb_month) is -0.5 GB; it cannot be negative.'],
        ['team_hours_week', 'abc', 'Hours of teamwork a week (team_hours_week) "abc" is not a number.'],
        ['contacts_per_day', 'NaN', 'Contacts a day (contacts_per_day) "NaN" is not a number.'],
        ['contacts_per_day', 'Infinity', 'Contacts a day (contacts_per_day) "Infinity" is not a number.'],
        ['devices', Number.NaN, 'Devices and apps (devices) "NaN" is not a number.'],
        ['devices', Number.POSITIVE_INFINITY, 'Devices and apps (devices) "Infinity" is not a number.'],
        ['devices', '1e3', 'Devices and apps (devices) "1e3" is not a number.'],
        ['devices', '12,5', 'Devices and apps (devices) "12,5" is not a number.'],
        ['remote_pct', '101', 'Remote work (remote_pct) is 101%; it must be between 0 and 100%.'],
        ['remote_pct', 100.01, 'Remote work (remote_pct) is 100.01%; it must be between 0 and 100%.'],
        ['remote_pct', -3, 'Remote work (remote_pct) is -3%; it cannot be negative.'],
    ])('rejects %s = %p', (metric, value, message) => {
        const check = validateMetrics({ ...good, [metric]: value })
        expect(check).toEqual({ ok: false, metrics: null, errors: [message] })
    })

    it('accepts the bounds 0 and remote_pct 100', () => {
        expect(validateMetrics({ devices: 0, remote_pct: '100' }).metrics).toEqual(M(0, 0, 0, 0, 100))
    })

    it('reports every bad metric at once, in metric order', () => {
        expect(validateMetrics({ remote_pct: 150, devices: -2 }).errors).toEqual([
            'Devices and apps (devices) is -2; it cannot be negative.',
            'Remote work (remote_pct) is 150%; it must be between 0 and 100%.',
        ])
    })

    it('formats metric units in plain words', () => {
        expect(METRIC_NAMES.map((m) => METRICS[m].unit(80))).toEqual(['80', '80 GB', '80 h', '80', '80%'])
        expect(METRIC_NAMES.map((m) => METRICS[m].label)).toEqual(['devices and apps', 'GB of network a month', 'hours of teamwork a week', 'contacts a day', 'remote work'])
    })
})

describe('validateThresholds', () => {
    it('accepts strictly ascending numbers, as numbers or strings', () => {
        expect(validateThresholds(4, 8, 14)).toBe('')
        expect(validateThresholds('0.5', '1', '1.5')).toBe('')
    })

    it.each([
        [10, 10, 20, 'Thresholds must be strictly ascending (threshold 2 < threshold 3 < threshold 4), but they are 10, 10, 20: threshold 3 is not above threshold 2.'],
        [5, 20, 10, 'Thresholds must be strictly ascending (threshold 2 < threshold 3 < threshold 4), but they are 5, 20, 10: threshold 4 is not above threshold 3.'],
        [30, 20, 10, 'Thresholds must be strictly ascending (threshold 2 < threshold 3 < threshold 4), but they are 30, 20, 10: threshold 3 is not above threshold 2.'],
        ['', '8', 'x', 'Threshold 2 is required. Threshold 4 "x" is not a number.'],
        [null, 8, Number.NaN, 'Threshold 2 is required. Threshold 4 "NaN" is not a number.'],
    ])('rejects %p, %p, %p', (t2, t3, t4, message) => {
        expect(validateThresholds(t2, t3, t4)).toBe(message)
    })
})
