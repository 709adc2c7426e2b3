import { storageClass, toStorage } from '../store/values'

/*
 * SQLite's value semantics, reproduced in memory so that matchesRecord decides exactly what compileQuery's SQL
 * decides. Ported from the SQLite amalgamation that better-sqlite3 builds (deps/sqlite3/sqlite3.c, 3.51):
 * - storage: a column's affinity comes from its type (store/values.ts storageClass); INTEGER holds bigint here
 *   and REAL holds number, so the two stay apart where SQLite keeps them apart (their text forms); text written
 *   to a numeric column becomes a number when it reads as one (applyAffinity);
 * - comparison (OP_Lt/OP_Eq, BINARY collation): NULL is handled by the caller; numbers sort before text;
 *   numbers compare by value (bigint/number comparison in JS is exact, like sqlite3IntFloatCompare); text
 *   compares by UTF-8 bytes, which is code point order;
 * - NUMERIC comparison affinity (applyNumericAffinity → sqlite3AtoF): text that is entirely a number literal
 *   (spaces around it allowed) becomes a number before comparing;
 * - text of a number (vdbeMemRenderNum): INTEGER as decimal, REAL as printf("%!.15g") via sqlite3FpDecode;
 * - LIKE (patternCompare): characters are read with sqlite3Utf8Read, which turns surrogates and U+FFFE/U+FFFF
 *   into U+FFFD; ASCII letters match case-insensitively; the text ends at the first NUL.
 * sqlite3AtoF and sqlite3FpDecode use Dekker double-double arithmetic that is not always correctly rounded,
 * so they are ported operation for operation rather than replaced by Number() / toPrecision().
 */

/** A value as SQLite holds it: NULL, INTEGER (bigint), REAL (number) or TEXT. */
export type SqlValue = null | bigint | number | string
export type SqlNonNull = bigint | number | string

/** Whether a field of this sys_dictionary type is stored with INTEGER or REAL affinity. */
export function isNumericType(type: string): boolean {
    return storageClass(type) !== 'TEXT'
}

/**
 * What SQLite holds for a value as GlideRecord.getValue returns it. The store writes toStorage(value) (a JS
 * number for INTEGER/REAL columns), so that is used. A value the store refuses (an unsaved record can hold one)
 * is held as SQLite itself would hold that text in the column (applyAffinity): number-like text becomes a number,
 * anything else stays text.
 */
export function storedValue(value: string | null, type: string): SqlValue {
    if (value === null) return null
    const cls = storageClass(type)
    if (cls === 'TEXT') return value
    let n: number
    try {
        n = toStorage(type, '', value) as number
    } catch {
        return columnAffinity(value, cls)
    }
    return cls === 'INTEGER' ? BigInt(n) : n
}

/**
 * Text written to an INTEGER or REAL column (applyAffinity → applyNumericAffinity(p, 1)). A REAL column reads
 * every number back as REAL (OP_RealAffinity); for the texts that get here (in a REAL column the store refuses
 * only those that are not finite numbers) that is sqlite3AtoF's value.
 */
function columnAffinity(text: string, cls: 'INTEGER' | 'REAL'): SqlNonNull {
    const { value, kind } = atof(text)
    if (kind <= 0) return text
    if (cls === 'REAL') return value
    if (kind === 1) {
        const int = alsoAnInt(text, value)
        if (int !== undefined) return int
    }
    // sqlite3VdbeIntegerAffinity: a whole REAL strictly inside the int64 range becomes an INTEGER.
    return Number.isInteger(value) && value > -(2 ** 63) && value < 2 ** 63 ? BigInt(value) : value
}

/** Orders two non-NULL values as SQLite's BINARY collation does. */
export function sqlCompare(a: SqlNonNull, b: SqlNonNull): number {
    const aText = typeof a === 'string'
    const bText = typeof b === 'string'
    if (aText !== bText) return aText ? 1 : -1
    if (aText && bText) return compareText(a, b)
    return a < b ? -1 : a > b ? 1 : 0
}

/** UTF-8 byte order (memcmp) is code point order; JS `<` compares UTF-16 units, which differs past U+FFFF. */
function compareText(a: string, b: string): number {
    if (a === b) return 0
    let i = 0
    while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++
    // Restart at the code point holding the first difference (it may be the second half of a pair).
    if (i > 0 && isHighSurrogate(a.charCodeAt(i - 1))) i--
    for (;;) {
        if (i >= a.length) return i >= b.length ? 0 : -1
        if (i >= b.length) return 1
        const ca = a.codePointAt(i) as number
        const cb = b.codePointAt(i) as number
        if (ca !== cb) return ca < cb ? -1 : 1
        i += ca > 0xffff ? 2 : 1
    }
}

function isHighSurrogate(unit: number): boolean {
    return unit >= 0xd800 && unit <= 0xdbff
}

/** NUMERIC affinity as a comparison applies it (applyNumericAffinity(p, 0)): a pure number text becomes a number. */
export function numericAffinity(v: SqlNonNull): SqlNonNull {
    if (typeof v !== 'string') return v
    const { value, kind } = atof(v)
    if (kind <= 0) return v
    if (kind === 1) {
        const int = alsoAnInt(v, value)
        if (int !== undefined) return int
    }
    return value
}

