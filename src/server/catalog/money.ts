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
