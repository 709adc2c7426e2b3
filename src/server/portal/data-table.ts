import { toCsv, type CsvCell } from './csv.ts'

/*
 * Every figure on the analyst dashboard is a table: the widget shows it as an HTML table (text
 * bindings only) and offers the CSV built here from the very same cells, so the page and its
 * download cannot disagree. Cells carry their raw value (what the CSV holds) and the text the page
 * shows; the template binds both (the raw value as data-value, for readers and tests).
 */

export type CellFormat = 'text' | 'int' | 'money' | 'decimal' | 'percent'

export interface DataColumn {
    label: string
    format?: CellFormat
}

/** A table as the dashboard's builders write it. */
export interface DataTable {
    /** Unique on the page; the CSV file is named after it. */
    id: string
    caption: string
    columns: DataColumn[]
    rows: CsvCell[][]
    /** A totals row, shown in <tfoot> and written last in the CSV. */
    total?: CsvCell[]
}

/** One cell as the template binds it. */
export interface ViewCell {
    /** What the page shows ("$1,249.00", "42.5 %", "—"). */
    text: string
    /** The raw value as the CSV writes it ('' for an empty cell). */
    value: string
    numeric: boolean
}

/** A row: its header cell (the first column) and the rest. */
export interface ViewRow {
    head: ViewCell
    cells: ViewCell[]
}

/** A table as the widget receives it. */
export interface ViewTable {
    id: string
    caption: string
    columns: Array<{ label: string; numeric: boolean }>
    rows: ViewRow[]
    total: ViewRow | null
    /** The table as CSV (RFC 4180, spreadsheet-safe): header row, rows, totals row. */
    csv: string
    /** "psm-costs-by-persona.csv". */
    fileName: string
}

/** "$1,249.00": grouped, two decimals, locale-independent (the same text in every browser and test). */
export function money(amount: number): string {
    const cents = Math.round(Math.abs(amount) * 100)
    const whole = String(Math.floor(cents / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
    const fraction = String(cents % 100)
    return `${amount < 0 && cents > 0 ? '-' : ''}$${whole}.${fraction.length < 2 ? '0' + fraction : fraction}`
}

/** "12,345". */
export function grouped(n: number): string {
    return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

/** A cell as the page shows it; an empty cell is a dash. */
export function formatCell(value: CsvCell, format: CellFormat = 'text'): string {
    if (value === null || value === '') return '\u2014'
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

/** The raw value as the CSV writes it (numbers as numbers, text as is), for data-value. */
function rawText(value: CsvCell): string {
    if (value === null) return ''
    if (typeof value === 'number') return isFinite(value) ? String(value) : ''
    return value
}

function viewRow(values: readonly CsvCell[], columns: readonly DataColumn[], blank: string): ViewRow {
    const cells = values.map((v, i) => {
        const format = columns[i] ? columns[i].format : undefined
        return { text: v === null || v === '' ? blank : formatCell(v, format), value: rawText(v), numeric: isNumeric(format) }
    })
    return { head: cells[0] || { text: '', value: '', numeric: false }, cells: cells.slice(1) }
}

/** The CSV of a table: the header row, the rows, the totals row. */
export function tableCsv(t: DataTable): string {
    const lines: CsvCell[][] = [t.columns.map((c) => c.label)]
    for (const r of t.rows) lines.push(r)
    if (t.total) lines.push(t.total)
    return toCsv(lines)
}

/** The table as the widget binds it, with its CSV. */
export function viewTable(t: DataTable): ViewTable {
    return {
        id: t.id,
        caption: t.caption,
        columns: t.columns.map((c) => ({ label: c.label, numeric: isNumeric(c.format) })),
        rows: t.rows.map((r) => viewRow(r, t.columns, '\u2014')),
        total: t.total ? viewRow(t.total, t.columns, '') : null,
        csv: tableCsv(t),
        fileName: `psm-${t.id.replace(/[^a-z0-9-]/g, '')}.csv`,
    }
}
