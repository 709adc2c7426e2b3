import { GlideRecord, GlideRecordSecure } from '../../src/local/glide'
import type { Instance } from '../../src/local/instance'
import { freshInstance, installedInstance } from '../support/instance'
import { get, insert } from '../support/records'

/**
 * The ACL engine against the platform's rules (`now-sdk explain security-guide`, `acl-api`).
 * ACLs here are sys_security_acl records, as the SDK builds them.
 */
let instance: Instance
afterEach(() => instance.close())

function acl(name: string, operation: string, extra: Record<string, string | boolean> = {}, roles: string[] = []): string {
    const id = insert('sys_security_acl', { name, operation, type: 'record', active: true, admin_overrides: true, decision_type: 'allow', ...extra })
    for (const role of roles) insert('sys_security_acl_role', { sys_security_acl: id, sys_user_role: get('sys_user_role', 'name', role).getUniqueValue() })
    return id
}

function user(name: string, roles: string[] = []): string {
    const id = insert('sys_user', { user_name: name, name })
    for (const role of roles) insert('sys_user_has_role', { user: id, role: get('sys_user_role', 'name', role).getUniqueValue() })
    return id
}

const can = (who: string, op: 'read' | 'write' | 'create' | 'delete', table: string, record: GlideRecord | null = null, field?: string) =>
    instance.runAs(who, () => instance.acl.can(op, table, record, field))

describe('evaluation', () => {
    beforeEach(() => {
        instance = freshInstance()
        user('fulfiller', ['itil'])
        user('nobody')
        user('boss', ['admin'])
    })

    test('"Allow-If ACLs evaluate second -- at least one must pass to grant access"; no ACL for a table denies it', () => {
        expect(can('fulfiller', 'read', 'sys_user_group')).toBe(false)
        acl('sys_user_group', 'read', {}, ['itil'])
        expect(can('fulfiller', 'read', 'sys_user_group')).toBe(true)
        expect(can('nobody', 'read', 'sys_user_group')).toBe(false)
        acl('sys_user_group', 'read', { script: 'answer = gs.getUserName() == "nobody";' })
        expect(can('nobody', 'read', 'sys_user_group', get('sys_user', 'user_name', 'nobody'))).toBe(true)
    })

    test('"Within each ACL: roles, condition, and script ALL must pass (the Trinity)"', () => {
        acl('task', 'write', { condition: 'priority=1', script: 'answer = current.getValue("short_description") == "mine";' }, ['itil'])
        const task = get('task', insert('task', { priority: 1, short_description: 'mine' }))
        expect(can('fulfiller', 'write', 'task', task)).toBe(true)
        task.setValue('priority', 2)
        expect(can('fulfiller', 'write', 'task', task)).toBe(false)
        task.setValue('priority', 1)
        task.setValue('short_description', 'theirs')
        expect(can('fulfiller', 'write', 'task', task)).toBe(false)
        expect(can('nobody', 'write', 'task', get('task', 'short_description', 'mine'))).toBe(false)
    })

    test('"Deny-Unless ACLs evaluate first -- if any fail, access is denied"; they "do not grant access on their own"', () => {
        acl('sys_user_group', 'read', { decision_type: 'deny' }, ['itil'])
        expect(can('fulfiller', 'read', 'sys_user_group')).toBe(false)
        acl('sys_user_group', 'read', {}, [])
        insert('sys_security_acl', { name: 'sys_user_group', operation: 'read', type: 'record', active: true, decision_type: 'allow', admin_overrides: true, script: 'answer = true;' })
        expect(can('fulfiller', 'read', 'sys_user_group')).toBe(true)
        expect(can('nobody', 'read', 'sys_user_group')).toBe(false)
    })

    test('admin_overrides lets admins through; without it an admin is held to the rule', () => {
        acl('sys_user_group', 'delete', {}, ['itil'])
        expect(can('boss', 'delete', 'sys_user_group')).toBe(true)
        const strict = acl('task', 'delete', { admin_overrides: false }, ['itil'])
        expect(strict).toBeTruthy()
        expect(can('boss', 'delete', 'task')).toBe(false)
    })

    test('the most specific table decides: a child table\'s ACL beats its parent\'s; the parent\'s applies otherwise', () => {
        acl('task', 'read', {}, ['itil'])
        expect(can('fulfiller', 'read', 'change_request')).toBe(true)
        acl('change_request', 'read', { script: 'answer = false;' })
        expect(can('fulfiller', 'read', 'change_request', get('task', insert('change_request', { short_description: 'c' })))).toBe(false)
        expect(can('fulfiller', 'read', 'task')).toBe(true)
    })

    test('field ACLs: table.field beats table.*; both table and field levels must grant', () => {
        acl('sys_user_group', 'read', {}, ['itil'])
        acl('sys_user_group.*', 'read', {}, ['itil'])
        acl('sys_user_group.email', 'read', {}, ['admin'])
        expect(can('fulfiller', 'read', 'sys_user_group', null, 'name')).toBe(true)
        expect(can('fulfiller', 'read', 'sys_user_group', null, 'email')).toBe(false)
        expect(can('nobody', 'read', 'sys_user_group', null, 'name')).toBe(false)
    })

    test('inactive ACLs are ignored', () => {
        acl('sys_user_group', 'read', { active: false }, ['itil'])
        expect(can('fulfiller', 'read', 'sys_user_group')).toBe(false)
    })
})

