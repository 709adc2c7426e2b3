import { GlideRecord } from '../glide/GlideRecord'
import type { UpdateRecord } from '../install/update-xml'
import { BASE_PLUGINS, pluginSysId } from './registry'

/*
 * An app's declared dependencies, checked before it is installed.
 * - Missing: "Dependencies for custom applications": the platform tracks an application's
 *   dependencies "so that when your application is installed on another instance, the platform can:
 *   Verify that required components are present. Prompt the administrator to install missing
 *   components before installation proceeds"; the Application Manager's installation details say
 *   "Install all dependent applications before installing the application" ("Installation
 *   details"). So an install whose dependency the instance does not have does not proceed.
 * - Inactive: "Inactive plugins might not block installation of the plugin, application, or product
 *   that requires them, but could result in reduced functionality" ("Installation details"). Which
 *   ones block is not documented; the local instance refuses them all (never an install the
 *   platform might refuse), asking the administrator to activate the plugin first.
 * Either way the installer names each unmet dependency and writes nothing.
 */

export const DEPENDENCY_TABLE = 'sys_package_dependency_m2m'

/** Numeric comparison of dotted versions ('27.0.0' vs '26.1'); non-numeric parts count as 0. */
function versionBelow(version: string, min: string): boolean {
    const a = version.split('.').map((n) => parseInt(n, 10) || 0)
    const b = min.split('.').map((n) => parseInt(n, 10) || 0)
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) < (b[i] ?? 0)
    }
    return false
}

/**
 * What a dependency record names: the package's display value from the XML; else, for a plugin the
 * local instance knows by ID (registry.ts), that plugin; else the package's sys_id.
 */
function described(r: UpdateRecord): string {
    const target = r.fields.dependency ?? ''
    const display = r.displayValues.dependency
    if (display) return `${display} (${target})`
    const known = BASE_PLUGINS.find((p) => pluginSysId(p.id) === target)
    return known ? `plugin ${known.id} (${known.name})` : `package ${target}`
}

/** Problems with the dependencies declared in these update records (empty when every one is met). */
export function unmetDependencies(records: readonly (UpdateRecord & { file: string })[]): string[] {
    const problems: string[] = []
    for (const r of records) {
        if (r.table !== DEPENDENCY_TABLE || r.action.toUpperCase() !== 'INSERT_OR_UPDATE') continue
        const target = r.fields.dependency ?? ''
        const pkg = new GlideRecord('sys_package')
        if (!target || !pkg.get(target)) {
            problems.push(`${r.file}: the app depends on ${described(r)}, which this instance does not have; install it, then install the app again`)
            continue
        }
        const kind = pkg.getRecordClassName() === 'sys_plugins' ? 'plugin' : 'application'
        const name = `${kind} ${pkg.getValue('source') || target} (${pkg.getValue('name') ?? ''})`
        // platform-difference: inactive-plugin-dependency-refused
        if (pkg.getValue('active') !== '1') {
            problems.push(`${r.file}: the app depends on ${name}, which is not active on this instance; activate it, then install the app again`)
            continue
        }
        const min = r.fields.min_version ?? ''
        const version = pkg.getValue('version') ?? ''
        if (min && versionBelow(version, min)) problems.push(`${r.file}: the app depends on ${name} version ${min} or later; this instance has ${version || 'no version'}`)
    }
    return problems
}
