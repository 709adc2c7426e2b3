import { parse } from 'csv-parse/sync'
import { GlideRecord } from '../glide/GlideRecord'
import type { Instance } from '../instance'
import type { TableInfo } from '../store/schema'
import { addRow, closeLoad, ImportSetError, openImportSet, stagingTable, transformImportSet, type TransformReport } from './importer'

/*
 * Loading a CSV file into an import set, as a File data source of format CSV does ("File type data
 * source": the header row names the columns, the CSV delimiter separates them), or as a file posted to
 * sys_import.do ("Post CSV or Excel files directly to an import set"). The whole file is read and checked
 * before anything is written: a file that is not CSV is refused with the line at fault and loads nothing.
 * Rows that load but cannot be transformed are reported one by one, with their line in the file.
 */

/** The largest file accepted (the platform caps attachments by com.glide.attachment.max_size, 1 GB by default; kept smaller here). */
export const MAX_CSV_BYTES = 64 * 1024 * 1024

export interface CsvLoadOptions {
    delimiter?: string
    /** 1-based line of the header row (sys_data_source.header_row). */
    headerRow?: number
    dataSource?: string
    transform?: boolean
    shortDescription?: string
}

/** One row the transform could not load, with its line in the file. */
export interface RowProblem {
    line: number
    row: number
    state: string
    message: string
}

export interface CsvLoadReport {
    importSet: string
    number: string
    table: string
    rows: number
    transform: TransformReport | null
    problems: RowProblem[]
}

interface Parsed {
    header: string[]
    records: Array<{ line: number; values: string[] }>
}

function parseCsv(text: string, delimiter: string, headerRow: number): Parsed {
    let records: Array<{ record: string[]; info: { lines: number } }>
    try {
        records = parse(text, { delimiter, info: true, bom: true, skip_empty_lines: true, relax_column_count: false, from_line: Math.max(1, headerRow) }) as unknown as typeof records
    } catch (e) {
        throw new ImportSetError(400, 'Invalid CSV file', e instanceof Error ? e.message : String(e))
    }
    if (!records.length) throw new ImportSetError(400, 'Invalid CSV file', 'The file has no header row')
    const [head, ...rest] = records
    // info.lines is the line the record ends on, counted from from_line.
    const offset = Math.max(1, headerRow) - 1
    return { header: head.record.map((h) => h.trim()), records: rest.map((r) => ({ line: r.info.lines + offset, values: r.record })) }
}

/** The staging column each header names: by column name, else by label (case-insensitive), as the load maps them. */
function columnsFor(info: TableInfo, header: string[]): Array<string | null> {
    const byName = new Map<string, string>()
    for (const col of info.columns.values()) {
        if (col.element.startsWith('sys_')) continue
        byName.set(col.element.toLowerCase(), col.element)
        if (!byName.has(col.label.toLowerCase())) byName.set(col.label.toLowerCase(), col.element)
    }
    return header.map((h) => byName.get(h.toLowerCase()) ?? byName.get(`u_${h.toLowerCase().replace(/\W+/g, '_')}`) ?? null)
}

/** Loads CSV text into a new import set of `table` and, unless told not to, transforms it. */
export function loadCsv(instance: Instance, table: string, text: string, options: CsvLoadOptions = {}): CsvLoadReport {
    const info = stagingTable(table)
    if (Buffer.byteLength(text, 'utf8') > MAX_CSV_BYTES) throw new ImportSetError(413, 'Request entity too large', `A file may not exceed ${MAX_CSV_BYTES} bytes`)
    const { header, records } = parseCsv(text, options.delimiter || ',', options.headerRow ?? 1)
    const columns = columnsFor(info, header)
    if (!columns.some((c) => c !== null)) {
        throw new ImportSetError(400, 'Invalid CSV file', `No header of the file names a column of ${table} (headers: ${header.join(', ').slice(0, 300)})`)
    }
    const store = instance.store
    // One transaction for the load: it is written whole or not at all.
    const { set, lines } = store.transaction(() => {
        const set = openImportSet(instance, table, { dataSource: options.dataSource, shortDescription: options.shortDescription })
        const lines = new Map<string, number>()
        records.forEach((r, i) => {
            const values: Record<string, string> = {}
            columns.forEach((c, j) => {
                if (c) values[c] = r.values[j] ?? ''
            })
            const row = addRow(instance, set, info, i, values)
            lines.set(row.getUniqueValue(), r.line)
        })
        closeLoad(set)
        return { set, lines }
    })
    const report: CsvLoadReport = { importSet: set.getUniqueValue(), number: set.getValue('number') ?? '', table, rows: records.length, transform: null, problems: [] }
    // Emptied once loaded: the transform of a large file need not carry its parsed records along.
    records.length = 0
    if (options.transform === false) return report
    report.transform = transformImportSet(instance, set)
    for (const [rowId, results] of report.transform.rows) {
        const last = results[results.length - 1]
        if (!last || last.status === 'inserted' || last.status === 'updated') continue
        const row = new GlideRecord(table)
        row.get(rowId)
        report.problems.push({ line: lines.get(rowId) ?? 0, row: Number(row.getValue('sys_import_row') ?? 0), state: last.status, message: last.errorMessage || last.statusMessage })
    }
    report.problems.sort((a, b) => a.line - b.line)
    return report
}

/** Loads CSV text as a data source (sys_data_source, type File, format CSV) describes it. */
// platform-difference: import-csv-files-only
export function loadDataSource(instance: Instance, dataSourceName: string, text: string, options: Pick<CsvLoadOptions, 'transform'> = {}): CsvLoadReport {
    const ds = new GlideRecord('sys_data_source')
    if (!ds.get('name', dataSourceName) && !ds.get(dataSourceName)) throw new ImportSetError(404, 'No Record found', `No data source named ${dataSourceName.slice(0, 100)}`)
    if (ds.getValue('type') !== 'File' || (ds.getValue('format') || '').toUpperCase() !== 'CSV') {
        throw new ImportSetError(400, 'Unsupported data source', `Data source ${ds.getValue('name')} is ${ds.getValue('type')}/${ds.getValue('format')}; only File/CSV loads here`)
    }
    return loadCsv(instance, ds.getValue('import_set_table_name') || '', text, {
        delimiter: ds.getValue('csv_delimiter') || ',',
        headerRow: Number(ds.getValue('header_row') || 1),
        dataSource: ds.getUniqueValue(),
        transform: options.transform,
        shortDescription: `Loaded from ${ds.getValue('name') ?? ''}`,
    })
}
