import BetterSqlite3, { type Database, type Statement } from 'better-sqlite3'
import { randomBytes } from 'node:crypto'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { orderedChoices, type TableDecl } from '../base/table-decl'
import { BoundedCache } from './bounded-cache'
import { Schema, SYSTEM_COLUMNS, type Column, type TableInfo } from './schema'
import { hashPassword, isPasswordHash, PASSWORD_TYPES } from './passwords'
import { checkQuota, QUOTA_SQL_FUNCTION } from './quota'
import { canonical, cutToLength, storageClass, toStorage } from './values'
import { ZONED_DATE_PART_SQL, zonedDatePartOfText } from '../query/dates'

export type Row = Record<string, unknown>

/** Tables the dictionary itself lives in: created from their own declarations before anything else. */
const META_TABLES = ['sys_db_object', 'sys_dictionary', 'sys_choice'] as const

/**
 * The Application Access settings a base (global) table has: accessible from all application scopes,
 * and every runtime operation allowed, so a scoped app's scripts reach them subject to its own
 * cross-scope privileges (glide/scope-access.ts). New application tables get the dictionary defaults
 * instead ("By default, new application tables only allow read access from other application scopes",
 * Default runtime access permissions).
 */
// platform-difference: base-tables-open-application-access
// A base instance's tables take other scopes' runtime access and configuration records (new fields, client
// scripts, UI actions): scoped apps add fields to sys_user or change_request.
const BASE_APPLICATION_ACCESS = {
    access: 'public',
    read_access: 1,
    create_access: 1,
    update_access: 1,
    delete_access: 1,
    ws_access: 1,
    alter_access: 1,
    actions_access: 1,
    client_scripts_access: 1,
    configuration_access: 1,
} as const

/** Prepared statements (and SQL texts) kept per Store; see BoundedCache for what stays. */
export const STATEMENT_CACHE_SIZE = 2000

const q = (name: string) => `"${name.replace(/"/g, '""')}"`

// Random bytes drawn 4 KB at a time: one randomBytes() call per sys_id costs more than a small insert.
const POOL_IDS = 256
let pool = Buffer.alloc(0)
let poolAt = 0

/** A new sys_id: 32 hex digits from a cryptographic random source. */
export function newSysId(): string {
    if (poolAt >= pool.length) {
        pool = randomBytes(16 * POOL_IDS)
        poolAt = 0
    }
    const id = pool.toString('hex', poolAt, poolAt + 16)
    poolAt += 16
    return id
}

/** The text of the last second glideNow() formatted: every write stamps several fields, often in the same second. */
let stampSecond = NaN
let stampText = ''

/** `YYYY-MM-DD HH:MM:SS` in UTC, the platform's internal date-time format. */
export function glideNow(date?: Date): string {
    if (date) return date.toISOString().slice(0, 19).replace('T', ' ')
    // Formatting a Date costs more than a small write's SQL; the text only changes once a second.
    const second = Math.floor(Date.now() / 1000)
    if (second !== stampSecond) {
        stampText = new Date(second * 1000).toISOString().slice(0, 19).replace('T', ' ')
        stampSecond = second
    }
    return stampText
}

export interface StoreOptions {
    /** A file path, or ':memory:'. */
    file: string
    /**
     * With file ':memory:': start from this serialized database (Store.serialize()) instead of an empty
     * one. Tests open many instances of one installed app from a single install (tests/support).
     */
    image?: Buffer
    /** Overrides the clock (tests); returns the internal date-time string. */
    clock?: () => string
}

/**
 * The SQLite database: physical tables derived from the dictionary (one per table hierarchy,
 * like the platform's task table), parameterised statements, nested transactions.
 */
