import type { Instance } from '../../src/local/instance'
import { runtime } from '../../src/local/glide/runtime'
import { get, insert, personaId, update } from '../support/records'
import { sharedWorld, type SharedWorld } from '../support/world-image'

/** The people around a change, with the roles the app's notifications target. */
export interface ChangeWorld {
    requester: string
    coordinator: string
    implementer: string
    ann: string
    bob: string
    /** A CAB member whose persona ranks Virtual/Mobile 4 (Virtual Executive): the mobile-first reader. */
    cara: string
    manager: string
    gil: string
    gus: string
    cab: string
    network: string
    ci: string
    /** Departments the sample schedule's phases reach (addPhases). */
    departments: { it: string; sales: string; finance: string }
}

export const ADDRESS = (userName: string) => `${userName}@example.com`

function user(userName: string, name: string): string {
    return insert('sys_user', { user_name: userName, name, email: ADDRESS(userName) })
}

function group(name: string, members: string[]): string {
    const id = insert('sys_user_group', { name })
    for (const m of members) insert('sys_user_grmember', { group: id, user: m })
    return id
}

/** Users, the CAB, an implementation team, a change manager and a configuration item. */
export function buildWorld(): ChangeWorld {
    const w = {
        requester: user('rita', 'Rita Requester'),
        coordinator: user('carl', 'Carl Coordinator'),
        implementer: user('ivan', 'Ivan Implementer'),
        ann: user('ann', 'Ann Approver'),
        bob: user('bob', 'Bob Board'),
        cara: user('cara', 'Cara Cab'),
        manager: user('max', 'Max Manager'),
        gil: user('gil', 'Gil Group'),
        gus: user('gus', 'Gus Group'),
    }
    const role = get('sys_user_role', 'name', 'change_manager').getUniqueValue()
    insert('sys_user_has_role', { user: w.manager, role })
    // An admin pins Cara's persona by hand (the profile's persona), which mirrors it to sys_user.
    const profile = get('x_psm_persona_profile', 'user', w.cara)
    update('x_psm_persona_profile', profile.getUniqueValue(), { persona: personaId('Virtual Executive') })
    if (get('sys_user', w.cara).getValue('x_psm_persona_persona') !== personaId('Virtual Executive')) throw new Error('fixture: Cara is not a Virtual Executive')
    return {
        ...w,
        cab: group('Change Advisory Board', [w.ann, w.bob, w.cara]),
        network: group('Network Team', [w.gil, w.gus]),
        ci: insert('cmdb_ci', { name: 'Email' }),
        departments: { it: insert('cmn_department', { name: 'IT' }), sales: insert('cmn_department', { name: 'Sales' }), finance: insert('cmn_department', { name: 'Finance' }) },
    }
}

/**
 * The suite's hooks for tests that each start from buildWorld() on the installed app: the world is built
 * once per suite and every test gets a private copy of it (tests/support/world-image.ts), the same
 * records as when each test built its own.
 */
export function changeWorld(): SharedWorld<ChangeWorld> {
    return sharedWorld(() => buildWorld())
}

/** Free-text phasing notes (x_psm_persona_phases): the old text format, now never parsed. */
export const PHASES = ['Pilot | 2026-12-01 22:00 | 2026-12-01 23:00 | IT', 'Wave 1 | 2026-12-01 23:00 | 2026-12-02 01:30 | Sales, Finance'].join('\n')

/**
 * The sample schedule as the Phases related list holds it (the same as PHASES): Pilot reaches IT,
 * Wave 1 reaches Sales and Finance (two rows with the same name and dates). Returns the row ids.
 */
export function addPhases(w: ChangeWorld, changeId: string): string[] {
    const row = (name: string, start: string, end: string, department: string, order: number) =>
        insert('x_psm_persona_change_phase', { change: changeId, name, start, end, audience_type: 'department', audience_department: department, order })
    return [
        row('Pilot', '2026-12-01 22:00:00', '2026-12-01 23:00:00', w.departments.it, 10),
        row('Wave 1', '2026-12-01 23:00:00', '2026-12-02 01:30:00', w.departments.sales, 20),
        row('Wave 1', '2026-12-01 23:00:00', '2026-12-02 01:30:00', w.departments.finance, 20),
    ]
}

