import { htmlToPlainText } from '../../src/server/mail/text'
import fc from 'fast-check'
import { digestOf, type ApprovalLine } from '../../src/server/change/approvals'
import { emptyFacts, type ChangeFacts } from '../../src/server/change/facts'
import type { ChangeEventKey } from '../../src/server/change/model'
import { renderChangeMail, mailParts, STAKEHOLDERS, type MailModel, type Stakeholder } from '../../src/server/change/render'
import { escapeHtml, link, multiline, safeUrl } from '../../src/server/mail/html'
import { MOBILE_FACTS } from '../../src/server/change/render-layout'
import { parsePhases, type Phase } from '../../src/server/change/phases'

/**
 * The tailored messages, rendered as pure functions. Mail-script output is inserted into the email
 * as is (the engine escapes only ${field} substitutions), so every value is escaped here.
 */

/** A schedule written in the text notation, as the Phases related list would hold it. */
function schedule(text: string): Phase[] {
    const parsed = parsePhases(text)
    if (!parsed.ok) throw new Error(parsed.errors.join(' '))
    return parsed.phases
}

const CHANGE: ChangeFacts = {
    ...emptyFacts(),
    sysId: 'c0ffee00c0ffee00c0ffee00c0ffee00',
    number: 'CHG0001001',
    shortDescription: 'Upgrade mail gateway',
    state: -2,
    risk: 2,
    impact: 2,
    priority: 2,
    ci: 'Email',
    implementationPlan: '1. Drain queues\n2. Upgrade\n3. Restore traffic',
    backoutPlan: 'Restore the VM snapshot',
    testPlan: 'Send and receive test mail',
    testResults: 'All 42 checks passed in staging',
    securityNotes: 'TLS settings unchanged',
    startDate: '2026-12-01 22:00:00',
    endDate: '2026-12-02 02:00:00',
    phases: schedule('Pilot | 2026-12-01 22:00 | 2026-12-01 23:00 | IT\nWave 1 | 2026-12-01 23:00 | 2026-12-02 01:30 | Sales, Finance'),
    rolloutPlan: 'Outlook restarts once; mail sent during the window is delayed by up to 10 minutes.',
    training: 'Read the two-page guide: https://intranet.example.com/mail',
    supportContact: 'Mail team, ext. 4242',
    requestedBy: 'Rita Requester',
    assignedTo: 'Ivan Implementer',
}

const APPROVALS: ApprovalLine[] = [
    { sysId: 'a1', approver: 'u-ann', approverName: 'Ann Approver', state: 'approved' },
    { sysId: 'a2', approver: 'u-bob', approverName: 'Bob Board', state: 'requested' },
]

function model(stakeholder: Stakeholder, moment: ChangeEventKey, over: Partial<MailModel> = {}, change: Partial<ChangeFacts> = {}): MailModel {
    return {
        stakeholder,
        moment,
        change: { ...CHANGE, ...change },
        recipient: { sysId: 'u-bob', name: 'Bob Board', mobile: false, attributes: ['Sales', 'London'] },
        approvals: digestOf(APPROVALS, 'u-bob'),
        links: {
            change: 'https://acme.service-now.com/sp?id=ticket&table=change_request&sys_id=c0ffee00c0ffee00c0ffee00c0ffee00',
            approval: 'https://acme.service-now.com/sp?id=approval&sys_id=a2',
            approvals: 'https://acme.service-now.com/sp?id=approvals',
            myChanges: 'https://acme.service-now.com/sp?id=psm_my_changes',
            feedback: `https://acme.service-now.com/sp?id=psm_feedback&change=c0ffee00c0ffee00c0ffee00c0ffee00&role=${stakeholder}`,
            runbook: 'https://acme.service-now.com/sp?id=kb_search&query=change',
        },
        settings: { cabGroup: 'Change Advisory Board', supportChannel: 'Service Desk 555 0100', implementerSupport: 'Change bridge #impl' },
        update: null,
        ...over,
    }
}

function sections(html: string): string[] {
    return [...html.matchAll(/data-section="([^"]+)"/g)].map((m) => m[1])
}

const MOMENTS: Record<Stakeholder, ChangeEventKey[]> = {
    requester: ['submitted', 'assess', 'authorize', 'rejected', 'scheduled', 'implementing', 'review', 'closed', 'canceled'],
    approver: ['approvalRequested', 'highRiskUpdate'],
    implementer: ['scheduled', 'assigned', 'implementing', 'review', 'canceled'],
    change_manager: ['highRiskAuthorize', 'highRiskUpdate'],
}

