import { APP_DIR, buildIsStale, runBuild } from '../src/local/build'
import { GlideRecord } from '../src/local/glide'
import { startServer } from '../src/local/http/server'
import { Instance } from '../src/local/instance'
import { servicePortal } from '../src/local/service-portal/routes'
import { result, type BenchResult } from './harness'

const ITEMS = 10_000
const SESSIONS = 20
const SINGLE_CALLS = 30
const CALLS_PER_SESSION = 5
const PASSWORD = 'bench-catalog-page-password-4Rt'

/**
 * The persona catalog page's widget call (POST /api/now/sp/widget/<psm-persona-catalog>?id=psm_catalog,
 * what the page's c.server.get makes) on a 10,000-item catalog, half of it restricted to one persona:
 * one session alone, then 20 sessions (two personas, each its own login and session cache) at once,
 * in the same run. Subject: the p95 of the server's time per call under 20 sessions; baseline: the
 * median of the same for one session. The end-to-end latencies are printed too: on one server
 * process, 20 simultaneous calls queue behind each other.
 */
export async function benchCatalogPage(): Promise<BenchResult[]> {
    if (buildIsStale()) runBuild(undefined, 'pipe')
    const instance = Instance.create({ db: ':memory:' })
    instance.install(APP_DIR)
    instance.drain()
    const store = instance.store
    const { widgetId, personas } = instance.run(() => {
        const persona = (name: string) => {
            const gr = new GlideRecord('x_psm_persona_persona')
            if (!gr.get('name', name)) throw new Error(`bench setup: no persona ${name}`)
            return { id: gr.getUniqueValue(), criteria: gr.getValue('user_criteria') ?? '' }
        }
        const tele = persona('Telecommuter')
        const analyst = persona('Business Analyst')
        const now = store.clock()
        const base = { sys_created_on: now, sys_created_by: 'bench', sys_updated_on: now, sys_updated_by: 'bench', sys_mod_count: 0 }
        store.transaction(() => {
            const category = store.newSysId()
            store.insertRow('sc_category', { ...base, sys_id: category, sys_class_name: 'sc_category', title: 'Bulk services', active: 1, order: 50 })
            for (let i = 0; i < ITEMS; i++) {
                const item = store.newSysId()
                store.insertRow('sc_cat_item', { ...base, sys_id: item, sys_class_name: 'sc_cat_item', name: `Bulk service ${String(i).padStart(5, '0')}`, short_description: 'Generated for the catalog page benchmark', category, active: 1, hide_sp: 0, price: 10, order: 0 })
                // Every even item is restricted to Business Analysts.
                if (i % 2 === 0) store.insertRow('sc_cat_item_user_criteria_mtom', { ...base, sys_id: store.newSysId(), sys_class_name: 'sc_cat_item_user_criteria_mtom', sc_cat_item: item, user_criteria: analyst.criteria })
            }
        })
        instance.userCriteria.invalidate()
        const widget = new GlideRecord('sp_widget')
        if (!widget.get('id', 'psm-persona-catalog')) throw new Error('bench setup: the app has no psm-persona-catalog widget')
        return { widgetId: widget.getUniqueValue(), personas: [tele.id, analyst.id] }
    })
    const userNames: string[] = []
    instance.run(() => {
        for (let i = 0; i < SESSIONS; i++) {
            const user = new GlideRecord('sys_user')
            user.initialize()
            user.setValue('user_name', `bench.catalog.${i}`)
            user.setValue('first_name', `Bench ${i}`)
            user.setValue('user_password', PASSWORD)
            user.setValue('x_psm_persona_persona', personas[i % 2])
            if (!user.insert()) throw new Error('bench setup: user refused')
            userNames.push(`bench.catalog.${i}`)
        }
    })
    // The server's own time for each widget call (without the wait in the queue of a one-process
    // server): timed around the portal runtime's entry point, which still does all the work.
    const portal = servicePortal(instance)
    const served: number[] = []
    const callWidget = portal.callWidget.bind(portal)
    portal.callWidget = (...args: Parameters<typeof callWidget>) => {
        const start = process.hrtime.bigint()
        try {
            return callWidget(...args)
        } finally {
            served.push(Number(process.hrtime.bigint() - start) / 1e6)
        }
    }
    const server = await startServer(instance, { port: 0 })
    try {
        const sessions = await Promise.all(userNames.map((u) => login(server.url, u)))
        const url = `${server.url}/api/now/sp/widget/${widgetId}?id=psm_catalog`
        const call = async (s: { cookie: string; token: string }): Promise<number> => {
            const start = process.hrtime.bigint()
            const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', Cookie: s.cookie, 'X-UserToken': s.token }, body: 'null' })
            const body = (await res.json()) as { result?: { data?: { view?: { to?: number; hasMore?: boolean } } } }
            const ms = Number(process.hrtime.bigint() - start) / 1e6
            const view = body.result?.data?.view
            if (res.status !== 200 || !view) throw new Error(`catalog call failed: ${res.status} ${JSON.stringify(body).slice(0, 300)}`)
            // A full first page with more to come: the bulk category (ordered first) is listed.
            if (view.to !== 60 || !view.hasMore) throw new Error(`catalog call shows ${view.to} items (more: ${view.hasMore}); expected a full page of 60 and more`)
            return ms
        }
        // Every session once (its user criteria and roles cached, as after its first page).
        for (const s of sessions) await call(s)
        served.length = 0
        const singleLatency: number[] = []
        for (let i = 0; i < SINGLE_CALLS; i++) singleLatency.push(await call(sessions[0]))
        const single = served.splice(0)
        const concurrentLatency: number[] = []
        const started = process.hrtime.bigint()
        await Promise.all(
            sessions.map(async (s) => {
                for (let i = 0; i < CALLS_PER_SESSION; i++) concurrentLatency.push(await call(s))
            }),
        )
        const wall = Number(process.hrtime.bigint() - started) / 1e6
        const concurrent = served.splice(0)
        return [
            result(
                `catalog page widget call: p95 with ${SESSIONS} concurrent sessions vs one session (median)`,
                percentile(concurrent, 0.95),
                percentile(single, 0.5),
                3,
                `${ITEMS.toLocaleString('en')} items, server time per call; end to end: one session p50 ${percentile(singleLatency, 0.5).toFixed(0)} ms, ${SESSIONS} sessions p95 ${percentile(concurrentLatency, 0.95).toFixed(0)} ms (queued on one process; ${concurrent.length} calls in ${wall.toFixed(0)} ms)`,
            ),
        ]
    } finally {
        await server.close()
        instance.close()
    }
}

function percentile(values: number[], p: number): number {
    const sorted = [...values].sort((a, b) => a - b)
    return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]
}

async function login(baseUrl: string, userName: string): Promise<{ cookie: string; token: string }> {
    const cookies = (res: Response) => res.headers.getSetCookie().map((c) => c.split(';')[0])
    const page = await fetch(`${baseUrl}/sp?id=login`)
    const guestToken = /"g_ck":"([^"]*)"/.exec(await page.text())?.[1] ?? ''
    const res = await fetch(`${baseUrl}/api/now/sp/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: cookies(page).join('; '), 'X-UserToken': guestToken },
        body: JSON.stringify({ user_name: userName, password: PASSWORD }),
    })
    const cookie = cookies(res).find((c) => c.startsWith('psm_session=') && c.length > 'psm_session='.length)
    if (!cookie) throw new Error(`bench login of ${userName} failed: ${res.status}`)
    const home = await fetch(`${baseUrl}/sp`, { headers: { Cookie: cookie } })
    return { cookie, token: /"g_ck":"([^"]*)"/.exec(await home.text())?.[1] ?? '' }
}
