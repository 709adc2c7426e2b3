import { gs, GlideDateTime, GlideRecord } from '@servicenow/glide'
import { METRIC_NAMES, validateMetrics, type RawMetrics } from './metrics.ts'
import { beginScoringRun, endScoringRun } from './scoring-config.ts'
import { glideDateTimeMs, maxAgeDaysFrom, usageFreshness, USAGE_MAX_AGE_PROPERTY, type UsageFreshness } from './usage-freshness.ts'

/*
 * The usage-data import's scripts (fluent/persona/usage-import.now.ts): the transform map's field scripts
 * and its onBefore check, on rows of x_psm_persona_usage_import. Staging values are text, as sent.
 */

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/
const DATE_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/

function text(source: GlideRecord, field: string): string {
    return (source.getValue(field) || '').trim()
}

function userBy(field: string, value: string): string {
    if (!value) return ''
    // get(field, value): the first match, as a query limited to one row, in three calls into the platform instead of six
    // (the transform runs this for every row of an import).
    const user = new GlideRecord('sys_user')
    return user.get(field, value) ? user.getUniqueValue() : ''
}

/** The user a row names: by user_name, else by email; '' when neither finds one. */
export function usageUserId(source: GlideRecord): string {
    return userBy('user_name', text(source, 'user_name')) || userBy('email', text(source, 'email'))
}

/** What the load names as its source, else the import set it came in. */
export function usageSourceOf(source: GlideRecord): string {
    const named = text(source, 'source')
    if (named) return named.slice(0, 200)
    const set = new GlideRecord('sys_import_set')
    return set.get(source.getValue('sys_import_set') || '') ? `import ${set.getValue('number') || ''}`.trim() : 'import'
}

/** The date the metrics describe ('YYYY-MM-DD' or a date-time, UTC), else now: the load's date. */
export function usageDateOf(source: GlideRecord): string {
    const measured = text(source, 'measured_on')
    if (DATE_ONLY.test(measured)) return `${measured} 00:00:00`
    if (DATE_TIME.test(measured)) return measured
    return new GlideDateTime().getValue()
}

/** The last measured_on read and its time: a load's rows mostly share one date, and the conversion is pure. */
let lastMeasured = ''
let lastMeasuredMs: number | null = null

function measuredMs(measured: string): number | null {
    if (measured !== lastMeasured) {
        lastMeasuredMs = glideDateTimeMs(measured)
        lastMeasured = measured
    }
    return lastMeasuredMs
}

function dateProblem(measured: string): string {
    if (!measured) return ''
    const at = measuredMs(measured)
    if (!(DATE_ONLY.test(measured) || DATE_TIME.test(measured)) || at === null) {
        return `measured_on "${measured}" is not a date (use YYYY-MM-DD).`
    }
    // Now to the second, as getValue() gives it, without formatting and parsing it again for every row.
    const now = Math.floor(new GlideDateTime().getNumericValue() / 1000) * 1000
    return at > now + 24 * 60 * 60 * 1000 ? `measured_on "${measured}" is in the future.` : ''
}

/**
 * Why a row cannot be loaded, or '' when it can: it must name an existing user (user_name or email),
 * carry at least one metric, every metric a plain number in range, and a readable measured_on if any.
 * `userFound`: the transform already coalesced the row onto the user's profile (action "update"), so
 * the user exists and is not looked up again.
 */
export function usageRowProblem(source: GlideRecord, userFound = false): string {
    const problems: string[] = []
    const userName = text(source, 'user_name')
    // The email is only needed to name the user in a problem, or when no user name does: a coalesced row
    // with a user name has neither, and each read is a call into the platform on every row of the load.
    const email = userFound && userName ? '' : text(source, 'email')
    if (!userName && !email) problems.push('The row names no user (user_name or email).')
    else if (!userFound && !usageUserId(source)) problems.push(`No user with ${[userName && `user name "${userName}"`, email && `email "${email}"`].filter((s) => s).join(' or ')}.`)
    const raw: RawMetrics = {}
    for (const m of METRIC_NAMES) raw[m] = text(source, m)
    if (METRIC_NAMES.every((m) => raw[m] === '')) problems.push('The row has no usage metric.')
    else problems.push(...validateMetrics(raw).errors)
    const date = dateProblem(text(source, 'measured_on'))
    if (date) problems.push(date)
    return problems.join(' ')
}

/** The configured age (system property x_psm_persona.usage.max_age_days) after which usage data is stale. */
export function usageMaxAgeDays(): number {
    return maxAgeDaysFrom(gs.getProperty(USAGE_MAX_AGE_PROPERTY, ''))
}

/** A profile record's usage freshness now, with the configured age. */
export function profileUsageFreshness(profile: GlideRecord): UsageFreshness {
    const now = glideDateTimeMs(new GlideDateTime().getValue()) ?? 0
    return usageFreshness(profile.getValue('usage_on'), now, usageMaxAgeDays())
}

/**
 * The transform's onStart: the load's profiles are scored with the configuration current at its start,
 * read once (a persona or rule saved meanwhile ends that, see beginScoringRun), not read again per row.
 */
export function usageImportStarted(): void {
    beginScoringRun()
}

/** The transform's onComplete: saves after the load check the configuration version each time again. */
export function usageImportCompleted(): void {
    endScoringRun()
}
