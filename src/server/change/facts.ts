import type { Phase } from './phases.ts'

/**
 * What the app knows about a change, as plain values (read from the record by change-record.ts),
 * so summaries and messages are pure functions tested without an instance.
 */
export interface ChangeFacts {
    sysId: string
    number: string
    shortDescription: string
    description: string
    /** change_request.state, e.g. -5 New ... 3 Closed, 4 Canceled. */
    state: number | null
    /** 1 Very High ... 4 Low; null when not assessed. */
    risk: number | null
    impact: number | null
    priority: number | null
    /** Display name of the configuration item (the affected service), '' when none. */
    ci: string
    implementationPlan: string
    backoutPlan: string
    testPlan: string
    testResults: string
    securityNotes: string
    justification: string
    /** Planned window, as stored: YYYY-MM-DD HH:MM:SS (UTC), '' when unset. */
    startDate: string
    endDate: string
    /** The phased deployment schedule: the change's Phases related list (phase-records.ts). */
    phases: Phase[]
    /** Free-text notes on the phasing (x_psm_persona_phases): never parsed, never refused. */
    phaseNotes: string
    rolloutPlan: string
    training: string
    supportContact: string
    requestedBy: string
    assignedTo: string
    assignmentGroup: string
    approval: string
    closeCode: string
    closeNotes: string
    riskSummary: string
    impactSummary: string
}

/** A change with nothing filled in; tests and readers start from it. */
export function emptyFacts(): ChangeFacts {
    return {
        sysId: '',
        number: '',
        shortDescription: '',
        description: '',
        state: null,
        risk: null,
        impact: null,
        priority: null,
        ci: '',
        implementationPlan: '',
        backoutPlan: '',
        testPlan: '',
        testResults: '',
        securityNotes: '',
        justification: '',
        startDate: '',
        endDate: '',
        phases: [],
        phaseNotes: '',
        rolloutPlan: '',
        training: '',
        supportContact: '',
        requestedBy: '',
        assignedTo: '',
        assignmentGroup: '',
        approval: '',
        closeCode: '',
        closeNotes: '',
        riskSummary: '',
        impactSummary: '',
    }
}
