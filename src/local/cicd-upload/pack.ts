import * as fs from 'node:fs'
import * as path from 'node:path'
import { zipSync, type Zippable } from 'fflate'
import type { Instance } from '../instance'
import { installPackage, type PackageOutcome } from './install-package'

/**
 * Zips a build output (`dist/app`) in memory as `now-sdk pack` does (entry names relative to the
 * folder, with a leading "/"), so a build installs through the same upload path as `now-sdk install`.
 */
export function packDirectory(dir: string): Uint8Array {
    const files: Zippable = {}
    const walk = (rel: string) => {
        for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
            const child = rel ? `${rel}/${e.name}` : e.name
            if (e.isDirectory()) walk(child)
            else if (e.isFile()) files[`/${child}`] = [new Uint8Array(fs.readFileSync(path.join(dir, child))), { level: 0 }]
        }
    }
    walk('')
    if (!Object.keys(files).length) throw new Error(`${dir} is empty: run \`npm run build\``)
    return zipSync(files)
}

/** Installs a build output through the app upload path (install-package.ts); throws with the tracker's reasons when refused. */
export function installBuildOutput(instance: Instance, appDir: string, demo = true): PackageOutcome {
    const outcome = installPackage(instance, packDirectory(appDir), { demo })
    if (!outcome.ok) {
        const detail = outcome.detail ?? ''
        throw new Error(`${outcome.message}${detail && detail !== outcome.message ? `\n  ${detail.split('\n').join('\n  ')}` : ''}`)
    }
    return outcome
}
