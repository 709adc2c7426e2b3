import { band, formatHappiness, happiness, isLowScore, monthsEndingAt, parseScore, trend } from '../../src/server/xla/happiness'
import { formatDateTime, parseDateTime } from '../../src/server/xla/time'
import { surveyUrl } from '../../src/server/xla/survey-link'

/*
 * The HappySignals Happiness score: "% of 9–10 ratings − % of 0–6 ratings" on a 0–10 scale, from −100
 * to +100 (HappySignals, "What is the Happiness score"). Pure math, no instance.
 */

const t = (s: string) => parseDateTime(s) as number

describe('Happiness', () => {
    test('% of 9–10 minus % of 0–6; 7–8 count as answers only', () => {
        expect(happiness([10, 9, 8, 7, 6])).toEqual({ responses: 5, happy: 2, neutral: 2, unhappy: 1, happiness: 20 })
        expect(happiness([10, 10, 10])).toMatchObject({ happiness: 100 })
        expect(happiness([0, 6, 6])).toMatchObject({ happiness: -100 })
        expect(happiness([7, 8])).toMatchObject({ responses: 2, happiness: 0 })
        // Rounded to a whole score: 1 happy, 2 neutral → 33.3 → +33; 2 unhappy of 3 → −66.7 → −67.
        expect(happiness([9, 7, 8]).happiness).toBe(33)
        expect(happiness([1, 2, 9]).happiness).toBe(-33)
        expect(happiness([1, 2, 7]).happiness).toBe(-67)
    })

    test('the bands: 9 and 10 happy, 7 and 8 neutral, 0 to 6 unhappy (a low rating)', () => {
        expect([0, 6, 7, 8, 9, 10].map(band)).toEqual(['unhappy', 'unhappy', 'neutral', 'neutral', 'happy', 'happy'])
        expect(isLowScore(6)).toBe(true)
        expect(isLowScore(7)).toBe(false)
    })

    test('no answers: no score, not zero; values outside 0–10 are not answers', () => {
        expect(happiness([])).toEqual({ responses: 0, happy: 0, neutral: 0, unhappy: 0, happiness: null })
        expect(happiness([11, -1, 9.5, NaN])).toMatchObject({ responses: 0, happiness: null })
        expect(formatHappiness(null)).toBe('\u2014')
        expect(formatHappiness(40)).toBe('+40')
        expect(formatHappiness(-12)).toBe('\u221212')
        expect(formatHappiness(0)).toBe('0')
    })

    test('a score is a whole number from 0 to 10, nothing else', () => {
        expect(['0', ' 10 ', 7, '9'].map(parseScore)).toEqual([0, 10, 7, 9])
        for (const bad of ['', '11', '-1', '3.5', 'ten', '010', null, undefined]) expect(parseScore(bad as string)).toBeNull()
    })

    test('trend per month against the target', () => {
        const months = monthsEndingAt(t('2026-12-10 12:00:00'), 3)
        expect(months.map((p) => [formatDateTime(p.start), formatDateTime(p.end)])).toEqual([
            ['2026-10-01 00:00:00', '2026-11-01 00:00:00'],
            ['2026-11-01 00:00:00', '2026-12-01 00:00:00'],
            ['2026-12-01 00:00:00', '2026-12-10 12:00:00'],
        ])
        const answers = [
            { score: 10, at: t('2026-11-02 09:00:00') },
            { score: 3, at: t('2026-11-20 09:00:00') },
            { score: 9, at: t('2026-12-02 09:00:00') },
            { score: 9, at: t('2026-12-11 09:00:00') }, // after the end: not counted
        ]
        const points = trend(answers, months, 50, 'month')
        expect(points.map((p) => [p.label, p.tally.happiness, p.met])).toEqual([
            ['Oct 2026', null, null],
            ['Nov 2026', 0, false],
            ['Dec 2026', 100, true],
        ])
    })
})

describe('the survey link', () => {
    test('page, task and role, every value encoded, from the instance address', () => {
        expect(surveyUrl('https://psm.example.com/', 'a'.repeat(32), 'requester')).toBe(`https://psm.example.com/sp?id=psm_feedback&task=${'a'.repeat(32)}&role=requester`)
        expect(surveyUrl('', 'x&y', 'caller')).toBe('/sp?id=psm_feedback&task=x%26y&role=caller')
    })
})
