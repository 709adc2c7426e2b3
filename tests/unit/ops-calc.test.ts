import { crossing, factorTable, forecastHeadcount, linearTrend, perUserDemand, serviceDemand, type DemandFactor } from '../../src/server/ops/capacity-calc'
import { dependence, impactedCis, outageNotice } from '../../src/server/ops/availability-calc'
import { affectedPersonasText, matchingRule, workstyle, type IncidentRule } from '../../src/server/ops/incident-calc'
import type { Rankings } from '../../src/server/persona/dimensions'

const TELECOMMUTER: Rankings = { technology: 3, network: 3, interaction: 2, communication: 2, mobility: 4 }
const ANALYST: Rankings = { technology: 2, network: 2, interaction: 2, communication: 3, mobility: 1 }
const DESK: Rankings = { technology: 1, network: 1, interaction: 1, communication: 1, mobility: 1 }

const VPN: DemandFactor[] = [1, 2, 3, 4].map((ranking, i) => ({ dimension: 'mobility' as const, ranking, perUser: [0.05, 0.25, 0.6, 0.9][i] }))
const COLLAB: DemandFactor[] = (['interaction', 'communication'] as const).flatMap((dimension) => [2, 3, 4].map((ranking) => ({ dimension, ranking, perUser: 1 })))

describe('capacity', () => {
    test('a user asks what their persona\'s ranking asks; several dimensions add up or take the largest', () => {
        expect(perUserDemand(factorTable(VPN), TELECOMMUTER, 'sum')).toBe(0.9)
        expect(perUserDemand(factorTable(COLLAB), TELECOMMUTER, 'sum')).toBe(2)
        expect(perUserDemand(factorTable(COLLAB), TELECOMMUTER, 'max')).toBe(1)
        expect(perUserDemand(factorTable(COLLAB), DESK, 'max')).toBe(0)
    })

    test('demand is the sum over personas of headcount × per-user demand, largest first', () => {
        const d = serviceDemand({ factors: VPN, combine: 'sum' }, [
            { personaId: 'a', persona: 'Business Analyst', rankings: ANALYST, users: 100 },
            { personaId: 't', persona: 'Telecommuter', rankings: TELECOMMUTER, users: 20 },
        ])
        expect(d.demand).toBeCloseTo(23)
        expect(d.byPersona.map((p) => [p.persona, p.demand])).toEqual([
            ['Telecommuter', 18],
            ['Business Analyst', 5],
        ])
    })

    test('the trend is the least-squares line; the forecast follows it from today and never goes below zero', () => {
        expect(linearTrend([10, 12, 14, 16])).toEqual({ slope: 2, intercept: 10 })
        expect(linearTrend([7])).toEqual({ slope: 0, intercept: 7 })
        // 4 weeks of +5: headcounts 0, 5, 10, 15, 20 → +5 a week, 4 weeks on: 40.
        expect(forecastHeadcount(20, [5, 5, 5, 5], 4)).toBe(40)
        expect(forecastHeadcount(20, [0, 0, 0, 0], 4)).toBe(20)
        expect(forecastHeadcount(3, [-10, -10], 4)).toBe(0)
    })

    test('the alert fires on the crossing only, and re-arms below the threshold', () => {
        expect(crossing(17, 20, 85, false)).toBe('breached')
        expect(crossing(18, 20, 85, true)).toBe('none')
        expect(crossing(16.9, 20, 85, true)).toBe('cleared')
        expect(crossing(16.9, 20, 85, false)).toBe('none')
        expect(crossing(1, 0, 85, false)).toBe('breached')
    })
})

describe('availability', () => {
    test('an outage reaches every CI depending on it, transitively, whatever the cycles', () => {
        const edges = [
            { parent: 'svc', child: 'box' },
            { parent: 'offering', child: 'svc' },
            { parent: 'box', child: 'offering' },
            { parent: 'other', child: 'unrelated' },
        ]
        expect([...impactedCis(['box'], edges)].sort()).toEqual(['box', 'offering', 'svc'])
    })

    test('dependence is the highest ranking on the service\'s dimensions; the notice follows it unless the admin worded one', () => {
        expect(dependence(TELECOMMUTER, ['mobility'])).toEqual({ dimension: 'mobility', ranking: 4 })
        expect(dependence(ANALYST, ['interaction', 'communication'])).toEqual({ dimension: 'communication', ranking: 3 })
        expect(outageNotice('Business Analyst', 'Chat', { dimension: 'communication', ranking: 3 })).toBe(
            'Business Analyst: Chat is unavailable. Let your customers and contacts know replies may be delayed, and use the phone for anything urgent.',
        )
        expect(outageNotice('Desk', 'Chat', { dimension: 'mobility', ranking: 1 })).toBe('Desk: Chat is unavailable. We are working on it and will tell you when it is restored.')
        expect(outageNotice('X', 'VPN', { dimension: 'mobility', ranking: 4 }, 'Use {service} later; {service} is down')).toBe('X: Use VPN later; VPN is down')
    })
})

describe('incidents', () => {
    test('the workstyle summary names the strongest dimension and the channel', () => {
        expect(workstyle('Telecommuter', TELECOMMUTER)).toEqual({ summary: 'Telecommuter: Mobile-first (Virtual/Mobile 4): prefers SMS/mobile updates', channel: 'sms' })
        expect(workstyle('Business Analyst', ANALYST).channel).toBe('phone')
        expect(workstyle('Desk', DESK)).toEqual({ summary: 'Desk: Desk-based (no dimension above 2): email updates', channel: 'email' })
    })

    const RULE: IncidentRule = { id: 'r', name: 'Mobile worker without VPN', dimension: 'mobility', minRanking: 4, category: 'network', subcategory: 'vpn', serviceId: '', urgency: 1, reason: '' }
    test('a rule applies to a caller ranked at least its minimum, on a matching incident, and only raises urgency', () => {
        const vpn = { category: 'network', subcategory: 'vpn', serviceId: '', urgency: 3 }
        expect(matchingRule([RULE], TELECOMMUTER, vpn)).toBe(RULE)
        expect(matchingRule([RULE], ANALYST, vpn)).toBeNull()
        expect(matchingRule([RULE], TELECOMMUTER, { ...vpn, subcategory: 'wireless' })).toBeNull()
        expect(matchingRule([RULE], TELECOMMUTER, { ...vpn, urgency: 1 })).toBeNull()
    })

    test('affected personas of a problem, most incidents first', () => {
        expect(affectedPersonasText([{ persona: 'B', incidents: 1 }, { persona: 'A', incidents: 3 }, { persona: 'C', incidents: 1 }])).toBe('A (3), B (1), C (1)')
    })
})
