import { GlideRecord } from '../glide/GlideRecord'
import { asPlatform, inScript, runtime, type RecordOperations } from '../glide/runtime'
import { addJournalEntry, journalFields } from '../store/journal'
import type { RemovedRow, Row, Store } from '../store/store'
import { ValueError } from '../store/values'
import type { Operation, RuleEngine } from './business-rules'
import type { Scheduler } from './scheduler'

/**
 * Returned (not thrown) from a write's transaction when a before rule aborts: "You can use a before
 * business rule script to cancel or abort the current database action using the
 * current.setAbortAction(true) method. If the before business rule is executed during an insert
 * action, and a condition in the script calls current.setAbortAction(true), the new record stored in
 * current is not created in the database" ("Abort a database action"). Only the current record's
 * operation is cancelled: what the rules wrote before the abort (other records) stays, as on the platform.
 */
const ABORTED = Symbol('aborted')

/** Raised to callers that need to know why a write did not happen (Table API, installer). */
export class WriteRefused extends Error {
    constructor(
        message: string,
        readonly reason: 'aborted' | 'invalid',
    ) {
        super(message)
        this.name = 'WriteRefused'
    }
}

/** Tables whose changes invalidate an engine cache; the instance registers the reactions. */
export type ChangeListener = (table: string) => void

/** Told of each insert/update/delete (with business rules on) after its after rules, inside its transaction. */
export type WriteListener = (op: Operation, current: GlideRecord, previous: GlideRecord | null) => void

/**
 * Told of each deleted record (class and sys_id) inside its delete's transaction, with or without business
 * rules: the platform's own clean-up. Returns the tables it wrote (their caches are told).
 */
export type DeleteCascade = (table: string, sysId: string) => readonly string[]

/**
 * insert/update/delete as the platform performs them: before rules (which may change `current`
 * or abort), one write, after rules, async rules queued, all in one transaction so nothing is half-applied.
 */
export class RecordWriter implements RecordOperations {
    /** Why the last write was refused (the before rule's error messages, or a value error). */
    lastRefusal: WriteRefused | null = null
    private readonly listeners: ChangeListener[] = []
    private readonly writeListeners: WriteListener[] = []
    private readonly cascades: DeleteCascade[] = []
    /** For each write listener that writes records itself: the tables whose writes make it write. */
    private readonly listenerWrites: Array<(table: string) => boolean> = []

    /** Tables written inside the open outermost transaction. */
    private readonly uncommitted = new Set<string>()

    constructor(
        private readonly store: Store,
        private readonly rules: RuleEngine,
        private readonly scheduler: Scheduler,
    ) {
        // Reads inside a transaction see its writes, so a cache refilled there is right until a
        // rollback undoes them: then every table written in it is reported changed once more.
        store.onTransactionEnd((committed, outermost) => {
            if (!committed) for (const table of [...this.uncommitted]) this.report(table)
            if (outermost) this.uncommitted.clear()
        })
    }

    /**
     * Record-triggered notifications subscribe here: they run where the platform's notification engine does, after the after rules.
     * A listener that writes records itself (or may fail) for some tables says which (`writesFor`): a write to those tables always
     * gets its own savepoint, so what the listener did is undone with it.
     */
    onWrite(listener: WriteListener, writesFor?: (table: string) => boolean): void {
        this.writeListeners.push(listener)
        if (writesFor) this.listenerWrites.push(writesFor)
    }

    /** What goes with a deleted record (its attachments): run right after its row is deleted, in the same transaction. */
    onDelete(cascade: DeleteCascade): void {
        this.cascades.push(cascade)
    }

    onChange(listener: ChangeListener): void {
        this.listeners.push(listener)
    }

    private quietDepth = 0
    private readonly quietTables = new Set<string>()

    private changed(table: string): void {
        if (this.store.inTransaction) this.uncommitted.add(table)
        this.report(table)
    }

    private report(table: string): void {
        if (this.quietDepth) {
            this.quietTables.add(table)
            return
        }
        if (inScript()) asPlatform(() => this.tell(table))
        else this.tell(table)
    }

