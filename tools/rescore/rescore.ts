import * as path from 'node:path'
import { ROOT } from '../../src/local/build'
import { openInstance } from '../../src/local/cli'
import { sanitizeConsole } from '../../src/local/terminal'

/*
 * `npm run rescore -- [--all] [--db PATH]`: the app's bulk rescoring, run against a local instance's
 * database with a progress bar. It lives in tools/, not in src/local: the emulator knows no app, and
 * this command loads one of the app's modules by path. It opens the database through the emulator's
 * openInstance (src/local/cli.ts), so it takes the same single-instance lock as `npm start`: against a
 * database a running instance uses, it is refused before anything is built or opened.
 */

/** The app module this tool drives (src/server/persona/rescore-batch.ts, as installed from the build). */
const RESCORE_MODULE = 'src/server/persona/rescore-batch.ts'

interface RescoreModule {
    ensureProfiles(): number
    markAllStale(): number
    staleCount(): number
    rescoreStaleProfiles(onChunk?: (p: { done: number; changed: number; remaining: number }) => void): {
        rescored: number
        changed: number
        chunks: number
        perPersona: Record<string, number>
    }
}

export const USAGE = 'Usage: npm run rescore -- [--all] [--db PATH]\n  --all      rescore every profile, not only the stale ones\n  --db PATH  SQLite database (default .now-local/psm.db, the one npm start uses)'

export interface RescoreOptions {
    all: boolean
    db: string
}

export function parseRescoreArgs(argv: string[]): RescoreOptions {
    const o: RescoreOptions = { all: false, db: path.join(ROOT, '.now-local/psm.db') }
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i]
        if (a === '--all') o.all = true
        else if (a === '--db') {
            const v = argv[++i]
            if (v === undefined) throw new Error(`--db needs a value\n${USAGE}`)
            o.db = v
        } else if (a === '--help' || a === '-h') throw new Error(USAGE)
        else throw new Error(`Unknown option ${a}\n${USAGE}`)
    }
    return o
}

function progressBar(done: number, total: number, changed: number): string {
    const width = 30
    const filled = total ? Math.round((done / total) * width) : width
    const pct = total ? Math.floor((done / total) * 100) : 100
    return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(pct).padStart(3)}% ${done}/${total} rescored, ${changed} changed persona`
}

/** Rescores stale profiles (every profile with --all), committing and reporting progress per chunk. */
export function rescore(o: RescoreOptions): void {
    const { instance, lock } = openInstance({ db: o.db, reset: false, demo: false }, (line) => console.error(line))
    try {
        const batch = instance.appModule<RescoreModule>(RESCORE_MODULE)
        instance.run(() => {
            const created = batch.ensureProfiles()
            if (created) console.error(`Created ${created} missing profiles.`)
            if (o.all) batch.markAllStale()
            const total = batch.staleCount()
            const tty = process.stderr.isTTY
            const started = Date.now()
            // Group commit, as for a scheduled job; progress is reported once it is committed.
            const summary = instance.store.batched(() =>
                batch.rescoreStaleProfiles((p) => {
                    instance.store.checkpoint()
                    const line = progressBar(p.done, total, p.changed)
                    if (tty) process.stderr.write(`\r${line}`)
                    else console.error(line)
                }),
            )
            if (tty) process.stderr.write('\n')
            instance.drain()
            const seconds = (Date.now() - started) / 1000
            console.log(`Rescored ${summary.rescored} profiles in ${seconds.toFixed(1)} s (${Math.round(summary.rescored / Math.max(seconds, 0.001))}/s); ${summary.changed} changed persona.`)
            console.log('Users per persona:')
            for (const [name, n] of Object.entries(summary.perPersona).sort((a, b) => b[1] - a[1])) console.log(`  ${name.padEnd(24)} ${n}`)
            const left = batch.staleCount()
            if (left > 0) throw new Error(`${left} profiles could not be rescored (see the errors above)`)
        })
    } finally {
        instance.close()
        lock.release()
    }
}

if (require.main === module) {
    // Everything printed may hold stored data (persona names): never let it drive the terminal.
    sanitizeConsole()
    try {
        rescore(parseRescoreArgs(process.argv.slice(2)))
    } catch (e) {
        const message = e instanceof Error ? e.message : String(e)
        console.error(message)
        process.exit(message.startsWith('Usage') ? 0 : 1)
    }
}
