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
    | 'NOT LIKE'
    | '*'
    | '!*'
    | '%'
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
    | 'GT_FIELD'
    | 'LT_FIELD'
    | 'GT_OR_EQUALS_FIELD'
    | 'LT_OR_EQUALS_FIELD'
    | 'ON'
    | 'NOTON'
    | 'RELATIVEGT'
    | 'RELATIVELT'
    | 'RELATIVEGE'
    | 'RELATIVELE'
    | 'RELATIVEEE'
    | 'DATEPART'
    | 'MORETHAN'
    | 'LESSTHAN'
    | 'DYNAMIC'
    | 'IN_HIERARCHY'
    | 'IN_HIERARCHY_DYNAMIC'

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
 * - `field`: the name of another field (SAMEAS/NSAMEAS on dates may add a unit: `activity_due@day`);
 * - `dates`: `label@start@end` (ON, NOTON: `ONToday@javascript:gs.daysAgoStart(0)@javascript:gs.daysAgoEnd(0)`),
 *   or a named range's label alone (`ONToday`);
 * - `relative`: `@unit@ago|ahead@count` (RELATIVEGT@hour@ago@1);
 * - `datepart`: `label@javascript:gs.datePart('part','value','op')` (DATEPART);
 * - `offset`: `field@unit@before|after@count` (MORETHAN, LESSTHAN);
 * - `dynamic`: the sys_id of a dynamic filter option (DYNAMIC);
 * - `hierarchy`: `<record hierarchy sys_id>@<starting record sys_id>` (IN_HIERARCHY), the start a dynamic filter
 *   option for IN_HIERARCHY_DYNAMIC (`managerIN_HIERARCHY_DYNAMICfdd0…1015@90d1…77fe`, "starting at [Me]").
 */
export type ValueKind = 'optional' | 'required' | 'none' | 'list' | 'range' | 'field' | 'dates' | 'relative' | 'datepart' | 'offset' | 'dynamic' | 'hierarchy'

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
    'NOT LIKE': 'required',
    '*': 'required',
    '!*': 'required',
    '%': 'required',
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
    GT_FIELD: 'field',
    LT_FIELD: 'field',
    GT_OR_EQUALS_FIELD: 'field',
    LT_OR_EQUALS_FIELD: 'field',
    ON: 'dates',
    NOTON: 'dates',
    RELATIVEGT: 'relative',
    RELATIVELT: 'relative',
    RELATIVEGE: 'relative',
    RELATIVELE: 'relative',
    RELATIVEEE: 'relative',
    DATEPART: 'datepart',
    MORETHAN: 'offset',
    LESSTHAN: 'offset',
    DYNAMIC: 'dynamic',
    IN_HIERARCHY: 'hierarchy',
    IN_HIERARCHY_DYNAMIC: 'hierarchy',
}

/**
 * The documented short forms ("Operators available for filters and queries" lists `*` and `LIKE` for
 * "contains", `!*` and `NOT LIKE` for "does not contain", `%` and `ENDSWITH` for "ends with"; `NOTLIKE` is
 * the spelling GlideRecord.addQuery and older filters write). Each keeps its own spelling in the syntax tree
 * (so toEncodedQuery writes back what was read); the evaluators read them through this map.
 */
export const OPERATOR_ALIASES: Readonly<Partial<Record<Operator, Operator>>> = { '*': 'LIKE', '!*': 'NOT LIKE', NOTLIKE: 'NOT LIKE', '%': 'ENDSWITH' }

/** The operator an evaluator implements for `op` (its alias target, or itself). */
export function canonicalOperator(op: Operator): Operator {
    return OPERATOR_ALIASES[op] ?? op
}

/** Operators that compare a field with another field of the same row (the value names it). */
export const FIELD_OPERATORS: ReadonlySet<Operator> = new Set<Operator>(['SAMEAS', 'NSAMEAS', 'GT_FIELD', 'LT_FIELD', 'GT_OR_EQUALS_FIELD', 'LT_OR_EQUALS_FIELD', 'MORETHAN', 'LESSTHAN'])

/**
 * Operators that compare a record with its previous version ("changes", "changes from", "changes to"). They are
 * valid only in a condition evaluated on one record (business-rule filter conditions, notification conditions),
 * so matchesRecord evaluates them and compileQuery rejects them.
 */
export const CHANGE_OPERATORS: ReadonlySet<Operator> = new Set<Operator>(['VALCHANGES', 'CHANGESFROM', 'CHANGESTO'])

/** Longest first, so matching the first hit is matching the longest operator (`<=` before `<`). */
export const OPERATORS: readonly Operator[] = (Object.keys(OPERATOR_VALUE) as Operator[]).sort((a, b) => b.length - a.length)
