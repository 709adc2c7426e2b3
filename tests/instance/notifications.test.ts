import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { ensureAdmin } from '../../src/local/base/admin'
import { GlideRecord, gs } from '../../src/local/glide'
import { outboxRoutes } from '../../src/local/mail/outbox-routes'
import { serverServices, startServer } from '../../src/local/http/server'
import { SESSION_COOKIE } from '../../src/local/http/sessions'
import type { Instance } from '../../src/local/instance'
import { freshInstance } from '../support/instance'
import { get, insert, rows, update } from '../support/records'

/**
 * The notification engine (src/local/engine/notifications.ts), checked against the platform's rules as
 * `now-sdk explain email-notification-guide` and `emailnotification-api` state them (quoted per test),
 * (weight and the shape of sys_email: tests/instance/email-platform.test.ts). Notifications are sysevent_email_action records with the fields an SDK 4.9
 * build writes (the last test installs such a build verbatim); email scripts are sys_script_email records.
 *
 * The platform writes one sys_email per send with every recipient on its To: line (`recipients`); the
 * content is rendered once per notification and record. Most tests here read who got what per person:
 * `emails()` lists each recipient's copy (one entry per address of each sys_email), `sends()` the rows.
 */
let instance: Instance

beforeEach(() => {
    instance = freshInstance()
})
afterEach(() => instance.close())

type Values = Record<string, string | number | boolean>

function user(userName: string, extra: Values = {}): string {
    return insert('sys_user', { user_name: userName, name: userName.replace(/\./g, ' '), email: `${userName}@example.com`, ...extra })
}

function group(name: string, members: string[], extra: Values = {}): string {
    const id = insert('sys_user_group', { name, ...extra })
    for (const m of members) insert('sys_user_grmember', { group: id, user: m })
    return id
}

