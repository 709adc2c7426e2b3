import type { Database } from 'better-sqlite3'

/** A column as the dictionary declares it, resolved with its table's inheritance. */
export interface Column {
    /** The table whose dictionary row declares the column (an ancestor for inherited columns). */
    table: string
    element: string
    type: string
    label: string
    reference: string
    maxLength: number
    defaultValue: string
    mandatory: boolean
    unique: boolean
    display: boolean
    readOnly: boolean
    /** value → label, in sequence order; the most specific table's choices win. */
    choices: ReadonlyMap<string, string>
}

export interface TableInfo {
    name: string
    label: string
    superClass: string
    /** The hierarchy root: the physical SQLite table holding this table's rows. */
    root: string
    /** This table and every table that extends it, directly or not. */
    family: readonly string[]
    columns: ReadonlyMap<string, Column>
    displayField: string
    extensible: boolean
}

/** System columns every table has, whatever its dictionary says. */
export const SYSTEM_COLUMNS: ReadonlyArray<[string, string]> = [
    ['sys_id', 'GUID'],
    ['sys_created_on', 'glide_date_time'],
    ['sys_created_by', 'string'],
    ['sys_updated_on', 'glide_date_time'],
    ['sys_updated_by', 'string'],
    ['sys_mod_count', 'integer'],
    ['sys_class_name', 'sys_class_name'],
]
const SYSTEM_NAMES = new Set(SYSTEM_COLUMNS.map(([n]) => n))

export function isSystemColumn(name: string): boolean {
    return SYSTEM_NAMES.has(name)
}

interface DictRow {
    name: string
    element: string | null
    internal_type: string | null
    column_label: string | null
    reference: string | null
    max_length: number | null
    default_value: string | null
    mandatory: number | null
    unique: number | null
    display: number | null
    read_only: number | null
}

const truthy = (v: number | null | undefined) => v === 1

/**
 * The catalog of tables and columns, read from sys_db_object / sys_dictionary / sys_choice.
 * Rebuilt whenever the dictionary changes; everything else asks it, never the SQL schema.
 */
export class Schema {
    private readonly tables = new Map<string, TableInfo>()

    static load(db: Database): Schema {
        const schema = new Schema()
        const objects = db.prepare('SELECT sys_id, name, label, super_class, is_extendable FROM sys_db_object').all() as Array<{
            sys_id: string
            name: string
            label: string | null
            super_class: string | null
            is_extendable: number | null
        }>
        const dict = db.prepare('SELECT * FROM sys_dictionary WHERE element IS NOT NULL').all() as DictRow[]
        const choices = db
            .prepare("SELECT name, element, value, label FROM sys_choice WHERE inactive IS NOT 1 ORDER BY name, element, sequence, value")
            .all() as Array<{ name: string; element: string; value: string; label: string | null }>
        schema.build(objects, dict, choices)
        return schema
    }

