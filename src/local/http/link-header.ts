import type { RequestContext } from './router'

/**
 * The Link header: "Relative URLs, based on the previous request, that you can use to page through the
 * available record set" (Table API), rel first, prev, next and last, each the request's own URL with
 * sysparm_offset and sysparm_limit set. Shared by the REST APIs that page a list (Table API, Attachment API).
 */
export function linkHeader(ctx: RequestContext, offset: number, limit: number, total: number): string {
    const page = (at: number, rel: string) => {
        const url = new URL(ctx.url.pathname + ctx.url.search, ctx.baseUrl)
        url.searchParams.set('sysparm_offset', String(at))
        url.searchParams.set('sysparm_limit', String(limit))
        return `<${url.toString()}>;rel="${rel}"`
    }
    const links = [page(0, 'first')]
    if (limit > 0 && offset > 0) links.push(page(Math.max(0, offset - limit), 'prev'))
    if (limit > 0 && offset + limit < total) links.push(page(offset + limit, 'next'))
    const last = limit > 0 && total > 0 ? Math.floor((total - 1) / limit) * limit : 0
    links.push(page(last, 'last'))
    return links.join(',')
}