describe('GlideRecordSecure and the app\'s ACLs', () => {
    beforeEach(() => {
        instance = installedInstance()
    })

    test('a user reads their own profile and nobody else\'s; analysts read all', () => {
        const alice = user('alice')
        const bob = user('bob')
        user('analyst', ['x_psm_persona.analyst'])
        const seen = (who: string) =>
            instance.runAs(who, () => {
                const gr = new GlideRecordSecure('x_psm_persona_profile')
                gr.addQuery('user', 'IN', [alice, bob].join(','))
                gr.query()
                const out: string[] = []
                while (gr.next()) out.push(gr.getDisplayValue('user'))
                return out.sort()
            })
        expect(seen('alice')).toEqual(['alice'])
        expect(seen('bob')).toEqual(['bob'])
        expect(seen('analyst')).toEqual(['alice', 'bob'])
    })

    test('GlideRecordSecure.get() finds only what the user may read: by sys_id, by field, and the readable one of several matches', () => {
        const alice = user('alice')
        const bob = user('bob')
        const profileOf = (id: string) => get('x_psm_persona_profile', 'user', id).getUniqueValue()
        const found = (who: string, find: (gr: GlideRecordSecure) => boolean) =>
            instance.runAs(who, () => {
                const gr = new GlideRecordSecure('x_psm_persona_profile')
                return find(gr) ? gr.getValue('user') : null
            })
        // "GlideRecordSecure ... enforces ACLs": a user reads their own profile and nobody else's.
        expect(found('alice', (gr) => gr.get(profileOf(bob)))).toBeNull()
        expect(found('alice', (gr) => gr.get('user', bob))).toBeNull()
        expect(found('alice', (gr) => gr.get(profileOf(alice)))).toBe(alice)
        expect(found('alice', (gr) => gr.get('user', alice))).toBe(alice)
        // Several rows match: the first the user may read is the one found, whatever the order of the others.
        expect(found('alice', (gr) => gr.get('stale', '0'))).toBe(alice)
        expect(found('bob', (gr) => gr.get('stale', '0'))).toBe(bob)
        // A plain GlideRecord is not bound by ACLs, as on the platform.
        expect(instance.runAs('alice', () => new GlideRecord('x_psm_persona_profile').get(profileOf(bob)))).toBe(true)
    })

    test('only x_psm_persona.admin changes personas; GlideRecordSecure refuses others and writes nothing', () => {
        user('analyst', ['x_psm_persona.analyst'])
        user('configurator', ['x_psm_persona.admin'])
        const rename = (who: string) =>
            instance.runAs(who, () => {
                const gr = new GlideRecordSecure('x_psm_persona_persona')
                gr.get('name', 'Telecommuter')
                gr.setValue('description', `edited by ${who}`)
                return gr.update()
            })
        expect(rename('analyst')).toBeNull()
        expect(get('x_psm_persona_persona', 'name', 'Telecommuter').getValue('description')).not.toContain('edited')
        expect(rename('configurator')).not.toBeNull()
        expect(get('x_psm_persona_persona', 'name', 'Telecommuter').getValue('description')).toBe('edited by configurator')
    })

    test('GlideRecord (not Secure) is not bound by ACLs, as on the platform: business rules keep working for any user', () => {
        const alice = user('alice')
        instance.runAs('alice', () => {
            const profile = new GlideRecord('x_psm_persona_profile')
            expect(profile.get('user', alice)).toBe(true)
            profile.setValue('remote_pct', 90)
            expect(profile.update()).not.toBeNull()
        })
    })
})

describe('the outbox', () => {
    beforeEach(() => {
        instance = installedInstance()
    })

    test('sys_email is readable only by admins and by its recipients', () => {
        insert('sys_user', { user_name: 'rita', email: 'Rita@Example.com' })
        insert('sys_user', { user_name: 'sam', email: 'sam@example.com' })
        insert('sys_user', { user_name: 'root', email: 'root@example.com' })
        insert('sys_user_has_role', { user: get('sys_user', 'user_name', 'root').getUniqueValue(), role: get('sys_user_role', 'name', 'admin').getUniqueValue() })
        insert('sys_email', { recipients: 'rita@example.com', subject: 'for rita', type: 'send-ready' })
        insert('sys_email', { recipients: 'sam@example.com, other@example.com', subject: 'for sam', type: 'send-ready' })
        const subjects = (who: string) =>
            instance.runAs(who, () => {
                const gr = new GlideRecordSecure('sys_email')
                gr.orderBy('subject')
                gr.query()
                const out: string[] = []
                while (gr.next()) out.push(gr.getValue('subject') ?? '')
                return out
            })
        expect(subjects('rita')).toEqual(['for rita'])
        expect(subjects('sam')).toEqual(['for sam'])
        expect(subjects('root')).toEqual(['for rita', 'for sam'])
    })
})
