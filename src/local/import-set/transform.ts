import { GlideRecord } from '../glide/GlideRecord'
import { inScript, runtime } from '../glide/runtime'
import type { Instance } from '../instance'
import type { Column, TableInfo } from '../store/schema'
import { quoteIdent, type Row } from '../store/store'
import { SYS_ID_FORMAT } from '../store/values'
import { parseWithFormat } from './date-format'
import { compileSourceScript, compileTransformScript, runCompiledSource, runCompiledTransform, type CompiledScript, type ImportLog, type ScriptContext, type ScriptOutcome } from './scripts'

/*
 * The transform: each active transform map on the staging table, lowest order first ("The system runs
 * transform maps from lowest to highest Order", Create a transform map), applied to each pending row of
 * an import set. Per row, as "Map with transformation event scripts" and "Updating records using
 * coalesce" describe:
 *   coalesce lookup (the row's action: insert or update) → onBefore scripts → field maps → the map's
 *   script (Run script) → mandatory fields → insert or update of the target → onAfter scripts,
 * with onStart before the first row and onComplete after the last.
 */

export type RowStatus = 'inserted' | 'updated' | 'ignored' | 'skipped' | 'error'

/** One map's outcome for one row: what the Import Set API returns per transform map. */
export interface RowResult {
    map: MapDef
    status: RowStatus
    targetSysId: string
    statusMessage: string
    errorMessage: string
}

interface EntryDef {
    sysId: string
    sourceField: string
    targetField: string
    coalesce: boolean
    coalesceCaseSensitive: boolean
    coalesceEmptyFields: boolean
    choiceAction: 'create' | 'ignore' | 'reject'
    dateFormat: string
    referenceValueField: string
    sourceScript: string | null
    /** Where the source script comes from, for its errors. */
    sourceLabel: string
}

interface ScriptDef {
    sysId: string
    when: string
    script: string
}

export interface MapDef {
    sysId: string
    name: string
    sourceTable: string
    targetTable: string
    scope: string
    runBusinessRules: boolean
    enforceMandatory: 'no' | 'mapped' | 'all'
    copyEmptyFields: boolean
    createOnEmptyCoalesce: boolean
    script: string | null
    entries: EntryDef[]
    scripts: ScriptDef[]
    record: GlideRecord
}

const on = (v: string | null) => v === '1'

function enforcement(value: string | null): MapDef['enforceMandatory'] {
    const v = (value ?? '').toLowerCase().replace(/[\s_]/g, '')
    if (v === 'onlymappedfields') return 'mapped'
    if (v === 'allfields') return 'all'
    return 'no'
}

/** The active transform maps of a staging table, lowest order first, with their field maps and scripts. */
export function transformMapsFor(instance: Instance, stagingTable: string): MapDef[] {
    const maps: MapDef[] = []
    const gr = new GlideRecord('sys_transform_map')
    gr.addQuery('source_table', stagingTable)
    gr.addQuery('active', true)
    gr.orderBy('order')
    gr.query()
    while (gr.next()) {
        const record = new GlideRecord('sys_transform_map')
        record.get(gr.getUniqueValue())
        const entries: EntryDef[] = []
        const e = new GlideRecord('sys_transform_entry')
        e.addQuery('map', gr.getUniqueValue())
        e.orderBy('sys_created_on')
        e.query()
        while (e.next()) {
            const action = (e.getValue('choice_action') || 'create').toLowerCase()
            entries.push({
                sysId: e.getUniqueValue(),
                sourceField: e.getValue('source_field') || '',
                targetField: e.getValue('target_field') || '',
                coalesce: on(e.getValue('coalesce')),
                coalesceCaseSensitive: on(e.getValue('coalesce_case_sensitive')),
                coalesceEmptyFields: on(e.getValue('coalesce_empty_fields')),
                choiceAction: action === 'ignore' || action === 'reject' ? action : 'create',
                dateFormat: e.getValue('date_format') || '',
                referenceValueField: e.getValue('reference_value_field') || '',
                sourceScript: on(e.getValue('use_source_script')) ? e.getValue('source_script') || '' : null,
                sourceLabel: `sys_transform_entry:${e.getUniqueValue()} (${e.getValue('target_field') || ''})`,
            })
        }
        const scripts: ScriptDef[] = []
        const s = new GlideRecord('sys_transform_script')
        s.addQuery('map', gr.getUniqueValue())
        s.addQuery('active', true)
        s.orderBy('order')
        s.query()
        while (s.next()) scripts.push({ sysId: s.getUniqueValue(), when: s.getValue('when') || '', script: s.getValue('script') || '' })
        maps.push({
            sysId: gr.getUniqueValue(),
            name: gr.getValue('name') || '',
            sourceTable: stagingTable,
            targetTable: gr.getValue('target_table') || '',
            scope: instance.scripts.scopeOf(gr.getValue('sys_scope')),
            runBusinessRules: gr.getValue('run_business_rules') !== '0',
            enforceMandatory: enforcement(gr.getValue('enforce_mandatory_fields')),
            copyEmptyFields: on(gr.getValue('copy_empty_fields')),
            createOnEmptyCoalesce: on(gr.getValue('create_new_record_on_empty_coalesce_fields')),
            script: on(gr.getValue('run_script')) ? gr.getValue('script') || '' : null,
            entries,
            scripts,
            record,
        })
    }
    return maps
}