const I64_MIN = -(2n ** 63n)
const I64_MAX = 2n ** 63n - 1n

/** alsoAnInt: the double if it is a small whole number (sqlite3RealSameAsInt), else the text read as an int64. */
function alsoAnInt(text: string, value: number): bigint | undefined {
    if (value === 0 || (Number.isInteger(value) && Math.abs(value) < 2 ** 51)) return BigInt(value)
    const n = BigInt(text.trim().replace(/^\+/, ''))
    return n >= I64_MIN && n <= I64_MAX ? n : undefined
}

/** The text SQLite gives a value where text is needed (LIKE's operands). */
export function sqlText(v: SqlNonNull): string {
    if (typeof v === 'string') return v
    if (typeof v === 'bigint') return v.toString()
    return realText(v)
}

/** The text a LIKE comparison sees, with the character identities patternCompare applies (see the header). */
export function likeFold(text: string): string {
    const nul = text.indexOf('\0')
    const s = nul === -1 ? text : text.slice(0, nul)
    let out = ''
    for (let i = 0; i < s.length; i++) {
        const unit = s.charCodeAt(i)
        if (unit >= 0x41 && unit <= 0x5a) out += String.fromCharCode(unit + 0x20)
        else if (isHighSurrogate(unit) && i + 1 < s.length && isLowSurrogate(s.charCodeAt(i + 1))) out += s[i] + s[++i]
        else if ((unit >= 0xd800 && unit <= 0xdfff) || unit === 0xfffe || unit === 0xffff) out += '\ufffd'
        else out += s[i]
    }
    return out
}

function isLowSurrogate(unit: number): boolean {
    return unit >= 0xdc00 && unit <= 0xdfff
}

// ---------------------------------------------------------------------------------------------------------------
// Floating point, ported from sqlite3.c (dekkerMul2, sqlite3AtoF, sqlite3FpDecode, the etGENERIC case of printf).

const F64 = new Float64Array(1)
const U64 = new BigUint64Array(F64.buffer)
const HIGH_MASK = 0xfffffffffc000000n

/** The double with the low 26 bits of its significand cleared. */
function highPart(x: number): number {
    F64[0] = x
    U64[0] &= HIGH_MASK
    return F64[0]
}

/** Double-double multiplication (x[0],x[1]) *= (y,yy) (T. J. Dekker, 1971). */
function dekkerMul2(x: [number, number], y: number, yy: number): void {
    const hx = highPart(x[0])
    const tx = x[0] - hx
    const hy = highPart(y)
    const ty = y - hy
    const p = hx * hy
    const q = hx * ty + tx * hy
    const c = p + q
    let cc = p - c + q + tx * ty
    cc = x[0] * yy + x[1] * y + cc
    x[0] = c + cc
    x[1] = c - x[0]
    x[1] += cc
}

const U64_MAX = 2n ** 64n - 1n
const SIGNIFICAND_LIMIT = (U64_MAX - 9n) / 10n
const SCALE_LIMIT = (U64_MAX - 0x7ffn) / 10n

function isSpace(c: number): boolean {
    return c === 0x20 || (c >= 0x09 && c <= 0x0d)
}

function digitAt(z: string, i: number): number {
    const c = z.charCodeAt(i) - 0x30
    return c >= 0 && c <= 9 ? c : -1
}

/**
 * sqlite3AtoF. `kind` is its return value: 1 a pure integer, 2 or more a pure real, 0 or less not a number
 * (only a prefix is). Works on UTF-16 units: every character it accepts is ASCII, as in the UTF-8 original.
 */
export function atof(z: string): { value: number; kind: number } {
    const n = z.length
    let i = 0
    let sign = 1
    let s = 0n
    let d = 0
    let esign = 1
    let e = 0
    let eValid = true
    let nDigit = 0
    let eType = 1
    if (n === 0) return { value: 0, kind: 0 }
    while (i < n && isSpace(z.charCodeAt(i))) i++
    if (i >= n) return { value: 0, kind: 0 }
    if (z[i] === '-') {
        sign = -1
        i++
    } else if (z[i] === '+') i++
    scan: {
        for (let c = digitAt(z, i); c >= 0; c = digitAt(z, i)) {
            s = s * 10n + BigInt(c)
            i++
            nDigit++
            if (s >= SIGNIFICAND_LIMIT) {
                while (digitAt(z, i) >= 0) {
                    i++
                    d++
                }
            }
        }
        if (i >= n) break scan
        if (z[i] === '.') {
            i++
            eType++
            for (let c = digitAt(z, i); c >= 0; c = digitAt(z, i)) {
                if (s < SIGNIFICAND_LIMIT) {
                    s = s * 10n + BigInt(c)
                    d--
                    nDigit++
                }
                i++
            }
        }
        if (i >= n) break scan
        if (z[i] === 'e' || z[i] === 'E') {
            i++
            eValid = false
            eType++
            if (i >= n) break scan
            if (z[i] === '-') {
                esign = -1
                i++
            } else if (z[i] === '+') i++
            for (let c = digitAt(z, i); c >= 0; c = digitAt(z, i)) {
                e = e < 10000 ? e * 10 + c : 10000
                i++
                eValid = true
            }
        }
        while (i < n && isSpace(z.charCodeAt(i))) i++
    }
    const value = s === 0n ? (sign < 0 ? -0 : 0) : scale(s, e * esign + d, sign)
    let kind = 0
    if (i === n && nDigit > 0 && eValid) kind = eType
    else if (eType >= 2 && (eType === 3 || eValid) && nDigit > 0) kind = -1
    return { value, kind }
}

