import type { Instance } from '../../src/local/instance'
import { ensureAdmin } from '../../src/local/base/admin'
import { startServer, type RunningServer } from '../../src/local/http/server'
import { freshInstance } from '../support/instance'
import { get, insert, update } from '../support/records'

/*
 * "is in hierarchy" (operators reference, "Operators available for filters and queries", reference fields):
 * "[Manager][is in hierarchy][Manager Hierarchy] starting at [Don Goodliffe] which is [Included]" is
 * `managerIN_HIERARCHYfdd0fa0f93f5d2505bd0bd886cba1015%409ee1b13dc6112271007f9d0efdb69cd0`: "All records
 * throughout the Manager hierarchy in which the manager is Don Goodliffe or a user reporting up to Don
 * Goodliffe"; "is in hierarchy (dynamic)" starting at [Me] is
 * `managerIN_HIERARCHY_DYNAMICfdd0fa0f93f5d2505bd0bd886cba1015%4090d1921e5f510100a9ad2572f2b477fe`: "the manager is
 * you or a user reporting up to you". "A record hierarchy between related records in the same table must be
 * established before you can use this operator" (Record Hierarchy [sys_record_hierarchy]: Table, "Reference
 * Field: The self-reference field that defines parent-child relationships").
 */

const MANAGER_HIERARCHY = 'fdd0fa0f93f5d2505bd0bd886cba1015'
const ME = '90d1921e5f510100a9ad2572f2b477fe'
let instance: Instance
let server: RunningServer
const password = 'hierarchy admin password 1'
const admin = { Authorization: `Basic ${Buffer.from(`admin:${password}`).toString('base64')}`, Accept: 'application/json' }
const ids: Record<string, string> = {}

beforeAll(async () => {
    instance = freshInstance()
    ensureAdmin(instance, password)
    instance.run(() => {
        const adminId = get('sys_user', 'user_name', 'admin').getUniqueValue()
        // admin > boss > (mid1 > leaf, mid2); outsider reports to no one; c1 and c2 manage each other.
        ids.boss = insert('sys_user', { user_name: 'h.boss', manager: adminId })
        ids.mid1 = insert('sys_user', { user_name: 'h.mid1', manager: ids.boss })
        ids.mid2 = insert('sys_user', { user_name: 'h.mid2', manager: ids.boss })
        ids.leaf = insert('sys_user', { user_name: 'h.leaf', manager: ids.mid1 })
        ids.outsider = insert('sys_user', { user_name: 'h.outsider' })
        ids.c1 = insert('sys_user', { user_name: 'h.c1' })
        ids.c2 = insert('sys_user', { user_name: 'h.c2', manager: ids.c1 })
        update('sys_user', ids.c1, { manager: ids.c2 })
    })
    server = await startServer(instance, { port: 0 })
})
afterAll(async () => {
    await server.close()
    instance.close()
})

async function userNames(query: string): Promise<{ status: number; names: string[] }> {
    const res = await fetch(`${server.url}/api/now/table/sys_user?sysparm_fields=user_name&sysparm_query=${encodeURIComponent(query)}`, { headers: admin })
    const json = (await res.json()) as { result?: Array<{ user_name: string }> }
    return { status: res.status, names: (json.result ?? []).map((r) => r.user_name).filter((n) => n.startsWith('h.')).sort() }
}

test('the base instance has the Manager Hierarchy (sys_user, Manager) with the sys_id the reference uses', () => {
    const h = instance.run(() => get('sys_record_hierarchy', MANAGER_HIERARCHY))
    expect([h.getValue('table'), h.getValue('reference_field'), h.getValue('label')]).toEqual(['sys_user', 'manager', 'Manager Hierarchy'])
})

test('IN_HIERARCHY: every record whose manager is the starting user or reports up to them, at any depth', async () => {
    expect(await userNames(`managerIN_HIERARCHY${MANAGER_HIERARCHY}@${ids.boss}`)).toEqual({ status: 200, names: ['h.leaf', 'h.mid1', 'h.mid2'] })
    expect(await userNames(`managerIN_HIERARCHY${MANAGER_HIERARCHY}@${ids.mid1}`)).toEqual({ status: 200, names: ['h.leaf'] })
    // Combined with other terms like any condition.
    expect(await userNames(`managerIN_HIERARCHY${MANAGER_HIERARCHY}@${ids.boss}^user_name!=h.leaf`)).toEqual({ status: 200, names: ['h.mid1', 'h.mid2'] })
})

test('IN_HIERARCHY_DYNAMIC starting at Me: the caller and everyone reporting up to them', async () => {
    expect(await userNames(`managerIN_HIERARCHY_DYNAMIC${MANAGER_HIERARCHY}@${ME}`)).toEqual({ status: 200, names: ['h.boss', 'h.leaf', 'h.mid1', 'h.mid2'] })
})

test('a loop in the data ends the walk (each record once) and the instance keeps answering', async () => {
    expect(await userNames(`managerIN_HIERARCHY${MANAGER_HIERARCHY}@${ids.c1}`)).toEqual({ status: 200, names: ['h.c1', 'h.c2'] })
})

test('a hierarchy that does not exist is an invalid part: ignored as the Table API ignores invalid parts', async () => {
    const r = await userNames(`managerIN_HIERARCHY${'0'.repeat(32)}@${ids.boss}^user_name=h.outsider`)
    expect(r).toEqual({ status: 200, names: ['h.outsider'] })
})
