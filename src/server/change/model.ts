/** The platform's change_request state model (normal change): the values the state field stores. */
export const STATE = {
    NEW: -5,
    ASSESS: -4,
    AUTHORIZE: -3,
    SCHEDULED: -2,
    IMPLEMENT: -1,
    REVIEW: 0,
    CLOSED: 3,
    CANCELED: 4,
} as const

export const STATE_LABELS: Readonly<Record<string, string>> = {
    '-5': 'New',
    '-4': 'Assess',
    '-3': 'Authorize',
    '-2': 'Scheduled',
    '-1': 'Implement',
    '0': 'Review',
    '3': 'Closed',
    '4': 'Canceled',
}

/** The steps a normal change walks through, in order (Canceled is an exit, not a step). */
export const STATE_PATH: readonly number[] = [STATE.NEW, STATE.ASSESS, STATE.AUTHORIZE, STATE.SCHEDULED, STATE.IMPLEMENT, STATE.REVIEW, STATE.CLOSED]

/** change_request.risk choices: 1 Very High, 2 High, 3 Moderate, 4 Low. */
export const RISK_LABELS: Readonly<Record<string, string>> = { '1': 'Very High', '2': 'High', '3': 'Moderate', '4': 'Low' }
/** task.impact choices. */
export const IMPACT_LABELS: Readonly<Record<string, string>> = { '1': 'High', '2': 'Medium', '3': 'Low' }
export const PRIORITY_LABELS: Readonly<Record<string, string>> = { '1': 'Critical', '2': 'High', '3': 'Moderate', '4': 'Low', '5': 'Planning' }

/** "High or above": risk is stored as 1 (Very High) to 4 (Low), so lower is riskier. */
export function isHighRisk(risk: number | null): boolean {
    return risk !== null && risk >= 1 && risk <= 2
}

/** Open means the change can still move: neither Closed nor Canceled. */
export function isOpenState(state: number | null): boolean {
    return state !== STATE.CLOSED && state !== STATE.CANCELED
}

export function stateLabel(state: number | null): string {
    return state === null ? 'Unknown' : (STATE_LABELS[String(state)] ?? `State ${state}`)
}

/** A field value as an integer, or null when empty or not a number. */
export function toInt(value: string | number | null | undefined): number | null {
    if (value === null || value === undefined) return null
    const text = String(value).trim()
    if (!/^[+-]?\d+$/.test(text)) return null
    return Number(text)
}

export const EVENT_PREFIX = 'x_psm_persona.change.'

/** Every event the app queues for a change (names fit the registry's 40 characters). */
export const CHANGE_EVENTS = {
    submitted: 'x_psm_persona.change.submitted',
    assess: 'x_psm_persona.change.assess',
    authorize: 'x_psm_persona.change.authorize',
    approvalRequested: 'x_psm_persona.change.approval_requested',
    highRiskAuthorize: 'x_psm_persona.change.high_risk_authorize',
    approved: 'x_psm_persona.change.approved',
    rejected: 'x_psm_persona.change.rejected',
    scheduled: 'x_psm_persona.change.scheduled',
    assigned: 'x_psm_persona.change.assigned',
    implementing: 'x_psm_persona.change.implementing',
    review: 'x_psm_persona.change.review',
    closed: 'x_psm_persona.change.closed',
    canceled: 'x_psm_persona.change.canceled',
    highRiskUpdate: 'x_psm_persona.change.high_risk_update',
} as const

export type ChangeEventKey = keyof typeof CHANGE_EVENTS
export type ChangeEventName = (typeof CHANGE_EVENTS)[ChangeEventKey]

/** The event key for a full event name ('' for anything that is not one of the app's change events). */
export function eventKeyOf(name: string): ChangeEventKey | '' {
    for (const key of Object.keys(CHANGE_EVENTS) as ChangeEventKey[]) if (CHANGE_EVENTS[key] === name) return key
    return ''
}

/** Which readers a grouped approval request (one event for many approvers) is for: its parm2. */
export type ReaderVariant = 'standard' | 'mobile'

const GROUP_REQUEST = 'readers:'

/** parm2 of an approval request sent to a group of approvers: which message variant they read. */
/** sysevent.parm1 is a string of max_length 4000: a longer parameter is saved cut. */
export const EVENT_PARM_LENGTH = 4000
/** glide.email.smtp.max_recipients, "recommended value 100 or less" ("Minimize SMTP Recipient Quantity"). */
export const MAX_RECIPIENTS = 100

/**
 * Ids split into comma-separated event parameters, each within the event parameter's length and the
 * recipient limit, so a large CAB is asked in several events instead of one cut short.
 */
export function parmChunks(ids: readonly string[], maxChars = EVENT_PARM_LENGTH, maxCount = MAX_RECIPIENTS): string[] {
    const out: string[] = []
    let current: string[] = []
    let length = 0
    for (const id of ids) {
        const added = current.length ? id.length + 1 : id.length
        if (current.length && (current.length >= maxCount || length + added > maxChars)) {
            out.push(current.join(','))
            current = []
            length = 0
        }
        length += current.length ? id.length + 1 : id.length
        current.push(id)
    }
    if (current.length) out.push(current.join(','))
    return out
}

export function groupRequestParm(variant: ReaderVariant): string {
    return GROUP_REQUEST + variant
}

/**
 * parm2 of approval_requested: one approval's sys_id (parm1 its approver), or, for the CAB's
 * approvals requested together, the readers' variant (parm1 the approvers, comma-separated).
 */
export function approvalRequestOf(parm2: string): { approvalId: string; group: ReaderVariant | null } {
    if (parm2.indexOf(GROUP_REQUEST) !== 0) return { approvalId: parm2, group: null }
    return { approvalId: '', group: parm2.slice(GROUP_REQUEST.length) === 'mobile' ? 'mobile' : 'standard' }
}

/** Property names the change notifications read, with their defaults. */
export const CHANGE_PROPERTIES = {
    cabGroup: { name: 'x_psm_persona.change.cab_group', fallback: 'Change Advisory Board' },
    supportChannel: { name: 'x_psm_persona.change.support_channel', fallback: 'Service Desk: +1 555 0100 (24x7)' },
    implementerSupport: { name: 'x_psm_persona.change.implementer_support', fallback: 'Change bridge: #change-implementation, on-call +1 555 0199' },
    runbookUrl: { name: 'x_psm_persona.change.runbook_url', fallback: '/sp?id=kb_search&query=change%20troubleshooting' },
    feedbackPath: { name: 'x_psm_persona.change.feedback_path', fallback: '/sp?id=psm_feedback' },
    personalRequestsMax: { name: 'x_psm_persona.change.personal_requests_max', fallback: '50' },
} as const
