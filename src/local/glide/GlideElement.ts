import { JOURNAL_TYPES, journalEntries } from '../store/journal'
import type { Column } from '../store/schema'
import type { GlideRecord } from './GlideRecord'
import { runtime } from './runtime'
import { restrictToScopedApi } from './scoped-api'

/**
 * One field of a GlideRecord (`current.state`). Reads and writes go to the record, so an element
 * is always current. Reference elements also dot-walk: `current.requested_by.email`.
 */
export class GlideElement {
    constructor(
        protected readonly record: GlideRecord,
        protected readonly column: Column,
    ) {}

    getName(): string {
        return this.column.element
    }

    getTableName(): string {
        return this.column.table
    }

    getLabel(): string {
        return this.column.label
    }

    getValue(): string | null {
        return this.record.getValue(this.column.element)
    }

    setValue(value: unknown): void {
        this.record.setValue(this.column.element, value)
    }

    toString(): string {
        return this.getValue() ?? ''
    }

    /** Lets `current.priority < 3` and `current.state == -3` compare as on the platform. */
    valueOf(): string {
        return this.toString()
    }

    toJSON(): string {
        return this.toString()
    }

    nil(): boolean {
        const v = this.getValue()
        return v === null || v === ''
    }

    getDisplayValue(): string {
        return this.record.getDisplayValue(this.column.element)
    }

    getChoiceValue(): string {
        const v = this.getValue() ?? ''
        return this.column.choices.get(v) ?? ''
    }

    getBooleanValue(): boolean {
        return this.column.type === 'boolean' ? this.getValue() === '1' : !this.nil()
    }

    /** True when the value differs from the record's stored value (previous). */
    changes(): boolean {
        return this.record.fieldChanged(this.column.element)
    }

    changesTo(value: unknown): boolean {
        return this.changes() && this.record.sameValue(this.column.element, this.getValue(), value)
    }

    changesFrom(value: unknown): boolean {
        return this.changes() && this.record.sameValue(this.column.element, this.record.originalValue(this.column.element), value)
    }

    getReferenceTable(): string {
        return this.column.reference
    }

    getRefRecord(): GlideRecord {
        return this.record.referencedRecord(this.column.element)
    }

    /**
     * "Returns either the most recent journal entry or all journal entries. mostRecent: If 1, returns
     * the most recent entry. If -1, returns all journal entries." "For the most recent entry, returns a
     * string that contains the field label, timestamp, and user display name of the journal entry. For
     * all journal entries, returns the same information for all journal entries ever entered as a
     * single string with each entry delimited by "\n\n"" (Scoped GlideElement - getJournalEntry).
     * Each entry reads `<created on> - <user's name> (<field label>)\n<text>\n\n`, newest first.
     */
    getJournalEntry(mostRecent: number): string {
        // platform-difference: journal-entry-header
        if (!JOURNAL_TYPES.has(this.column.type)) return ''
        const n = Math.trunc(Number(mostRecent))
        if (!n) return ''
        const store = runtime().store
        const entries = journalEntries(store, this.record.getUniqueValue(), this.column.element, n < 0 ? -1 : n)
        if (!entries.length) return ''
        const nameOf = store.prepare('SELECT name FROM sys_user WHERE user_name = ?')
        const names = new Map<string, string>()
        let out = ''
        for (const e of entries) {
            let who = names.get(e.createdBy)
            if (who === undefined) {
                who = ((nameOf.get(e.createdBy) as { name: string | null } | undefined)?.name || e.createdBy)
                names.set(e.createdBy, who)
            }
            out += `${e.createdOn} - ${who} (${this.column.label})\n${e.value}\n\n`
        }
        return out
    }

    getED(): { getInternalType(): string; getLabel(): string; getName(): string } {
        const c = this.column
        return { getInternalType: () => c.type, getLabel: () => c.label, getName: () => c.element }
    }
}

/** A reference element that also answers the referenced record's fields (dot-walking). */
export function referenceElement(record: GlideRecord, column: Column): GlideElement {
    const element = new GlideElement(record, column)
    return new Proxy(element, {
        get(target, prop, receiver) {
            if (typeof prop !== 'string' || prop in target) return Reflect.get(target, prop, receiver)
            const ref = target.getRefRecord() as unknown as Record<string, unknown>
            return ref[prop]
        },
    })
}

// Scoped scripts reach only the scoped GlideElement API (scoped-api.ts).
restrictToScopedApi(GlideElement, 'GlideElement')
