/*
 * Chart geometry for the analyst dashboard. The widget's template draws SVG from these numbers
 * through AngularJS attribute bindings (ng-attr-x="{{bar.x}}") and writes every label with ng-bind,
 * so no markup is ever built from data. Each chart is an image with a text alternative (title and
 * a description naming every number); the page shows the same numbers as a table next to it.
 * Marks carry their label and raw value (data-label / data-value) so the page can be read by machine.
 */

export const PALETTE = ['#2f3fb0', '#0f8b8d', '#c2410c', '#7c3aed', '#a16207', '#db2777', '#15803d', '#475569', '#b91c1c', '#0369a1']

export interface BarInput {
    label: string
    value: number
    /** How the value is written after the bar ("$1,200.00", "42"). */
    text: string
}

export interface BarMark {
    label: string
    /** The label cut to fit (the full one is in the table and the description). */
    shortLabel: string
    value: number
    text: string
    y: number
    textY: number
    width: number
    /** Where the value's text starts. */
    valueX: number
}

export interface BarChart {
    kind: 'bars'
    id: string
    title: string
    description: string
    width: number
    height: number
    /** Where the bars start (labels end a little before it). */
    left: number
    labelX: number
    barHeight: number
    color: string
    bars: BarMark[]
}

export interface ColumnInput {
    label: string
    /** null: nothing measured that week. */
    value: number | null
    /** 'met', 'breached', 'no_data', or '' (no target). */
    status: string
}

export interface ColumnMark {
    label: string
    value: number | null
    /** Raw value for data-value ('' when nothing was measured). */
    raw: string
    status: string
    /** The column's text in the description ("80 % (met)"). */
    text: string
    x: number
    y: number
    width: number
    height: number
    /** The centre of the column's slot, for its label. */
    labelX: number
}

export interface ColumnChart {
    kind: 'columns'
    id: string
    title: string
    description: string
    width: number
    height: number
    left: number
    right: number
    /** The y of the zero line. */
    baseY: number
    labelY: number
    ticks: Array<{ y: number; textY: number; text: string }>
    /** The target line; null when the chart has none. */
    target: { y: number; text: string } | null
    columns: ColumnMark[]
}

function round(v: number): number {
    return Math.round(v * 10) / 10
}

function truncate(text: string, max: number): string {
    return text.length > max ? `${text.slice(0, max - 1)}\u2026` : text
}

/** Horizontal bars, one per label, the value written after each bar. */
export function barChart(o: { id: string; title: string; bars: BarInput[]; color?: string }): BarChart {
    const width = 640
    const left = 180
    const valueRoom = 110
    const rowH = 30
    const top = 8
    const height = top * 2 + Math.max(1, o.bars.length) * rowH
    let max = 0
    for (const b of o.bars) if (b.value > max) max = b.value
    const area = width - left - valueRoom
    return {
        kind: 'bars',
        id: o.id,
        title: o.title,
        description: o.bars.length ? o.bars.map((b) => `${b.label}: ${b.text}`).join('; ') + '.' : 'No data.',
        width,
        height,
        left,
        labelX: left - 8,
        barHeight: rowH - 10,
        color: o.color || PALETTE[0],
        bars: o.bars.map((b, i) => {
            const y = top + i * rowH
            const w = max > 0 ? round((Math.max(0, b.value) / max) * area) : 0
            return { label: b.label, shortLabel: truncate(b.label, 26), value: b.value, text: b.text, y: y + 5, textY: y + 19, width: w, valueX: left + w + 6 }
        }),
    }
}

/**
 * Columns over time (one per week) on a scale from 0 to `max`, with an optional dashed target line;
 * a week with nothing measured has no column and says so.
 */
export function columnChart(o: {
    id: string
    title: string
    columns: ColumnInput[]
    max: number
    format: (v: number) => string
    target?: { value: number; text: string }
}): ColumnChart {
    const width = 440
    const height = 190
    const left = 48
    const right = 12
    const top = 12
    const bottom = 34
    const plotH = height - top - bottom
    const max = o.max > 0 ? o.max : 1
    const slot = (width - left - right) / Math.max(1, o.columns.length)
    const y = (v: number) => round(top + plotH - (Math.max(0, Math.min(max, v)) / max) * plotH)
    const statusText = (s: string) => (s === 'met' ? ' (met)' : s === 'breached' ? ' (breached)' : '')
    const columns = o.columns.map((c, i) => {
        const measured = c.value !== null
        const top = measured ? y(c.value as number) : y(0)
        return {
            label: c.label,
            value: c.value,
            raw: measured ? String(c.value) : '',
            status: measured ? c.status : 'no_data',
            text: measured ? `${o.format(c.value as number)}${statusText(c.status)}` : 'nothing measured',
            x: round(left + i * slot + slot * 0.2),
            y: top,
            width: round(slot * 0.6),
            height: round(y(0) - top),
            labelX: round(left + i * slot + slot / 2),
        }
    })
    const description = (o.target ? `${o.target.text}. ` : '') + (columns.length ? columns.map((c) => `${c.label}: ${c.text}`).join('; ') + '.' : 'No data.')
    return {
        kind: 'columns',
        id: o.id,
        title: o.title,
        description,
        width,
        height,
        left,
        right: width - right,
        baseY: y(0),
        labelY: height - bottom + 16,
        ticks: [0, 0.5, 1].map((f) => ({ y: y(max * f), textY: y(max * f) + 4, text: o.format(max * f) })),
        target: o.target ? { y: y(o.target.value), text: o.target.text } : null,
        columns,
    }
}

/** A scale top for counts: the largest value rounded up to a whole step (at least 1). */
export function niceMax(values: readonly number[]): number {
    let max = 0
    for (const v of values) if (v > max) max = v
    if (max <= 1) return 1
    const magnitude = Math.pow(10, Math.floor(Math.log(max) / Math.LN10))
    const steps = [1, 2, 2.5, 5, 10]
    for (const s of steps) if (s * magnitude >= max) return s * magnitude
    return 10 * magnitude
}