    private tell(table: string): void {
        for (const l of this.listeners) l(table)
    }

    /** Runs fn with change notifications held back, then reports each changed table once (bulk loads). */
    quietly<T>(fn: () => T): T {
        this.quietDepth++
        try {
            return fn()
        } finally {
            this.quietDepth--
            if (!this.quietDepth) {
                const tables = [...this.quietTables]
                this.quietTables.clear()
                for (const t of tables) this.report(t)
            }
        }
    }

    /**
     * A write with its rules runs in a transaction of its own (a savepoint inside another), so an
     * error undoes everything they did (an abort returns ABORTED instead, keeping their other writes).
     * Without rules (setWorkflow(false)) inside a transaction
     * already, the write is one statement, which SQLite applies whole or not at all (a numbered
     * table's counter moves first: a failed insert skips a number, as the platform's counter can);
     * a savepoint would only cost time (bulk writes such as a CAB's approvals).
     */
    private atomically<T>(gr: GlideRecord, fn: () => T): T {
        return !gr.workflow && this.store.inTransaction ? fn() : this.store.transaction(fn)
    }

    /**
     * An insert with rules on, inside a transaction already (not at a batch's own level), joins it
     * without a savepoint of its own until something other than its row is written inside it
     * (Store.joinedInsert): its row is one statement, which SQLite applies whole or not at all, and
     * a savepoint per row costs more than the row (a 200-member CAB's approvals and history rows).
     * Everything else stays as with a savepoint: a before rule's or after rule's write opens it first,
     * the quota is checked at the end, and a failure undoes the rules' writes and deletes the row.
     * A numbered table joins too: its counter moves first, as part of its own row (Store.prepareOwnRow), so a
     * failed insert skips its number, as without rules. A table whose write listeners write records
     * themselves (inherited roles) keeps its savepoint. A table with journal fields joins too: a
     * journal entry is a row of its own (store/journal.ts, written through Store.insertRow), so the
     * write that adds one opens the savepoint first, as any other write inside it does; an insert
     * with no entry (a CAB's approvals, whose comments are empty) pays for none. An update joins the
     * same way: its UPDATE checks that the row still holds the values the record read (Store.updateOwnRow),
     * so its failure writes back exactly what it overwrote. A delete too: its DELETE returns the row it removed,
     * which its failure puts back, rowid and all (Store.deleteOwnRow).
     */
    private joinsWithoutSavepoint(gr: GlideRecord, table: string): boolean {
        if (!gr.workflow || !this.store.joinable) return false
        const cls = gr.getRecordClassName()
        return !this.listenerWrites.some((writes) => writes(cls) || writes(table))
    }

    /** The record whose next insert or update is covered by its caller's rollback (rollingBackOnFailure), until that write starts. */
    private covering: GlideRecord | null = null

    /**
     * Runs `write`, which inserts or updates `gr` once (GlideRecord.insert() or update()), for a caller that
     * rolls back the transaction it runs in when that write fails (returns null or throws): an import set
     * row's target write, whose failure makes the row an error and rolls back everything the row wrote. That
     * rollback undoes the write, its rules' writes and its row, so the write, when it joins the transaction
     * (joinsWithoutSavepoint), takes no undo of its own (Store.joinedInsert's `covered`). Only the one write
     * of `gr` that `write` starts is covered: a rule that writes `current` again, or any other record, writes
     * as always, since a script may go on after their failure.
     */
    rollingBackOnFailure<T>(gr: GlideRecord, write: () => T): T {
        const outer = this.covering
        this.covering = gr
        try {
            return write()
        } finally {
            this.covering = outer
        }
    }

    /** Whether this write of `gr` is the one rollingBackOnFailure covers; asked once, as the write starts. */
    private takeCovered(gr: GlideRecord): boolean {
        if (this.covering !== gr) return false
        this.covering = null
        return true
    }

