/*
 * CSV (RFC 4180) that is safe to open in a spreadsheet, following OWASP's "CSV Injection" guidance:
 * a text cell starting with = + - @ (or a tab or carriage return, or any of these after leading
 * spaces) would be read as a formula, so it is prefixed with a single quote, which spreadsheets show
 * as text; and a text cell holding a separator is wrapped in double quotes — the semicolon too, since
 * a spreadsheet in a locale whose list separator is ";" splits "a;=cmd()" into a cell "=cmd()"
 * unless it is quoted. Numbers the app computed are written as numbers; only text is ever changed.
 */

export type CsvCell = string | number | null

const FORMULA_START = /^[\t\r]|^[ ]*[=+\-@]/
/** Characters that make a cell quoted: the quote itself, line breaks, and every common separator. */
const NEEDS_QUOTES = /[",;\t\r\n]/

/** One cell: neutralised if it could start a formula, quoted when it holds a quote, separator or line break. */
export function csvCell(value: CsvCell): string {
    if (value === null) return ''
    let text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : String(value)
    if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`
    return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** Rows to CSV text, CRLF line ends (RFC 4180). */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<CsvCell>>): string {
    return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n'
}

/** Parses CSV written by toCsv (quoted cells, doubled quotes, CRLF); for tests and round trips. */
export function parseCsv(text: string): string[][] {
    const rows: string[][] = []
    let row: string[] = []
    let cell = ''
    let quoted = false
    for (let i = 0; i < text.length; i++) {
        const c = text[i]
        if (quoted) {
            if (c === '"' && text[i + 1] === '"') {
                cell += '"'
                i++
            } else if (c === '"') quoted = false
            else cell += c
        } else if (c === '"') quoted = true
        else if (c === ',') {
            row.push(cell)
            cell = ''
        } else if (c === '\n' || c === '\r') {
            if (c === '\r' && text[i + 1] === '\n') i++
            row.push(cell)
            rows.push(row)
            row = []
            cell = ''
        } else cell += c
    }
    if (cell !== '' || row.length) {
        row.push(cell)
        rows.push(row)
    }
    return rows
}