export class Store {
    readonly db: Database
    schema: Schema = new Schema()
    readonly clock: () => string
    // Keyed by SQL text (or column lists), which users vary with every new query shape: bounded, so
    // memory stays flat however many shapes arrive, while the shapes in use keep hitting.
    private readonly statements = new BoundedCache<string, Statement>(STATEMENT_CACHE_SIZE)
    private readonly writeSqls = new BoundedCache<string, string>(STATEMENT_CACHE_SIZE)
    private readonly rawStatements = new BoundedCache<string, { stmt: Statement; make: (values: unknown[]) => Row; version: number }>(STATEMENT_CACHE_SIZE)
    private readonly metaColumns = new Map<string, string[]>()
    /**
     * Per table of the loaded schema (a dictionary change loads a new Schema, so these go with the old
     * one): the statement of its last insert and its column list, and the SQL reading one of its rows.
     */
    private readonly lastInserts = new WeakMap<TableInfo, ShapeNode>()
    /**
     * The same for updates. A table's updates repeat column lists, but many of them in turn: an import's profile
     * updates write the metrics that changed, and the scores only when the persona moved, over a hundred lists
     * alternating row by row. Keeping the last one only built and hashed the statement's key for most updates.
     */
    private readonly lastUpdates = new WeakMap<TableInfo, ShapeNode>()
    /** The same for updates of a joined write's own row that check what they overwrite (updateOwnRow). */
    private readonly lastGuardedUpdates = new WeakMap<TableInfo, ShapeNode>()
    private readonly getRowSqls = new WeakMap<TableInfo, { sql: string; byClass: boolean }>()
    private readonly familySelects = new WeakMap<TableInfo, { plain: string; aliased: string }>()
    /** Bumped on every dictionary change; caches keyed on the schema compare it. */
    schemaVersion = 0
    private depth = 0
    /** Set inside batched(): how often to commit, and the transactions since the last commit. */
    private group: { every: number; writes: number } | null = null
    /** One wrapper for every transaction: better-sqlite3 builds a new one per db.transaction() call, which costs more than a small write. */
    private readonly inTx: (fn: () => unknown) => unknown
    private readonly endListeners: Array<(committed: boolean, outermost: boolean) => void> = []
    /**
     * Inserts joined to the open transaction (joinedInsert), innermost last: each gets its savepoint
     * only when something other than its own row is about to be written inside it.
     */
    private readonly joined: Array<{ open: boolean; covered: boolean; appended: Array<[table: string, sysId: string]> }> = []
    private joinStatements: { savepoint: Statement; release: Statement; rollbackTo: Statement } | null = null