    private aborted(table: string): null {
        const errors = runtime().messages.error
        this.lastRefusal = new WriteRefused(errors.length ? errors.join(' ') : `Operation against ${table} aborted by a business rule`, 'aborted')
        return null
    }

    /**
     * Takes the journal fields out of a row about to be written: their values become
     * sys_journal_field entries (store/journal.ts), the record keeps none. Returns them, or null.
     */
    private takeJournal(gr: GlideRecord, row: Row): Array<[string, string]> | null {
        const fields = journalFields(gr.tableInfo())
        if (!fields.length) return null
        let out: Array<[string, string]> | null = null
        for (const f of fields) {
            if (!(f in row)) continue
            const v = row[f]
            delete row[f]
            if (v === null || v === undefined || String(v).trim() === '') continue
            ;(out ??= []).push([f, String(v)])
        }
        return out
    }

    private writeJournal(table: string, sysId: string, entries: Array<[string, string]>): Row {
        const on = this.store.clock()
        const user = runtime().session.userName
        const values: Row = {}
        for (const [field, value] of entries) {
            addJournalEntry(this.store, table, field, sysId, value, user, on)
            values[field] = value
        }
        this.changed('sys_journal_field')
        return values
    }

    /** Once the save and its rules are done, the record reads as stored: no value for its journal fields. */
    private forgetJournal(gr: GlideRecord, entries: Array<[string, string]>): void {
        const row: Row = { ...gr.row }
        for (const [field] of entries) row[field] = null
        gr.row = row
    }

    private refuse(e: unknown, table: string, op: Operation): null {
        if (e instanceof ValueError) {
            this.lastRefusal = new WriteRefused(e.message, 'invalid')
            return null
        }
        throw e instanceof Error ? e : new Error(`${op} on ${table} failed: ${String(e)}`)
    }

    private stamp(row: Row, gr: GlideRecord, creating: boolean): void {
        const now = this.store.clock()
        const user = runtime().session.userName
        if (gr.autoSys || !row.sys_updated_on) {
            row.sys_updated_on = now
            row.sys_updated_by = user
        }
        if (creating) {
            row.sys_created_on ??= now
            row.sys_created_by ??= user
            row.sys_mod_count ??= 0
        }
    }

    /**
     * Takes the next number of the first counter in the table's ancestry: one statement that moves the counter
     * and returns the number it held, so nothing is cached and every writer (a script, the Table API, an
     * admin's edit of the counter) is seen at once. The counter row is the one a plain read by category finds
     * first (LIMIT 1), as before. A rollback of the transaction around the insert undoes the move; the insert's
     * own failure does not when it joined the transaction (`ownRow`: it opens no savepoint of its own for it,
     * Store.prepareOwnRow), so it skips its number, as a failed insert without rules does.
     */
    private nextNumber(table: string, ownRow: boolean): string | null {
        const schema = this.store.schema
        if (!schema.column(table, 'number')) return null
        for (const t of schema.ancestry(table)) {
            const sql =
                'UPDATE sys_number SET number = number + 1 WHERE sys_id = (SELECT sys_id FROM sys_number WHERE category = ? LIMIT 1) RETURNING prefix, number - 1 AS number, maximum_digits'
            const taken = (ownRow ? this.store.prepareOwnRow(sql) : this.store.prepare(sql)).get(t) as { prefix: string; number: number; maximum_digits: number | null } | undefined
            if (!taken) continue
            return `${taken.prefix}${String(taken.number).padStart(taken.maximum_digits ?? 7, '0')}`
        }
        return null
    }

