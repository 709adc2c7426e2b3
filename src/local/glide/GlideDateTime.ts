// platform-difference: utc-time-zone
import { restrictToScopedApi } from './scoped-api'
import { activeRuntime } from './runtime'

/**
 * The instance's current time: the clock its records are stamped with (sys_created_on), so a script's
 * "now" and the records it writes agree; the host's time when no instance is active.
 */
function instanceNow(): number {
    const rt = activeRuntime()
    if (!rt) return Date.now()
    const text = rt.store.clock()
    const ms = Date.parse(`${text.replace(' ', 'T')}Z`)
    return isNaN(ms) ? Date.now() : ms
}

/**
 * GlideDateTime: an instant, held as UTC milliseconds, shown in the platform's internal
 * format `YYYY-MM-DD HH:MM:SS`. The local instance's time zone is UTC.
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
        return new Date(this.ms).toISOString().slice(0, 19).replace('T', ' ')
    }

    setValue(value: string | GlideDateTime): void {
        this.ms = value instanceof GlideDateTime ? value.ms : GlideDateTime.parse(value)
    }

    getDisplayValue(): string {
        return this.getValue()
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
