import { execFile } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'

const ROOT = path.resolve(__dirname, '../..')
const SDK_BIN = path.join(ROOT, 'node_modules/@servicenow/sdk/bin/index.js')

export interface Built {
    /** The build's `dist/app`. */
    appDir: string
    cleanup: () => void
}

/** A temporary copy of the app's sources, ready for `now-sdk build` (so tests never race the developer's own dist/). */
function appCopy(): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'psm-build-'))
    for (const f of ['now.config.json', 'package.json']) fs.copyFileSync(path.join(ROOT, f), path.join(dir, f))
    fs.cpSync(path.join(ROOT, 'fluent'), path.join(dir, 'fluent'), { recursive: true })
    fs.cpSync(path.join(ROOT, 'src/server'), path.join(dir, 'src/server'), { recursive: true })
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir')
    return dir
}

/** A temporary copy of the fixture app tests/fixtures/<name> (its own now.config.json, package.json and fluent/). */
function fixtureCopy(name: string): string {
    const source = path.join(ROOT, 'tests/fixtures', name)
    if (!fs.existsSync(path.join(source, 'now.config.json'))) throw new Error(`No fixture app at ${source}`)
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `psm-fixture-${name}-`))
    fs.cpSync(source, dir, { recursive: true })
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir')
    return dir
}

function built(dir: string): Built {
    return { appDir: path.join(dir, 'dist/app'), cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) }
}

/**
 * Runs the real `now-sdk build` in `dir`, in a child process. Asynchronous, so the global setup can build
 * two apps at once: the SDK's build uses one core, and the machine has two.
 */
function sdkBuild(dir: string, what: string): Promise<Built> {
    return new Promise((resolve, reject) => {
        execFile(process.execPath, [SDK_BIN, 'build'], { cwd: dir, env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
            if (error) reject(new Error(`now-sdk build${what} failed:\n${stdout}\n${stderr}`))
            else resolve(built(dir))
        })
    })
}

/** Runs the real `now-sdk build` on a copy of the app's sources in a temporary directory; resolves to the built `dist/app`. */
export function buildApp(): Promise<Built> {
    return sdkBuild(appCopy(), '')
}

/**
 * Builds a fixture app (tests/fixtures/<name>: its own now.config.json, package.json and fluent/) with
 * the real `now-sdk build`, in a temporary copy; resolves to its `dist/app`.
 */
export function buildFixture(name: string): Promise<Built> {
    return sdkBuild(fixtureCopy(name), ` of fixture ${name}`)
}

/**
 * The build of the fixture app tests/fixtures/scope-fixture (a second scoped app): the one the global
 * setup of a whole run made alongside the app's own build (PSM_SCOPE_FIXTURE_DIR; removed by the global
 * teardown, so `cleanup` leaves it), else built now.
 */
export function scopeFixtureBuild(): Promise<Built> {
    const prebuilt = process.env.PSM_SCOPE_FIXTURE_DIR
    if (prebuilt && fs.existsSync(path.join(prebuilt, 'update'))) return Promise.resolve({ appDir: prebuilt, cleanup: () => undefined })
    return buildFixture('scope-fixture')
}
