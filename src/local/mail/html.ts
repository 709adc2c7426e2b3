/** Escapes text for HTML element content and quoted attribute values (email bodies, the outbox pages). */
export function escapeHtml(value: unknown): string {
    return String(value ?? '')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;')
}

/** Plain text as HTML: escaped, line breaks kept. */
export function textToHtml(text: string): string {
    return escapeHtml(text).replace(/\r?\n/g, '<br />\n')
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" }

/**
 * A readable plain-text version of an email's HTML body (the text part of the message when a
 * notification has no text of its own): block ends become line breaks, tags go, entities are decoded.
 */
export function htmlToText(html: string): string {
    return html
        .replace(/<(script|style|head)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
        .replace(/<br\s*\/?>/gi, '\n')
        .replace(/<\/(p|div|h[1-6]|li|tr|table|ul|ol|blockquote|pre)\s*>/gi, '\n')
        .replace(/<li\b[^>]*>/gi, '- ')
        .replace(/<[^>]*>/g, '')
        .replace(/&(#x[0-9a-f]+|#\d+|[a-z0-9]+);/gi, (whole, name: string) => {
            const lower = name.toLowerCase()
            if (lower.startsWith('#x')) return safeCodePoint(parseInt(lower.slice(2), 16), whole)
            if (lower.startsWith('#') && lower !== '#39') return safeCodePoint(parseInt(lower.slice(1), 10), whole)
            return ENTITIES[lower] ?? whole
        })
        .replace(/[ \t]+\n/g, '\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim()
}

function safeCodePoint(n: number, fallback: string): string {
    return Number.isInteger(n) && n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : fallback
}
