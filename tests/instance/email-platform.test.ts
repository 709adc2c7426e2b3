import { GlideRecord, gs } from '../../src/local/glide'
import type { Instance } from '../../src/local/instance'
import { freshInstance } from '../support/instance'
import { get, insert, rows } from '../support/records'

/**
 * Email as the platform writes it (ServiceNow product documentation):
 * - "Create an email notification" (Who will receive): "By default, if a notification has more than 100
 *   intended recipients, the system creates multiple notification messages with up to 100 recipients each.
 *   If you want to change the recipient limit, set the system property glide.email.smtp.max_recipients."
 * - "Minimize SMTP Recipient Quantity": "The glide.email.smtp.max_recipients system property specifies the
 *   maximum number of recipients the instance can list in the To: line for a single email notification.
 *   Notifications that would exceed this limit instead create duplicate email notifications addressed to a
 *   subset of the recipient list."
 * - "Create an email notification" (Weight): "Notifications that have the same target table and recipients
 *   are considered duplicates if the weights are different. If weights are same, an additional evaluation is
 *   done to check if the subject and the body (excluding watermark) are same to qualify as duplicate
 *   notification. When there are duplicate notifications, the system only sends the notification with the
 *   highest weight. All other notifications are moved from the Outbox to the Skipped mailbox. The default
 *   value 0 causes the system to send the notification (assuming the conditions are met)."
 * - sys_email_log links each email to the notification (and event) that produced it.
 */
let instance: Instance

beforeEach(() => {
    instance = freshInstance()
})
afterEach(() => instance.close())

type Values = Record<string, string | number | boolean>

function user(userName: string): string {
    return insert('sys_user', { user_name: userName, name: userName, email: `${userName}@example.com` })
}

function notification(values: Values): string {
    const gr = new GlideRecord('sysevent_email_action')
    gr.initialize()
    const defaults: Values = {
        name: 'Test notification',
        collection: 'change_request',
        active: true,
        generation_type: 'event',
        event_name: 'test.change.event',
        send_self: false,
        weight: 0,
        content_type: 'text/html',
        subject: 'Change ${number}',
        message_html: '<p>Change ${number}</p>',
    }
    for (const [k, v] of Object.entries({ ...defaults, ...values })) gr.setValue(k, v)
    gr.setWorkflow(false)
    const id = gr.insert()
    if (!id) throw new Error('could not create notification')
    return id
}

function change(values: Values = {}): string {
    return insert('change_request', { short_description: 'Upgrade the mail relay', ...values })
}

function fire(changeId: string, name = 'test.change.event'): void {
    gs.eventQueue(name, get('change_request', changeId), '', '')
    instance.drain()
}

interface Sent {
    sys_id: string
    type: string
    subject: string
    recipients: string[]
}

function outbox(query = ''): Sent[] {
    return rows('sys_email', `${query}${query ? '^' : ''}ORDERBYsys_created_on`).map((gr) => ({
        sys_id: gr.getUniqueValue(),
        type: gr.getValue('type') ?? '',
        subject: gr.getValue('subject') ?? '',
        recipients: (gr.getValue('recipients') ?? '').split(',').filter(Boolean),
    }))
}