const CLEAN: ScriptOutcome = { ignore: false, error: false, errorMessage: '', statusMessage: '' }

/** A row could not be transformed: its state, and why (kept on the row's comment). */
class RowRejected extends Error {
    constructor(
        readonly status: RowStatus,
        message: string,
    ) {
        super(message)
    }
}

/** What the coalesce lookup found: the target (its sys_id and row), each coalesce field's source value, and the references it resolved. */
interface Coalesced {
    found: string | null
    row?: Row
    empty: boolean
    values: Map<EntryDef, string>
    references: Map<EntryDef, { raw: string; value: string }>
}

/** A value as text: what a source script answered (a GlideElement, a number, -1). */
function asText(value: unknown): string {
    if (value === null || value === undefined) return ''
    return String(value)
}

/**
 * Whether `id` is the sys_id of a record of `table` (or of a table extending it). By its sys_id only: get(id)
 * would also take a record whose name is `id`, and a reference value is then that record's sys_id, not `id`.
 * Only whether the row exists is read, not the row itself (its columns made into an object for nothing), unless
 * a before-query rule on the table has its say.
 */
function isRecordOf(table: string, id: string): boolean {
    if (!SYS_ID_FORMAT.test(id)) return false
    const store = runtime().store
    const info = store.schema.maybeTable(table)
    if (!info) return false
    // Read through a GlideRecord whenever it could answer otherwise than the row's existence: a before-query rule may
    // hide the record, and inside a script (none runs a transform today) scope access may refuse the table, as it
    // does the display-value lookup that follows (GlideRecord.query, scriptMay).
    if (inScript() || runtime().operations.hasQueryRules?.(table) !== false) {
        const ref = new GlideRecord(table)
        ref.addQuery('sys_id', id)
        ref.setLimit(1)
        ref.query()
        return ref.hasNext()
    }
    let read = existenceReads.get(info)
    if (!read) {
        // As Store.getRow reads a row: restricted to the table's family only where its physical table holds other classes too.
        const byClass = info.family.length !== store.schema.membersOf(info.root).length
        const sql = `SELECT 1 AS found FROM ${quoteIdent(info.root)} WHERE sys_id = ?${byClass ? ` AND sys_class_name IN (${info.family.map(() => '?').join(', ')})` : ''}`
        existenceReads.set(info, (read = { sql, byClass }))
    }
    return store.row(read.sql, read.byClass ? [id, ...info.family] : [id]) !== undefined
}

/** The existence check's SQL per table (a loaded dictionary's tables never change: a change loads new ones). */
const existenceReads = new WeakMap<TableInfo, { sql: string; byClass: boolean }>()

