import { gs, GlideDateTime, GlideRecord } from '@servicenow/glide'
import { DIMENSIONS, type Dimension, type Rankings } from './dimensions.ts'
import type { MetricName } from './metrics.ts'
import type { PersonaCandidate, ScoringRule } from './scoring.ts'

/** The one row of x_psm_persona_scoring_state that scoring uses. */
export const STATE_TABLE = 'x_psm_persona_scoring_state'
export const STATE_NAME = 'scoring'

export interface QualifiedPersona extends PersonaCandidate {
    /** user_criteria sys_id a user must match to be scored into this persona ('' = anyone). */
    qualifier: string
    qualifierName: string
    /**
     * [qualifier], built once with the configuration: the list UserCriteriaLoader.userMatches takes. One array
     * passed on every check crosses into the platform once; a new one per check is converted each time.
     */
    qualifiers: string[]
}

export interface ScoringConfig {
    rules: ScoringRule[]
    personas: QualifiedPersona[]
    switchMargin: number
    enabled: boolean
}

let cached: { version: string; config: ScoringConfig } | null = null
/** Set while a batch runs: every profile of the batch is scored with the configuration it started with. */
let pinned: ScoringConfig | null = null
/**
 * Set between beginScoringRun() and endScoringRun() (a data load's onStart and onComplete): the
 * configuration read and version-checked at the start, served to each save of the run without the
 * per-save read of the state row. `uses` counts the saves since the last check.
 */
let run: { config: ScoringConfig; uses: number } | null = null
/**
 * A run checks the version again every so many saves: a change written by another process sharing the
 * database (which configurationChanged() in this one never hears of) reaches a long load within this many
 * rows, and a run whose end was never called (the load failed) cannot serve an old configuration for long.
 */
export const RUN_RECHECK_EVERY = 500

function num(value: string | null, fallback = 0): number {
    const n = Number(value)
    return value === null || value === '' || !Number.isFinite(n) ? fallback : n
}

function loadRules(): ScoringRule[] {
    const gr = new GlideRecord('x_psm_persona_scoring_rule')
    gr.addQuery('active', true)
    gr.query()
    const rules: ScoringRule[] = []
    while (gr.next()) {
        rules.push({
            sysId: gr.getUniqueValue(),
            dimension: gr.getValue('dimension') as Dimension,
            metric: gr.getValue('metric') as MetricName,
            weight: num(gr.getValue('weight'), 1),
            threshold2: num(gr.getValue('threshold_2')),
            threshold3: num(gr.getValue('threshold_3')),
            threshold4: num(gr.getValue('threshold_4')),
        })
    }
    return rules
}

function loadPersonas(): QualifiedPersona[] {
    const gr = new GlideRecord('x_psm_persona_persona')
    gr.addQuery('active', true)
    gr.orderBy('order')
    gr.query()
    const personas: QualifiedPersona[] = []
    while (gr.next()) {
        const rankings = {} as Rankings
        for (const d of DIMENSIONS) rankings[d] = num(gr.getValue(d), 1)
        const qualifier = gr.getValue('qualifier') || ''
        personas.push({
            sysId: gr.getUniqueValue(),
            name: gr.getValue('name') || '',
            order: num(gr.getValue('order'), 100),
            rankings,
            qualifier,
            qualifierName: gr.getDisplayValue('qualifier'),
            qualifiers: qualifier ? [qualifier] : [],
        })
    }
    return personas
}

/** The scoring state row, created when missing. */
export function scoringState(): GlideRecord {
    const state = new GlideRecord(STATE_TABLE)
    if (state.get('name', STATE_NAME)) return state
    state.initialize()
    state.setValue('name', STATE_NAME)
    state.setValue('config_version', gs.generateGUID())
    state.insert()
    return state
}

/** The configuration version: one indexed read of the state row ('' before any configuration change). */
function configVersion(): string {
    const state = new GlideRecord(STATE_TABLE)
    return state.get('name', STATE_NAME) ? state.getValue('config_version') || '' : ''
}

/**
 * The active rules and personas, read once per configuration version: saving a persona or a
 * rule writes a new version to the state row, so scoring 50,000 profiles reads the configuration
 * once, not per user.
 */
export function scoringConfig(): ScoringConfig {
    if (pinned) return pinned
    if (run && run.uses < RUN_RECHECK_EVERY) {
        run.uses++
        return run.config
    }
    const config = currentConfig()
    if (run) run = { config, uses: 1 }
    return config
}

/** The configuration of the current version: one indexed read of the state row, the rules and personas only when it moved. */
function currentConfig(): ScoringConfig {
    const version = configVersion()
    if (cached && cached.version === version) return cached.config
    const config: ScoringConfig = {
        rules: loadRules(),
        personas: loadPersonas(),
        switchMargin: Math.max(0, num(gs.getProperty('x_psm_persona.scoring.switch_margin', '0.5'), 0.5)),
        enabled: gs.getProperty('x_psm_persona.scoring.enabled', 'true') !== 'false',
    }
    cached = { version, config }
    return config
}

/**
 * A run of many saves starts (a usage import's onStart): its profiles are scored with the configuration
 * current now, checked once here instead of on every save. A persona or rule saved during the run
 * (configurationChanged) ends it: the saves after that read the configuration as single saves do, so a
 * change that is rolled back afterwards is not kept either.
 */
export function beginScoringRun(): void {
    run = null
    run = { config: currentConfig(), uses: 0 }
}

/** The run ends (the import's onComplete): each save checks the configuration version again. */
export function endScoringRun(): void {
    run = null
}

/** Runs fn with the configuration read once: a batch's profiles skip the per-profile version read. */
export function withPinnedConfig<T>(fn: () => T): T {
    const outer = pinned
    pinned = scoringConfig()
    try {
        return fn()
    } finally {
        pinned = outer
    }
}

/**
 * Called when a persona or rule changes: one write to the state row (a new version, and a pending
 * rescoring for the async rule on that row). Nothing else happens inside the save: no update of
 * every profile, no system property written (gs.setProperty flushes every node's property cache).
 */
export function configurationChanged(): void {
    cached = null
    run = null
    const state = scoringState()
    state.setValue('config_version', gs.generateGUID())
    state.setValue('rescore_requested', true)
    state.setValue('requested_on', new GlideDateTime().getValue())
    state.update()
}
