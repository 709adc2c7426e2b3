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
            return isFieldPath(c.value) ? undefined : `operator ${c.operator} needs another field's name as its value`
        case 'optional':
        case 'list':
            return undefined
    }
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
