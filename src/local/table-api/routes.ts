import type { Instance } from '../instance'
import { aclAccess } from '../http/access'
import { HttpError } from '../http/errors'
import { nameValuePairs } from './name-value-filter'
import { responseFormat, sendRestResult, sendXmlError, type RestFormat } from '../http/rest-media'
import type { RequestContext, Route } from '../http/router'
import { DEFAULT_LIMIT, TableApi, type DisplayMode, type ListOptions } from './table-api'
import { linkHeader } from '../http/link-header'

/*
 * The platform's Table API routes. "Versioned URL: /api/now/{api_version}/table/{tableName}; Default URL:
 * /api/now/table/{tableName}" ("api_version: Optional. Version of the endpoint to access. For example, v1 or
 * v2"). The versions differ in one documented point: on a valid query with no results, "Version 1 returns
 * error code 404 with no results. Version 2 returns success code 200 and an empty array".
 */

const PREFIX = String.raw`^\/api\/now\/(?:(v1|v2)\/)?table\/([^/]+)`

function flag(params: URLSearchParams, name: string): boolean {
    return (params.get(name) ?? 'false').toLowerCase() === 'true'
}

function listOptions(params: URLSearchParams): ListOptions {
    const int = (name: string, dflt: number) => {
        const v = params.get(name)
        if (v === null || v === '') return dflt
        if (!/^\d{1,9}$/.test(v)) throw new HttpError(400, `Invalid ${name}`, `${name} must be a non-negative integer`)
        return Number(v)
    }
    const display = (params.get('sysparm_display_value') ?? 'false').toLowerCase()
    if (!['true', 'false', 'all'].includes(display)) throw new HttpError(400, 'Invalid sysparm_display_value', 'Use true, false or all')
    const fields = params.get('sysparm_fields')
    return {
        query: params.get('sysparm_query') ?? '',
        fields: fields ? fields.split(',').map((f) => f.trim()) : null,
        limit: Math.min(int('sysparm_limit', DEFAULT_LIMIT), DEFAULT_LIMIT),
        offset: int('sysparm_offset', 0),
        display: display as DisplayMode,
        excludeLinks: flag(params, 'sysparm_exclude_reference_link'),
        inputDisplay: flag(params, 'sysparm_input_display_value'),
        filters: nameValuePairs(params),
    }
}

function parseJson(text: string): unknown {
    try {
        return JSON.parse(text)
    } catch {
        throw new HttpError(400, 'Exception while reading request', 'The payload is not valid JSON.')
    }
}

/** X-no-response-body: "Set this request header to true to suppress the response body" (POST, PUT, PATCH). */
function noBody(ctx: RequestContext): boolean {
    return String(ctx.req.headers['x-no-response-body'] ?? '').toLowerCase() === 'true'
}

/** The platform's Table API: GET/POST /api/now/[v1|v2/]table/{table}, GET/PUT/PATCH/DELETE /api/now/[v1|v2/]table/{table}/{sys_id}. */
export function tableApiRoutes(instance: Instance): Route[] {
    const api = (ctx: RequestContext) => new TableApi(instance, ctx.baseUrl, aclAccess)
    const as = <T>(ctx: RequestContext, fn: () => T): T => instance.runAs(ctx.user?.userId ?? '', fn)
    /** Runs a handler with errors answered in the response format the client asked for. */
    const handled = (handle: (ctx: RequestContext, format: RestFormat) => Promise<void>) => async (ctx: RequestContext) => {
        const format = responseFormat(ctx.req.headers.accept)
        try {
            await handle(ctx, format)
        } catch (e) {
            if (!(e instanceof HttpError) || format === 'json') throw e
            sendXmlError(ctx.res, e)
        }
    }
    return [
        {
            method: ['GET', 'POST'],
            pattern: new RegExp(`${PREFIX}\\/?$`),
            auth: 'basic',
            handle: handled(async (ctx, format) => {
                const [version, table] = ctx.params
                const params = ctx.url.searchParams
                const opts = listOptions(params)
                if (ctx.method === 'GET') {
                    const { result, total } = await api(ctx).listCooperatively(table, opts, (fn) => as(ctx, fn))
                    if (version === 'v1' && result.length === 0) throw new HttpError(404, 'No Record found', 'Records matching query not found. Check query parameter or offset parameter')
                    const headers: Record<string, string> = {}
                    if (!flag(params, 'sysparm_no_count')) headers['X-Total-Count'] = String(total)
                    if (!flag(params, 'sysparm_suppress_pagination_header')) headers.Link = linkHeader(ctx, opts.offset, opts.limit, total)
                    sendRestResult(ctx.res, format, 200, result, headers)
                } else {
                    const body = parseJson(await ctx.body())
                    const result = as(ctx, () => api(ctx).create(table, body, opts))
                    const headers = { Location: `${ctx.baseUrl}/api/now/table/${table}/${String(result.sys_id ?? '')}` }
                    sendRestResult(ctx.res, format, 201, noBody(ctx) ? undefined : result, headers)
                }
            }),
        },
        {
            method: ['GET', 'PUT', 'PATCH', 'DELETE'],
            pattern: new RegExp(`${PREFIX}\\/([^/]+)\\/?$`),
            auth: 'basic',
            handle: handled(async (ctx, format) => {
                const [, table, sysId] = ctx.params
                const opts = listOptions(ctx.url.searchParams)
                if (ctx.method === 'GET') sendRestResult(ctx.res, format, 200, as(ctx, () => api(ctx).get(table, sysId, opts)))
                else if (ctx.method === 'DELETE') {
                    as(ctx, () => api(ctx).remove(table, sysId))
                    ctx.res.writeHead(204)
                    ctx.res.end()
                } else {
                    const body = parseJson(await ctx.body())
                    const result = as(ctx, () => api(ctx).update(table, sysId, body, opts))
                    sendRestResult(ctx.res, format, 200, noBody(ctx) ? undefined : result)
                }
            }),
        },
    ]
}