/**
 * Runs one transform map over rows of one import set. Built once per map and import set: compiled
 * scripts, field maps and the target's dictionary are reused row after row.
 */
export class MapRun {
    private readonly targetInfo
    private stopped = false
    /** The coalesce field maps, in the map's order. */
    private readonly keys: EntryDef[]
    /** The target's columns whose emptiness the map's mandatory-field enforcement checks (none when it enforces nothing). */
    private readonly mandatoryColumns: Column[]

    constructor(
        private readonly instance: Instance,
        readonly map: MapDef,
        private readonly importSet: GlideRecord,
        private readonly log: ImportLog,
    ) {
        this.targetInfo = runtime().store.schema.maybeTable(map.targetTable)
        // Both read once per map run, from the field maps and the target's dictionary as they were at its start
        // (as targetInfo is), instead of being worked out again for every row.
        this.keys = map.entries.filter((e) => e.coalesce)
        this.mandatoryColumns = this.checkedMandatory()
    }

    private checkedMandatory(): Column[] {
        if (this.map.enforceMandatory === 'no' || !this.targetInfo) return []
        const mapped = new Set(this.map.entries.map((e) => e.targetField))
        const checked: Column[] = []
        for (const col of this.targetInfo.columns.values()) {
            if (!col.mandatory || col.element.startsWith('sys_')) continue
            if (this.map.enforceMandatory === 'mapped' && !mapped.has(col.element)) continue
            checked.push(col)
        }
        return checked
    }

    /** Whether an onStart script (ignore or error) or an onBefore/onAfter error stopped this map. */
    get halted(): boolean {
        return this.stopped
    }

    /**
     * The map's scripts of one phase in order, and each script compiled: the map (its scripts and field maps)
     * is read once when the transform starts, so a row needs no filtering of the list or lookup of the
     * compiled function by its text. Only a successful compile is kept: a script that does not compile fails
     * every row it runs for, as it did.
     */
    private readonly phases = new Map<string, ScriptDef[]>()
    private readonly compiled = new Map<ScriptDef | EntryDef | MapDef, CompiledScript>()
    private compiledIn = -1

    /** The compiled function kept for a script, unless the script engine was reset since (a row wrote a script include, a rule). */
    private compiledFor(key: ScriptDef | EntryDef | MapDef): CompiledScript | undefined {
        if (this.compiledIn !== this.instance.scripts.generation) {
            this.compiled.clear()
            this.compiledIn = this.instance.scripts.generation
        }
        return this.compiled.get(key)
    }

    private scriptsFor(when: string): ScriptDef[] {
        let list = this.phases.get(when)
        if (!list) this.phases.set(when, (list = this.map.scripts.filter((s) => s.when === when)))
        return list
    }

    private transformFn(key: ScriptDef | MapDef, script: string, label: () => string): CompiledScript {
        let fn = this.compiledFor(key)
        if (!fn) this.compiled.set(key, (fn = compileTransformScript(this.instance.scripts, script, label())))
        return fn
    }

    private run(when: string, ctx: ScriptContext, start: ScriptOutcome = CLEAN): ScriptOutcome {
        let outcome = start
        for (const s of this.scriptsFor(when)) {
            const fn = this.transformFn(s, s.script, () => `sys_transform_script:${s.sysId} (${s.when}, ${this.map.name})`)
            outcome = runCompiledTransform(fn, this.map.scope, ctx, outcome)
        }
        return outcome
    }

    /** onStart: "When set to true, the entire transformation will be stopped" (ignore or error). */
    start(): string {
        if (!this.targetInfo) {
            this.stopped = true
            return `Transform map ${this.map.name}: target table ${this.map.targetTable} does not exist`
        }
        const outcome = this.run('onStart', { source: null, target: null, map: this.map.record, log: this.log, action: '', importSet: this.importSet })
        if (outcome.ignore || outcome.error) {
            this.stopped = true
            return outcome.errorMessage || `Transform map ${this.map.name}: onStart stopped the transformation`
        }
        return ''
    }

