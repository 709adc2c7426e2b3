/**
 * HTML building blocks for the change emails. Every value that comes from a record or a property
 * goes through escapeHtml (or safeUrl for links): mail-script output is inserted into the email
 * as is, so escaping here is the only thing between a "<script>" in a field and the reader.
 */

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

const SPECIAL = /[&<>"']/
const SPECIALS = /[&<>"']/g
const entityOf = (c: string): string => ENTITIES[c]

export function escapeHtml(value: string | number | null | undefined): string {
    if (value === null || value === undefined) return ''
    const text = String(value)
    // Names, numbers and addresses seldom hold one: a test, not a replacement pass with a callback.
    return SPECIAL.test(text) ? text.replace(SPECIALS, entityOf) : text
}

/** Escaped text with its line breaks kept (plans and notes are typed on several lines). */
export function multiline(text: string): string {
    return escapeHtml(text.trim()).replace(/\r?\n/g, '<br>')
}

/**
 * Only web links and instance-relative paths become hrefs; anything else (javascript:, data:)
 * is replaced by "#" so a property or field can never smuggle script into a link.
 */
export function safeUrl(url: string): string {
    const u = url.trim()
    if (/^https?:\/\//i.test(u) || (u.charAt(0) === '/' && u.charAt(1) !== '/')) return u
    return '#'
}

/** Inline styles: mail clients drop <style> blocks and classes, so every element carries its own. */
export const STYLE = {
    text: 'font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1f2937',
    h1: 'margin:0 0 12px;font-family:Arial,Helvetica,sans-serif;font-size:22px;line-height:1.3;color:#111827',
    h3: 'margin:20px 0 8px;font-family:Arial,Helvetica,sans-serif;font-size:17px;line-height:1.3;color:#111827',
    p: 'margin:0 0 12px',
    list: 'margin:0 0 12px;padding-left:22px',
    link: 'color:#0b5cad;text-decoration:underline',
    table: 'border-collapse:collapse;width:100%;margin:0 0 12px;font-size:14px;line-height:1.4',
    th: 'text-align:left;padding:6px 8px;border:1px solid #d1d5db;background:#f3f4f6',
    td: 'text-align:left;vertical-align:top;padding:6px 8px;border:1px solid #d1d5db;word-break:break-word',
} as const

export function link(url: string, text: string): string {
    return `<a href="${escapeHtml(safeUrl(url))}" style="${STYLE.link}">${escapeHtml(text)}</a>`
}

/**
 * The one call to action, as a bulletproof button: a table cell with the colour (clients that drop
 * padding on links still show a block), a link with a 44 px touch height; data-primary marks it.
 */
export function button(url: string, text: string): string {
    const a = `<a href="${escapeHtml(safeUrl(url))}" data-primary="true" style="display:inline-block;padding:12px 22px;font-family:Arial,Helvetica,sans-serif;font-size:16px;font-weight:bold;line-height:20px;color:#ffffff;text-decoration:none;border-radius:6px">${escapeHtml(text)}</a>`
    return `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:4px 0 16px"><tr><td style="border-radius:6px;background:#0b5cad">${a}</td></tr></table>`
}

/** A titled block; `name` marks it (data-section) so readers and tests find it. */
export function section(name: string, title: string, body: string): string {
    const heading = title ? `<h3 style="${STYLE.h3}">${escapeHtml(title)}</h3>` : ''
    return `<div data-section="${escapeHtml(name)}">${heading}${body}</div>`
}

export function paragraph(html: string): string {
    return `<p style="${STYLE.p}">${html}</p>`
}

/** A list of already-built HTML items. */
export function list(itemsHtml: readonly string[]): string {
    return itemsHtml.length ? `<ul style="${STYLE.list}">${itemsHtml.map((i) => `<li>${i}</li>`).join('')}</ul>` : ''
}

/** A numbered list of already-built HTML items. */
export function orderedList(itemsHtml: readonly string[]): string {
    return itemsHtml.length ? `<ol style="${STYLE.list}">${itemsHtml.map((i) => `<li>${i}</li>`).join('')}</ol>` : ''
}

/** A list of plain-text items (escaped). */
export function textList(items: readonly string[]): string {
    return list(items.map((i) => escapeHtml(i)))
}

/** "Label: value" with the label in bold; the value is escaped. */
export function fact(label: string, value: string): string {
    return `<strong>${escapeHtml(label)}:</strong> ${escapeHtml(value)}`
}

/**
 * A data table: header cells and rows of plain text, all escaped. data-table tells the plain-text
 * part to write each row as "label: value" lines (text.ts).
 */
export function table(headers: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
    const head = `<tr>${headers.map((h) => `<th scope="col" style="${STYLE.th}">${escapeHtml(h)}</th>`).join('')}</tr>`
    const body = rows.map((r) => `<tr>${r.map((c) => `<td style="${STYLE.td}">${escapeHtml(c)}</td>`).join('')}</tr>`).join('')
    return `<table data-table="true" cellpadding="0" cellspacing="0" border="0" style="${STYLE.table}">${head}${body}</table>`
}
