/*
 * The plain-text part of the app's emails, written from their HTML (which this app builds, so the
 * markup is known): links keep their address ("Approve or reject: https://…"), the button is set
 * apart, data tables become "label: value" lines per row, lists keep bullets and numbers, headings
 * are underlined, and every entity is decoded: the text part never shows "&middot;" or "&amp;".
 * Pure.
 */

const NAMED: Readonly<Record<string, string>> = {
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    apos: "'",
    nbsp: ' ',
    middot: '·',
    ndash: '–',
    mdash: '—',
    hellip: '…',
    rarr: '→',
    bull: '•',
    copy: '©',
}

export function decodeEntities(text: string): string {
    // Most fragments (a name, a price) hold no entity: no pass over them.
    if (text.indexOf('&') < 0) return text
    return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
        const lower = name.toLowerCase()
        const code = lower.charAt(0) === '#' ? (lower.charAt(1) === 'x' ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10)) : NaN
        if (!isNaN(code)) return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
        return NAMED[lower] ?? whole
    })
}

// The per-construct conversions are exported for the multi-pass reference the single pass is held to
// (tests/support/plain-text-reference.ts): the two differ only in how they walk the markup.
export function stripTags(html: string): string {
    if (html.indexOf('<') < 0) return html
    return html.replace(/<[^>]*>/g, '')
}

/** Inline text of a fragment: tags gone, entities decoded, spaces collapsed. */
export function inline(html: string): string {
    return decodeEntities(stripTags(html)).replace(/\s+/g, ' ').trim()
}

/**
 * Decoded text put back into the HTML that is still to be stripped and decoded: its "<", ">" and "&"
 * are escaped again, so a reason such as "No test <yet>" is not taken for a tag by the final pass.
 */
export function keep(text: string): string {
    if (!/[&<>]/.test(text)) return text
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

export function href(attrs: string): string {
    const m = /href="([^"]*)"/.exec(attrs)
    return m ? decodeEntities(m[1]) : ''
}

