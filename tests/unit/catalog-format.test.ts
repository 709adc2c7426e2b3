import { CRITERIA_PREFIX, criteriaDescription, criteriaName, criteriaScript, isCriteriaNameOf } from '../../src/server/catalog/criteria-text'
import { formatMoney, formatMonthly, parseAmount } from '../../src/server/catalog/money'
import { audienceOf, visibilityText } from '../../src/server/catalog/visibility-text'
import { duplicateOfferingProblem, offeringProblems } from '../../src/server/catalog/offering-validation'
import { dimensionRows, rankingsFrom } from '../../src/server/catalog/card'
import { amountOf, checkQuantity, decimalText, matchesTerms, priceText, searchTerms } from '../../src/local/service-catalog/text'

/** Pure formatting of the persona-filtered catalog: the texts the portal and the API show. */

const PERSONA_ID = '45a38821efab4c39ad46756430644324'

describe('persona criteria texts', () => {
    test('name, description and script of a persona criterion', () => {
        expect(criteriaName('Telecommuter')).toBe('Persona: Telecommuter')
        expect(criteriaName('  Field   Engineer ')).toBe('Persona: Field Engineer')
        expect(criteriaName('x'.repeat(200))).toHaveLength(100)
        expect(criteriaName('Telecommuter').startsWith(CRITERIA_PREFIX)).toBe(true)
        expect(isCriteriaNameOf('Persona: Telecommuter', 'Telecommuter')).toBe(true)
        expect(isCriteriaNameOf('Remote staff', 'Telecommuter')).toBe(false)
        expect(criteriaDescription('Telecommuter')).toContain('Users whose persona is Telecommuter.')
        expect(criteriaScript(PERSONA_ID)).toBe(`answer = new x_psm_persona.PersonaCriteria().matches(user_id, '${PERSONA_ID}');`)
    })

    test.each(["'); gs.setProperty('x','y'); ('", '', 'ABCDEF0123456789ABCDEF0123456789', '45a38821'])('a value that is not a sys_id (%p) never reaches script text', (bad) => {
        expect(() => criteriaScript(bad)).toThrow('Not a sys_id')
    })
})

describe('money', () => {
    test.each([
        [0, '$0.00'],
        [12, '$12.00'],
        [9.5, '$9.50'],
        [1249, '$1,249.00'],
        [1234567.891, '$1,234,567.89'],
        [0.005, '$0.01'],
        [-3.2, '-$3.20'],
        [-0.001, '$0.00'],
    ])('formatMoney(%p) = %p', (amount, text) => {
        expect(formatMoney(amount)).toBe(text)
        expect(priceText(amount)).toBe(text)
    })

    test('monthly amounts and parsing', () => {
        expect(formatMonthly(12)).toBe('$12.00/month')
        expect(parseAmount('12.5')).toBe(12.5)
        expect(parseAmount(' 7 ')).toBe(7)
        expect(parseAmount('')).toBeNull()
        expect(parseAmount(null)).toBeNull()
        expect(parseAmount('1e3')).toBeNull()
        expect(parseAmount('0x10')).toBeNull()
        expect(parseAmount(Number.NaN)).toBeNull()
        expect(amountOf('1249')).toBe(1249)
        expect(amountOf('')).toBe(0)
        expect(amountOf(null)).toBe(0)
        expect(amountOf('abc')).toBe(0)
        expect(decimalText(12)).toBe('12.00')
        expect(decimalText(433.456)).toBe('433.46')
    })
})

describe('why you see this', () => {
    test.each([
        ['Telecommuter', 'Telecommuters'],
        ['Virtual Executive', 'Virtual Executives'],
        ['Business Analyst', 'Business Analysts'],
        ['Knowledge Worker', 'Knowledge Workers'],
        ['Field Engineers', 'Field Engineers'],
        ['Technology Support', 'the Technology Support persona'],
        ['Sales', 'Sales'],
        ['<b>Telecommuter</b>', 'Telecommuters'],
        ['Remote <script>x</script>\nWorker', 'Remote x Workers'],
        ['   ', 'an unnamed persona'],
    ])('audienceOf(%p) = %p', (name, audience) => {
        expect(audienceOf(name)).toBe(audience)
    })

    test('one plain sentence per reason', () => {
        expect(visibilityText({ kind: 'everyone' })).toBe('Available to everyone')
        expect(visibilityText({ kind: 'offered', persona: 'Telecommuter', monthlyCost: 12, bundled: false })).toBe('Offered to Telecommuters at $12.00/month')
        expect(visibilityText({ kind: 'offered', persona: 'Telecommuter', monthlyCost: 45, bundled: true })).toBe(
            'Offered to Telecommuters at $45.00/month, included in the persona bundle',
        )
        expect(visibilityText({ kind: 'offered', persona: 'Technology Support', monthlyCost: 0, bundled: false })).toBe(
            'Offered to the Technology Support persona at no monthly cost',
        )
        expect(visibilityText({ kind: 'criteria', names: ['IT staff'] })).toBe('Available to you through the user criteria "IT staff"')
        expect(visibilityText({ kind: 'criteria', names: ['A', 'B', 'C'] })).toBe('Available to you through the user criteria "A", "B" and "C"')
        expect(visibilityText({ kind: 'criteria', names: [] })).toBe('Available to you through user criteria')
        expect(visibilityText({ kind: 'admin' })).toBe('Visible to you as an administrator')
        expect(visibilityText({ kind: 'hidden' })).toBe('Not available to you')
    })
})

