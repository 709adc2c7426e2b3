import type { Instance } from '../instance'
import { aclAccess } from '../http/access'
import { sendJson } from '../http/respond'
import type { Route } from '../http/router'
import { statsRequest } from './params'
import { AggregateApi } from './stats'

/** The Aggregate API: `GET /api/now/stats/{tableName}` and the versioned `/api/now/{api_version}/stats/{tableName}`. */
export function aggregateRoutes(instance: Instance): Route[] {
    const api = new AggregateApi(aclAccess)
    return [
        {
            method: 'GET',
            pattern: /^\/api\/now\/(?:v1\/)?stats\/([^/]+)\/?$/,
            auth: 'basic',
            handle: (ctx) => {
                const request = statsRequest(ctx.url.searchParams)
                const result = instance.runAs(ctx.user?.userId ?? '', () => api.stats(ctx.params[0], request))
                sendJson(ctx.res, 200, { result })
            },
        },
    ]
}
