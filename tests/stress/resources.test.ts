import { ensureAdmin } from '../../src/local/base/admin'
import { GlideRecord } from '../../src/local/glide'
import { aclAccess } from '../../src/local/http/access'
import { startServer, type RunningServer } from '../../src/local/http/server'
import { TableApi } from '../../src/local/table-api/table-api'
import type { Instance } from '../../src/local/instance'
import { CANCELLED_MESSAGE } from '../../src/local/store/quota'
import { STATEMENT_CACHE_SIZE } from '../../src/local/store/store'
import { freshInstance } from '../support/instance'
import { insert } from '../support/records'

/**
 * Bounded resources: memory does not grow with the number of query shapes users send, and an expensive
 * request is cancelled by its transaction quota, as the platform's Quota Manager cancels it ("A transaction
 * quota cancels any transaction in violation of the policy and notifies the user of the cancellation", docs:
 * Transaction quotas; "REST Table API request timeout: Prevents inbound REST Table API transactions from
 * running for longer than 60 seconds", docs: Default quota rules). The cancelled request's answer is the
 * platform's: HTTP 500, {"error": {"message": "Transaction cancelled: maximum execution time exceeded",
 * "detail": "Transaction cancelled: maximum execution time exceeded. Check logs for error trace."}}.
 */

const FIELDS = Array.from({ length: 10 }, (_, i) => `u_f${i}`)
const OPERATORS = ['=x', '!=x', 'STARTSWITHx', 'NOTLIKEx', 'ISEMPTY', 'ISNOTEMPTY']
const TERMS = FIELDS.flatMap((f) => OPERATORS.map((op) => `${f}${op}`))

/** The i-th of TERMS.length³ distinct query shapes (three conditions; each operator compiles to different SQL). */
function shape(i: number): string {
    const n = TERMS.length
    return [TERMS[i % n], TERMS[Math.floor(i / n) % n], TERMS[Math.floor(i / (n * n)) % n]].join('^')
}

describe('prepared statements and other text-keyed caches stay bounded', () => {
    let instance: Instance
    beforeAll(() => {
        instance = freshInstance()
        instance.run(() => {
            const columns = Object.fromEntries(FIELDS.map((f) => [f, { type: 'string' as const }]))
            instance.store.defineTables([{ name: 'u_shapes', label: 'Shapes', columns }], 'global')
            for (let i = 0; i < 20; i++) insert('u_shapes', Object.fromEntries(FIELDS.map((f, j) => [f, `x${(i + j) % 3}`])))
        })
    })
    afterAll(() => instance.close())

    const SHAPES = 20_000
    const HOT = 'u_f0=x1^ORDERBYu_f1'

    function hotQuery(): number {
        const gr = new GlideRecord('u_shapes')
        gr.addEncodedQuery(HOT)
        gr.query()
        let n = 0
        while (gr.next()) n++
        return n
    }

    test(`${SHAPES.toLocaleString('en')} distinct GlideRecord query shapes leave the cache at its bound, and a hot query keeps hitting`, () => {
        const store = instance.store
        instance.run(() => {
            const hotRows = hotQuery()
            const before = store.statementCacheStats()
            let hotRuns = 0
            let hotMisses = 0
            for (let i = 0; i < SHAPES; i++) {
                const gr = new GlideRecord('u_shapes')
                gr.addEncodedQuery(shape(i))
                gr.query()
                // The hot query runs once per 100 new shapes: far more often than the cache turns over.
                if (i % 100 === 0) {
                    const missed = store.statementCacheStats().misses
                    expect(hotQuery()).toBe(hotRows)
                    hotMisses += store.statementCacheStats().misses - missed
                    hotRuns++
                }
            }
            const after = store.statementCacheStats()
            console.log(
                `GlideRecord: ${SHAPES} shapes, hot query ${hotRuns} times: ${after.size} statements cached (bound ${2 * STATEMENT_CACHE_SIZE}), ` +
                    `${after.misses - before.misses} misses, ${after.hits - before.hits} hits`,
            )
            expect(after.size).toBeLessThanOrEqual(2 * STATEMENT_CACHE_SIZE)
            // Every new shape misses once (its SELECT: getRowCount after query() counts the rows read); the hot query never misses again.
            expect(after.misses - before.misses).toBe(SHAPES)
            expect(hotMisses).toBe(0)
        })
    })

    const API_SHAPES = 5000
    test(`${API_SHAPES.toLocaleString('en')} distinct Table API list queries leave the cache at its bound`, () => {
        const store = instance.store
        const api = new TableApi(instance, 'http://localhost', aclAccess)
        instance.runAs('system', () => {
            for (let i = 0; i < API_SHAPES; i++) {
                // Shapes the first test did not use (its range ended at SHAPES), plus a field list per request.
                api.list('u_shapes', { query: shape(SHAPES + i), fields: [FIELDS[i % 10], 'sys_id'], limit: 5, offset: 0, display: 'all', excludeLinks: false })
            }
        })
        const stats = store.statementCacheStats()
        console.log(`Table API: ${API_SHAPES} list requests of distinct shapes: ${stats.size} statements cached (bound ${2 * STATEMENT_CACHE_SIZE})`)
        expect(stats.size).toBeLessThanOrEqual(2 * STATEMENT_CACHE_SIZE)
    })
})

