/** Encoded-query syntax tree: what `parseEncodedQuery` produces and `compileQuery` / `toEncodedQuery` consume. */

export type Operator =
    | '='
    | '!='
    | '<'
    | '<='
    | '>'
    | '>='
    | 'IN'
    | 'NOT IN'
    | 'STARTSWITH'
    | 'ENDSWITH'
    | 'LIKE'
    | 'NOTLIKE'
    | 'ISEMPTY'
    | 'ISNOTEMPTY'
    | 'ANYTHING'
    | 'EMPTYSTRING'
    | 'BETWEEN'
    | 'SAMEAS'
    | 'NSAMEAS'
    | 'VALCHANGES'
    | 'CHANGESFROM'
    | 'CHANGESTO'

/**
 * One `<field><operator><value>` term. `field` may be dot-walked (`requested_by.department.name`).
 * `value` is kept exactly as written (after `^^` → `^`): `IN` lists stay comma-separated, `BETWEEN` stays
 * `low@high`, `SAMEAS` holds the other field's name. Keeping the raw text makes `toEncodedQuery` lossless.
 */
export interface Condition {
    field: string
    operator: Operator
    value: string
}

/** Alternatives joined by `^OR`. Never empty. */
export type OrGroup = Condition[]
/** AND of OrGroups (joined by `^`). Never empty. */
export type Query = OrGroup[]

export interface OrderBy {
    field: string
    descending: boolean
}

/**
 * `queries` are OR'd together (`^NQ`). `queries: []` means "no condition" (every row); an empty Query or
 * OrGroup inside it is rejected rather than given a meaning, because it cannot come from query text.
 */
export interface EncodedQuery {
    queries: Query[]
    orderBy: OrderBy[]
}

/**
 * How an operator reads its value:
 * - `optional`: `=` / `!=`, where an empty value means "is empty" / "is not empty"; likewise CHANGESFROM /
 *   CHANGESTO, where it means "changes from empty" / "changes to empty";
 * - `required`: a non-empty scalar;
 * - `none`: no value allowed;
 * - `list`: comma-separated, possibly empty;
 * - `range`: `low@high`;
 * - `field`: the name of another field.
 */
export type ValueKind = 'optional' | 'required' | 'none' | 'list' | 'range' | 'field'

export const OPERATOR_VALUE: Readonly<Record<Operator, ValueKind>> = {
    '=': 'optional',
    '!=': 'optional',
    '<': 'required',
    '<=': 'required',
    '>': 'required',
    '>=': 'required',
    IN: 'list',
    'NOT IN': 'list',
    STARTSWITH: 'required',
    ENDSWITH: 'required',
    LIKE: 'required',
    NOTLIKE: 'required',
    ISEMPTY: 'none',
    ISNOTEMPTY: 'none',
    ANYTHING: 'none',
    EMPTYSTRING: 'none',
    BETWEEN: 'range',
    SAMEAS: 'field',
    NSAMEAS: 'field',
    VALCHANGES: 'none',
    CHANGESFROM: 'optional',
    CHANGESTO: 'optional',
}

/**
 * Operators that compare a record with its previous version ("changes", "changes from", "changes to"). They are
 * valid only in a condition evaluated on one record (business-rule filter conditions, notification conditions),
 * so matchesRecord evaluates them and compileQuery rejects them.
 */
export const CHANGE_OPERATORS: ReadonlySet<Operator> = new Set<Operator>(['VALCHANGES', 'CHANGESFROM', 'CHANGESTO'])

/** Longest first, so matching the first hit is matching the longest operator (`<=` before `<`). */
export const OPERATORS: readonly Operator[] = (Object.keys(OPERATOR_VALUE) as Operator[]).sort((a, b) => b.length - a.length)
