import BetterSqlite3 from 'better-sqlite3'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { gs } from '../../src/local/glide'
import { EVENT_COMMIT_GROUP } from '../../src/local/engine/events'
import { Instance } from '../../src/local/instance'

/*
 * The event processor commits once per EVENT_COMMIT_GROUP events (engine/events.ts), each event still
 * its own savepoint. What a crash would leave is what another connection to the database file sees
 * while the processor is mid-way: events are durable rows ("gs.eventQueue ... inserts an event in the
 * event queue", Event registry), so every event is either processed with all its output, or still
 * ready with none of it, and the ready ones are processed by the next run.
 */
let dir: string
let instance: Instance

beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'event-group-'))
    instance = Instance.create({ db: path.join(dir, 'instance.db') })
})
afterEach(() => {
    instance.close()
    fs.rmSync(dir, { recursive: true, force: true })
})

test('a crash mid-way leaves whole groups processed and the rest ready, never half an event', () => {
    const total = EVENT_COMMIT_GROUP + 20
    instance.run(() => {
        for (let i = 0; i < total; i++) gs.eventQueue('u_group.test', null, String(i), '')
    })
    const reader = new BetterSqlite3(path.join(dir, 'instance.db'), { readonly: true })
    const seen: Array<{ processed: number; ready: number }> = []
    // A subscriber that writes its own output, and looks at the committed database (what a crash leaves) at the last event.
    instance.events.subscribe((event) => {
        if (event.name !== 'u_group.test') return
        instance.store.prepare('INSERT INTO sys_properties (sys_id, name, value) VALUES (?, ?, ?)').run(instance.store.newSysId(), `u_group.${event.parm1}`, event.parm1)
        if (event.parm1 !== String(total - 1)) return
        const count = (sql: string) => (reader.prepare(sql).get() as { n: number }).n
        seen.push({
            processed: count("SELECT COUNT(*) AS n FROM sysevent WHERE name = 'u_group.test' AND state = 'processed'"),
            ready: count("SELECT COUNT(*) AS n FROM sysevent WHERE name = 'u_group.test' AND state = 'ready'"),
        })
        // The output committed is exactly that of the processed events.
        expect(count("SELECT COUNT(*) AS n FROM sys_properties WHERE name LIKE 'u_group.%'")).toBe(seen[0].processed)
    })
    instance.drain()
    // The first group was committed; the second (the last 20, this one included) not yet: a crash would leave them ready.
    expect(seen).toEqual([{ processed: EVENT_COMMIT_GROUP, ready: 20 }])
    // Once the run ends everything is committed.
    expect((reader.prepare("SELECT COUNT(*) AS n FROM sysevent WHERE name = 'u_group.test' AND state = 'processed'").get() as { n: number }).n).toBe(total)
    reader.close()
})
