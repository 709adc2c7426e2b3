import * as acorn from 'acorn'
import type { Condition, EncodedQuery } from './ast'
import { DATE_HELPER_NAMES } from './date-helpers'
import { QueryError, QueryUnsupportedError } from './errors'
import { conditionText, parseDateRange, parseHierarchy } from './terms'

/*
 * `javascript:` values in a client's query. The platform evaluates them on the server before the query runs
 * ("sysparm_query=caller_id=javascript:gs.getUserID()^active=true", Table API; "Date values frequently use
 * `javascript:` glide functions", encoded-query guide), and "Filters or queries: It's legal to send a filter
 * to the server such as: assigned_to=javascript:getMyGroups()" is one of the two ways a client sends script
 * to the server, which the platform's script sandbox runs "with reduced rights" ("Script sandbox").
 *
 * The local instance evaluates the helpers that list filters and integrations write: the GlideSystem date
 * helpers (gs.beginningOfToday(), gs.daysAgoStart(7), …) and the session-user helpers (gs.getUserID(),
 * gs.getUserName()), each called with literal arguments only. The call runs in the scripting sandbox as the
 * caller, so the helper sees the caller's session and nothing more. Any other script, from any caller, is
 * refused: the client's text is never run as code.
 */

/** The session-user helpers (the rest are the date helpers). */
const USER_HELPERS: ReadonlySet<string> = new Set(['getUserID', 'getUserName', 'getUserDisplayName'])

/** "is (dynamic) Me": the dynamic filter option the operators reference names (`caller_idDYNAMIC54635e…`). */
export const DYNAMIC_ME = '54635e965f510100a9ad2572f2b4774c'

/**
 * "is in hierarchy (dynamic)" starting at "Me": the option the operators reference writes
 * (`managerIN_HIERARCHY_DYNAMICfdd0…1015@90d1921e5f510100a9ad2572f2b477fe`); DYNAMIC_ME is accepted there too.
 */
export const HIERARCHY_DYNAMIC_ME = '90d1921e5f510100a9ad2572f2b477fe'

/**
 * The sys_ids of a record and every record below it in a record hierarchy (sys_record_hierarchy: "The
 * self-reference field that defines parent-child relationships between records in the selected table");
 * throws QueryError for an unknown hierarchy.
 */
export type HierarchyMembers = (hierarchyId: string, startId: string, term: string) => string[]

/** Runs one checked helper call (`gs.daysAgoStart(7)`) in the scripting sandbox as the caller. */
export type HelperRunner = (call: string) => unknown

/**
 * Why `expression` is not a helper call a client may send, or undefined when it is one: `gs.<helper>(…)`
 * with string or number literals (a number may be negative) as its only arguments.
 */
export function helperCallProblem(expression: string): string | undefined {
    let node: acorn.Expression
    try {
        node = acorn.parseExpressionAt(expression, 0, { ecmaVersion: 2021 })
    } catch {
        return 'it is not a JavaScript expression'
    }
    if (expression.slice(node.end).trim() !== '') return 'only one helper call is allowed'
    if (node.type !== 'CallExpression' || node.callee.type !== 'MemberExpression' || node.callee.computed || node.optional) return 'it is not a gs helper call'
    const { object, property } = node.callee
    if (object.type !== 'Identifier' || object.name !== 'gs' || property.type !== 'Identifier') return 'it is not a gs helper call'
    if (!DATE_HELPER_NAMES.has(property.name) && !USER_HELPERS.has(property.name)) return `gs.${property.name} is not one of the date and user helpers`
    const literal = (a: acorn.Node): boolean => {
        const n = a as acorn.Expression
        if (n.type === 'Literal') return typeof n.value === 'string' || typeof n.value === 'number'
        return n.type === 'UnaryExpression' && n.operator === '-' && n.argument.type === 'Literal' && typeof n.argument.value === 'number'
    }
    if (node.arguments.length > 3 || !node.arguments.every(literal)) return 'helper arguments must be string or number literals'
    return undefined
}

