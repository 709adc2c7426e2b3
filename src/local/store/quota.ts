import { AsyncLocalStorage } from 'node:async_hooks'

/*
 * Transaction quotas, as the platform's Quota Manager applies them: "A transaction quota cancels any
 * transaction in violation of the policy and notifies the user of the cancellation" (docs: Transaction
 * quotas). Its base rules include "REST Table API request timeout: Prevents inbound REST Table API
 * transactions from running for longer than 60 seconds" (docs: Default quota rules), and the cancelled
 * transaction reports "Transaction cancelled: maximum execution time exceeded".
 *
 * The platform cancels from a watchdog thread. Here everything runs on one thread and better-sqlite3 has
 * no statement interrupt, so the deadline is checked where work repeats: each row GlideRecord hands out,
 * each row SQLite scans for a GlideRecord query (a SQL function in the WHERE clause, see quotaSqlTerm),
 * and each query a script starts. Once past the deadline every further check throws again, so a script
 * that catches the error cannot carry on querying.
 */

export const CANCELLED_MESSAGE = 'Transaction cancelled: maximum execution time exceeded'

/** The platform's default for REST requests (the "REST Table API request timeout" quota rule). */
export const DEFAULT_QUOTA_MS = 60_000

/** Thrown where a transaction passes its quota; the HTTP layer answers 500 with CANCELLED_MESSAGE. */
export class TransactionCancelled extends Error {
    constructor(readonly elapsedMs: number) {
        super(CANCELLED_MESSAGE)
        this.name = 'TransactionCancelled'
    }
}

/** One transaction's quota: its deadline, until the transaction ends (closed quotas no longer cancel). */
export class Quota {
    private readonly started = Date.now()
    private readonly deadline: number
    private open = true

    constructor(readonly maxMs: number) {
        this.deadline = this.started + maxMs
    }

    /** Throws TransactionCancelled once the quota is exceeded (while the transaction is still running). */
    check(): void {
        if (this.open && Date.now() > this.deadline) throw new TransactionCancelled(Date.now() - this.started)
    }

    get active(): boolean {
        return this.open
    }

    /** The transaction ended: work it left scheduled (timers, background jobs) runs without its quota. */
    close(): void {
        this.open = false
    }
}

const current = new AsyncLocalStorage<Quota>()
/** How many quotas are open: when none is, checks cost one comparison (scripts and jobs run without). */
let open = 0

/** Runs fn (sync or async) as a transaction under `quota`; the quota is closed when fn settles. */
export async function withQuota<T>(quota: Quota, fn: () => Promise<T> | T): Promise<T> {
    open++
    try {
        return await current.run(quota, fn)
    } finally {
        open--
        quota.close()
    }
}

/** The running transaction's open quota, if any. */
export function activeQuota(): Quota | undefined {
    if (open === 0) return undefined
    const quota = current.getStore()
    return quota?.active ? quota : undefined
}

/** Throws TransactionCancelled if the running transaction has exceeded its quota. */
// platform-difference: quota-checked-not-watchdog
export function checkQuota(): void {
    if (open !== 0) current.getStore()?.check()
}

/** The name of the SQL function the store registers (see Store): checkQuota() for each row it is called on. */
export const QUOTA_SQL_FUNCTION = 'glide_quota_check'

/**
 * A WHERE term that checks the quota for every row SQLite scans, or '' when no quota is open. It takes
 * the row's rowid so that SQLite evaluates it per row rather than once as a constant.
 */
export function quotaSqlTerm(alias: string): string {
    return activeQuota() ? `${QUOTA_SQL_FUNCTION}(${alias}.rowid)` : ''
}
