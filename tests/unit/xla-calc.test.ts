import * as fc from 'fast-check'
import { approversAt, summarize, worstGroup, type ApprovalFact, type AttainmentFacts, type GroupResult } from '../../src/server/xla/attainment-calc'
import { feedbackUrl, renderDecisionMail } from '../../src/server/xla/decision-mail'
import { digestContent } from '../../src/server/xla/digest'
import { groupText, MAX_STORED_CHANGES, renderDigest, targetText, valueText, type DigestContent } from '../../src/server/xla/digest-render'
import { parseRating, validateInput } from '../../src/server/xla/feedback'
import { costProjection, distribution, NO_DEPARTMENT, NO_PERSONA } from '../../src/server/xla/insight-calc'
import { xlaProblem, type XlaDefinition } from '../../src/server/xla/model'
import { rolesFrom } from '../../src/server/xla/stakeholders'
import { businessDaysBetween, businessMillisBetween, formatDateTime, parseDateTime, weeksEndingAt, weekStart } from '../../src/server/xla/time'

const t = (s: string): number => {
    const ms = parseDateTime(s)
    if (ms === null) throw new Error(`bad test date ${s}`)
    return ms
}
const HOUR = 3_600_000

describe('time', () => {
    test('stored date-times parse and format as UTC; anything else is null', () => {
        expect(formatDateTime(t('2026-11-16 09:05:07'))).toBe('2026-11-16 09:05:07')
        expect(t('2026-11-16')).toBe(Date.UTC(2026, 10, 16))
        for (const bad of ['', 'yesterday', '2026-11-16T', '16/11/2026', null, undefined]) expect(parseDateTime(bad)).toBeNull()
    })

    test('business time counts Monday to Friday only', () => {
        // Friday 16:00 to Monday 10:00: 8 hours on Friday, 10 on Monday.
        expect(businessMillisBetween(t('2026-11-20 16:00:00'), t('2026-11-23 10:00:00'))).toBe(18 * HOUR)
        expect(businessMillisBetween(t('2026-11-21 08:00:00'), t('2026-11-22 20:00:00'))).toBe(0)
        expect(businessDaysBetween(t('2026-11-16 11:00:00'), t('2026-11-18 13:00:00'))).toBeCloseTo(50 / 24, 10)
        expect(businessMillisBetween(t('2026-11-18 00:00:00'), t('2026-11-17 00:00:00'))).toBe(0)
    })

    test('business time never exceeds elapsed time and is additive', () => {
        const start = t('2026-01-01 00:00:00')
        fc.assert(
            fc.property(fc.integer({ min: 0, max: 60 * 24 * 90 }), fc.integer({ min: 0, max: 60 * 24 * 30 }), fc.integer({ min: 0, max: 60 * 24 * 30 }), (a, b, c) => {
                const x = start + a * 60_000
                const y = x + b * 60_000
                const z = y + c * 60_000
                expect(businessMillisBetween(x, z)).toBe(businessMillisBetween(x, y) + businessMillisBetween(y, z))
                expect(businessMillisBetween(x, y)).toBeLessThanOrEqual(y - x)
            }),
        )
    })

    test('weeks run Monday to Monday; the last one stops at the end', () => {
        expect(formatDateTime(weekStart(t('2026-11-22 23:59:59')))).toBe('2026-11-16 00:00:00')
        expect(weeksEndingAt(t('2026-11-25 12:00:00'), 2).map((p) => [formatDateTime(p.start), formatDateTime(p.end)])).toEqual([
            ['2026-11-16 00:00:00', '2026-11-23 00:00:00'],
            ['2026-11-23 00:00:00', '2026-11-25 12:00:00'],
        ])
        // An end exactly on Monday 00:00 closes the week before rather than opening an empty one.
        expect(weeksEndingAt(t('2026-11-23 00:00:00'), 1).map((p) => formatDateTime(p.start))).toEqual(['2026-11-16 00:00:00'])
    })
})

const XLA = (over: Partial<XlaDefinition>): XlaDefinition => ({ sysId: 'x1', name: 'X', stakeholder: 'requester', measure: 'notification_latency', target: 15, objective: 100, order: 100, ...over })

