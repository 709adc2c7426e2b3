/** The usage metrics of a profile, in the order the app presents them (same names as the profile's columns). */
export const METRIC_NAMES = ['devices', 'network_gb_month', 'team_hours_week', 'contacts_per_day', 'remote_pct'] as const

export type MetricName = (typeof METRIC_NAMES)[number]

export type Metrics = Record<MetricName, number>

/** Raw field values as a record holds them: GlideRecord hands back strings (or null), callers may pass numbers. */
export type RawMetrics = Partial<Record<MetricName, string | number | null | undefined>>

export interface MetricInfo {
    name: MetricName
    /** Plain words, lower case, as they read inside a sentence. */
    label: string
    /** The value with its unit, e.g. remote_pct 80 -> "80%". */
    unit: (value: number) => string
    /** The value in a phrase, e.g. "14 devices and apps", "remote work 80%". */
    phrase: (value: number) => string
    /** Whether the phrase takes a plural verb ("14 devices and apps rank", "remote work 80% ranks"). */
    plural: (value: number) => boolean
    /** Upper bound, inclusive; null when the metric is unbounded. */
    max: number | null
}

/**
 * A metric value in plain digits, locale-independent. Two decimals at most, so a value just
 * under a threshold (9.96 against 10) is never displayed as if it had reached it.
 */
export function formatNumber(value: number): string {
    if (Number.isInteger(value)) return String(value)
    const text = (Math.round(value * 100) / 100).toFixed(2)
    return text.replace(/0+$/, '').replace(/\.$/, '')
}

function countOf(value: number, one: string, many: string): string {
    return value === 1 ? `1 ${one}` : `${formatNumber(value)} ${many}`
}

export const METRICS: Readonly<Record<MetricName, MetricInfo>> = {
    devices: {
        name: 'devices',
        label: 'devices and apps',
        unit: (v) => formatNumber(v),
        phrase: (v) => countOf(v, 'device or app', 'devices and apps'),
        plural: (v) => v !== 1,
        max: null,
    },
    network_gb_month: {
        name: 'network_gb_month',
        label: 'GB of network a month',
        unit: (v) => `${formatNumber(v)} GB`,
        phrase: (v) => `${formatNumber(v)} GB of network a month`,
        plural: () => false,
        max: null,
    },
    team_hours_week: {
        name: 'team_hours_week',
        label: 'hours of teamwork a week',
        unit: (v) => `${formatNumber(v)} h`,
        phrase: (v) => `${countOf(v, 'hour', 'hours')} of teamwork a week`,
        plural: (v) => v !== 1,
        max: null,
    },
    contacts_per_day: {
        name: 'contacts_per_day',
        label: 'contacts a day',
        unit: (v) => formatNumber(v),
        phrase: (v) => `${countOf(v, 'contact', 'contacts')} a day`,
        plural: (v) => v !== 1,
        max: null,
    },
    remote_pct: {
        name: 'remote_pct',
        label: 'remote work',
        unit: (v) => `${formatNumber(v)}%`,
        phrase: (v) => `remote work ${formatNumber(v)}%`,
        plural: () => false,
        max: 100,
    },
}

export function isMetricName(name: string): name is MetricName {
    return (METRIC_NAMES as readonly string[]).indexOf(name) >= 0
}

/** "devices and apps" -> "Devices and apps (devices)": the words an admin reads plus the column they edit. */
export function metricTitle(metric: MetricName): string {
    const label = METRICS[metric].label
    return `${label.charAt(0).toUpperCase()}${label.slice(1)} (${metric})`
}

// Plain decimal notation only: Number() would also take "0x1F", "1e3" or "Infinity", which no form field means.
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/

export type NumberParse = { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'invalid'; text: string }

/** Reads a field value as a decimal: empty, a finite number, or invalid (with the text to quote back). */
export function parseDecimal(raw: string | number | null | undefined): NumberParse {
    if (raw === null || raw === undefined) return { kind: 'empty' }
    if (typeof raw === 'number') return Number.isFinite(raw) ? { kind: 'number', value: raw } : { kind: 'invalid', text: String(raw) }
    const text = raw.trim()
    if (text === '') return { kind: 'empty' }
    return DECIMAL.test(text) ? { kind: 'number', value: Number(text) } : { kind: 'invalid', text }
}

/** The problem with one metric value, or '' when it is acceptable. */
export function metricProblem(metric: MetricName, value: number): string {
    const info = METRICS[metric]
    // Words are built only for a problem: the check runs on every profile save.
    if (value < 0) return `${metricTitle(metric)} is ${info.unit(value)}; it cannot be negative.`
    if (info.max !== null && value > info.max) return `${metricTitle(metric)} is ${info.unit(value)}; it must be between 0 and ${info.unit(info.max)}.`
    return ''
}

export interface MetricsCheck {
    ok: boolean
    metrics: Metrics | null
    errors: string[]
}

/**
 * Checks every usage metric and returns every problem at once.
 * An empty metric (null, undefined, '' or blanks) counts as 0: an empty decimal field on the
 * platform reads as '' or null, and a user whose usage was never measured should rank 1, not be
 * refused. Anything else must be a plain, finite decimal of 0 or more (remote_pct at most 100).
 */
export function validateMetrics(raw: RawMetrics): MetricsCheck {
    const errors: string[] = []
    const metrics = {} as Metrics
    for (const metric of METRIC_NAMES) {
        const parsed = parseDecimal(raw[metric])
        if (parsed.kind === 'invalid') {
            errors.push(`${metricTitle(metric)} "${parsed.text}" is not a number.`)
            continue
        }
        const value = parsed.kind === 'empty' ? 0 : parsed.value
        const problem = metricProblem(metric, value)
        if (problem) errors.push(problem)
        else metrics[metric] = value === 0 ? 0 : value // normalises -0, which would print as "0" yet compare oddly
    }
    return errors.length ? { ok: false, metrics: null, errors } : { ok: true, metrics, errors }
}

/**
 * Checks a scoring rule's thresholds: all three are required numbers and strictly ascending
 * (threshold 2 < threshold 3 < threshold 4), otherwise ranks would overlap or be unreachable.
 * Returns one message naming every problem, or '' when the thresholds are fine.
 */
export function validateThresholds(
    t2: string | number | null | undefined,
    t3: string | number | null | undefined,
    t4: string | number | null | undefined,
): string {
    const raw: Array<[number, string | number | null | undefined]> = [[2, t2], [3, t3], [4, t4]]
    const values: number[] = []
    const problems: string[] = []
    for (const [rank, value] of raw) {
        const parsed = parseDecimal(value)
        if (parsed.kind === 'number') values.push(parsed.value)
        else if (parsed.kind === 'empty') problems.push(`Threshold ${rank} is required.`)
        else problems.push(`Threshold ${rank} "${parsed.text}" is not a number.`)
    }
    if (problems.length) return problems.join(' ')
    const [a, b, c] = values
    if (a < b && b < c) return ''
    const shown = `${formatNumber(a)}, ${formatNumber(b)}, ${formatNumber(c)}`
    const culprit = a >= b ? 'threshold 3 is not above threshold 2' : 'threshold 4 is not above threshold 3'
    return `Thresholds must be strictly ascending (threshold 2 < threshold 3 < threshold 4), but they are ${shown}: ${culprit}.`
}
