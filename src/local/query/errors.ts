/**
 * A malformed or unsupported encoded query. `term` is the offending term as written (with `^^` already read
 * as `^`), so a caller can point at it; `reason` is the bare explanation, kept apart so a term-level error
 * raised elsewhere (e.g. by a FieldResolver that only knows the field path) can be re-raised against the
 * whole term without nesting messages.
 */
export class QueryError extends Error {
    constructor(
        readonly term: string,
        readonly reason: string,
    ) {
        super(`Invalid encoded query term "${term}": ${reason}`)
        this.name = 'QueryError'
    }
}

/**
 * A term the platform would evaluate but the local instance cannot (an operator it does not implement, a
 * dynamic filter option it does not know). Unlike an invalid term, which the platform ignores, this one is
 * always refused: ignoring it would answer rows the platform would not.
 */
export class QueryUnsupportedError extends QueryError {
    constructor(term: string, reason: string) {
        super(term, reason)
        this.name = 'QueryUnsupportedError'
    }
}
