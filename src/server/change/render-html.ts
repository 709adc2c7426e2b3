/**
 * HTML building blocks for the change emails. Every value that comes from a record or a property
 * goes through escapeHtml (or safeUrl for links): mail-script output is inserted into the email
 * as is, so escaping here is the only thing between a "<script>" in a field and the reader.
 */

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export function escapeHtml(value: string | number | null | undefined): string {
    if (value === null || value === undefined) return ''
    return String(value).replace(/[&<>"']/g, (c) => ENTITIES[c])
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

export function link(url: string, text: string): string {
    return `<a href="${escapeHtml(safeUrl(url))}">${escapeHtml(text)}</a>`
}

/** A titled block; `name` marks it (data-section) so readers and tests find it. */
export function section(name: string, title: string, body: string): string {
    const heading = title ? `<h3>${escapeHtml(title)}</h3>` : ''
    return `<div data-section="${escapeHtml(name)}">${heading}${body}</div>`
}

export function paragraph(html: string): string {
    return `<p>${html}</p>`
}

/** A list of already-built HTML items. */
export function list(itemsHtml: readonly string[]): string {
    return itemsHtml.length ? `<ul>${itemsHtml.map((i) => `<li>${i}</li>`).join('')}</ul>` : ''
}

/** A list of plain-text items (escaped). */
export function textList(items: readonly string[]): string {
    return list(items.map((i) => escapeHtml(i)))
}

/** "Label: value" with the label in bold; the value is escaped. */
export function fact(label: string, value: string): string {
    return `<strong>${escapeHtml(label)}:</strong> ${escapeHtml(value)}`
}

/** A simple table: header cells and rows of plain text, all escaped. */
export function table(headers: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
    const head = `<tr>${headers.map((h) => `<th align="left">${escapeHtml(h)}</th>`).join('')}</tr>`
    const body = rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('')
    return `<table cellpadding="4" cellspacing="0" border="1">${head}${body}</table>`
}
