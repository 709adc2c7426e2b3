import { matchesRecord, parseEncodedQuery, type FieldValue, type RecordView } from '../../src/local/query'

/*
 * matchesRecord prepares a condition (checks each term, converts its values to the field's type) once per
 * record shape: the dictionary and the record's table (RecordView.shape, compared by identity). A store
 * rebuilds its Schema on every dictionary change, so a new dictionary object must be prepared for again:
 * the same condition then follows the field's new type. These tests use plain objects as the dictionary
 * and table identities, as business-rules.ts's recordView passes the store's Schema and the record's TableInfo.
 */

/** A record whose one field `u_level` holds `value` with the given dictionary type; counts how often its type is read. */
function view(value: string, type: string, shape: RecordView['shape'], reads: { type: number }): RecordView {
    const field = (): FieldValue => ({
        value,
        get type() {
            reads.type++
            return type
        },
    })
    return {
        current: (path) => {
            if (path !== 'u_level') throw new Error(`unexpected field ${path}`)
            return field()
        },
        previous: () => null,
        shape,
    }
}

test('a condition is prepared once per dictionary and table: later records of that shape only read their values', () => {
    const q = parseEncodedQuery('u_level>9')
    const shape = { dictionary: {}, table: {} }
    const reads = { type: 0 }
    expect(matchesRecord(q, view('10', 'integer', shape, reads))).toBe(true)
    const afterFirst = reads.type
    expect(afterFirst).toBeGreaterThan(0)
    expect(matchesRecord(q, view('8', 'integer', shape, reads))).toBe(false)
    expect(matchesRecord(q, view('12', 'integer', shape, reads))).toBe(true)
    expect(reads.type).toBe(afterFirst)
})

test('a dictionary change takes effect: the same condition on a new dictionary follows the field type it now gives', () => {
    const q = parseEncodedQuery('u_level>9')
    const table = {}
    const reads = { type: 0 }
    // As text (a string field), '10' sorts before '9': SQLite's `u_level > '9'` is false.
    expect(matchesRecord(q, view('10', 'string', { dictionary: {}, table }, reads))).toBe(false)
    // The dictionary now makes u_level an integer (a new Schema object, same table): 10 > 9.
    expect(matchesRecord(q, view('10', 'integer', { dictionary: {}, table }, reads))).toBe(true)
    // And a value the new type refuses is reported for the new dictionary, not hidden by the earlier preparation.
    const bad = parseEncodedQuery('u_level>nine')
    // As text, 'nine' is a fine value ('10' sorts before it); as an integer it is refused.
    expect(matchesRecord(bad, view('10', 'string', { dictionary: {}, table }, reads))).toBe(false)
    expect(() => matchesRecord(bad, view('10', 'integer', { dictionary: {}, table }, reads))).toThrow(/not a number/)
})

test('another table on the same dictionary is prepared for separately', () => {
    const q = parseEncodedQuery('u_level>9')
    const dictionary = {}
    const reads = { type: 0 }
    expect(matchesRecord(q, view('10', 'string', { dictionary, table: {} }, reads))).toBe(false)
    expect(matchesRecord(q, view('10', 'integer', { dictionary, table: {} }, reads))).toBe(true)
})

test('without a shape every record is prepared for on its own, and a malformed term throws on every call', () => {
    const q = parseEncodedQuery('u_level>9')
    const reads = { type: 0 }
    expect(matchesRecord(q, view('10', 'string', undefined, reads))).toBe(false)
    expect(matchesRecord(q, view('10', 'integer', undefined, reads))).toBe(true)
    const bad = parseEncodedQuery('u_level>nine')
    const shape = { dictionary: {}, table: {} }
    for (let i = 0; i < 2; i++) expect(() => matchesRecord(bad, view('10', 'integer', shape, reads))).toThrow(/not a number/)
})

test('RELATIVE and ON are worked out when the test runs, not when the condition was prepared', () => {
    const shape = { dictionary: {}, table: {} }
    const reads = { type: 0 }
    const q = parseEncodedQuery('u_levelRELATIVEGT@minute@ago@5')
    const realNow = Date.now
    try {
        const t0 = Date.parse('2026-06-01T12:00:00Z')
        Date.now = () => t0
        // Three minutes old at t0: more recent than five minutes ago.
        expect(matchesRecord(q, view('2026-06-01 11:57:00', 'glide_date_time', shape, reads))).toBe(true)
        // Ten minutes later the same stored value is thirteen minutes old: the prepared condition must see the new now.
        Date.now = () => t0 + 10 * 60_000
        expect(matchesRecord(q, view('2026-06-01 11:57:00', 'glide_date_time', shape, reads))).toBe(false)
    } finally {
        Date.now = realNow
    }
})