/** A notification as the SDK writes it: event-triggered on change_request unless the test says otherwise. */
function notification(values: Values): string {
    const gr = new GlideRecord('sysevent_email_action')
    gr.initialize()
    const defaults: Values = {
        name: 'Test notification',
        collection: 'change_request',
        active: true,
        generation_type: 'event',
        event_name: 'test.change.event',
        action_insert: false,
        action_update: false,
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

function mailScript(name: string, script: string, newLinesToHtml = false): string {
    return insert('sys_script_email', { name, script, new_lines_to_html: newLinesToHtml })
}

/** The script shape the guide prescribes around a body. */
const runMailScript = (body: string) => `(function runMailScript(current, template, email, email_action, event) {\n${body}\n})(current, template, email, email_action, event);`

function change(values: Values = {}): string {
    return insert('change_request', { short_description: 'Upgrade the mail relay', ...values })
}

function fire(name: string, changeId: string, parm1 = '', parm2 = '', asUser?: string): void {
    const queue = () => gs.eventQueue(name, get('change_request', changeId), parm1, parm2)
    if (asUser) instance.runAs(asUser, queue)
    else queue()
}

interface Email {
    sys_id: string
    type: string
    recipients: string
    subject: string
    body: string
    body_text: string
    instance: string
    target_table: string
    notification: string
    user_id: string
    copied: string
    blind_copied: string
    content_type: string
    weight: string
}

/** Every recipient's copy: one entry per address on each sys_email's To: line, by address. */
function emails(query = ''): Email[] {
    return sends(query)
        .flatMap((e) => e.recipients.split(',').map((address) => ({ ...e, recipients: address })))
        .sort((a, b) => (a.recipients < b.recipients ? -1 : a.recipients > b.recipients ? 1 : 0))
}

/** The sys_email rows themselves. */
function sends(query = ''): Email[] {
    return rows('sys_email', query ? `${query}^ORDERBYrecipients` : 'ORDERBYrecipients').map((gr) => {
        const v = (f: string) => gr.getValue(f) ?? ''
        return {
            sys_id: v('sys_id'),
            type: v('type'),
            recipients: v('recipients'),
            subject: v('subject'),
            body: v('body'),
            body_text: v('body_text'),
            instance: v('instance'),
            target_table: v('target_table'),
            notification: v('notification'),
            user_id: v('user_id'),
            copied: v('copied'),
            blind_copied: v('blind_copied'),
            content_type: v('content_type'),
            weight: v('weight'),
        }
    })
}

const to = (query = 'type=send-ready') => emails(query).map((e) => e.recipients)

const logs = () => instance.logs.map((l) => `${l.level}: ${l.message}`)

// ------------------------------------------------------------------------------------------ triggers

describe('event-triggered notifications', () => {
    test('"Triggers on custom ServiceNow events ... fire the event via gs.eventQueue()": one sys_email for the send, written when the event is processed', () => {
        const ann = user('ann.lee')
        const bob = user('bob.ray')
        const n = notification({ recipient_users: `${ann},${bob}` })
        const id = change()
        fire('test.change.event', id)
        expect(sends()).toEqual([])
        instance.drain()
        const sent = sends()
        const number = get('change_request', id).getValue('number')
        // "the maximum number of recipients the instance can list in the To: line for a single email notification"
        expect(sent).toHaveLength(1)
        expect(sent[0]).toMatchObject({
            type: 'send-ready',
            recipients: 'ann.lee@example.com,bob.ray@example.com',
            subject: `Change ${number}`,
            body: `<p>Change ${number}</p>`,
            body_text: `Change ${number}`,
            instance: id,
            target_table: 'change_request',
            notification: n,
            content_type: 'text/html',
            user_id: '',
        })
    })

    test('only the notifications of that event name and of the record\'s table (or one it extends) fire', () => {
        const ann = user('ann.lee')
        notification({ name: 'on change', recipient_users: ann, subject: 'change' })
        notification({ name: 'on task', collection: 'task', recipient_users: ann, subject: 'task' })
        notification({ name: 'on group', collection: 'sys_user_group', recipient_users: ann, subject: 'group' })
        notification({ name: 'other event', event_name: 'test.other', recipient_users: ann, subject: 'other' })
        fire('test.change.event', change())
        instance.drain()
        expect(emails().map((e) => e.subject).sort()).toEqual(['change', 'task'])
    })

    test('"active: Whether the notification is active and will be sent": an inactive notification sends nothing', () => {
        const ann = user('ann.lee')
        notification({ active: false, recipient_users: ann })
        fire('test.change.event', change())
        instance.drain()
        expect(emails()).toEqual([])
    })

    test('a notification changed after an earlier send is used as changed (compiled definitions are refreshed)', () => {
        const ann = user('ann.lee')
        const n = notification({ recipient_users: ann, subject: 'first' })
        const id = change()
        fire('test.change.event', id)
        instance.drain()
        const gr = get('sysevent_email_action', n)
        gr.setValue('subject', 'second')
        gr.setWorkflow(false)
        gr.update()
        fire('test.change.event', id)
        instance.drain()
        expect(emails().map((e) => e.subject).sort()).toEqual(['first', 'second'])
    })
})

describe('record-triggered notifications ("Engine-Based ... Auto-triggers on insert/update")', () => {
    const engine = (values: Values) => notification({ generation_type: 'engine', event_name: '', ...values })

    test('action_insert: sent for an insert, after the write (queued, not inside it), with no business rule or event', () => {
        const ann = user('ann.lee')
        engine({ action_insert: true, recipient_fields: 'requested_by', subject: 'New ${number}' })
        const id = change({ requested_by: ann })
        expect(emails()).toEqual([])
        expect(rows('sysevent')).toEqual([])
        instance.drain()
        expect(emails()).toMatchObject([{ recipients: 'ann.lee@example.com', subject: `New ${get('change_request', id).getValue('number')}`, instance: id }])
        update('change_request', id, { short_description: 'changed' })
        instance.drain()
        expect(emails()).toHaveLength(1)
    })

    test('action_update with `condition: stateVALCHANGES` (emailnotification-api "Notification with Digest"): only updates that change the state', () => {
        const ann = user('ann.lee')
        engine({ action_update: true, condition: 'stateVALCHANGES', recipient_fields: 'requested_by', subject: '${number} is now ${state}' })
        const id = change({ requested_by: ann })
        instance.drain()
        update('change_request', id, { short_description: 'only the description' })
        instance.drain()
        expect(emails()).toEqual([])
        update('change_request', id, { state: -4 })
        instance.drain()
        expect(emails().map((e) => e.subject)).toEqual([`${get('change_request', id).getValue('number')} is now Assess`])
    })

    test('CHANGESTO / CHANGESFROM compare with the version before this write; the message shows the record as written', () => {
        const ann = user('ann.lee')
        engine({ name: 'to authorize', action_update: true, condition: 'stateCHANGESTO-3', recipient_fields: 'requested_by', subject: 'to ${state}' })
        engine({ name: 'from assess', action_update: true, condition: 'stateCHANGESFROM-4', recipient_fields: 'requested_by', subject: 'left assess for ${state}' })
        const id = change({ requested_by: ann })
        update('change_request', id, { state: -4 })
        update('change_request', id, { state: -3 })
        update('change_request', id, { state: -2 })
        instance.drain()
        expect(emails().map((e) => e.subject).sort()).toEqual(['left assess for Authorize', 'to Authorize'])
    })

    test('changes() in an advanced condition of a record-triggered notification sees the write', () => {
        const ann = user('ann.lee')
        engine({ action_update: true, advanced_condition: 'answer = current.risk.changes() && previous.getValue("risk") == "4";', recipient_fields: 'requested_by' })
        const id = change({ requested_by: ann, risk: 4 })
        update('change_request', id, { risk: 3 })
        update('change_request', id, { risk: 2 })
        instance.drain()
        expect(emails()).toHaveLength(1)
    })

    test('writes without business rules (setWorkflow(false)) trigger no notification, as they run no engines', () => {
        const ann = user('ann.lee')
        engine({ action_insert: true, recipient_users: ann })
        const gr = new GlideRecord('change_request')
        gr.initialize()
        gr.setValue('short_description', 'quiet')
        gr.setWorkflow(false)
        gr.insert()
        instance.drain()
        expect(emails()).toEqual([])
    })

    test('a write rolled back after it was queued sends nothing', () => {
        const ann = user('ann.lee')
        engine({ action_insert: true, action_update: true, recipient_users: ann })
        const id = change()
        instance.drain()
        expect(emails()).toHaveLength(1)
        expect(() =>
            instance.store.transaction(() => {
                update('change_request', id, { short_description: 'undone' })
                change({ short_description: 'never stored' })
                throw new Error('roll back')
            }),
        ).toThrow('roll back')
        instance.drain()
        expect(emails()).toHaveLength(1)
    })
})

// ------------------------------------------------------------------------------------------ conditions

describe('conditions', () => {
    test('`condition` is an encoded query on current ("condition: \'priority=1^EQ\'" in the guide)', () => {
        const ann = user('ann.lee')
        notification({ condition: 'risk=2^EQ', recipient_users: ann })
        fire('test.change.event', change({ risk: 4 }))
        fire('test.change.event', change({ risk: 2 }))
        instance.drain()
        expect(emails()).toHaveLength(1)
        expect(get('change_request', emails()[0].instance).getValue('risk')).toBe('2')
    })

    test('dot-walked conditions read the referenced record', () => {
        const ann = user('ann.lee', { vip: true })
        const bob = user('bob.ray')
        notification({ condition: 'requested_by.vip=true', recipient_fields: 'requested_by' })
        fire('test.change.event', change({ requested_by: ann }))
        fire('test.change.event', change({ requested_by: bob }))
        instance.drain()
        expect(to()).toEqual(['ann.lee@example.com'])
    })

    test('`advanced_condition` sets answer (`answer = current.risk == 2;`, as the SDK writes it) and sees `event`', () => {
        const ann = user('ann.lee')
        notification({ name: 'risk', advanced_condition: 'answer = current.risk == 2;', recipient_users: ann, subject: 'risk' })
        notification({ name: 'parm', advanced_condition: "answer = event.parm2 == 'go';", recipient_users: ann, subject: 'parm' })
        notification({ name: 'expression', advanced_condition: "current.getValue('short_description').indexOf('relay') >= 0", recipient_users: ann, subject: 'expression' })
        fire('test.change.event', change({ risk: 2 }), '', 'stop')
        fire('test.change.event', change({ risk: 3, short_description: 'other' }), '', 'go')
        instance.drain()
        expect(emails().map((e) => e.subject).sort()).toEqual(['expression', 'parm', 'risk'])
    })

    test('an advanced condition that throws, or a condition naming an unknown field, sends nothing and is logged', () => {
        const ann = user('ann.lee')
        notification({ name: 'throws', advanced_condition: 'answer = current.nothing.getValue();', recipient_users: ann })
        notification({ name: 'unknown field', condition: 'no_such_field=1', recipient_users: ann })
        notification({ name: 'fine', recipient_users: ann, subject: 'fine' })
        fire('test.change.event', change())
        instance.drain()
        expect(emails().map((e) => e.subject)).toEqual(['fine'])
        expect(logs().some((l) => l.startsWith('error: Notification "throws": advanced condition failed'))).toBe(true)
        expect(logs().some((l) => l.startsWith('error: Notification "unknown field"'))).toBe(true)
    })
})

describe('conditions decided from the stored columns they test (an event no notification sends for)', () => {
    /** The whole-record reads of change_request the notification engine makes while the queue drains. */
    function drainCountingRecordReads(): number {
        const store = instance.store
        const getRow = store.getRow.bind(store)
        let reads = 0
        const spy = jest.spyOn(store, 'getRow').mockImplementation((table: string, id: string) => {
            if (table === 'change_request') reads++
            return getRow(table, id)
        })
        try {
            instance.drain()
        } finally {
            spy.mockRestore()
        }
        return reads
    }

    test('when every notification of the event has a condition and each fails, the record is not loaded and nothing is sent', () => {
        const ann = user('ann.lee')
        notification({ name: 'high risk', condition: 'risk=2^EQ', recipient_users: ann })
        notification({ name: 'urgent', condition: 'priority=1^ORimpact=1', recipient_users: ann })
        fire('test.change.event', change({ risk: 4, priority: 3, impact: 3 }))
        expect(drainCountingRecordReads()).toBe(0)
        expect(sends()).toEqual([])
        expect(logs().filter((l) => l.startsWith('error') || l.startsWith('warn'))).toEqual([])
    })

    test('a condition that holds on the stored record sends, with the whole record; so does one of several', () => {
        const ann = user('ann.lee')
        notification({ name: 'high risk', condition: 'risk=2^EQ', recipient_users: ann, subject: 'risk ${risk}' })
        notification({ name: 'urgent', condition: 'priority=1', recipient_users: ann, subject: 'urgent' })
        fire('test.change.event', change({ risk: 2, priority: 3 }))
        expect(drainCountingRecordReads()).toBe(1)
        expect(sends().map((e) => e.subject)).toEqual(['risk High'])
    })

    test('the record as it is when the event is processed decides, not as it was queued', () => {
        const ann = user('ann.lee')
        notification({ condition: 'risk=2', recipient_users: ann })
        const low = change({ risk: 4 })
        const high = change({ risk: 2 })
        fire('test.change.event', low)
        fire('test.change.event', high)
        update('change_request', low, { risk: 2 })
        update('change_request', high, { risk: 4 })
        instance.drain()
        expect(emails().map((e) => e.instance)).toEqual([low])
    })

    test('a field operator compares with the other field read too; a dot-walked one loads the record', () => {
        const ann = user('ann.lee', { vip: true })
        notification({ name: 'same', condition: 'riskSAMEASimpact', recipient_users: ann, subject: 'same' })
        fire('test.change.event', change({ risk: 3, impact: 2 }))
        expect(drainCountingRecordReads()).toBe(0)
        fire('test.change.event', change({ risk: 2, impact: 2 }))
        expect(drainCountingRecordReads()).toBe(1)
        expect(sends().map((e) => e.subject)).toEqual(['same'])
        notification({ name: 'vip', condition: 'requested_by.vip=true', recipient_users: ann, subject: 'vip' })
        fire('test.change.event', change({ risk: 3, impact: 2, requested_by: ann }))
        expect(drainCountingRecordReads()).toBe(1)
        expect(sends().map((e) => e.subject).sort()).toEqual(['same', 'vip'])
    })

    test('an unusable condition still fails and is logged once, at load; an event for a record that no longer exists is logged', () => {
        const ann = user('ann.lee')
        notification({ name: 'broken', condition: 'riskBETWEEN2', recipient_users: ann })
        notification({ name: 'high risk', condition: 'risk=2', recipient_users: ann, subject: 'sent' })
        const gone = change({ risk: 2 })
        fire('test.change.event', gone)
        fire('test.change.event', change({ risk: 4 }))
        const deleted = get('change_request', gone)
        deleted.setWorkflow(false)
        deleted.deleteRecord()
        instance.drain()
        expect(sends()).toEqual([])
        expect(logs().filter((l) => l.includes('"broken"'))).toHaveLength(1)
        expect(logs().filter((l) => l.includes(`its record change_request ${gone} no longer exists`))).toHaveLength(1)
    })

    test('a record of another class in the same physical table is not the event\'s record: logged as missing, as before', () => {
        const ann = user('ann.lee')
        notification({ condition: 'risk=2', recipient_users: ann })
        const incident = insert('incident', { short_description: 'not a change' })
        instance.events.queue('test.change.event', 'change_request', incident, '', '', '')
        instance.drain()
        expect(sends()).toEqual([])
        expect(logs().filter((l) => l.includes(`its record change_request ${incident} no longer exists`))).toHaveLength(1)
    })
})

// ------------------------------------------------------------------------------------------ recipients

describe('recipients', () => {
    test('"recipientUsers: list of users who will receive the notification" (a plain address is accepted too)', () => {
        const ann = user('ann.lee')
        notification({ recipient_users: `${ann},outside@partner.example` })
        fire('test.change.event', change())
        instance.drain()
        expect(to()).toEqual(['ann.lee@example.com', 'outside@partner.example'])
    })

    test('"recipientGroups: list of groups whose members will receive the notification": active members with an address', () => {
        const members = [user('ann.lee'), user('bob.ray'), user('cy.old', { active: false }), user('dee.nomail', { email: '' })]
        notification({ recipient_groups: group('CAB', members) })
        fire('test.change.event', change())
        instance.drain()
        expect(to()).toEqual(['ann.lee@example.com', 'bob.ray@example.com'])
    })

    test('a group with its own email address receives there; its members too only with "Include members"', () => {
        const ann = user('ann.lee')
        const bob = user('bob.ray')
        notification({ name: 'list', recipient_groups: group('Ops list', [ann], { email: 'ops@example.com' }), subject: 'list' })
        notification({ name: 'list and members', recipient_groups: group('Ops all', [bob], { email: 'ops-all@example.com', include_members: true }), subject: 'both' })
        fire('test.change.event', change())
        instance.drain()
        expect(emails().map((e) => `${e.subject}:${e.recipients}`).sort()).toEqual(['both:bob.ray@example.com', 'both:ops-all@example.com', 'list:ops@example.com'])
    })

    test('"recipientFields: fields on the record that contain recipient user references": users, groups, lists and dot-walks', () => {
        const boss = user('boss.one')
        const ann = user('ann.lee', { manager: boss })
        const bob = user('bob.ray')
        const carl = user('carl.fix')
        const watcher = user('wat.cher')
        notification({ recipient_fields: 'requested_by,requested_by.manager,assigned_to,assignment_group,watch_list' })
        fire('test.change.event', change({ requested_by: ann, assigned_to: bob, assignment_group: group('Fixers', [carl]), watch_list: `${watcher},list@example.com` }))
        instance.drain()
        expect(to()).toEqual(['ann.lee@example.com', 'bob.ray@example.com', 'boss.one@example.com', 'carl.fix@example.com', 'list@example.com', 'wat.cher@example.com'])
    })

    test('"eventParm1WithRecipient / eventParm2WithRecipient": a parm holds user sys_ids, user names, addresses or groups, comma-separated', () => {
        const ann = user('ann.lee')
        user('bob.ray')
        const carl = user('carl.fix')
        const dan = user('dan.ger')
        notification({ event_parm_1: true, event_parm_2: true })
        notification({ name: 'parm ignored', subject: 'ignored' })
        fire('test.change.event', change(), `${ann}, bob.ray,x@partner.example`, group('Parm group', [carl, dan]))
        instance.drain()
        expect(to()).toEqual(['ann.lee@example.com', 'bob.ray@example.com', 'carl.fix@example.com', 'dan.ger@example.com', 'x@partner.example'])
    })

    test('the same person reached several ways gets one message ("dedupe by address", case-insensitive)', () => {
        const ann = user('ann.lee')
        notification({ recipient_users: `${ann},Ann.Lee@Example.com`, recipient_groups: group('Team', [ann]), recipient_fields: 'requested_by', event_parm_1: true })
        fire('test.change.event', change({ requested_by: ann }), 'ann.lee')
        instance.drain()
        expect(to()).toEqual(['ann.lee@example.com'])
    })

    test('"Send to event creator ... it will include if checked and exclude if unchecked" however the creator is included', () => {
        const ann = user('ann.lee')
        const bob = user('bob.ray')
        notification({ name: 'no self', send_self: false, recipient_users: `${ann},${bob}`, event_parm_1: true, subject: 'no self' })
        notification({ name: 'self', send_self: true, recipient_users: `${ann},${bob}`, subject: 'self' })
        fire('test.change.event', change(), 'ann.lee@example.com', '', 'ann.lee')
        instance.drain()
        expect(emails().map((e) => `${e.subject}:${e.recipients}`).sort()).toEqual(['no self:bob.ray@example.com', 'self:ann.lee@example.com', 'self:bob.ray@example.com'])
    })

    test('send_self on a record-triggered notification: the user who wrote the record is the creator', () => {
        const ann = user('ann.lee')
        const bob = user('bob.ray')
        notification({ generation_type: 'engine', event_name: '', action_insert: true, send_self: false, recipient_fields: 'requested_by,assigned_to' })
        instance.runAs('ann.lee', () => change({ requested_by: ann, assigned_to: bob }))
        instance.drain()
        expect(to()).toEqual(['bob.ray@example.com'])
    })

    test('inactive users and users without an email address never receive, however they are named (even by their address)', () => {
        const old = user('cy.old', { active: false })
        const none = user('dee.nomail', { email: '' })
        notification({ recipient_users: `${old},${none},CY.OLD@example.com`, recipient_fields: 'requested_by', event_parm_1: true })
        fire('test.change.event', change({ requested_by: old }), 'cy.old,dee.nomail,cy.old@example.com')
        instance.drain()
        expect(emails()).toEqual([])
    })

    test('no recipients, no message', () => {
        notification({ recipient_fields: 'assigned_to' })
        fire('test.change.event', change())
        instance.drain()
        expect(emails()).toEqual([])
    })
})

// ------------------------------------------------------------------------------------------ content

describe('content', () => {
    test('"${field_name} which ServiceNow then substitutes": display values, dot-walks, ${URI_REF}, ${event.parm1}', () => {
        const boss = user('boss.one', { name: 'Bea Boss' })
        const ann = user('ann.lee', { name: 'Ann Lee', manager: boss })
        instance.properties.set('glide.servlet.uri', 'https://psm.example/')
        notification({
            recipient_users: ann,
            subject: '${number}: ${state} / ${risk}',
            message_html: '<p>Hello ${requested_by.name}, manager ${requested_by.manager.name}, group ${assignment_group}; ${unknown_field}${URI_REF} ${URI} ${event.parm1}</p>',
        })
        const id = change({ requested_by: ann, risk: 2, assignment_group: group('Network CAB', []) })
        fire('test.change.event', id, 'parm <one>')
        instance.drain()
        const number = get('change_request', id).getValue('number') as string
        const link = `https://psm.example/change_request.do?sys_id=${id}`
        expect(emails()[0].subject).toBe(`${number}: New / High`)
        expect(emails()[0].body).toBe(
            `<p>Hello Ann Lee, manager Bea Boss, group Network CAB; <a href="${link}">${number}</a> <a href="${link}">LINK</a> parm &lt;one&gt;</p>`,
        )
    })

    test('every substituted value is HTML-escaped in the HTML body: a <script> in short_description arrives as &lt;script&gt;', () => {
        const ann = user('ann.lee', { name: 'Ann "<b>" Lee' })
        notification({
            content_type: 'multipart/mixed',
            recipient_users: ann,
            subject: 'About ${short_description}',
            message_html: '<p title="${requested_by.name}">${short_description}</p>',
            message_text: 'Text: ${short_description}',
        })
        fire('test.change.event', change({ requested_by: ann, short_description: '<script>alert("x")</script> & <img src=x onerror=alert(1)>' }))
        instance.drain()
        const [e] = emails()
        expect(e.body).toBe('<p title="Ann &quot;&lt;b&gt;&quot; Lee">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;</p>')
        expect(e.body).not.toContain('<script')
        expect(e.body).not.toContain('<img')
        // Plain text and the subject are not HTML: the text arrives as written (an SMTP library encodes headers).
        expect(e.body_text).toBe('Text: <script>alert("x")</script> & <img src=x onerror=alert(1)>')
        expect(e.subject).toBe('About <script>alert("x")</script> & <img src=x onerror=alert(1)>')
    })

    test('"text/plain ... Only create messageText field": body_text is the text, the HTML body its escaped copy', () => {
        const ann = user('ann.lee')
        notification({ content_type: 'text/plain', recipient_users: ann, message_html: '', message_text: 'Line <1>\nLine 2 ${number}' })
        const id = change()
        fire('test.change.event', id)
        instance.drain()
        const number = get('change_request', id).getValue('number')
        expect(emails()[0]).toMatchObject({ content_type: 'text/plain', body_text: `Line <1>\nLine 2 ${number}`, body: `Line &lt;1&gt;<br />\nLine 2 ${number}` })
    })

    test('an email template fills what the notification leaves empty', () => {
        const ann = user('ann.lee')
        const tpl = insert('sysevent_email_template', { name: 'Tpl', subject: 'Template subject ${number}', message_html: '<p>From template: ${short_description}</p>' })
        notification({ recipient_users: ann, template: tpl, subject: '', message_html: '' })
        const id = change()
        fire('test.change.event', id)
        instance.drain()
        expect(emails()[0]).toMatchObject({ subject: `Template subject ${get('change_request', id).getValue('number')}`, body: '<p>From template: Upgrade the mail relay</p>' })
    })
})

describe('email scripts (${mail_script:Name})', () => {
    test('"use template.print() to output content. Available variables: current ..., template ..., and the optional email, email_action, and event"', () => {
        const ann = user('ann.lee')
        mailScript(
            'Details',
            runMailScript(
                "template.print('<ul><li>' + current.number + '</li><li>' + email_action.getValue('name') + '</li><li>' + event.parm1 + '</li><li>' + current.getDisplayValue('state') + '</li></ul>');",
            ),
        )
        notification({ name: 'With script', recipient_users: ann, message_html: '<p>Hi</p>${mail_script:Details}<p>Bye</p>' })
        const id = change()
        fire('test.change.event', id, 'p1')
        instance.drain()
        // The script's output is the app's own markup: inserted as printed, not escaped.
        expect(emails()[0].body).toBe(`<p>Hi</p><ul><li>${get('change_request', id).getValue('number')}</li><li>With script</li><li>p1</li><li>New</li></ul><p>Bye</p>`)
    })

    test('email.setSubject in a body script replaces the subject (the guide\'s KB approval script); addAddress adds copies once', () => {
        const ann = user('ann.lee')
        const bob = user('bob.ray')
        mailScript('Subject', runMailScript("email.setSubject(current.number + ' is awaiting approval.'); email.addAddress('cc', 'cab@example.com', 'CAB'); email.addAddress('bcc', 'audit@example.com');"))
        notification({ recipient_users: `${ann},${bob}`, subject: 'original', message_html: '${mail_script:Subject}<p>x</p>' })
        const id = change()
        fire('test.change.event', id)
        instance.drain()
        // One send, one sys_email: the copies ride on it once.
        const sent = sends()
        expect(sent.map((e) => [e.recipients, e.subject, e.copied, e.blind_copied])).toEqual([
            ['ann.lee@example.com,bob.ray@example.com', `${get('change_request', id).getValue('number')} is awaiting approval.`, 'cab@example.com', 'audit@example.com'],
        ])
    })

    test('new_lines_to_html "Convert newlines to HTML" in the HTML body, not in the text', () => {
        const ann = user('ann.lee')
        mailScript('Lines', runMailScript("template.print('a\\nb');"), true)
        notification({ content_type: 'multipart/mixed', recipient_users: ann, message_html: '<p>${mail_script:Lines}</p>', message_text: '${mail_script:Lines}' })
        fire('test.change.event', change())
        instance.drain()
        expect(emails()[0]).toMatchObject({ body: '<p>a<br />b</p>', body_text: 'a\nb' })
    })

    test('a failing or missing script renders empty, is logged, and the message is still written', () => {
        const ann = user('ann.lee')
        mailScript('Broken', runMailScript("template.print('before'); throw new Error('boom');"))
        notification({ recipient_users: ann, message_html: '<p>${mail_script:Broken}|${mail_script:Missing}</p>' })
        fire('test.change.event', change())
        instance.drain()
        expect(emails()[0].body).toBe('<p>before|</p>')
        expect(logs()).toContain('error: Email script "Broken" (notification "Test notification") failed: boom')
        expect(logs().some((l) => l.includes('no email script named "Missing"'))).toBe(true)
    })

    test('the script runs once per notification and record, however many recipients (content is shared)', () => {
        const members = Array.from({ length: 25 }, (_, i) => user(`member.${i}`))
        mailScript('Count', runMailScript("gs.info('script ran'); template.print('x');"))
        notification({ recipient_groups: group('Many', members), message_html: '${mail_script:Count}' })
        fire('test.change.event', change())
        instance.drain()
        expect(emails()).toHaveLength(25)
        expect(logs().filter((l) => l === 'info: script ran')).toHaveLength(1)
    })
})

// ------------------------------------------------------------------------------------------ as the SDK builds it

/** Verbatim from `now-sdk build` (SDK 4.9.0) of an EmailNotification with an event trigger and a Record sys_script_email. */
const BUILT_NOTIFICATION = `<?xml version="1.0"?>
<record_update table="sysevent_email_action">
  <sysevent_email_action action="INSERT_OR_UPDATE">
    <sys_id>6d2482b534cc414fb5e0b1e23cdb9be5</sys_id>
    <sys_update_name>sysevent_email_action_6d2482b534cc414fb5e0b1e23cdb9be5</sys_update_name>
    <action_insert>false</action_insert>
    <action_update>false</action_update>
    <active>true</active>
    <advanced_condition>answer = current.risk == 2;</advanced_condition>
    <affected_field_on_event/>
    <category>c97d83137f4432005f58108c3ffa917a</category>
    <collection>change_request</collection>
    <condition>risk=2^EQ</condition>
    <content_type>multipart/mixed</content_type>
    <default_digest>false</default_digest>
    <default_interval/>
    <description>desc</description>
    <digest_type>single</digest_type>
    <digestable>false</digestable>
    <enable_dynamic_translation>false</enable_dynamic_translation>
    <event_name>x_psm_persona.change.submitted</event_name>
    <event_parm_1>true</event_parm_1>
    <event_parm_2>false</event_parm_2>
    <exclude_delegates>false</exclude_delegates>
    <force_delivery>false</force_delivery>
    <from>a@b.c</from>
    <generation_type>event</generation_type>
    <importance>high</importance>
    <include_attachments>false</include_attachments>
    <item>event.parm1</item>
    <item_table/>
    <mandatory>false</mandatory>
    <message/>
    <message_html><![CDATA[<p>Hi \${requested_by.name}</p>\${mail_script:Scratch Script}]]></message_html>
    <message_list/>
    <message_text><![CDATA[Hi \${requested_by.name}]]></message_text>
    <name>Scratch event notification</name>
    <omit_watermark>false</omit_watermark>
    <order>5</order>
    <push_message_only>false</push_message_only>
    <recipient_fields>requested_by,assignment_group</recipient_fields>
    <recipient_groups/>
    <recipient_users/>
    <reply_to>r@b.c</reply_to>
    <send_self>false</send_self>
    <sms_alternate/>
    <style/>
    <subject>Change \${number} submitted</subject>
    <subscribable>false</subscribable>
    <sys_version>2</sys_version>
    <template/>
    <type>email</type>
    <weight>10</weight>
  </sysevent_email_action>
</record_update>
`

const BUILT_SCRIPT = `<?xml version="1.0"?>
<record_update table="sys_script_email">
  <sys_script_email action="INSERT_OR_UPDATE">
    <sys_id>793c80823e844e6c9d8ed0fa55221bcb</sys_id>
    <sys_update_name>sys_script_email_793c80823e844e6c9d8ed0fa55221bcb</sys_update_name>
    <name>Scratch Script</name>
    <new_lines_to_html>true</new_lines_to_html>
    <script>(function runMailScript(current, template, email, email_action, event) {
  template.print('hi\\nthere');
})(current, template, email, email_action, event);</script>
  </sys_script_email>
</record_update>
`

test('an SDK-built EmailNotification and email script, installed as shipped, send as built', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'psm-notification-build-'))
    try {
        fs.mkdirSync(path.join(dir, 'update'))
        fs.writeFileSync(path.join(dir, 'update', 'sysevent_email_action_6d2482b534cc414fb5e0b1e23cdb9be5.xml'), BUILT_NOTIFICATION)
        fs.writeFileSync(path.join(dir, 'update', 'sys_script_email_793c80823e844e6c9d8ed0fa55221bcb.xml'), BUILT_SCRIPT)
        instance.install(dir)
    } finally {
        fs.rmSync(dir, { recursive: true, force: true })
    }
    const ann = user('ann.lee', { name: 'Ann Lee' })
    const bob = user('bob.ray')
    const carl = user('carl.fix')
    const id = change({ requested_by: ann, risk: 2, assignment_group: group('Fixers', [carl]) })
    fire('x_psm_persona.change.submitted', change({ requested_by: ann, risk: 3 }), bob)
    fire('x_psm_persona.change.submitted', id, bob)
    instance.drain()
    const number = get('change_request', id).getValue('number')
    expect(to()).toEqual(['ann.lee@example.com', 'bob.ray@example.com', 'carl.fix@example.com'])
    for (const e of emails()) {
        expect(e).toMatchObject({
            subject: `Change ${number} submitted`,
            body: '<p>Hi Ann Lee</p>hi<br />there',
            body_text: 'Hi Ann Lee',
            content_type: 'multipart/mixed',
            notification: '6d2482b534cc414fb5e0b1e23cdb9be5',
            weight: '10',
            instance: id,
        })
    }
    const raw = get('sys_email', emails()[0].sys_id)
    expect([raw.getValue('headers'), raw.getValue('reply_to'), raw.getValue('importance')]).toEqual(['From: a@b.c', 'r@b.c', 'high'])
})

