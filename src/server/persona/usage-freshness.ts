/**
 * How fresh a profile's usage data is, for the dashboard and reports: pure (no Glide), so any page or
 * test can call it with the profile's `usage_on` and the configured age.
 *
 * - 'none': no usage data was ever loaded (the profile is unscored, see NO_USAGE_EXPLANATION);
 * - 'fresh': loaded within `maxAgeDays`;
 * - 'stale': older than that; the persona still stands, but it rests on old data.
 */
export type UsageFreshnessState = 'none' | 'fresh' | 'stale'

export interface UsageFreshness {
    state: UsageFreshnessState
    /** Whole days since the data's date (null when there is none or it cannot be read). */
    ageDays: number | null
}

/** System property: the age in days after which usage data counts as stale. */
export const USAGE_MAX_AGE_PROPERTY = 'x_psm_persona.usage.max_age_days'
export const DEFAULT_USAGE_MAX_AGE_DAYS = 45

const DAY_MS = 24 * 60 * 60 * 1000
const GLIDE_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}):(\d{2}))?$/

/** A glide_date_time value ('YYYY-MM-DD HH:mm:ss', UTC as stored) in milliseconds, or null. */
export function glideDateTimeMs(value: string | null | undefined): number | null {
    const m = GLIDE_DATE_TIME.exec((value ?? '').trim())
    if (!m) return null
    const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0))
    return Number.isFinite(ms) ? ms : null
}

/** The configured maximum age: a positive number of days, else the default. */
export function maxAgeDaysFrom(property: string | null | undefined): number {
    const text = (property ?? '').trim()
    const n = /^\d+(\.\d+)?$/.test(text) ? Number(text) : NaN
    return n > 0 ? n : DEFAULT_USAGE_MAX_AGE_DAYS
}

/**
 * Whether usage data dated `usageOn` is stale at `nowMs`. A date in the future (clock skew between the
 * source and the instance) counts as fresh, age 0.
 */
export function usageFreshness(usageOn: string | null | undefined, nowMs: number, maxAgeDays: number = DEFAULT_USAGE_MAX_AGE_DAYS): UsageFreshness {
    const at = glideDateTimeMs(usageOn)
    if (at === null) return { state: 'none', ageDays: null }
    const ageDays = Math.max(0, Math.floor((nowMs - at) / DAY_MS))
    return { state: nowMs - at > maxAgeDays * DAY_MS ? 'stale' : 'fresh', ageDays }
}
