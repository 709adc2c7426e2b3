import { runtime } from '../../src/local/glide/runtime'
import type { Instance } from '../../src/local/instance'
import type { CapacityReport } from '../../src/server/ops/capacity'
import type { OutageImpact } from '../../src/server/ops/availability'
import { builtAppDir, freshInstance } from '../support/instance'
import { get, insert, personaId, update } from '../support/records'

/*
 * Personas across service management, end to end on the installed app (scope fencing on, runtime policy
 * enforcing): a capacity breach alerts the service owner once per crossing; an outage of a CI reaches the
 * personas whose offerings its dependent service delivers; an incident from a Virtual/Mobile 4 caller about VPN
 * gets a raised urgency, the priority the platform's lookup gives it and an acknowledgement worded for a mobile
 * worker, and its resolution email links the experience survey.
 */

interface CapacityModule {
    capacityReport(endMs?: number): CapacityReport
}
interface AvailabilityModule {
    outageImpact(outageId: string): OutageImpact | null
}

interface Mail {
    to: string
    subject: string
    body: string
}

let now = '2026-11-02 08:00:00'
let instance: Instance
let owner: string
let vpn: string
let capacity: string
let serial = 0

function mailsAbout(recordId: string): Mail[] {
    const found = runtime().store.prepare('SELECT recipients, subject, body, body_text FROM sys_email WHERE instance = ? ORDER BY rowid').all(recordId) as Array<{
        recipients: string | null
        subject: string | null
        body: string | null
        body_text: string | null
    }>
    return found.map((r) => ({ to: r.recipients ?? '', subject: r.subject ?? '', body: `${r.body ?? ''}${r.body_text ?? ''}` }))
}

/** A user with an email, scored into `persona` the way an admin pins one (the profile), which writes the assignment history. */
function member(persona: string, extra: Record<string, string> = {}): string {
    serial += 1
    const id = instance.run(() => insert('sys_user', { user_name: `u${serial}`, name: `User ${serial}`, email: `u${serial}@example.com`, ...extra }))
    instance.run(() => update('x_psm_persona_profile', get('x_psm_persona_profile', 'user', id).getUniqueValue(), { persona: personaId(persona) }))
    return id
}

function runCheck(): void {
    instance.run(() => instance.jobs.run('Persona capacity check'))
    instance.drain()
}

beforeAll(() => {
    // The run's base image (scope fencing on), then a real install without the demo data (demo catalog
    // items and offerings), which the run's installed image holds.
    instance = freshInstance(() => now)
    instance.install(builtAppDir(), { demo: false })
    owner = instance.run(() => insert('sys_user', { user_name: 'olga', name: 'Olga Owner', email: 'olga@example.com' }))
    vpn = instance.run(() => get('cmdb_ci_service', 'name', 'Remote Access (VPN)').getUniqueValue())
    instance.run(() => update('cmdb_ci_service', vpn, { owned_by: owner }))
    capacity = instance.run(() => get('x_psm_persona_service_capacity', 'service', vpn).getUniqueValue())
    // 20 seats, alert at 85 % = 17 seats; a Telecommuter (Virtual/Mobile 4) holds 0.9 of a seat.
    instance.run(() => update('x_psm_persona_service_capacity', capacity, { capacity: 20, threshold_pct: 85 }))
})
afterAll(() => {
    if (process.env.OPS_LOGS) console.log(instance.logs.map((l) => `${l.level} ${l.message}`).join('\n'))
    instance.close()
})

