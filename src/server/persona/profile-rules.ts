import { gs, GlideDateTime, GlideRecord } from '@servicenow/glide'
import { METRIC_NAMES, type RawMetrics } from './metrics.ts'
import { checkMetrics, readRawMetrics, scoreProfileRecord, scoringEnabled } from './profile-scoring.ts'
import { configurationChanged } from './scoring-config.ts'

/** A user's persona changed from one to another (parm2 the previous persona). */
export const PERSONA_CHANGED_EVENT = 'x_psm_persona.persona.changed'
/** A user got their first persona: a welcome, not a change. */
export const PERSONA_ASSIGNED_EVENT = 'x_psm_persona.persona.assigned'

export const NO_USAGE_EXPLANATION =
    'Not scored: no usage data has been loaded for this user yet. Load their usage metrics (devices, network, teamwork, contacts, remote work) and the profile is scored at once.'

/** Whether the profile holds any usage data: a metric with a value (empty means "not measured"). */
export function hasUsage(profile: GlideRecord): boolean {
    return hasUsageIn(readRawMetrics(profile))
}

function hasUsageIn(raw: RawMetrics): boolean {
    return METRIC_NAMES.some((m) => {
        const v = raw[m]
        return v !== null && v !== undefined && String(v).trim() !== ''
    })
}

/**
 * The field's new value when this save changes it, else undefined. With `previous` (an update, before or after
 * the write) it compares the two values: two reads of a value, where getElement(field).changes() first makes an
 * element object cross into the script, and these rules run for every row of an import and every profile of a
 * rescoring. For a field whose values compare as text (a boolean, a reference, a string, a date) that is what
 * changes() answers: "Determines whether the current field has been modified" against the value previous holds
 * (previous is the record as stored before the save; current holds the new value, or after the write the stored
 * one). Without previous (an insert) changes() answers. Numbers compare by value: see metricsChanged().
 */
function newValue(current: GlideRecord, previous: GlideRecord | null, field: string): string | null | undefined {
    if (previous) {
        const now = current.getValue(field)
        return now !== previous.getValue(field) ? now : undefined
    }
    const el = current.getElement(field)
    return el && el.changes() ? el.getValue() : undefined
}

/** A number field's values as changes() compares them: empty alike, else by numeric value ("5" and "5.0" are the same). */
function sameNumber(a: string | number | null | undefined, b: string | null): boolean {
    const x = a === '' || a === undefined || a === null ? null : String(a)
    const y = b === '' ? null : b
    if (x === y) return true
    if (x === null || y === null) return false
    return Number(x) === Number(y)
}

/** Each load of usage data records its date, and its source (who entered it, unless the load names one). */
function stampUsage(current: GlideRecord, previous: GlideRecord | null, loaded: boolean): void {
    if (!loaded) return
    // A load that dates its data (the usage import's measured_on) keeps that date; otherwise the load is now.
    const on = newValue(current, previous, 'usage_on')
    if (on === undefined || !(on || '').trim()) current.setValue('usage_on', new GlideDateTime().getValue())
    const source = newValue(current, previous, 'usage_source')
    if (source === undefined || !(source || '').trim()) current.setValue('usage_source', `entered by ${gs.getUserName()}`)
}

/** Whether a metric changed: `raw` holds current's values already; an update compares them with previous's by number, as changes() does for these integer and decimal fields. */
function metricsChanged(current: GlideRecord, previous: GlideRecord | null, raw: RawMetrics): boolean {
    if (!previous) return METRIC_NAMES.some((m) => current.getElement(m)?.changes())
    return METRIC_NAMES.some((m) => !sameNumber(raw[m], previous.getValue(m)))
}

/**
 * Before insert/update of a profile: refuse bad metrics, honour an admin's manual persona as a
 * pin, and score when something that matters changed. Marking a profile stale only flags it.
 */
export function scoreProfileBeforeSave(current: GlideRecord, previous: GlideRecord | null): void {
    // Every call on `current` crosses from the app's scope into the platform, and an import runs this rule for
    // each of its rows: the metric values and whether they changed are read once, not once per question.
    const raw = readRawMetrics(current)
    const { metrics, problems } = checkMetrics(raw)
    if (!metrics) {
        gs.addErrorMessage(`Profile not saved: ${problems}`)
        current.setAbortAction(true)
        return
    }
    const inserting = current.isNewRecord()
    const prev = inserting ? null : previous
    const stale = inserting ? undefined : newValue(current, prev, 'stale')
    if (stale === '1') return
    const usage = hasUsageIn(raw)
    const metricsMoved = !inserting && metricsChanged(current, prev, raw)
    stampUsage(current, prev, inserting ? usage : metricsMoved)
    // On an update the persona and pin are read as values (see newValue), and those values are handed to the
    // scoring below, which would otherwise read them from `current` again.
    const personaNow = prev ? current.getValue('persona') : undefined
    const manual = !inserting && (prev ? personaNow !== prev.getValue('persona') : newValue(current, prev, 'persona') !== undefined)
    // A persona chosen by hand is an admin's decision: pin it so scoring never undoes it.
    if (manual) current.setValue('locked', true)
    // Read after the pin above, as changes() would be.
    const lockedNow = prev ? current.getValue('locked') : undefined
    const locked = prev ? (lockedNow !== prev.getValue('locked') ? lockedNow : undefined) : newValue(current, prev, 'locked')
    // The approved proposal stays named only while it is what pinned the persona.
    const byProposal = newValue(current, prev, 'proposal') !== undefined
    if (!byProposal && (manual || locked === '0')) current.setValue('proposal', '')
    const relevant = inserting || manual || metricsMoved || locked !== undefined || stale === '0'
    if (!relevant || !scoringEnabled()) return
    current.setValue('stale', false)
    // A profile without usage data is not scored: no persona, so no message (unless an admin pinned one).
    if (!usage && !manual) {
        if (!current.getValue('persona')) current.setValue('explanation', NO_USAGE_EXPLANATION)
        return
    }
    const held = prev ? { personaSysId: personaNow || '', locked: lockedNow === '1' } : undefined
    scoreProfileRecord(current, undefined, metrics, held)
}

