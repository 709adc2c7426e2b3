import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'

const ROOT = path.resolve(__dirname, '../..')

/**
 * Runs the real `now-sdk build` on a copy of the app's sources in a temporary directory
 * (so tests never race the developer's own dist/), and returns the built `dist/app` path.
 */
export function buildAppInTempDir(): { appDir: string; cleanup: () => void } {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'psm-build-'))
    for (const f of ['now.config.json', 'package.json']) fs.copyFileSync(path.join(ROOT, f), path.join(dir, f))
    fs.cpSync(path.join(ROOT, 'fluent'), path.join(dir, 'fluent'), { recursive: true })
    fs.cpSync(path.join(ROOT, 'src/server'), path.join(dir, 'src/server'), { recursive: true })
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir')
    try {
        execFileSync(process.execPath, [path.join(ROOT, 'node_modules/@servicenow/sdk/bin/index.js'), 'build'], {
            cwd: dir,
            stdio: 'pipe',
            env: { ...process.env, NO_COLOR: '1' },
        })
    } catch (e) {
        const out = e as { stdout?: Buffer; stderr?: Buffer }
        throw new Error(`now-sdk build failed:\n${out.stdout?.toString() ?? ''}\n${out.stderr?.toString() ?? ''}`)
    }
    return { appDir: path.join(dir, 'dist/app'), cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) }
}

/**
 * Builds a fixture app (tests/fixtures/<name>: its own now.config.json, package.json and fluent/) with
 * the real `now-sdk build`, in a temporary copy, and returns its `dist/app`.
 */
export function buildFixtureInTempDir(name: string): { appDir: string; cleanup: () => void } {
    const source = path.join(ROOT, 'tests/fixtures', name)
    if (!fs.existsSync(path.join(source, 'now.config.json'))) throw new Error(`No fixture app at ${source}`)
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `psm-fixture-${name}-`))
    fs.cpSync(source, dir, { recursive: true })
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir')
    try {
        execFileSync(process.execPath, [path.join(ROOT, 'node_modules/@servicenow/sdk/bin/index.js'), 'build'], { cwd: dir, stdio: 'pipe', env: { ...process.env, NO_COLOR: '1' } })
    } catch (e) {
        const out = e as { stdout?: Buffer; stderr?: Buffer }
        throw new Error(`now-sdk build of fixture ${name} failed:\n${out.stdout?.toString() ?? ''}\n${out.stderr?.toString() ?? ''}`)
    }
    return { appDir: path.join(dir, 'dist/app'), cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) }
}