/** sign * s * 10^e, as sqlite3AtoF computes it. */
function scale(s: bigint, e: number, sign: number): number {
    while (e > 0 && s < SCALE_LIMIT) {
        s *= 10n
        e--
    }
    while (e < 0 && s % 10n === 0n) {
        s /= 10n
        e++
    }
    const rr: [number, number] = [Number(s), 0]
    if (rr[0] <= 18446744073709549568) {
        const s2 = BigInt(rr[0])
        rr[1] = s >= s2 ? Number(s - s2) : -Number(s2 - s)
    }
    if (e > 0) {
        for (; e >= 100; e -= 100) dekkerMul2(rr, 1.0e100, -1.5902891109759918046e83)
        for (; e >= 10; e -= 10) dekkerMul2(rr, 1.0e10, 0.0)
        for (; e >= 1; e -= 1) dekkerMul2(rr, 1.0e1, 0.0)
    } else {
        for (; e <= -100; e += 100) dekkerMul2(rr, 1.0e-100, -1.99918998026028836196e-117)
        for (; e <= -10; e += 10) dekkerMul2(rr, 1.0e-10, -3.6432197315497741579e-27)
        for (; e <= -1; e += 1) dekkerMul2(rr, 1.0e-1, -5.5511151231257827021e-18)
    }
    let result = rr[0] + rr[1]
    if (Number.isNaN(result)) result = Infinity
    return sign < 0 ? -result : result
}

/** sqlite3FpDecode(r, iRound, mxRound) for r > 0 and finite: significant digits (no trailing zeros) and iDP. */
function fpDecode(r: number, iRound: number, mxRound: number): { digits: string; iDP: number } {
    let exp = 0
    const rr: [number, number] = [r, 0]
    if (rr[0] > 9.223372036854774784e18) {
        while (rr[0] > 9.223372036854774784e118) {
            exp += 100
            dekkerMul2(rr, 1.0e-100, -1.99918998026028836196e-117)
        }
        while (rr[0] > 9.223372036854774784e28) {
            exp += 10
            dekkerMul2(rr, 1.0e-10, -3.6432197315497741579e-27)
        }
        while (rr[0] > 9.223372036854774784e18) {
            exp += 1
            dekkerMul2(rr, 1.0e-1, -5.5511151231257827021e-18)
        }
    } else {
        while (rr[0] < 9.223372036854774784e-83) {
            exp -= 100
            dekkerMul2(rr, 1.0e100, -1.5902891109759918046e83)
        }
        while (rr[0] < 9.223372036854774784e7) {
            exp -= 10
            dekkerMul2(rr, 1.0e10, 0.0)
        }
        while (rr[0] < 9.22337203685477478e17) {
            exp -= 1
            dekkerMul2(rr, 1.0e1, 0.0)
        }
    }
    const whole = BigInt(Math.trunc(rr[0]))
    const v = rr[1] < 0 ? whole - BigInt(Math.trunc(-rr[1])) : whole + BigInt(Math.trunc(rr[1]))
    let digits = v.toString()
    let iDP = digits.length + exp
    if (iRound > 0 && (iRound < digits.length || digits.length > mxRound)) {
        const keep = Math.min(iRound, mxRound)
        const roundUp = digits.charCodeAt(keep) >= 0x35
        digits = digits.slice(0, keep)
        if (roundUp) {
            const up = (BigInt(digits) + 1n).toString()
            if (up.length > digits.length) iDP++
            digits = up
        }
    }
    return { digits: digits.replace(/0+$/, ''), iDP }
}

/** A REAL as SQLite writes it as text: printf("%!.15g"), e.g. 20 → "20.0", 1e20 → "1.0e+20", 1/3 → "0.333333333333333". */
export function realText(r: number): string {
    if (Number.isNaN(r)) return 'NaN'
    if (r === 0) return '0.0'
    if (!Number.isFinite(r)) return r < 0 ? '-Inf' : 'Inf'
    const { digits, iDP } = fpDecode(Math.abs(r), 15, 26)
    const sign = r < 0 ? '-' : ''
    const exp = iDP - 1
    const fraction = (text: string): string => (text === '' ? '0' : text)
    if (exp < -4 || exp > 14) {
        const e = `${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`
        return `${sign}${digits[0]}.${fraction(digits.slice(1))}e${e}`
    }
    if (exp >= 0) return `${sign}${digits.slice(0, exp + 1).padEnd(exp + 1, '0')}.${fraction(digits.slice(exp + 1))}`
    return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`
}
