import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { GlideRecord } from '../glide/GlideRecord'
import { InstallError, type InstallReport } from '../install/installer'
import { parseUpdateXml, UpdateXmlError, type UpdateRecord } from '../install/update-xml'
import type { Instance } from '../instance'
import { ArchiveError, readArchive } from './archive'
import { Trackers, TrackerState } from './tracker'

/** What the upload names besides the package (sysparm_fluent_scope_id / _scope_name / _app_version). */
export interface UploadClaims {
    scopeId?: string
    scopeName?: string
    version?: string
    /** `load_demo`: load the build's demo data on a first install (the SDK sends it; absent means true). */
    demo?: boolean
}

export interface PackageOutcome {
    trackerId: string
    /** The rollback context of a successful install. */
    rollbackId?: string
    ok: boolean
    /** The tracker's message: what was installed, or why nothing was. */
    message: string
    /** Every problem of a refused package, one a line (the tracker's detailed_message). */
    detail?: string
    report?: InstallReport
}

/** A refusal of the package itself: nothing is installed and the tracker says why. */
export class PackageError extends Error {
    constructor(
        message: string,
        readonly problems: string[] = [],
    ) {
        super(message)
        this.name = 'PackageError'
    }
}

/** The folders of a package the installer reads (install/read-build.ts and install/indexes.ts); everything else is ignored. */
const INSTALLED_FOLDERS = new Set(['scope', 'update', 'author_elective_update', 'unload', 'unload.demo', 'dictionary'])

/** "Scope names … start with x_ … maximum length of 18 characters" (sys_scope.scope is 18 long). */
const SCOPE_NAME = /^x_[a-z0-9]+_[a-z0-9_]+$/
const SYS_ID = /^[0-9a-f]{32}$/

interface AppRecord {
    sysId: string
    scope: string
    name: string
    version: string
}

/** The one application record of a package (scope/sys_app_<sys_id>.xml), checked against the upload's claims. */
function applicationOf(files: Map<string, Buffer>, claims: UploadClaims): AppRecord {
    const apps: UpdateRecord[] = []
    for (const [rel, data] of files) {
        if (!rel.startsWith('scope/') || !rel.endsWith('.xml')) continue
        for (const r of parseUpdateXml(rel, data.toString('utf8'))) if (r.table === 'sys_app' || r.table === 'sys_store_app') apps.push(r)
    }
    if (apps.length !== 1) throw new PackageError(apps.length ? 'The package holds more than one application record' : 'The package has no application record (scope/sys_app_<sys_id>.xml): is it a now-sdk pack output?')
    const r = apps[0]
    // platform-difference: upload-custom-apps-only
    if (r.table !== 'sys_app') throw new PackageError('Store applications (sys_store_app) cannot be uploaded to this instance; upload a custom application (sys_app)')
    const app = { sysId: r.sysId, scope: r.fields.scope ?? '', name: r.fields.name ?? '', version: r.fields.version ?? '' }
    if (!SYS_ID.test(app.sysId)) throw new PackageError(`The application record has an invalid sys_id "${app.sysId.slice(0, 40)}"`)
    if (!SCOPE_NAME.test(app.scope) || app.scope.length > 18) throw new PackageError(`The application's scope "${app.scope.slice(0, 40)}" is not a custom application scope (x_<vendor>_<name>, at most 18 characters)`)
    if (claims.scopeId && claims.scopeId !== app.sysId) throw new PackageError(`The upload names application ${claims.scopeId}, the package holds ${app.sysId}`)
    if (claims.scopeName && claims.scopeName !== app.scope) throw new PackageError(`The upload names scope ${claims.scopeName}, the package holds ${app.scope}`)
    return app
}

/** Every record the package ships belongs to its application: a record naming another scope is refused. */
// platform-difference: upload-foreign-records-refused
function foreignRecords(files: Map<string, Buffer>, app: AppRecord): string[] {
    const problems: string[] = []
    for (const [rel, data] of files) {
        const folder = rel.split('/')[0]
        if (folder === 'dictionary' || !INSTALLED_FOLDERS.has(folder) || !rel.endsWith('.xml')) continue
        for (const r of parseUpdateXml(rel, data.toString('utf8'))) {
            const scope = r.fields.sys_scope
            if (scope && scope !== app.sysId) problems.push(`${rel}: ${r.table} ${r.sysId} belongs to application ${scope.slice(0, 40)}, not ${app.scope}`)
        }
    }
    return problems
}

