import { gs, GlideRecord } from '@servicenow/glide'
import { DIMENSIONS, type Dimension, type Rankings } from './dimensions.ts'
import type { MetricName } from './metrics.ts'
import type { PersonaCandidate, ScoringRule } from './scoring.ts'

export const CONFIG_VERSION_PROPERTY = 'x_psm_persona.scoring.config_version'

export interface QualifiedPersona extends PersonaCandidate {
    /** user_criteria sys_id a user must match to be scored into this persona ('' = anyone). */
    qualifier: string
    qualifierName: string
}

export interface ScoringConfig {
    rules: ScoringRule[]
    personas: QualifiedPersona[]
    switchMargin: number
    enabled: boolean
}

let cached: { version: string; config: ScoringConfig } | null = null

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
        personas.push({
            sysId: gr.getUniqueValue(),
            name: gr.getValue('name') || '',
            order: num(gr.getValue('order'), 100),
            rankings,
            qualifier: gr.getValue('qualifier') || '',
            qualifierName: gr.getDisplayValue('qualifier'),
        })
    }
    return personas
}

/**
 * The active rules and personas, read once per configuration version: saving a persona or a
 * rule bumps the version, so scoring 50,000 profiles reads the configuration once, not per user.
 */
export function scoringConfig(): ScoringConfig {
    const version = gs.getProperty(CONFIG_VERSION_PROPERTY, '0')
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

/** Called when personas or rules change: every later scoring reads the new configuration. */
export function configurationChanged(): void {
    cached = null
    gs.setProperty(CONFIG_VERSION_PROPERTY, gs.generateGUID())
}
