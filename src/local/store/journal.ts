import type { TableInfo } from './schema'
import { sqlLimit } from './sql-limit'
import type { Store } from './store'

/**
 * Journal fields as the platform keeps them: "There are three types of journal field: journal,
 * journal_list, and journal_input" ("Journal field type"); "Fields of the journal_input type are
 * multi-line text boxes which, upon save, add the comments into the Activity field with a notation"
 * ("Journal fields"). Each entry saved is a row of `sys_journal_field` (name = table, element = field,
 * element_id = the record's sys_id, value = the text): "To get the contents of a journal field, make
 * a second … request against the sys_journal_field table" ("Retrieve journal entries using direct web
 * services"). The record itself keeps no value for the field.
 */
export const JOURNAL_TYPES: ReadonlySet<string> = new Set(['journal', 'journal_input', 'journal_list'])

export interface JournalEntry {
    value: string
    createdOn: string
    createdBy: string
}

const journalColumns = new WeakMap<TableInfo, readonly string[]>()

/** The journal fields of a table (computed once per schema build). */
export function journalFields(info: TableInfo): readonly string[] {
    let fields = journalColumns.get(info)
    if (!fields) {
        fields = [...info.columns.values()].filter((c) => JOURNAL_TYPES.has(c.type)).map((c) => c.element)
        journalColumns.set(info, fields)
    }
    return fields
}

const indexed = new WeakSet<Store>()

function ensureIndex(store: Store): void {
    if (indexed.has(store)) return
    store.ensureIndex('sys_journal_field', 'sys_journal_field__element_id', ['element_id', 'element'])
    indexed.add(store)
}

/** Writes one journal entry (inside the caller's transaction, so a rolled-back save leaves none). */
export function addJournalEntry(store: Store, table: string, element: string, elementId: string, value: string, user: string, on: string): void {
    ensureIndex(store)
    store.insertRow('sys_journal_field', {
        sys_id: store.newSysId(),
        sys_class_name: 'sys_journal_field',
        sys_created_on: on,
        sys_created_by: user,
        sys_updated_on: on,
        sys_updated_by: user,
        sys_mod_count: 0,
        name: table,
        element,
        element_id: elementId,
        value,
    })
}

/** Entries of one field of one record, newest first; `limit` < 0 for all of them. */
export function journalEntries(store: Store, elementId: string, element: string, limit: number): JournalEntry[] {
    if (!elementId) return []
    ensureIndex(store)
    const rows = store
        .prepare(`SELECT value, sys_created_on, sys_created_by FROM sys_journal_field WHERE element_id = ? AND element = ? ORDER BY sys_created_on DESC, rowid DESC${sqlLimit(limit)}`)
        .all(elementId, element) as Array<{ value: string | null; sys_created_on: string; sys_created_by: string | null }>
    return rows.map((r) => ({ value: r.value ?? '', createdOn: r.sys_created_on, createdBy: r.sys_created_by ?? '' }))
}