describe('offering validation', () => {
    test('a complete offering passes; an empty cost counts as none', () => {
        expect(offeringProblems({ persona: 'p', catalogItem: 'i', monthlyCost: '12.50' })).toEqual([])
        expect(offeringProblems({ persona: 'p', catalogItem: 'i', monthlyCost: '' })).toEqual([])
        expect(offeringProblems({ persona: 'p', catalogItem: 'i', monthlyCost: null })).toEqual([])
    })

    test('every problem is reported at once', () => {
        expect(offeringProblems({ persona: '', catalogItem: null, monthlyCost: '-5' })).toEqual([
            'Choose the persona the service is offered to.',
            'Choose the catalog item offered.',
            'Monthly cost -5 cannot be negative.',
        ])
        expect(offeringProblems({ persona: 'p', catalogItem: 'i', monthlyCost: 'ten' })).toEqual(['Monthly cost "ten" is not a number.'])
        expect(duplicateOfferingProblem('Telecommuter', 'Always-On VPN')).toBe('Telecommuter already has an offering for Always-On VPN; change that offering instead.')
    })
})

describe('persona card rows', () => {
    test('rankings from record values; anything missing or out of range gives null', () => {
        expect(rankingsFrom({ technology: '3', network: '3', interaction: '2', communication: '2', mobility: '4' })).toEqual({
            technology: 3,
            network: 3,
            interaction: 2,
            communication: 2,
            mobility: 4,
        })
        expect(rankingsFrom({ technology: '3', network: '3', interaction: '2', communication: '2', mobility: null })).toBeNull()
        expect(rankingsFrom({ technology: '5', network: '3', interaction: '2', communication: '2', mobility: '1' })).toBeNull()
        expect(rankingsFrom({ technology: '2.5', network: '3', interaction: '2', communication: '2', mobility: '1' })).toBeNull()
    })

    test('five rows in dimension order, persona and user side by side', () => {
        const rows = dimensionRows({ technology: 3, network: 3, interaction: 2, communication: 2, mobility: 4 }, null)
        expect(rows.map((r) => r.label)).toEqual(['Technology', 'Network', 'Interaction', 'Communication', 'Virtual/Mobile'])
        expect(rows[4]).toEqual({ dimension: 'mobility', label: 'Virtual/Mobile', persona: 4, user: null })
        expect(dimensionRows(null, null).every((r) => r.persona === null && r.user === null)).toBe(true)
    })
})

describe('catalog search and quantities', () => {
    test('every search word must occur in some field, case-insensitively', () => {
        expect(searchTerms('  VPN "Global" ')).toEqual(['vpn', 'global'])
        expect(matchesTerms(['Always-On VPN – GlobalProtect', 'Secure connection'], searchTerms('vpn global'))).toBe(true)
        expect(matchesTerms(['Always-On VPN', 'Secure connection'], searchTerms('vpn laptop'))).toBe(false)
        expect(matchesTerms(['x', null, undefined], [])).toBe(true)
        expect(matchesTerms(['Standard Laptop', 'for office work'], searchTerms('OFFICE laptop'))).toBe(true)
    })

    test.each([
        [undefined, 1],
        [null, 1],
        ['', 1],
        [1, 1],
        [99, 99],
        ['3', 3],
        [' 7 ', 7],
    ])('quantity %p is accepted as %p', (raw, quantity) => {
        expect(checkQuantity(raw)).toEqual({ ok: true, quantity })
    })

    test.each([0, 100, -1, 1.5, '1.5', 'two', true, [2], { n: 2 }, Number.NaN])('quantity %p is refused with the allowed range', (raw) => {
        const check = checkQuantity(raw)
        expect(check.ok).toBe(false)
        if (!check.ok) expect(check.message).toMatch(/^sysparm_quantity must be a whole number from 1 to 99; got /)
    })
})
