import { ensureAdmin } from '../src/local/base/admin'
import { GlideRecord } from '../src/local/glide'
import { startServer } from '../src/local/http/server'
import { Instance } from '../src/local/instance'
import { result, type BenchResult } from './harness'

const N = 100
const ROUNDS = 5

/**
 * The Batch API vs the same requests one by one (issue target: a batch of 100 sub-requests ≤1.5× the 100
 * requests sent one by one), over real HTTP on loopback with keep-alive, in the same run: 100 reads of single
 * records, and 100 creates. Each side is warmed up once, then timed over ROUNDS rounds (total).
 */
export async function benchBatch(): Promise<BenchResult[]> {
    const instance = Instance.create({ db: ':memory:' })
    const password = 'bench-password-1234'
    ensureAdmin(instance, password)
    const ids = instance.run(() =>
        Array.from({ length: N }, (_, i) => {
            const gr = new GlideRecord('sys_user_group')
            gr.initialize()
            gr.setValue('name', `bench group ${i}`)
            return gr.insert() ?? ''
        }),
    )
    const server = await startServer(instance, { port: 0 })
    const headers = { Authorization: `Basic ${Buffer.from(`admin:${password}`).toString('base64')}`, 'Content-Type': 'application/json', Accept: 'application/json' }
    const send = async (method: string, path: string, body?: string) => {
        const res = await fetch(server.url + path, { method, headers, body })
        const text = await res.text()
        if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 200)}`)
        return text
    }
    type Item = { method: string; url: string; body?: unknown }
    const oneByOne = async (items: Item[]) => {
        for (const item of items) await send(item.method, item.url, item.body === undefined ? undefined : JSON.stringify(item.body))
    }
    const batched = async (items: Item[]) => {
        const text = await send(
            'POST',
            '/api/now/v1/batch',
            JSON.stringify({
                batch_request_id: 'bench',
                rest_requests: items.map((item, i) => ({
                    id: String(i),
                    method: item.method,
                    url: item.url,
                    headers: [{ name: 'Content-Type', value: 'application/json' }],
                    ...(item.body === undefined ? {} : { body: Buffer.from(JSON.stringify(item.body)).toString('base64') }),
                })),
            }),
        )
        const answer = JSON.parse(text) as { serviced_requests: Array<{ status_code: number }> }
        if (answer.serviced_requests.length !== items.length || answer.serviced_requests.some((s) => s.status_code >= 300)) throw new Error('a batch item failed')
    }
    const timed = async (fn: () => Promise<void>) => {
        await fn()
        const start = process.hrtime.bigint()
        for (let r = 0; r < ROUNDS; r++) await fn()
        return Number(process.hrtime.bigint() - start) / 1e6
    }
    let created = 0
    const reads = (): Item[] => ids.map((id) => ({ method: 'GET', url: `/api/now/table/sys_user_group/${id}` }))
    const writes = (): Item[] => Array.from({ length: N }, () => ({ method: 'POST', url: '/api/now/table/sys_user_group', body: { name: `bench new ${created++}` } }))
    try {
        const readBaseline = await timed(() => oneByOne(reads()))
        const readBatch = await timed(() => batched(reads()))
        const writeBaseline = await timed(() => oneByOne(writes()))
        const writeBatch = await timed(() => batched(writes()))
        const per = (ms: number) => `${((ms * 1000) / (ROUNDS * N)).toFixed(0)} µs/item`
        return [
            result('batch of 100 reads vs one by one', readBatch, readBaseline, 1.5, `${ROUNDS}x${N} GET; batch ${per(readBatch)}, direct ${per(readBaseline)}`),
            result('batch of 100 creates vs one by one', writeBatch, writeBaseline, 1.5, `${ROUNDS}x${N} POST; batch ${per(writeBatch)}, direct ${per(writeBaseline)}`),
        ]
    } finally {
        await server.close()
        instance.close()
    }
}
