import { GlideRecord } from '../../src/local/glide'
import type { Instance } from '../../src/local/instance'
import { Quota, withQuota } from '../../src/local/store/quota'
import { freshInstance } from '../support/instance'

/*
 * The event processor (engine/events.ts) takes the ready events in batches: "The events process runs
 * every 30 seconds and processes events in the event queue [sysevent]" (Event registry). Locally one batch
 * is one transaction; each event in it stays atomic on its own (its subscribers' writes are undone alone
 * when it fails), an event nobody writes for costs no savepoint, and the states are written at the end of
 * the batch, with the work, so a crash before the commit leaves every event of the batch ready.
 */
let instance: Instance

beforeEach(() => {
    instance = freshInstance()
    instance.run(() => instance.store.defineTables([{ name: 'u_event_work', label: 'Event work', columns: { name: { type: 'string' } } }], 'global'))
})
afterEach(() => instance.close())

function queue(n: number, name = 'batch.check'): void {
    instance.run(() => {
        for (let i = 0; i < n; i++) instance.events.queue(name, '', '', String(i), '', '')
    })
}

function states(): Array<{ parm1: string; state: string }> {
    return instance.store.prepare("SELECT parm1, state FROM sysevent WHERE name = 'batch.check' ORDER BY CAST(parm1 AS INTEGER)").all() as Array<{ parm1: string; state: string }>
}

function work(): string[] {
    return (instance.store.prepare('SELECT name FROM u_event_work ORDER BY CAST(name AS INTEGER)').all() as Array<{ name: string }>).map((r) => r.name)
}

function record(name: string): void {
    const gr = new GlideRecord('u_event_work')
    gr.initialize()
    gr.setValue('name', name)
    gr.insert()
}

test('a batch of events commits once, and every event is processed in order', () => {
    const handled: string[] = []
    instance.events.subscribe((e) => {
        handled.push(e.parm1)
    })
    // The day's rotation (its own transaction) done first.
    instance.run(() => instance.events.process())
    queue(50)
    let commits = 0
    instance.store.onTransactionEnd((committed, outermost) => {
        if (committed && outermost) commits++
    })
    const savepoints = instance.store.savepointsOpened
    expect(instance.run(() => instance.events.process())).toBe(50)
    expect(commits).toBe(1)
    // Nobody wrote anything for them: no event paid for a savepoint.
    expect(instance.store.savepointsOpened - savepoints).toBe(0)
    expect(handled).toEqual(Array.from({ length: 50 }, (_, i) => String(i)))
    expect(states().every((s) => s.state === 'processed')).toBe(true)
})

test('an event whose subscriber writes pays for no savepoint of its own: only its writes are atomic, each on its own', () => {
    instance.events.subscribe((e) => record(e.parm1))
    instance.run(() => instance.events.process())
    queue(5)
    const savepoints = instance.store.savepointsOpened
    expect(instance.run(() => instance.events.process())).toBe(5)
    // One record each, its own statement joined to the batch: a savepoint per event around it would be undone by nothing.
    expect(instance.store.savepointsOpened - savepoints).toBe(0)
    expect(work()).toEqual(['0', '1', '2', '3', '4'])
    expect(states().every((s) => s.state === 'processed')).toBe(true)
})

test('processing that fails outside a subscriber rolls the whole batch back: no event keeps part of its work without its state', () => {
    instance.events.subscribe((e) => record(e.parm1))
    queue(3)
    // The processing time of the second event cannot be read: the batch fails there, after the first event's work.
    // (The batch's read is the first clock read, the first event's record the second; a subscriber's failure would mark its event 'error'.)
    const store = instance.store as { clock: () => string }
    const clock = store.clock
    let reads = 0
    store.clock = () => {
        if (++reads === 3) throw new Error('clock failed')
        return clock()
    }
    try {
        expect(() => instance.run(() => instance.events.process())).toThrow('clock failed')
    } finally {
        store.clock = clock
    }
    expect(states().map((s) => s.state)).toEqual(['ready', 'ready', 'ready'])
    expect(work()).toEqual([])
    instance.run(() => instance.events.process())
    expect(work()).toEqual(['0', '1', '2'])
})

test("each event keeps its own work and state: a failing subscriber marks only its event 'error'", () => {
    instance.events.subscribe((e) => {
        record(e.parm1)
        if (e.parm1 === '3') throw new Error('subscriber failed')
    })
    queue(6)
    instance.run(() => instance.events.process())
    expect(states().map((s) => s.state)).toEqual(['processed', 'processed', 'processed', 'error', 'processed', 'processed'])
    // As on the platform, what a failing script wrote before it failed stays (its error is logged).
    expect(work()).toEqual(['0', '1', '2', '3', '4', '5'])
    expect(instance.logs.some((l) => l.message.includes('subscriber failed'))).toBe(true)
})

test('a batch rolled back as a whole (a crash before its commit) leaves every event ready and none of their work', () => {
    instance.events.subscribe((e) => record(e.parm1))
    queue(5)
    // The enclosing transaction fails after the batch: as a crash before the commit would, it takes the batch with it.
    expect(() =>
        instance.run(() =>
            instance.store.transaction(() => {
                instance.events.process()
                throw new Error('crash')
            }),
        ),
    ).toThrow('crash')
    expect(states().map((s) => s.state)).toEqual(['ready', 'ready', 'ready', 'ready', 'ready'])
    expect(work()).toEqual([])
    instance.run(() => instance.events.process())
    expect(states().map((s) => s.state)).toEqual(['processed', 'processed', 'processed', 'processed', 'processed'])
    expect(work()).toEqual(['0', '1', '2', '3', '4'])
})

test('under a transaction quota each event commits on its own: the quota running out keeps the events before it', async () => {
    instance.events.subscribe((e) => {
        record(e.parm1)
        // Each event takes a while: the third one ends after the quota.
        const until = Date.now() + 40
        while (Date.now() < until);
    })
    queue(5)
    await expect(withQuota(new Quota(100), () => instance.run(() => instance.events.process()))).rejects.toThrow('Transaction cancelled')
    const done = states().filter((s) => s.state === 'processed').map((s) => s.parm1)
    expect(done.length).toBeGreaterThanOrEqual(1)
    expect(done).toEqual(['0', '1', '2', '3', '4'].slice(0, done.length))
    expect(work()).toEqual(done)
    // The rest are still ready and are processed by the next run.
    instance.run(() => instance.events.process())
    expect(states().every((s) => s.state === 'processed')).toBe(true)
    expect(work()).toEqual(['0', '1', '2', '3', '4'])
})

test('states are written by rowid, never onto a row that took a deleted event’s rowid: that event stays ready for the next batch', () => {
    // A subscriber deletes the last event of the batch and queues another: SQLite gives the new row the freed rowid.
    instance.events.subscribe((e) => {
        if (e.parm1 !== '2') return
        instance.store.deleteRow('sysevent', e.sysId)
        instance.events.queue('batch.check', '', '', 'late', '', '')
    })
    queue(3)
    const rowidOf = (parm1: string) => (instance.store.prepare("SELECT rowid AS r FROM sysevent WHERE name = 'batch.check' AND parm1 = ?").get(parm1) as { r: number } | undefined)?.r
    const last = rowidOf('2')
    instance.run(() => instance.events.process())
    expect(rowidOf('late')).toBe(last)
    expect(Object.fromEntries(states().map((s) => [s.parm1, s.state]))).toEqual({ '0': 'processed', '1': 'processed', late: 'ready' })
    instance.run(() => instance.events.process())
    expect(states().find((s) => s.parm1 === 'late')?.state).toBe('processed')
})
