import { OPERATOR_VALUE, type Condition } from './ast'

const DOT = 0x2e
const UNDERSCORE = 0x5f

/** Field-name characters: lowercase letters, digits, `_` and the dot-walk `.`. */
export function isFieldChar(code: number): boolean {
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === UNDERSCORE || code === DOT
}

/** Index of the first character at or after `from` that cannot be part of a field name. */
export function fieldEnd(text: string, from = 0): number {
    let i = from
    while (i < text.length && isFieldChar(text.charCodeAt(i))) i++
    return i
}

/** A field path is one or more non-empty `[a-z0-9_]` segments joined by single dots. */
export function isFieldPath(path: string): boolean {
    if (path.length === 0 || fieldEnd(path) !== path.length) return false
    return path.charCodeAt(0) !== DOT && path.charCodeAt(path.length - 1) !== DOT && !path.includes('..')
}

/** The term as a person wrote it (no `^` escaping), for error messages. */
export function conditionText(c: Condition): string {
    return `${c.field}${c.operator}${c.value}`
}

/**
 * Why a condition is malformed, or undefined if it is well formed. Shared by the parser, the serializer and
 * the compiler because conditions also arrive as objects (GlideRecord.addQuery) that never went through text.
 */
export function conditionProblem(c: Condition): string | undefined {
    if (!isFieldPath(c.field)) {
        return `"${c.field}" is not a field name (lowercase letters, digits and "_", dot-walked with ".")`
    }
    const kind = OPERATOR_VALUE[c.operator]
    if (kind === undefined) return `unknown operator "${c.operator}"`
    switch (kind) {
        case 'none':
            return c.value === '' ? undefined : `operator ${c.operator} takes no value`
        case 'required':
            return c.value === '' ? `operator ${c.operator} needs a value` : undefined
        case 'range':
            return rangeProblem(c.value)
        case 'field':
            return parseFieldOperand(c.value) ? undefined : `operator ${c.operator} needs another field's name as its value${c.operator === 'SAMEAS' || c.operator === 'NSAMEAS' ? ' (optionally with @unit: second, minute, hour, day, month or year)' : ''}`
        case 'dates':
            return parseDateRange(c.value) ? undefined : `operator ${c.operator} needs label@start@end (e.g. Today@javascript:gs.beginningOfToday()@javascript:gs.endOfToday()) or a named range (${NAMED_RANGE_LIST})`
        case 'relative':
            return parseRelative(c.value) ? undefined : `operator ${c.operator} needs @unit@ago|ahead@count, the unit one of ${DATE_UNITS.join(', ')}`
        case 'datepart':
            return parseDatePart(c.value) ? undefined : `operator DATEPART needs label@javascript:gs.datePart('part','value','EE|GE|LE|GT|LT'), the part one of ${Object.keys(DATE_PARTS).join(', ')}`
        case 'offset':
            return parseFieldOffset(c.value) ? undefined : `operator ${c.operator} needs field@unit@before|after@count, the unit one of ${DATE_UNITS.join(', ')}`
        case 'dynamic':
            return /^[0-9a-f]{32}$/.test(c.value) ? undefined : 'operator DYNAMIC needs the sys_id of a dynamic filter option'
        case 'hierarchy':
            return parseHierarchy(c.value) ? undefined : `operator ${c.operator} needs <record hierarchy sys_id>@<${c.operator === 'IN_HIERARCHY' ? 'starting record' : 'dynamic filter option'} sys_id>`
        case 'optional':
        case 'list':
            return undefined
    }
}

/** `<hierarchy>@<start>` (IN_HIERARCHY, IN_HIERARCHY_DYNAMIC): two sys_ids. */
export function parseHierarchy(value: string): { hierarchy: string; start: string } | undefined {
    const m = /^([0-9a-f]{32})@([0-9a-f]{32})$/.exec(value)
    return m ? { hierarchy: m[1], start: m[2] } : undefined
}

