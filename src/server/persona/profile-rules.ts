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

/** Each load of usage data records its date, and its source (who entered it, unless the load names one). */
function stampUsage(current: GlideRecord, loaded: boolean): void {
    if (!loaded) return
    // A load that dates its data (the usage import's measured_on) keeps that date; otherwise the load is now.
    const dated = !!current.getElement('usage_on')?.changes() && !!(current.getValue('usage_on') || '').trim()
    if (!dated) current.setValue('usage_on', new GlideDateTime().getValue())
    const source = current.getElement('usage_source')
    if (!source?.changes() || !(current.getValue('usage_source') || '').trim()) current.setValue('usage_source', `entered by ${gs.getUserName()}`)
}

function metricsChanged(current: GlideRecord): boolean {
    return METRIC_NAMES.some((m) => current.getElement(m)?.changes())
}

function changesTo(current: GlideRecord, field: string, value: string): boolean {
    const el = current.getElement(field)
    return !!el && el.changes() && el.getValue() === value
}

/**
 * Before insert/update of a profile: refuse bad metrics, honour an admin's manual persona as a
 * pin, and score when something that matters changed. Marking a profile stale only flags it.
 */
export function scoreProfileBeforeSave(current: GlideRecord, _previous: GlideRecord | null): void {
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
    if (!inserting && changesTo(current, 'stale', '1')) return
    const usage = hasUsageIn(raw)
    const metricsMoved = !inserting && metricsChanged(current)
    stampUsage(current, inserting ? usage : metricsMoved)
    const manual = !inserting && !!current.getElement('persona')?.changes()
    // A persona chosen by hand is an admin's decision: pin it so scoring never undoes it.
    if (manual) current.setValue('locked', true)
    // The approved proposal stays named only while it is what pinned the persona.
    const byProposal = !!current.getElement('proposal')?.changes()
    if (!byProposal && (manual || changesTo(current, 'locked', '0'))) current.setValue('proposal', '')
    const relevant = inserting || manual || metricsMoved || !!current.getElement('locked')?.changes() || changesTo(current, 'stale', '0')
    if (!relevant || !scoringEnabled()) return
    current.setValue('stale', false)
    // A profile without usage data is not scored: no persona, so no message (unless an admin pinned one).
    if (!usage && !manual) {
        if (!current.getValue('persona')) current.setValue('explanation', NO_USAGE_EXPLANATION)
        return
    }
    scoreProfileRecord(current, undefined, metrics)
}

/** Why a persona changed, for the assignment history (`proposed`, `pinned`: what the caller already asked of `current`). */
function reasonFor(current: GlideRecord, personaChanged: boolean, proposed: boolean, pinned: boolean): string {
    if (proposed) return 'proposal'
    if (pinned) return personaChanged ? 'manual' : 'locked'
    if (changesTo(current, 'stale', '0')) return 'rescore'
    return 'scored'
}

/** The profile was just pinned by an approved proposal. */
function proposalApplied(current: GlideRecord): boolean {
    const el = current.getElement('proposal')
    return !!el && el.changes() && !!el.getValue()
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
    const from = previous && previous.isValidRecord() ? previous.getValue('persona') || '' : ''
    const personaChanged = to !== from
    const pinned = changesTo(current, 'locked', '1')
    const proposed = proposalApplied(current)
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
    history.setValue('reason', reasonFor(current, personaChanged, proposed, pinned))
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