describe('one sys_email per send, up to glide.email.smtp.max_recipients recipients', () => {
    test('a send to 250 users is three emails of 100, 100 and 50 recipients on the To: line, each address once', () => {
        const users = Array.from({ length: 250 }, (_, i) => user(`member.${i}`))
        notification({ recipient_users: users.join(',') })
        fire(change())
        const sent = outbox()
        expect(sent.map((e) => e.recipients.length).sort((a, b) => b - a)).toEqual([100, 100, 50])
        const all = sent.flatMap((e) => e.recipients)
        expect(new Set(all).size).toBe(250)
        expect(sent.every((e) => e.type === 'send-ready')).toBe(true)
        expect(rows('sys_email', 'direct!=NULL').map((gr) => (gr.getValue('direct') ?? '').split(',').length).sort((a, b) => b - a)).toEqual([100, 100, 50])
    })

    test('the property changes the limit: glide.email.smtp.max_recipients = 2 makes 3 users two emails', () => {
        instance.properties.set('glide.email.smtp.max_recipients', '2')
        const users = ['ann', 'bob', 'cy'].map((n) => user(n))
        notification({ recipient_users: users.join(',') })
        fire(change())
        expect(outbox().map((e) => e.recipients)).toEqual([['ann@example.com', 'bob@example.com'], ['cy@example.com']])
    })

    test('the content is rendered once per send: every recipient of one email reads the same message', () => {
        const users = ['ann', 'bob'].map((n) => user(n))
        notification({ recipient_users: users.join(','), subject: 'Hello ${number}' })
        const id = change()
        fire(id)
        expect(outbox()).toEqual([expect.objectContaining({ subject: `Hello ${get('change_request', id).getValue('number')}`, recipients: ['ann@example.com', 'bob@example.com'] })])
    })
})

describe('sys_email_log links an email to its notification and event', () => {
    test('one log row per email, naming the notification and the event that caused it', () => {
        instance.properties.set('glide.email.smtp.max_recipients', '1')
        const users = ['ann', 'bob'].map((n) => user(n))
        const n = notification({ recipient_users: users.join(',') })
        fire(change())
        const event = rows('sysevent', 'name=test.change.event')[0].getUniqueValue()
        const emails = outbox().map((e) => e.sys_id).sort()
        const log = rows('sys_email_log').map((gr) => ({ email: gr.getValue('email'), notification: gr.getValue('notification'), event: gr.getValue('event') }))
        expect(log.map((l) => l.email).sort()).toEqual(emails)
        expect(log.every((l) => l.notification === n && l.event === event)).toBe(true)
    })

    test('a record-triggered notification logs its notification, with no event', () => {
        const ann = user('ann')
        const n = notification({ generation_type: 'engine', event_name: '', action_insert: true, recipient_users: ann })
        change()
        instance.drain()
        const log = rows('sys_email_log')
        expect(log).toHaveLength(1)
        expect([log[0].getValue('email'), log[0].getValue('notification'), log[0].getValue('event')]).toEqual([outbox()[0].sys_id, n, null])
    })
})

describe("one trigger's emails are written all or none", () => {
    test('the emails of an event cost no savepoint: they are new rows of the batch, undone by their deletion', () => {
        instance.properties.set('glide.email.smtp.max_recipients', '1')
        const users = ['ann', 'bob'].map((n) => user(n))
        notification({ recipient_users: users.join(',') })
        const id = change()
        gs.eventQueue('test.change.event', get('change_request', id), '', '')
        const before = instance.store.savepointsOpened
        instance.drain()
        expect(instance.store.savepointsOpened - before).toBe(0)
        expect(outbox().map((e) => e.recipients)).toEqual([['ann@example.com'], ['bob@example.com']])
        expect(rows('sys_email_log')).toHaveLength(2)
    })

    test("a failure writing the second email's log leaves none of the send: the first email, its log and the second email are undone", () => {
        instance.properties.set('glide.email.smtp.max_recipients', '1')
        const users = ['ann', 'bob'].map((n) => user(n))
        notification({ recipient_users: users.join(',') })
        const id = change()
        // SQLite refuses the second log row (a statement that fails writes nothing itself).
        instance.store.db.exec("CREATE TRIGGER one_log_only BEFORE INSERT ON sys_email_log WHEN (SELECT COUNT(*) FROM sys_email_log) >= 1 BEGIN SELECT RAISE(ABORT, 'log refused'); END")
        fire(id)
        expect(rows('sys_email')).toHaveLength(0)
        expect(rows('sys_email_log')).toHaveLength(0)
        expect(rows('sysevent', 'name=test.change.event')[0].getValue('state')).toBe('error')
        expect(instance.logs.some((l) => l.message.includes('log refused'))).toBe(true)
    })
})

