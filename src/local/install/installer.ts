import { GlideRecord } from '../glide/GlideRecord'
import { runtime } from '../glide/runtime'
import { parseEncodedQuery } from '../query'
import { checkRecords, describeScriptProblem } from '../scripts/es2021-records'
import { DEPENDENCY_TABLE, unmetDependencies } from '../plugins/dependencies'
import type { Store } from '../store/store'
import { readIndexes, type IndexDecl } from './indexes'
import { scopeAccessOf } from '../glide/scope-access'
import { designAccessProblems } from './design-access'
import { fixScriptsToRun, type FixScriptRun } from './fix-scripts'
import { checkPrivileges, lineOf } from './privileges'
import { readBuild, type BuildRecord } from './read-build'

/** Dictionary tables: applied first, then the schema is rebuilt so the app's own records can land. */
const DICTIONARY_TABLES = new Set(['sys_db_object', 'sys_dictionary', 'sys_choice', 'sys_documentation'])

/** Containers and bookkeeping in the build output that are not records of their own. */
const SKIPPED_TABLES = new Set(['sys_choice_v2', 'sys_choice_set'])

/** XML fields that describe the update itself rather than the record. */
const UPDATE_FIELDS = new Set(['sys_update_name', 'sys_package', 'sys_policy', 'sys_name'])

/**
 * A layout update carries the whole layout: the list and all its columns, the section and all its
 * elements, the form and all its sections (SDK list-api: "One sys_ui_list record linking the table and
 * view, one sys_ui_list_element record per column entry"; form-api). Applying it leaves the layout as
 * written, so a column or field a new version dropped is removed: parent table -> [child table, its
 * reference to the parent].
 */
const LAYOUT_PARTS: Record<string, readonly [string, string]> = {
    sys_ui_list: ['sys_ui_list_element', 'list_id'],
    sys_ui_section: ['sys_ui_element', 'sys_ui_section'],
    sys_ui_form: ['sys_ui_form_section', 'sys_ui_form'],
}

/** Natural keys the platform coalesces on when a record arrives with a sys_id it does not know. */
const COALESCE: Record<string, string[]> = {
    sys_dictionary: ['name', 'element'],
    sys_db_object: ['name'],
    sys_choice: ['name', 'element', 'value', 'language'],
    sys_properties: ['name'],
    sys_user_role: ['name'],
    sys_module: ['path'],
}

export interface InstallReport {
    appDir: string
    files: number
    inserted: number
    updated: number
    deleted: number
    /** Fields present in the XML that the target table does not have (ignored, as the platform does). */
    ignoredFields: string[]
    /** The application's scope (sys_app.scope), when the build carries its app record. */
    scope?: string
    /** Fix scripts new or changed in this install that run after it (install/fix-scripts.ts); the caller runs them. */
    fixScripts: FixScriptRun[]
}

export interface InstallOptions {
    /**
     * Install as the application under development on this instance (runtime access tracking records
     * privileges, glide/scope-access.ts) rather than as a published app (the default, what `npm start` does).
     */
    development?: boolean
    /**
     * Load the build's demo data on a first install (the upload's `load_demo`, which `now-sdk install
     * --demoData` sends and defaults to true).
     */
    demo?: boolean
}

export class InstallError extends Error {
    constructor(readonly problems: string[]) {
        super(`Install rejected, nothing was applied:\n  ${problems.join('\n  ')}`)
        this.name = 'InstallError'
    }
}

/**
 * Installs a `now-sdk build` output as the platform installs an app: every record inserted or
 * updated in place by sys_id (or its natural key), without running business rules.
 * All or nothing: a malformed file or a record for an unknown table rejects the whole install,
 * naming the file, and the database is left as it was.
 */
export class Installer {
    /** Records this install writes, so a delete_multiple does not remove a row only to re-create it. */
    private incoming = new Set<string>()

    /**
     * @param runFixScript runs a fix script in its scope (the instance's script engine); the installer
     *   calls it for "Before" fix scripts, before the application's records are written.
     */
    constructor(
        private readonly store: Store,
        private readonly runFixScript: (fix: FixScriptRun) => void = () => undefined,
    ) {}

