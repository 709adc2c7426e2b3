/**
 * How each sys_dictionary internal_type is stored in SQLite and shown to scripts.
 * Scripts see strings (as GlideRecord.getValue does on the platform); SQLite holds typed values
 * so comparisons and aggregates work; an empty value is always stored as NULL.
 */
export type StorageClass = 'INTEGER' | 'REAL' | 'TEXT'

const INTEGER_TYPES = new Set(['integer', 'boolean', 'longint', 'glide_duration_int'])
const REAL_TYPES = new Set(['decimal', 'float', 'currency', 'price', 'percent_complete'])

export function storageClass(type: string): StorageClass {
    if (INTEGER_TYPES.has(type)) return 'INTEGER'
    if (REAL_TYPES.has(type)) return 'REAL'
    return 'TEXT'
}

export class ValueError extends Error {
    constructor(
        readonly field: string,
        message: string,
    ) {
        super(message)
        this.name = 'ValueError'
    }
}

/** Text types whose dictionary max_length is the most a saved value keeps. */
const CUT_TYPES = new Set(['string', 'translated_text', 'email', 'url'])

/**
 * A text value cut to the column's dictionary max_length, as the platform saves it: the column is
 * created from max_length ("If the subject text … is being truncated, increase the Max length value
 * for the Subject field on the Email table", "Enable the email client").
 */
export function cutToLength(type: string, value: string, maxLength: number): string {
    return maxLength > 0 && value.length > maxLength && CUT_TYPES.has(type) ? value.slice(0, maxLength) : value
}

const TRUE_WORDS = new Set(['true', '1', 'yes', 'on'])

/** The canonical string a script reads back after setting a value (GlideRecord.getValue semantics). */
export function canonical(type: string, value: unknown): string | null {
    if (value === null || value === undefined) return null
    if (type === 'boolean') {
        if (value === '') return null
        return TRUE_WORDS.has(String(value).toLowerCase()) ? '1' : '0'
    }
    const text = String(value)
    return text === '' ? null : text
}

const INTEGER_TEXT = /^[+-]?\d+$/

/**
 * A record's sys_id: "A unique 32-character GUID" (Unique record identifier (sys_id)). The platform
 * generates 32 lowercase hexadecimal digits, but its field holds any text up to 32 characters and its own
 * base data has sys_ids that are not hexadecimal (`global`, the sys_security_type records), so a client
 * may choose one on insert (the Table API's sys_id field, GlideRecord setValue('sys_id') /
 * setNewGuidValue) in any case. Here it is held to letters, digits, `_` and `-`: every reader (Table API
 * URLs, GlideRecord.get, reference links) addresses records by it, so it must survive a URL path unchanged
 * (docs/differences.md: sys-id-format-enforced).
 */
// platform-difference: sys-id-format-enforced
export const SYS_ID_FORMAT = /^[0-9A-Za-z_-]{1,32}$/

/** Converts a canonical value to what SQLite stores, refusing what the column cannot hold. */
export function toStorage(type: string, field: string, value: string | null): string | number | null {
    if (value === null) return null
    if (field === 'sys_id' && type === 'GUID' && !SYS_ID_FORMAT.test(value)) {
        throw new ValueError(field, `Invalid sys_id "${value.slice(0, 40)}": a sys_id is 1 to 32 letters, digits, "_" or "-"`)
    }
    switch (storageClass(type)) {
        case 'INTEGER': {
            if (!INTEGER_TEXT.test(value.trim())) throw new ValueError(field, `Invalid value "${value}" for ${type} field ${field}: not a whole number`)
            const n = Number(value)
            if (!Number.isSafeInteger(n)) throw new ValueError(field, `Invalid value "${value}" for ${type} field ${field}: out of range`)
            return n
        }
        case 'REAL': {
            const n = Number(value)
            if (value.trim() === '' || !Number.isFinite(n)) throw new ValueError(field, `Invalid value "${value}" for ${type} field ${field}: not a number`)
            return n
        }
        default:
            return value
    }
}

/** What a script reads for a stored value. */
export function fromStorage(value: unknown): string | null {
    if (value === null || value === undefined) return null
    return typeof value === 'string' ? value : String(value)
}

/** How the Table API and display values show a stored boolean. */
export function booleanText(stored: string | null): string {
    return stored === '1' ? 'true' : stored === '0' ? 'false' : ''
}
