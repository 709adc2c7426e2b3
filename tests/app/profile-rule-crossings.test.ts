import type { Instance } from '../../src/local/instance'
import { GlideRecord } from '../../src/local/glide'
import { installedInstance } from '../support/instance'
import { get, insert, personaId, rows } from '../support/records'

/*
 * Issue 17 (import and rescoring of 100,000 profiles): the profile's rules run for every row of an import and
 * every profile of a rescoring, and each call on `current` crosses from the app's scope into the platform. An
 * update's rules tell what changed by comparing current with previous (values), not by asking each field for
 * an element object (getElement(field).changes(), two crossings and a wrapped object each): before, a
 * rescoring save asked 16 fields for their element. The decisions stay those of changes(): pinned by hand,
 * by a proposal, unpinned, rescored, and the assignment history's reason.
 */

let instance: Instance
let userId = ''

/** How many element objects the profile's rules asked for while fn ran (GlideRecord.getElement of a profile). */
function profileElementsDuring(fn: () => void): number {
    const proto = GlideRecord.prototype as unknown as { element(field: string): unknown }
    const element = proto.element
    let n = 0
    const spy = jest.spyOn(proto, 'element').mockImplementation(function (this: GlideRecord, field: string) {
        if (this.getTableName() === 'x_psm_persona_profile') n++
        return element.call(this, field)
    })
    try {
        fn()
    } finally {
        spy.mockRestore()
    }
    return n
}

function profile(): GlideRecord {
    return get('x_psm_persona_profile', 'user', userId)
}

function save(values: Record<string, string | boolean>): GlideRecord {
    const p = profile()
    for (const [k, v] of Object.entries(values)) p.setValue(k, v)
    expect(p.update()).toBeTruthy()
    return profile()
}

/** The reasons of the history rows written since the last call (rows of one second have no order of their own). */
const seen = new Set<string>()
function lastReason(): string {
    const added = rows('x_psm_persona_assignment', `user=${userId}`).filter((h) => !seen.has(h.getUniqueValue()))
    for (const h of added) seen.add(h.getUniqueValue())
    return added.map((h) => h.getValue('reason') || '').join(',')
}

beforeAll(() => {
    instance = installedInstance()
    instance.run(() => {
        userId = insert('sys_user', { user_name: 'crossings.user', first_name: 'Cross', last_name: 'Ings', email: 'crossings@example.com' })
        save({ devices: '14', network_gb_month: '120', team_hours_week: '20', contacts_per_day: '30', remote_pct: '20' })
    })
}, 120_000)
afterAll(() => instance.close())

test('a rescoring save and a metrics load ask the profile for no element object', () => {
    instance.run(() => {
        save({ stale: true })
        let rescored: GlideRecord | null = null
        const rescoring = profileElementsDuring(() => {
            rescored = save({ stale: false })
        })
        expect((rescored as unknown as GlideRecord).getValue('stale')).toBe('0')
        expect(rescoring).toBe(0)
        const loading = profileElementsDuring(() => {
            save({ devices: '2', network_gb_month: '5', team_hours_week: '1', contacts_per_day: '2', remote_pct: '0' })
        })
        expect(loading).toBe(0)
        const p = profile()
        expect(p.getValue('persona')).toBeTruthy()
        expect(p.getValue('usage_source')).toMatch(/^entered by /)
    })
})

test('the rules decide as changes() does: a metric written as the same number is no change, a pin by hand, unpinning, a rescore', () => {
    instance.run(() => {
        save({ devices: '3', network_gb_month: '5', team_hours_week: '1', contacts_per_day: '2', remote_pct: '0', usage_on: '2026-01-01 00:00:00', usage_source: 'January' })
        lastReason()
        const before = profile()
        expect(before.getValue('usage_on')).toBe('2026-01-01 00:00:00')
        // "5" stored, "5.0" written: the same number, so no load to stamp (a load would date it now, "entered by").
        const same = save({ network_gb_month: '5.0' })
        expect(same.getValue('usage_on')).toBe('2026-01-01 00:00:00')
        expect(same.getValue('usage_source')).toBe('January')
        expect(lastReason()).toBe('')
        // A persona chosen by hand pins it.
        const other = personaId('Telecommuter') === before.getValue('persona') ? personaId('Knowledge Worker') : personaId('Telecommuter')
        const pinned = save({ persona: other })
        expect(pinned.getValue('locked')).toBe('1')
        expect(pinned.getValue('persona')).toBe(other)
        expect(lastReason()).toBe('manual')
        // Unpinned: scored again, and the persona the metrics give comes back.
        const unpinned = save({ locked: false })
        expect(unpinned.getValue('locked')).toBe('0')
        expect(unpinned.getValue('persona')).toBe(before.getValue('persona'))
        expect(lastReason()).toBe('scored')
        // Marked stale with another persona held (as after a threshold change), a rescore moves it back.
        const p = profile()
        p.setWorkflow(false)
        p.setValue('persona', other)
        p.update()
        save({ stale: true })
        const rescored = save({ stale: false })
        expect(rescored.getValue('persona')).toBe(before.getValue('persona'))
        expect(lastReason()).toBe('rescore')
    })
})

test('every qualifier check of a persona passes the same list: one array per configuration, not one per check', () => {
    const lists: unknown[] = []
    // What sn_uc.UserCriteriaLoader.userMatches hands the platform's evaluation.
    const engine = instance.userCriteria
    const userMatches = engine.userMatches.bind(engine)
    const spy = jest.spyOn(engine, 'userMatches').mockImplementation((user: string, ids: readonly string[]) => {
        lists.push(ids)
        return userMatches(user, ids)
    })
    try {
        instance.run(() => {
            // Technology Support's very rankings (2, 3, 1, 4, 1); its qualifier (itil), which this user lacks, is checked on every score.
            for (const devices of ['5', '6', '7']) save({ devices, network_gb_month: '100', team_hours_week: '2', contacts_per_day: '40', remote_pct: '5' })
        })
    } finally {
        spy.mockRestore()
    }
    expect(lists.length).toBeGreaterThanOrEqual(3)
    for (const list of lists) expect(list).toBe(lists[0])
    expect([...(lists[0] as string[])]).toEqual([get('x_psm_persona_persona', 'name', 'Technology Support').getValue('qualifier')])
})
