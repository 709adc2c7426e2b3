import { GlideRecord } from '../../src/local/glide'
import { withScope } from '../../src/local/glide/runtime'
import type { Instance } from '../../src/local/instance'
import { freshInstance } from '../support/instance'
import { get, insert, rows, update } from '../support/records'

/**
 * Base behaviour every instance with Change Management runs, modelled as base records
 * (src/local/approvals/base-records.ts, src/local/change-model/normal.ts), and the scoped
 * GlideRecord.setWorkflow rule. Each block quotes the document it follows.
 */
let instance: Instance

beforeEach(() => {
    instance = freshInstance()
})
afterEach(() => instance.close())

function user(userName: string): string {
    return insert('sys_user', { user_name: userName, name: userName, email: `${userName}@example.com` })
}

/** A change inserted directly in a state (the model checks moves, not where a record starts). */
function changeIn(state: number, type = 'normal'): string {
    return insert('change_request', { short_description: 'Patch the VPN concentrator', state, type })
}

function stateOf(id: string): string {
    return get('change_request', id).getValue('state') ?? ''
}

function events(name: string, instanceId: string): GlideRecord[] {
    return rows('sysevent', `name=${name}^instance=${instanceId}`)
}

describe('Normal change state model', () => {
    /*
     * "State progression for normal, standard, and emergency changes": a normal change goes New, Assess,
     * Authorize, Scheduled, Implement, Review, Closed; New to Implement "Can be canceled? Yes", Review and
     * Closed "No". "Legacy: State model and transitions": "modify the state of a change request from
     * Assess state to New state by clicking Revert to New"; "If a Normal or Emergency change request is
     * rejected, the state of the change request is set to New"; "a change cannot be canceled from a
     * Closed state".
     */
    const ALLOWED: ReadonlyArray<[number, number]> = [
        [-5, -4],
        [-5, 4],
        [-4, -3],
        [-4, -5],
        [-4, 4],
        [-3, -2],
        [-3, -5],
        [-3, 4],
        [-2, -1],
        [-2, 4],
        [-1, 0],
        [-1, 4],
        [0, 3],
    ]
    const STATES = [-5, -4, -3, -2, -1, 0, 3, 4]

    test('every move of a normal change is allowed exactly when the model allows it; a refused move changes nothing and says why', () => {
        const refusedMoves: string[] = []
        user('cm.manager')
        for (const from of STATES) {
            for (const to of STATES) {
                if (from === to) continue
                const id = changeIn(from)
                const saved = instance.runAs('cm.manager', () => {
                    const ok = update('change_request', id, { state: to, short_description: 'moved' })
                    return { ok, errors: [...instance.messages.error] }
                })
                const allowed = ALLOWED.some(([f, t]) => f === from && t === to)
                expect([from, to, saved.ok]).toEqual([from, to, allowed])
                expect(stateOf(id)).toBe(String(allowed ? to : from))
                if (!allowed) {
                    refusedMoves.push(`${from}>${to}`)
                    expect(get('change_request', id).getValue('short_description')).toBe('Patch the VPN concentrator')
                    expect(saved.errors.join(' ')).toMatch(/Invalid state transition: a normal change cannot move from \w+ to \w+/)
                }
            }
        }
        expect(refusedMoves).toHaveLength(STATES.length * (STATES.length - 1) - ALLOWED.length)
    })

    test('a normal change walks the whole path, and an update that keeps the state is never refused', () => {
        const id = changeIn(-5)
        for (const state of [-4, -3, -2, -1, 0, 3]) expect(update('change_request', id, { state })).toBe(true)
        expect(update('change_request', id, { short_description: 'closed, notes added' })).toBe(true)
        expect(stateOf(id)).toBe('3')
    })

    test('the model is the normal one: a standard change may go from New to Scheduled', () => {
        // "Standard changes are considered to be pre-authorized, so they bypass the Assess and Authorize states."
        const id = changeIn(-5, 'standard')
        expect(update('change_request', id, { state: -2 })).toBe(true)
    })
})