function rangeProblem(value: string): string | undefined {
    const at = value.indexOf('@')
    if (at <= 0 || at === value.length - 1 || value.indexOf('@', at + 1) !== -1) {
        return 'BETWEEN needs a value of the form low@high'
    }
    return undefined
}

/** Splits a `low@high` value already checked by conditionProblem. */
export function splitRange(value: string): [string, string] {
    const at = value.indexOf('@')
    return [value.slice(0, at), value.slice(at + 1)]
}

// ---- Values of the date and field-comparison operators ("Operators available for filters and queries") ----

/** The units the relative and field-offset operators count in (the condition builder's choices). */
export const DATE_UNITS = ['second', 'minute', 'hour', 'day', 'week', 'month', 'quarter', 'year'] as const
export type DateUnit = (typeof DATE_UNITS)[number]

function isUnit(text: string): text is DateUnit {
    return (DATE_UNITS as readonly string[]).includes(text)
}

/** The largest count a relative or offset term takes (about 270 years in seconds: beyond any stored date). */
const MAX_COUNT = 10_000_000_000

function count(text: string): number | undefined {
    if (!/^\d{1,11}$/.test(text)) return undefined
    const n = Number(text)
    return n <= MAX_COUNT ? n : undefined
}

/**
 * The units SAMEAS/NSAMEAS may compare dates at (`sla_dueSAMEASactivity_due@day`): the length of the
 * `YYYY-MM-DD HH:MM:SS` prefix that holds the unit.
 */
export const SAME_UNIT_PREFIX: Readonly<Record<string, number>> = { year: 4, month: 7, day: 10, hour: 13, minute: 16, second: 19 }

/** `field` or `field@unit` (SAMEAS, NSAMEAS and the *_FIELD operators; only the first two take a unit). */
export function parseFieldOperand(value: string): { field: string; unit: string | null } | undefined {
    const at = value.indexOf('@')
    const field = at === -1 ? value : value.slice(0, at)
    if (!isFieldPath(field)) return undefined
    if (at === -1) return { field, unit: null }
    const unit = value.slice(at + 1)
    return SAME_UNIT_PREFIX[unit] === undefined ? undefined : { field, unit }
}

/** The other field a field-comparison condition reads (SAMEAS, GT_FIELD, MORETHAN, …). */
export function otherField(operator: string, value: string): string | undefined {
    if (operator === 'MORETHAN' || operator === 'LESSTHAN') return parseFieldOffset(value)?.field
    return parseFieldOperand(value)?.field
}

/**
 * Named ranges an ON/NOTON term may give by label alone, as the helper calls that bound them (the
 * condition builder writes the same calls after the label: `ONToday@javascript:gs.beginningOfToday()@…`).
 */
export const NAMED_RANGES: Readonly<Record<string, readonly [string, string]>> = {
    Today: ['beginningOfToday', 'endOfToday'],
    Yesterday: ['beginningOfYesterday', 'endOfYesterday'],
    Tomorrow: ['beginningOfTomorrow', 'endOfTomorrow'],
    'This week': ['beginningOfThisWeek', 'endOfThisWeek'],
    'Last week': ['beginningOfLastWeek', 'endOfLastWeek'],
    'Next week': ['beginningOfNextWeek', 'endOfNextWeek'],
    'This month': ['beginningOfThisMonth', 'endOfThisMonth'],
    'Last month': ['beginningOfLastMonth', 'endOfLastMonth'],
    'Next month': ['beginningOfNextMonth', 'endOfNextMonth'],
    'This quarter': ['beginningOfThisQuarter', 'endOfThisQuarter'],
    'Last quarter': ['beginningOfLastQuarter', 'endOfLastQuarter'],
    'Next quarter': ['beginningOfNextQuarter', 'endOfNextQuarter'],
    'This year': ['beginningOfThisYear', 'endOfThisYear'],
    'Last year': ['beginningOfLastYear', 'endOfLastYear'],
    'Next year': ['beginningOfNextYear', 'endOfNextYear'],
}
const NAMED_RANGE_LIST = Object.keys(NAMED_RANGES).join(', ')

