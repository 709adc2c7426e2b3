/** Benchmarks report a ratio against a baseline measured in the same run, never an absolute target. */
export interface BenchResult {
    name: string
    subjectMs: number
    baselineMs: number
    ratio: number
    target: number
    detail?: string
}

export function time(fn: () => void): number {
    const start = process.hrtime.bigint()
    fn()
    return Number(process.hrtime.bigint() - start) / 1e6
}

export function result(name: string, subjectMs: number, baselineMs: number, target: number, detail?: string): BenchResult {
    return { name, subjectMs, baselineMs, ratio: subjectMs / baselineMs, target, detail }
}

export function print(results: BenchResult[]): void {
    const rows = results.map((r) => [
        r.name,
        `${r.subjectMs.toFixed(1)} ms`,
        `${r.baselineMs.toFixed(1)} ms`,
        `${r.ratio.toFixed(2)}x`,
        `<= ${r.target}x`,
        r.ratio <= r.target ? 'met' : 'MISSED',
        r.detail ?? '',
    ])
    const head = ['benchmark', 'subject', 'baseline', 'ratio', 'target', '', 'detail']
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
    const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ')
    console.log(line(head))
    for (const r of rows) console.log(line(r))
}
