import { boundFor, DATE_TYPES, isDateText } from './dates'
import { QueryError } from './errors'
import { isNumericType } from './sqlite'
import { currentTimeZone } from './time-zone'

/*
 * How a condition's value becomes the value it is compared with. Shared by compileQuery (which binds the result
 * as an SQL parameter) and matchesRecord (which compares with it in memory), so both accept and reject exactly
 * the same values with exactly the same messages.
 */

export type Bound = string | number

/** SQLite refuses a LIKE pattern longer than this many UTF-8 bytes (SQLITE_MAX_LIKE_PATTERN_LENGTH). */
export const LIKE_PATTERN_LIMIT = 50_000

/** Converts a value to the storage type of its column: numbers for INTEGER/REAL columns, 0/1 for booleans, text otherwise. */
export function bindValue(raw: string, type: string, term: string): Bound {
    rejectScript(raw, term)
    if (type === 'boolean') return toBoolean(raw, term)
    if (isNumericType(type)) return toNumber(raw, type, term)
    return raw
}

/**
 * The LIKE pattern matching `value` literally with `before`/`after` wildcards around it, escaped for
 * `ESCAPE '\'`. Refuses what SQLite's LIKE cannot match as written: a NUL (LIKE stops reading at it) and a
 * pattern over SQLite's length limit (the statement would fail when it runs).
 */
export function likePattern(value: string, before: string, after: string, term: string): string {
    rejectScript(value, term)
    if (value.includes('\0')) throw new QueryError(term, 'a NUL character cannot be matched by LIKE, STARTSWITH or ENDSWITH')
    const pattern = `${before}${escapeLike(value)}${after}`
    if (Buffer.byteLength(pattern, 'utf8') > LIKE_PATTERN_LIMIT) {
        throw new QueryError(term, `the value is too long for a LIKE, STARTSWITH or ENDSWITH match (SQLite allows ${LIKE_PATTERN_LIMIT} bytes)`)
    }
    return pattern
}

/** Empty list items cannot match (an empty value never equals a value), so they are dropped. */
export function listItems(value: string): string[] {
    return value.split(',').filter((item) => item !== '')
}

/** Escapes LIKE wildcards so a value matches literally under `ESCAPE '\'`. */
function escapeLike(value: string): string {
    return value.replace(/[\\%_]/g, (ch) => `\\${ch}`)
}

/**
 * The platform evaluates `javascript:` values server-side before the query runs; here whoever accepts a
 * query from a client resolves them first (script-values.ts). One still here was not resolved: comparing
 * the script text literally would silently match the wrong rows.
 */
function rejectScript(raw: string, term: string): void {
    if (raw.startsWith('javascript:')) {
        throw new QueryError(term, 'javascript: values are evaluated only in queries from the Table API (resolveScriptValues); this one was not')
    }
}

/** The date operators ("Operators available for date-time fields") apply to date fields only. */
export function requireDateField(type: string, operator: string, term: string): void {
    if (!DATE_TYPES.has(type)) throw new QueryError(term, `operator ${operator} applies to date and date-time fields, not to a ${type} field`)
}

/** An ON/NOTON bound: a date or date-time (the result of its script), as the field of `type` compares it. */
export function dateBound(raw: string, type: string, end: boolean, term: string): string {
    rejectScript(raw, term)
    if (!isDateText(raw)) throw new QueryError(term, `"${raw.slice(0, 40)}" is not a date (YYYY-MM-DD) or date-time (YYYY-MM-DD HH:MM:SS)`)
    return boundFor(raw, type, end, currentTimeZone())
}

function toBoolean(raw: string, term: string): number {
    if (raw === 'true' || raw === '1') return 1
    if (raw === 'false' || raw === '0') return 0
    throw new QueryError(term, `"${raw}" is not a boolean value (true/false)`)
}

/**
 * Number() alone accepts '', ' 1 ', '0x1f' and 'Infinity'; restricting the characters first leaves only
 * decimal and exponent notation. A character scan instead of a regular expression keeps it linear.
 */
function toNumber(raw: string, type: string, term: string): number {
    let plausible = raw.length > 0
    for (let i = 0; plausible && i < raw.length; i++) plausible = '0123456789+-.eE'.includes(raw[i])
    const n = plausible ? Number(raw) : Number.NaN
    if (!Number.isFinite(n)) throw new QueryError(term, `"${raw}" is not a number (field type ${type})`)
    return n
}
