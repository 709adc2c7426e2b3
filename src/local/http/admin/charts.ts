import { escapeHtml } from '../respond'

/*
 * Server-rendered SVG charts for the admin pages. Each is an image with a text alternative: a
 * <title> and a <desc> that names every number, and the page shows the same numbers as a table
 * below it. Each mark carries data-label / data-value so the page can be checked by machine too.
 * Colours come from one palette with enough contrast on white; series are also told apart by the
 * legend's text, never by colour alone.
 */

export const PALETTE = ['#2f3fb0', '#0f8b8d', '#c2410c', '#7c3aed', '#a16207', '#db2777', '#15803d', '#475569', '#b91c1c', '#0369a1']

export interface Bar {
    label: string
    value: number
    /** How the value is written next to the bar ("$1,200.00", "42"). */
    text: string
}

function round(v: number): number {
    return Math.round(v * 10) / 10
}

function svgOpen(id: string, width: number, height: number, title: string, desc: string, cls: string): string {
    return (
        `<svg class="chart ${cls}" id="${escapeHtml(id)}" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-labelledby="${escapeHtml(id)}-title ${escapeHtml(id)}-desc" focusable="false">` +
        `<title id="${escapeHtml(id)}-title">${escapeHtml(title)}</title><desc id="${escapeHtml(id)}-desc">${escapeHtml(desc)}</desc>`
    )
}

function truncate(text: string, max: number): string {
    return text.length > max ? `${text.slice(0, max - 1)}…` : text
}

/** Horizontal bars, one per label, the value written after each bar. */
export function barChart(o: { id: string; title: string; bars: Bar[]; color?: string }): string {
    const width = 640
    const labelW = 180
    const valueW = 110
    const rowH = 30
    const top = 8
    const height = top * 2 + Math.max(1, o.bars.length) * rowH
    const max = Math.max(0, ...o.bars.map((b) => b.value))
    const area = width - labelW - valueW
    const desc = o.bars.length ? o.bars.map((b) => `${b.label}: ${b.text}`).join('; ') + '.' : 'No data.'
    const rows = o.bars
        .map((b, i) => {
            const y = top + i * rowH
            const w = max > 0 ? round((b.value / max) * area) : 0
            return (
                `<g class="bar" data-label="${escapeHtml(b.label)}" data-value="${escapeHtml(String(b.value))}">` +
                `<text class="lbl" x="${labelW - 8}" y="${y + 19}" text-anchor="end">${escapeHtml(truncate(b.label, 26))}</text>` +
                `<rect x="${labelW}" y="${y + 5}" width="${w}" height="${rowH - 10}" rx="3" fill="${o.color ?? PALETTE[0]}"/>` +
                `<text class="val" x="${labelW + w + 6}" y="${y + 19}">${escapeHtml(b.text)}</text></g>`
            )
        })
        .join('')
    return svgOpen(o.id, width, height, o.title, desc, 'bars') + `<line class="base" x1="${labelW}" y1="${top}" x2="${labelW}" y2="${height - top}"/>${rows}</svg>`
}

export interface StackedSeries {
    name: string
    /** One value per category. */
    values: number[]
}

/** Horizontal stacked bars: one bar per category, split by series, with a legend. */
export function stackedBarChart(o: { id: string; title: string; categories: string[]; series: StackedSeries[]; format: (v: number) => string }): string {
    const width = 640
    const labelW = 150
    const valueW = 90
    const rowH = 30
    const legendRowH = 20
    const perLegendRow = 3
    const legendRows = Math.ceil(o.series.length / perLegendRow)
    const top = 8 + legendRows * legendRowH + 6
    const height = top + Math.max(1, o.categories.length) * rowH + 8
    const totals = o.categories.map((_, i) => o.series.reduce((s, x) => s + (x.values[i] ?? 0), 0))
    const max = Math.max(0, ...totals)
    const area = width - labelW - valueW
    const legend = o.series
        .map((s, k) => {
            const x = 8 + (k % perLegendRow) * 210
            const y = 8 + Math.floor(k / perLegendRow) * legendRowH
            return `<g class="key"><rect x="${x}" y="${y}" width="12" height="12" rx="2" fill="${PALETTE[k % PALETTE.length]}"/><text x="${x + 18}" y="${y + 11}">${escapeHtml(truncate(s.name, 28))}</text></g>`
        })
        .join('')
    const bars = o.categories
        .map((category, i) => {
            const y = top + i * rowH
            let x = labelW
            const parts = o.series
                .map((s, k) => {
                    const v = s.values[i] ?? 0
                    const w = max > 0 ? round((v / max) * area) : 0
                    const rect = v > 0 ? `<rect class="seg" x="${round(x)}" y="${y + 5}" width="${w}" height="${rowH - 10}" fill="${PALETTE[k % PALETTE.length]}" data-series="${escapeHtml(s.name)}" data-value="${escapeHtml(String(v))}"/>` : ''
                    x += w
                    return rect
                })
                .join('')
            return (
                `<g class="stack" data-label="${escapeHtml(category)}" data-value="${escapeHtml(String(totals[i]))}">` +
                `<text class="lbl" x="${labelW - 8}" y="${y + 19}" text-anchor="end">${escapeHtml(truncate(category, 22))}</text>${parts}` +
                `<text class="val" x="${round(x) + 6}" y="${y + 19}">${escapeHtml(o.format(totals[i]))}</text></g>`
            )
        })
        .join('')
    const desc =
        o.categories.map((c, i) => `${c}: ${o.format(totals[i])} (${o.series.filter((s) => (s.values[i] ?? 0) > 0).map((s) => `${s.name} ${o.format(s.values[i])}`).join(', ') || 'none'})`).join('; ') + '.'
    return svgOpen(o.id, width, height, o.title, desc, 'stacked') + legend + bars + '</svg>'
}