function facts(over: Partial<AttainmentFacts>): AttainmentFacts {
    return {
        xlas: [],
        changes: { c1: { sysId: 'c1', number: 'CHG1', shortDescription: '', requestedBy: 'rita', assignedTo: '', assignmentGroup: 'g1', risk: 2, state: 0 } },
        stateChanges: [],
        emails: [],
        approvals: [],
        feedback: [],
        groupMembers: { g1: ['gil', 'gus'] },
        personas: { rita: 'Telecommuter', ann: 'Virtual Executive' },
        asOf: t('2026-11-23 00:00:00'),
        ...over,
    }
}
const WEEK = { start: t('2026-11-16 00:00:00'), end: t('2026-11-23 00:00:00') }

describe('attainment', () => {
    test('one email answers one state change: a later state change needs its own', () => {
        const f = facts({
            xlas: [XLA({})],
            stateChanges: [
                { changeId: 'c1', at: t('2026-11-16 09:00:00'), step: 'submitted', actor: 'carl' },
                { changeId: 'c1', at: t('2026-11-16 09:01:00'), step: 'assess', actor: 'carl' },
            ],
            emails: [{ changeId: 'c1', userId: 'rita', at: t('2026-11-16 09:00:30') }],
        })
        const r = summarize(f, WEEK).xlas[0]
        expect(r).toMatchObject({ observations: 2, met: 1, value: 50, status: 'breached', pending: 0 })
    })

    test('one missed message is one breach: the next state change keeps its own email', () => {
        const f = facts({
            xlas: [XLA({})],
            stateChanges: [
                { changeId: 'c1', at: t('2026-11-17 13:00:00'), step: 'scheduled', actor: 'ann' },
                { changeId: 'c1', at: t('2026-11-18 22:00:00'), step: 'implementing', actor: 'ivan' },
                { changeId: 'c1', at: t('2026-11-19 08:00:00'), step: 'review', actor: 'ivan' },
            ],
            emails: [
                { changeId: 'c1', userId: 'rita', at: t('2026-11-18 22:01:00') },
                { changeId: 'c1', userId: 'rita', at: t('2026-11-19 08:00:30') },
            ],
        })
        expect(summarize(f, WEEK).xlas[0]).toMatchObject({ observations: 3, met: 2 })
        // State changes in quick succession, emails a few minutes late: each still gets its own.
        const quick = facts({
            xlas: [XLA({})],
            stateChanges: [
                { changeId: 'c1', at: t('2026-11-17 10:00:00'), step: 'assess', actor: 'carl' },
                { changeId: 'c1', at: t('2026-11-17 10:02:00'), step: 'authorize', actor: 'carl' },
            ],
            emails: [
                { changeId: 'c1', userId: 'rita', at: t('2026-11-17 10:05:00') },
                { changeId: 'c1', userId: 'rita', at: t('2026-11-17 10:06:00') },
            ],
        })
        expect(summarize(quick, WEEK).xlas[0]).toMatchObject({ observations: 2, met: 2, value: 100 })
    })

    test('high-risk updates are consolidated: one update within the target answers every transition before it', () => {
        const approvals: ApprovalFact[] = [{ sysId: 'a1', changeId: 'c1', approver: 'ann', state: 'requested', requestedAt: t('2026-11-17 09:00:00'), decidedAt: null, updatedAt: t('2026-11-17 09:00:00') }]
        const f = facts({
            xlas: [XLA({ stakeholder: 'approver', measure: 'high_risk_updates', target: 75 })],
            approvals,
            stateChanges: [
                { changeId: 'c1', at: t('2026-11-17 10:00:00'), step: 'scheduled', actor: 'carl' },
                { changeId: 'c1', at: t('2026-11-17 10:10:00'), step: 'implementing', actor: 'ivan' },
                { changeId: 'c1', at: t('2026-11-18 10:00:00'), step: 'review', actor: 'ivan' },
            ],
            // One update at 10:45 carries both morning transitions (the budget held the second); review's update came 2 h late.
            emails: [
                { changeId: 'c1', userId: 'ann', at: t('2026-11-17 10:45:00') },
                { changeId: 'c1', userId: 'ann', at: t('2026-11-18 12:00:00') },
            ],
        })
        expect(summarize(f, WEEK).xlas[0]).toMatchObject({ observations: 3, met: 2, value: 66.7, status: 'breached' })
    })

    test('whoever made the state change is informed by making it: no observation for them', () => {
        const f = facts({ xlas: [XLA({})], stateChanges: [{ changeId: 'c1', at: t('2026-11-16 09:00:00'), step: 'submitted', actor: 'rita' }] })
        expect(summarize(f, WEEK).xlas[0]).toMatchObject({ observations: 0, pending: 0, status: 'no_data' })
    })

    test('a state change whose deadline has not passed is pending; an email after "as of" was not sent yet', () => {
        const f = facts({
            xlas: [XLA({})],
            stateChanges: [{ changeId: 'c1', at: t('2026-11-22 23:50:00'), step: 'review', actor: 'ivan' }],
            emails: [{ changeId: 'c1', userId: 'rita', at: t('2026-11-22 23:59:00') }],
            asOf: t('2026-11-22 23:55:00'),
        })
        expect(summarize(f, WEEK).xlas[0]).toMatchObject({ observations: 0, pending: 1, status: 'no_data', value: null })
        expect(summarize({ ...f, asOf: t('2026-11-23 00:00:00') }, WEEK).xlas[0]).toMatchObject({ observations: 1, met: 1, value: 100, status: 'met' })
        expect(summarize({ ...f, emails: [], asOf: t('2026-11-23 00:06:00') }, WEEK).xlas[0]).toMatchObject({ observations: 1, met: 0, status: 'breached' })
    })

    test('implementers are the assignee, else the members of the assignment group', () => {
        const f = facts({
            xlas: [XLA({ stakeholder: 'implementer' })],
            stateChanges: [{ changeId: 'c1', at: t('2026-11-17 09:00:00'), step: 'scheduled', actor: 'ann' }],
            emails: [{ changeId: 'c1', userId: 'gil', at: t('2026-11-17 09:01:00') }],
        })
        expect(summarize(f, WEEK).xlas[0]).toMatchObject({ observations: 2, met: 1 })
        const assigned = { ...f, changes: { c1: { ...f.changes.c1, assignedTo: 'ivan' } } }
        expect(summarize(assigned, WEEK).xlas[0]).toMatchObject({ observations: 1, met: 0 })
    })

    test('approvers count for a transition from their request until they are released', () => {
        const approval = (over: Partial<ApprovalFact>): ApprovalFact => ({
            sysId: 'a',
            changeId: 'c1',
            approver: 'ann',
            state: 'requested',
            requestedAt: t('2026-11-16 11:00:00'),
            decidedAt: null,
            updatedAt: t('2026-11-16 11:00:00'),
            ...over,
        })
        expect(approversAt([approval({})], t('2026-11-16 10:59:59'))).toEqual([])
        expect(approversAt([approval({})], t('2026-11-16 11:00:00'))).toEqual(['ann'])
        // Released at the very transition that canceled the change: they still hear about it.
        expect(approversAt([approval({ state: 'not_required', updatedAt: t('2026-11-17 09:00:00') })], t('2026-11-17 09:00:00'))).toEqual(['ann'])
        expect(approversAt([approval({ state: 'not_required', updatedAt: t('2026-11-17 09:00:00') })], t('2026-11-18 09:00:00'))).toEqual([])
    })

    test('decision time: decided within target met; decided after "as of" still open; open past target breached', () => {
        const approvals: ApprovalFact[] = [
            { sysId: 'a1', changeId: 'c1', approver: 'ann', state: 'approved', requestedAt: t('2026-11-20 16:00:00'), decidedAt: t('2026-11-23 10:00:00'), updatedAt: 0 },
            { sysId: 'a2', changeId: 'c1', approver: 'bob', state: 'requested', requestedAt: t('2026-11-16 09:00:00'), decidedAt: null, updatedAt: 0 },
            { sysId: 'a3', changeId: 'c1', approver: 'cara', state: 'not_required', requestedAt: t('2026-11-16 09:00:00'), decidedAt: null, updatedAt: 0 },
        ]
        const f = facts({ xlas: [XLA({ measure: 'decision_time', stakeholder: 'approver', target: 1, objective: 90 })], approvals, asOf: t('2026-11-23 12:00:00') })
        // Ann: Friday 16:00 to Monday 10:00 is 0.75 business days. Bob: open for a week. Cara: released, not measured.
        expect(summarize(f, WEEK).xlas[0]).toMatchObject({ observations: 2, met: 1, value: 50, status: 'breached', pending: 0 })
        const early = summarize({ ...f, asOf: t('2026-11-20 17:00:00') }, WEEK).xlas[0]
        expect(early).toMatchObject({ observations: 1, met: 0, pending: 1 })
    })

    test('feedback: the average decides; per persona and the worst-served group', () => {
        const f = facts({
            xlas: [XLA({ measure: 'feedback_rating', target: 4 })],
            feedback: [
                { changeId: 'c1', taskTable: 'change_request', userId: 'rita', stakeholder: 'requester', rating: 5, score: null, at: t('2026-11-17 09:00:00') },
                { changeId: 'c1', taskTable: 'change_request', userId: 'rex', stakeholder: 'requester', rating: 2, score: null, at: t('2026-11-17 09:00:00') },
                { changeId: 'c1', taskTable: 'change_request', userId: 'ann', stakeholder: 'approver', rating: 1, score: null, at: t('2026-11-17 09:00:00') },
                // A 0–10 survey answer never enters the legacy average.
                { changeId: 'c2', taskTable: 'change_request', userId: 'rex', stakeholder: 'requester', rating: null, score: 0, at: t('2026-11-17 09:00:00') },
            ],
        })
        const r = summarize(f, WEEK)
        expect(r.xlas[0]).toMatchObject({ observations: 2, met: 1, value: 3.5, status: 'breached' })
        expect(r.xlas[0].byPersona).toEqual([
            { persona: '(no persona)', observations: 1, met: 0, value: 2 },
            { persona: 'Telecommuter', observations: 1, met: 1, value: 5 },
        ])
        expect(r.worstServed).toMatchObject({ stakeholder: 'requester', persona: '(no persona)', rate: 0 })
    })

    test('happiness: % of 9–10 minus % of 0–6 per XLA, its task table and persona; legacy ratings never count', () => {
        const answer = (userId: string, score: number | null, taskTable = 'change_request', rating: number | null = null) => ({ changeId: 'c1', taskTable, userId, stakeholder: 'requester' as const, rating, score, at: t('2026-11-17 09:00:00') })
        const f = facts({
            xlas: [XLA({ sysId: 'h1', measure: 'happiness', target: 50 }), XLA({ sysId: 'h2', measure: 'happiness', target: 0, taskTable: 'sc_req_item' })],
            // Changes: 10, 9 happy, 7 neutral, 3 unhappy: (2 − 1) / 4 = +25; a legacy 5 is not an answer here.
            feedback: [answer('rita', 10), answer('rex', 9), answer('ann', 7), answer('bob', 3), answer('old', null, 'change_request', 5), answer('rita', 9, 'sc_req_item'), answer('rex', 8, 'sc_req_item')],
        })
        const r = summarize(f, WEEK)
        expect(r.xlas[0]).toMatchObject({ observations: 4, met: 2, value: 25, status: 'breached' })
        expect(r.xlas[1]).toMatchObject({ observations: 2, met: 1, value: 50, status: 'met' })
        expect(r.xlas[0].byPersona.find((p) => p.persona === 'Telecommuter')).toMatchObject({ observations: 1, value: 100 })
    })

    test('the worst-served group: lowest share met, then the most observations', () => {
        const g = (persona: string, observations: number, met: number): GroupResult => ({ stakeholder: 'approver', persona, observations, met, rate: observations ? (met / observations) * 100 : null })
        expect(worstGroup([g('A', 4, 2), g('B', 10, 5), g('C', 0, 0), g('D', 3, 3)])?.persona).toBe('B')
        expect(worstGroup([g('C', 0, 0)])).toBeNull()
    })
})

