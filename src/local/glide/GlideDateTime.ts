// platform-difference: utc-time-zone
import { formatDate } from '../query/dates'
import { fromWall, offsetAt, toWall } from '../query/time-zone'
import { restrictToScopedApi } from './scoped-api'
import { sessionTimeZone } from './time-zone'
import { activeRuntime } from './runtime'

/**
 * The instance's current time: the clock its records are stamped with (sys_created_on), so a script's
 * "now" and the records it writes agree; the host's time when no instance is active.
 */
function instanceNow(): number {
    const rt = activeRuntime()
    if (!rt) return Date.now()
    const text = rt.store.clock()
    if (text === lastClock.text) return lastClock.ms
    const ms = Date.parse(`${text.replace(' ', 'T')}Z`)
    if (isNaN(ms)) return Date.now()
    lastClock = { text, ms }
    return ms
}

/*
 * The last clock text read and the last value formatted, with their results: both conversions are pure (the
 * same text is the same instant, the same instant the same text), and the clock moves by the second, so a
 * script asking for "now" once per record of a batch asks the same question thousands of times in a row.
 */
let lastClock = { text: '', ms: 0 }
let lastValue = { ms: NaN, text: '' }

function valueText(ms: number): string {
    if (ms === lastValue.ms) return lastValue.text
    const text = new Date(ms).toISOString().slice(0, 19).replace('T', ' ')
    lastValue = { ms, text }
    return text
}

/**
 * GlideDateTime: an instant, held as UTC milliseconds; its value is the platform's internal format
 * `YYYY-MM-DD HH:MM:SS` in UTC. Display values are on the session user's clock: getDisplayValue "Gets the
 * date and time value in the current user's display format and time zone", setDisplayValue "Sets a date and
 * time value using the current user's display format and time zone" (GlideDateTime - Scoped). The display
 * format is the base system's (glide.sys.date_format yyyy-MM-dd, time HH:mm:ss); users' own formats are not modelled.
 */
export class GlideDateTime {
    private ms: number

    constructor(value?: string | GlideDateTime) {
        if (value instanceof GlideDateTime) this.ms = value.ms
        else if (value) this.ms = GlideDateTime.parse(value)
        // "GlideDateTime(): Instantiates a new GlideDateTime object with the current date and time in GMT."
        else this.ms = instanceNow()
    }

    // platform-difference: scoped-api-statics
    static parse(text: string): number {
        const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(String(text).trim())
        if (!m) throw new Error(`Invalid date-time "${text}": expected YYYY-MM-DD HH:MM:SS`)
        return Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0))
    }

    getValue(): string {
        return valueText(this.ms)
    }

    setValue(value: string | GlideDateTime): void {
        this.ms = value instanceof GlideDateTime ? value.ms : GlideDateTime.parse(value)
    }

    getDisplayValue(): string {
        return formatDate(toWall(this.ms, sessionTimeZone()), false)
    }

    /** "Gets the display value in the internal format (yyyy-MM-dd HH:mm:ss)", on the user's clock. */
    getDisplayValueInternal(): string {
        return this.getDisplayValue()
    }

    /** A date and time on the user's clock (yyyy-MM-dd HH:mm:ss), stored as the UTC instant it names. */
    setDisplayValue(value: string): void {
        this.ms = fromWall(GlideDateTime.parse(value), sessionTimeZone())
    }

    setDisplayValueInternal(value: string): void {
        this.setDisplayValue(value)
    }

    /** "Gets the current time zone offset in milliseconds" (the session user's zone, at this instant). */
    getTZOffset(): number {
        return offsetAt(sessionTimeZone(), this.ms)
    }

    toString(): string {
        return this.getValue()
    }

    getNumericValue(): number {
        return this.ms
    }

    getDate(): string {
        return this.getValue().slice(0, 10)
    }

    addSeconds(s: number): void {
        this.ms += s * 1000
    }

    add(ms: number): void {
        this.ms += ms
    }

    addDaysUTC(d: number): void {
        this.ms += d * 86_400_000
    }

    addDays(d: number): void {
        this.addDaysUTC(d)
    }

    before(other: GlideDateTime): boolean {
        return this.ms < other.ms
    }

    after(other: GlideDateTime): boolean {
        return this.ms > other.ms
    }

    compareTo(other: GlideDateTime): number {
        return Math.sign(this.ms - other.ms)
    }

    equals(other: GlideDateTime): boolean {
        return this.ms === other.ms
    }

    /** Whole seconds from a to b (b - a), like GlideDateTime.subtract's duration. */
    static secondsBetween(a: GlideDateTime, b: GlideDateTime): number {
        return Math.round((b.ms - a.ms) / 1000)
    }
}

// Scoped scripts reach only the scoped GlideDateTime API (scoped-api.ts).
restrictToScopedApi(GlideDateTime, 'GlideDateTime')
