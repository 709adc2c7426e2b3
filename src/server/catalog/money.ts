/** Amounts in the app's currency (US dollars, as the demo catalog is priced). */

/** A decimal field's value as a number; null when empty or not a plain decimal. */
export function parseAmount(raw: string | number | null | undefined): number | null {
    if (raw === null || raw === undefined) return null
    if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null
    const text = raw.trim()
    if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text)) return null
    return Number(text)
}

/**
 * "$1,249.00": two decimals, thousands grouped, locale-independent so every instance and every
 * test prints the same text (Intl is not guaranteed in the platform's script engine).
 */
export function formatMoney(amount: number): string {
    const cents = Math.round(Math.abs(amount) * 100)
    const whole = String(Math.floor(cents / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
    const fraction = String(cents % 100).padStart(2, '0')
    return `${amount < 0 && cents > 0 ? '-' : ''}$${whole}.${fraction}`
}

/** "$12.00/month". */
export function formatMonthly(amount: number): string {
    return `${formatMoney(amount)}/month`
}

/*
 * One price model, shown the same way everywhere (issue 17, item 5): a member of a persona costs the
 * persona's base cost plus its bundled services' monthly costs, a month; a catalog item may also have
 * a one-time price. Every page, email, request record and the dashboard take their numbers and their
 * wording from these functions, so the same amount reads the same way in every place.
 */

/** Rounded to cents, as the amounts are shown and recorded. */
export function roundCents(amount: number): number {
    return Math.round(amount * 100) / 100
}

/** What one member of a persona costs a month: the persona's base cost plus each bundled service's monthly cost. */
export function memberMonthlyCost(baseMonthly: number, bundledMonthly: readonly number[]): number {
    let total = baseMonthly
    for (const m of bundledMonthly) total += m
    return roundCents(total)
}

/** A price the user sees: what is paid once and what recurs every month. */
export interface Price {
    oneTime: number
    monthly: number
}

export const NO_CHARGE = 'No charge'

/**
 * "$399.00 one-time", "$12.00/month", "$399.00 one-time + $12.00/month", or "No charge" when
 * nothing is paid: a zero is never written as "$0.00/month" beside a "No charge" elsewhere.
 */
export function priceText(price: Price): string {
    const parts: string[] = []
    if (roundCents(price.oneTime) > 0) parts.push(`${formatMoney(price.oneTime)} one-time`)
    if (roundCents(price.monthly) > 0) parts.push(formatMonthly(price.monthly))
    return parts.length ? parts.join(' + ') : NO_CHARGE
}

/** A monthly amount alone: "$12.00/month", or "No charge" for zero. */
export function monthlyText(amount: number): string {
    return priceText({ oneTime: 0, monthly: amount })
}

/** A one-time amount alone: "$399.00 one-time", or "No charge" for zero. */
export function oneTimeText(amount: number): string {
    return priceText({ oneTime: amount, monthly: 0 })
}

/** The persona's monthly cost per member, with how it adds up ("$107.00/month base + $160.00/month bundled services"). */
export function memberCostBreakdown(baseMonthly: number, bundledMonthly: readonly number[]): { total: number; totalText: string; breakdown: string } {
    const bundled = roundCents(bundledMonthly.reduce((s, m) => s + m, 0))
    const total = memberMonthlyCost(baseMonthly, bundledMonthly)
    return {
        total,
        totalText: monthlyText(total),
        breakdown: `${monthlyText(baseMonthly)} persona base + ${monthlyText(bundled)} bundled services (${bundledMonthly.length})`,
    }
}

/** A catalog item's own prices: the one-time price and a recurring one (monthly when its frequency is). */
export interface ItemPrices {
    price: number
    recurringPrice: number
    recurringFrequency: string
}

/**
 * What a service costs the user: a service their persona offers costs the persona's monthly cost for
 * it and nothing one-time (the persona's bundle pays the item's list price); any other item costs
 * its catalog prices (its recurring price counts as monthly only when its frequency is monthly).
 */
export function servicePrice(item: ItemPrices, personaMonthly: number | null): Price {
    if (personaMonthly !== null) return { oneTime: 0, monthly: roundCents(personaMonthly) }
    return { oneTime: roundCents(item.price), monthly: item.recurringFrequency === 'monthly' ? roundCents(item.recurringPrice) : 0 }
}
