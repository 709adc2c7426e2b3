import { spawn, type ChildProcess } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { lockDatabase, lockFileOf } from '../../src/local/store/db-lock'
import { builtAppDir } from '../support/instance'

/**
 * One running instance per database: `npm start` (src/local/cli.ts) takes `<db>.lock` before it builds,
 * resets or opens anything. A second start against the same database, with or without --reset, is refused
 * with a clear message and leaves the database untouched; a lock left by a killed instance is taken over.
 * Real child processes, as `npm start` runs them.
 */
const ROOT = path.resolve(__dirname, '../..')
const CLI = path.join(ROOT, 'src/local/cli.ts')
/** `npm run rescore`: the app's tool (tools/, as the emulator knows no app), opening the database as npm start does. */
const RESCORE = path.join(ROOT, 'tools/rescore/rescore.ts')

interface Started {
    child: ChildProcess
    url: string
}

let dir: string
let db: string
const children: ChildProcess[] = []

beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'psm-lock-'))
    db = path.join(dir, 'psm.db')
})
afterEach(() => {
    for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL')
    fs.rmSync(dir, { recursive: true, force: true })
})

function cli(args: string[], script = CLI): ChildProcess {
    const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', script, ...args], {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, PSM_APP_DIR: builtAppDir(), PSM_ADMIN_PASSWORD: 'lock test password' },
    })
    children.push(child)
    return child
}

/** `npm start -- --port 0 --db <db> --no-demo`, resolved once it prints its URL. */
function start(extra: string[] = []): Promise<Started> {
    const child = cli(['start', '--port', '0', '--db', db, '--no-demo', ...extra])
    return new Promise((resolve, reject) => {
        let out = ''
        let err = ''
        child.stdout?.on('data', (d: Buffer) => {
            out += d.toString()
            const m = /PSM local instance ready at (\S+)/.exec(out)
            if (m) resolve({ child, url: m[1] })
        })
        child.stderr?.on('data', (d: Buffer) => (err += d.toString()))
        child.on('exit', (code) => reject(new Error(`start exited (${code}) before it was ready:\n${out}\n${err}`)))
    })
}

/** Runs the cli (or another script) to its end: exit code and output. */
function run(args: string[], script = CLI): Promise<{ code: number | null; stdout: string; stderr: string }> {
    const child = cli(args, script)
    return new Promise((resolve) => {
        let stdout = ''
        let stderr = ''
        child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()))
        child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()))
        child.on('exit', (code) => resolve({ code, stdout, stderr }))
    })
}

function exited(child: ChildProcess): Promise<void> {
    return new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())))
}

async function adminCount(url: string): Promise<number> {
    const res = await fetch(`${url}/api/now/table/sys_user?sysparm_query=user_name=admin&sysparm_fields=user_name`, {
        headers: { Authorization: `Basic ${Buffer.from('admin:lock test password').toString('base64')}`, Accept: 'application/json' },
    })
    expect(res.status).toBe(200)
    return ((await res.json()) as { result: unknown[] }).result.length
}

test('a second start against a database in use is refused and deletes nothing; a killed instance\'s lock is taken over', async () => {
    const first = await start()
    expect(await adminCount(first.url)).toBe(1)
    const size = fs.statSync(db).size
    const lock = JSON.parse(fs.readFileSync(lockFileOf(db), 'utf8')) as { pid: number }
    expect(lock.pid).toBe(first.child.pid)

    for (const args of [['--reset'], []]) {
        const second = await run(['start', '--port', '0', '--db', db, '--no-demo', ...args])
        expect(second.code).toBe(1)
        expect(second.stderr).toContain(`The database ${db} is in use by a running instance (pid ${first.child.pid}`)
        expect(second.stderr).toContain('Nothing was changed')
        expect(second.stdout).not.toContain('ready at')
    }
    // `npm run rescore` takes the same lock.
    const rescore = await run(['--db', db], RESCORE)
    expect(rescore.code).toBe(1)
    expect(rescore.stderr).toContain('is in use by a running instance')

    expect(fs.statSync(db).size).toBeGreaterThanOrEqual(size)
    // The running instance still serves its data.
    expect(await adminCount(first.url)).toBe(1)

    // SIGKILL leaves the lock file behind, naming a process that is gone: the next start takes it over.
    first.child.kill('SIGKILL')
    await exited(first.child)
    expect((JSON.parse(fs.readFileSync(lockFileOf(db), 'utf8')) as { pid: number }).pid).toBe(first.child.pid)
    const again = await start()
    expect(await adminCount(again.url)).toBe(1)
    expect((JSON.parse(fs.readFileSync(lockFileOf(db), 'utf8')) as { pid: number }).pid).toBe(again.child.pid)

    // Stopped properly, it releases the lock.
    again.child.kill('SIGTERM')
    await exited(again.child)
    expect(fs.existsSync(lockFileOf(db))).toBe(false)

}, 120_000)

test('with no instance running, npm run rescore (tools/rescore) takes the lock, rescores and gives it back; the emulator\'s CLI has no app command', async () => {
    const free = await run(['--all', '--db', db], RESCORE)
    expect(free.stderr).not.toContain('is in use')
    expect(free.code).toBe(0)
    expect(free.stdout).toMatch(/Rescored \d+ profiles in/)
    expect(fs.existsSync(lockFileOf(db))).toBe(false)
    const gone = await run(['rescore', '--db', db])
    expect(gone.code).toBe(1)
    expect(gone.stderr).toContain('Unknown command rescore')
}, 180_000)

test('in one process: the lock is exclusive, released only by its holder, and :memory: needs none', () => {
    const lock = lockDatabase(db)
    expect(() => lockDatabase(db)).toThrow(/is in use by a running instance/)
    lock.release()
    const again = lockDatabase(db)
    again.release()
    expect(fs.existsSync(lockFileOf(db))).toBe(false)
    expect(() => {
        lockDatabase(':memory:').release()
        lockDatabase(':memory:').release()
    }).not.toThrow()
})
