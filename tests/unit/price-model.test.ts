import { memberCostBreakdown, memberMonthlyCost, monthlyText, NO_CHARGE, oneTimeText, priceText, servicePrice } from '../../src/server/catalog/money'
import { provisioningPlan } from '../../src/server/catalog/provisioning-plan'

/* Issue 17, item 5: one price model (src/server/catalog/money.ts), and item 3's provisioning plan. */

describe('the monthly cost per member', () => {
    test("is the persona's base cost plus every bundled service, in cents", () => {
        expect(memberMonthlyCost(107, [35, 45, 80])).toBe(267)
        expect(memberMonthlyCost(0.1, [0.2])).toBe(0.3)
        expect(memberMonthlyCost(150, [])).toBe(150)
    })
    test('says how it adds up', () => {
        expect(memberCostBreakdown(107, [35, 45, 80])).toEqual({ total: 267, totalText: '$267.00/month', breakdown: '$107.00/month persona base + $160.00/month bundled services (3)' })
    })
})

describe('a price is labelled monthly or one-time, and zero is "No charge" only', () => {
    test.each([
        [{ oneTime: 0, monthly: 42 }, '$42.00/month'],
        [{ oneTime: 1499, monthly: 0 }, '$1,499.00 one-time'],
        [{ oneTime: 399, monthly: 12.5 }, '$399.00 one-time + $12.50/month'],
        [{ oneTime: 0, monthly: 0 }, NO_CHARGE],
        [{ oneTime: 0.001, monthly: 0.004 }, NO_CHARGE],
    ])('%j reads %s', (price, text) => {
        expect(priceText(price)).toBe(text)
        expect(priceText(price)).not.toContain('$0.00')
    })
    test('a single amount of either kind', () => {
        expect(monthlyText(0)).toBe(NO_CHARGE)
        expect(monthlyText(45)).toBe('$45.00/month')
        expect(oneTimeText(0)).toBe(NO_CHARGE)
        expect(oneTimeText(1249)).toBe('$1,249.00 one-time')
    })
})

describe("a service's price", () => {
    const laptop = { price: 1499, recurringPrice: 20, recurringFrequency: 'monthly' }
    test("is the persona's monthly cost when the persona offers it: the list price is not the user's", () => {
        expect(servicePrice(laptop, 42)).toEqual({ oneTime: 0, monthly: 42 })
        expect(servicePrice(laptop, 0)).toEqual({ oneTime: 0, monthly: 0 })
    })
    test("is the catalog's prices otherwise (a recurring price counts as monthly only when it is monthly)", () => {
        expect(servicePrice(laptop, null)).toEqual({ oneTime: 1499, monthly: 20 })
        expect(servicePrice({ ...laptop, recurringFrequency: 'yearly' }, null)).toEqual({ oneTime: 1499, monthly: 0 })
    })
})

describe('the provisioning plan', () => {
    test('orders the bundled services the user lacks, once each, and leaves the rest', () => {
        expect(provisioningPlan({ bundled: ['a', 'b', 'a', 'c'], offered: ['a', 'b', 'c', 'd'], previous: [], has: ['b'] })).toEqual({ order: ['a', 'c'], alreadyHas: ['b'], review: [] })
    })
    test('lists what the previous persona had and the new one does not offer for review, never for removal', () => {
        expect(provisioningPlan({ bundled: ['a'], offered: ['a', 'x'], previous: ['x', 'y', 'z', 'y'], has: ['a'] })).toEqual({ order: [], alreadyHas: ['a'], review: ['y', 'z'] })
    })
})
