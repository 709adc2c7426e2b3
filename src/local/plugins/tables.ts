import type { TableDecl } from '../base/table-decl'

/*
 * Plugins as the platform keeps them. "Sys Plugins" [sys_plugins] extends Package [sys_package]
 * (name, ID = `source`, version, active) with its install date and parent; "Package dependency"
 * [sys_package_dependency_m2m] is the Dependencies related list of an application record: a
 * package (`sys_package`) depending on another package or plugin (`dependency`), with a minimum
 * version ("Dependencies for custom applications": "Every custom application record includes a
 * related list identifying its dependencies on other applications ... or plugins").
 */
export const PLUGIN_TABLES: readonly TableDecl[] = [
    {
        name: 'sys_plugins',
        label: 'Sys Plugins',
        extends: 'sys_package',
        columns: {
            install_date: { type: 'glide_date_time', label: 'Install date' },
            parent: { type: 'reference', label: 'Parent', reference: 'sys_package' },
        },
    },
    {
        name: 'sys_package_dependency_m2m',
        label: 'Package dependency',
        columns: {
            sys_package: { type: 'reference', label: 'Package', reference: 'sys_package', mandatory: true },
            dependency: { type: 'reference', label: 'Dependency', reference: 'sys_package', mandatory: true },
            min_version: { type: 'version', label: 'Min version' },
        },
    },
]
