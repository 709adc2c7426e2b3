import type { Instance } from '../instance'
import type { Route } from './router'
import { tableApiRoutes } from './table-routes'

/**
 * The Table API's versioned URLs, `/api/now/v1/table/…` and `/api/now/v2/table/…` ("Versioned URL:
 * /api/now/{api_version}/table/{tableName}", Table API), served by the same routes as `/api/now/table/…`.
 * A minimal alias so that clients which call the versioned URLs (the npm `servicenow-rest-api` client reads
 * through /api/now/v2/table) work; the Table API's own module may take the versions over.
 */
export function tableVersionAlias(instance: Instance): Route[] {
    return tableApiRoutes(instance).map((route) => ({
        ...route,
        pattern: new RegExp(route.pattern.source.replace('^\\/api\\/now\\/table\\/', '^\\/api\\/now\\/v[12]\\/table\\/'), route.pattern.flags),
    }))
}