const password = 'correct horse battery staple'
const auth = `Basic ${Buffer.from(`admin:${password}`).toString('base64')}`
/** Rows of 4,000 characters: a CONTAINS of a 2,000-character value costs SQLite milliseconds per row (LIKE is O(text × pattern)). */
const ROWS = 2000
const PATTERN = 2000
/** A list whose conditions cost milliseconds per row; `pattern` sets how many (the cost grows with it). */
const expensiveList = (pattern: number) => `/api/now/table/u_big?sysparm_query=${encodeURIComponent(`descriptionLIKE${'a'.repeat(pattern)}b^ORDERBYDESCdescription`)}&sysparm_display_value=all`
const EXPENSIVE = expensiveList(PATTERN)

/** An instance with an admin and the table u_big of ROWS long rows. */
function bigInstance(): Instance {
    const instance = freshInstance()
    ensureAdmin(instance, password)
    instance.run(() => {
        instance.store.defineTables([{ name: 'u_big', label: 'Big', columns: { name: { type: 'string' }, description: { type: 'string', maxLength: 4000 } } }], 'global')
        const s = instance.store
        const now = s.clock()
        s.transaction(() => {
            for (let i = 0; i < ROWS; i++) {
                s.insertRow('u_big', { sys_id: s.newSysId(), sys_class_name: 'u_big', sys_created_on: now, sys_updated_on: now, sys_mod_count: 0, name: `big-${i}`, description: 'a'.repeat(4000) })
            }
        })
    })
    return instance
}

async function callServer(server: RunningServer, method: string, path: string, body?: unknown, timeoutMs = 60_000): Promise<{ status: number; json: Record<string, unknown> | null; ms: number }> {
    const started = Date.now()
    const res = await fetch(server.url + path, {
        method,
        body: body === undefined ? undefined : JSON.stringify(body),
        headers: { Authorization: auth, 'Content-Type': 'application/json', Accept: 'application/json' },
        signal: AbortSignal.timeout(timeoutMs),
    })
    const text = await res.text()
    return { status: res.status, json: text ? (JSON.parse(text) as Record<string, unknown>) : null, ms: Date.now() - started }
}

/** What the expensive query costs without a quota: its time on a sample of rows, scaled to the table. */
function unboundedEstimateMs(instance: Instance, pattern = PATTERN): number {
    const sample = 40
    return instance.run(() => {
        const started = Date.now()
        const gr = new GlideRecord('u_big')
        gr.addEncodedQuery(`descriptionLIKE${'a'.repeat(pattern)}b^nameINbig-${Array.from({ length: sample }, (_, i) => i).join(',big-')}`)
        gr.query()
        return ((Date.now() - started) / sample) * ROWS
    })
}

function percentiles(xs: number[]): { p50: number; p95: number; max: number } {
    const sorted = [...xs].sort((a, b) => a - b)
    const p = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
    return { p50: p(0.5), p95: p(0.95), max: sorted[sorted.length - 1] }
}