/** Each row of a data table as "label: value" lines under its first cell. */
export function dataTable(inner: string): string {
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

export function numbered(inner: string): string {
    let n = 0
    return `\n${inner.replace(/<li\b[^>]*>([\s\S]*?)<\/li>/gi, (_w, item: string) => `${++n}. ${keep(inline(item))}\n`)}\n`
}

export function bulleted(inner: string): string {
    return `\n${inner.replace(/<li\b[^>]*>([\s\S]*?)<\/li>/gi, (_w, item: string) => `- ${keep(inline(item))}\n`)}\n`
}

export function underline(text: string, char: string): string {
    const t = inline(text)
    return `\n${keep(t)}\n${char.repeat(Math.min(t.length, 60))}\n`
}

/**
 * The constructs the conversion turns into text, in the order of precedence it gives them: one nested in
 * another is converted first when its precedence is lower (a link inside a list item keeps its address; a
 * list inside a link is only its text). Each is its opening tag (matched against the whole tag, as written
 * up to its ">") and the first closing tag after it; none without its closing tag.
 */
interface Construct {
    precedence: number
    open: RegExp
    /** The closing tag, searched from the opening tag's end (lastIndex). */
    close(tag: string): RegExp
    render(tag: string, inner: string, precedence: number): string
}

function closingOf(name: string): RegExp {
    return new RegExp(`<\\/${name}\\s*>`, 'gi')
}

/** The attributes of a link's opening tag: what follows "<a" up to its ">". */
function attrsOf(tag: string): string {
    return tag.slice(2, -1)
}

const REMOVED = (): string => ''
const SCRIPT_LIKE: { [name: string]: RegExp } = {
    script: closingOf('script'),
    style: closingOf('style'),
    head: closingOf('head'),
}
/** A closing tag of the same name as the opening one (script, style or head). */
const sameName = (tag: string): RegExp => SCRIPT_LIKE[(/^<(script|style|head)/i.exec(tag)?.[1] ?? 'script').toLowerCase()]
const fixed = (re: RegExp) => (): RegExp => re

const CONSTRUCTS: readonly Construct[] = [
    // Hidden preheaders, and what a mail client never shows, are left out.
    {
        precedence: 1,
        open: /^<div[^>]*aria-hidden="true"/i,
        close: fixed(/<\/div>/gi),
        render: REMOVED,
    },
    {
        precedence: 2,
        open: /^<(script|style|head)\b/i,
        close: sameName,
        render: REMOVED,
    },
    // The button: its text and address on a line of their own.
    {
        precedence: 3,
        open: /^<a\b[^>]*data-primary="true"/i,
        close: fixed(/<\/a>/gi),
        render: (tag, inner, p) => `\n>> ${keep(inline(convert(inner, 0, p, false)))}: ${keep(href(attrsOf(tag)))}\n\n`,
    },
    {
        precedence: 4,
        open: /^<a\b/i,
        close: fixed(/<\/a>/gi),
        render: (tag, inner, p) => {
            const url = href(attrsOf(tag))
            const text = inline(convert(inner, 0, p, false))
            return keep(!url || url === '#' || url === text ? text || url : `${text}: ${url}`)
        },
    },
    {
        precedence: 5,
        open: /^<table\b[^>]*data-table/i,
        close: fixed(/<\/table>/gi),
        render: (_t, inner, p) => dataTable(convert(inner, 0, p, false)),
    },
    {
        precedence: 6,
        open: /^<ol\b/i,
        close: fixed(/<\/ol>/gi),
        render: (_t, inner, p) => numbered(convert(inner, 0, p, false)),
    },
    {
        precedence: 7,
        open: /^<ul\b/i,
        close: fixed(/<\/ul>/gi),
        render: (_t, inner, p) => bulleted(convert(inner, 0, p, false)),
    },
    {
        precedence: 8,
        open: /^<h[12]\b/i,
        close: fixed(/<\/h[12]>/gi),
        render: (_t, inner, p) => underline(convert(inner, 0, p, false), '='),
    },
    {
        precedence: 9,
        open: /^<h[3-6]\b/i,
        close: fixed(/<\/h[3-6]>/gi),
        render: (_t, inner, p) => underline(convert(inner, 0, p, false), '-'),
    },
]

/** Every construct: the whole body is converted with all of them. */
const ALL = CONSTRUCTS.length + 1
/** Tags that end a line in the text. */
const LINE_BREAK = /^(?:<br\s*\/?>|<\/(?:p|div|tr|table)\s*>)$/i

/** The construct a tag opens, or null. */
function constructOf(tag: string, above: number, below: number): Construct | null {
    // Cheap first: only tags starting with these letters open one.
    const c = tag.charCodeAt(1) | 0x20
    if (c !== 0x64 && c !== 0x73 && c !== 0x68 && c !== 0x61 && c !== 0x74 && c !== 0x6f && c !== 0x75) return null
    for (const k of CONSTRUCTS) if (k.precedence > above && k.precedence < below && k.open.test(tag)) return k
    return null
}

/**
 * One pass over the markup converting the constructs of precedence below `below`, each with what it holds
 * converted first by those of lower precedence. With `strip` (the whole body), every other tag goes and
 * the line-ending ones leave a line break; without (a construct's content), other tags stay for it to read.
 * The converted text is escaped again (keep) and every entity decoded once, at the end, as for the rest.
 */
function convert(html: string, above: number, below: number, strip: boolean): string {
    if (html.indexOf('<') < 0) return html
    const tags = /<[^>]*>/g
    let out = ''
    let last = 0
    for (let m = tags.exec(html); m; m = tags.exec(html)) {
        const tag = m[0]
        const start = m.index
        const construct = constructOf(tag, above, below)
        if (construct) {
            const close = construct.close(tag)
            close.lastIndex = start + tag.length
            const end = close.exec(html)
            if (end) {
                // What a construct leaves of the markup it holds (a list's tags between its items) is still
                // converted by those of higher precedence, and stripped, as the text around it.
                const text = construct.render(tag, html.slice(start + tag.length, end.index), construct.precedence)
                out += html.slice(last, start) + convert(text, construct.precedence, below, strip)
                last = tags.lastIndex = end.index + end[0].length
                continue
            }
        }
        if (strip) {
            out += html.slice(last, start) + (LINE_BREAK.test(tag) ? '\n' : '')
            last = start + tag.length
        }
    }
    return out + html.slice(last)
}

/**
 * The plain-text part for an HTML body this app rendered (its text escaped, so every "<" opens a tag; links
 * never nested: "the a element ... must not contain interactive content", HTML): in one pass over its tags
 * (convert), where a pass per construct read the whole body a dozen times. The text is the same
 * (tests/unit/mail-text.test.ts holds the two to each other).
 */
export function htmlToPlainText(html: string): string {
    // Each line (split at "\n" only) keeps its leading spaces; after them, its trailing white space (what
    // String.prototype.trimEnd removes: \s but "\n") goes and every other run of spaces and tabs becomes one
    // space (a single space is left as it is: only longer runs, and tabs, are matched). One pass for all lines.
    return decodeEntities(convert(html, 0, ALL, true))
        .replace(/((?:^|\n) +)|([^\S\n]+(?=\n|$))|[ \t]{2,}|\t/g, (_w, lead: string | undefined, trailing: string | undefined) => lead ?? (trailing === undefined ? ' ' : ''))
        .replace(/\n{3,}/g, '\n\n')
        .trim()
}