    /** onComplete, with the last source and target rows. */
    complete(lastSource: GlideRecord | null, lastTarget: GlideRecord | null): boolean {
        return this.run('onComplete', { source: lastSource, target: lastTarget, map: this.map.record, log: this.log, action: '', importSet: this.importSet }).error
    }

    private sourceValue(entry: EntryDef, source: GlideRecord, action: string): string {
        if (entry.sourceScript !== null) {
            let fn = this.compiledFor(entry)
            if (!fn) this.compiled.set(entry, (fn = compileSourceScript(this.instance.scripts, entry.sourceScript, entry.sourceLabel)))
            return asText(runCompiledSource(fn, this.map.scope, source, action))
        }
        if (!entry.sourceField) return ''
        return source.getValue(entry.sourceField) ?? ''
    }

    /**
     * A reference value as the target stores it: "the transform map looks for matching values from the
     * display value column of the reference field table", or the Referenced value field name's column; a
     * sys_id of an existing record is taken as is. No match: the field map's choice action decides.
     */
    private resolveReference(col: Column, entry: EntryDef, value: string): { value: string | null; reject?: string } {
        const table = col.reference
        if (!entry.referenceValueField && isRecordOf(table, value)) return { value }
        const field = entry.referenceValueField || runtime().store.schema.maybeTable(table)?.displayField || 'name'
        const found = new GlideRecord(table)
        found.addQuery(field, value)
        found.setLimit(1)
        found.query()
        if (found.next()) return { value: found.getUniqueValue() }
        if (entry.choiceAction === 'ignore') return { value: null }
        if (entry.choiceAction === 'reject') return { value: null, reject: `Reference value "${value}" for ${entry.targetField} not found in ${table}; row rejected (choice action: reject)` }
        const created = new GlideRecord(table)
        created.initialize()
        created.setValue(field, value)
        const id = created.insert()
        return id ? { value: id } : { value: null, reject: `Could not create the ${table} record "${value}" for ${entry.targetField}` }
    }

    /** A choice value: an existing choice, else the choice action ("create: Create a new choice"). */
    private resolveChoice(col: Column, entry: EntryDef, value: string): { value: string | null; reject?: string } {
        if (col.choices.has(value)) return { value }
        for (const [v, label] of col.choices) if (label === value) return { value: v }
        if (entry.choiceAction === 'ignore') return { value: null }
        if (entry.choiceAction === 'reject') return { value: null, reject: `Choice value "${value}" for ${entry.targetField} is not a choice of ${col.table}.${col.element}; row rejected (choice action: reject)` }
        const choice = new GlideRecord('sys_choice')
        choice.initialize()
        choice.setValue('name', col.table)
        choice.setValue('element', col.element)
        choice.setValue('value', value)
        choice.setValue('label', value)
        choice.insert()
        return { value }
    }

    /** The value a field map writes into the target field, or null to leave the field alone. */
    private targetValue(entry: EntryDef, raw: string): string | null {
        const col = this.targetInfo?.columns.get(entry.targetField)
        if (!col) return null
        if (raw === '') return this.map.copyEmptyFields ? '' : null
        // "The string NULL is a reserved word ... NULL should be used only to clear out a particular field."
        if (raw === 'NULL') return ''
        if (col.type === 'reference') {
            const r = this.resolveReference(col, entry, raw)
            if (r.reject) throw new RowRejected('error', r.reject)
            return r.value
        }
        if (col.choices.size > 0) {
            const r = this.resolveChoice(col, entry, raw)
            if (r.reject) throw new RowRejected('error', r.reject)
            return r.value
        }
        if ((col.type === 'glide_date' || col.type === 'glide_date_time') && entry.dateFormat) {
            const parsed = parseWithFormat(raw, entry.dateFormat, col.type === 'glide_date')
            if (parsed === null) throw new RowRejected('error', `Unable to parse "${raw}" for ${entry.targetField} with the date format ${entry.dateFormat}`)
            return parsed
        }
        return raw
    }

