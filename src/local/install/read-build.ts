import * as fs from 'node:fs'
import * as path from 'node:path'
import { parseUpdateXml, UpdateXmlError, type UpdateRecord } from './update-xml'

export interface BuildRecord extends UpdateRecord {
    /** Path relative to the build directory, for error messages and reports. */
    file: string
}

/**
 * The folders of a `now-sdk build` output that hold update records, in install order.
 * `dictionary/` repeats the table definitions of `update/` in the bootstrap format, so it is not read.
 */
const RECORD_FOLDERS = ['scope', 'update', 'author_elective_update'] as const

/** Reads every record of a build (`dist/app`); throws UpdateXmlError naming the file on the first bad one. */
export function readBuild(appDir: string): BuildRecord[] {
    if (!fs.existsSync(path.join(appDir, 'update'))) {
        throw new UpdateXmlError(appDir, 'not a now-sdk build output (no update/ folder); run `npm run build`')
    }
    const records: BuildRecord[] = []
    for (const folder of RECORD_FOLDERS) {
        const dir = path.join(appDir, folder)
        if (!fs.existsSync(dir)) continue
        for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.xml')).sort()) {
            const file = `${folder}/${name}`
            for (const r of parseUpdateXml(file, fs.readFileSync(path.join(dir, name), 'utf8'))) records.push({ ...r, file })
        }
    }
    return records
}
