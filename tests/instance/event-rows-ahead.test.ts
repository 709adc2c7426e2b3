import { GlideRecord, gs } from '../../src/local/glide'
import type { Instance } from '../../src/local/instance'
import { freshInstance } from '../support/instance'
import { get, insert, rows, update } from '../support/records'
import { statementsDuring } from '../support/store-statements'

/*
 * The notification engine reads the records of a batch of events in one query per table (engine/notifications/
 * rows-ahead.ts) instead of one per event: a CAB's 200 approvals queue 200 approval.inserted events. Each
 * event must still see its record as it is when the event is handled, as the platform's event processor reads it
 * then: a write by an earlier event's subscriber (or anything else) since the read makes the engine read again.
 */
let instance: Instance

beforeEach(() => {
    instance = freshInstance()
})
afterEach(() => instance.close())

function notification(): void {
    const ann = insert('sys_user', { user_name: 'ann.lee', name: 'Ann Lee', email: 'ann.lee@example.com' })
    const gr = new GlideRecord('sysevent_email_action')
    gr.initialize()
    const values: Record<string, string | boolean | number> = {
        name: 'Go changes',
        collection: 'change_request',
        active: true,
        generation_type: 'event',
        event_name: 'test.change.go',
        condition: 'short_description=go^EQ',
        recipient_users: ann,
        send_self: true,
        content_type: 'text/html',
        subject: 'Go ${number}',
        message_html: '<p>${short_description}</p>',
    }
    for (const [k, v] of Object.entries(values)) gr.setValue(k, v)
    gr.setWorkflow(false)
    if (!gr.insert()) throw new Error('could not create notification')
}

const change = (shortDescription: string) => insert('change_request', { short_description: shortDescription })
const fire = (id: string) => gs.eventQueue('test.change.go', get('change_request', id), '', '')
const sentFor = () => rows('sys_email', 'ORDERBYsys_created_on').map((gr) => gr.getValue('instance'))

test('the records of a batch of events are read in one query, not one per event', () => {
    notification()
    const ids = [change('go'), change('stop'), change('go')]
    for (const id of ids) fire(id)
    instance.drain()
    // One batch: the three change rows read at once; none read on its own.
    expect(sentFor().sort()).toEqual([ids[0], ids[2]].sort())
    const more = [change('go'), change('go')]
    for (const id of more) fire(id)
    const seen = statementsDuring(instance.store, () => instance.drain())
    expect(seen.filter((s) => s === 'getRow change_request' || s === 'getRow task')).toEqual([
        // The first email written changes the database: the second event's record is read again, as it is now.
        'getRow change_request',
    ])
    expect(seen.filter((s) => /^SELECT \* FROM "task" WHERE sys_id IN/.test(s))).toHaveLength(1)
})

test("an earlier event's subscriber changing a later event's record: the later event sees the record as changed", () => {
    notification()
    const first = change('stop')
    const second = change('stop')
    // Runs after the notification engine for the first event: the second change now qualifies.
    instance.events.subscribe((e) => {
        if (e.name === 'test.change.go' && e.instance === first) update('change_request', second, { short_description: 'go' })
    })
    fire(first)
    fire(second)
    instance.drain()
    expect(sentFor()).toEqual([second])
})

test('a record deleted by an earlier event of the batch sends nothing for its own event', () => {
    notification()
    const first = change('go')
    const second = change('go')
    instance.events.subscribe((e) => {
        if (e.name === 'test.change.go' && e.instance === first) {
            const gr = new GlideRecord('change_request')
            if (gr.get(second)) gr.deleteRecord()
        }
    })
    fire(first)
    fire(second)
    instance.drain()
    expect(sentFor()).toEqual([first])
    expect(instance.logs.some((l) => l.message.includes(`its record change_request ${second} no longer exists`))).toBe(true)
})