describe('escaping', () => {
    test('escapeHtml covers the five HTML metacharacters', () => {
        expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;')
        expect(escapeHtml(null)).toBe('')
        expect(multiline('a <b>\nc')).toBe('a &lt;b&gt;<br>c')
    })

    test('only web links and instance paths become hrefs', () => {
        expect(safeUrl('https://x.example/a?b=1&c=2')).toBe('https://x.example/a?b=1&c=2')
        expect(safeUrl('/sp/feedback')).toBe('/sp/feedback')
        expect(safeUrl('javascript:alert(1)')).toBe('#')
        expect(safeUrl(' JavaScript:alert(1)')).toBe('#')
        expect(safeUrl('//evil.example')).toBe('#')
        expect(safeUrl('data:text/html,x')).toBe('#')
        expect(link('/a?x=1&y="2"', '<b>')).toMatch(/^<a href="\/a\?x=1&amp;y=&quot;2&quot;" style="[^"]*">&lt;b&gt;<\/a>$/)
    })

    test('property: whatever a change holds, no message of any stakeholder carries raw markup from it', () => {
        const hostile = fc.oneof(fc.constantFrom('<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "'; DROP", '&amp;', 'javascript:alert(1)'), fc.string())
        fc.assert(
            fc.property(hostile, hostile, hostile, fc.boolean(), (a, b, c, mobile) => {
                const change: Partial<ChangeFacts> = {
                    shortDescription: a,
                    backoutPlan: b,
                    implementationPlan: c,
                    ci: a,
                    testResults: b,
                    securityNotes: c,
                    rolloutPlan: a,
                    training: b,
                    supportContact: c,
                    requestedBy: a,
                    number: `CHG${b}`,
                    closeNotes: c,
                    phases: [{ line: 1, name: `P${a}`, start: '2026-12-01 00:00', end: '2026-12-02 00:00', startKey: '2026-12-01 00:00', endKey: '2026-12-02 00:00', audience: b || 'IT', audiences: [b || 'IT'] }],
                }
                const approvals = digestOf([{ sysId: 'a1', approver: 'u1', approverName: a, state: 'rejected', comments: b }], 'u1')
                for (const s of STAKEHOLDERS) {
                    for (const moment of MOMENTS[s]) {
                        const html = renderChangeMail(
                            model(s, moment, { approvals, recipient: { sysId: 'u1', name: c, mobile, attributes: [] }, update: { role: 'approver', fields: ['risk'] } }, change),
                        )
                        expect(html).not.toMatch(/<script|<img|href="javascript/i)
                    }
                }
            }),
            { numRuns: 60 },
        )
    })
})

describe('requester', () => {
    test('submitted: what happens next, and the gaps the approvers will ask about', () => {
        const html = renderChangeMail(model('requester', 'submitted', {}, { state: -5, backoutPlan: '' }))
        expect(sections(html)).toEqual(['headline', 'about', 'decision', 'status', 'next', 'guidance', 'support', 'links'])
        expect(html).toContain('We received your change CHG0001001')
        expect(html).toContain('Now: <strong>New</strong> (step 1 of 7)')
        expect(html).toContain('backout plan missing')
        expect(html).not.toContain('data-section="risk-summary"')
    })

    test('awaiting approval: who approves and how far they are', () => {
        const html = renderChangeMail(model('requester', 'authorize', {}, { state: -3 }))
        expect(html).toContain('Waiting for approval by the Change Advisory Board (1 of 2 approved, 1 pending)')
        expect(html).toContain('Ann Approver: approved')
        expect(html).toContain('Bob Board: pending')
        expect(html).toContain('Done: New, Assess')
    })

    test('scheduled: the rollout plan is personalised to the reader, with training and support', () => {
        const html = renderChangeMail(model('requester', 'scheduled'))
        expect(sections(html)).toEqual(expect.arrayContaining(['rollout-plan', 'rollout-details', 'phases', 'training', 'support', 'approval-status']))
        expect(html).toContain('Your phase: Wave 1, 2026-12-01 23:00 to 2026-12-02 01:30.')
        expect(html).toMatch(/<td[^>]*>Wave 1 \(you\)<\/td>/)
        expect(html).toMatch(/<td[^>]*>Pilot<\/td>/)
        expect(html).toContain('Mail team, ext. 4242')
        expect(html).toContain('Read the two-page guide')
        expect(html).not.toContain('Restore the VM snapshot')
    })

    test('scheduled without a phase for the reader says so and falls back to the support property', () => {
        const html = renderChangeMail(model('requester', 'scheduled', { recipient: { sysId: 'x', name: 'Hal', mobile: false, attributes: ['HR'] } }, { supportContact: '' }))
        expect(html).toContain('None of the phases names you specifically')
        expect(html).toContain('Service Desk 555 0100')
    })

    test('review: a feedback request with the requester feedback link', () => {
        const html = renderChangeMail(model('requester', 'review', {}, { state: 0 }))
        expect(html).toContain('data-section="feedback"')
        expect(html).toContain('href="https://acme.service-now.com/sp?id=psm_feedback&amp;change=c0ffee00c0ffee00c0ffee00c0ffee00&amp;role=requester"')
    })

    test('rejected: by whom and why', () => {
        const lines: ApprovalLine[] = [{ sysId: 'a1', approver: 'u1', approverName: 'Ann Approver', state: 'rejected', comments: 'No backout tested' }]
        const html = renderChangeMail(model('requester', 'rejected', { approvals: digestOf(lines) }, { state: 4 }))
        expect(html).toContain('Rejected by Ann Approver.')
        expect(html).toContain('Ann Approver: No backout tested')
        expect(html).toContain('<strong>Canceled</strong>')
    })

    test('closed and canceled', () => {
        expect(renderChangeMail(model('requester', 'closed', {}, { state: 3, closeCode: 'Successful' }))).toContain('The change is closed (Successful).')
        expect(renderChangeMail(model('requester', 'canceled', {}, { state: 4 }))).toContain('will not be implemented')
    })
})

describe('approver', () => {
    test('approval requested: decision, risk assessment and impact, and nothing for other stakeholders', () => {
        const html = renderChangeMail(model('approver', 'approvalRequested', {}, { state: -3, backoutPlan: '' }))
        expect(sections(html)).toEqual(['headline', 'about', 'decision', 'request', 'risk-summary', 'impact-summary', 'links'])
        expect(html).toContain('Approve or reject CHG0001001 (Upgrade mail gateway). HIGH RISK High, priority High: 1 concern to weigh.')
        expect(html).toContain('Please decide before the planned start, 2026-12-01 22:00 UTC.')
        expect(html).toContain('Backout plan: MISSING')
        expect(html).toContain('All 42 checks passed in staging')
        expect(html).toContain('TLS settings unchanged')
        expect(html).toContain('<strong>Affected users:</strong> IT, Sales, Finance')
        expect(html).toMatch(/href="https:\/\/acme\.service-now\.com\/sp\?id=approval&amp;sys_id=a2" data-primary="true"[^>]*>Approve or reject<\/a>/)
        expect(html).not.toMatch(/data-section="(phases|rollout-plan|training|feedback|implementation-plan)"/)
    })

    test('high-risk update: what changed, and whether the reader still has to decide', () => {
        const pending = renderChangeMail(model('approver', 'highRiskUpdate', { update: { role: 'approver', fields: ['risk', 'start_date'] } }, { state: -3 }))
        expect(pending).toContain('Your approval of CHG0001001 is still pending: Risk, Planned start changed')
        expect(pending).toContain('<strong>Risk:</strong> now High')
        // A diff, not a repeat: what changed, the risk verdict in one line, the approvals; not the whole impact block again.
        expect(sections(pending)).toEqual(expect.arrayContaining(['update', 'risk-summary', 'approval-status']))
        expect(sections(pending)).not.toContain('impact-summary')
        const decided = renderChangeMail(model('approver', 'highRiskUpdate', { recipient: { sysId: 'u-ann', name: 'Ann', mobile: false, attributes: [] }, update: { role: 'approver', fields: ['state'] } }))
        expect(decided).toContain('For your information: State changed on high-risk change CHG0001001, now Scheduled.')
        expect(decided).not.toContain('Approve or reject')
    })
})

describe('change manager', () => {
    test('a high-risk change entering Authorize: the approver summary and the approval status', () => {
        const html = renderChangeMail(model('change_manager', 'highRiskAuthorize', {}, { state: -3 }))
        expect(sections(html)).toEqual(expect.arrayContaining(['risk-summary', 'impact-summary', 'approval-status']))
        expect(html).toContain('Oversight: CHG0001001 entered Authorize.')
        expect(html).toContain('1 of 2 approved, 1 pending')
    })
})

describe('implementer', () => {
    test('scheduled: the action plan with window, plan, phases, backout, troubleshooting and feedback', () => {
        const html = renderChangeMail(model('implementer', 'scheduled'))
        expect(sections(html)).toEqual([
            'headline',
            'about',
            'decision',
            'action-plan',
            'window',
            'implementation-plan',
            'phases',
            'backout-plan',
            'test-plan',
            'troubleshooting',
            'feedback',
            'links',
        ])
        expect(html).toContain('1. Drain queues<br>2. Upgrade<br>3. Restore traffic')
        expect(html).toMatch(/<td[^>]*>Pilot<\/td><td[^>]*>2026-12-01 22:00<\/td><td[^>]*>2026-12-01 23:00<\/td><td[^>]*>IT<\/td>/)
        expect(html).toContain('Restore the VM snapshot')
        expect(html).toContain('Change bridge #impl')
        expect(html).toContain('role=implementer')
        expect(html).not.toContain('data-section="risk-summary"')
    })

    test('a missing backout plan is called out, not silently left out', () => {
        expect(renderChangeMail(model('implementer', 'scheduled', {}, { backoutPlan: '' }))).toContain('No backout plan: agree one with the change owner before you start.')
    })

    test('implementing, review and canceled', () => {
        expect(sections(renderChangeMail(model('implementer', 'implementing')))).toEqual(expect.arrayContaining(['troubleshooting', 'backout-plan', 'window']))
        expect(renderChangeMail(model('implementer', 'review'))).toContain('Report implementation feedback')
        expect(renderChangeMail(model('implementer', 'canceled'))).toContain('Stand down: CHG0001001 was canceled')
    })
})

describe('mobile-first variant (persona ranks Virtual/Mobile 4)', () => {
    const mobile = { sysId: 'u-bob', name: 'Bob Board', mobile: true, attributes: ['Sales'] }

    test('the decision and the links come first, then a few short facts, no long sections', () => {
        for (const s of STAKEHOLDERS) {
            for (const moment of MOMENTS[s]) {
                const html = renderChangeMail(model(s, moment, { recipient: mobile, update: { role: 'approver', fields: ['risk'] } }))
                // Greeting and headline, then the decision and the button before anything else.
                expect(html).toMatch(/data-variant="mobile"/)
                expect(html.indexOf('data-section="decision"')).toBeLessThan(html.indexOf('data-primary="true"'))
                expect(html.indexOf('data-primary="true"')).toBeLessThan(html.indexOf('data-section="about"'))
                expect(sections(html)).toEqual(expect.arrayContaining(['decision', 'headline']))
                // The requester's rollout plan is the one long-form block the mobile variant keeps (short).
                const allowed = ['decision', 'headline', 'links', 'about', 'key-facts', 'rollout-plan']
                expect(sections(html).filter((x) => allowed.indexOf(x) < 0)).toEqual([])
                const facts = ((/data-section="key-facts">([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '').match(/<li>/g) ?? []).length
                expect(facts).toBeLessThanOrEqual(MOBILE_FACTS)
            }
        }
    })

    test('the approver on mobile sees the decision, approve link and the backout gap at once', () => {
        const html = renderChangeMail(model('approver', 'approvalRequested', { recipient: mobile }, { backoutPlan: '' }))
        expect(html.indexOf('Approve or reject CHG0001001')).toBeLessThan(html.indexOf('/sp?id=approval&amp;sys_id=a2'))
        expect(html).toContain('<li>Backout plan: MISSING</li>')
        expect(html).not.toContain('Restore the VM snapshot')
        // Short: what the reader reads (the text, not the shared frame) is well under the standard message.
        expect(htmlToPlainText(html).length).toBeLessThan(htmlToPlainText(renderChangeMail(model('approver', 'approvalRequested', {}, { backoutPlan: '' }))).length * 0.75)
    })

    test('the same message in the standard variant has a greeting and every section', () => {
        const parts = mailParts(model('requester', 'scheduled'))
        const html = renderChangeMail(model('requester', 'scheduled'))
        expect(html).toContain('data-variant="standard"')
        expect(html).toContain('>Hello Bob Board,</p>')
        expect(parts.sections.length).toBeGreaterThan(3)
    })
})

describe('mobile-first requester: the rollout plan stays, short and first', () => {
    test('the reader\'s phase and what changes for them come right after the button', () => {
        const mobile = { sysId: 'u-bob', name: 'Bob Board', mobile: true, attributes: ['Sales'] }
        const html = renderChangeMail(model('requester', 'scheduled', { recipient: mobile }))
        const at = html.indexOf('data-section="rollout-plan"')
        expect(at).toBeGreaterThan(html.indexOf('data-primary="true"'))
        expect(at).toBeLessThan(html.indexOf('data-section="about"'))
        expect(html).toContain('Your phase: Wave 1, 2026-12-01 23:00 to 2026-12-02 01:30.')
        expect(html).toContain('What changes for you: Outlook restarts once')
        // The reader's own phase only, never the list of every phase.
        expect(html).not.toContain('Pilot')
    })
})
