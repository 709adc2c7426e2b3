import { absoluteUrl, approvalUrl, feedbackUrl, itemUrl, portalUrl, ticketUrl } from '../../src/server/mail/links'
import { parsePhases, type Phase } from '../../src/server/change/phases'
import { decodeEntities, htmlToPlainText } from '../../src/server/mail/text'
import { button, link, table } from '../../src/server/mail/html'
import { diffSnapshots } from '../../src/server/change/update-budget'
import { updateSubject } from '../../src/server/change/mail'
import { ownPhase } from '../../src/server/change/your-phase'

/* Issue 15.4 and 18.2/18.3: the links, the reader's own phase, the plain-text part, the update diff. Pure. */

function phases(text: string): Phase[] {
    const parsed = parsePhases(text)
    if (!parsed.ok) throw new Error(parsed.errors.join(' '))
    return parsed.phases
}

const SCHEDULE = phases(
    [
        'Everyone | 2026-12-05 | 2026-12-06 | Everyone',
        'Sales wave | 2026-12-03 | 2026-12-04 | Sales',
        'London | 2026-12-02 | 2026-12-02 | London',
        'Mobile | 2026-12-07 | 2026-12-08 | Virtual Executive',
        'Bob first | 2026-12-09 | 2026-12-09 | Bob Board',
        'Field team | 2026-12-10 | 2026-12-10 | Field Engineers',
    ].join('\n'),
)

describe('your phase: the most specific match, never a catch-all list', () => {
    const none = { person: [], groups: [], places: [], persona: [] }
    test('person before group before department/location before persona before Everyone', () => {
        expect(ownPhase(SCHEDULE, { person: ['Bob Board', 'bob'], groups: ['Field Engineers'], places: ['Sales', 'London'], persona: ['Virtual Executive'] })?.name).toBe('Bob first')
        expect(ownPhase(SCHEDULE, { ...none, groups: ['Field Engineers'], places: ['Sales'], persona: ['Virtual Executive'] })?.name).toBe('Field team')
        // Department and location are one level: the earliest of their phases.
        expect(ownPhase(SCHEDULE, { ...none, places: ['Sales', 'London'], persona: ['Virtual Executive'] })?.name).toBe('London')
        expect(ownPhase(SCHEDULE, { ...none, persona: ['Virtual Executive'] })?.name).toBe('Mobile')
        expect(ownPhase(SCHEDULE, { ...none, person: ['Hal'] })?.name).toBe('Everyone')
    })
    test('no phase names the reader and none is for everyone: no phase', () => {
        expect(ownPhase(phases('Pilot | 2026-12-01 | 2026-12-01 | IT'), { ...none, places: ['HR'] })).toBeNull()
    })
})

describe('links: absolute portal pages of the contract', () => {
    const base = 'https://acme.service-now.com/'
    test('each page and its parameters', () => {
        expect(ticketUrl(base, 'change_request', 'abc')).toBe('https://acme.service-now.com/sp?id=ticket&table=change_request&sys_id=abc')
        expect(approvalUrl(base, 'a1')).toBe('https://acme.service-now.com/sp?id=psm_approval&sys_id=a1')
        expect(itemUrl(base, 'i1')).toBe('https://acme.service-now.com/sp?id=psm_item&sys_id=i1')
        expect(portalUrl(base, 'psm_my_changes')).toBe('https://acme.service-now.com/sp?id=psm_my_changes')
        expect(portalUrl(base, 'psm_catalog', { q: 'a&b c' })).toBe('https://acme.service-now.com/sp?id=psm_catalog&q=a%26b%20c')
        expect(absoluteUrl(base, '/sp?id=kb_search')).toBe('https://acme.service-now.com/sp?id=kb_search')
        expect(feedbackUrl(base, '/my/form', 'c', 'implementer')).toBe('https://acme.service-now.com/my/form?task=c&role=implementer')
    })
})

describe('the plain-text part', () => {
    test('button and links written out, entities decoded, tables as label: value lines', () => {
        const html = [
            '<p>Hello Ann &amp; Bob &middot; team,</p>',
            button('https://x.example.com/sp?id=approval&sys_id=a1', 'Approve or reject'),
            table(['Phase', 'Start', 'Audience'], [['Pilot', '2026-12-01', 'IT & Ops']]),
            `<ol><li>One</li><li>Two</li></ol>`,
            `<p>${link('https://x.example.com/sp?id=approvals', 'All your approvals')}</p>`,
        ].join('')
        const text = htmlToPlainText(html)
        expect(text).toContain('Hello Ann & Bob · team,')
        expect(text).toContain('>> Approve or reject: https://x.example.com/sp?id=approval&sys_id=a1')
        expect(text).toContain('* Phase: Pilot\n  Start: 2026-12-01\n  Audience: IT & Ops')
        expect(text).toContain('1. One\n2. Two')
        expect(text).toContain('All your approvals: https://x.example.com/sp?id=approvals')
        expect(text).not.toMatch(/&[a-z#0-9]+;/)
        expect(decodeEntities('&lt;b&gt; &#39;x&#39; &#x2192;')).toBe("<b> 'x' →")
    })

    test('text that looks like a tag survives in lists, tables, headings and links (a rejection reason "<yet>")', () => {
        const html = ['<h2>Plan &lt;v2&gt;</h2>', '<ul><li>Bob Board: No rollback test &lt;yet&gt;</li></ul>', table(['Phase', 'Audience'], [['<Pilot>', 'R&D']]), link('https://x.example.com/?a=1&b=2', '<Go>')].join('')
        const text = htmlToPlainText(html)
        expect(text).toContain('Plan <v2>\n=========')
        expect(text).toContain('- Bob Board: No rollback test <yet>')
        expect(text).toContain('* Phase: <Pilot>\n  Audience: R&D')
        expect(text).toContain('<Go>: https://x.example.com/?a=1&b=2')
    })
})

describe('high-risk updates: a diff since the last message, and subjects that differ', () => {
    test('only the fields that differ, before and now', () => {
        expect(diffSnapshots({ risk: 'High', start_date: '2026-12-01 22:00:00', state: 'Authorize' }, { risk: 'Very High', start_date: '2026-12-01 22:00:00', state: 'Scheduled' })).toEqual([
            { field: 'state', label: 'State', from: 'Authorize', to: 'Scheduled' },
            { field: 'risk', label: 'Risk', from: 'High', to: 'Very High' },
        ])
    })
    test('numbered subjects naming what changed', () => {
        expect(updateSubject('CHG1', 1, ['Risk'])).toBe('High-risk change CHG1, update 1: Risk changed')
        expect(updateSubject('CHG1', 2, ['State', 'Risk', 'Planned start'])).toBe('High-risk change CHG1, update 2: State, Risk and 1 more changed')
    })
})