/** A `javascript:` value evaluated: the helper's result as query text (a list's items joined by commas). */
function evaluate(raw: string, term: string, run: HelperRunner): string {
    const expression = raw.slice('javascript:'.length).trim().replace(/;+$/, '')
    const problem = helperCallProblem(expression)
    // platform-difference: javascript-query-values
    if (problem !== undefined) {
        throw new QueryUnsupportedError(term, `javascript: values may only call the date and user helpers (gs.beginningOfToday(), gs.daysAgoStart(7), gs.getUserID(), …) with literal arguments; ${problem}`)
    }
    let value: unknown
    try {
        value = run(expression)
    } catch (e) {
        throw new QueryError(term, `javascript:${expression} failed: ${e instanceof Error ? e.message : String(e)}`)
    }
    if (value === null || value === undefined) return ''
    if (Array.isArray(value)) return value.map(String).join(',')
    return String(value)
}

function resolvePart(part: string, term: string, run: HelperRunner): string {
    return part.startsWith('javascript:') ? evaluate(part, term, run) : part
}

/**
 * One condition with its script values evaluated (DATEPART's script is the operator's syntax, never run), DYNAMIC
 * "Me" as the user's sys_id and "is in hierarchy" as the records it names ("All records throughout the Manager
 * hierarchy in which the manager is Don Goodliffe or a user reporting up to Don Goodliffe", operators reference):
 * `field IN <the starting record and every record below it>`.
 */
export function resolveScriptCondition(c: Condition, run: HelperRunner, userId: () => string, hierarchy?: HierarchyMembers): Condition {
    const term = conditionText(c)
    switch (c.operator) {
        case 'DATEPART':
            return c
        case 'IN_HIERARCHY':
        case 'IN_HIERARCHY_DYNAMIC': {
            const h = parseHierarchy(c.value)
            if (!h || !hierarchy) return c
            let start = h.start
            if (c.operator === 'IN_HIERARCHY_DYNAMIC') {
                // platform-difference: dynamic-filter-options
                if (start !== HIERARCHY_DYNAMIC_ME && start !== DYNAMIC_ME) throw new QueryUnsupportedError(term, `the dynamic filter option ${start} is not known to the local instance (it knows "Me", ${HIERARCHY_DYNAMIC_ME})`)
                start = userId()
            }
            return { field: c.field, operator: 'IN', value: hierarchy(h.hierarchy, start, term).join(',') }
        }
        case 'DYNAMIC':
            if (c.value === DYNAMIC_ME) return { field: c.field, operator: '=', value: userId() }
            // platform-difference: dynamic-filter-options
            throw new QueryUnsupportedError(term, `the dynamic filter option ${c.value.slice(0, 32)} is not known to the local instance (it knows "Me", ${DYNAMIC_ME})`)
        case 'ON':
        case 'NOTON': {
            const range = parseDateRange(c.value)
            if (!range) return c
            return { ...c, value: `${range.label}@${resolvePart(range.start, term, run)}@${resolvePart(range.end, term, run)}` }
        }
        case 'BETWEEN':
            return c.value.includes('javascript:') ? { ...c, value: c.value.split('@').map((p) => resolvePart(p, term, run)).join('@') } : c
        default:
            return c.value.startsWith('javascript:') ? { ...c, value: evaluate(c.value, term, run) } : c
    }
}

/**
 * `q` with every `javascript:` value replaced by what it evaluates to, and DYNAMIC "Me" by the user's
 * sys_id. Throws QueryUnsupportedError for a script that is not a helper call (or an unknown dynamic
 * option), QueryError when a helper fails.
 */
export function resolveScriptValues(q: EncodedQuery, run: HelperRunner, userId: () => string, hierarchy?: HierarchyMembers): EncodedQuery {
    return {
        queries: q.queries.map((query) => query.map((group) => group.map((c) => resolveScriptCondition(c, run, userId, hierarchy)))),
        orderBy: q.orderBy,
    }
}
