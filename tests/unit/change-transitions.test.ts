import { digestOf, namedApprovals, outcome, tally, tallyText, UNDECIDED_NAMED, type ApprovalLine } from '../../src/server/change/approvals'
import { approvalStatusSection } from '../../src/server/change/render-sections'
import { CHANGE_EVENTS, eventKeyOf, isHighRisk, isOpenState, toInt } from '../../src/server/change/model'
import { changedFieldLabels, formatUpdateParm, parseUpdateParm, plannedEvents, trackedChanges, type ChangeSnapshot, type TransitionInput } from '../../src/server/change/transitions'

/**
 * Which x_psm_persona.change.* events one save queues. States: -5 New, -4 Assess, -3 Authorize,
 * -2 Scheduled, -1 Implement, 0 Review, 3 Closed, 4 Canceled; risk 1 Very High, 2 High ("High or above" = 1-2).
 */

const base: ChangeSnapshot = { state: -5, approval: 'not requested', risk: 3, assignedTo: '', assignmentGroup: '' }

function update(previous: Partial<ChangeSnapshot>, current: Partial<ChangeSnapshot>, changedFields: string[] = ['state']): TransitionInput {
    return { inserted: false, previous: { ...base, ...previous }, current: { ...base, ...previous, ...current }, changedFields }
}

const keys = (input: TransitionInput) => plannedEvents(input).map((e) => `${e.key}:${e.audience}`)

test('every event name is registered under x_psm_persona.change. and fits the 40-character registry field', () => {
    for (const name of Object.values(CHANGE_EVENTS)) {
        expect(name.startsWith('x_psm_persona.change.')).toBe(true)
        expect(name.length).toBeLessThanOrEqual(40)
        expect(eventKeyOf(name)).not.toBe('')
    }
    expect(eventKeyOf('x_psm_persona.persona.changed')).toBe('')
})

test('insert: submitted; a change created past New also gets the event of its state', () => {
    expect(keys({ inserted: true, previous: null, current: base, changedFields: [] })).toEqual(['submitted:change'])
    expect(keys({ inserted: true, previous: null, current: { ...base, state: -4 }, changedFields: [] })).toEqual(['submitted:change', 'assess:change'])
})

test('one event per state reached, along the whole path', () => {
    const path: Array<[number, string]> = [
        [-4, 'assess'],
        [-3, 'authorize'],
        [-2, 'scheduled'],
        [-1, 'implementing'],
        [0, 'review'],
        [3, 'closed'],
        [4, 'canceled'],
    ]
    let from = -5
    for (const [to, key] of path) {
        expect(keys(update({ state: from }, { state: to }))).toEqual([`${key}:change`])
        if (to !== 4) from = to
    }
    expect(keys(update({ state: -4 }, { state: -5 }))).toEqual([])
})

test('a high-risk change entering Authorize also notifies each change manager', () => {
    expect(keys(update({ state: -4, risk: 2 }, { state: -3 }))).toEqual(['authorize:change', 'highRiskAuthorize:change_managers'])
    expect(keys(update({ state: -4, risk: 1 }, { state: -3 }))).toEqual(['authorize:change', 'highRiskAuthorize:change_managers'])
    expect(keys(update({ state: -4, risk: 3 }, { state: -3 }))).toEqual(['authorize:change'])
})

test('the approval outcome: approved then scheduled, rejected then canceled', () => {
    expect(keys(update({ state: -3, approval: 'requested' }, { state: -2, approval: 'approved' }, ['state']))).toEqual(['approved:change', 'scheduled:change'])
    expect(keys(update({ state: -3, approval: 'requested' }, { state: 4, approval: 'rejected' }, ['state']))).toEqual(['rejected:change', 'canceled:change'])
})

test('a high-risk change in flight: tracked updates reach approvers and change managers', () => {
    expect(keys(update({ state: -2, risk: 2 }, {}, ['start_date']))).toEqual(['highRiskUpdate:approvers_and_managers'])
    expect(keys(update({ state: -3, risk: 2, approval: 'requested' }, { state: -2, approval: 'approved' }, ['state']))).toEqual([
        'approved:change',
        'scheduled:change',
        'highRiskUpdate:approvers_and_managers',
    ])
    // Lowering the risk is itself news for the people weighing it.
    expect(keys(update({ state: -2, risk: 2 }, { risk: 3 }, ['risk']))).toEqual(['highRiskUpdate:approvers_and_managers'])
})

test('no high-risk update for drafts, for closed changes, for untracked fields or on entering Authorize', () => {
    expect(keys(update({ state: -5, risk: 1 }, {}, ['backout_plan']))).toEqual([])
    expect(keys(update({ state: 3, risk: 1 }, {}, ['close_notes', 'short_description']))).toEqual([])
    expect(keys(update({ state: -2, risk: 1 }, {}, ['work_notes', 'x_psm_persona_risk_summary']))).toEqual([])
    expect(keys(update({ state: -4, risk: 1 }, { state: -3 }, ['state']))).toEqual(['authorize:change', 'highRiskAuthorize:change_managers'])
    expect(keys(update({ state: -2, risk: 3 }, {}, ['start_date']))).toEqual([])
})

