/**
 * The phased deployment schedule of a change (x_psm_persona_phases): one phase per line,
 *
 *     name | start | end | audience
 *
 * start and end as YYYY-MM-DD or YYYY-MM-DD HH:MM (UTC, like every date the platform stores);
 * audience names who is affected, several separated by commas (e.g. "IT, Sales" or "Everyone").
 * Blank lines and lines starting with # are ignored.
 */
export interface Phase {
    /** 1-based line in the field, for messages. */
    line: number
    name: string
    /** As written, normalised: YYYY-MM-DD or YYYY-MM-DD HH:MM. */
    start: string
    end: string
    /** Comparable instants: a date-only start is the start of that day, a date-only end its last minute. */
    startKey: string
    endKey: string
    audience: string
    audiences: string[]
}

export type PhaseParse = { ok: true; phases: Phase[] } | { ok: false; errors: string[] }

export const PHASE_FORMAT = 'name | start | end | audience'
export const MAX_PHASES = 50

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}))?$/

function daysIn(year: number, month: number): number {
    if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28
    return [4, 6, 9, 11].indexOf(month) >= 0 ? 30 : 31
}

interface ParsedDate {
    text: string
    dateOnly: boolean
}

/** A calendar date (and optional time) or null: 2026-02-30 and 24:00 are refused, not rolled over. */
export function parsePhaseDate(raw: string): ParsedDate | null {
    const m = DATE.exec(raw.trim())
    if (!m) return null
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
    if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null
    const date = `${m[1]}-${m[2]}-${m[3]}`
    if (m[4] === undefined) return { text: date, dateOnly: true }
    if (Number(m[4]) > 23 || Number(m[5]) > 59) return null
    return { text: `${date} ${m[4]}:${m[5]}`, dateOnly: false }
}

/** Audience names: split on commas or semicolons, trimmed, empties dropped. */
export function splitAudience(audience: string): string[] {
    return audience
        .split(/[,;]/)
        .map((a) => a.trim())
        .filter((a) => a !== '')
}

function parseLine(text: string, line: number, errors: string[]): Phase | null {
    const fields = text.split('|').map((f) => f.trim())
    if (fields.length !== 4) {
        errors.push(`Line ${line}: expected 4 fields separated by "|" (${PHASE_FORMAT}), found ${fields.length}.`)
        return null
    }
    const [name, startRaw, endRaw, audience] = fields
    const before = errors.length
    if (!name) errors.push(`Line ${line}: the phase name is empty.`)
    const start = parsePhaseDate(startRaw)
    if (!start) errors.push(`Line ${line}: start "${startRaw}" is not a date (YYYY-MM-DD or YYYY-MM-DD HH:MM).`)
    const end = parsePhaseDate(endRaw)
    if (!end) errors.push(`Line ${line}: end "${endRaw}" is not a date (YYYY-MM-DD or YYYY-MM-DD HH:MM).`)
    const audiences = splitAudience(audience)
    if (!audiences.length) errors.push(`Line ${line}: the audience is empty (who is affected, e.g. "IT, Sales" or "Everyone").`)
    if (!start || !end || errors.length > before) return null
    const startKey = start.dateOnly ? `${start.text} 00:00` : start.text
    const endKey = end.dateOnly ? `${end.text} 23:59` : end.text
    if (endKey < startKey) {
        errors.push(`Line ${line}: phase "${name}" ends (${end.text}) before it starts (${start.text}).`)
        return null
    }
    return { line, name, start: start.text, end: end.text, startKey, endKey, audience: audiences.join(', '), audiences }
}

/** Parses the schedule; every problem is reported at once, with its line, so it is fixed in one pass. */
export function parsePhases(text: string | null | undefined): PhaseParse {
    const errors: string[] = []
    const phases: Phase[] = []
    const lines = (text ?? '').split(/\r?\n/)
    const seen = new Map<string, number>()
    lines.forEach((raw, i) => {
        const trimmed = raw.trim()
        if (trimmed === '' || trimmed.charAt(0) === '#') return
        const phase = parseLine(trimmed, i + 1, errors)
        if (!phase) return
        const key = phase.name.toLowerCase()
        const first = seen.get(key)
        if (first !== undefined) {
            errors.push(`Line ${phase.line}: phase "${phase.name}" is already defined on line ${first}; give each phase its own name.`)
            return
        }
        seen.set(key, phase.line)
        phases.push(phase)
    })
    if (phases.length > MAX_PHASES) errors.push(`${phases.length} phases: at most ${MAX_PHASES} are allowed.`)
    return errors.length ? { ok: false, errors } : { ok: true, phases }
}

/** Earliest start and latest end of the schedule, or null when there are no phases. */
export function phaseSpan(phases: readonly Phase[]): { start: string; end: string } | null {
    if (!phases.length) return null
    let first = phases[0]
    let last = phases[0]
    for (const p of phases) {
        if (p.startKey < first.startKey) first = p
        if (p.endKey > last.endKey) last = p
    }
    return { start: first.start, end: last.end }
}

/** Every audience named in the schedule, in first-mention order, without duplicates (case-insensitive). */
export function allAudiences(phases: readonly Phase[]): string[] {
    const out: string[] = []
    const seen: string[] = []
    for (const p of phases) {
        for (const a of p.audiences) {
            if (seen.indexOf(a.toLowerCase()) >= 0) continue
            seen.push(a.toLowerCase())
            out.push(a)
        }
    }
    return out
}

const EVERYONE = ['everyone', 'all', 'all users', 'all staff', 'company-wide']

/**
 * The phases that concern one person: an audience that names everyone, or one of the person's
 * attributes (department, location, persona, group), compared case-insensitively.
 */
export function phasesFor(phases: readonly Phase[], attributes: readonly string[]): Phase[] {
    const mine = attributes.map((a) => a.trim().toLowerCase()).filter((a) => a !== '')
    return phases.filter((p) => p.audiences.some((a) => EVERYONE.indexOf(a.toLowerCase()) >= 0 || mine.indexOf(a.toLowerCase()) >= 0))
}

/** Phases that start before or end after the planned window (YYYY-MM-DD HH:MM:SS values; empty when unset). */
export function phasesOutsideWindow(phases: readonly Phase[], windowStart: string, windowEnd: string): Phase[] {
    const start = windowStart ? windowStart.slice(0, 16) : ''
    const end = windowEnd ? windowEnd.slice(0, 16) : ''
    return phases.filter((p) => (start !== '' && p.startKey < start) || (end !== '' && p.endKey > end))
}
