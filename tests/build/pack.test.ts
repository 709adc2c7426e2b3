import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { builtAppDir } from '../support/instance'

/**
 * `npm run pack` (now-sdk pack) turns the build into the installable artifact, offline and
 * without credentials: run here on this test run's build, and the zip must hold every file of it.
 */
const ROOT = path.resolve(__dirname, '../..')

/** The names in a zip's central directory (enough of the format to list an archive). */
function zipEntries(zip: Buffer): string[] {
    const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
    if (eocd < 0) throw new Error('not a zip archive: no end of central directory')
    const count = zip.readUInt16LE(eocd + 10)
    let at = zip.readUInt32LE(eocd + 16)
    const names: string[] = []
    for (let i = 0; i < count; i++) {
        if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central directory entry ${i}`)
        const nameLength = zip.readUInt16LE(at + 28)
        const extra = zip.readUInt16LE(at + 30)
        const comment = zip.readUInt16LE(at + 32)
        names.push(zip.toString('utf8', at + 46, at + 46 + nameLength))
        at += 46 + nameLength + extra + comment
    }
    return names
}

function filesUnder(dir: string, prefix = ''): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]))
}

test('now-sdk pack writes target/<package>_<version>.zip holding every file of dist/app, with no network or credentials', () => {
    const project = path.resolve(builtAppDir(), '../..')
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string }
    // No instance, no auth profile, no proxy: pack must work from the build alone.
    const env = { ...process.env, NO_COLOR: '1', HTTP_PROXY: 'http://127.0.0.1:9', HTTPS_PROXY: 'http://127.0.0.1:9', HOME: project }
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules/@servicenow/sdk/bin/index.js'), 'pack'], { cwd: project, stdio: 'pipe', env })
    const zip = path.join(project, 'target', `${pkg.name.replace(/-/g, '_')}_${pkg.version.replace(/\./g, '_')}.zip`)
    expect(fs.existsSync(zip)).toBe(true)
    const entries = new Set(zipEntries(fs.readFileSync(zip)).map((n) => n.replace(/^\//, '')))
    const built = filesUnder(builtAppDir())
    expect(built.length).toBeGreaterThan(100)
    expect(built.filter((f) => !entries.has(f))).toEqual([])
    for (const kind of ['update/sys_atf_test_', 'update/sp_widget_', 'update/sp_page_', 'update/sys_module_', 'scope/sys_app_']) {
        expect([...entries].some((e) => e.startsWith(kind))).toBe(true)
    }
})
