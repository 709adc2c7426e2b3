/*
 * The persona card's radar chart as numbers: the widget template draws it with AngularJS bindings
 * (ng-attr-points, ng-attr-x …, ng-bind for the labels), so no markup is ever built from data. The
 * user's five rankings are drawn against the persona's profile on a 1-4 scale.
 */

export interface RadarAxisInput {
    label: string
    you: number | null
    persona: number | null
}

export interface RadarPoint {
    x: number
    y: number
}

export interface RadarLabel extends RadarPoint {
    text: string
    anchor: 'start' | 'middle' | 'end'
}

export interface RadarChart {
    viewBox: string
    /** Grid rings at ranks 1-4, each an SVG points list. */
    rings: string[]
    spokes: Array<{ x1: number; y1: number; x2: number; y2: number }>
    levels: Array<RadarPoint & { text: string }>
    labels: RadarLabel[]
    /** The user's polygon ('' when never scored) and its corners. */
    you: string
    youDots: RadarPoint[]
    /** The persona profile's polygon ('' when the user has no persona). */
    persona: string
    /** The chart's text alternative: every number it shows. */
    description: string
}

const MAX = 4
const CX = 221
const CY = 140
const R = 100
const LABEL_R = R + 12

function round(v: number): number {
    return Math.round(v * 10) / 10
}

function clamp(rank: number | null): number {
    if (rank === null || !Number.isFinite(rank)) return 0
    return Math.max(0, Math.min(MAX, rank))
}

/** The point at `value` (0-4) on spoke i of n, the first spoke pointing up. */
function point(i: number, n: number, value: number): RadarPoint {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / n
    const r = (value / MAX) * R
    return { x: round(CX + r * Math.cos(angle)), y: round(CY + r * Math.sin(angle)) }
}

function points(list: RadarPoint[]): string {
    return list.map((p) => `${p.x},${p.y}`).join(' ')
}

/** The chart for the axes (three or more); null when there are too few to draw one. */
export function radarChart(axes: readonly RadarAxisInput[], personaName: string): RadarChart | null {
    const n = axes.length
    if (n < 3) return null
    const hasProfile = axes.every((a) => a.persona !== null)
    const hasYou = axes.some((a) => a.you !== null)
    const youDots = hasYou ? axes.map((a, i) => point(i, n, clamp(a.you))) : []
    const describe = (pick: (a: RadarAxisInput) => number | null) => axes.map((a) => `${a.label} ${pick(a) ?? 'not ranked'}`).join(', ')
    return {
        viewBox: '-14 0 470 262',
        rings: [1, 2, 3, 4].map((level) => points(axes.map((_, i) => point(i, n, level)))),
        spokes: axes.map((_, i) => {
            const end = point(i, n, MAX)
            return { x1: CX, y1: CY, x2: end.x, y2: end.y }
        }),
        levels: [1, 2, 3, 4].map((level) => ({ x: CX + 5, y: round(point(0, n, level).y + 12), text: String(level) })),
        labels: axes.map((axis, i) => {
            const angle = -Math.PI / 2 + (2 * Math.PI * i) / n
            const cos = Math.cos(angle)
            const sin = Math.sin(angle)
            const dy = sin < -0.9 ? -4 : sin > 0.5 ? 14 : 5
            return {
                x: round(CX + LABEL_R * cos),
                y: round(CY + LABEL_R * sin + dy),
                text: axis.label,
                anchor: Math.abs(cos) < 0.2 ? 'middle' : cos > 0 ? 'start' : 'end',
            }
        }),
        you: hasYou ? points(youDots) : '',
        youDots,
        persona: hasProfile ? points(axes.map((a, i) => point(i, n, clamp(a.persona)))) : '',
        description: `Your rankings: ${describe((a) => a.you)}.` + (hasProfile ? ` ${personaName} profile: ${describe((a) => a.persona)}.` : ''),
    }
}
