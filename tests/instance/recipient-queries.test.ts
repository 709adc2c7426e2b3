import { GlideRecord, gs } from '../../src/local/glide'
import type { Instance } from '../../src/local/instance'
import { freshInstance } from '../support/instance'
import { get, insert, rows } from '../support/records'
import { statementsDuring } from '../support/store-statements'

/*
 * Recipients named by an event parameter ("eventParm1WithRecipient"): user sys_ids, user names, addresses or
 * group sys_ids. An approval request names up to 100 approvers in parm1: they are looked up as users in one
 * query, and only sys_ids that are no user's as groups (tests/instance/notifications.test.ts checks who receives).
 */
let instance: Instance

beforeEach(() => {
    instance = freshInstance()
})
afterEach(() => instance.close())

function notification(): void {
    const gr = new GlideRecord('sysevent_email_action')
    gr.initialize()
    const values: Record<string, string | boolean | number> = {
        name: 'Parm recipients',
        collection: 'change_request',
        active: true,
        generation_type: 'event',
        event_name: 'test.change.parm',
        event_parm_1: true,
        send_self: false,
        content_type: 'text/html',
        subject: 'Change ${number}',
        message_html: '<p>${short_description}</p>',
    }
    for (const [k, v] of Object.entries(values)) gr.setValue(k, v)
    gr.setWorkflow(false)
    if (!gr.insert()) throw new Error('could not create notification')
}

const user = (name: string) => insert('sys_user', { user_name: name, name, email: `${name}@example.com` })

test('users named in parm1 are read in one query, and no group is looked for when every sys_id is a user', () => {
    notification()
    const users = [user('ann'), user('bob'), user('cy')]
    const change = insert('change_request', { short_description: 'Relay' })
    gs.eventQueue('test.change.parm', get('change_request', change), users.join(','), '')
    const seen = statementsDuring(instance.store, () => instance.drain())
    expect(seen.filter((s) => s.includes('FROM sys_user_group'))).toEqual([])
    expect(seen.filter((s) => s.startsWith('SELECT sys_id, user_name, email, active FROM sys_user WHERE sys_id IN'))).toHaveLength(1)
    expect(rows('sys_email').map((gr) => gr.getValue('recipients'))).toEqual(['ann@example.com,bob@example.com,cy@example.com'])
})

test('a group sys_id next to users in parm1 still reaches its members', () => {
    notification()
    const ann = user('ann')
    const dee = user('dee')
    const team = insert('sys_user_group', { name: 'Team' })
    insert('sys_user_grmember', { group: team, user: dee })
    const change = insert('change_request', { short_description: 'Relay' })
    gs.eventQueue('test.change.parm', get('change_request', change), `${ann},${team}`, '')
    instance.drain()
    expect(rows('sys_email').map((gr) => gr.getValue('recipients'))).toEqual(['ann@example.com,dee@example.com'])
})
