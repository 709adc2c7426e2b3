import { GlideRecord } from '../../src/local/glide'
import type { Instance } from '../../src/local/instance'
import type * as ApprovalRecords from '../../src/server/change/approval-records'
import type * as People from '../../src/server/change/people'
import { installedInstance } from '../support/instance'
import { insert, update } from '../support/records'
import { ADDRESS, as, buildWorld, changeValues, type ChangeWorld } from './change-fixtures'

/**
 * The checks before a CAB is asked (is there an active member other than the requester, has the change
 * been sent for approval already) are yes/no questions: each stops at the first row that answers it,
 * instead of counting a CAB of 200 or reading its 200 approvals and their approvers' names.
 */
let instance: Instance
let w: ChangeWorld

beforeEach(() => {
    instance = installedInstance()
    w = buildWorld()
})
afterEach(() => instance.close())

const records = () => instance.appModule<typeof ApprovalRecords>('src/server/change/approval-records.ts')
const people = () => instance.appModule<typeof People>('src/server/change/people.ts')

function users(n: number, prefix: string): string[] {
    return Array.from({ length: n }, (_, i) => insert('sys_user', { user_name: `${prefix}${i}`, name: `${prefix} ${i}`, email: ADDRESS(`${prefix}${i}`) }))
}

/** The SQL the store runs on `table` while fn runs (GlideRecord and GlideAggregate reads), and the rows it hands back. */
function readsOf<T>(table: string, fn: () => T): { result: T; sql: string[]; rows: number } {
    const store = instance.store
    const rows = store.rows.bind(store)
    const prepare = store.prepare.bind(store)
    const sql: string[] = []
    let read = 0
    const quoted = `"${table}"`
    store.rows = (text, params) => {
        const found = rows(text, params)
        if (text.includes(quoted)) {
            sql.push(text)
            read += found.length
        }
        return found
    }
    store.prepare = (text) => {
        if (text.includes(quoted)) sql.push(text)
        return prepare(text)
    }
    try {
        return { result: fn(), sql, rows: read }
    } finally {
        store.rows = rows
        store.prepare = prepare
    }
}

/** Approvals of the change, written as they are (no rules), one per approver. */
function approvalRows(change: string, approvers: string[], state: string): void {
    for (const approver of approvers) {
        const gr = new GlideRecord('sysapproval_approver')
        gr.initialize()
        gr.setWorkflow(false)
        for (const [k, v] of Object.entries({ approver, source_table: 'change_request', document_id: change, state })) gr.setValue(k, v)
        if (!gr.insert()) throw new Error('approval not written')
    }
}

test('whether a CAB of 30 has an active member other than the requester is answered by the first membership, not a count of all', () => {
    for (const u of users(27, 'member')) insert('sys_user_grmember', { group: w.cab, user: u })
    const reads = readsOf('sys_user_grmember', () => people().hasActiveMember(w.cab, w.requester))
    expect(reads.result).toBe(true)
    expect(reads.sql.length).toBeGreaterThan(0)
    for (const text of reads.sql) {
        expect(text).not.toMatch(/COUNT\(/)
        expect(text).toMatch(/LIMIT 1\b/)
    }
    expect(reads.rows).toBeLessThanOrEqual(1)
})

test('the answer is the same as before: inactive members and the requester do not count, an empty value of active does', () => {
    const group = insert('sys_user_group', { name: 'Small board' })
    const [a, b] = users(2, 'small')
    insert('sys_user_grmember', { group, user: a })
    insert('sys_user_grmember', { group, user: b })
    update('sys_user', a, { active: false })
    expect(people().hasActiveMember(group, b)).toBe(false)
    expect(people().hasActiveMember(group, a)).toBe(true)
    update('sys_user', b, { active: false })
    expect(people().hasActiveMember(group)).toBe(false)
    // Only an explicit false makes a user inactive.
    instance.store.prepare('UPDATE sys_user SET active = NULL WHERE sys_id = ?').run(b)
    expect(people().hasActiveMember(group)).toBe(true)
    expect(people().hasActiveMember('')).toBe(false)
})

test('a change whose CAB of 30 was asked already reads one approval to know it, in the check before Authorize and in the request', () => {
    const change = as(instance, w.requester, () => insert('change_request', changeValues(w, { state: -4 })))
    instance.drain()
    approvalRows(change, users(30, 'asked'), 'requested')
    const problem = readsOf('sysapproval_approver', () => records().cabProblem(change, w.requester))
    expect(problem.result).toBe('')
    expect(problem.rows).toBeLessThanOrEqual(1)
    const gr = new GlideRecord('change_request')
    expect(gr.get(change)).toBe(true)
    const requested = readsOf('sysapproval_approver', () => records().requestCabApproval(gr))
    expect(requested.result).toBe(0)
    expect(requested.rows).toBeLessThanOrEqual(1)
})

test('approvals that take no part in the decision do not count as asked; any counted state does', () => {
    const change = as(instance, w.requester, () => insert('change_request', changeValues(w, { state: -4 })))
    instance.drain()
    approvalRows(change, users(3, 'gone'), 'cancelled')
    approvalRows(change, users(2, 'extra'), 'not_required')
    expect(records().hasCountedApproval(change)).toBe(false)
    expect(records().countedApprovals(change)).toHaveLength(0)
    approvalRows(change, users(1, 'late'), 'not requested')
    expect(records().hasCountedApproval(change)).toBe(true)
    expect(records().countedApprovals(change)).toHaveLength(1)
    expect(records().hasCountedApproval('')).toBe(false)
})