test('a new implementer of a scheduled or implementing change gets the action plan (assigned)', () => {
    expect(keys(update({ state: -2, assignedTo: 'u1' }, { assignedTo: 'u2' }, ['assigned_to']))).toEqual(['assigned:change'])
    expect(keys(update({ state: -1, assignmentGroup: 'g1' }, { assignmentGroup: 'g2' }, ['assignment_group']))).toEqual(['assigned:change'])
    // Unassigning hands the change back to the group: the group is now the implementer.
    expect(keys(update({ state: -2, assignedTo: 'u1', assignmentGroup: 'g1' }, { assignedTo: '' }, ['assigned_to']))).toEqual(['assigned:change'])
    // Before scheduling there is no plan to send; entering Scheduled sends it anyway.
    expect(keys(update({ state: -4, assignedTo: 'u1' }, { assignedTo: 'u2' }, ['assigned_to']))).toEqual([])
    expect(keys(update({ state: -3, assignedTo: 'u1' }, { state: -2, assignedTo: 'u2' }, ['state', 'assigned_to']))).toEqual(['scheduled:change'])
    expect(keys(update({ state: -2, assignedTo: 'u1', assignmentGroup: 'g1' }, { assignmentGroup: 'g2' }, ['assignment_group']))).toEqual([])
})

test('high-risk update parm2 carries the reader role and the changed fields', () => {
    const text = formatUpdateParm({ role: 'change_manager', fields: ['risk', 'start_date'] })
    expect(text).toBe('change_manager|risk,start_date')
    expect(parseUpdateParm(text)).toEqual({ role: 'change_manager', fields: ['risk', 'start_date'] })
    expect(parseUpdateParm('')).toEqual({ role: 'approver', fields: [] })
    expect(changedFieldLabels(['risk', 'x_psm_persona_phases', 'odd'])).toEqual(['Risk', 'Phasing notes', 'odd'])
    expect(trackedChanges(['work_notes', 'risk'])).toEqual(['risk'])
})

test('model helpers', () => {
    expect([1, 2, 3, 4, null].map(isHighRisk)).toEqual([true, true, false, false, false])
    expect([-5, 0, 3, 4].map(isOpenState)).toEqual([true, true, false, false])
    expect(['-3', ' 4 ', '', null, 'x', 2].map(toInt)).toEqual([-3, 4, null, null, null, 2])
})

function line(state: string, i = 0): ApprovalLine {
    return { sysId: `a${i}`, approver: `u${i}`, approverName: `User ${i}`, state }
}

test('approval outcome: everyone must approve; any rejection rejects', () => {
    expect(outcome([])).toBe('none')
    expect(outcome([line('approved', 1), line('requested', 2)])).toBe('pending')
    expect(outcome([line('approved', 1), line('approved', 2)])).toBe('approved')
    expect(outcome([line('approved', 1), line('rejected', 2), line('requested', 3)])).toBe('rejected')
    // Rows that no longer count do not hold the decision up.
    expect(outcome([line('approved', 1), line('not_required', 2), line('cancelled', 3)])).toBe('approved')
    expect(outcome([line('not_required', 1)])).toBe('none')
})

test('approval status in words', () => {
    expect(tallyText(tally([line('approved', 1), line('requested', 2), line('requested', 3)]))).toBe('1 of 3 approved, 2 pending')
    expect(tallyText(tally([line('approved', 1), line('rejected', 2)]))).toBe('1 of 2 approved, 1 rejected')
    expect(tallyText(tally([]))).toBe('no approvers assigned yet')
})

describe('a large CAB in a message: decisions named, the undecided counted', () => {
    const cab = (approved: number, rejected: number, pending: number): ApprovalLine[] => [
        ...Array.from({ length: pending }, (_, i) => line('requested', 1000 + i)),
        ...Array.from({ length: approved }, (_, i) => line('approved', 2000 + i)),
        ...Array.from({ length: rejected }, (_, i) => line('rejected', 3000 + i)),
    ]

    it('names every decision and the first undecided ones, in order', () => {
        const named = namedApprovals(cab(3, 1, 196))
        expect(named).toHaveLength(4 + UNDECIDED_NAMED)
        expect(named.slice(0, 4).map((l) => l.state)).toEqual(['approved', 'approved', 'approved', 'rejected'])
        expect(named.slice(4).every((l) => l.state === 'requested')).toBe(true)
        expect(named[4]).toEqual(line('requested', 1000))
    })

    it('the status section says how many more are undecided, and the tally counts them all', () => {
        const html = approvalStatusSection(digestOf(cab(3, 1, 196)), 'CAB')
        expect(html).toContain('3 of 200 approved, 1 rejected, 196 pending')
        expect(html).toContain('and 186 more not yet decided')
        expect((html.match(/<li>/g) ?? []).length).toBe(4 + UNDECIDED_NAMED + 1)
        // A small CAB is listed whole.
        expect(approvalStatusSection(digestOf(cab(1, 0, 2)), 'CAB')).not.toContain('more not yet decided')
    })
})