export interface RadarAxis {
    label: string
    value: number
}

/** One persona's profile: its rankings (1 to `max`) on each axis. */
export function radarChart(o: { id: string; title: string; axes: RadarAxis[]; max: number; color?: string }): string {
    const n = o.axes.length
    const cx = 210
    const cy = 118
    const r = 74
    const point = (i: number, v: number): [number, number] => {
        const a = -Math.PI / 2 + (2 * Math.PI * i) / n
        const d = (Math.max(0, Math.min(o.max, v)) / o.max) * r
        return [round(cx + d * Math.cos(a)), round(cy + d * Math.sin(a))]
    }
    const poly = (pts: Array<[number, number]>) => pts.map(([x, y]) => `${x},${y}`).join(' ')
    const rings = Array.from({ length: o.max }, (_, k) => `<polygon class="grid" points="${poly(o.axes.map((_a, i) => point(i, k + 1)))}"/>`).join('')
    const spokes = o.axes
        .map((_a, i) => {
            const [x, y] = point(i, o.max)
            return `<line class="axis" x1="${cx}" y1="${cy}" x2="${x}" y2="${y}"/>`
        })
        .join('')
    const labels = o.axes
        .map((a, i) => {
            const angle = -Math.PI / 2 + (2 * Math.PI * i) / n
            const x = round(cx + (r + 14) * Math.cos(angle))
            const y = round(cy + (r + 14) * Math.sin(angle))
            const cos = Math.cos(angle)
            const anchor = Math.abs(cos) < 0.2 ? 'middle' : cos > 0 ? 'start' : 'end'
            const dy = Math.sin(angle) < -0.9 ? -2 : Math.sin(angle) > 0.5 ? 10 : 4
            return `<text class="lbl" x="${x}" y="${round(y + dy)}" text-anchor="${anchor}">${escapeHtml(`${a.label} ${a.value}`)}</text>`
        })
        .join('')
    const pts = o.axes.map((a, i) => point(i, a.value))
    const dots = pts.map(([x, y], i) => `<circle class="dot" cx="${x}" cy="${y}" r="3.5" data-label="${escapeHtml(o.axes[i].label)}" data-value="${escapeHtml(String(o.axes[i].value))}"/>`).join('')
    const desc = `${o.axes.map((a) => `${a.label} ${a.value}`).join(', ')} (scale 1 to ${o.max}).`
    const color = o.color ?? PALETTE[0]
    return (
        svgOpen(o.id, 420, 236, o.title, desc, 'spider') +
        `<g>${rings}${spokes}<polygon class="shape" points="${poly(pts)}" fill="${color}" fill-opacity=".22" stroke="${color}"/>${dots}${labels}</g></svg>`
    )
}

export interface WeeklyPoint {
    label: string
    value: number | null
    /** 'met', 'breached' or 'no_data': the column's colour and its text. */
    status: string
}

/**
 * One XLA week by week: a column per week (none where nothing was measured) against a dashed
 * target line, on a scale from 0 to `max`.
 */
export function weeklyChart(o: { id: string; title: string; weeks: WeeklyPoint[]; target: number; max: number; format: (v: number) => string; targetText: string }): string {
    const width = 440
    const height = 190
    const left = 44
    const right = 12
    const top = 12
    const bottom = 34
    const plotH = height - top - bottom
    const slot = (width - left - right) / Math.max(1, o.weeks.length)
    const y = (v: number) => round(top + plotH - (Math.max(0, Math.min(o.max, v)) / o.max) * plotH)
    const ticks = [0, 0.5, 1].map((f) => {
        const v = o.max * f
        return `<line class="tick" x1="${left}" y1="${y(v)}" x2="${width - right}" y2="${y(v)}"/><text class="axis-lbl" x="${left - 6}" y="${y(v) + 4}" text-anchor="end">${escapeHtml(o.format(v))}</text>`
    })
    const cols = o.weeks
        .map((w, i) => {
            const x = round(left + i * slot + slot * 0.2)
            const bw = round(slot * 0.6)
            const label = `<text class="axis-lbl" x="${round(left + i * slot + slot / 2)}" y="${height - bottom + 16}" text-anchor="middle">${escapeHtml(w.label)}</text>`
            if (w.value === null) {
                return `<g class="week" data-label="${escapeHtml(w.label)}" data-value="" data-status="no_data">${label}<text class="none" x="${round(left + i * slot + slot / 2)}" y="${y(0) - 4}" text-anchor="middle">–</text></g>`
            }
            return (
                `<g class="week" data-label="${escapeHtml(w.label)}" data-value="${escapeHtml(String(w.value))}" data-status="${escapeHtml(w.status)}">` +
                `<rect class="col ${w.status === 'met' ? 'met' : 'breached'}" x="${x}" y="${y(w.value)}" width="${bw}" height="${round(y(0) - y(w.value))}"/>${label}</g>`
            )
        })
        .join('')
    const target = `<line class="target" x1="${left}" y1="${y(o.target)}" x2="${width - right}" y2="${y(o.target)}"/>`
    const desc =
        `${o.targetText}. ` + o.weeks.map((w) => `${w.label}: ${w.value === null ? 'nothing measured' : `${o.format(w.value)} (${w.status === 'met' ? 'met' : 'breached'})`}`).join('; ') + '.'
    return svgOpen(o.id, width, height, o.title, desc, 'weekly') + ticks.join('') + cols + target + '</svg>'
}
