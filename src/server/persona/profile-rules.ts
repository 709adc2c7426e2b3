import { gs, GlideRecord } from '@servicenow/glide'
import { METRIC_NAMES } from './metrics.ts'
import { readMetrics, scoreProfileRecord, scoringEnabled } from './profile-scoring.ts'
import { configurationChanged } from './scoring-config.ts'

export const PERSONA_CHANGED_EVENT = 'x_psm_persona.persona.changed'

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
    const { metrics, problems } = readMetrics(current)
    if (!metrics) {
        gs.addErrorMessage(`Profile not saved: ${problems}`)
        current.setAbortAction(true)
        return
    }
    const inserting = current.isNewRecord()
    if (!inserting && changesTo(current, 'stale', '1')) return
    const manual = !inserting && !!current.getElement('persona')?.changes()
    // A persona chosen by hand is an admin's decision: pin it so scoring never undoes it.
    if (manual) current.setValue('locked', true)
    const relevant = inserting || manual || metricsChanged(current) || !!current.getElement('locked')?.changes() || changesTo(current, 'stale', '0')
    if (!relevant || !scoringEnabled()) return
    current.setValue('stale', false)
    scoreProfileRecord(current, undefined, metrics)
}

/** Why a persona changed, for the assignment history. */
function reasonFor(current: GlideRecord, personaChanged: boolean): string {
    if (changesTo(current, 'locked', '1')) return personaChanged ? 'manual' : 'locked'
    if (changesTo(current, 'stale', '0')) return 'rescore'
    return 'scored'
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
    if (!personaChanged && !pinned) return
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
    history.setValue('reason', reasonFor(current, personaChanged))
    history.setValue('explanation', current.getValue('explanation') || '')
    history.insert()
    if (personaChanged) gs.eventQueue(PERSONA_CHANGED_EVENT, user, userId, from)
}

/** After insert of a user: every user has a profile, scored at once. */
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
 * After a persona or scoring rule changes: mark every scored profile for rescoring (the batch
 * job does the work) instead of rescoring 50,000 users inside one form save.
 */
export function markProfilesStale(_current: GlideRecord, _previous: GlideRecord | null): void {
    const profiles = new GlideRecord('x_psm_persona_profile')
    profiles.addQuery('stale', false)
    profiles.setValue('stale', true)
    profiles.updateMultiple()
    configurationChanged()
}
