/*
 * The plain-text conversion as it was before the single pass (src/server/mail/text.ts): one regular
 * expression pass per construct over the whole body, with the same per-construct conversions. Kept as the
 * reference the single pass must agree with (tests/unit/mail-text.test.ts).
 */
import { bulleted, dataTable, decodeEntities, href, inline, keep, numbered, stripTags, underline } from '../../src/server/mail/text'

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