describe('weight, compared across the outbox', () => {
    test('same target and recipients, different weights: only the heaviest is sent, the others are Skipped; weight 0 always sends', () => {
        const ann = user('ann')
        notification({ name: 'heavy', weight: 20, recipient_users: ann, subject: 'heavy' })
        notification({ name: 'light', weight: 10, recipient_users: ann, subject: 'light' })
        notification({ name: 'zero', weight: 0, recipient_users: ann, subject: 'zero' })
        fire(change())
        expect(outbox().map((e) => `${e.type}:${e.subject}`).sort()).toEqual(['send-ignored:light', 'send-ready:heavy', 'send-ready:zero'])
        expect(rows('sys_email', 'type=send-ignored')[0].getValue('state')).toBe('ignored')
    })

    test('"same target table and recipients": a send to a different set of recipients is no duplicate', () => {
        const ann = user('ann')
        const bob = user('bob')
        notification({ name: 'heavy', weight: 20, recipient_users: ann, subject: 'heavy' })
        notification({ name: 'light', weight: 10, recipient_users: `${ann},${bob}`, subject: 'light' })
        fire(change())
        expect(outbox().map((e) => `${e.type}:${e.subject}`).sort()).toEqual(['send-ready:heavy', 'send-ready:light'])
    })

    test('a later, heavier email moves the waiting lighter one from the Outbox to Skipped (not only within one event)', () => {
        const ann = user('ann')
        notification({ name: 'commented', weight: 10, recipient_users: ann, subject: 'commented', event_name: 'test.commented' })
        notification({ name: 'closed', weight: 20, recipient_users: ann, subject: 'closed', event_name: 'test.closed' })
        const id = change()
        fire(id, 'test.commented')
        expect(outbox().map((e) => `${e.type}:${e.subject}`)).toEqual(['send-ready:commented'])
        fire(id, 'test.closed')
        expect(outbox().map((e) => `${e.type}:${e.subject}`).sort()).toEqual(['send-ignored:commented', 'send-ready:closed'])
        // And a lighter one arriving after a heavier one waiting is skipped itself.
        fire(id, 'test.commented')
        expect(outbox().map((e) => `${e.type}:${e.subject}`).sort()).toEqual(['send-ignored:commented', 'send-ignored:commented', 'send-ready:closed'])
    })

    test('equal weights: duplicates only when subject and body are the same', () => {
        const ann = user('ann')
        notification({ name: 'a', weight: 10, recipient_users: ann, subject: 'same', event_name: 'test.a' })
        notification({ name: 'b', weight: 10, recipient_users: ann, subject: 'other', event_name: 'test.b' })
        const id = change()
        fire(id, 'test.a')
        fire(id, 'test.b')
        fire(id, 'test.a')
        expect(outbox().map((e) => `${e.type}:${e.subject}`)).toEqual(['send-ready:same', 'send-ready:other', 'send-ignored:same'])
    })

    test('an email already sent is no longer in the Outbox: a heavier one later does not touch it', () => {
        const ann = user('ann')
        notification({ name: 'light', weight: 10, recipient_users: ann, subject: 'light', event_name: 'test.a' })
        notification({ name: 'heavy', weight: 20, recipient_users: ann, subject: 'heavy', event_name: 'test.b' })
        const id = change()
        fire(id, 'test.a')
        instance.store.prepare("UPDATE sys_email SET type = 'sent', state = 'processed'").run()
        fire(id, 'test.b')
        expect(outbox().map((e) => `${e.type}:${e.subject}`)).toEqual(['sent:light', 'send-ready:heavy'])
    })

    test('weights compare within one record: the same notifications for two records both send', () => {
        const ann = user('ann')
        notification({ name: 'heavy', weight: 20, recipient_users: ann, subject: 'heavy' })
        notification({ name: 'light', weight: 10, recipient_users: ann, subject: 'light', condition: 'risk=4' })
        fire(change({ risk: 2 }))
        fire(change({ risk: 4 }))
        expect(outbox().map((e) => `${e.type}:${e.subject}`).sort()).toEqual(['send-ignored:light', 'send-ready:heavy', 'send-ready:heavy'])
    })
})