    install(appDir: string, options: InstallOptions = {}): InstallReport {
        let all: BuildRecord[]
        let indexes: IndexDecl[]
        try {
            all = readBuild(appDir)
            indexes = readIndexes(appDir)
        } catch (e) {
            throw new InstallError([e instanceof Error ? e.message : String(e)])
        }
        const records = this.loadedNow(all, options.demo ?? true)
        // "Disallowed features result in an error" (JavaScript engine feature support): a script the
        // engine's ES12 mode refuses is refused here, before anything is written.
        // platform-difference: es12-install-time-only
        const scriptProblems = checkRecords(records.filter((r) => r.action.toUpperCase() === 'INSERT_OR_UPDATE'))
        if (scriptProblems.length) throw new InstallError(scriptProblems.map(describeScriptProblem))
        // Declared dependencies (plugins, other apps) must be present and active before anything is written.
        const unmet = unmetDependencies(records)
        if (unmet.length) throw new InstallError(unmet)
        const app = records.find((r) => r.table === 'sys_app' && r.action.toUpperCase() === 'INSERT_OR_UPDATE')
        // "For an application which at the time of publication, has the Runtime Access Tracking field set to
        // a value of Tracking, this value will automatically be updated, on the target instance, to a value
        // of Enforcing" (KB0717945): a published install stores what it enforces.
        if (app && !options.development && (app.fields.runtime_access_tracking ?? 'permissive') === 'permissive') {
            app.fields.runtime_access_tracking = 'enforcing'
        }
        const privilegeProblems = checkPrivileges(appDir, records, app?.sysId ?? null)
        if (privilegeProblems.length) throw new InstallError(privilegeProblems)
        const designProblems = designAccessProblems(this.store, records, app && app.fields.scope ? { sysId: app.sysId, scope: app.fields.scope } : null)
        if (designProblems.length) throw new InstallError(designProblems)
        this.incoming = new Set(records.filter((r) => r.sysId).map((r) => `${r.table}:${r.sysId}`))
        const access = scopeAccessOf(this.store)
        const fixes = fixScriptsToRun(this.store, records, app && app.fields.scope ? { sysId: app.sysId, scope: app.fields.scope } : null, (s) => access.scopeName(s))
        const report: InstallReport = {
            appDir,
            files: new Set(records.map((r) => r.file)).size,
            inserted: 0,
            updated: 0,
            deleted: 0,
            ignoredFields: [],
            scope: app?.fields.scope || undefined,
            fixScripts: fixes.filter((f) => !f.before),
        }
        const dictionary = records.filter((r) => DICTIONARY_TABLES.has(r.table))
        const rest = records.filter((r) => !DICTIONARY_TABLES.has(r.table) && !SKIPPED_TABLES.has(r.table))
        try {
            this.store.transaction(() => {
                // "Before: Option to run the fix script before installing or upgrading the application" (Create a
                // fix script). Inside the install's transaction: a refused install undoes what they wrote too.
                for (const fix of fixes) if (fix.before) this.runFixScript(fix)
                this.applyAll(dictionary, report)
                this.store.refreshSchema()
                const unknown = rest.filter((r) => !this.store.schema.has(r.table)).map((r) => `${r.file}:${lineOf(appDir, r, r.table)}: unknown table ${r.table}`)
                if (unknown.length) throw new InstallError(unknown)
                this.applyAll(rest, report)
                this.pruneLayouts(rest, report)
                this.createIndexes(indexes)
            })
        } catch (e) {
            // The transaction rolled back the dictionary too: rebuild the catalog from what is stored.
            this.store.refreshSchema()
            throw e
        }
        return report
    }

    /**
     * The records this install loads. First-install and demo records load only when the application is
     * not installed yet ("New Install: includes application data only when the application is
     * installed"; "New Install with Demo Data: … only when the application is installed with demo
     * data"): an upgrade keeps what administrators changed or deleted. The application is installed
     * when its sys_app record (the build's scope/ folder) already exists.
     */
    private loadedNow(records: BuildRecord[], demo: boolean): BuildRecord[] {
        const apps = records.filter((r) => r.table === 'sys_app' && r.sysId)
        const installed = apps.length > 0 && this.store.schema.has('sys_app') && apps.every((a) => new GlideRecord('sys_app').get(a.sysId))
        return records.filter((r) => (r.loadWhen ?? 'always') === 'always' || (!installed && (r.loadWhen === 'first install' || demo)))
    }

    /**
     * The tables' declared indexes, on the physical table that holds their rows. Unique ones are
     * created as plain indexes: uniqueness is the app's rules' job (they refuse with a message),
     * where a database constraint would surface as an error instead.
     */
    private createIndexes(indexes: IndexDecl[]): void {
        const problems: string[] = []
        for (const ix of indexes) {
            const info = this.store.schema.maybeTable(ix.table)
            const missing = ix.columns.filter((c) => !info?.columns.has(c))
            if (!info || missing.length) {
                problems.push(`${ix.file}: index ${ix.name} names ${info ? `unknown columns ${missing.join(', ')}` : `unknown table ${ix.table}`}`)
                continue
            }
            this.store.ensureIndex(info.root, ix.name, ix.columns)
        }
        if (problems.length) throw new InstallError(problems)
    }