    constructor(options: StoreOptions) {
        if (options.file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(options.file)), { recursive: true })
        if (options.image && options.file !== ':memory:') throw new Error('A database image opens in memory only')
        // better-sqlite3 opens a Buffer as an in-memory database holding that serialized image.
        this.db = new BetterSqlite3(options.image ?? options.file)
        // A write that ends after its transaction's quota is exceeded rolls back instead of committing,
        // even when a script caught the cancellation (store/quota.ts): a cancelled request writes nothing more.
        this.inTx = this.db.transaction((fn: () => unknown) => {
            const result = fn()
            checkQuota()
            return result
        })
        // Called per scanned row by queries built under a transaction quota; throwing aborts the statement.
        // Its one argument (the row's rowid) only makes SQLite call it per row; better-sqlite3 takes the arity from fn.length.
        this.db.function(QUOTA_SQL_FUNCTION, { deterministic: false }, (_rowid: unknown) => {
            checkQuota()
            return 1
        })
        // DATEPART off UTC (query/dates.ts datePartSql): the part of a stored UTC date-time on a zone's clock.
        this.db.function(ZONED_DATE_PART_SQL, { deterministic: true }, zonedDatePartOfText)
        if (options.file !== ':memory:') {
            this.db.pragma('journal_mode = WAL')
            this.db.pragma('synchronous = NORMAL')
        }
        this.clock = options.clock ?? (() => glideNow())
    }

    newSysId(): string {
        return newSysId()
    }

    close(): void {
        this.db.close()
    }

    /** The whole database as one buffer (SQLite's serialized form), for StoreOptions.image. */
    serialize(): Buffer {
        return this.db.serialize()
    }

    /** Savepoints opened so far (nested transactions and joined inserts' savepoints): tests check that a write pays for none it need not. */
    savepointsOpened = 0

    /** The prepared-statement caches now: entries held, lookups that hit and that missed (tests check the bound). */
    statementCacheStats(): { size: number; hits: number; misses: number } {
        const caches = [this.statements, this.rawStatements]
        return {
            size: caches.reduce((n, c) => n + c.size, 0),
            hits: caches.reduce((n, c) => n + c.hits, 0),
            misses: caches.reduce((n, c) => n + c.misses, 0),
        }
    }

    /**
     * Rows of a SELECT as objects of one shape per column list. better-sqlite3 builds each row object
     * property by property, which for a wide table (task has over 100 columns) costs several times
     * the read itself; reading arrays and filling a generated class is much cheaper.
     */
    rows(sql: string, params: readonly unknown[]): Row[] {
        const { stmt, make } = this.rawStatement(sql)
        return (stmt.all(...params) as unknown[][]).map(make)
    }

    /** The first row of a SELECT (see rows()), or undefined. */
    row(sql: string, params: readonly unknown[]): Row | undefined {
        const { stmt, make } = this.rawStatement(sql)
        const values = stmt.get(...params) as unknown[] | undefined
        return values ? make(values) : undefined
    }

    private rawStatement(sql: string): { stmt: Statement; make: (values: unknown[]) => Row; version: number } {
        let raw = this.rawStatements.get(sql)
        // `SELECT *` gains columns when the dictionary adds some: the column list is read again then.
        if (!raw || raw.version !== this.schemaVersion) {
            const stmt = this.db.prepare(sql).raw(true)
            raw = { stmt, make: rowMaker(stmt.columns().map((c) => c.name)), version: this.schemaVersion }
            this.rawStatements.set(sql, raw)
        }
        return raw
    }

    /**
     * A prepared statement. Preparing one that writes inside a joined insert opens the insert's
     * savepoint first (statements are run where they are prepared), so the write is undone with it.
     */
    prepare(sql: string): Statement {
        const s = this.statement(sql)
        // A write that returns rows (UPDATE ... RETURNING) is a reader that writes: `readonly` tells it apart.
        if (this.joined.length && (!s.reader || !s.readonly)) this.beforeWrite(false)
        return s
    }

    /**
     * A prepared statement that writes as part of the innermost joined insert's own row (the counter move that
     * numbers it): like prepare(), but it opens only the enclosing joined inserts' savepoints, not that insert's
     * own. Its write is then not undone when the insert fails: a failed insert skips its number, as a failed
     * insert without rules already does (record-ops.ts), and as the platform's counter can. An enclosing
     * transaction's rollback still takes it back.
     */
    prepareOwnRow(sql: string): Statement {
        const s = this.statement(sql)
        if (this.joined.length) this.beforeWrite(true)
        return s
    }

    private statement(sql: string): Statement {
        let s = this.statements.get(sql)
        if (!s) {
            s = this.db.prepare(sql)
            this.statements.set(sql, s)
        }
        return s
    }

    /** Runs fn in a transaction (a savepoint when nested); an exception rolls back everything fn wrote. */
    transaction<T>(fn: () => T): T {
        if (this.joined.length) this.beforeWrite(false)
        if (this.db.inTransaction) this.savepointsOpened++
        this.depth++
        let result: T
        try {
            result = this.inTx(fn) as T
        } catch (e) {
            this.depth--
            this.ended(false, this.depth === 0)
            throw e
        }
        this.depth--
        if (this.depth === 0) this.ended(true, true)
        else if (this.group && this.depth === 1 && ++this.group.writes >= this.group.every) this.checkpoint()
        return result
    }

    /**
     * Runs a batch (a scheduled job, a bulk rescoring) with group commit: each transaction inside
     * stays atomic (a savepoint), but the database commits once per `every` of them instead of once
     * each, which is most of what a small write costs. A crash loses at most the uncommitted group,
     * never part of a write; `checkpoint()` commits early (before reporting progress as done).
     * Inside a transaction already, fn simply joins it.
     */
    batched<T>(fn: () => T, every = 1000): T {
        if (this.db.inTransaction) return fn()
        this.db.exec('BEGIN')
        this.depth = 1
        this.group = { every: Math.max(1, every), writes: 0 }
        let result: T
        try {
            result = fn()
        } catch (e) {
            this.group = null
            this.depth = 0
            if (this.db.inTransaction) this.db.exec('ROLLBACK')
            this.ended(false, true)
            throw e
        }
        this.group = null
        this.depth = 0
        this.db.exec('COMMIT')
        this.ended(true, true)
        return result
    }

    /** Inside batched(): commits what the batch wrote so far (between its writes, not inside one). */
    checkpoint(): void {
        if (!this.group || this.depth !== 1) return
        this.db.exec('COMMIT')
        this.group.writes = 0
        this.ended(true, true)
        this.db.exec('BEGIN')
    }

    /**
     * Inside a transaction whose writes are not counted for group commit at this level (a batch's own
     * level, where each write is a group member): a single statement may join it without a savepoint.
     */
    get joinable(): boolean {
        return this.db.inTransaction && !(this.group && this.depth === 1)
    }

    /**
     * Runs an insert (or an update: updateOwnRow) joined to the open transaction (`joinable`) without a
     * savepoint of its own until one is needed: its own row is one statement, which SQLite applies whole
     * or not at all, and nothing else may have been written inside it yet. The first other write inside
     * it (any statement that writes, another write's transaction, an event, a journal entry) opens its
     * savepoint then. It ends as a savepoint would: the quota is checked at its end; on failure what
     * was written after its savepoint is rolled back, its own row deleted or its old values written
     * back (`undoOwn`), and the rollback reported to the transaction-end listeners.
     *
     * `covered`: the caller rolls back the transaction this write runs in when the write fails (an import
     * set row's target write: "a row that fails leaves nothing behind", importer.ts), so that rollback
     * undoes whatever the write did, and the write needs no undo of its own: no savepoint (it counts as
     * open, so writes inside it open none for it), no check of what its own row held (updateOwnRow), no
     * deletion of its row. Only the caller can promise that: see RecordWriter.rollingBackOnFailure.
     */
    joinedInsert<T>(fn: () => T, undoOwn: () => void, covered = false): T {
        const frame = { open: covered, covered, appended: [] as Array<[string, string]> }
        this.joined.push(frame)
        let result: T
        try {
            result = fn()
            checkQuota()
        } catch (e) {
            if (covered) {
                this.joined.pop()
                this.ended(false, this.depth === 0)
                throw e
            }
            if (frame.open && this.db.inTransaction) {
                this.joinStatement().rollbackTo.run()
                this.joinStatement().release.run()
            }
            // Popped before its row is deleted: whatever that deletion sets off writes in the enclosing transaction.
            this.joined.pop()
            try {
                if (this.db.inTransaction) {
                    // Rows appended inside it (appendRow) and not already undone by its savepoint's rollback; first, so that
                    // a deleted row put back (deleteOwnRow) finds its rowid free again.
                    for (const [table, sysId] of frame.appended) this.deleteRow(table, sysId)
                    undoOwn()
                }
            } finally {
                this.ended(false, this.depth === 0)
            }
            throw e
        }
        this.joined.pop()
        if (frame.open && !covered) this.joinStatement().release.run()
        // The enclosing joined insert undoes them too if it fails later.
        const parent = this.joined[this.joined.length - 1]
        if (parent && frame.appended.length) parent.appended.push(...frame.appended)
        return result
    }

    /**
     * Runs work joined to the open transaction (`joinable`) that has no row of its own and usually writes
     * nothing (an event no subscriber acts on): as joinedInsert, its savepoint is opened only before its
     * first write, and a failure rolls back what it wrote and is raised.
     */
    joinedWork<T>(fn: () => T): T {
        return this.joinedInsert(fn, () => undefined)
    }

    /** Opens the savepoint of every joined insert still without one (all but the innermost for its own row), outermost first. */
    private beforeWrite(ownRow: boolean): void {
        const n = ownRow ? this.joined.length - 1 : this.joined.length
        for (let i = 0; i < n; i++) {
            const frame = this.joined[i]
            if (frame.open) continue
            this.joinStatement().savepoint.run()
            this.savepointsOpened++
            frame.open = true
        }
    }

    private joinStatement(): { savepoint: Statement; release: Statement; rollbackTo: Statement } {
        // A name of its own: better-sqlite3's nested transactions use theirs, and each RELEASE names the innermost of its name.
        this.joinStatements ??= {
            savepoint: this.db.prepare('SAVEPOINT "glide_joined_write"'),
            release: this.db.prepare('RELEASE "glide_joined_write"'),
            rollbackTo: this.db.prepare('ROLLBACK TO "glide_joined_write"'),
        }
        return this.joinStatements
    }

    private ended(committed: boolean, outermost: boolean): void {
        for (const l of this.endListeners) l(committed, outermost)
    }

    /**
     * Called when a transaction ends: every rollback (a savepoint's too, outermost false), and each
     * outermost commit. Caches filled inside a transaction use it to forget what a rollback undid.
     */
    onTransactionEnd(listener: (committed: boolean, outermost: boolean) => void): void {
        this.endListeners.push(listener)
    }

    get inTransaction(): boolean {
        return this.db.inTransaction
    }

    hasPhysicalTable(name: string): boolean {
        return !!this.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name)
    }

    /** Creates the dictionary tables (if new) and writes the base declarations into the dictionary. */
    bootstrap(decls: readonly TableDecl[]): void {
        this.transaction(() => {
            for (const name of META_TABLES) {
                if (this.hasPhysicalTable(name)) continue
                const decl = decls.find((d) => d.name === name)
                if (!decl) throw new Error(`Base system lacks the declaration of ${name}`)
                const cols = [...SYSTEM_COLUMNS.map(([n, t]) => [n, t] as const), ...Object.entries(decl.columns).map(([n, c]) => [n, c.type] as const)]
                const defs = cols.map(([n, t]) => `${q(n)} ${storageClass(t)}${n === 'sys_id' ? ' PRIMARY KEY' : ''}`)
                this.db.exec(`CREATE TABLE ${q(name)} (${defs.join(', ')})`)
            }
            this.db.exec('CREATE INDEX IF NOT EXISTS "sys_dictionary_name_element" ON "sys_dictionary" ("name", "element")')
            this.db.exec('CREATE INDEX IF NOT EXISTS "sys_db_object_name" ON "sys_db_object" ("name")')
            this.db.exec('CREATE INDEX IF NOT EXISTS "sys_choice_name_element" ON "sys_choice" ("name", "element")')
            this.defineTables(decls, 'global')
        })
    }

    /** Writes declarations as dictionary records (insert or update by name/element) and syncs SQL. */
    defineTables(decls: readonly TableDecl[], scope: string): void {
        this.transaction(() => {
            for (const d of decls) {
                this.upsertMeta('sys_db_object', { name: d.name }, {
                    name: d.name,
                    label: d.label,
                    is_extendable: d.extensible ? 1 : 0,
                    sys_scope: scope,
                    ...(scope === 'global' ? BASE_APPLICATION_ACCESS : {}),
                })
                this.upsertMeta('sys_dictionary', { name: d.name, element: null }, { name: d.name, element: null, internal_type: 'collection', column_label: d.label })
                for (const [element, c] of Object.entries(d.columns)) {
                    this.upsertMeta('sys_dictionary', { name: d.name, element }, {
                        name: d.name,
                        element,
                        internal_type: c.type,
                        column_label: c.label ?? titleCase(element),
                        reference: c.reference ?? null,
                        max_length: c.maxLength ?? (c.type === 'string' ? 255 : 40),
                        default_value: c.default ?? null,
                        mandatory: c.mandatory ? 1 : 0,
                        unique: c.unique ? 1 : 0,
                        display: c.display ? 1 : 0,
                        active: 1,
                        sys_scope: scope,
                    })
                    for (const { value, label, sequence } of orderedChoices(c)) {
                        this.upsertMeta('sys_choice', { name: d.name, element, value }, { name: d.name, element, value, label, sequence, inactive: 0, language: 'en' })
                    }
                }
            }
            // super_class references the parent's sys_db_object record, as on the platform; a second pass lets parents come later.
            const idOf = this.prepare('SELECT sys_id FROM sys_db_object WHERE name = ?')
            const setParent = this.prepare('UPDATE sys_db_object SET super_class = ? WHERE name = ? AND super_class IS NOT ?')
            for (const d of decls) {
                if (!d.extends) continue
                const parent = idOf.get(d.extends) as { sys_id: string } | undefined
                if (!parent) throw new Error(`Table ${d.name} extends ${d.extends}, which is not declared`)
                setParent.run(parent.sys_id, d.name, parent.sys_id)
            }
            this.refreshSchema()
        })
    }

    /** Dictionary-table write used before the schema exists (bootstrap) and by defineTables. */
    private upsertMeta(table: string, key: Record<string, string | null>, values: Record<string, string | number | null>): void {
        let cols = this.metaColumns.get(table)
        if (!cols) {
            cols = (this.db.pragma(`table_info(${q(table)})`) as Array<{ name: string }>).map((c) => c.name)
            this.metaColumns.set(table, cols)
        }
        const present = Object.keys(values).filter((k) => cols.includes(k))
        const where = Object.entries(key).map(([k, v]) => (v === null ? `${q(k)} IS NULL` : `${q(k)} = ?`)).join(' AND ')
        const params = Object.values(key).filter((v) => v !== null)
        // Every start on an existing database declares the whole base system again: a row whose stored values
        // already are the declared ones is left as it is (no write, no new sys_updated_on). SQLite compares
        // with `IS` after applying the column's affinity to the value, as the UPDATE would store it, so "same"
        // means the UPDATE would change nothing.
        const same = present.length ? present.map((k) => `${q(k)} IS ?`).join(' AND ') : '1'
        const existing = this.prepare(`SELECT sys_id, ${same} AS same FROM ${q(table)} WHERE ${where}`).get(
            ...present.map((k) => values[k]),
            ...params,
        ) as { sys_id: string; same: number } | undefined
        if (existing?.same) return
        const now = this.clock()
        if (existing) {
            this.prepare(`UPDATE ${q(table)} SET ${present.map((k) => `${q(k)} = ?`).join(', ')}, sys_updated_on = ? WHERE sys_id = ?`).run(
                ...present.map((k) => values[k]),
                now,
                existing.sys_id,
            )
        } else {
            const all = [...present, 'sys_id', 'sys_created_on', 'sys_created_by', 'sys_updated_on', 'sys_updated_by', 'sys_mod_count', 'sys_class_name']
            this.prepare(`INSERT INTO ${q(table)} (${all.map(q).join(', ')}) VALUES (${all.map(() => '?').join(', ')})`).run(
                ...present.map((k) => values[k]),
                newSysId(),
                now,
                'system',
                now,
                'system',
                0,
                table,
            )
        }
    }

    /** Reloads the catalog from the dictionary and brings the SQL tables in line with it. */
    refreshSchema(): void {
        // Its DDL is undone with a joined insert's savepoint (a dictionary row written with rules reloads the schema).
        if (this.joined.length) this.beforeWrite(false)
        this.schema = Schema.load(this.db)
        this.syncPhysical()
        this.schemaVersion++
    }

    private syncPhysical(): void {
        const roots = new Set([...this.schema.all()].map((t) => t.root))
        for (const root of roots) {
            const wanted = new Map<string, Column>()
            for (const member of this.schema.membersOf(root)) for (const [n, c] of member.columns) if (!wanted.has(n)) wanted.set(n, c)
            if (!this.hasPhysicalTable(root)) {
                const defs = [...wanted.values()].map((c) => `${q(c.element)} ${storageClass(c.type)}${c.element === 'sys_id' ? ' PRIMARY KEY' : ''}`)
                this.db.exec(`CREATE TABLE ${q(root)} (${defs.join(', ')})`)
            } else {
                const existing = new Set((this.db.pragma(`table_info(${q(root)})`) as Array<{ name: string }>).map((c) => c.name))
                for (const c of wanted.values()) {
                    if (!existing.has(c.element)) this.db.exec(`ALTER TABLE ${q(root)} ADD COLUMN ${q(c.element)} ${storageClass(c.type)}`)
                }
            }
            // References (and document ids, references to any table) are walked and looked up constantly;
            // the class name filters hierarchy queries. A reference's index holds only the rows that have one
            // (a partial index): a wide table's row leaves most of its references empty (task has 30, an order's
            // item sets a handful), and a full index files every empty one too, so each insert touched an index
            // page per reference, and copied each of them again into the sub-journal of every savepoint it ran
            // in (a write with rules runs in one): most of a task insert's SQLite time. Every lookup by
            // reference (`=`, IN, a join on it) implies IS NOT NULL, so SQLite still uses it;
            // what no longer can is an ISEMPTY term, which scans (it matched most rows anyway).
            for (const c of wanted.values()) {
                if (c.type === 'reference' || c.type === 'document_id') {
                    this.db.exec(`CREATE INDEX IF NOT EXISTS ${q(`${root}__${c.element}`)} ON ${q(root)} (${q(c.element)}) WHERE ${q(c.element)} IS NOT NULL`)
                } else if (c.element === 'sys_class_name' || c.element === 'name' || c.element === 'number' || c.element === 'user_name') {
                    this.db.exec(`CREATE INDEX IF NOT EXISTS ${q(`${root}__${c.element}`)} ON ${q(root)} (${q(c.element)})`)
                }
            }
        }
    }

    /** Creates an index on a physical table unless one of that name exists. */
    ensureIndex(root: string, name: string, columns: readonly string[]): void {
        if (this.joined.length) this.beforeWrite(false)
        this.db.exec(`CREATE INDEX IF NOT EXISTS ${q(name)} ON ${q(root)} (${columns.map(q).join(', ')})`)
    }

    /** Converts script-side values to stored values for `table`, validating each against its column. */
    toRow(table: string, values: ReadonlyMap<string, string | null>): Row {
        const info = this.schema.table(table)
        const row: Row = {}
        for (const [field, value] of values) {
            const col = info.columns.get(field)
            if (!col) continue
            let v = canonical(col.type, value)
            // Like the platform, passwords are hashed on write, whoever writes them.
            if (v !== null && PASSWORD_TYPES.has(col.type) && !isPasswordHash(v)) v = hashPassword(v)
            else if (v !== null && v.length > col.maxLength) v = cutToLength(col.type, v, col.maxLength)
            row[field] = toStorage(col.type, field, v)
        }
        return row
    }

    /**
     * Inserts a row that nothing else refers to until its transaction commits and whose undo is its deletion
     * (a queued event, EventQueue.queue). Inside joined inserts it opens none of their savepoints: each of them
     * deletes it if it fails, as it deletes its own row (joinedInsert). A CAB's 200 approvals each queue an
     * event from a base rule; a savepoint per approval for that one row cost more than the row.
     */
    appendRow(table: string, row: Row): void {
        const frame = this.joined[this.joined.length - 1]
        if (!frame) return this.insertRow(table, row)
        // No savepoint for any joined insert: the innermost remembers the row, and passes it to the one around it when it succeeds.
        this.runInsert(table, row, null)
        frame.appended.push([table, row.sys_id as string])
    }

    /** Inserts a row; `ownRow`: the row of the innermost joined insert itself (see joinedInsert), which opens no savepoint of its own. */
    insertRow(table: string, row: Row, ownRow = false): void {
        this.runInsert(table, row, this.joined.length ? ownRow : null)
    }

    /** `joinedOwnRow`: null to open no joined insert's savepoint (appendRow), else beforeWrite's argument. */
    private runInsert(table: string, row: Row, joinedOwnRow: boolean | null): void {
        const info = this.schema.table(table)
        const cols = Object.keys(row)
        // A table's inserts repeat column lists (a CAB's 200 approvals, their 200 events): the statement of
        // one is found again without building and hashing its key.
        const stmt = this.writeShape(this.lastInserts, info, cols, 'I', () => `INSERT INTO ${q(info.root)} (${cols.map(q).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`)
        if (joinedOwnRow !== null) this.beforeWrite(joinedOwnRow)
        // Object.values lists the values in Object.keys' order (the statement's columns). Spread, not passed as
        // one array: better-sqlite3 reads an array argument's items one V8 API call each, which measured ~1 us
        // more per 11-column insert than binding the same values as arguments (A/B, process.cpuUsage).
        stmt.run(...Object.values(row))
    }

    updateRow(table: string, sysId: string, row: Row): void {
        const info = this.schema.table(table)
        const cols = Object.keys(row)
        if (!cols.length) return
        // As runInsert: a column list's statement is found again without building its key.
        const stmt = this.writeShape(this.lastUpdates, info, cols, 'U', () => `UPDATE ${q(info.root)} SET ${cols.map((c) => `${q(c)} = ?`).join(', ')} WHERE sys_id = ?`)
        if (this.joined.length) this.beforeWrite(false)
        // The values in Object.keys' order (see runInsert), then the sys_id.
        stmt.run(...Object.values(row), sysId)
    }

    /**
     * Updates the own row of the innermost joined write (joinedInsert) without opening its savepoint, when nothing
     * has been written inside it yet and the row still holds `before`'s values in every column written: the
     * UPDATE checks that itself (`IS`, one statement), so what it overwrote is known exactly. Returns those
     * values: the write's undo is writing them back (updateRow), as an insert's is deleting its row. Otherwise
     * (its savepoint is open already, the row changed since `before` was read, or it is not there) it is an
     * ordinary write inside the joined write (updateRow, which opens the savepoint first), and null: the
     * savepoint's rollback undoes it.
     */
    updateOwnRow(table: string, sysId: string, row: Row, before: Row): Row | null {
        const frame = this.joined[this.joined.length - 1]
        const cols = Object.keys(row)
        // A changed sys_id would move the row away from the key its undo writes to.
        if (!frame || frame.open || !cols.length || 'sys_id' in row) {
            this.updateRow(table, sysId, row)
            return null
        }
        const info = this.schema.table(table)
        const stmt = this.writeShape(this.lastGuardedUpdates, info, cols, 'G', () =>
            `UPDATE ${q(info.root)} SET ${cols.map((c) => `${q(c)} = ?`).join(', ')} WHERE sys_id = ? AND ${cols.map((c) => `${q(c)} IS ?`).join(' AND ')}`,
        )
        const old: Row = {}
        for (const c of cols) old[c] = before[c] ?? null
        this.beforeWrite(true)
        if (stmt.run(...Object.values(row), sysId, ...Object.values(old)).changes === 1) return old
        this.updateRow(table, sysId, row)
        return null
    }

    /**
     * Deletes the own row of the innermost joined write (joinedInsert) without opening its savepoint, when nothing
     * has been written inside it yet: the DELETE returns the row it removed, rowid and all, and the write's undo
     * is putting it back as it was (restoreRow). Otherwise (its savepoint is open already, or the table has a
     * column named like the rowid) as deleteRow, and null: the savepoint's rollback undoes it. Null as well when
     * there was no row.
     */
    deleteOwnRow(table: string, sysId: string): RemovedRow | null {
        const frame = this.joined[this.joined.length - 1]
        const info = this.schema.table(table)
        if (!frame || frame.open || this.schema.membersOf(info.root).some((m) => ROWID_NAMES.some((n) => m.columns.has(n)))) {
            this.deleteRow(table, sysId)
            return null
        }
        // Read as rows are (rawStatement): its column list is read again when the dictionary adds columns.
        const { stmt, make } = this.rawStatement(`DELETE FROM ${q(info.root)} WHERE sys_id = ? RETURNING rowid, *`)
        this.beforeWrite(true)
        const values = stmt.get(sysId) as unknown[] | undefined
        return values ? { root: info.root, row: make(values) } : null
    }

    /** Puts a row deleteOwnRow removed back, with its rowid: the table reads as if it had never been deleted. */
    restoreRow(removed: RemovedRow): void {
        const names = Object.keys(removed.row)
        if (this.joined.length) this.beforeWrite(false)
        this.statement(`INSERT INTO ${q(removed.root)} (${names.map(q).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`).run(...Object.values(removed.row))
    }

    /**
     * The statement of a write of these columns into `info`'s table, found by walking the table's column lists
     * name by name (names of one table: Map lookups of short, already hashed strings), without building the
     * statement's key; else built (or found by its key) and remembered. A table's lists are forgotten, all at once,
     * past SHAPE_NODES_PER_TABLE names or SHAPES_PER_TABLE statements: a caller can vary them without end (the
     * Table API writes any subset), and a prepared statement holds memory of its own.
     */
    private writeShape(recent: WeakMap<TableInfo, ShapeNode>, info: TableInfo, cols: readonly string[], kind: string, build: () => string): Statement {
        let root = recent.get(info)
        if (!root || root.size > SHAPE_NODES_PER_TABLE || root.statements > SHAPES_PER_TABLE) recent.set(info, (root = { next: new Map(), stmt: null, size: 0, statements: 0 }))
        let node = root
        for (const c of cols) {
            let next = node.next.get(c)
            if (!next) {
                node.next.set(c, (next = { next: new Map(), stmt: null, size: 0, statements: 0 }))
                root.size++
            }
            node = next
        }
        if (!node.stmt) {
            node.stmt = this.statement(this.writeSql(kind, info.root, cols, build))
            root.statements++
        }
        return node.stmt
    }

    /** The text of a write statement, built once per table and column list (writes repeat the same few shapes). */
    private writeSql(kind: string, root: string, cols: readonly string[], build: () => string): string {
        const key = `${kind}\u0000${root}\u0000${cols.join('\u0000')}`
        let sql = this.writeSqls.get(key)
        if (sql === undefined) {
            sql = build()
            this.writeSqls.set(key, sql)
        }
        return sql
    }

    deleteRow(table: string, sysId: string): void {
        if (this.joined.length) this.beforeWrite(false)
        this.statement(`DELETE FROM ${q(this.schema.table(table).root)} WHERE sys_id = ?`).run(sysId)
    }

    /**
     * The select list of a whole record of `info` or a table extending it (`alias`: the table's alias in the
     * query, '' for none). A physical table holds the columns of every class of its hierarchy (task: over 120,
     * for change_request's, incident's, sc_req_item's ...), and reading a row costs per column read, NULL or
     * not (better-sqlite3 sets each into the row array): the rows of a table that is not the whole hierarchy
     * (a query restricted to its family by sys_class_name) are read with their family's columns only, which
     * are all the fields such a record has; other classes' columns are not its fields. `*` otherwise.
     * Per TableInfo, which a dictionary change replaces (new columns, new classes), so never stale.
     */
    familyColumns(info: TableInfo, alias: string): string {
        let lists = this.familySelects.get(info)
        if (!lists) {
            const members = this.schema.membersOf(info.root)
            let names: string[] | null = null
            if (info.family.length !== members.length) {
                const all = new Set<string>()
                for (const t of info.family) for (const c of this.schema.table(t).columns.keys()) all.add(c)
                names = [...all]
            }
            lists = {
                plain: names ? names.map(q).join(', ') : '*',
                aliased: names ? names.map((n) => `t0.${q(n)}`).join(', ') : 't0.*',
            }
            this.familySelects.set(info, lists)
        }
        if (alias === '') return lists.plain
        if (alias === 't0') return lists.aliased
        throw new Error(`familyColumns: unsupported alias ${alias}`)
    }

    /** One row by sys_id, restricted to `table` and the tables that extend it. */
    getRow(table: string, sysId: string): Row | undefined {
        const info = this.schema.table(table)
        let read = this.getRowSqls.get(info)
        if (!read) {
            // Restricted to the table's family only where the physical table holds other classes too.
            const byClass = info.family.length !== this.schema.membersOf(info.root).length
            const sql = `SELECT ${this.familyColumns(info, '')} FROM ${q(info.root)} WHERE sys_id = ?${byClass ? ` AND sys_class_name IN (${info.family.map(() => '?').join(', ')})` : ''}`
            this.getRowSqls.set(info, (read = { sql, byClass }))
        }
        return this.row(read.sql, read.byClass ? [sysId, ...info.family] : [sysId])
    }
}

