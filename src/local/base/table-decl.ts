/**
 * The shape of the platform's base tables as data. The local instance never writes DDL per table:
 * it turns these declarations into dictionary records (sys_db_object, sys_dictionary, sys_choice)
 * at boot, and derives its SQLite tables from the dictionary, exactly as it does for the app's own
 * tables arriving as update XML. So a declaration says what a real instance's dictionary says.
 */

/**
 * One sys_dictionary row.
 *
 * A column repeated on a subclass (for example `state` on change_request, which task already
 * declares) is not a second column: the store treats it as a dictionary override of the inherited
 * column, taking its label, choices and default and keeping the ancestor's type and storage. That
 * is how the platform gives change_request its own state model over task's single `state` column.
 */
export interface ColumnDecl {
    /**
     * sys_dictionary internal_type, spelled as the platform spells it ('string', 'integer',
     * 'boolean', 'reference', 'glide_date_time', 'glide_list', 'journal_input', 'script_plain',
     * 'translated_text', 'ph_number', ...). A choice list is usually a 'string' or 'integer' column
     * with choices; 'choice' appears only where the platform itself uses that type.
     */
    type: string
    /** Defaults to the Title Case of the column name (see columnLabel). */
    label?: string
    /** Target table for 'reference' columns, and for 'glide_list' columns that list records of one table. */
    reference?: string
    /**
     * The column of the referenced table the value holds, when it is not sys_id (sys_dictionary
     * reference_key). The platform's sys_dictionary.reference, for instance, holds a table name.
     */
    referenceKey?: string
    maxLength?: number
    /**
     * default_value exactly as the platform stores it: 'true', '0', '-5', or a script default such
     * as 'javascript:gs.getUserID()', which is evaluated at insert time and never stored literally.
     */
    default?: string
    mandatory?: boolean
    unique?: boolean
    /** The table's display field. */
    display?: boolean
    /**
     * value → label (sys_choice), written in display order. JavaScript enumerates integer-like keys
     * ('0', '3', '4') in ascending numeric order before other keys, whatever order they were written
     * in, so '-5' would come after '4'; read choices through orderedChoices, which restores the order.
     */
    choices?: Record<string, string>
}

export interface TableDecl {
    name: string
    label: string
    /** super_class: the table this one extends. */
    extends?: string
    /** is_extendable. */
    extensible?: boolean
    /** sys_number prefix for tables numbering their records (TASK, CHG, REQ, RITM). */
    numberPrefix?: string
    /**
     * Columns the table itself declares (or overrides, see ColumnDecl). Never the system columns
     * (SYSTEM_COLUMN_NAMES): the store adds those to every table.
     */
    columns: Record<string, ColumnDecl>
}

/** Columns the store adds to every table; a declaration never lists them. */
export const SYSTEM_COLUMN_NAMES: readonly string[] = [
    'sys_id',
    'sys_created_on',
    'sys_created_by',
    'sys_updated_on',
    'sys_updated_by',
    'sys_mod_count',
    'sys_class_name',
]

/** The label a column gets when its declaration gives none: `short_description` → `Short Description`. */
export function titleCase(name: string): string {
    return name
        .split('_')
        .filter((w) => w !== '')
        .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
        .join(' ')
}

export function columnLabel(name: string, column: ColumnDecl): string {
    return column.label ?? titleCase(name)
}

export interface ChoiceDecl {
    value: string
    label: string
    /** 1-based position in display order, as sys_choice.sequence. */
    sequence: number
}

const INTEGER_KEY = /^-?\d+$/

/**
 * A column's choices in display order. Where every value is an integer (state, priority, risk ...)
 * the platform's order is ascending by value, which is also the only order the keys can be
 * enumerated back in reliably; otherwise the order the declaration wrote them in.
 */
export function orderedChoices(column: ColumnDecl): ChoiceDecl[] {
    const entries = Object.entries(column.choices ?? {})
    if (entries.length > 0 && entries.every(([value]) => INTEGER_KEY.test(value))) entries.sort(([a], [b]) => Number(a) - Number(b))
    return entries.map(([value, label], i) => ({ value, label, sequence: i + 1 }))
}