    /**
     * The target record the coalesce fields find, or null: all coalesce values must match; "By default,
     * fields marked as Coalesce ... are used in a case insensitive lookup"; "If more than one record in the
     * target table matches ... only the first matching record in the target table is updated"; a sys_id
     * field map whose script answers a sys_id (or -1) is the conditional coalesce.
     */
    private coalesce(source: GlideRecord): Coalesced {
        const values = new Map<EntryDef, string>()
        const references = new Map<EntryDef, { raw: string; value: string }>()
        const keys = this.keys
        if (!keys.length) return { found: null, empty: false, values, references }
        const q = new GlideRecord(this.map.targetTable)
        let allEmpty = true
        let emptyCoalesces = false
        const insensitive: Array<[string, string]> = []
        for (const entry of keys) {
            const raw = this.sourceValue(entry, source, '')
            values.set(entry, raw)
            if (entry.targetField === 'sys_id') {
                if (raw === '' || raw === '-1' || !SYS_ID_FORMAT.test(raw)) return { found: null, empty: raw === '', values, references }
                allEmpty = false
                q.addQuery('sys_id', raw)
                continue
            }
            if (raw === '') {
                if (entry.coalesceEmptyFields) {
                    emptyCoalesces = true
                    q.addNullQuery(entry.targetField)
                }
                continue
            }
            allEmpty = false
            const col = this.targetInfo?.columns.get(entry.targetField)
            let value = raw
            if (col?.type === 'reference') {
                const r = this.resolveReferenceForLookup(col, entry, raw)
                if (r === null) return { found: null, empty: false, values, references }
                value = r
                references.set(entry, { raw, value: r })
            }
            if (!entry.coalesceCaseSensitive && col?.type !== 'reference' && /[a-z]/i.test(value)) insensitive.push([entry.targetField, value.toLowerCase()])
            else q.addQuery(entry.targetField, value)
        }
        if (allEmpty && !emptyCoalesces) return { found: null, empty: true, values, references }
        for (const [field, lower] of insensitive) q.addQuery(field, 'LIKE', lower)
        q.orderBy('sys_created_on')
        // Without a case-insensitive value to check row by row, the first row of the query is the match: one row read, not all.
        if (!insensitive.length) q.setLimit(1)
        q.query()
        while (q.next()) {
            if (insensitive.every(([field, lower]) => (q.getValue(field) ?? '').toLowerCase() === lower)) return { found: q.getUniqueValue(), row: q.row ?? undefined, empty: false, values, references }
        }
        return { found: null, empty: false, values, references }
    }

    /** A coalesce reference's sys_id, without creating anything: no match means no existing target. */
    private resolveReferenceForLookup(col: Column, entry: EntryDef, value: string): string | null {
        const table = col.reference
        if (!entry.referenceValueField && isRecordOf(table, value)) return value
        const field = entry.referenceValueField || runtime().store.schema.maybeTable(table)?.displayField || 'name'
        const found = new GlideRecord(table)
        found.addQuery(field, value)
        found.setLimit(1)
        found.query()
        return found.next() ? found.getUniqueValue() : null
    }

    private mandatoryProblem(target: GlideRecord): string {
        const missing: string[] = []
        for (const col of this.mandatoryColumns) if ((target.getValue(col.element) ?? '') === '') missing.push(col.element)
        return missing.length ? `Mandatory field${missing.length > 1 ? 's' : ''} ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} empty` : ''
    }

