import type { Statement } from 'better-sqlite3'
import type { Instance } from '../../src/local/instance'
import { ensureAdmin } from '../../src/local/base/admin'
import { startServer, type RunningServer } from '../../src/local/http/server'
import { GlideRecord } from '../../src/local/glide'
import { freshInstance } from '../support/instance'

/**
 * Record numbers (sys_number): each insert into a numbered table takes its counter's number and moves the
 * counter on, whoever writes (a script, the Table API) and whatever an admin set the counter to.
 */
let instance: Instance
let server: RunningServer
const password = 'correct horse battery staple'
const auth = `Basic ${Buffer.from(`admin:${password}`).toString('base64')}`

beforeAll(async () => {
    instance = freshInstance()
    ensureAdmin(instance, password)
    server = await startServer(instance, { port: 0 })
})
afterAll(async () => {
    await server.close()
    instance.close()
})

function insertChange(description: string): string {
    return instance.run(() => {
        const gr = new GlideRecord('change_request')
        gr.initialize()
        gr.setValue('short_description', description)
        const id = gr.insert()
        if (!id) throw new Error('insert failed')
        gr.get(id)
        return gr.getValue('number') ?? ''
    })
}

const counter = (category: string): number =>
    (instance.store.prepare('SELECT number FROM sys_number WHERE category = ?').get(category) as { number: number }).number

test('consecutive inserts take consecutive numbers and move the counter past them', () => {
    const a = insertChange('first')
    const b = insertChange('second')
    expect(a).toMatch(/^CHG\d{7}$/)
    expect(Number(b.slice(3))).toBe(Number(a.slice(3)) + 1)
    expect(counter('change_request')).toBe(Number(b.slice(3)) + 1)
})

test('a numbered insert reads and moves its counter in one statement', () => {
    const proto = Object.getPrototypeOf(instance.store.db.prepare('SELECT 1')) as Statement
    const seen: string[] = []
    const originals = { run: proto.run, get: proto.get, all: proto.all }
    for (const m of ['run', 'get', 'all'] as const) {
        const original = originals[m] as (...a: unknown[]) => unknown
        ;(proto as unknown as Record<string, unknown>)[m] = function (this: Statement, ...a: unknown[]) {
            if (this.source.includes('sys_number')) seen.push(this.source)
            return original.apply(this, a)
        }
    }
    try {
        insertChange('counted')
    } finally {
        Object.assign(proto, originals)
    }
    expect(seen).toHaveLength(1)
})

test('a rolled-back insert takes its number back with it', () => {
    const before = counter('change_request')
    expect(() =>
        instance.store.transaction(() => {
            insertChange('undone')
            throw new Error('roll back')
        }),
    ).toThrow('roll back')
    expect(counter('change_request')).toBe(before)
    expect(insertChange('after the rollback')).toBe(`CHG${String(before).padStart(7, '0')}`)
})

test('an admin edit of the counter (prefix, digits, number) applies to the next insert', () => {
    instance.run(() => {
        const gr = new GlideRecord('sys_number')
        expect(gr.get('category', 'change_request')).toBe(true)
        gr.setValue('number', 5000)
        gr.setValue('prefix', 'CR')
        gr.setValue('maximum_digits', 5)
        expect(gr.update()).toBeTruthy()
    })
    expect(insertChange('edited counter')).toBe('CR05000')
    expect(insertChange('edited counter, next')).toBe('CR05001')
})

test('inserts through the Table API and through scripts share one sequence', async () => {
    const first = insertChange('script')
    const res = await fetch(`${server.url}/api/now/table/change_request`, {
        method: 'POST',
        body: JSON.stringify({ short_description: 'over REST' }),
        headers: { 'Content-Type': 'application/json', Authorization: auth },
    })
    expect(res.status).toBe(201)
    const rest = ((await res.json()) as { result: { number: string } }).result.number
    const last = insertChange('script again')
    const n = (s: string) => Number(s.replace(/^\D+/, ''))
    expect([n(rest), n(last)]).toEqual([n(first) + 1, n(first) + 2])
})

test('a write that returns rows (UPDATE ... RETURNING) inside a joined insert is undone with it', () => {
    const before = counter('task')
    instance.store.transaction(() => {
        expect(() =>
            instance.store.joinedInsert(
                () => {
                    instance.store.prepare('UPDATE sys_number SET number = number + 1 WHERE category = ? RETURNING number').get('task')
                    throw new Error('fails after the write')
                },
                () => undefined,
            ),
        ).toThrow('fails after the write')
    })
    expect(counter('task')).toBe(before)
})