describe('capacity by persona', () => {
    const telecommuters: string[] = []

    test('below the threshold nothing is sent; the demand is recorded with its persona breakdown', () => {
        for (let i = 0; i < 15; i++) telecommuters.push(member('Telecommuter'))
        now = '2026-11-16 06:00:00'
        runCheck()
        const cap = instance.run(() => get('x_psm_persona_service_capacity', capacity))
        expect(Number(cap.getValue('last_demand'))).toBeCloseTo(13.5, 1)
        expect(cap.getValue('last_summary')).toContain('Telecommuter: 15 users × 0.9 = 13.5 concurrent VPN seats')
        expect(mailsAbout(capacity)).toEqual([])
    })

    test('crossing the threshold alerts the service owner once, not on every run', () => {
        for (let i = 0; i < 5; i++) telecommuters.push(member('Telecommuter'))
        now = '2026-11-17 06:00:00'
        runCheck()
        now = '2026-11-18 06:00:00'
        runCheck()
        const mails = mailsAbout(capacity)
        expect(mails).toHaveLength(1)
        expect(mails[0].to).toBe('olga@example.com')
        expect(mails[0].subject).toBe('Capacity alert: Remote Access (VPN) at 90% (threshold 85%)')
        expect(mails[0].body).toContain('Telecommuter: 20 users × 0.9 = 18 concurrent VPN seats')
        expect(instance.run(() => get('x_psm_persona_service_capacity', capacity).getValue('breached'))).toBe('1')
    })

    test('falling below re-arms the alert, and the next crossing alerts again', () => {
        for (const id of telecommuters.slice(0, 5)) instance.run(() => update('sys_user', id, { active: false }))
        now = '2026-11-19 06:00:00'
        runCheck()
        expect(instance.run(() => get('x_psm_persona_service_capacity', capacity).getValue('breached'))).toBe('0')
        for (const id of telecommuters.slice(0, 5)) instance.run(() => update('sys_user', id, { active: true }))
        now = '2026-11-20 06:00:00'
        runCheck()
        expect(mailsAbout(capacity)).toHaveLength(2)
    })

    test('the forecast follows the trend of persona changes', () => {
        // 15 Telecommuters arrived in the week of 2 November and 5 more in the week of 16 November: the line
        // through the weekly headcounts rises, so the forecast four weeks on is above today's demand.
        const report = instance.appModule<CapacityModule>('src/server/ops/capacity.ts').capacityReport(Date.parse('2026-11-20T06:00:00Z'))
        const line = report.services.find((s) => s.service === 'Remote Access (VPN)')
        expect(line?.demand).toBeCloseTo(18, 1)
        expect(line?.forecast).toBeGreaterThan(18)
    })
})

describe('availability by persona', () => {
    test('an outage of a CI the service depends on shows the affected personas, their users and notices', () => {
        const world = instance.run(() => {
            const concentrator = insert('cmdb_ci', { name: 'VPN concentrator' })
            insert('cmdb_rel_ci', { parent: vpn, child: concentrator, type: '1a9cb166f1571100a92eb60da2bce5c5' })
            const collab = get('cmdb_ci_service', 'name', 'Collaboration Suite').getUniqueValue()
            const vpnItem = insert('sc_cat_item', { name: 'VPN client' })
            const chatItem = insert('sc_cat_item', { name: 'Team chat' })
            const link = (persona: string, item: string, service: string) => {
                const offering = insert('x_psm_persona_offering', { persona: personaId(persona), catalog_item: item, monthly_cost: 5, restrict_item: true })
                insert('x_psm_persona_offering_service', { offering, service })
            }
            link('Telecommuter', vpnItem, vpn)
            link('Virtual Executive', vpnItem, vpn)
            link('Business Analyst', chatItem, collab)
            insert('x_psm_persona_availability_target', {
                persona: personaId('Virtual Executive'),
                service: vpn,
                target_pct: 99.9,
                outage_notice: 'Your assistant will route calls while {service} is down.',
            })
            return { outage: insert('cmdb_ci_outage', { cmdb_ci: concentrator, type: 'outage', begin: '2026-11-20 09:00:00' }) }
        })
        member('Virtual Executive')
        member('Virtual Executive')
        member('Business Analyst')
        const impact = instance.appModule<AvailabilityModule>('src/server/ops/availability.ts').outageImpact(world.outage)
        expect(impact?.services).toEqual(['Remote Access (VPN)'])
        expect(impact?.personas.map((p) => [p.persona, p.users, p.dependsBy])).toEqual([
            ['Telecommuter', 20, 'Virtual/Mobile 4'],
            ['Virtual Executive', 2, 'Virtual/Mobile 4'],
        ])
        expect(impact?.users).toBe(22)
        expect(impact?.personas[0].notice).toBe(
            'Telecommuter: Remote Access (VPN) is unavailable while many of you work away from the office. Save your work locally; we will send updates to your mobile. Where you can, use an office connection until it is restored.',
        )
        expect(impact?.personas[1].notice).toBe('Virtual Executive: Your assistant will route calls while Remote Access (VPN) is down.')
        expect(impact?.personas[1].targetPct).toBe(99.9)
    })
})

