/*
 * The plain-text conversion as it was before the single pass (src/server/mail/text.ts): one regular
 * expression pass per construct over the whole body. Kept as the reference the single pass must agree with
 * (tests/unit/mail-text.test.ts).
 */
import { decodeEntities } from '../../src/server/mail/text'

function stripTags(html: string): string {
    return html.replace(/<[^>]*>/g, '')
}

/** Inline text of a fragment: tags gone, entities decoded, spaces collapsed. */
function inline(html: string): string {
    return decodeEntities(stripTags(html)).replace(/\s+/g, ' ').trim()
}

/**
 * Decoded text put back into the HTML that is still to be stripped and decoded: its "<", ">" and "&"
 * are escaped again, so a reason such as "No test <yet>" is not taken for a tag by the final pass.
 */
function keep(text: string): string {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

function href(attrs: string): string {
    const m = /href="([^"]*)"/.exec(attrs)
    return m ? decodeEntities(m[1]) : ''
}

/** Each row of a data table as "label: value" lines under its first cell. */
function dataTable(inner: string): string {
    const rows = inner.match(/<tr\b[^>]*>[\s\S]*?<\/tr>/gi) ?? []
    const cells = rows.map((r) => (r.match(/<t[hd]\b[^>]*>[\s\S]*?<\/t[hd]>/gi) ?? []).map((c) => inline(c)))
    const header = /<th\b/i.test(rows[0] ?? '') ? (cells.shift() ?? []) : []
    const out = cells.map((row) => {
        if (!header.length) return row.join(' | ')
        const [first, ...rest] = row
        return [`* ${header[0]}: ${first}`, ...rest.map((v, i) => `  ${header[i + 1] ?? ''}: ${v || '-'}`)].join('\n')
    })
    return `\n${keep(out.join('\n'))}\n\n`
}

function numbered(inner: string): string {
    let n = 0
    return `\n${inner.replace(/<li\b[^>]*>([\s\S]*?)<\/li>/gi, (_w, item: string) => `${++n}. ${keep(inline(item))}\n`)}\n`
}

function bulleted(inner: string): string {
    return `\n${inner.replace(/<li\b[^>]*>([\s\S]*?)<\/li>/gi, (_w, item: string) => `- ${keep(inline(item))}\n`)}\n`
}

function underline(text: string, char: string): string {
    const t = inline(text)
    return `\n${keep(t)}\n${char.repeat(Math.min(t.length, 60))}\n`
}

/** The plain-text part for an HTML body this app rendered. */
export function multiPassPlainText(html: string): string {
    const text = html
        .replace(/<div[^>]*aria-hidden="true"[^>]*>[\s\S]*?<\/div>/gi, '')
        .replace(/<(script|style|head)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
        // The button: its text and address on a line of their own.
        .replace(/<a\b([^>]*data-primary="true"[^>]*)>([\s\S]*?)<\/a>/gi, (_w, attrs: string, label: string) => `\n>> ${keep(inline(label))}: ${keep(href(attrs))}\n\n`)
        .replace(/<a\b([^>]*)>([\s\S]*?)<\/a>/gi, (_w, attrs: string, label: string) => {
            const url = href(attrs)
            const text = inline(label)
            return keep(!url || url === '#' || url === text ? text || url : `${text}: ${url}`)
        })
        .replace(/<table\b[^>]*data-table[^>]*>([\s\S]*?)<\/table>/gi, (_w, inner: string) => dataTable(inner))
        .replace(/<ol\b[^>]*>([\s\S]*?)<\/ol>/gi, (_w, inner: string) => numbered(inner))
        .replace(/<ul\b[^>]*>([\s\S]*?)<\/ul>/gi, (_w, inner: string) => bulleted(inner))
        .replace(/<h[12]\b[^>]*>([\s\S]*?)<\/h[12]>/gi, (_w, inner: string) => underline(inner, '='))
        .replace(/<h[3-6]\b[^>]*>([\s\S]*?)<\/h[3-6]>/gi, (_w, inner: string) => underline(inner, '-'))
        .replace(/<br\s*\/?>/gi, '\n')
        .replace(/<\/(p|div|tr|table)\s*>/gi, '\n')
    return decodeEntities(stripTags(text))
        .split('\n')
        .map((line) => {
            const lead = /^ */.exec(line)?.[0] ?? ''
            return (
                lead +
                line
                    .slice(lead.length)
                    .replace(/[ \t]+/g, ' ')
                    .trimEnd()
            )
        })
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim()
}
