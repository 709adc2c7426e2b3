import { GlideRecord, scanSysIds } from '../glide/GlideRecord'
import { asPlatform, runtime } from '../glide/runtime'
import type { Instance } from '../instance'
import type { TableInfo } from '../store/schema'
import { MapRun, transformMapsFor, type RowResult } from './transform'
import type { ImportLog } from './scripts'

/*
 * Import sets: a load writes rows into a staging table (any table extending Import Set Row
 * [sys_import_set_row], "Import sets key concepts") under one Import Set [sys_import_set]; the transform
 * then applies the staging table's transform maps to the set's pending rows, records each row's state,
 * target and comment, one Transform History [sys_import_set_run] per map, and Import Log [import_log]
 * lines for what the scripts log and what failed.
 */

export const IMPORT_ROW_TABLE = 'sys_import_set_row'

/** A refusal with the REST shape's message and detail, and the status the API answers. */
export class ImportSetError extends Error {
    constructor(
        readonly status: number,
        message: string,
        readonly detail: string | null = null,
    ) {
        super(message)
        this.name = 'ImportSetError'
    }
}

const TABLE_NAME = /^[a-z0-9_]{1,80}$/

/** The staging table: it must exist and extend sys_import_set_row ("An import table is any table that extends the Import Set Row"). */
export function stagingTable(name: string): TableInfo {
    const schema = runtime().store.schema
    const info = TABLE_NAME.test(name) ? schema.maybeTable(name) : undefined
    if (!info) throw new ImportSetError(400, `Invalid table ${name.slice(0, 80)}`, 'No import set table by that name')
    if (name === IMPORT_ROW_TABLE || !schema.ancestry(name).includes(IMPORT_ROW_TABLE)) {
        throw new ImportSetError(400, `Invalid table ${name}`, `${name} is not an import set table (a table extending ${IMPORT_ROW_TABLE})`)
    }
    return info
}

export interface ImportSetOptions {
    mode?: 'synchronous' | 'asynchronous'
    dataSource?: string
    shortDescription?: string
    multiImportSet?: string
}

/** A new import set (state Loading) for rows of `table`. */
export function openImportSet(instance: Instance, table: string, options: ImportSetOptions = {}): GlideRecord {
    const set = new GlideRecord('sys_import_set')
    set.initialize()
    set.setValue('table_name', table)
    set.setValue('mode', options.mode ?? 'synchronous')
    set.setValue('state', 'loading')
    if (options.dataSource) set.setValue('data_source', options.dataSource)
    if (options.multiImportSet) set.setValue('multi_import_set', options.multiImportSet)
    if (options.shortDescription) set.setValue('short_description', options.shortDescription.slice(0, 160))
    if (!set.insert()) throw new ImportSetError(500, 'Import set not created', instance.operations.lastRefusal?.message ?? null)
    return set
}

/** The load is complete: state Loaded. */
export function closeLoad(set: GlideRecord): void {
    set.setValue('state', 'loaded')
    set.setValue('load_completed', runtime().store.clock())
    set.update()
}

/**
 * One staging row: the values whose keys name staging columns (import set tables hold text: "accepts only
 * name-value pairs of String data types"); the import set's own columns (sys_*) are never taken from input.
 */
export function addRow(instance: Instance, set: GlideRecord, info: TableInfo, row: number, values: Readonly<Record<string, string>>): GlideRecord {
    const gr = new GlideRecord(info.name)
    gr.initialize()
    for (const [field, value] of Object.entries(values)) {
        if (field.startsWith('sys_') || !info.columns.has(field)) continue
        gr.setValue(field, value)
    }
    gr.setValue('sys_import_set', set.getUniqueValue())
    gr.setValue('sys_import_row', row)
    gr.setValue('sys_import_state', 'pending')
    if (!gr.insert()) throw new ImportSetError(400, 'Import row not inserted', instance.operations.lastRefusal?.message ?? null)
    return gr
}

/** What a transform did: per staging row, each map's outcome. */
export interface TransformReport {
    rows: Map<string, RowResult[]>
    inserted: number
    updated: number
    ignored: number
    skipped: number
    errors: number
    /** Why the transform stopped early (onStart, or a script's error), if it did. */
    halted: string
}

class RowRollback extends Error {}

/** The import log of one run: lines in import_log and in the instance log. */
// platform-difference: import-log-always-to-table
function importLog(set: GlideRecord, run: GlideRecord | null, source: string): ImportLog & { lastError: string } {
    // The log is the platform's: a transform script in an application scope calls it, but its import_log
    // rows are not that script's table access.
    const write = (level: string, message: unknown) => asPlatform(() => {
        const text = String(message ?? '')
        runtime().log(level === 'warn' ? 'warn' : level === 'error' ? 'error' : 'info', `Import ${set.getValue('number') ?? ''}: ${text}`)
        const line = new GlideRecord('import_log')
        line.initialize()
        line.setValue('level', level)
        line.setValue('message', text.slice(0, 4000))
        line.setValue('source', source.slice(0, 100))
        line.setValue('import_set', set.getUniqueValue())
        if (run) line.setValue('run_history', run.getUniqueValue())
        return line.insert() ?? ''
    })
    const log = {
        lastError: '',
        info: (m: unknown) => void write('info', m),
        warn: (m: unknown) => void write('warn', m),
        debug: (m: unknown) => void write('info', m),
        error: (m: unknown) => {
            log.lastError = write('error', m)
        },
    }
    return log
}

function pendingQuery(set: GlideRecord, table: string): GlideRecord {
    const rows = new GlideRecord(table)
    rows.addQuery('sys_import_set', set.getUniqueValue())
    rows.addQuery('sys_import_state', 'pending')
    rows.orderBy('sys_import_row')
    return rows
}