/** `label@start@end`, or a named range's label alone (its bounds are then helper calls). */
export function parseDateRange(value: string): { label: string; start: string; end: string } | undefined {
    const parts = value.split('@')
    if (parts.length === 1) {
        const named = NAMED_RANGES[value]
        return named ? { label: value, start: `javascript:gs.${named[0]}()`, end: `javascript:gs.${named[1]}()` } : undefined
    }
    if (parts.length !== 3 || parts[1] === '' || parts[2] === '') return undefined
    return { label: parts[0], start: parts[1], end: parts[2] }
}

export type RelativeTest = 'GT' | 'LT' | 'GE' | 'LE' | 'EE'

/** `@unit@ago|ahead@count` (RELATIVEGT@hour@ago@1: "no more than an hour before the time that you entered the query"). */
export function parseRelative(value: string): { unit: DateUnit; ahead: boolean; count: number } | undefined {
    const parts = value.split('@')
    if (parts.length !== 4 || parts[0] !== '' || !isUnit(parts[1]) || (parts[2] !== 'ago' && parts[2] !== 'ahead')) return undefined
    const n = count(parts[3])
    return n === undefined ? undefined : { unit: parts[1], ahead: parts[2] === 'ahead', count: n }
}

/** `field@unit@before|after@count` (MORETHAN, LESSTHAN: sla_dueMORETHANactivity_due@day@before@1). */
export function parseFieldOffset(value: string): { field: string; unit: DateUnit; after: boolean; count: number } | undefined {
    const parts = value.split('@')
    if (parts.length !== 4 || !isFieldPath(parts[0]) || !isUnit(parts[1]) || (parts[2] !== 'before' && parts[2] !== 'after')) return undefined
    const n = count(parts[3])
    return n === undefined ? undefined : { field: parts[0], unit: parts[1], after: parts[2] === 'after', count: n }
}

/**
 * The parts DATEPART compares, each with its values in order (dayofweek as the condition builder's trend
 * reads it: "trend (before) Monday" is "on a Sunday", so the week starts on Sunday).
 */
export const DATE_PARTS: Readonly<Record<string, readonly string[] | null>> = {
    dayofweek: ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'],
    month: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
    quarter: null,
    year: null,
    // The condition builder's trend labels "Week 0" … "Week 53": gs.datePart('week','0','EE') (dates.ts datePartSql).
    week: null,
    hour: null,
}

export type DatePartName = 'dayofweek' | 'month' | 'quarter' | 'year' | 'week' | 'hour'

/**
 * `label@javascript:gs.datePart('part','value','op')`: the script is the operator's own syntax (the
 * condition builder writes it), read here as data and never run. The value is a name (monday, march) or
 * a number (year 2026, hour 0-23, quarter 1-4); the result is the number it stands for.
 */
export function parseDatePart(value: string): { part: DatePartName; target: number; test: RelativeTest } | undefined {
    const m = /^[^@]*@javascript:gs\.datePart\(\s*'([a-z]+)'\s*,\s*'([A-Za-z0-9]+)'\s*,\s*'(EE|GE|LE|GT|LT)'\s*\)$/.exec(value)
    if (!m || !(m[1] in DATE_PARTS)) return undefined
    const part = m[1] as DatePartName
    const names = DATE_PARTS[part]
    const text = m[2].toLowerCase()
    let target: number
    if (names) {
        target = names.indexOf(text) + (part === 'month' ? 1 : 0)
        if (target < (part === 'month' ? 1 : 0)) return undefined
    } else {
        if (!/^\d{1,4}$/.test(text)) return undefined
        target = Number(text)
        const [lo, hi] = part === 'quarter' ? [1, 4] : part === 'hour' ? [0, 23] : part === 'week' ? [0, 53] : [1, 9999]
        if (target < lo || target > hi) return undefined
    }
    return { part, target, test: m[3] as RelativeTest }
}