/** Another application already holds the scope name: the platform keeps scope names unique. */
function scopeTaken(instance: Instance, app: AppRecord): string | null {
    return instance.run(() => {
        const gr = new GlideRecord('sys_scope')
        gr.addQuery('scope', app.scope)
        gr.addQuery('sys_id', '!=', app.sysId)
        gr.setLimit(1)
        gr.query()
        return gr.next() ? gr.getUniqueValue() : null
    })
}

/** Writes the installable folders of a checked package to a fresh temporary directory (paths already checked by readArchive). */
function unpack(files: Map<string, Buffer>): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'now-upload-'))
    const root = path.resolve(dir)
    for (const [rel, data] of files) {
        if (!INSTALLED_FOLDERS.has(rel.split('/')[0]) || !rel.endsWith('.xml')) continue
        const target = path.resolve(root, rel)
        // readArchive refused every climbing name; this is the last line should that ever change.
        if (!target.startsWith(root + path.sep)) throw new PackageError(`entry "${rel}" resolves outside the package`)
        fs.mkdirSync(path.dirname(target), { recursive: true })
        fs.writeFileSync(target, data, { flag: 'wx' })
    }
    return dir
}

function describe(e: unknown): { message: string; detail: string } {
    if (e instanceof InstallError) return { message: `Install failed, nothing was installed: ${e.problems[0] ?? ''}${e.problems.length > 1 ? ` (and ${e.problems.length - 1} more)` : ''}`, detail: e.problems.join('\n') }
    if (e instanceof PackageError || e instanceof ArchiveError || e instanceof UpdateXmlError) {
        const problems = e instanceof PackageError && e.problems.length ? e.problems : [e.message]
        return { message: `Invalid application package, nothing was installed: ${e.message}`, detail: problems.join('\n') }
    }
    throw e
}

/** The rollback context an install reports (its id goes back to the SDK, which prints the rollback link). */
// platform-difference: upload-rollback-not-served
function createRollbackContext(instance: Instance, app: AppRecord): string {
    return instance.run(() => {
        const gr = new GlideRecord('sys_rollback_context')
        gr.initialize()
        gr.setWorkflow(false)
        gr.setValue('name', `Install of ${app.name} ${app.version}`.trim())
        gr.setValue('state', 'open')
        gr.setValue('source', app.sysId)
        gr.setValue('source_table', 'sys_app')
        return gr.insert() ?? ''
    })
}

/**
 * Installs an uploaded application package (the zip `now-sdk pack` writes) as the app upload processor
 * does, tracked by a sys_execution_tracker the CI/CD progress API reports: the package is read and
 * checked whole (archive.ts), its one application record names the scope every record must belong to,
 * and the installer applies it all or nothing. A refused package leaves the database as it was and its
 * tracker Failed with the reason; the caller never gets an exception for the package's faults.
 */
// platform-difference: upload-installs-synchronously
export function installPackage(instance: Instance, bytes: Uint8Array, claims: UploadClaims = {}): PackageOutcome {
    const trackers = new Trackers(instance)
    const trackerId = trackers.start('Install application package', claims.scopeId && SYS_ID.test(claims.scopeId) ? { table: 'sys_app', sysId: claims.scopeId } : null)
    let dir: string | null = null
    try {
        const files = readArchive(bytes)
        const app = applicationOf(files, claims)
        const foreign = foreignRecords(files, app)
        if (foreign.length) throw new PackageError(`${foreign.length} record(s) belong to another application`, foreign)
        const holder = scopeTaken(instance, app)
        if (holder) throw new PackageError(`The scope ${app.scope} is already used by application ${holder}`)
        dir = unpack(files)
        const report = instance.install(dir, { demo: claims.demo ?? true })
        const rollbackId = createRollbackContext(instance, app)
        const message = `Installed ${app.name} (${app.scope}) ${app.version}: ${report.inserted} records added, ${report.updated} updated, ${report.deleted} removed`
        trackers.finish(trackerId, TrackerState.SUCCESSFUL, message)
        return { trackerId, rollbackId, ok: true, message, report }
    } catch (e) {
        let described: { message: string; detail: string }
        try {
            described = describe(e)
        } catch {
            trackers.finish(trackerId, TrackerState.FAILED, 'Install failed, nothing was installed: internal error (see the instance log)')
            throw e
        }
        const { message, detail } = described
        trackers.finish(trackerId, TrackerState.FAILED, message, detail)
        return { trackerId, ok: false, message, detail }
    } finally {
        if (dir) fs.rmSync(dir, { recursive: true, force: true })
    }
}
