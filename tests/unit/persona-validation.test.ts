import { validateRankings, findIdenticalPersonas, identicalPersonaWarning, type PersonaShape } from '../../src/server/persona/persona-validation'

const ok = { technology: 2, network: 3, interaction: 1, communication: 4, mobility: 1 }

describe('validateRankings', () => {
    it('accepts whole numbers 1-4, as numbers or as the strings GlideRecord returns', () => {
        expect(validateRankings(ok)).toEqual({ ok: true, rankings: ok, errors: [] })
        expect(validateRankings({ technology: '1', network: '2', interaction: '3', communication: '4', mobility: ' 4 ' }).rankings).toEqual({
            technology: 1, network: 2, interaction: 3, communication: 4, mobility: 4,
        })
    })

    it.each([
        ['0', 'Technology ranking 0 is outside 1-4.'],
        ['5', 'Technology ranking 5 is outside 1-4.'],
        ['-1', 'Technology ranking -1 is outside 1-4.'],
        ['2.5', 'Technology ranking "2.5" is not a whole number; use 1 to 4.'],
        ['abc', 'Technology ranking "abc" is not a whole number; use 1 to 4.'],
        ['', 'Technology ranking is required (a whole number from 1 to 4).'],
    ])('rejects technology=%p with a message naming the dimension', (value, message) => {
        const check = validateRankings({ ...ok, technology: value })
        expect(check.ok).toBe(false)
        expect(check.rankings).toBeNull()
        expect(check.errors).toEqual([message])
    })

    it('reports every bad dimension at once, with its label', () => {
        const check = validateRankings({ technology: 9, network: null, interaction: 1, communication: 4, mobility: 0 })
        expect(check.errors).toEqual([
            'Technology ranking 9 is outside 1-4.',
            'Network ranking is required (a whole number from 1 to 4).',
            'Virtual/Mobile ranking 0 is outside 1-4.',
        ])
    })
})

describe('identical persona detection', () => {
    const ts: PersonaShape = { sysId: 'a', name: 'Technology Support', rankings: ok, qualifier: '' }
    const kw: PersonaShape = { sysId: 'b', name: 'Knowledge Worker', rankings: { ...ok }, qualifier: '' }
    const ba: PersonaShape = { sysId: 'c', name: 'Business Analyst', rankings: { ...ok, network: 2, interaction: 2, communication: 3 }, qualifier: '' }

    it('finds the other personas with the same five rankings, never the persona itself', () => {
        expect(findIdenticalPersonas(ts, [ts, kw, ba])).toEqual([kw])
        expect(findIdenticalPersonas(ba, [ts, kw, ba])).toEqual([])
    })

    it('one differing dimension makes personas distinguishable', () => {
        expect(findIdenticalPersonas(ts, [{ ...kw, rankings: { ...ok, mobility: 2 } }])).toEqual([])
    })

    it('names both personas and says how to tell them apart', () => {
        const warning = identicalPersonaWarning(kw, [ts])
        expect(warning).toContain('"Knowledge Worker"')
        expect(warning).toContain('"Technology Support"')
        expect(warning).toContain('2/3/1/4/1')
        expect(warning).toContain('give one of them a qualifier')
        expect(identicalPersonaWarning(kw, [{ ...ts, qualifier: 'crit' }])).toContain('by qualifier')
        expect(identicalPersonaWarning(kw, [])).toBe('')
    })
})
