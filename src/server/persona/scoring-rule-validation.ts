import { gs, type GlideRecord } from '@servicenow/glide'
import { validateThresholds } from './metrics.ts'

/** Before insert/update of a scoring rule: thresholds must be numbers and strictly ascending. */
export function validateScoringRule(current: GlideRecord, _previous: GlideRecord | null): void {
    const problem = validateThresholds(current.getValue('threshold_2'), current.getValue('threshold_3'), current.getValue('threshold_4'))
    const weight = Number(current.getValue('weight') ?? '1')
    const errors = [problem, !Number.isFinite(weight) || weight < 0 ? `Weight ${current.getValue('weight')} must be a number of 0 or more.` : ''].filter(Boolean)
    if (errors.length) {
        gs.addErrorMessage(`Scoring rule not saved: ${errors.join(' ')}`)
        current.setAbortAction(true)
    }
}
