import * as fs from 'node:fs'
import * as path from 'node:path'
import { parseUpdateXml, UpdateXmlError, type UpdateRecord } from './update-xml'

/**
 * When a record loads, by the folder the build puts it in. A Fluent record's `$meta.installMethod`
 * picks the folder ("'first install' -> 'unload', 'demo' -> 'unload.demo'", SDK record-api); the
 * platform's "Load When" choices are "New Install and Upgrades", "New Install" ("only when the
 * application is installed") and "New Install with Demo Data" ("only when the application is
 * installed with demo data") (Create application files to include sample data).
 */
export type LoadWhen = 'always' | 'first install' | 'demo'

export interface BuildRecord extends UpdateRecord {
    /** Path relative to the build directory, for error messages and reports. */
    file: string
    /** When it loads (absent: always, as records made by hand in tests). */
    loadWhen?: LoadWhen
}

/**
 * The folders of a `now-sdk build` output that hold update records, in install order.
 * `dictionary/` repeats the table definitions of `update/` in the bootstrap format, so it is not read.
 */
const RECORD_FOLDERS: ReadonlyArray<readonly [string, LoadWhen]> = [
    ['scope', 'always'],
    ['update', 'always'],
    ['author_elective_update', 'always'],
    ['unload', 'first install'],
    ['unload.demo', 'demo'],
]

/** Reads every record of a build (`dist/app`); throws UpdateXmlError naming the file on the first bad one. */
export function readBuild(appDir: string): BuildRecord[] {
    if (!fs.existsSync(path.join(appDir, 'update'))) {
        throw new UpdateXmlError(appDir, 'not a now-sdk build output (no update/ folder); run `npm run build`')
    }
    const records: BuildRecord[] = []
    for (const [folder, loadWhen] of RECORD_FOLDERS) {
        const dir = path.join(appDir, folder)
        if (!fs.existsSync(dir)) continue
        for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.xml')).sort()) {
            const file = `${folder}/${name}`
            for (const r of parseUpdateXml(file, fs.readFileSync(path.join(dir, name), 'utf8'))) records.push({ ...r, file, loadWhen })
        }
    }
    return records
}
