import { gs, GlideAggregate, GlideDateTime, GlideRecord } from '@servicenow/glide'
import { scoringState, withPinnedConfig } from './scoring-config.ts'

export interface RescoreProgress {
    done: number
    changed: number
    remaining: number
}

export interface RescoreSummary {
    rescored: number
    changed: number
    chunks: number
    /** Users per persona name after the run ('(none)' for unassigned). */
    perPersona: Record<string, number>
}

export function staleCount(): number {
    const agg = new GlideAggregate('x_psm_persona_profile')
    agg.addQuery('stale', '=', true)
    agg.addAggregate('COUNT', '')
    agg.query()
    return agg.next() ? Number(agg.getAggregate('COUNT', '')) : 0
}

/** Marks every profile for rescoring ("rescore everyone" on demand). */
export function markAllStale(): number {
    const profiles = new GlideRecord('x_psm_persona_profile')
    profiles.addQuery('stale', false)
    const n = profiles.getRowCount()
    profiles.setValue('stale', true)
    profiles.updateMultiple()
    return n
}

function personaNames(): Record<string, string> {
    const names: Record<string, string> = {}
    const p = new GlideRecord('x_psm_persona_persona')
    p.query()
    while (p.next()) names[p.getUniqueValue()] = p.getValue('name') || p.getUniqueValue()
    return names
}

function perPersona(): Record<string, number> {
    const names = personaNames()
    const agg = new GlideAggregate('x_psm_persona_profile')
    agg.addAggregate('COUNT', '')
    agg.groupBy('persona')
    agg.query()
    const out: Record<string, number> = {}
    while (agg.next()) {
        const id = agg.getValue('persona') || ''
        out[id ? (names[id] ?? id) : '(none)'] = Number(agg.getAggregate('COUNT', ''))
    }
    return out
}

/**
 * Rescores stale profiles in chunks of x_psm_persona.scoring.batch_size. Each profile is one
 * write (with its mirror, history and event); the stale flag is cleared by that same write, so an
 * interrupted run resumes exactly where it stopped. The run walks the profiles in sys_id order and
 * never goes back: a profile marked stale again during the run (a configuration change, a role
 * change) waits for the next run, so a run changes each user's persona, and emails them, at most once.
 */
export function rescoreStaleProfiles(onChunk?: (p: RescoreProgress) => void, maxChunks = Number.MAX_SAFE_INTEGER): RescoreSummary {
    const size = Math.max(1, parseInt(gs.getProperty('x_psm_persona.scoring.batch_size', '500'), 10) || 500)
    let rescored = 0
    let changed = 0
    let chunks = 0
    let after = ''
    // psm-allow-query-in-loop: one query per chunk of batch_size profiles (never per profile), so a run can stop and resume between chunks
    while (chunks < maxChunks) {
        const profiles = new GlideRecord('x_psm_persona_profile')
        profiles.addQuery('stale', true)
        if (after) profiles.addQuery('sys_id', '>', after)
        profiles.orderBy('sys_id')
        profiles.setLimit(size)
        profiles.query()
        if (!profiles.hasNext()) break
        withPinnedConfig(() => {
            while (profiles.next()) {
                after = profiles.getUniqueValue()
                const before = profiles.getValue('persona') || ''
                profiles.setValue('stale', false)
                // A profile that cannot be saved stays stale; the cursor has passed it, so this run does not pick it again.
                if (!profiles.update()) {
                    gs.error(`Rescoring the profile ${profiles.getUniqueValue()} failed; it stays marked for rescoring`)
                    continue
                }
                rescored++
                if ((profiles.getValue('persona') || '') !== before) changed++
            }
        })
        chunks++
        // psm-allow-query-in-loop: one count per chunk, for the progress report
        if (onChunk) onChunk({ done: rescored, changed, remaining: staleCount() })
    }
    return { rescored, changed, chunks, perPersona: perPersona() }
}

/**
 * Gives every user without a profile one (users that existed before the app was installed or
 * upgraded, or were loaded without business rules). Returns how many were created.
 */
export function ensureProfiles(): number {
    const having: Record<string, boolean> = {}
    const profiles = new GlideRecord('x_psm_persona_profile')
    profiles.query()
    while (profiles.next()) having[profiles.getValue('user') || ''] = true
    const users = new GlideRecord('sys_user')
    users.query()
    let created = 0
    while (users.next()) {
        if (having[users.getUniqueValue()]) continue
        const profile = new GlideRecord('x_psm_persona_profile')
        profile.initialize()
        profile.setValue('user', users.getUniqueValue())
        if (profile.insert()) created++
    }
    return created
}

/** The nightly job: profiles for users who have none, then rescore whatever is stale. */
export function nightlyRescore(): void {
    const created = ensureProfiles()
    const summary = rescoreStaleProfiles()
    gs.info(`Persona rescoring: ${created} profiles created, ${summary.rescored} profiles rescored, ${summary.changed} changed persona`)
}

/**
 * The async rule on the scoring state (a persona or rule was saved): in the background, mark every
 * profile for rescoring and rescore them. The request is cleared first, so a save during the run
 * requests another run rather than being lost.
 */
export function rescoreAfterConfigurationChange(_current: GlideRecord | null, _previous: GlideRecord | null): void {
    const state = scoringState()
    if (state.getValue('rescore_requested') !== '1') return
    state.setValue('rescore_requested', false)
    state.update()
    markAllStale()
    const summary = rescoreStaleProfiles()
    state.setValue('rescored_on', new GlideDateTime().getValue())
    state.update()
    gs.info(`Persona rescoring after a configuration change: ${summary.rescored} profiles rescored, ${summary.changed} changed persona`)
}
