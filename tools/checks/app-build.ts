import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'

/** What the build is made from: when any of these is newer than dist/app, dist/app is stale. */
const SOURCES = ['fluent', 'src/server', 'now.config.json', 'package.json']
/** Written by the build itself (new keys), so never a reason to build again. */
const BUILD_WRITTEN = new Set([path.join('fluent', 'generated')])

function newest(target: string, root: string): number {
    if (!fs.existsSync(target) || BUILD_WRITTEN.has(path.relative(root, target))) return 0
    const stat = fs.statSync(target)
    if (!stat.isDirectory()) return stat.mtimeMs
    let latest = stat.mtimeMs
    for (const entry of fs.readdirSync(target)) latest = Math.max(latest, newest(path.join(target, entry), root))
    return latest
}

function oldest(target: string): number {
    const stat = fs.statSync(target)
    if (!stat.isDirectory()) return stat.mtimeMs
    let first = Number.POSITIVE_INFINITY
    for (const entry of fs.readdirSync(target)) first = Math.min(first, oldest(path.join(target, entry)))
    return first
}

/** Whether `<root>/dist/app` exists and was written after the last change to the app's sources. */
export function freshBuildDir(root: string): string | null {
    const app = path.join(root, 'dist', 'app')
    if (!fs.existsSync(path.join(app, 'update'))) return null
    const sources = Math.max(...SOURCES.map((s) => newest(path.join(root, s), root)))
    return oldest(path.join(app, 'update')) >= sources ? app : null
}

/**
 * Runs the real `now-sdk build` on a copy of the app's sources in a temporary directory (the
 * developer's dist/ is left alone) and returns the built app directory and how to remove it.
 */
export function buildInTempDir(root: string): { appDir: string; cleanup: () => void } {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'psm-checks-'))
    const cleanup = () => fs.rmSync(dir, { recursive: true, force: true })
    try {
        for (const f of ['now.config.json', 'package.json']) fs.copyFileSync(path.join(root, f), path.join(dir, f))
        fs.cpSync(path.join(root, 'fluent'), path.join(dir, 'fluent'), { recursive: true })
        fs.cpSync(path.join(root, 'src/server'), path.join(dir, 'src/server'), { recursive: true })
        fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir')
        execFileSync(process.execPath, [path.join(root, 'node_modules/@servicenow/sdk/bin/index.js'), 'build'], { cwd: dir, stdio: 'pipe', env: { ...process.env, NO_COLOR: '1' } })
    } catch (e) {
        cleanup()
        const out = e as { stdout?: Buffer; stderr?: Buffer; message?: string }
        throw new Error(`now-sdk build failed:\n${out.stdout?.toString() ?? ''}${out.stderr?.toString() ?? out.message ?? ''}`)
    }
    return { appDir: path.join(dir, 'dist', 'app'), cleanup }
}