describe('approval.inserted and the base Approval Request notification', () => {
    /*
     * "when a change request approval is requested, an update is made to the sysapproval_approver table.
     * The "approval events" business rule is then executed, which creates the "approval.inserted" event.
     * The "Approval Request" email event is defined to process the approval.inserted event"
     * (Construct an email message with a template). "Approval Request [...] These emails come only from
     * task-based approvals." (Baseline email notifications)
     */
    test('the base records are data: an event registration, the rule, the template and the notification, all global', () => {
        expect(rows('sysevent_register', 'event_name=approval.inserted').map((r) => r.getValue('table'))).toEqual(['sysapproval_approver'])
        const rule = rows('sys_script', 'name=approval events^collection=sysapproval_approver')
        expect(rule).toHaveLength(1)
        expect(rule[0].getValue('sys_scope')).toBe('global')
        const notification = rows('sysevent_email_action', 'name=Approval Request')
        expect(notification.map((n) => [n.getValue('collection'), n.getValue('event_name'), n.getValue('active'), n.getValue('recipient_fields')])).toEqual([
            ['sysapproval_approver', 'approval.inserted', '1', 'approver'],
        ])
        expect(notification[0].getDisplayValue('template')).toBe('change.itil.approve.role')
    })

    test('a task-based approval requested of someone queues approval.inserted and emails them the Approval Request', () => {
        const approver = user('ada.approver')
        const change = changeIn(-3)
        const approval = insert('sysapproval_approver', { approver, sysapproval: change, state: 'requested' })
        expect(events('approval.inserted', approval)).toHaveLength(1)
        instance.drain()
        const mail = rows('sys_email', `target_table=sysapproval_approver^instance=${approval}`)
        expect(mail.map((m) => m.getValue('recipients'))).toEqual(['ada.approver@example.com'])
        expect(mail[0].getValue('subject')).toBe(`${get('change_request', change).getValue('number')} Approval Request`)
    })

    test('an approval not yet requested sends nothing until it becomes requested', () => {
        const approver = user('ben.approver')
        const change = changeIn(-3)
        const approval = insert('sysapproval_approver', { approver, sysapproval: change, state: 'not requested' })
        instance.drain()
        expect(events('approval.inserted', approval)).toHaveLength(0)
        expect(update('sysapproval_approver', approval, { state: 'requested' })).toBe(true)
        instance.drain()
        expect(events('approval.inserted', approval)).toHaveLength(1)
        expect(rows('sys_email', `instance=${approval}`)).toHaveLength(1)
    })

    test('an approval of a record that is not task-based (Approving: document_id) gets the event but no Approval Request email', () => {
        const approver = user('cy.approver')
        const change = changeIn(-3)
        const approval = insert('sysapproval_approver', { approver, source_table: 'change_request', document_id: change, state: 'requested' })
        expect(events('approval.inserted', approval)).toHaveLength(1)
        instance.drain()
        expect(rows('sys_email', `instance=${approval}`)).toHaveLength(0)
    })
})

describe('setWorkflow across application scopes', () => {
    /*
     * "Scoped GlideRecord - setWorkflow(Boolean enable): Enables or disables running business rules, script
     * engines, or audits. [...] Note: This method can't be set for cross-scoped applications."
     * (GlideRecord - Scoped)
     */
    function approvalWithoutRules(approver: string, change: string): string {
        const gr = new GlideRecord('sysapproval_approver')
        gr.initialize()
        gr.setValue('approver', approver)
        gr.setValue('sysapproval', change)
        gr.setValue('state', 'requested')
        gr.setWorkflow(false)
        const id = gr.insert()
        if (!id) throw new Error('approval not written')
        return id
    }

    test('a scoped script cannot switch off the rules of a global table: the write runs them', () => {
        const approver = user('dee.approver')
        const change = changeIn(-3)
        const approval = withScope('x_acme_app', () => approvalWithoutRules(approver, change))
        expect(events('approval.inserted', approval)).toHaveLength(1)
    })

    test('a global script still can', () => {
        const approver = user('eli.approver')
        const change = changeIn(-3)
        const approval = withScope('global', () => approvalWithoutRules(approver, change))
        expect(events('approval.inserted', approval)).toHaveLength(0)
    })

    test("a scoped script can on its own scope's table", () => {
        const scope = insert('sys_scope', { name: 'Acme', scope: 'x_acme_app' })
        instance.store.defineTables([{ name: 'x_acme_app_note', label: 'Note', columns: { text: { type: 'string', label: 'Text' } } }], scope)
        // Application Access "Can create" from all application scopes: the other app may write, so what is
        // compared below is only setWorkflow's cross-scope rule, not the table's access settings.
        instance.store.prepare("UPDATE sys_db_object SET create_access = 1 WHERE name = 'x_acme_app_note'").run()
        insert('sys_script', {
            name: 'stamp notes',
            collection: 'x_acme_app_note',
            when: 'before',
            action_insert: true,
            active: true,
            script: "current.setValue('text', 'stamped');",
        })
        const write = (scopeName: string) =>
            withScope(scopeName, () => {
                const gr = new GlideRecord('x_acme_app_note')
                gr.initialize()
                gr.setValue('text', 'plain')
                gr.setWorkflow(false)
                return get('x_acme_app_note', gr.insert() ?? '').getValue('text')
            })
        expect(write('x_acme_app')).toBe('plain')
        // Another app's script cannot: the note's rule runs.
        expect(write('x_other_app')).toBe('stamped')
    })
})