describe('transaction quota', () => {
    const QUOTA_MS = 500
    let instance: Instance
    let server: RunningServer

    beforeAll(async () => {
        instance = bigInstance()
        server = await startServer(instance, { port: 0, transactionQuotaMs: QUOTA_MS })
    })
    afterAll(async () => {
        await server.close()
        instance.close()
    })

    const call = (method: string, path: string, body?: unknown) => callServer(server, method, path, body)

    test('an expensive list request is cancelled with the platform message, and the server logs it', async () => {
        const estimate = unboundedEstimateMs(instance)
        const r = await call('GET', EXPENSIVE)
        console.log(`expensive list: cancelled after ${r.ms} ms (quota ${QUOTA_MS} ms); unbounded it would scan for about ${Math.round(estimate)} ms `)
        expect(estimate).toBeGreaterThan(5000)
        expect(r.status).toBe(500)
        expect(r.json).toEqual({ error: { message: CANCELLED_MESSAGE, detail: `${CANCELLED_MESSAGE}. Check logs for error trace.` }, status: 'failure' })
        expect(r.ms).toBeLessThan(QUOTA_MS + 2000)
        expect(instance.logs.some((l) => l.level === 'warn' && l.message.startsWith('Cancelling transaction GET /api/now/table/u_big (maximum execution time exceeded)'))).toBe(true)
        // A cheap request right after is not affected by the cancelled one.
        const ok = await call('GET', '/api/now/table/u_big?sysparm_limit=1&sysparm_fields=name')
        expect(ok.status).toBe(200)
    })

    test('a write whose business rule runs past the quota is cancelled and rolled back', async () => {
        instance.run(() =>
            insert('sys_script', {
                name: 'expensive before insert',
                collection: 'u_big',
                when: 'before',
                action_insert: true,
                active: true,
                order: 100,
                // The rule catches what it can: the cancellation must still win and the insert roll back.
                script: `try { var gr = new GlideRecord('u_big'); gr.addQuery('description', 'CONTAINS', '${'a'.repeat(2000)}b'); gr.query(); } catch (e) { gs.info('caught ' + e); } current.setValue('name', 'written by the rule');`,
            }),
        )
        try {
            const r = await call('POST', '/api/now/table/u_big', { name: 'must not stay', description: 'x' })
            expect(r.status).toBe(500)
            expect(r.json).toMatchObject({ error: { message: CANCELLED_MESSAGE }, status: 'failure' })
            const count = instance.store.db.prepare("SELECT COUNT(*) AS n FROM u_big WHERE name IN ('must not stay', 'written by the rule')").get() as { n: number }
            expect(count.n).toBe(0)
        } finally {
            instance.run(() => {
                const rule = new GlideRecord('sys_script')
                rule.addQuery('name', 'expensive before insert')
                rule.query()
                while (rule.next()) rule.deleteRecord()
            })
        }
        // Without the rule, the same write succeeds.
        const ok = await call('POST', '/api/now/table/u_big', { name: 'cheap', description: 'x' })
        expect(ok.status).toBe(201)
    })
})

/**
 * With the platform's default quota (60 s for a REST Table API request), one user's expensive list runs for
 * seconds; on the platform other users' requests are served by other threads meanwhile. Here the list scans
 * in slices and gives way between them (src/local/table-api/list-scan.ts), so the login page and a small Table API
 * read stay quick while one user loops expensive lists.
 */
