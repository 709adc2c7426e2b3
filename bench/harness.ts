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

/** Median of `runs` timings after one warm-up run (set up each run with `setup`). */
export function median<T>(runs: number, setup: () => T, fn: (ctx: T) => void, teardown?: (ctx: T) => void): number {
    const times: number[] = []
    for (let i = 0; i <= runs; i++) {
        const ctx = setup()
        const t = time(() => fn(ctx))
        teardown?.(ctx)
        if (i > 0) times.push(t)
    }
    times.sort((a, b) => a - b)
    return times[Math.floor(times.length / 2)]
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
