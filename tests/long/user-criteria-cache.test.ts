import { GlideRecord, gs } from '../../src/local/glide'
import { newSessionCache, withLogin } from '../../src/local/glide/session-cache'
import { startServer, type RunningServer } from '../../src/local/http/server'
import type { Instance } from '../../src/local/instance'
import { freshInstance, installedInstance } from '../support/instance'
import { insert } from '../support/records'
import { portalLogin } from '../support/portal-login'

/**
 * User criteria and roles are cached per session until logout, as the Service Catalog documentation
 * says ("Create a user criteria record in Service Catalog", Roles and Script fields):
 *   "The evaluation of a role is cached in the session, so any change in the role requires you to logout
 *    and login, similar to roles in ACL (Access Control List)."
 *   "The evaluation of the script is cached in the session, so any change in the evaluation requires you
 *    to logout and login, similar to roles in ACL."
 * and ("Apply user criteria to items and categories"): "When a change is made to the end-user profile,
 * such as location, and it affects their ability to view items, those changes do not take effect until
 * the end user has relaunched the session."
 * (The SDK's user-criteria guide says "Scripts are NEVER cached"; the product documentation is followed:
 * docs/differences.md, user-criteria-cache.)
 * A portal login is one session until logout; Instance.runAs, a job run or a basic-auth request is one
 * session for its own duration.
 */
let instance: Instance

beforeEach(() => {
    instance = freshInstance()
})
afterEach(() => instance.close())

function role(name: string): string {
    return insert('sys_user_role', { name })
}

function grant(userId: string, roleId: string): void {
    // An administrator's change, in their own session.
    instance.runAs('system', () => insert('sys_user_has_role', { user: userId, role: roleId }))
}

function criterion(values: Record<string, string | boolean>): string {
    return insert('user_criteria', { name: 'criterion', active: true, match_all: false, ...values })
}

describe('one session (Instance.runAs): what it evaluated stays until it ends', () => {
    test('a role granted during the session: gs.hasRole and role criteria keep the login\'s answer; the next session sees it', () => {
        const u = insert('sys_user', { user_name: 'una' })
        const approver = role('x_test.approver')
        const byRole = criterion({ role: approver })
        instance.runAs(u, () => {
            expect(instance.userCriteria.matches(u, byRole)).toBe(false)
            grant(u, approver)
            expect(gs.hasRole('x_test.approver')).toBe(false)
            expect(instance.userCriteria.matches(u, byRole)).toBe(false)
        })
        instance.runAs(u, () => {
            expect(gs.hasRole('x_test.approver')).toBe(true)
            expect(instance.userCriteria.matches(u, byRole)).toBe(true)
        })
    })

    test('"The evaluation of the script is cached in the session": a script criterion runs once per session', () => {
        const u = insert('sys_user', { user_name: 'una', title: 'Clerk' })
        const byScript = criterion({ advanced: true, script: "gs.info('criterion ran'); var gr = new GlideRecord('sys_user'); answer = gr.get(user_id) && gr.getValue('title') == 'Boss';" })
        const item = insert('sc_cat_item', { name: 'Boss tools', active: true })
        insert('sc_cat_item_user_criteria_mtom', { sc_cat_item: item, user_criteria: byScript })
        const runs = () => instance.logs.filter((l) => l.message === 'criterion ran').length
        instance.runAs(u, () => {
            expect(instance.userCriteria.canSeeItem(u, item)).toBe(false)
            instance.runAs('system', () => {
                const gr = new GlideRecord('sys_user')
                gr.get(u)
                gr.setValue('title', 'Boss')
                gr.update()
            })
            expect(instance.userCriteria.canSeeItem(u, item)).toBe(false)
            expect(instance.userCriteria.visibleItems(u).has(item)).toBe(false)
            expect(instance.userCriteria.matches(u, byScript)).toBe(false)
        })
        expect(runs()).toBe(1)
        instance.runAs(u, () => expect(instance.userCriteria.canSeeItem(u, item)).toBe(true))
        expect(runs()).toBe(2)
    })

    test('a change to the criteria or to an item\'s Available For list applies at once (a definition, not the user)', () => {
        const u = insert('sys_user', { user_name: 'una' })
        const other = insert('sys_user', { user_name: 'otto' })
        const byUser = criterion({ user: other })
        const item = insert('sc_cat_item', { name: 'Tools', active: true })
        insert('sc_cat_item_user_criteria_mtom', { sc_cat_item: item, user_criteria: byUser })
        instance.runAs(u, () => {
            expect(instance.userCriteria.canSeeItem(u, item)).toBe(false)
            instance.runAs('system', () => {
                const gr = new GlideRecord('user_criteria')
                gr.get(byUser)
                gr.setValue('user', `${other},${u}`)
                gr.update()
            })
            expect(instance.userCriteria.canSeeItem(u, item)).toBe(true)
        })
    })

    test('another user evaluated from this session is read as they are now (they have no session here)', () => {
        const u = insert('sys_user', { user_name: 'una' })
        const v = insert('sys_user', { user_name: 'vic' })
        const approver = role('x_test.approver')
        const byRole = criterion({ role: approver })
        instance.runAs(u, () => {
            expect(instance.userCriteria.matches(v, byRole)).toBe(false)
            grant(v, approver)
            expect(instance.userCriteria.matches(v, byRole)).toBe(true)
        })
    })
})

describe('a login session keeps its roles and criteria across requests until logout', () => {
    test('the same login (withLogin) across runs keeps the answer; a new login reads it afresh', () => {
        const u = insert('sys_user', { user_name: 'una' })
        const approver = role('x_test.approver')
        const byRole = criterion({ role: approver })
        const login = { userId: u, cache: newSessionCache() }
        const request = () => withLogin(login, () => instance.runAs(u, () => [gs.hasRole('x_test.approver'), instance.userCriteria.matches(u, byRole)]))
        expect(request()).toEqual([false, false])
        grant(u, approver)
        expect(request()).toEqual([false, false])
        const again = { userId: u, cache: newSessionCache() }
        expect(withLogin(again, () => instance.runAs(u, () => [gs.hasRole('x_test.approver'), instance.userCriteria.matches(u, byRole)]))).toEqual([true, true])
    })

    describe('over HTTP: the portal', () => {
        const PASSWORD = 'session cache test 1'
        let server: RunningServer

        afterEach(async () => {
            await server?.close()
        })

        const login = (userName: string): Promise<string> => portalLogin(server.url, userName, PASSWORD)

        test('a user given a role that opens a catalog item sees it only after logging in again', async () => {
            // The portal's pages are the installed app's (the platform's Service Portal serves the app's widgets).
            instance.close()
            instance = installedInstance()
            const u = insert('sys_user', { user_name: 'una', name: 'Una', user_password: PASSWORD })
            const approver = role('x_test.approver')
            const item = insert('sc_cat_item', { name: 'Approver tools', active: true })
            insert('sc_cat_item_user_criteria_mtom', { sc_cat_item: item, user_criteria: criterion({ role: approver }) })
            server = await startServer(instance, { port: 0 })
            const status = async (cookie: string) => (await fetch(`${server.url}/sp?id=psm_item&sys_id=${item}`, { headers: { Cookie: cookie }, redirect: 'manual' })).status
            const first = await login('una')
            const hidden = await status(first)
            expect(hidden).toBe(403)
            grant(u, approver)
            expect(await status(first)).toBe(hidden)
            const second = await login('una')
            expect(await status(second)).toBe(200)
            // The first session still has what it read at login.
            expect(await status(first)).toBe(hidden)
        })
    })
})