describe('incidents and problems by persona', () => {
    test('a Virtual/Mobile 4 caller without VPN gets raised urgency, the looked-up priority and a mobile-worded acknowledgement', () => {
        const caller = member('Telecommuter', { mobile_phone: '+44 7700 900123' })
        const analyst = member('Business Analyst')
        const values = { short_description: 'VPN will not connect', category: 'network', subcategory: 'vpn', impact: 2, urgency: 3 }
        const inc = instance.run(() => insert('incident', { ...values, caller_id: caller }))
        const other = instance.run(() => insert('incident', { ...values, caller_id: analyst }))
        instance.drain()
        const gr = instance.run(() => get('incident', inc))
        expect(gr.getValue('urgency')).toBe('1')
        // Priority lookup: impact 2, urgency 1 → 2 - High.
        expect(gr.getDisplayValue('priority')).toBe('2 - High')
        expect(gr.getValue('x_psm_persona_workstyle')).toBe('Telecommuter: Mobile-first (Virtual/Mobile 4): prefers SMS/mobile updates')
        expect(gr.getValue('x_psm_persona_rule_note')).toContain('persona rule "Mobile worker without VPN"')
        const ack = mailsAbout(inc)
        expect(ack).toHaveLength(1)
        expect(ack[0].body).toContain('Priority: 2 - High.')
        expect(ack[0].body).toContain('We will send short updates to your mobile (+44 7700 900123)')

        const plain = instance.run(() => get('incident', other))
        expect(plain.getValue('urgency')).toBe('3')
        expect(plain.getDisplayValue('priority')).toBe('4 - Low')
        expect(plain.getValue('x_psm_persona_rule_note')).toBeNull()
        expect(mailsAbout(other)[0].body).toContain('If this becomes urgent we will call you rather than wait for email.')

        const prb = instance.run(() => insert('problem', { short_description: 'VPN concentrator drops sessions' }))
        instance.run(() => update('incident', inc, { problem_id: prb }))
        instance.run(() => update('incident', other, { problem_id: prb }))
        expect(instance.run(() => get('problem', prb).getValue('x_psm_persona_affected'))).toBe('Business Analyst (1), Telecommuter (1)')

        instance.run(() => update('incident', inc, { state: 6, close_code: 'Solution provided', close_notes: 'Concentrator restarted' }))
        instance.drain()
        const resolved = mailsAbout(inc).filter((m) => m.subject.endsWith('is resolved'))
        expect(resolved).toHaveLength(1)
        expect(resolved[0].body).toContain(`/sp?id=psm_feedback&amp;task=${inc}&amp;role=caller`)
    })
})


interface SecurityModule {
    postureGaps(): Array<{ name: string; persona: string; missing: string[] }>
}
interface OpsDashboardModule {
    opsDashboardData(): { ok: true; view: { sections: Array<{ id: string; figures: Array<{ id: string; table: { csv: string; rows: Array<{ head: { text: string }; cells: Array<{ text: string }> }> } }> }> } } | { ok: false; status: number; message: string }
}

describe('security posture by persona', () => {
    test('a user whose delivered services miss a control their persona requires is listed with what is missing', () => {
        const ids = instance.run(() => {
            const mfaKey = insert('sc_cat_item', { name: 'Hardware security key' })
            const mdm = insert('sc_cat_item', { name: 'Mobile device enrolment' })
            insert('x_psm_persona_item_control', { catalog_item: mfaKey, control: 'mfa' })
            insert('x_psm_persona_item_control', { catalog_item: mdm, control: 'device_management' })
            // The Virtual Executive's required controls come with the app (first-install data): MFA, device
            // management, VPN and disk encryption.
            return { mfaKey, mdm }
        })
        const covered = member('Virtual Executive')
        const partly = member('Virtual Executive')
        instance.run(() => {
            const request = insert('sc_request', { requested_for: covered })
            insert('sc_req_item', { request, cat_item: ids.mfaKey, requested_for: covered, state: 3 })
            insert('sc_req_item', { request, cat_item: ids.mdm, requested_for: covered, state: 3 })
            // Ordered but not delivered yet: it provides nothing.
            insert('sc_req_item', { request, cat_item: ids.mdm, requested_for: partly, state: 1 })
            insert('sc_req_item', { request, cat_item: ids.mfaKey, requested_for: partly, state: 3 })
        })
        const gaps = instance.appModule<SecurityModule>('src/server/ops/security-posture.ts').postureGaps()
        const names = (id: string) => instance.run(() => get('sys_user', id).getValue('name'))
        expect(gaps.find((g) => g.name === names(covered))?.missing).toEqual(['vpn', 'disk_encryption'])
        expect(gaps.find((g) => g.name === names(partly))?.missing).toEqual(['device_management', 'vpn', 'disk_encryption'])
        // The two Virtual Executives of the outage scenario have no delivered item at all.
        expect(gaps.filter((g) => g.persona === 'Virtual Executive' && g.missing.length === 4)).toHaveLength(2)
    })
})

