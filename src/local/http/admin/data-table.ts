import { escapeHtml } from '../respond'
import { toCsv, type CsvCell } from './csv'

/*
 * Every figure on the admin pages is a DataTable: the page renders it as an HTML table and the
 * same object is what ?format=csv&table=<id> downloads, so the table and its CSV cannot disagree.
 */

export type CellFormat = 'text' | 'int' | 'money' | 'decimal' | 'percent'

export interface DataColumn {
    label: string
    format?: CellFormat
}

export interface DataTable {
    /** Unique on its page; the CSV download names it. */
    id: string
    caption: string
    columns: DataColumn[]
    rows: CsvCell[][]
    /** A totals row, rendered in <tfoot> and written last in the CSV. */
    total?: CsvCell[]
}

/** "$1,249.00": grouped, two decimals, locale-independent (the same text in every browser and test). */
export function money(amount: number): string {
    const cents = Math.round(Math.abs(amount) * 100)
    const whole = String(Math.floor(cents / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
    return `${amount < 0 && cents > 0 ? '-' : ''}$${whole}.${String(cents % 100).padStart(2, '0')}`
}

export function grouped(n: number): string {
    return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

/** A cell as the page shows it. */
export function formatCell(value: CsvCell, format: CellFormat = 'text'): string {
    if (value === null || value === '') return '—'
    if (typeof value !== 'number') return String(value)
    if (format === 'money') return money(value)
    if (format === 'int') return grouped(value)
    if (format === 'percent') return `${value.toFixed(1)} %`
    if (format === 'decimal') return String(Math.round(value * 100) / 100)
    return String(value)
}

function isNumeric(format: CellFormat | undefined): boolean {
    return format !== undefined && format !== 'text'
}

function cell(tag: 'td' | 'th', value: CsvCell, column: DataColumn, scope: string, blank: string): string {
    const numeric = isNumeric(column.format)
    const raw = numeric && typeof value === 'number' ? ` data-value="${escapeHtml(String(value))}"` : ''
    const attrs = `${scope ? ` scope="${scope}"` : ''}${numeric ? ' class="num"' : ''}${raw}`
    const text = value === null || value === '' ? blank : formatCell(value, column.format)
    return `<${tag}${attrs}>${escapeHtml(text)}</${tag}>`
}

/** A row; `blank` is what an empty cell shows ('—' in the body, nothing in the totals). */
function row(values: readonly CsvCell[], columns: readonly DataColumn[], blank = '—'): string {
    return `<tr>${values.map((v, i) => (i === 0 ? cell('th', v, columns[0], 'row', blank) : cell('td', v, columns[i] ?? {}, '', blank))).join('')}</tr>`
}

/** The table, with a caption, column headers, row headers, the totals row and its CSV link. */
export function tableHtml(t: DataTable, csvHref: string): string {
    const head = `<thead><tr>${t.columns.map((c) => `<th scope="col"${isNumeric(c.format) ? ' class="num"' : ''}>${escapeHtml(c.label)}</th>`).join('')}</tr></thead>`
    const body = t.rows.length ? `<tbody>${t.rows.map((r) => row(r, t.columns)).join('')}</tbody>` : `<tbody><tr><td colspan="${t.columns.length}">No data.</td></tr></tbody>`
    const foot = t.total ? `<tfoot>${row(t.total, t.columns, '')}</tfoot>` : ''
    return (
        `<div class="table-wrap"><table class="data" id="table-${escapeHtml(t.id)}" data-table="${escapeHtml(t.id)}">` +
        `<caption>${escapeHtml(t.caption)}</caption>${head}${body}${foot}</table>` +
        `<p class="csv"><a href="${escapeHtml(csvHref)}" download data-csv="${escapeHtml(t.id)}">Download “${escapeHtml(t.caption)}” as CSV</a></p></div>`
    )
}

/** The CSV of a table: the header row, the rows, the totals row. */
export function tableCsv(t: DataTable): string {
    return toCsv([t.columns.map((c) => c.label), ...t.rows, ...(t.total ? [t.total] : [])])
}