describe('insight figures', () => {
    const personas = [
        { sysId: 'p1', name: 'Field', monthlyCost: 100, order: 2 },
        { sysId: 'p2', name: 'Desk', monthlyCost: 50, order: 1 },
    ]
    const departments = [
        { sysId: 'd1', name: 'Ops' },
        { sysId: 'd2', name: 'Audit' },
    ]
    const counts = [
        { personaId: 'p1', departmentId: 'd1', users: 3 },
        { personaId: 'p1', departmentId: 'd2', users: 1 },
        { personaId: 'p2', departmentId: '', users: 2 },
        { personaId: '', departmentId: 'd1', users: 5 },
        { personaId: 'gone', departmentId: 'd1', users: 1 },
    ]

    test('distribution: personas in their order, then users without one; departments by name, none last', () => {
        const d = distribution(counts, personas, departments)
        expect(d.departments).toEqual(['Audit', 'Ops', NO_DEPARTMENT])
        expect(d.rows.map((r) => [r.persona, r.users, r.byDepartment])).toEqual([
            ['Desk', 2, [0, 0, 2]],
            ['Field', 4, [1, 3, 0]],
            [NO_PERSONA, 6, [0, 6, 0]],
        ])
        expect(d.departmentTotals).toEqual([1, 9, 2])
        expect(d.total).toBe(12)
    })

    test('cost: members × (persona cost + bundled offerings), per persona and department', () => {
        const c = costProjection(distribution(counts, personas, departments), personas, { p1: { total: 25.5, offerings: 2 } })
        expect(c.personas.map((p) => [p.persona, p.members, p.perMember, p.projected])).toEqual([
            ['Desk', 2, 50, 100],
            ['Field', 4, 125.5, 502],
        ])
        expect(c.departments.map((d) => [d.department, d.members, d.byPersona, d.projected])).toEqual([
            ['Audit', 1, [0, 125.5], 125.5],
            ['Ops', 3, [0, 376.5], 376.5],
            [NO_DEPARTMENT, 2, [100, 0], 100],
        ])
        expect(c.total).toBe(602)
        expect(c.unassigned).toBe(6)
    })
})

