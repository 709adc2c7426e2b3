import type { Instance } from '../instance'
import { aclAccess } from './access'
import { HttpError } from './errors'
import { sendJson } from './respond'
import type { RequestContext, Route } from './router'
import { DEFAULT_LIMIT, TableApi, type DisplayMode, type ListOptions } from './table-api'

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
        excludeLinks: (params.get('sysparm_exclude_reference_link') ?? 'false').toLowerCase() === 'true',
    }
}

function parseJson(text: string): unknown {
    try {
        return JSON.parse(text)
    } catch {
        throw new HttpError(400, 'Exception while reading request', 'The payload is not valid JSON.')
    }
}

/** The platform's Table API: GET/POST /api/now/table/{table}, GET/PUT/PATCH/DELETE /api/now/table/{table}/{sys_id}. */
export function tableApiRoutes(instance: Instance): Route[] {
    const api = (ctx: RequestContext) => new TableApi(instance, ctx.baseUrl, aclAccess)
    const as = <T>(ctx: RequestContext, fn: () => T): T => instance.runAs(ctx.user?.userId ?? '', fn)
    return [
        {
            method: ['GET', 'POST'],
            pattern: /^\/api\/now\/table\/([^/]+)\/?$/,
            auth: 'basic',
            handle: async (ctx) => {
                const opts = listOptions(ctx.url.searchParams)
                if (ctx.method === 'GET') {
                    const { result, total } = await api(ctx).listCooperatively(ctx.params[0], opts, (fn) => as(ctx, fn))
                    sendJson(ctx.res, 200, { result }, { 'X-Total-Count': String(total) })
                } else {
                    const body = parseJson(await ctx.body())
                    const result = as(ctx, () => api(ctx).create(ctx.params[0], body, opts))
                    sendJson(ctx.res, 201, { result }, { Location: `${ctx.baseUrl}/api/now/table/${ctx.params[0]}/${String(result.sys_id ?? '')}` })
                }
            },
        },
        {
            method: ['GET', 'PUT', 'PATCH', 'DELETE'],
            pattern: /^\/api\/now\/table\/([^/]+)\/([^/]+)\/?$/,
            auth: 'basic',
            handle: async (ctx) => {
                const [table, sysId] = ctx.params
                const opts = listOptions(ctx.url.searchParams)
                if (ctx.method === 'GET') sendJson(ctx.res, 200, { result: as(ctx, () => api(ctx).get(table, sysId, opts)) })
                else if (ctx.method === 'DELETE') {
                    as(ctx, () => api(ctx).remove(table, sysId))
                    ctx.res.writeHead(204)
                    ctx.res.end()
                } else {
                    const body = parseJson(await ctx.body())
                    sendJson(ctx.res, 200, { result: as(ctx, () => api(ctx).update(table, sysId, body, opts)) })
                }
            },
        },
    ]
}