    insert(handle: { getTableName(): string }): string | null {
        const gr = handle as GlideRecord
        const table = gr.getTableName()
        this.lastRefusal = null
        const covered = this.takeCovered(gr)
        try {
            gr.beginWrite()
            gr.currentOperation = 'insert'
            let written: string | null = null
            const write = (ownRow: boolean): string | typeof ABORTED => {
                // The number comes from the table's own counter (the platform's getNextObjNumberPadded default).
                if (gr.column('number') && !gr.getValue('number')) {
                    const n = this.nextNumber(table, ownRow)
                    if (n) gr.setValue('number', n)
                }
                gr.applyDefaults()
                if (!gr.getValue('sys_id')) gr.setValue('sys_id', this.store.newSysId())
                if (gr.workflow && !this.rules.run('before', 'insert', gr, null)) return ABORTED
                const changes = gr.changedValues()
                const row = this.store.toRow(table, changes)
                const journal = this.takeJournal(gr, row)
                row.sys_class_name = table
                this.stamp(row, gr, true)
                this.store.insertRow(table, row, ownRow)
                written = row.sys_id as string
                this.changed(table)
                // Rules running after the save still read the entry just added (current.comments).
                gr.markWritten(journal ? { ...row, ...this.writeJournal(table, row.sys_id as string, journal) } : row, changes, null)
                if (gr.workflow) this.after('insert', gr, null)
                if (journal) this.forgetJournal(gr, journal)
                return row.sys_id as string
            }
            const undo = (): void => {
                if (written === null) return
                this.store.deleteRow(table, written)
                this.changed(table)
            }
            const sysId = this.joinsWithoutSavepoint(gr, table) ? this.store.joinedInsert(() => write(true), undo, covered) : this.atomically(gr, () => write(false))
            return sysId === ABORTED ? this.aborted(table) : sysId
        } catch (e) {
            return this.refuse(e, table, 'insert')
        }
    }

    update(handle: { getTableName(): string }): string | null {
        const gr = handle as GlideRecord
        const table = gr.getTableName()
        this.lastRefusal = null
        const covered = this.takeCovered(gr)
        try {
            gr.beginWrite()
            gr.currentOperation = 'update'
            // What the update overwrote, when it wrote its row joined to the transaction outside any savepoint of its own.
            let overwritten: { sysId: string; values: Row } | null = null
            const write = (ownRow: boolean): string | typeof ABORTED => {
                // The record before the save, for its rules only (before and after rules, and what listens to writes,
                // which after() tells): a write without rules (setWorkflow(false): an import row's own bookkeeping)
                // runs none of them, so it makes no copy of the record.
                const previous = gr.workflow ? gr.snapshot() : null
                if (previous && !this.rules.run('before', 'update', gr, previous)) return ABORTED
                const changes = gr.changedValues()
                if (!changes.size) return gr.getUniqueValue()
                const row = this.store.toRow(table, changes)
                const journal = this.takeJournal(gr, row)
                this.stamp(row, gr, false)
                row.sys_mod_count = Number(gr.row?.sys_mod_count ?? 0) + 1
                const id = gr.getUniqueValue()
                if (ownRow && gr.row) {
                    const values = this.store.updateOwnRow(table, id, row, gr.row)
                    if (values) overwritten = { sysId: id, values }
                } else this.store.updateRow(table, id, row)
                this.changed(table)
                const before = gr.row as Row
                const entries = journal ? this.writeJournal(gr.getRecordClassName(), gr.getUniqueValue(), journal) : null
                gr.markWritten(entries ? { ...before, ...row, ...entries } : { ...before, ...row }, changes, before)
                if (gr.workflow) this.after('update', gr, previous)
                if (journal) this.forgetJournal(gr, journal)
                return gr.getUniqueValue()
            }
            const undo = (): void => {
                if (!overwritten) return
                this.store.updateRow(table, overwritten.sysId, overwritten.values)
                this.changed(table)
            }
            // As an insert: with rules, inside a transaction, its row is written without a savepoint until something else is.
            const sysId = this.joinsWithoutSavepoint(gr, table) ? this.store.joinedInsert(() => write(true), undo, covered) : this.atomically(gr, () => write(false))
            return sysId === ABORTED ? this.aborted(table) : sysId
        } catch (e) {
            return this.refuse(e, table, 'update')
        }
    }