    /** Removes the parts of each installed layout that its update no longer holds (LAYOUT_PARTS). */
    private pruneLayouts(records: BuildRecord[], report: InstallReport): void {
        for (const r of records) {
            const parts = LAYOUT_PARTS[r.table]
            if (!parts || !r.layout || !r.sysId || r.action.toUpperCase() !== 'INSERT_OR_UPDATE') continue
            const [child, parent] = parts
            const gr = new GlideRecord(child)
            gr.addQuery(parent, r.sysId)
            gr.query()
            while (gr.next()) {
                if (this.incoming.has(`${child}:${gr.getUniqueValue()}`)) continue
                gr.setWorkflow(false)
                gr.deleteRecord()
                report.deleted++
            }
        }
    }

    private applyAll(records: BuildRecord[], report: InstallReport): void {
        const problems: string[] = []
        for (const r of records) {
            try {
                this.apply(r, report)
            } catch (e) {
                problems.push(`${r.file}: ${e instanceof Error ? e.message : String(e)}`)
            }
        }
        if (problems.length) throw new InstallError(problems)
    }

    private apply(r: BuildRecord, report: InstallReport): void {
        const action = r.action.toUpperCase()
        if (action === 'DELETE_MULTIPLE') {
            const gr = new GlideRecord(r.table)
            gr.setWorkflow(false)
            gr.addEncodedQuery(r.attributes.query ?? '')
            // An empty query would delete the whole table; the platform requires one.
            if (!parseEncodedQuery(r.attributes.query ?? '').queries.length) throw new Error('delete_multiple without a query')
            gr.query()
            while (gr.next()) {
                if (this.incoming.has(`${r.table}:${gr.getUniqueValue()}`)) continue
                gr.deleteRecord()
                report.deleted++
            }
            return
        }
        if (!this.store.schema.has(r.table)) throw new Error(`unknown table ${r.table}`)
        const gr = this.find(r)
        if (action === 'DELETE') {
            if (gr) {
                gr.deleteRecord()
                report.deleted++
            }
            return
        }
        if (action !== 'INSERT_OR_UPDATE') throw new Error(`unsupported action ${r.action}`)
        const target = gr ?? new GlideRecord(r.table)
        if (!gr) target.initialize()
        target.setWorkflow(false)
        const info = this.store.schema.table(r.table)
        for (const [field, value] of Object.entries(r.fields)) {
            // A dependency record's sys_package is its data (the dependent app), not the update's package.
            if (UPDATE_FIELDS.has(field) && !(field === 'sys_package' && r.table === DEPENDENCY_TABLE)) continue
            if (!info.columns.has(field)) {
                if (field !== 'sys_scope') report.ignoredFields.push(`${r.table}.${field}`)
                continue
            }
            // The collection row of a table has an empty element; it is stored as NULL like its base rows.
            target.setValue(field, r.table === 'sys_db_object' && field === 'super_class' ? this.parentTable(value, r.displayValues.super_class) : value)
        }
        const ok = gr ? target.update() : target.insert()
        if (!ok) throw new Error(runtime().messages.error.pop() ?? `could not write ${r.table} ${r.sysId}`)
        if (gr) report.updated++
        else report.inserted++
    }

    /**
     * A table's super_class: the build writes the parent's sys_id on the instance it knows, with the parent's
     * name (`<super_class name="sys_import_set_row">`). A base table's sys_db_object sys_id differs from
     * instance to instance, so an id this instance does not have is resolved by that name.
     */
    private parentTable(value: string, name: string | undefined): string {
        if (!value || !name) return value
        const parent = new GlideRecord('sys_db_object')
        if (parent.get(value)) return value
        return parent.get('name', name) ? parent.getUniqueValue() : value
    }

    private find(r: BuildRecord): GlideRecord | null {
        const gr = new GlideRecord(r.table)
        if (r.sysId && gr.get(r.sysId)) return gr
        const keys = COALESCE[r.table]
        if (!keys) return null
        const probe = new GlideRecord(r.table)
        for (const k of keys) {
            const v = r.fields[k] ?? ''
            if (v === '') probe.addNullQuery(k)
            else probe.addQuery(k, v)
        }
        probe.setLimit(1)
        probe.query()
        return probe.next() ? probe : null
    }
}
