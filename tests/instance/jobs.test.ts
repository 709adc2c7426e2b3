import { latestSlot } from '../../src/local/engine/jobs'

/** When scheduled jobs are due: the run type, run time and day decide the latest slot (UTC locally). */
const at = (iso: string) => Date.parse(`${iso}Z`)
const job = (runType: string, extra: Partial<{ dayOfWeek: number; dayOfMonth: number }> = {}) => ({ runType, runTime: '1970-01-01 07:00:00', dayOfWeek: 1, dayOfMonth: 1, ...extra })

test('daily jobs: today at run_time once it has passed, otherwise yesterday', () => {
    expect(latestSlot(job('daily'), at('2026-11-23T08:00:00'))).toBe(at('2026-11-23T07:00:00'))
    expect(latestSlot(job('daily'), at('2026-11-23T06:59:59'))).toBe(at('2026-11-22T07:00:00'))
})

test('weekly jobs run on their day of the week (1 = Monday), not every seven days from wherever', () => {
    // 2026-11-23 is a Monday.
    expect(latestSlot(job('weekly'), at('2026-11-23T07:00:00'))).toBe(at('2026-11-23T07:00:00'))
    expect(latestSlot(job('weekly'), at('2026-11-23T06:00:00'))).toBe(at('2026-11-16T07:00:00'))
    expect(latestSlot(job('weekly'), at('2026-11-27T12:00:00'))).toBe(at('2026-11-23T07:00:00'))
    expect(latestSlot(job('weekly', { dayOfWeek: 7 }), at('2026-11-27T12:00:00'))).toBe(at('2026-11-22T07:00:00'))
})

test('monthly jobs run on their day of the month, clamped to short months', () => {
    expect(latestSlot(job('monthly', { dayOfMonth: 31 }), at('2026-02-28T08:00:00'))).toBe(at('2026-02-28T07:00:00'))
    expect(latestSlot(job('monthly', { dayOfMonth: 15 }), at('2026-03-10T08:00:00'))).toBe(at('2026-02-15T07:00:00'))
})

test('on-demand jobs are never due by the clock', () => {
    expect(latestSlot(job('on_demand'), at('2026-11-23T08:00:00'))).toBeNull()
})