/**
 * The set's pending rows in row order, one at a time: which rows and in what order is decided once, at the
 * start (their sys_ids), and each row is read by its sys_id when the transform reaches it, as a record of
 * its own (onComplete's `source` is the last row transformed). A row that left the pending state (or the
 * set) before it was reached is not transformed.
 *
 * Why by sys_id: reading all 100,000 rows of a set at once kept them in memory for the whole transform;
 * reading them a page at a time with the set's conditions plus "sys_id IN (the page)" let SQLite walk the
 * set's index (sys_import_set) for every page, all of the set's rows each time, which made the transform
 * quadratic (200 pages x 100,000 rows at 100,000 rows). A read by sys_id is one unique-index lookup.
 */
function* pendingRows(set: GlideRecord, table: string, onlyRows?: ReadonlySet<string>): Generator<GlideRecord> {
    const ids = scanSysIds(pendingQuery(set, table))
    const setId = set.getUniqueValue()
    for (const id of ids) {
        if (onlyRows && !onlyRows.has(id)) continue
        const source = new GlideRecord(table)
        // get(id) falls back to a lookup by name: only the row with this sys_id is this row.
        if (!source.get(id) || source.getUniqueValue() !== id) continue
        if (source.getValue('sys_import_state') !== 'pending' || source.getValue('sys_import_set') !== setId) continue
        yield source
    }
}

/**
 * Transforms the import set's pending rows with every active transform map of its table. Each row's
 * writes are one transaction: a row that fails leaves nothing behind (a created reference, a half
 * update), and the other rows go on. The rows' state, comment and target are recorded after.
 */
export function transformImportSet(instance: Instance, set: GlideRecord, onlyRows?: ReadonlySet<string>): TransformReport {
    const table = set.getValue('table_name') || ''
    const store = runtime().store
    const report: TransformReport = { rows: new Map(), inserted: 0, updated: 0, ignored: 0, skipped: 0, errors: 0, halted: '' }
    const maps = transformMapsFor(instance, table)
    for (const map of maps) {
        const run = new GlideRecord('sys_import_set_run')
        run.initialize()
        run.setValue('set', set.getUniqueValue())
        run.setValue('sys_transform_map', map.sysId)
        run.setValue('state', 'running')
        run.insert()
        const log = importLog(set, run, `Transform: ${map.name}`)
        const mapRun = new MapRun(instance, map, set, log)
        const counts = { total: 0, inserted: 0, updated: 0, ignored: 0, skipped: 0, errors: 0 }
        const stopped = mapRun.start()
        let lastSource: GlideRecord | null = null
        let lastTarget: GlideRecord | null = null
        if (stopped) {
            log.error(stopped)
            report.halted = stopped
        } else {
            for (const source of pendingRows(set, table, onlyRows)) {
                let outcome: ReturnType<MapRun['row']> | null = null
                try {
                    store.transaction(() => {
                        outcome = mapRun.row(source)
                        if (outcome.result.status === 'error') throw new RowRollback()
                    })
                } catch (e) {
                    if (!(e instanceof RowRollback)) throw e
                }
                const { result, target } = outcome as unknown as ReturnType<MapRun['row']>
                counts.total++
                counts[result.status === 'error' ? 'errors' : result.status]++
                // Each map adds its outcome to the row's list (a copy of the list per row and map was most of this loop's own time).
                const rowId = source.getUniqueValue()
                const results = report.rows.get(rowId)
                if (results) results.push(result)
                else report.rows.set(rowId, [result])
                recordRow(source, result, log)
                lastSource = source
                if (target) lastTarget = target
                if (mapRun.halted) {
                    report.halted = result.errorMessage || 'The transformation was halted by a script error'
                    break
                }
            }
        }
        if (!stopped) mapRun.complete(lastSource, lastTarget)
        run.setValue('total', counts.total)
        run.setValue('processed', counts.total)
        run.setValue('inserts', counts.inserted)
        run.setValue('updates', counts.updated)
        run.setValue('ignored', counts.ignored)
        run.setValue('skipped', counts.skipped)
        run.setValue('errors', counts.errors)
        run.setValue('state', mapRun.halted ? 'cancelled' : counts.errors ? 'complete_with_errors' : 'complete')
        run.setValue('completed', store.clock())
        run.update()
        report.inserted += counts.inserted
        report.updated += counts.updated
        report.ignored += counts.ignored
        report.skipped += counts.skipped
        report.errors += counts.errors
    }
    if (maps.length) {
        set.setValue('state', 'processed')
        set.update()
    }
    return report
}

/** The row's state, comment (the script's message, else the error), target and map: the platform's own bookkeeping, rules off. */
function recordRow(source: GlideRecord, result: RowResult, log: ImportLog & { lastError: string }): void {
    // The row being iterated is the transform's `source`; it is updated in place as the loop goes.
    const row = source
    row.workflow = false
    row.setValue('sys_import_state', result.status)
    row.setValue('sys_import_state_comment', (result.errorMessage || result.statusMessage).slice(0, 4000))
    row.setValue('sys_transform_map', result.map.sysId)
    row.setValue('sys_target_table', result.map.targetTable)
    if (result.targetSysId) row.setValue('sys_target_sys_id', result.targetSysId)
    if (result.status === 'error') {
        log.error(`Row ${source.getValue('sys_import_row') ?? ''}: ${result.errorMessage}`)
        if (log.lastError) row.setValue('sys_row_error', log.lastError)
    }
    row.update()
}
