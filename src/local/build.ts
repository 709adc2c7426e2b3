import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import * as fs from 'node:fs'
import * as path from 'node:path'

export const ROOT = path.resolve(__dirname, '../..')
export const APP_DIR = path.join(ROOT, 'dist/app')
const SOURCES = ['fluent', 'src/server', 'now.config.json', 'package.json']

/** What the build itself writes among its sources (now-sdk regenerates the keys on every build): not an input. */
const BUILD_OUTPUTS = new Set([path.join('fluent', 'generated')])

function newest(p: string, root = ROOT): number {
    if (!fs.existsSync(p) || BUILD_OUTPUTS.has(path.relative(root, p))) return 0
    const st = fs.statSync(p)
    if (!st.isDirectory()) return st.mtimeMs
    let max = st.mtimeMs
    for (const e of fs.readdirSync(p)) max = Math.max(max, newest(path.join(p, e), root))
    return max
}

/** True when dist/app is missing or older than any of the app's sources. */
export function buildIsStale(root = ROOT): boolean {
    const out = path.join(root, 'dist/app/update')
    if (!fs.existsSync(out)) return true
    const built = newest(out, root)
    return SOURCES.some((s) => newest(path.join(root, s), root) > built)
}

/** Runs the real `now-sdk build`; throws with its output when it fails. */
export function runBuild(root = ROOT, stdio: 'inherit' | 'pipe' = 'inherit'): void {
    const bin = path.join(root, 'node_modules/@servicenow/sdk/bin/index.js')
    const r = spawnSync(process.execPath, [bin, 'build'], { cwd: root, stdio, env: { ...process.env, NO_COLOR: '1' } })
    if (r.status !== 0) throw new Error(`now-sdk build failed (exit ${r.status})${stdio === 'pipe' ? `:\n${r.stdout}\n${r.stderr}` : ''}`)
}

/** A digest of a build's records, so an unchanged build is not reinstalled over an admin's edits. */
export function buildDigest(appDir = APP_DIR): string {
    const hash = createHash('sha256')
    for (const folder of ['scope', 'update', 'author_elective_update']) {
        const dir = path.join(appDir, folder)
        if (!fs.existsSync(dir)) continue
        for (const f of fs.readdirSync(dir).sort()) {
            // The bill of materials carries a timestamp and a random serial number on every build.
            const text = fs.readFileSync(path.join(dir, f), 'utf8')
            if (text.includes('bom.json</path>')) continue
            hash.update(f).update(text)
        }
    }
    return hash.digest('hex')
}
