import { GlideRecord } from '../../src/local/glide'
import type { Instance } from '../../src/local/instance'
import type * as Approvals from '../../src/server/change/approvals'
import type * as ApprovalRecords from '../../src/server/change/approval-records'
import { insert, update } from '../support/records'
import { ADDRESS, as, changeWorld, changeValues, mailsFor, type ChangeWorld } from './change-fixtures'

/**
 * What a change message shows of its approvals (approvalDigest): the tally, the approvals it names and
 * the reader's own, read as counts and a dozen rows rather than every approval of a CAB of 200, and
 * the same as the digest of every row (digestOf(approvalsOf())) whatever the states.
 */
let instance: Instance
let w: ChangeWorld

// Each test starts from its own copy of the installed app with buildWorld()'s records, built once per suite.
const shared = changeWorld()
beforeEach(() => {
    instance = shared.instance
    w = shared.world
})

const records = () => instance.appModule<typeof ApprovalRecords>('src/server/change/approval-records.ts')
const approvals = () => instance.appModule<typeof Approvals>('src/server/change/approvals.ts')

/** Approval rows of the change written as they are (no rules), one second apart, oldest first: one per [approver, state]. */
function approvalRows(change: string, lines: Array<[string, string | null]>): string[] {
    return lines.map(([approver, state], i) => {
        const gr = new GlideRecord('sysapproval_approver')
        gr.initialize()
        gr.setWorkflow(false)
        gr.autoSysFields(false)
        gr.setValue('sys_created_on', `2026-11-01 10:00:${String(i).padStart(2, '0')}`)
        for (const [k, v] of Object.entries({ approver, source_table: 'change_request', document_id: change })) gr.setValue(k, v)
        if (state !== null) gr.setValue('state', state)
        const id = gr.insert()
        if (!id) throw new Error('approval not written')
        if (state === null) {
            // Written with its default (requested); emptied afterwards, as an import or a script may leave it.
            gr.setValue('state', '')
            gr.update()
            if (gr.getValue('state')) throw new Error('approval state not emptied')
        }
        return id
    })
}

function users(n: number, prefix: string): string[] {
    return Array.from({ length: n }, (_, i) => insert('sys_user', { user_name: `${prefix}${i}`, name: `${prefix} ${i}`, email: ADDRESS(`${prefix}${i}`) }))
}

/** Rows the store hands back from sysapproval_approver while fn runs (GlideRecord and GlideAggregate reads). */
function approvalRowsRead(fn: () => void): number {
    const store = instance.store
    const rows = store.rows.bind(store)
    let read = 0
    store.rows = (sql, params) => {
        const found = rows(sql, params)
        if (sql.includes('"sysapproval_approver"')) read += found.length
        return found
    }
    try {
        fn()
    } finally {
        store.rows = rows
    }
    return read
}

test('the digest is the digest of every row: tally, named lines, how many more, the reader own approval (pending first)', () => {
    const change = as(instance, w.requester, () => insert('change_request', changeValues(w)))
    const many = users(14, 'cab')
    approvalRows(change, [
        [many[0], 'requested'],
        [w.ann, 'approved'],
        ...many.slice(1, 12).map((u): [string, string] => [u, 'requested']),
        [many[12], null],
        [many[13], 'cancelled'],
        [w.bob, 'not requested'],
        [w.cara, 'rejected'],
        [w.bob, 'requested'],
        [w.ann, 'requested'],
    ])
    for (const reader of ['', w.ann, w.bob, w.cara, w.requester, many[13]]) {
        const digest = records().approvalDigest(change, reader)
        const whole = approvals().digestOf(records().approvalsOf(change), reader)
        expect({ ...digest, own: null }).toEqual({ ...whole, own: null })
        expect(digest.own?.sysId).toBe(whole.own?.sysId)
    }
    const forBob = records().approvalDigest(change, w.bob)
    expect(forBob.tally).toEqual({ total: 17, approved: 1, rejected: 1, pending: 15 })
    expect(forBob.rows).toBe(19)
    // Bob's pending approval, after his 'not requested' one; named although it is not among the first ten.
    expect(forBob.own).toMatchObject({ approver: w.bob, state: 'requested', approverName: 'Bob Board' })
    expect(forBob.named.map((a) => a.state)).toEqual(['approved', 'rejected', ...Array(10).fill('requested')])
    expect(records().approvalDigest(change, w.ann).own).toMatchObject({ approver: w.ann, state: 'requested' })
})

test('the Authorize messages of a CAB of 30 read the counts and the ten approvals they name, not all 30, and still count them all', () => {
    const cab = users(27, 'member')
    for (const u of cab) insert('sys_user_grmember', { group: w.cab, user: u })
    const change = as(instance, w.requester, () => insert('change_request', changeValues(w, { state: -4 })))
    instance.drain()
    instance.runAs(w.coordinator, () => update('change_request', change, { state: -3 }))
    // The events are processed (the messages rendered) here.
    const read = approvalRowsRead(() => instance.drain())
    const mail = mailsFor(change).find((m) => m.to === ADDRESS('rita') && m.moment === 'authorize')
    expect(mail?.body).toContain('0 of 30 approved, 30 pending')
    expect(mail?.body).toContain('and 20 more not yet decided')
    // Two messages show the approvals (the requester's, the change manager's high-risk notice), each reading
    // the aggregate's row per state and the ten undecided it names; each read all 30 rows before.
    expect(read).toBeLessThanOrEqual(2 * (1 + 10))
})