describe('responsiveness under the default quota', () => {
    let instance: Instance
    let server: RunningServer

    beforeAll(async () => {
        instance = bigInstance()
        server = await startServer(instance, { port: 0 })
    })
    afterAll(async () => {
        await server.close()
        instance.close()
    })

    test('the login page and a small read stay responsive while one user loops expensive list requests', async () => {
        // Half the pattern of the quota tests: seconds per request, yet well inside the 60 s quota on a loaded machine.
        const pattern = PATTERN / 2
        const estimate = unboundedEstimateMs(instance, pattern)
        let stop = false
        const expensive: Array<{ status: number; ms: number; total: string | null }> = []
        let inFlight = false
        const hammer = (async () => {
            while (!stop) {
                inFlight = true
                const started = Date.now()
                const res = await fetch(server.url + expensiveList(pattern), { headers: { Authorization: auth, Accept: 'application/json' }, signal: AbortSignal.timeout(120_000) })
                await res.text()
                inFlight = false
                expensive.push({ status: res.status, ms: Date.now() - started, total: res.headers.get('X-Total-Count') })
            }
        })()
        const login: number[] = []
        const reads: number[] = []
        let measuredWhileBusy = 0
        // Let the first expensive request start scanning.
        await new Promise((resolve) => setTimeout(resolve, 200))
        const until = Date.now() + 8000
        try {
            while (Date.now() < until) {
                const busy = inFlight
                let started = Date.now()
                const res = await fetch(`${server.url}/sp/login`, { signal: AbortSignal.timeout(60_000) })
                await res.text()
                expect(res.status).toBe(200)
                login.push(Date.now() - started)
                started = Date.now()
                const read = await callServer(server, 'GET', '/api/now/table/u_big?sysparm_limit=1&sysparm_fields=name')
                expect(read.status).toBe(200)
                reads.push(Date.now() - started)
                if (busy && inFlight) measuredWhileBusy++
                await new Promise((resolve) => setTimeout(resolve, 50))
            }
        } finally {
            stop = true
            await hammer
        }
        const l = percentiles(login)
        const r = percentiles(reads)
        console.log(
            `default quota: ${expensive.length} expensive lists (single-shot estimate ${Math.round(estimate)} ms; took ${expensive.map((e) => `${e.ms} ms → ${e.status}`).join(', ')}); ` +
                `login page ${login.length} loads, p50 ${l.p50} ms, p95 ${l.p95} ms, max ${l.max} ms; small read p50 ${r.p50} ms, p95 ${r.p95} ms, max ${r.max} ms`,
        )
        // The expensive list is expensive (seconds unbounded) and completes under the 60 s quota, answering rightly.
        expect(estimate).toBeGreaterThan(2000)
        expect(expensive.length).toBeGreaterThan(0)
        expect(expensive.every((e) => e.status === 200 && e.total === '0')).toBe(true)
        expect(measuredWhileBusy).toBeGreaterThan(login.length / 2)
        expect(l.p95).toBeLessThan(1500)
        expect(r.p95).toBeLessThan(1500)
    }, 180_000)
})

/**
 * What a list sees of writes made while it scans (docs/differences.md, list-scanned-in-slices): the platform
 * counts (X-Total-Count) and reads the page in separate queries, each seeing what is committed when it runs.
 * Here each slice sees what is committed when it runs: rows are matched and counted in their slice, a row
 * inserted after the list started is not seen, and the page shows the kept rows' values when it is read.
 */
describe('a list scanned in slices, with writes between the slices', () => {
    let instance: Instance
    beforeAll(() => {
        instance = freshInstance()
        instance.run(() => {
            instance.store.defineTables([{ name: 'u_sliced', label: 'Sliced', columns: { name: { type: 'string' }, note: { type: 'string' } } }], 'global')
            for (let i = 0; i < 300; i++) insert('u_sliced', { name: `row-${String(i).padStart(3, '0')}`, note: 'before' })
        })
    })
    afterAll(() => instance.close())

    test('counts what each slice saw; the page shows values as they are when it is read', async () => {
        const api = new TableApi(instance, 'http://localhost', aclAccess)
        const ids = instance.store.db.prepare('SELECT sys_id FROM u_sliced ORDER BY rowid').all() as Array<{ sys_id: string }>
        let steps = 0
        let wrote = false
        const options = { query: 'nameSTARTSWITHrow^ORDERBYname', fields: ['name', 'note'], limit: 3, offset: 0, display: 'false' as const, excludeLinks: false }
        const { result, total } = await api.listCooperatively('u_sliced', options, (fn) => {
            // After the first slice (step 0 creates the scan, step 1 runs the first slice), others write.
            if (++steps === 3) {
                wrote = true
                instance.run(() => {
                    insert('u_sliced', { name: 'row-new', note: 'inserted' })
                    const last = new GlideRecord('u_sliced')
                    last.get(ids[ids.length - 1].sys_id)
                    last.deleteRecord()
                    const first = new GlideRecord('u_sliced')
                    first.get(ids[0].sys_id)
                    first.setValue('note', 'after')
                    first.update()
                })
            }
            return instance.runAs('system', fn)
        })
        console.log(`list scanned in ${steps - 1} steps`)
        expect(wrote).toBe(true)
        // The deleted row was not scanned yet; the inserted one came after the scan started.
        expect(total).toBe(299)
        expect(result).toEqual([
            { name: 'row-000', note: 'after' },
            { name: 'row-001', note: 'before' },
            { name: 'row-002', note: 'before' },
        ])
        // The same list now, in one go, sees the insert too.
        expect(instance.runAs('system', () => api.list('u_sliced', options)).total).toBe(300)
    })
})
