import type { Instance } from '../../src/local/instance'
import type * as People from '../../src/server/change/people'
import { get, insert, update } from '../support/records'
import { changeWorld, type ChangeWorld } from './change-fixtures'

/**
 * Who the change rules address, on the installed app: a group's active members (the CAB approvers)
 * and the active holders of a role, directly or through a group (the change managers told of
 * high-risk changes). Each list is read with a fixed number of queries, so the users are looked up
 * together; these tests pin down who is in and who is out.
 */
let instance: Instance
let w: ChangeWorld

// Each test starts from its own copy of the installed app with buildWorld()'s records, built once per suite.
const shared = changeWorld()
beforeEach(() => {
    instance = shared.instance
    w = shared.world
})

const people = () => instance.appModule<typeof People>('src/server/change/people.ts')
const changeManager = () => get('sys_user_role', 'name', 'change_manager').getUniqueValue()

function user(userName: string, values: Record<string, string | boolean> = {}): string {
    return insert('sys_user', { user_name: userName, name: userName, ...values })
}

describe('activeMembersWithPersona', () => {
    const activeMembers = (group: string) => people().activeMembersWithPersona(group).map((m) => m.user)

    test('every active member once: inactive members and repeated memberships are left out', () => {
        update('sys_user', w.bob, { active: false })
        insert('sys_user_grmember', { group: w.cab, user: w.ann })
        expect(activeMembers(w.cab).sort()).toEqual([w.ann, w.cara].sort())
    })

    test('no group, or a group of inactive users only, has nobody', () => {
        expect(activeMembers('')).toEqual([])
        const idle = insert('sys_user_group', { name: 'Idle Board' })
        insert('sys_user_grmember', { group: idle, user: user('sleepy', { active: false }) })
        expect(activeMembers(idle)).toEqual([])
    })

    test('with each member\'s persona, and a membership of a user who no longer exists left out', () => {
        insert('sys_user_grmember', { group: w.cab, user: 'e'.repeat(32) })
        const members = people().activeMembersWithPersona(w.cab)
        expect(members.map((m) => m.user).sort()).toEqual([w.ann, w.bob, w.cara].sort())
        for (const m of members) expect(m.persona).toBe(get('sys_user', m.user).getValue('x_psm_persona_persona') ?? '')
        // The mobile-first readers: Cara's persona ranks Virtual/Mobile 4.
        const mobile = people().mobilePersonas()
        expect(members.filter((m) => mobile.has(m.persona)).map((m) => m.user)).toEqual([w.cara])
    })
})

describe('usersWithRole', () => {
    test('active holders, direct ones first, then the members of each group holding the role, each once', () => {
        const role = changeManager()
        insert('sys_user_has_role', { user: user('retired', { active: false }), role })
        insert('sys_user_has_role', { user: user('pending'), role, state: 'requested' })
        const managers = insert('sys_user_group', { name: 'Change Managers' })
        for (const member of [w.gil, user('gone', { active: false }), w.manager, w.gil]) insert('sys_user_grmember', { group: managers, user: member })
        insert('sys_group_has_role', { group: managers, role })
        insert('sys_group_has_role', { group: w.network, role })
        expect(people().usersWithRole('change_manager')).toEqual([w.manager, w.gil, w.gus])
    })

    test('a user holding the role both directly and through a group is listed once, where the direct grant puts them', () => {
        const role = changeManager()
        insert('sys_user_has_role', { user: w.gus, role })
        insert('sys_group_has_role', { group: w.network, role })
        expect(people().usersWithRole('change_manager')).toEqual([w.manager, w.gus, w.gil])
    })

    test('a direct grant that is not active does not count; an unknown role has nobody', () => {
        const role = changeManager()
        insert('sys_user_has_role', { user: w.gil, role, state: 'requested' })
        expect(people().usersWithRole('change_manager')).toEqual([w.manager])
        expect(people().usersWithRole('no_such_role')).toEqual([])
    })
})
