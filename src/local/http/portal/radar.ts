import { escapeHtml } from '../respond'

/** One spoke of the chart: a dimension with the user's rank and the persona's (1–4, null when unknown). */
export interface RadarAxis {
    label: string
    you: number | null
    persona: number | null
}

const MAX = 4
const CX = 221
const CY = 140
const R = 100
const LABEL_R = R + 12

function clamp(rank: number | null): number {
    if (rank === null || !Number.isFinite(rank)) return 0
    return Math.max(0, Math.min(MAX, rank))
}

/** The point at `value` (0–4) on spoke i of n, the first spoke pointing up. */
function point(i: number, n: number, value: number): [number, number] {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / n
    const r = (value / MAX) * R
    return [round(CX + r * Math.cos(angle)), round(CY + r * Math.sin(angle))]
}

function round(v: number): number {
    return Math.round(v * 10) / 10
}

function polygon(points: Array<[number, number]>): string {
    return points.map(([x, y]) => `${x},${y}`).join(' ')
}

/**
 * The user's five rankings against the persona's profile as an SVG radar chart. The chart is an
 * image with a text alternative (title and description name every number); the caller also renders
 * the same numbers as a table, so nothing is conveyed by the drawing alone.
 */
export function radarChart(axes: readonly RadarAxis[], personaName: string, idPrefix = 'radar'): string {
    const n = axes.length
    if (n < 3) return ''
    const rings = [1, 2, 3, 4]
        .map((level) => `<polygon class="grid" points="${polygon(axes.map((_, i) => point(i, n, level)))}"/>`)
        .join('')
    const spokes = axes
        .map((_, i) => {
            const [x, y] = point(i, n, MAX)
            return `<line class="axis" x1="${CX}" y1="${CY}" x2="${x}" y2="${y}"/>`
        })
        .join('')
    const levels = [1, 2, 3, 4]
        .map((level) => {
            const [, y] = point(0, n, level)
            return `<text class="lvl" x="${CX + 5}" y="${round(y + 12)}">${level}</text>`
        })
        .join('')
    const labels = axes
        .map((axis, i) => {
            const angle = -Math.PI / 2 + (2 * Math.PI * i) / n
            const x = round(CX + LABEL_R * Math.cos(angle))
            const y = round(CY + LABEL_R * Math.sin(angle))
            const cos = Math.cos(angle)
            const anchor = Math.abs(cos) < 0.2 ? 'middle' : cos > 0 ? 'start' : 'end'
            const dy = Math.sin(angle) < -0.9 ? -4 : Math.sin(angle) > 0.5 ? 14 : 5
            return `<text class="lbl" x="${x}" y="${round(y + dy)}" text-anchor="${anchor}">${escapeHtml(axis.label)}</text>`
        })
        .join('')
    const hasProfile = axes.every((a) => a.persona !== null)
    const profile = hasProfile ? `<polygon class="profile" points="${polygon(axes.map((a, i) => point(i, n, clamp(a.persona))))}"/>` : ''
    const youPoints = axes.map((a, i) => point(i, n, clamp(a.you)))
    const you = axes.some((a) => a.you !== null)
        ? `<polygon class="you" points="${polygon(youPoints)}"/>` + youPoints.map(([x, y]) => `<circle class="you-dot" cx="${x}" cy="${y}" r="3.5"/>`).join('')
        : ''
    const describe = (pick: (a: RadarAxis) => number | null) => axes.map((a) => `${a.label} ${pick(a) ?? 'not ranked'}`).join(', ')
    const desc = `Your rankings: ${describe((a) => a.you)}.` + (hasProfile ? ` ${personaName} profile: ${describe((a) => a.persona)}.` : '')
    return (
        `<svg class="radar" viewBox="-14 0 470 262" role="img" aria-labelledby="${idPrefix}-title ${idPrefix}-desc" focusable="false">` +
        `<title id="${idPrefix}-title">Your workstyle rankings compared with the ${escapeHtml(personaName)} profile (1 to 4)</title>` +
        `<desc id="${idPrefix}-desc">${escapeHtml(desc)}</desc>` +
        `<g aria-hidden="true">${rings}${spokes}${you}${profile}${levels}${labels}</g>` +
        `</svg>`
    )
}
