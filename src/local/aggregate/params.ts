import { HttpError } from '../http/errors'

/*
 * The Aggregate API's query parameters (REST API reference, "Aggregate - GET /now/stats/{tableName}"):
 *   sysparm_query, or name-value pairs "An alternative to using the sysparm_query parameter ... &active=true"
 *   sysparm_count "Flag that determines whether to return the number of records returned by the query"
 *   sysparm_<aggregate>_fields "List of fields on which to perform each aggregate operation" (avg, min, max, sum)
 *   sysparm_group_by "Fields by which to group the returned data ... sysparm_group_by=priority,state"
 *   sysparm_having "aggregate^field^operator^value, such as count^priority^>^3 ... separating each with a comma"
 *   sysparm_order_by "You can specify an order using a field or an aggregate ... sysparm_order_by=AVG^state ...
 *     You can also order by COUNT ... Use ^DESC to sort in descending order"
 *   sysparm_display_value true | false | all, for the group-by fields.
 */

export type StatFunction = 'avg' | 'min' | 'max' | 'sum'
export const STAT_FUNCTIONS: readonly StatFunction[] = ['avg', 'min', 'max', 'sum']
export type HavingOperator = '=' | '!=' | '>' | '>=' | '<' | '<='
const OPERATORS = new Set<string>(['=', '!=', '>', '>=', '<', '<='])

export interface Having {
    fn: StatFunction | 'count'
    field: string
    operator: HavingOperator
    value: string
}

export interface OrderTerm {
    /** An aggregate, or null to order by a group-by field. */
    fn: StatFunction | 'count' | null
    field: string
    descending: boolean
}

export interface StatsRequest {
    query: string
    count: boolean
    fields: Record<StatFunction, string[]>
    groupBy: string[]
    having: Having[]
    orderBy: OrderTerm[]
    display: 'true' | 'false' | 'all'
}

function bad(name: string, detail: string): never {
    throw new HttpError(400, `Invalid ${name}`, detail)
}

function list(value: string | null): string[] {
    return (value ?? '')
        .split(',')
        .map((f) => f.trim())
        .filter((f) => f !== '')
}

const FIELD = /^[a-z0-9_]{1,80}$/

function field(name: string, value: string): string {
    if (!FIELD.test(value)) bad(name, `${JSON.stringify(value.slice(0, 80))} is not a field name`)
    return value
}

function aggregateName(name: string, value: string): StatFunction | 'count' {
    const fn = value.toLowerCase()
    if (fn === 'count' || (STAT_FUNCTIONS as readonly string[]).includes(fn)) return fn as StatFunction | 'count'
    bad(name, `${JSON.stringify(value.slice(0, 40))} is not an aggregate (count, avg, min, max, sum)`)
}

function havingTerm(text: string): Having {
    const parts = text.split('^')
    if (parts.length !== 4) bad('sysparm_having', `${JSON.stringify(text.slice(0, 80))} is not aggregate^field^operator^value`)
    const [fn, f, operator, value] = parts
    if (!OPERATORS.has(operator)) bad('sysparm_having', `${JSON.stringify(operator.slice(0, 10))} is not an operator (=, !=, >, >=, <, <=)`)
    return { fn: aggregateName('sysparm_having', fn), field: field('sysparm_having', f), operator: operator as HavingOperator, value }
}

function orderTerm(text: string): OrderTerm {
    const parts = text.split('^')
    const descending = parts.length > 1 && parts[parts.length - 1].toUpperCase() === 'DESC'
    if (descending || (parts.length > 1 && parts[parts.length - 1].toUpperCase() === 'ASC')) parts.pop()
    const head = parts[0].toLowerCase()
    if (head === 'count' && parts.length === 1) return { fn: 'count', field: '', descending }
    if ((STAT_FUNCTIONS as readonly string[]).includes(head) && parts.length === 2) return { fn: head as StatFunction, field: field('sysparm_order_by', parts[1]), descending }
    if (parts.length === 1) return { fn: null, field: field('sysparm_order_by', parts[0]), descending }
    bad('sysparm_order_by', `${JSON.stringify(text.slice(0, 80))} is not field[^DESC], COUNT[^DESC] or AGGREGATE^field[^DESC]`)
}

// platform-difference: aggregate-plain-fields-and-values
/** The Aggregate API's parameters, each checked (a 400 names the parameter and what is wrong with it). */
export function statsRequest(params: URLSearchParams): StatsRequest {
    const terms: string[] = []
    const query = params.get('sysparm_query')
    if (query) terms.push(query)
    // Name-value pairs: every parameter that is not a sysparm_ one is a condition field=value.
    for (const [name, value] of params) {
        if (name.startsWith('sysparm_')) continue
        // A value is one value: a ^ would start another condition of the encoded query.
        if (value.includes('^')) bad('name-value pair', `The value of ${name.slice(0, 80)} may not contain ^; use sysparm_query`)
        terms.push(`${field('name-value pair', name)}=${value}`)
    }
    const count = (params.get('sysparm_count') ?? 'false').toLowerCase()
    if (count !== 'true' && count !== 'false') bad('sysparm_count', 'Use true or false')
    const display = (params.get('sysparm_display_value') ?? 'false').toLowerCase()
    if (display !== 'true' && display !== 'false' && display !== 'all') bad('sysparm_display_value', 'Use true, false or all')
    const fields = {} as Record<StatFunction, string[]>
    for (const fn of STAT_FUNCTIONS) fields[fn] = list(params.get(`sysparm_${fn}_fields`)).map((f) => field(`sysparm_${fn}_fields`, f))
    return {
        query: terms.join('^'),
        count: count === 'true',
        fields,
        groupBy: list(params.get('sysparm_group_by')).map((f) => field('sysparm_group_by', f)),
        having: list(params.get('sysparm_having')).map(havingTerm),
        orderBy: list(params.get('sysparm_order_by')).map(orderTerm),
        display,
    }
}
