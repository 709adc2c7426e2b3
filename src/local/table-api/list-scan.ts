import { GlideRecord, restrictScan, scanSysIds } from '../glide/GlideRecord'
import { runtime } from '../glide/runtime'
import type { OrderBy } from '../query'
import { quoteIdent } from '../store/store'

/*
 * Cooperative scans for the Table API's list. On the platform each request runs on its own thread: one
 * user's expensive query ("REST Table API request timeout: Prevents inbound REST Table API transactions from
 * running for longer than 60 seconds", docs: Default quota rules) does not hold up anybody else's request
 * meanwhile. The local instance is one Node thread with a synchronous SQLite driver, so a list scans its
 * table in slices of rowids, each sized to cost about SLICE_MS, and the caller yields to the event loop
 * between slices (a generator `yield` marks each point where it may): other requests are served in between,
 * and a request's transaction quota still runs over all of its slices.
 *
 * Why rowid slices, and not LIMIT/OFFSET pages of the ordered query: a page of an ORDER BY query costs the
 * whole scan and sort each time, and rows written between pages shift the pages. A rowid range is a seek on
 * the table's b-tree, costs only the rows in it, and cuts the work for any query shape. The ordered page is
 * then read from the rows the slices kept: the first offset+limit of each slice, in the query's order, hold
 * the first offset+limit of the whole table (TopRows).
 */

/** How long one slice should take: short enough for a login page to stay quick, long enough to amortise a statement. */
export const SLICE_MS = 8
const FIRST_SPAN = 32
const MAX_SPAN = 1 << 20

/** One slice: the root table's rows with fromRowid <= rowid < toRowid. */
export interface RowidRange {
    fromRowid: number
    toRowid: number
}

/** A point where the scan may give way to other requests (the driver decides whether it does). */
export type Pause = Generator<void, void, void>

/** The root table's rowid range, or null when it has no rows. */
function rowidBounds(gr: GlideRecord): { min: number; max: number } | null {
    const root = quoteIdent(gr.tableInfo().root)
    // Two subqueries: SQLite answers a lone MIN(rowid) or MAX(rowid) from the b-tree's ends, but both in
    // one aggregate make it scan the table.
    const row = runtime()
        .store.prepare(`SELECT (SELECT rowid FROM ${root} ORDER BY rowid LIMIT 1) AS lo, (SELECT rowid FROM ${root} ORDER BY rowid DESC LIMIT 1) AS hi`)
        .get() as { lo: number | null; hi: number | null }
    return row.lo === null || row.hi === null ? null : { min: row.lo, max: row.hi }
}

/**
 * Runs `scan` over consecutive rowid ranges of gr's table covering the rows that exist when it starts,
 * each range sized from the time the previous one took, pausing between them. Rows inserted afterwards
 * (above the starting maximum) are not scanned.
 */
export function* scanInSlices(gr: GlideRecord, scan: (range: RowidRange) => void): Pause {
    const bounds = rowidBounds(gr)
    if (!bounds) return
    let from = bounds.min
    let span = FIRST_SPAN
    try {
        while (from <= bounds.max) {
            const started = performance.now()
            const to = Math.min(from + span, bounds.max + 1)
            const range = { fromRowid: from, toRowid: to }
            restrictScan(gr, range)
            scan(range)
            from = to
            const ms = performance.now() - started
            // Proportional to the time per rowid, within ×4 either way per slice so one odd slice cannot swing it.
            span = Math.max(1, Math.min(MAX_SPAN, Math.round(span * Math.min(4, Math.max(0.25, SLICE_MS / Math.max(ms, 0.05))))))
            if (from <= bounds.max) yield
        }
    } finally {
        restrictScan(gr, null)
    }
}

/**
 * The sys_ids of the first `keep` rows of a table in `orderBy` order (ties by rowid), out of candidates
 * added slice by slice, each slice's in that order. Whenever more than twice `keep` are held, they are cut
 * back to the first `keep`, in one query over the kept rows only (the conditions are not evaluated again:
 * each row was matched in its slice).
 */
export class TopRows {
    private ids: string[] = []

    constructor(
        private readonly table: string,
        private readonly orderBy: readonly OrderBy[],
        readonly keep: number,
    ) {}

