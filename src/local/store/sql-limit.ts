/**
 * ` LIMIT <n>` with the count written as an integer literal, as GlideRecord writes its limits. SQLite plans
 * with a LIMIT it can read, so a bound LIMIT (`LIMIT ?`) marks the statement to be prepared again whenever
 * it is bound (sqlite3ExprIsInteger sets the statement's varmask): a cached statement with a bound LIMIT is
 * compiled anew on every run. Each distinct count is one cached statement (Store's statement cache is
 * bounded). Only a whole number reaches the SQL text: anything else is refused. A negative, infinite or
 * unsafe count means no limit (SQLite's -1). OFFSET, which the planner does not read, stays bound.
 */
export function sqlLimit(count: number): string {
    if (Number.isNaN(count) || (Number.isFinite(count) && !Number.isInteger(count))) throw new RangeError(`A LIMIT is a whole number of rows, not ${count}`)
    return ` LIMIT ${count >= 0 && count <= Number.MAX_SAFE_INTEGER ? count : -1}`
}