describe('dashboard row', () => {
    test('analysts get the four sections, each table with its CSV; anyone else is refused on the server', () => {
        const analyst = instance.run(() => {
            const id = insert('sys_user', { user_name: 'ana', name: 'Ana Analyst' })
            insert('sys_user_has_role', { user: id, role: get('sys_user_role', 'name', 'x_psm_persona.analyst').getUniqueValue() })
            return id
        })
        const mod = instance.appModule<OpsDashboardModule>('src/server/portal/dashboard-ops.ts')
        now = '2026-11-20 12:00:00'
        const result = instance.runAs(analyst, () => mod.opsDashboardData())
        if (!result.ok) throw new Error(result.message)
        expect(result.view.sections.map((s) => s.id)).toEqual(['ops-capacity', 'ops-availability', 'ops-incidents', 'ops-security'])
        const outage = result.view.sections[1].figures[0].table
        expect(outage.rows.map((r) => [r.cells[1].text, r.cells[2].text])).toEqual([
            ['Telecommuter', '21'],
            // Two more Virtual Executives arrived in the security scenario.
            ['Virtual Executive', '4'],
        ])
        expect(outage.csv.split('\r\n')[0]).toBe('Outage,Configuration item,Persona,Users,Depends by,Target,Notice')
        // 21 Telecommuters × 0.9 + 4 Virtual Executives × 0.9 + 2 Business Analysts × 0.05 = 22.6 seats, 113 % of 20.
        const capacityCsv = result.view.sections[0].figures[0].table.csv
        expect(capacityCsv).toContain('Remote Access (VPN),concurrent VPN seats,20,22.6,113')

        // Per department: a Telecommuter of Field Sales calls in an incident linked to an open problem.
        const sales = instance.run(() => insert('cmn_department', { name: 'Field Sales' }))
        const rep = member('Telecommuter', { department: sales })
        instance.run(() => {
            const prb = insert('problem', { short_description: 'Mobile hotspot drops' })
            insert('incident', { short_description: 'Hotspot drops every hour', caller_id: rep, problem_id: prb })
        })
        const again = instance.runAs(analyst, () => mod.opsDashboardData())
        if (!again.ok) throw new Error(again.message)
        const fig = (section: number, id: string) => {
            const found = again.view.sections[section].figures.find((f) => f.id === id)
            if (!found) throw new Error(`no figure ${id}`)
            return found.table
        }
        const row = (table: ReturnType<typeof fig>, head: string) => table.rows.find((r) => r.head.text === head)?.cells.map((c) => c.text)
        const incidents = fig(2, 'ops-incidents-by-department')
        expect(incidents.csv.split('\r\n')[0]).toMatch(/^Department,.*Telecommuter,Total$/)
        expect(incidents.csv).toContain('Field Sales,')
        expect(row(incidents, 'Field Sales')?.slice(-2)).toEqual(['1', '1'])
        expect(row(fig(2, 'ops-problems-by-department'), 'Field Sales')?.slice(-2)).toEqual(['1', '1'])
        // The outage under way reaches the Field Sales Telecommuter too: one affected user in that department.
        const outageByDepartment = fig(1, 'ops-outage-by-department')
        expect(outageByDepartment.csv.split('\r\n')[0]).toBe('Department,Telecommuter,Virtual Executive,Total')
        expect(row(outageByDepartment, 'Field Sales')).toEqual(['1', '0', '1'])

        const someone = instance.run(() => insert('sys_user', { user_name: 'sam', name: 'Sam Someone' }))
        const refused = instance.runAs(someone, () => mod.opsDashboardData())
        expect(refused).toEqual({ ok: false, status: 403, message: 'The analyst dashboard is for analysts and administrators of Persona Service Management.' })
    })
})