describe('rules and messages', () => {
    test('XLA definitions the computation cannot measure are refused with the reason', () => {
        expect(xlaProblem({ stakeholder: 'requester', measure: 'notification_latency', target: 15, objective: 100 })).toBe('')
        expect(xlaProblem({ stakeholder: 'manager', measure: 'notification_latency', target: 15, objective: 100 })).toContain('the stakeholder must be one of')
        expect(xlaProblem({ stakeholder: 'requester', measure: 'speed', target: 15, objective: 100 })).toContain('the measure must be one of')
        expect(xlaProblem({ stakeholder: 'requester', measure: 'feedback_rating', target: 6, objective: 100 })).toBe('a feedback target is an average rating from 1 to 5 (got 6).')
        expect(xlaProblem({ stakeholder: 'approver', measure: 'decision_time', target: 0, objective: 90 })).toBe('the target must be more than 0 business days (got 0).')
        expect(xlaProblem({ stakeholder: 'approver', measure: 'decision_time', target: 1, objective: 120 })).toContain('the objective is a percentage')
    })

    test('who holds which role on a change', () => {
        const change = { requestedBy: 'rita', assignedTo: 'ivan', approver: false, groupMember: false }
        expect(rolesFrom(change, 'rita')).toEqual(['requester'])
        expect(rolesFrom({ ...change, approver: true, groupMember: true }, 'rita')).toEqual(['requester', 'approver', 'implementer'])
        expect(rolesFrom(change, 'ivan')).toEqual(['implementer'])
        expect(rolesFrom(change, '')).toEqual([])
    })

    test('legacy ratings are whole numbers from 1 to 5; survey answers a 0–10 score and optional minutes lost', () => {
        expect([1, '5', ' 3 '].map(parseRating)).toEqual([1, 5, 3])
        expect([0, 6, '4.0', '2e0', 'x', null, undefined].map(parseRating)).toEqual([null, null, null, null, null, null, null])
        // The older callers' names (changeId, rating) still arrive: the rating is read on the 0–10 scale.
        expect(validateInput({ changeId: 'a'.repeat(32), role: 'approver', rating: '5', comment: '  fine  ' })).toEqual({ ok: true, value: { taskId: 'a'.repeat(32), role: 'approver', score: 5, comment: 'fine', timeLost: null } })
        expect(validateInput({ taskId: 'b'.repeat(32), role: 'caller', score: '0', comment: '', timeLost: ' 45 ' })).toEqual({ ok: true, value: { taskId: 'b'.repeat(32), role: 'caller', score: 0, comment: '', timeLost: 45 } })
        expect(validateInput({ taskId: 'b'.repeat(32), role: 'caller', score: '10', comment: '', timeLost: '3601' })).toEqual({ ok: false, errors: ['Time lost is a whole number of minutes from 0 to 3600 (or leave it empty).'] })
        expect(validateInput({ taskId: 'b'.repeat(32), role: 'caller', score: '10', comment: '', timeLost: '1.5' })).toMatchObject({ ok: false })
    })

    test('the decision email links to feedback exactly as the change emails do, and escapes everything', () => {
        // The retired default reads as the portal page (an upgraded instance keeps working links); a path with a query is joined with &.
        expect(feedbackUrl('https://x.example.com/', '/sp/feedback', 'abc', 'approver')).toBe('https://x.example.com/sp?id=psm_feedback&task=abc&role=approver')
        expect(feedbackUrl('https://x.example.com/', '/sp?id=psm_feedback', 'abc', 'approver')).toBe('https://x.example.com/sp?id=psm_feedback&task=abc&role=approver')
        expect(feedbackUrl('https://x.example.com/', '', 'abc', 'requester')).toBe('https://x.example.com/sp?id=psm_feedback&task=abc&role=requester')
        expect(feedbackUrl('https://x.example.com', 'https://survey.example.com/f', 'abc', 'approver')).toBe('https://survey.example.com/f?task=abc&role=approver')
        const html = renderDecisionMail({
            recipientName: 'Ann <b>',
            mobile: false,
            changeNumber: 'CHG1',
            shortDescription: '<script>alert(1)</script>',
            decision: 'rejected',
            state: 'Canceled',
            approvals: '0 of 3 approved, 1 rejected',
            changeUrl: 'javascript:alert(1)',
            feedbackUrl: 'https://x.example.com/sp/feedback?change=abc&role=approver',
        })
        expect(html).toContain('You rejected CHG1.')
        expect(html).toContain('href="https://x.example.com/sp/feedback?change=abc&amp;role=approver"')
        expect(html).toContain('href="#"')
        expect(html).not.toMatch(/<script>|<b>/)
        const mobile = renderDecisionMail({ ...{ recipientName: '', changeNumber: 'CHG1', shortDescription: '', decision: 'approved', state: 'Scheduled', approvals: '', changeUrl: '/c', feedbackUrl: '/f' }, mobile: true })
        expect(mobile.indexOf('data-primary="true"')).toBeLessThan(mobile.indexOf('data-section="about"'))
    })

    test('the digest says each figure in words and escapes names', () => {
        expect(valueText({ measure: 'notification_latency', value: 83.33, target: 15, objective: 100 })).toBe('83.3 % within target (objective 100 %)')
        expect(valueText({ measure: 'feedback_rating', value: 3.5, target: 4, objective: 100 })).toBe('3.50 average (target 4)')
        expect(valueText({ measure: 'decision_time', value: null, target: 1, objective: 90 })).toBe('no observations')
        expect(targetText({ measure: 'decision_time', target: 1 })).toBe('within 1 business day')
        expect(targetText({ measure: 'notification_latency', target: 15 })).toBe('within 15 minutes')
        expect(groupText({ stakeholder: 'approver', persona: 'Virtual Executive', observations: 4, met: 1, rate: 25 })).toBe(
            'Approvers who are Virtual Executive: 1 of 4 observations met their target (25.0 %)',
        )
        const content: DigestContent = {
            period: { start: 's', end: 'e' },
            xlas: [{ name: '<i>X</i>', stakeholder: 'requester', measure: 'notification_latency', target: 15, objective: 100, value: 50, status: 'breached', observations: 2, met: 1, pending: 0 }],
            byStakeholder: [],
            worstServed: null,
            openHighRisk: Array.from({ length: 17 }, (_, i) => ({ sysId: `c${i}`, number: `CHG${i}`, shortDescription: '"quoted" & <tag>', state: 'New', risk: 'High', approvals: '' })),
            openHighRiskTotal: 70,
        }
        const html = renderDigest(content, (id) => `/change_request.do?sys_id=${id}`)
        expect(html).toContain('Breached: &lt;i&gt;X&lt;/i&gt;.')
        expect(html).toContain('Open high-risk changes (70)')
        expect(html).toContain('… and 55 more.')
        expect(html.match(/<li>/g)).toHaveLength(15)
        expect(html).not.toContain('<tag>')
    })

    test('a digest keeps the newest open high-risk changes and counts them all', () => {
        const changes = Array.from({ length: 60 }, (_, i) => ({ sysId: `c${i}`, number: `CHG${i}`, shortDescription: '', state: 'New', risk: 'High', approvals: '' }))
        const report = summarize(facts({}), WEEK)
        const content = digestContent(report, changes)
        expect(content.openHighRisk).toHaveLength(MAX_STORED_CHANGES)
        expect(content.openHighRisk[0].number).toBe('CHG0')
        expect(content.openHighRiskTotal).toBe(60)
        expect(JSON.stringify(content).length).toBeLessThan(65000)
    })
})
