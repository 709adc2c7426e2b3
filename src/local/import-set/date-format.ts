/*
 * A field map's Date format ("Date format of the source field. Appears if the target field is a Date or
 * Date/Time field"): the Java-style patterns the field map offers (yyyy, MM, dd, HH, mm, ss; a trailing
 * zone `z` is read and ignored, values are taken as UTC), turned into the stored value.
 */

const TOKENS: Record<string, string> = { yyyy: '(\\d{4})', MM: '(\\d{1,2})', dd: '(\\d{1,2})', HH: '(\\d{1,2})', mm: '(\\d{1,2})', ss: '(\\d{1,2})', z: '(?:\\s*[A-Za-z0-9:+-]+)?' }

const pad = (n: number) => String(n).padStart(2, '0')

/** `raw` read with `format`: 'YYYY-MM-DD' for a date, 'YYYY-MM-DD HH:mm:ss' for a date-time; null when it does not fit. */
export function parseWithFormat(raw: string, format: string, dateOnly: boolean): string | null {
    const order: string[] = []
    let pattern = ''
    for (const part of format.split(/(yyyy|MM|dd|HH|mm|ss|z)/)) {
        if (part in TOKENS) {
            if (part !== 'z') order.push(part)
            pattern += TOKENS[part]
        } else pattern += part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')
    }
    const m = new RegExp(`^\\s*${pattern}\\s*$`).exec(raw)
    if (!m) return null
    const v: Record<string, number> = { yyyy: 0, MM: 1, dd: 1, HH: 0, mm: 0, ss: 0 }
    order.forEach((token, i) => (v[token] = Number(m[i + 1])))
    const d = new Date(Date.UTC(v.yyyy, v.MM - 1, v.dd, v.HH, v.mm, v.ss))
    if (d.getUTCFullYear() !== v.yyyy || d.getUTCMonth() !== v.MM - 1 || d.getUTCDate() !== v.dd || v.HH > 23 || v.mm > 59 || v.ss > 59) return null
    const date = `${v.yyyy}-${pad(v.MM)}-${pad(v.dd)}`
    return dateOnly ? date : `${date} ${pad(v.HH)}:${pad(v.mm)}:${pad(v.ss)}`
}
