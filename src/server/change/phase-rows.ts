import { MAX_PHASES, type Phase } from './phases.ts'

/*
 * The phased deployment schedule as records (x_psm_persona_change_phase, issue 18.5), as plain
 * values: what a row must hold to be saved, and how rows become the schedule the messages and the
 * portal read (one Phase per name and dates, with every audience its rows name). Pure: read and
 * written by phase-records.ts.
 */

export const AUDIENCE_TYPES = ['group', 'department', 'location', 'persona', 'everyone'] as const
export type AudienceType = (typeof AUDIENCE_TYPES)[number]

/** The reference column each audience type fills ('everyone' names nobody). */
export const AUDIENCE_FIELDS: Readonly<Record<Exclude<AudienceType, 'everyone'>, string>> = {
    group: 'audience_group',
    department: 'audience_department',
    location: 'audience_location',
    persona: 'audience_persona',
}

/** How "Everyone" reads in a schedule (your-phase.ts knows it as the catch-all). */
export const EVERYONE_LABEL = 'Everyone'

export interface PhaseRow {
    sysId: string
    name: string
    /** As stored: YYYY-MM-DD HH:MM:SS (UTC), '' when unset. */
    start: string
    end: string
    audienceType: string
    /** sys_id of the referenced audience ('' for everyone or unset). */
    audienceId: string
    /** Its display value ('' when the reference names no record). */
    audienceName: string
    order: number
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})?$/

function isAudienceType(t: string): t is AudienceType {
    return (AUDIENCE_TYPES as readonly string[]).indexOf(t) >= 0
}

function minute(value: string): string {
    return value.slice(0, 16)
}

/**
 * Why a phase row cannot be saved ([] when it can), each problem once and naming the field: the same
 * rules the text schedule had (a name, two dates, the end not before the start, an audience, each
 * phase its own name), checked against the change's other rows (`siblings`, without this one).
 */
export function phaseRowProblems(row: PhaseRow, siblings: readonly PhaseRow[]): string[] {
    const problems: string[] = []
    const name = row.name.trim()
    if (!name) problems.push('the phase name is empty (e.g. "Pilot" or "Wave 1").')
    const start = row.start.trim()
    const end = row.end.trim()
    if (!DATE_TIME.test(start)) problems.push('Start is empty: give the date and time the phase starts (UTC).')
    if (!DATE_TIME.test(end)) problems.push('End is empty: give the date and time the phase ends (UTC).')
    if (DATE_TIME.test(start) && DATE_TIME.test(end) && end < start) problems.push(`phase "${name}" ends (${minute(end)}) before it starts (${minute(start)}).`)
    if (!isAudienceType(row.audienceType)) {
        problems.push('Audience is empty: choose Group, Department, Location, Persona or Everyone.')
    } else if (row.audienceType !== 'everyone' && !row.audienceId) {
        problems.push(`Audience is ${row.audienceType}: choose the ${row.audienceType} in "Audience ${row.audienceType}".`)
    } else if (row.audienceType !== 'everyone' && !row.audienceName) {
        problems.push(`the audience ${row.audienceType} does not exist (it may have been deleted): choose another.`)
    }
    if (!name) return problems
    const key = name.toLowerCase()
    const same = siblings.filter((s) => s.name.trim().toLowerCase() === key)
    const other = same.find((s) => minute(s.start) !== minute(start) || minute(s.end) !== minute(end))
    if (other) {
        problems.push(`phase "${name}" already runs from ${minute(other.start)} to ${minute(other.end)} on this change: a phase that reaches several audiences keeps its dates; give a different phase its own name.`)
    } else if (same.some((s) => s.audienceType === row.audienceType && s.audienceId === row.audienceId)) {
        problems.push(`phase "${name}" already reaches ${row.audienceType === 'everyone' ? EVERYONE_LABEL : row.audienceName || 'this audience'}.`)
    }
    const names = new Set(siblings.map((s) => s.name.trim().toLowerCase()))
    names.add(key)
    if (names.size > MAX_PHASES) problems.push(`${names.size} phases: at most ${MAX_PHASES} are allowed per change.`)
    return problems
}

function audienceLabel(row: PhaseRow): string {
    return row.audienceType === 'everyone' ? EVERYONE_LABEL : row.audienceName
}

/**
 * The schedule from its rows: one Phase per name and dates (case-insensitive name), its audiences in
 * row order, phases ordered by start, then order, then name. `line` is the phase's position (1-based).
 */
export function phasesFromRows(rows: readonly PhaseRow[]): Phase[] {
    const sorted = rows
        .filter((r) => r.name.trim() && DATE_TIME.test(r.start) && DATE_TIME.test(r.end))
        .slice()
        .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.order - b.order || a.name.localeCompare(b.name)))
    const out: Phase[] = []
    const byKey: Record<string, Phase> = {}
    for (const r of sorted) {
        const start = minute(r.start)
        const end = minute(r.end)
        const key = `${r.name.trim().toLowerCase()}|${start}|${end}`
        const label = audienceLabel(r)
        let phase = byKey[key]
        if (!phase) {
            phase = { line: out.length + 1, name: r.name.trim(), start, end, startKey: start, endKey: end, audience: '', audiences: [] }
            byKey[key] = phase
            out.push(phase)
        }
        if (label && phase.audiences.indexOf(label) < 0) phase.audiences.push(label)
        phase.audience = phase.audiences.join(', ')
    }
    return out
}