/** A change as its requester files it, with the sample schedule in its Phases related list. */
export function insertChangeWithPhases(instance: Instance, w: ChangeWorld, over: Record<string, string | number | boolean> = {}): string {
    const id = as(instance, w.requester, () => insert('change_request', changeValues(w, over)))
    addPhases(w, id)
    return id
}

/** A well-prepared change, as its requester would file it. */
export function changeValues(w: ChangeWorld, over: Record<string, string | number | boolean> = {}): Record<string, string | number | boolean> {
    return {
        short_description: 'Upgrade mail gateway',
        risk: 2,
        impact: 2,
        priority: 2,
        cmdb_ci: w.ci,
        implementation_plan: '1. Drain queues\n2. Upgrade\n3. Restore traffic',
        backout_plan: 'Restore the VM snapshot',
        test_plan: 'Send and receive test mail',
        x_psm_persona_test_results: 'All 42 checks passed in staging',
        x_psm_persona_security_notes: 'TLS settings unchanged',
        x_psm_persona_rollout_plan: 'Outlook restarts once.',
        x_psm_persona_training: 'Read the two-page guide',
        x_psm_persona_support_contact: 'Mail team, ext. 4242',
        x_psm_persona_phases: PHASES,
        start_date: '2026-12-01 22:00:00',
        end_date: '2026-12-02 02:00:00',
        assignment_group: w.network,
        assigned_to: w.implementer,
        ...over,
    }
}

/**
 * One recipient's copy of a sys_email as the tests read it: who, what, and which stakeholder/moment/
 * variant the app rendered. The platform writes one sys_email per send with every recipient in its
 * To: line (`recipients`, up to glide.email.smtp.max_recipients), so an email to three approvers is
 * three Mails here with the same `email` and `recipients`.
 */
export interface Mail {
    /** The sys_email's sys_id. */
    email: string
    /** Every address on the sys_email's To: line. */
    recipients: string[]
    to: string
    subject: string
    body: string
    bodyText: string
    stakeholder: string
    moment: string
    variant: string
    notification: string
}

function attr(body: string, name: string): string {
    return new RegExp(`data-${name}="([^"]*)"`).exec(body)?.[1] ?? ''
}

interface EmailRow {
    sys_id: string
    recipients: string | null
    subject: string | null
    body: string | null
    body_text: string | null
    notification: string | null
}

/** The emails about one change, in the order they were written (rowid: sys_created_on has one-second ties). */
export function mailsFor(changeId: string): Mail[] {
    const found = runtime()
        .store.prepare(
            `SELECT e.sys_id, e.recipients, e.subject, e.body, e.body_text, n.name AS notification FROM sys_email e
             LEFT JOIN sysrule n ON n.sys_id = e.notification WHERE e.instance = ? ORDER BY e.rowid`,
        )
        .all(changeId) as EmailRow[]
    return found.flatMap((r) => {
        const body = r.body ?? ''
        const recipients = (r.recipients ?? '').split(',').filter(Boolean)
        return recipients.map((to) => ({
            email: r.sys_id,
            recipients,
            to,
            subject: r.subject ?? '',
            body,
            bodyText: r.body_text ?? '',
            stakeholder: attr(body, 'stakeholder'),
            moment: attr(body, 'moment'),
            variant: attr(body, 'variant'),
            notification: r.notification ?? '',
        }))
    })
}

/** Per recipient, "stakeholder:moment" of each email, in order (a compact picture of who got what). */
export function ledger(mails: readonly Mail[]): Record<string, string[]> {
    const out: Record<string, string[]> = {}
    for (const m of mails) (out[m.to] ??= []).push(`${m.stakeholder}:${m.moment}`)
    return out
}

/** Runs fn as a user, then processes the events it queued (the emails are written then). */
export function as<T>(instance: Instance, userId: string, fn: () => T): T {
    const result = instance.runAs(userId, fn)
    instance.drain()
    return result
}