    /**
     * Transforms one staging row with this map; the row itself is updated by the caller. Runs in a transaction
     * that the caller rolls back when the result is an error (its target write relies on that: rollingBackOnFailure).
     */
    row(source: GlideRecord): { result: RowResult; target: GlideRecord | null } {
        const result: RowResult = { map: this.map, status: 'ignored', targetSysId: '', statusMessage: '', errorMessage: '' }
        const target = new GlideRecord(this.map.targetTable)
        try {
            const { found, row: foundRow, empty, values, references } = this.coalesce(source)
            // "Create new record on empty coalesce fields: ... create a new record when all coalesce fields are
            // empty, instead of ignoring the record". The onBefore scripts still run first ("processed at the
            // start of a row transformation"), so a script can say why the row has no key.
            const ignoreEmpty = empty && !this.map.createOnEmptyCoalesce
            const action = found ? 'update' : 'insert'
            // The lookup read the target's row already (the same table, family and read check as get()).
            if (found && foundRow) target.load(foundRow)
            else if (found) target.get(found)
            else target.initialize()
            // "Clearing this check box runs GlideRecord.setWorkflow() with a value of false" (Run business rules).
            if (!this.map.runBusinessRules) target.workflow = false
            const ctx: ScriptContext = { source, target, map: this.map.record, log: this.log, action, importSet: this.importSet }
            const before = this.run('onBefore', ctx)
            result.statusMessage = before.statusMessage
            if (before.error) {
                // onBefore error: "will halt the entire transformation for the current import set, with an error message".
                this.stopped = true
                result.status = 'error'
                result.errorMessage = before.errorMessage || 'onBefore script set error'
                return { result, target }
            }
            if (ignoreEmpty && !before.ignore) {
                result.statusMessage = before.statusMessage || 'No coalesce value: row ignored (Create new record on empty coalesce fields is off)'
                return { result, target: null }
            }
            if (before.ignore) {
                result.status = 'ignored'
                // "the onAfter script runs for the current row even if the ignore flag is set to true".
                const after = this.run('onAfter', ctx, { ...before, ignore: false })
                if (after.statusMessage) result.statusMessage = after.statusMessage
                return { result, target: null }
            }
            for (const entry of this.map.entries) {
                if (entry.targetField === 'sys_id') continue
                const raw = values.has(entry) ? (values.get(entry) as string) : this.sourceValue(entry, source, action)
                // A coalesce reference was resolved for the lookup: the field map writes that same record, not a second lookup's.
                const resolved = references.get(entry)
                const value = resolved && resolved.raw === raw && raw !== 'NULL' ? resolved.value : this.targetValue(entry, raw)
                if (value !== null) target.setValue(entry.targetField, value)
            }
            let outcome = before
            if (this.map.script !== null) {
                const fn = this.transformFn(this.map, this.map.script, () => `sys_transform_map:${this.map.sysId} (${this.map.name})`)
                outcome = runCompiledTransform(fn, this.map.scope, ctx, outcome)
                if (outcome.error || outcome.ignore) {
                    result.status = outcome.error ? 'error' : 'ignored'
                    result.statusMessage = outcome.statusMessage
                    result.errorMessage = outcome.error ? outcome.errorMessage || 'Transform map script set error' : ''
                    return { result, target: null }
                }
            }
            const missing = this.mandatoryProblem(target)
            if (missing) throw new RowRejected('error', missing)
            if (action === 'update' && target.changedValues().size === 0) {
                result.status = 'ignored'
                result.targetSysId = found as string
                result.statusMessage = result.statusMessage || 'No field values changed'
            } else {
                // The caller (transformImportSet) rolls back the row's transaction when the row is an error, as it
                // is when this write fails: the write needs no undo of its own.
                const id = this.instance.operations.rollingBackOnFailure(target, () => (action === 'insert' ? target.insert() : target.update()))
                if (!id) {
                    const refusal = this.instance.operations.lastRefusal
                    throw new RowRejected('error', refusal?.message || `Operation against ${this.map.targetTable} aborted`)
                }
                result.status = action === 'insert' ? 'inserted' : 'updated'
                result.targetSysId = id
            }
            const after = this.run('onAfter', ctx, { ...outcome, ignore: false })
            if (after.statusMessage) result.statusMessage = after.statusMessage
            if (after.error) {
                this.stopped = true
                result.errorMessage = after.errorMessage || 'onAfter script set error'
            }
            return { result, target }
        } catch (e) {
            result.status = 'error'
            result.errorMessage = e instanceof Error ? e.message : String(e)
            if (!(e instanceof RowRejected)) this.log.error(`Row ${source.getValue('sys_import_row') ?? ''}: ${result.errorMessage}`)
            return { result, target: null }
        }
    }
}
