import type { Instance } from '../../src/local/instance'
import { freshInstance } from '../support/instance'

/*
 * The server drains events and jobs in the background after each request (Instance.drainSoon). A heavy
 * drain (a CAB of hundreds, each approval an event) runs in bounded slices with the event loop free between
 * them, so requests are answered and idle keep-alive connections are not closed while it runs. Each event
 * is still atomic on its own (its work and its state together), as the platform's event processor keeps it.
 */
let instance: Instance

beforeEach(() => {
    instance = freshInstance()
})
afterEach(() => instance.close())

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

test('a background drain yields between slices: other work runs while events are still queued, and every event is processed once', async () => {
    const handled: string[] = []
    instance.events.subscribe((e) => {
        handled.push(e.parm1)
    })
    const total = 600
    instance.run(() => {
        for (let i = 0; i < total; i++) instance.events.queue('drain.check', '', '', String(i), '', '')
    })
    instance.drainSoon()
    // Queued after the drain started: runs between its slices, not after it.
    await nextTurn()
    const seenBetween = handled.length
    expect(seenBetween).toBeGreaterThan(0)
    expect(seenBetween).toBeLessThan(total)
    for (let i = 0; i < 10_000 && instance.run(() => instance.events.pending()) > 0; i++) await nextTurn()
    expect(instance.run(() => instance.events.pending())).toBe(0)
    expect(handled).toEqual(Array.from({ length: total }, (_, i) => String(i)))
    // Every event's row says it was processed (each slice's events committed).
    const states = instance.store.prepare("SELECT state, COUNT(*) AS n FROM sysevent WHERE name = 'drain.check' GROUP BY state").all()
    expect(states).toEqual([{ state: 'processed', n: total }])
})

test('a new drain request while one runs does not start a second one beside it', async () => {
    const handled: string[] = []
    instance.events.subscribe((e) => {
        handled.push(e.parm1)
    })
    instance.run(() => {
        for (let i = 0; i < 300; i++) instance.events.queue('drain.check', '', '', String(i), '', '')
    })
    instance.drainSoon()
    await nextTurn()
    instance.drainSoon()
    for (let i = 0; i < 10_000 && instance.run(() => instance.events.pending()) > 0; i++) await nextTurn()
    expect(handled).toEqual(Array.from({ length: 300 }, (_, i) => String(i)))
})