/** Why a persona changed, for the assignment history (`proposed`, `pinned`: what the caller already asked of `current`). */
function reasonFor(current: GlideRecord, previous: GlideRecord | null, personaChanged: boolean, proposed: boolean, pinned: boolean): string {
    if (proposed) return 'proposal'
    if (pinned) return personaChanged ? 'manual' : 'locked'
    if (newValue(current, previous, 'stale') === '0') return 'rescore'
    return 'scored'
}

/** Who proposed and who decided, from the proposal that pinned the persona. */
function recordProposal(history: GlideRecord, proposalId: string): void {
    const proposal = new GlideRecord('x_psm_persona_proposal')
    if (!proposal.get(proposalId)) return
    history.setValue('proposal', proposalId)
    history.setValue('proposed_by', proposal.getValue('proposed_by') || '')
    history.setValue('decided_by', proposal.getValue('decided_by') || '')
}

/**
 * After insert/update of a profile: mirror the persona to sys_user (the field user criteria read),
 * write the assignment history and queue x_psm_persona.persona.changed.
 */
export function applyPersonaAfterSave(current: GlideRecord, previous: GlideRecord | null): void {
    const to = current.getValue('persona') || ''
    const prev = previous && previous.isValidRecord() ? previous : null
    const from = prev ? prev.getValue('persona') || '' : ''
    const personaChanged = to !== from
    const pinned = newValue(current, prev, 'locked') === '1'
    // Just pinned by an approved proposal.
    const proposed = !!newValue(current, prev, 'proposal')
    if (!personaChanged && !pinned && !proposed) return
    const userId = current.getValue('user') || ''
    const user = new GlideRecord('sys_user')
    if (!user.get(userId)) return
    if (personaChanged && (user.getValue('x_psm_persona_persona') || '') !== to) {
        user.setValue('x_psm_persona_persona', to)
        user.update()
    }
    const history = new GlideRecord('x_psm_persona_assignment')
    history.initialize()
    history.setValue('user', userId)
    history.setValue('from_persona', from)
    history.setValue('to_persona', to)
    history.setValue('distance', current.getValue('distance') || '')
    history.setValue('margin', current.getValue('margin') || '')
    history.setValue('reason', reasonFor(current, prev, personaChanged, proposed, pinned))
    history.setValue('explanation', current.getValue('explanation') || '')
    if (proposed) recordProposal(history, current.getValue('proposal') || '')
    history.insert()
    // The first persona is a welcome; a later one a change; losing the persona tells the user nothing to order.
    if (personaChanged && to) gs.eventQueue(from ? PERSONA_CHANGED_EVENT : PERSONA_ASSIGNED_EVENT, user, userId, from)
}

/** After insert of a user: every user has a profile, unscored until usage data arrives. */
export function createProfileForUser(current: GlideRecord, _previous: GlideRecord | null): void {
    const profile = new GlideRecord('x_psm_persona_profile')
    if (profile.get('user', current.getUniqueValue())) return
    profile.initialize()
    profile.setValue('user', current.getUniqueValue())
    profile.insert()
}

/** Rescores one user's profile now (their roles, groups or organisation changed). */
export function rescoreUser(userId: string): void {
    const profile = new GlideRecord('x_psm_persona_profile')
    if (!profile.get('user', userId)) return
    if (profile.getValue('stale') !== '1') {
        profile.setValue('stale', true)
        profile.update()
    }
    profile.setValue('stale', false)
    profile.update()
}

/** After update of a user whose qualifying attributes changed (filter condition in Fluent). */
export function rescoreUserAfterChange(current: GlideRecord, _previous: GlideRecord | null): void {
    rescoreUser(current.getUniqueValue())
}

/** After a role or group membership is granted or removed: the user may (dis)qualify for a persona. */
export function rescoreMemberAfterChange(current: GlideRecord, _previous: GlideRecord | null): void {
    const userId = current.getValue('user')
    if (userId) rescoreUser(userId)
}

/**
 * After a persona or scoring rule changes: one write to the scoring state (a new configuration
 * version and a pending rescoring). The async rule on the state row marks and rescores the profiles
 * in the background: a form save never updates 50,000 profiles.
 */
export function requestRescore(_current: GlideRecord, _previous: GlideRecord | null): void {
    configurationChanged()
}