    private build(
        objects: Array<{ sys_id: string; name: string; label: string | null; super_class: string | null; is_extendable: number | null }>,
        dict: DictRow[],
        choiceRows: Array<{ name: string; element: string; value: string; label: string | null }>,
    ): void {
        const byName = new Map(objects.map((o) => [o.name, o]))
        const nameById = new Map(objects.map((o) => [o.sys_id, o.name]))
        // super_class is a reference (a sys_id) on the platform; a table name is accepted too.
        const parentOf = (name: string) => {
            const sc = byName.get(name)?.super_class ?? ''
            const parent = nameById.get(sc) ?? sc
            return parent && byName.has(parent) && parent !== name ? parent : ''
        }
        const own = new Map<string, DictRow[]>()
        for (const row of dict) {
            if (!byName.has(row.name)) continue
            const list = own.get(row.name) ?? []
            list.push(row)
            own.set(row.name, list)
        }
        const choiceMap = new Map<string, Map<string, string>>()
        for (const c of choiceRows) {
            const key = `${c.name}.${c.element}`
            const m = choiceMap.get(key) ?? new Map<string, string>()
            m.set(c.value, c.label ?? c.value)
            choiceMap.set(key, m)
        }
        const chain = (name: string): string[] => {
            const out: string[] = []
            const seen = new Set<string>()
            for (let t = name; t && !seen.has(t); t = parentOf(t)) {
                seen.add(t)
                out.push(t)
            }
            return out
        }
        for (const o of objects) {
            const ancestry = chain(o.name).reverse() // root first
            const columns = new Map<string, Column>()
            for (const [n, type] of SYSTEM_COLUMNS) {
                columns.set(n, { table: ancestry[0], element: n, type, label: n, reference: '', maxLength: 40, defaultValue: '', mandatory: false, unique: n === 'sys_id', display: false, readOnly: true, choices: new Map() })
            }
            let displayField = ''
            for (const t of ancestry) {
                for (const row of own.get(t) ?? []) {
                    const element = row.element as string
                    const inherited = columns.get(element)
                    const choices = choiceMap.get(`${t}.${element}`) ?? inherited?.choices ?? new Map<string, string>()
                    // A subclass row for an inherited element overrides label, default and choices (dictionary override).
                    const col: Column = {
                        table: inherited && !isSystemColumn(element) ? inherited.table : t,
                        element,
                        type: row.internal_type || inherited?.type || 'string',
                        label: row.column_label || inherited?.label || element,
                        reference: row.reference || inherited?.reference || '',
                        maxLength: row.max_length ?? inherited?.maxLength ?? 40,
                        defaultValue: row.default_value ?? inherited?.defaultValue ?? '',
                        mandatory: truthy(row.mandatory) || (inherited?.mandatory ?? false),
                        unique: truthy(row.unique),
                        display: truthy(row.display) || (inherited?.display ?? false),
                        readOnly: truthy(row.read_only),
                        choices,
                    }
                    columns.set(element, col)
                    if (col.display) displayField = element
                }
            }
            if (!displayField) displayField = columns.has('name') ? 'name' : columns.has('number') ? 'number' : columns.has('short_description') ? 'short_description' : 'sys_id'
            this.tables.set(o.name, {
                name: o.name,
                label: o.label || o.name,
                superClass: parentOf(o.name),
                root: ancestry[0],
                family: [],
                columns,
                displayField,
                extensible: truthy(o.is_extendable),
            })
        }
        for (const info of this.tables.values()) {
            const family = [...this.tables.values()].filter((t) => chain(t.name).includes(info.name)).map((t) => t.name)
            ;(info as { family: readonly string[] }).family = family
        }
    }

    has(table: string): boolean {
        return this.tables.has(table)
    }

    table(name: string): TableInfo {
        const t = this.tables.get(name)
        if (!t) throw new UnknownTableError(name)
        return t
    }

    maybeTable(name: string): TableInfo | undefined {
        return this.tables.get(name)
    }

    column(table: string, element: string): Column | undefined {
        return this.tables.get(table)?.columns.get(element)
    }

    all(): IterableIterator<TableInfo> {
        return this.tables.values()
    }

    /** Answers of membersOf and ancestry: a Schema never changes once loaded (a dictionary change loads a new one). */
    private readonly membersCache = new Map<string, readonly TableInfo[]>()
    private readonly ancestryCache = new Map<string, readonly string[]>()

    /** Every table whose rows live in the physical table `root` (every read by sys_id asks). */
    membersOf(root: string): readonly TableInfo[] {
        let members = this.membersCache.get(root)
        if (!members) {
            members = [...this.tables.values()].filter((t) => t.root === root)
            if (members.length) this.membersCache.set(root, members)
        }
        return members
    }

    /** The chain from `name` up to its root, most specific first. */
    ancestry(name: string): readonly string[] {
        let out = this.ancestryCache.get(name)
        if (!out) {
            const chain: string[] = []
            for (let t: TableInfo | undefined = this.tables.get(name); t; t = t.superClass ? this.tables.get(t.superClass) : undefined) chain.push(t.name)
            out = chain
            // Only known tables are kept: a name a caller makes up must not grow the cache.
            if (chain.length) this.ancestryCache.set(name, out)
        }
        return out
    }
}

export class UnknownTableError extends Error {
    constructor(readonly tableName: string) {
        super(`Invalid table ${tableName}`)
        this.name = 'UnknownTableError'
    }
}
