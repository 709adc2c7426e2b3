import type { Instance } from '../instance'
import { quoteIdent as q } from '../store/store'
import { Trackers, TrackerState } from './tracker'

/** Dictionary tables whose rows describe a table by name (`name`), whichever application wrote them. */
const BY_TABLE_NAME = ['sys_dictionary', 'sys_choice', 'sys_documentation']

/**
 * Rows that have no scope of their own but belong to an application file, by the column naming it:
 * an ACL's roles, an ATF step's input values and mappings. They go with their parent.
 */
const DEPENDENTS: ReadonlyArray<[table: string, column: string]> = [
    ['sys_security_acl_role', 'sys_security_acl'],
    ['sys_variable_value', 'document_key'],
    ['sys_element_mapping', 'id'],
]

export interface UninstallOutcome {
    trackerId: string
    ok: boolean
    message: string
}

interface AppRow {
    sys_id: string
    scope: string | null
    name: string | null
    sys_class_name: string | null
}

/**
 * Deletes a custom application with all its records and data, as "Delete application" with
 * sysparm_delete_all does: every record of the application's scope in every table (its application
 * files), its tables with their rows and dictionary, the values of the columns it added to other
 * tables, and the sys_app record itself. One transaction: it all goes, or nothing does.
 */
export function uninstallApplication(instance: Instance, appSysId: string): UninstallOutcome {
    const trackers = new Trackers(instance)
    const store = instance.store
    const app = store.prepare('SELECT sys_id, scope, name, sys_class_name FROM sys_package WHERE sys_id = ?').get(appSysId) as AppRow | undefined
    const trackerId = trackers.start('Delete application', app ? { table: 'sys_app', sysId: app.sys_id } : null)
    if (!app || app.sys_class_name !== 'sys_app') {
        const message = app ? `${app.name ?? appSysId} is not a custom application (sys_app); it cannot be deleted` : `No application with sys_id ${appSysId.slice(0, 40)}`
        trackers.finish(trackerId, TrackerState.FAILED, message)
        return { trackerId, ok: false, message }
    }
    let removed = 0
    try {
        store.transaction(() => {
            const schema = store.schema
            const tables = (store.prepare('SELECT name FROM sys_db_object WHERE sys_scope = ?').all(app.sys_id) as Array<{ name: string }>).map((r) => r.name)
            // The columns the application added to tables it does not own: their values go with it.
            const added = store
                .prepare(`SELECT name, element FROM sys_dictionary WHERE sys_scope = ? AND element IS NOT NULL AND element != ''`)
                .all(app.sys_id) as Array<{ name: string; element: string }>
            for (const c of added) {
                if (tables.includes(c.name)) continue
                const info = schema.maybeTable(c.name)
                if (info?.columns.has(c.element)) store.prepare(`UPDATE ${q(info.root)} SET ${q(c.element)} = NULL`).run()
            }
            // The application's tables and their rows (a table extending another keeps its rows in its root's table).
            for (const name of tables) {
                const info = schema.maybeTable(name)
                if (!info) continue
                if (info.root === name) removed += store.prepare(`DELETE FROM ${q(name)}`).run().changes
                else removed += store.prepare(`DELETE FROM ${q(info.root)} WHERE sys_class_name IN (${info.family.map(() => '?').join(', ')})`).run(...info.family).changes
                for (const meta of BY_TABLE_NAME) if (schema.has(meta)) removed += store.prepare(`DELETE FROM ${q(schema.table(meta).root)} WHERE name = ?`).run(name).changes
            }
            // Every application file of the scope, in every table that records a scope, with the rows that depend on them.
            const roots = new Set<string>()
            for (const t of schema.all()) if (t.columns.has('sys_scope')) roots.add(t.root)
            store.db.exec('CREATE TEMP TABLE IF NOT EXISTS uninstall_ids (sys_id TEXT PRIMARY KEY)')
            store.db.exec('DELETE FROM temp.uninstall_ids')
            for (const root of roots) store.prepare(`INSERT OR IGNORE INTO temp.uninstall_ids SELECT sys_id FROM ${q(root)} WHERE sys_scope = ?`).run(app.sys_id)
            for (const [table, column] of DEPENDENTS) {
                const info = schema.maybeTable(table)
                if (info?.columns.has(column)) removed += store.prepare(`DELETE FROM ${q(info.root)} WHERE ${q(column)} IN (SELECT sys_id FROM temp.uninstall_ids)`).run().changes
            }
            // The choices of the columns the application added to other tables.
            for (const c of added) if (!tables.includes(c.name)) removed += store.prepare('DELETE FROM sys_choice WHERE name = ? AND element = ?').run(c.name, c.element).changes
            for (const root of roots) removed += store.prepare(`DELETE FROM ${q(root)} WHERE sys_scope = ?`).run(app.sys_id).changes
            store.db.exec('DELETE FROM temp.uninstall_ids')
            removed += store.prepare('DELETE FROM sys_package WHERE sys_id = ?').run(app.sys_id).changes
            store.refreshSchema()
            // The emptied tables themselves, now the dictionary no longer has them.
            for (const name of tables) if (!store.schema.has(name) && store.hasPhysicalTable(name)) store.db.exec(`DROP TABLE ${q(name)}`)
        })
    } catch (e) {
        store.refreshSchema()
        const message = `Failed to completely delete application ${app.name ?? app.sys_id}: ${e instanceof Error ? e.message : String(e)}`
        trackers.finish(trackerId, TrackerState.FAILED, message)
        return { trackerId, ok: false, message }
    } finally {
        instance.metadataChanged()
    }
    const message = `Deleted application ${app.name ?? ''} (${app.scope ?? ''}) and ${removed - 1} of its records`
    trackers.finish(trackerId, TrackerState.SUCCESSFUL, message)
    return { trackerId, ok: true, message }
}