    remove(handle: { getTableName(): string }): boolean {
        const gr = handle as GlideRecord
        const table = gr.getTableName()
        this.lastRefusal = null
        gr.currentOperation = 'delete'
        try {
            // The row the delete removed, when it did so joined to the transaction outside any savepoint of its own.
            let removed: RemovedRow | null = null
            const write = (ownRow: boolean): true | typeof ABORTED => {
                if (gr.workflow && !this.rules.run('before', 'delete', gr, null)) return ABORTED
                if (ownRow) removed = this.store.deleteOwnRow(table, gr.getUniqueValue())
                else this.store.deleteRow(table, gr.getUniqueValue())
                this.changed(table)
                for (const cascade of this.cascades) for (const t of cascade(gr.getRecordClassName(), gr.getUniqueValue())) this.changed(t)
                if (gr.workflow) this.after('delete', gr, null)
                return true
            }
            const undo = (): void => {
                if (!removed) return
                this.store.restoreRow(removed)
                this.changed(table)
            }
            // As an insert: with rules, inside a transaction, its row is deleted without a savepoint until something else is written.
            const done = this.joinsWithoutSavepoint(gr, table) ? this.store.joinedInsert(() => write(true), undo) : this.store.transaction(() => write(false))
            if (done === ABORTED) {
                this.aborted(table)
                return false
            }
            return true
        } catch (e) {
            this.refuse(e, table, 'delete')
            return false
        }
    }

    /** Whether a query of the table runs before-query rules (they may add conditions): a caller holding rows it read or wrote must query instead. */
    hasQueryRules(table: string): boolean {
        return this.rules.rulesFor(table, 'before', 'query').length > 0
    }

    /**
     * Whether an insert into the table runs before-insert rules (of the table or its ancestors): only they can
     * abort it after writing something else, which its caller's savepoint would undo (CartJS.addToCart).
     */
    hasBeforeInsertRules(table: string): boolean {
        return this.rules.rulesFor(table, 'before', 'insert').length > 0
    }

    beforeQuery(handle: { getTableName(): string }): void {
        const gr = handle as GlideRecord
        if (this.rules.rulesFor(gr.getTableName(), 'before', 'query').length) this.rules.run('before', 'query', gr, null)
    }

    private written(op: Operation, gr: GlideRecord, previous: GlideRecord | null): void {
        for (const l of this.writeListeners) l(op, gr, previous)
    }

    private after(op: Operation, gr: GlideRecord, previous: GlideRecord | null): void {
        this.rules.run('after', op, gr, previous)
        // What listens to writes (notifications, inherited roles) is the platform's own work, not the
        // writing script's access: it runs without the script's scope checks (scripts it starts set theirs).
        if (inScript()) asPlatform(() => this.written(op, gr, previous))
        else this.written(op, gr, previous)
        const asyncRules = this.rules.rulesFor(gr.getRecordClassName(), 'async', op)
        if (!asyncRules.length) return
        const table = gr.getRecordClassName()
        const sysId = gr.getUniqueValue()
        const previousRow = previous?.row ? { ...previous.row } : null
        // The deleted row is copied now: the job must not hold the writing GlideRecord (a bulk delete's
        // records would all stay alive until the queue drains), and the script may move that record on
        // (deleteRecord() inside while (gr.next())) before the job runs.
        const deletedRow = op === 'delete' && gr.row ? { ...gr.row } : null
        const session = runtime().session
        for (const rule of asyncRules) {
            this.scheduler.enqueue({
                name: `async business rule ${rule.name}`,
                run: () => {
                    const rt = runtime()
                    const before = rt.session
                    rt.session = session
                    try {
                        const current = new GlideRecord(table)
                        if (op !== 'delete' && !current.get(sysId)) return
                        if (deletedRow) current.load({ ...deletedRow })
                        const prev = new GlideRecord(table)
                        if (previousRow) prev.load(previousRow)
                        if (this.rules.applies(rule, current, previousRow ? prev : null)) this.store.transaction(() => rule.script(current, previousRow ? prev : null))
                    } finally {
                        rt.session = before
                    }
                },
            })
        }
    }
}