// ------------------------------------------------------------------------------------------ the outbox page

describe('the outbox at /outbox (administrators only, by portal session; email HTML is shown sandboxed)', () => {
    const password = 'outbox test password 1'
    const basic = (name: string) => `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}`
    /** A portal session for the user, as the login form would create it (after twoEmails: a new password ends sessions). */
    const sessionOf = (name: string) => ({ Cookie: `${SESSION_COOKIE}=${serverServices(instance).sessions.create(get('sys_user', 'user_name', name).getUniqueValue(), name).id}` })

    async function withServer(fn: (url: string) => Promise<void>): Promise<void> {
        const server = await startServer(instance, { port: 0, modules: [outboxRoutes] })
        try {
            await fn(server.url)
        } finally {
            await server.close()
        }
    }

    function twoEmails(): { first: string; second: string } {
        ensureAdmin(instance, password)
        const ann = user('ann.lee', { user_password: password })
        notification({ recipient_users: ann, subject: 'About ${short_description}', message_html: '<p style="color:red">${short_description}</p>' })
        fire('test.change.event', change({ short_description: 'first' }))
        instance.drain()
        fire('test.change.event', change({ short_description: '<script>alert(1)</script>' }))
        instance.drain()
        return { first: emails('subject=About first')[0].sys_id, second: emails('subject!=About first')[0].sys_id }
    }

    test('without a session: sent to the portal login and back, never asked for basic credentials (a browser would cache them); nothing listed', async () => {
        twoEmails()
        await withServer(async (url) => {
            const res = await fetch(`${url}/outbox`, { redirect: 'manual' })
            expect(res.status).toBe(303)
            expect(res.headers.get('location')).toBe('/sp?id=login&next=%2Foutbox')
            expect(res.headers.get('www-authenticate')).toBeNull()
            expect(await res.text()).not.toContain('About first')
            // Basic credentials are not a way in either: only the session is.
            const withBasic = await fetch(`${url}/outbox`, { redirect: 'manual', headers: { Authorization: basic('admin') } })
            expect(withBasic.status).toBe(303)
        })
    })

    test('a user without the admin role: 403', async () => {
        twoEmails()
        await withServer(async (url) => {
            const res = await fetch(`${url}/outbox`, { headers: sessionOf('ann.lee') })
            expect(res.status).toBe(403)
        })
    })

    test('the list: newest first, every value escaped, with state and recipients; filter by type', async () => {
        const { first, second } = twoEmails()
        const admin = sessionOf('admin')
        await withServer(async (url) => {
            const res = await fetch(`${url}/outbox`, { headers: admin })
            expect(res.status).toBe(200)
            expect(res.headers.get('content-security-policy')).toContain("script-src 'self'")
            const html = await res.text()
            expect(html.indexOf(`/outbox/${second}`)).toBeGreaterThan(0)
            expect(html.indexOf(`/outbox/${second}`)).toBeLessThan(html.indexOf(`/outbox/${first}`))
            expect(html).toContain('About &lt;script&gt;alert(1)&lt;/script&gt;')
            expect(html).not.toContain('<script>')
            expect(html).toContain('ann.lee@example.com')
            expect(html).toContain('send-ready (2)')
            const sent = await (await fetch(`${url}/outbox?type=sent`, { headers: admin })).text()
            expect(sent).toContain('No emails.')
            expect((await fetch(`${url}/outbox?type=nonsense`, { headers: admin })).status).toBe(400)
        })
    })

    test('one email: its HTML only inside <iframe sandbox=""> as escaped srcdoc, its text escaped', async () => {
        const { second } = twoEmails()
        const admin = sessionOf('admin')
        await withServer(async (url) => {
            const res = await fetch(`${url}/outbox/${second}`, { headers: admin })
            expect(res.status).toBe(200)
            const html = await res.text()
            const frame = /<iframe ([^>]*)><\/iframe>/.exec(html)
            expect(frame).not.toBeNull()
            expect(frame?.[1]).toContain('sandbox=""')
            // The stored body is `<p style="color:red">&lt;script&gt;…`; in the attribute it is escaped once more.
            expect(frame?.[1]).toContain('srcdoc="&lt;p style=&quot;color:red&quot;&gt;&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt;&lt;/p&gt;"')
            expect(html).toContain('<pre>&lt;script&gt;alert(1)&lt;/script&gt;</pre>')
            expect(html).not.toContain('<script>')
            expect(html).not.toContain('<p style="color:red">')
            expect((await fetch(`${url}/outbox/0123456789abcdef0123456789abcdef`, { headers: admin })).status).toBe(404)
        })
    })
})
