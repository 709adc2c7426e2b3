const MONEY = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2 })

/** "$1,249.00" (the demo catalog is priced in US dollars). */
export function formatMoney(amount: number): string {
    return MONEY.format(amount)
}

/** A monthly cost as the portal shows it: "$45.00 / month". */
export function formatMonthly(amount: number): string {
    return `${formatMoney(amount)} / month`
}

/** A decimal field's stored text as a number; null when empty or not a number. */
export function parseAmount(value: unknown): number | null {
    if (value === null || value === undefined || value === '') return null
    const n = Number(value)
    return Number.isFinite(n) ? n : null
}
