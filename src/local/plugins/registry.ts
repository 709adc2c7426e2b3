import { createHash } from 'node:crypto'

export interface PluginDecl {
    /** The plugin ID (sys_plugins.source), e.g. com.glideapp.user_criteria.scoped.api. */
    id: string
    name: string
    version: string
}

/** The User Criteria Scoped API plugin: "must be enabled to access this API" (UserCriteria - Scoped). */
export const USER_CRITERIA_SCOPED_API = 'com.glideapp.user_criteria.scoped.api'
/** "The Service Catalog Scoped API plugin (ID: com.glideapp.servicecatalog.scoped.api) ... is required to access the CartJS API" (CartJS - Scoped). */
export const SERVICE_CATALOG_SCOPED_API = 'com.glideapp.servicecatalog.scoped.api'

/**
 * The plugins a typical ITSM instance has active (service catalog, portal, incident, problem,
 * change, knowledge, SLAs, CMDB) and the scoped APIs the app's kind of code uses. IDs as the
 * product documentation names them.
 */
export const BASE_PLUGINS: readonly PluginDecl[] = [
    { id: 'com.glide.service-portal', name: 'Service Portal', version: '27.0.0' },
    { id: 'com.glideapp.servicecatalog', name: 'Service Catalog', version: '27.0.0' },
    { id: SERVICE_CATALOG_SCOPED_API, name: 'Service Catalog Scoped API', version: '27.0.0' },
    { id: USER_CRITERIA_SCOPED_API, name: 'User Criteria Scoped API', version: '27.0.0' },
    { id: 'com.snc.incident', name: 'Incident Management', version: '27.0.0' },
    { id: 'com.snc.problem', name: 'Problem Management', version: '27.0.0' },
    { id: 'com.snc.change_management', name: 'Change Management', version: '27.0.0' },
    { id: 'com.glideapp.knowledge', name: 'Knowledge Management', version: '27.0.0' },
    { id: 'com.snc.sla', name: 'Service Level Management', version: '27.0.0' },
    { id: 'com.snc.cmdb', name: 'Configuration Management (CMDB)', version: '27.0.0' },
]

/**
 * Script namespaces that exist only while a plugin is active: "To use this class in a scoped
 * application, use the sn_uc namespace identifier. The User Criteria Scoped API plugin (ID:
 * com.glideapp.user_criteria.scoped.api) must be enabled to access this API."
 */
export const PLUGIN_NAMESPACES: Readonly<Record<string, string>> = {
    sn_uc: USER_CRITERIA_SCOPED_API,
    sn_sc: SERVICE_CATALOG_SCOPED_API,
}

/**
 * The sys_id of a plugin's sys_plugins record here: derived from its ID, so an app's dependency
 * record (sys_package_dependency_m2m.dependency) names the same plugin on every local instance.
 */
// platform-difference: plugin-sys-ids
export function pluginSysId(id: string): string {
    return createHash('md5').update(`sys_plugins:${id}`).digest('hex')
}
