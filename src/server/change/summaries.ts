import type { ChangeFacts } from './facts.ts'
import { IMPACT_LABELS, PRIORITY_LABELS, RISK_LABELS, isHighRisk } from './model.ts'
import { allAudiences, phaseSpan, phasesOutsideWindow, type Phase } from './phases.ts'

/** Longest excerpt of free text (test results, notes) quoted in a summary. */
export const EXCERPT_LENGTH = 200

export interface PlannedWindow {
    start: string
    end: string
    /** Length in hours (one decimal), null when either end is missing or unreadable. */
    hours: number | null
}

/** Everything an approver weighs, derived from the change; the summaries are its wording. */
export interface ChangeAssessment {
    riskLabel: string
    impactLabel: string
    priorityLabel: string
    highRisk: boolean
    plans: { implementation: boolean; backout: boolean; test: boolean }
    testResults: string
    securityNotes: string
    window: PlannedWindow
    phases: Phase[]
    audiences: string[]
    /** Decision-relevant gaps, most serious first. */
    concerns: string[]
}

function present(text: string): boolean {
    return text.trim() !== ''
}

/** Free text on one line, cut to `max` characters with an ellipsis. */
export function excerpt(text: string, max = EXCERPT_LENGTH): string {
    const flat = text.replace(/\s+/g, ' ').trim()
    return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat
}

/** YYYY-MM-DD HH:MM:SS (UTC) as milliseconds, or null. */
export function instant(value: string): number | null {
    const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim())
    if (!m) return null
    return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? '0'))
}

/** A stored date-time as people read it in a message: minutes, with its time zone. */
export function formatWhen(value: string): string {
    const v = value.trim()
    if (!v) return ''
    return /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : `${v.slice(0, 16)} UTC`
}

export function plannedWindow(f: ChangeFacts): PlannedWindow {
    const a = instant(f.startDate)
    const b = instant(f.endDate)
    const hours = a !== null && b !== null ? Math.round(((b - a) / 3_600_000) * 10) / 10 : null
    return { start: f.startDate.trim(), end: f.endDate.trim(), hours }
}

function label(map: Readonly<Record<string, string>>, value: number | null, none: string): string {
    return value === null ? none : (map[String(value)] ?? String(value))
}

function concernsOf(f: ChangeFacts, a: Omit<ChangeAssessment, 'concerns'>): string[] {
    const out: string[] = []
    if (f.risk === null) out.push('risk not assessed')
    if (!a.plans.backout) out.push('backout plan missing')
    if (!a.plans.implementation) out.push('implementation plan missing')
    if (!a.plans.test) out.push('test plan missing')
    if (!present(f.testResults)) out.push('no test results recorded')
    if (!a.window.start || !a.window.end) out.push('planned window not set')
    else if (a.window.hours !== null && a.window.hours < 0) out.push('planned end is before the planned start')
    const outside = phasesOutsideWindow(a.phases, a.window.start, a.window.end)
    if (outside.length) out.push(`${outside.length === 1 ? 'phase' : 'phases'} outside the planned window: ${outside.map((p) => p.name).join(', ')}`)
    if (!present(f.ci)) out.push('no configuration item named')
    return out
}

/** The assessment of a change: labels, plans present or missing, window, phases and concerns. */
export function assessChange(f: ChangeFacts): ChangeAssessment {
    const phases = f.phases
    const base = {
        riskLabel: label(RISK_LABELS, f.risk, 'not assessed'),
        impactLabel: label(IMPACT_LABELS, f.impact, 'not assessed'),
        priorityLabel: label(PRIORITY_LABELS, f.priority, 'not set'),
        highRisk: isHighRisk(f.risk),
        plans: { implementation: present(f.implementationPlan), backout: present(f.backoutPlan), test: present(f.testPlan) },
        testResults: excerpt(f.testResults),
        securityNotes: excerpt(f.securityNotes),
        window: plannedWindow(f),
        phases,
        audiences: allAudiences(phases),
    }
    return { ...base, concerns: concernsOf(f, base) }
}

function countOf(n: number, one: string, many: string): string {
    return `${n} ${n === 1 ? one : many}`
}

/** One line that tells an approver where this change stands before any detail. */
export function riskHeadline(a: ChangeAssessment): string {
    const risk = a.riskLabel === 'not assessed' ? 'Risk not assessed' : `${a.highRisk ? 'HIGH RISK' : 'Risk'} ${a.riskLabel}`
    const verdict = a.concerns.length ? `${countOf(a.concerns.length, 'concern', 'concerns')} to weigh` : 'no concerns found'
    return `${risk}, priority ${a.priorityLabel}: ${verdict}.`
}

export function windowText(w: PlannedWindow): string {
    if (!w.start && !w.end) return 'not scheduled'
    if (!w.start || !w.end) return w.start ? `from ${formatWhen(w.start)}, end not set` : `until ${formatWhen(w.end)}, start not set`
    const hours = w.hours === null ? '' : ` (${w.hours} h)`
    return `${formatWhen(w.start)} to ${formatWhen(w.end)}${hours}`
}

function planWord(isPresent: boolean): string {
    return isPresent ? 'present' : 'MISSING'
}

/**
 * x_psm_persona_risk_summary: what an approver needs to decide, in five short lines
 * (verdict, concerns, plans, test results, security and compliance).
 */
export function riskSummary(f: ChangeFacts): string {
    const a = assessChange(f)
    const lines = [riskHeadline(a)]
    if (a.concerns.length) lines.push(`Concerns: ${excerpt(a.concerns.join('; '), 1500)}.`)
    lines.push(`Plans: implementation ${planWord(a.plans.implementation)}, backout ${planWord(a.plans.backout)}, test ${planWord(a.plans.test)}.`)
    lines.push(`Test results: ${a.testResults || 'none recorded'}.`.replace(/\.\.$/, '.'))
    lines.push(`Security and compliance: ${a.securityNotes || 'no notes'}.`.replace(/\.\.$/, '.'))
    return lines.join('\n')
}

/** x_psm_persona_impact_summary: who and what is affected, and when. */
export function impactSummary(f: ChangeFacts): string {
    const a = assessChange(f)
    const service = f.ci.trim() ? `on ${excerpt(f.ci, 100)}` : '(no configuration item named)'
    const lines = [`Impact ${a.impactLabel} ${service}.`]
    const span = phaseSpan(a.phases)
    if (a.audiences.length && span) {
        lines.push(`Affected users: ${excerpt(a.audiences.join(', '), 1500)} (${countOf(a.phases.length, 'phase', 'phases')}, ${span.start} to ${span.end}).`)
    } else {
        lines.push('Affected users: not stated (no phased schedule).')
    }
    lines.push(`Window: ${windowText(a.window)}.`)
    return lines.join('\n')
}
