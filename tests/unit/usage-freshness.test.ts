import { DEFAULT_USAGE_MAX_AGE_DAYS, glideDateTimeMs, maxAgeDaysFrom, usageFreshness } from '../../src/server/persona/usage-freshness'

/*
 * Issue 17.1: "Stale data (configurable age) is flagged on the dashboard". The dashboard reads a profile's
 * usage_on through usageFreshness, with the age from x_psm_persona.usage.max_age_days.
 */
const NOW = Date.UTC(2026, 11, 1, 12, 0, 0)

describe('usageFreshness', () => {
    test('no usage date: none', () => {
        expect(usageFreshness(null, NOW)).toEqual({ state: 'none', ageDays: null })
        expect(usageFreshness('', NOW)).toEqual({ state: 'none', ageDays: null })
        expect(usageFreshness('not a date', NOW)).toEqual({ state: 'none', ageDays: null })
    })

    test('within the configured age: fresh; older: stale, with the age in whole days', () => {
        expect(usageFreshness('2026-11-20 00:00:00', NOW, 45)).toEqual({ state: 'fresh', ageDays: 11 })
        expect(usageFreshness('2026-10-17 12:00:00', NOW, 45)).toEqual({ state: 'fresh', ageDays: 45 })
        expect(usageFreshness('2026-10-17 11:59:59', NOW, 45)).toEqual({ state: 'stale', ageDays: 45 })
        expect(usageFreshness('2026-11-20 00:00:00', NOW, 7)).toEqual({ state: 'stale', ageDays: 11 })
    })

    test('a date in the future (clock skew) is fresh, age 0', () => {
        expect(usageFreshness('2026-12-02 00:00:00', NOW, 45)).toEqual({ state: 'fresh', ageDays: 0 })
    })

    test('the property: a positive number of days, else the default', () => {
        expect(maxAgeDaysFrom('30')).toBe(30)
        expect(maxAgeDaysFrom(' 7 ')).toBe(7)
        for (const bad of ['', '0', '-5', 'soon', null, undefined]) expect(maxAgeDaysFrom(bad)).toBe(DEFAULT_USAGE_MAX_AGE_DAYS)
    })

    test('glide date-times are read as UTC', () => {
        expect(glideDateTimeMs('2026-12-01 12:00:00')).toBe(NOW)
        expect(glideDateTimeMs('2026-12-01')).toBe(Date.UTC(2026, 11, 1))
    })
})
