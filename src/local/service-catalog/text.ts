/**
 * Pure helpers of the local Service Catalog: search matching, quantity checks and the price
 * text the platform's Service Catalog API returns ("$1,249.00").
 */

/** Lower-case words of a search text; quotes and punctuation separate words like spaces do. */
export function searchTerms(text: string): string[] {
    return text
        .toLowerCase()
        .split(/[\s"',;()]+/)
        .filter((t) => t !== '')
}

/** Whether every term occurs in at least one of the fields (case-insensitive substring match). */
export function matchesTerms(fields: ReadonlyArray<string | null | undefined>, terms: readonly string[]): boolean {
    if (!terms.length) return true
    const haystack = fields.map((f) => (f ?? '').toLowerCase())
    return terms.every((t) => haystack.some((h) => h.includes(t)))
}

export const MIN_QUANTITY = 1
export const MAX_QUANTITY = 99

export type QuantityCheck = { ok: true; quantity: number } | { ok: false; message: string }

/**
 * sysparm_quantity as REST clients send it: a number or a string of digits; absent means 1 (the
 * platform's default). Anything else, or a value outside 1-99, is refused with the reason.
 */
export function checkQuantity(raw: unknown): QuantityCheck {
    if (raw === undefined || raw === null || raw === '') return { ok: true, quantity: 1 }
    let n: number
    if (typeof raw === 'number') n = raw
    else if (typeof raw === 'string' && /^\s*[+-]?\d+\s*$/.test(raw)) n = Number(raw)
    else return { ok: false, message: `sysparm_quantity must be a whole number from ${MIN_QUANTITY} to ${MAX_QUANTITY}; got ${JSON.stringify(raw)}` }
    if (!Number.isInteger(n) || n < MIN_QUANTITY || n > MAX_QUANTITY) {
        return { ok: false, message: `sysparm_quantity must be a whole number from ${MIN_QUANTITY} to ${MAX_QUANTITY}; got ${String(raw)}` }
    }
    return { ok: true, quantity: n }
}

/** "$1,249.00", as the platform shows a price in US dollars. */
export function priceText(amount: number): string {
    const cents = Math.round(Math.abs(amount) * 100)
    const whole = String(Math.floor(cents / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
    return `${amount < 0 && cents > 0 ? '-' : ''}$${whole}.${String(cents % 100).padStart(2, '0')}`
}

/** A stored amount as a number (empty or unreadable counts as 0, as the platform shows $0.00). */
export function amountOf(value: string | null | undefined): number {
    const n = Number(value ?? '')
    return value === null || value === undefined || value === '' || !Number.isFinite(n) ? 0 : n
}

/** Two decimals, no currency sign: what a decimal amount looks like in a JSON field ("12.00"). */
export function decimalText(amount: number): string {
    return (Math.round(amount * 100) / 100).toFixed(2)
}