/** The names SQLite gives a table's rowid, unless a column of that name hides it. */
const ROWID_NAMES = ['rowid', '_rowid_', 'oid']

/** A row deleteOwnRow removed: its physical table, and its values by column, its rowid (as `rowid`) first. */
export interface RemovedRow {
    root: string
    row: Row
}

/** A table's write column lists as a tree of names: the statement of the list that ends at a node, once built. */
interface ShapeNode {
    next: Map<string, ShapeNode>
    stmt: Statement | null
    /** At the root: the nodes below it, and the statements they hold. */
    size: number
    statements: number
}

/** The names and statements a table's tree of write column lists may hold before it is dropped. */
const SHAPE_NODES_PER_TABLE = 4096
const SHAPES_PER_TABLE = 256

const makers = new BoundedCache<string, (values: unknown[]) => Row>(STATEMENT_CACHE_SIZE)

/** A function turning a row's values into an object with these keys, one generated class per column list. */
function rowMaker(columns: readonly string[]): (values: unknown[]) => Row {
    const key = columns.join('\u0000')
    let make = makers.get(key)
    if (!make) {
        // Column names go in as JSON string literals, so no name can break out of the generated code.
        // An assignment to "__proto__" would set the prototype: that one name is defined instead.
        const body = columns
            .map((c, i) =>
                c === '__proto__'
                    ? `Object.defineProperty(this, '__proto__', { value: v[${i}], enumerable: true, writable: true, configurable: true })`
                    : `this[${JSON.stringify(c)}] = v[${i}]`,
            )
            .join('\n')
        const RowClass = new Function('v', body) as unknown as new (values: unknown[]) => Row
        make = (values) => new RowClass(values)
        makers.set(key, make)
    }
    return make
}

export function quoteIdent(name: string): string {
    return q(name)
}

export function titleCase(name: string): string {
    return name
        .split('_')
        .filter(Boolean)
        .map((w) => w[0].toUpperCase() + w.slice(1))
        .join(' ')
}
