import { spawn } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'

/*
 * One demo load per test run. Loading the demo company (tools/demo: ~520 users through the Table and
 * Batch APIs, each scored and provisioned through the catalog) costs tens of seconds of CPU; the suites
 * that need the demo need a database where it was loaded, not the load itself. So it is loaded once, by
 * the real loader into the installed image (tests/support/app-image.ts), and saved next to it as a second
 * image named after the first (so after the build's digest). demoInstance() (tests/support/demo.ts) opens
 * a private in-memory copy per suite; the suite's loadDemo() call then finds the demo loaded and only sets
 * its logins' password, as `npm start` does on a second start. The load's own tests load it themselves
 * (tests/long/demo-tool.test.ts, tests/instance/seeds.test.ts).
 *
 * The image is made in a child process, started by the global setup for a whole run (so it loads while
 * the first suites run) or by the first suite that asks; a lock file makes it one per build.
 */

const CHILD = path.join(__dirname, 'demo-image-child.ts')
/** Far longer than the load takes on a loaded 2-core machine; a stuck child fails the suites that wait. */
const WAIT_MS = 600_000

/** Where the demo image of an installed image goes, and the files that say it is being made or failed. */
export function demoImageFiles(appImage: string): { image: string; lock: string; error: string; log: string } {
    const base = appImage.replace(/\.sqlite$/, '')
    return { image: `${base}-demo.sqlite`, lock: `${base}-demo.lock`, error: `${base}-demo.error`, log: `${base}-demo.log` }
}

/**
 * Starts making the demo image of `appImage` in a child process unless it exists or another process is
 * making it (the lock is created exclusively); returns the child's pid when this call started it.
 */
export function startDemoImage(appImage: string): number | undefined {
    const files = demoImageFiles(appImage)
    if (fs.existsSync(files.image)) return undefined
    try {
        fs.writeFileSync(files.lock, String(process.pid), { flag: 'wx' })
    } catch {
        return undefined
    }
    const log = fs.openSync(files.log, 'w')
    const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', CHILD, appImage, files.image, files.error], {
        cwd: path.resolve(__dirname, '../..'),
        stdio: ['ignore', log, log],
        env: { ...process.env, TS_NODE_TRANSPILE_ONLY: '1' },
    })
    fs.closeSync(log)
    // The lock names the child, so the global teardown can stop one still loading when the run ends.
    if (child.pid) fs.writeFileSync(files.lock, String(child.pid))
    // The child records its own failure; one that could not even start records it here.
    child.on('error', (e) => fs.writeFileSync(files.error, `The demo image child did not start: ${e.message}`))
    child.unref()
    return child.pid
}

/** Stops the child making the demo image of `appImage` if it is still running (the run is over). */
export function stopDemoImage(appImage: string): void {
    const files = demoImageFiles(appImage)
    if (fs.existsSync(files.image) || fs.existsSync(files.error) || !fs.existsSync(files.lock)) return
    const pid = Number(fs.readFileSync(files.lock, 'utf8'))
    try {
        if (pid > 0 && pid !== process.pid) process.kill(pid)
    } catch {
        // already gone
    }
}

/** Whether the process the lock names is running (signal 0 only checks). A lock just created names its creator. */
function makerAlive(lock: string): boolean {
    const pid = Number(readOr(lock))
    if (!(pid > 0)) return true
    try {
        process.kill(pid, 0)
        return true
    } catch (e) {
        return (e as NodeJS.ErrnoException).code === 'EPERM'
    }
}

function readOr(file: string): string {
    try {
        return fs.readFileSync(file, 'utf8')
    } catch {
        return ''
    }
}

/** The demo image of `appImage`: starts it when no process is making it, and waits until it is there. */
export async function demoImage(appImage: string): Promise<string> {
    const files = demoImageFiles(appImage)
    startDemoImage(appImage)
    const until = Date.now() + WAIT_MS
    while (!fs.existsSync(files.image)) {
        if (fs.existsSync(files.error)) throw new Error(`Making the demo image failed:\n${fs.readFileSync(files.error, 'utf8')}`)
        if (!makerAlive(files.lock) && !fs.existsSync(files.image)) throw new Error(`The process making the demo image ended without it; its log (${files.log}):\n${readOr(files.log)}`)
        if (Date.now() > until) throw new Error(`The demo image was not made within ${WAIT_MS / 1000} s (log: ${files.log})`)
        await new Promise((resolve) => setTimeout(resolve, 100))
    }
    return files.image
}
