import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'

/*
 * The app's dependencies (the Dependencies related list of the application record,
 * sys_package_dependency_m2m): "Dependencies are references from your custom application to
 * functionality provided by other applications or plugins", checked when the app is installed on
 * another instance ("Dependencies for custom applications").
 *
 * The User Criteria Scoped API plugin provides sn_uc.UserCriteriaLoader, which persona qualifiers
 * (src/server/persona/profile-scoring.ts) and the portal's catalog visibility
 * (src/server/catalog/portal-data.ts) use: "The User Criteria Scoped API plugin (ID:
 * com.glideapp.user_criteria.scoped.api) must be enabled to access this API" (UserCriteria - Scoped).
 * Where it is absent anyway (deactivated after install) the app degrades and logs why.
 *
 * The Service Catalog Scoped API plugin provides sn_sc.CartJS, which the portal's order
 * (src/server/portal/order.ts), requested items and bundle provisioning
 * (src/server/catalog/provisioning-order.ts) use: "The Service Catalog Scoped API plugin (ID:
 * com.glideapp.servicecatalog.scoped.api) ... is required to access the CartJS API" (CartJS - Scoped).
 *
 * `dependency` is the plugin's sys_plugins record; the local instance derives that sys_id from the
 * plugin ID (docs/differences.md, plugin-sys-ids).
 */
Record({
    $id: Now.ID['dependency_user_criteria_scoped_api'],
    table: 'sys_package_dependency_m2m',
    data: {
        sys_package: '01382bda41144fedb085f38745c82685',
        dependency: '84cc226241324bfae8f3c29a2d15a726',
        min_version: '',
    },
})

Record({
    $id: Now.ID['dependency_service_catalog_scoped_api'],
    table: 'sys_package_dependency_m2m',
    data: {
        sys_package: '01382bda41144fedb085f38745c82685',
        dependency: 'ffcc8d1300371a91066c35aad6d581f6',
        min_version: '',
    },
})