    /** Whether a slice's rows can still make the top: with no ORDER BY, slices come in rowid order, so not once it is full. */
    get wanted(): boolean {
        return this.keep > 0 && (this.orderBy.length > 0 || this.ids.length < this.keep)
    }

    add(ids: readonly string[]): void {
        for (let i = 0; i < ids.length && i < this.keep; i++) this.ids.push(ids[i])
        if (this.ids.length > 2 * this.keep) {
            const gr = this.ordered()
            gr.setLimit(this.keep)
            this.ids = scanSysIds(gr)
        }
    }

    /** The rows of the page [offset, offset+limit) among those kept, loaded in order. */
    page(offset: number, limit: number): GlideRecord {
        const gr = this.ordered()
        gr.chooseWindow(offset, offset + limit)
        gr.query()
        return gr
    }

    /** A GlideRecord over the kept rows in the list's order; query business rules already ran in the slices. */
    private ordered(): GlideRecord {
        const gr = new GlideRecord(this.table)
        gr.setWorkflow(false)
        for (const o of this.orderBy) {
            if (o.descending) gr.orderByDesc(o.field)
            else gr.orderBy(o.field)
        }
        restrictScan(gr, { sysIds: this.ids })
        return gr
    }
}

/**
 * The page [offset, offset+limit) of an unordered list, whose rows come in rowid order, slice by slice:
 * SQL counts each slice, and only a slice that holds rows of the page has those rows' sys_ids read (with
 * LIMIT/OFFSET inside the slice). Paging through a table so costs a count per slice and the page's own
 * rows, not the offset+limit rows before it that TopRows would keep.
 */
export class PageWindow {
    readonly ids: string[] = []
    total = 0

    constructor(
        private readonly offset: number,
        private readonly limit: number,
    ) {}

    /**
     * Adds a slice of `count` matching rows; `read(skip, take)` returns the sys_ids of the slice's rows
     * skip..skip+take-1 in rowid order.
     */
    add(count: number, read: (skip: number, take: number) => string[]): void {
        const skip = Math.max(0, this.offset - this.total)
        const take = this.limit - this.ids.length
        if (count > skip && take > 0) this.ids.push(...read(skip, take))
        this.total += count
    }
}

/**
 * The page [offset, offset+limit) of a list with no conditions and no order, loaded, and how many rows it
 * has: two statements, not slices. With no condition SQLite answers `COUNT(*)` from the pages of the table's
 * smallest b-tree without reading a row (a rowid slice would make it read every row), and the page is an
 * OFFSET walk of the rowid b-tree, both fast enough to run in one piece. `newRecord` makes the GlideRecord
 * the page is read with (query business rules apply to both statements).
 */
export function unfilteredPage(gr: GlideRecord, newRecord: () => GlideRecord, offset: number, limit: number): { page: GlideRecord; total: number } {
    const total = gr.getRowCount()
    const page = newRecord()
    const bounds = rowidBounds(gr)
    // An empty table: a range no row is in.
    restrictScan(page, bounds ? { fromRowid: bounds.min, toRowid: bounds.max + 1 } : { fromRowid: 0, toRowid: 0 })
    page.chooseWindow(offset, offset + limit)
    page.query()
    restrictScan(page, null)
    return { page, total }
}

/** Drives a scan to its end without pausing (scripts, benches, tests that call the Table API directly). */
export function runToEnd<T>(steps: Generator<void, T, void>): T {
    for (;;) {
        const r = steps.next()
        if (r.done) return r.value
    }
}

/** Resolves after the event loop has served what is waiting (I/O callbacks run before setImmediate's). */
export function giveWay(): Promise<void> {
    return new Promise((resolve) => setImmediate(resolve))
}

/**
 * Drives a scan, each step inside `step` (which sets up the request's session, synchronously) and with a
 * macrotask between steps, so that other requests are served while this one scans.
 */
export async function runCooperatively<T>(steps: Generator<void, T, void>, step: (fn: () => IteratorResult<void, T>) => IteratorResult<void, T>): Promise<T> {
    for (;;) {
        const r = step(() => steps.next())
        if (r.done) return r.value
        await giveWay()
    }
}
