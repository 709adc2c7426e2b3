import type { Instance } from '../instance'
import { CatalogError, CatalogService, type CatalogEntry, type ListOptions } from './catalog-service'
import { decimalText, priceText } from './text'
import { HttpError } from '../http/errors'
import { sendJson } from '../http/respond'
import type { RequestContext, Route } from '../http/router'

/*
 * The platform's Service Catalog API (subset): list and show the items the calling user may see,
 * and order_now. Paths take the optional version segment the platform accepts (/api/sn_sc/v1/…).
 *
 * Status codes where the platform's documentation says otherwise: it answers 400 both for an
 * invalid sys_id and for an item the user may not access. Here an unknown (or inactive) item is
 * 404 and a hidden one 403 with a message saying so, so a client can tell "no such item" from
 * "not for you"; the error body keeps the platform's shape.
 */

// platform-difference: catalog-api-status-codes
const BASE = String.raw`^\/api\/sn_sc\/(?:v\d+\/)?servicecatalog\/items`

/** Items per page when the client does not say (sysparm_limit); a page never holds more than MAX_LIMIT. */
export const DEFAULT_LIMIT = 100
export const MAX_LIMIT = 10_000

function intParam(params: URLSearchParams, name: string, dflt: number): number {
    const v = params.get(name)
    if (v === null || v === '') return dflt
    if (!/^\d{1,9}$/.test(v)) throw new HttpError(400, `Invalid ${name}`, `${name} must be a non-negative integer`)
    return Number(v)
}

const SYS_ID_PARAM = /^[0-9a-f]{32}$/

function idParam(params: URLSearchParams, name: string): string | undefined {
    const v = params.get(name)
    if (v === null || v === '') return undefined
    if (!SYS_ID_PARAM.test(v)) throw new HttpError(400, `Invalid ${name}`, `${name} must be a sys_id (32 hexadecimal characters)`)
    return v
}

export function listOptions(params: URLSearchParams): ListOptions {
    return {
        text: params.get('sysparm_text') ?? '',
        category: idParam(params, 'sysparm_category'),
        catalog: idParam(params, 'sysparm_catalog'),
        limit: Math.min(intParam(params, 'sysparm_limit', DEFAULT_LIMIT), MAX_LIMIT),
        offset: intParam(params, 'sysparm_offset', 0),
    }
}

/** An item as the platform's API shows it. */
export function itemJson(e: CatalogEntry): Record<string, unknown> {
    return {
        sys_id: e.sysId,
        name: e.name,
        short_description: e.shortDescription,
        description: e.description,
        sys_class_name: e.className,
        type: 'item',
        order: e.order,
        category: e.category ? { sys_id: e.category.sysId, title: e.category.title } : null,
        catalogs: e.catalogs.map((c) => ({ sys_id: c.sysId, title: c.title })),
        price: priceText(e.price),
        localized_price: priceText(e.price),
        price_value: decimalText(e.price),
    }
}

/** What a 403 for a hidden item says: nothing about the item (its name is not for this caller to see). */
export const HIDDEN_ITEM_DETAIL = 'The catalog item is not available to you: its user criteria do not include you, so it can be neither viewed nor ordered.'

function httpError(e: unknown): unknown {
    if (!(e instanceof CatalogError)) return e
    if (e.code === 'forbidden') return new HttpError(403, e.message, HIDDEN_ITEM_DETAIL)
    const status = e.code === 'not_found' ? 404 : e.code === 'refused' ? 403 : 400
    return new HttpError(status, e.message, e.detail)
}

function parseBody(text: string): Record<string, unknown> {
    if (text.trim() === '') return {}
    let body: unknown
    try {
        body = JSON.parse(text)
    } catch {
        throw new HttpError(400, 'Exception while reading request', 'The payload is not valid JSON.')
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new HttpError(400, 'Exception while reading request', 'The payload must be a JSON object.')
    return body as Record<string, unknown>
}

/** GET items, GET items/{sys_id}, POST items/{sys_id}/order_now; basic authentication, as the platform's REST APIs. */
export function catalogApiRoutes(instance: Instance): Route[] {
    const service = new CatalogService(instance)
    const userOf = (ctx: RequestContext) => ctx.user?.userId ?? ''
    const guarded = <T>(fn: () => T): T => {
        try {
            return fn()
        } catch (e) {
            throw httpError(e)
        }
    }
    return [
        {
            method: 'GET',
            pattern: new RegExp(`${BASE}\\/?$`),
            auth: 'basic',
            handle: (ctx) => {
                const { items, total } = guarded(() => service.list(userOf(ctx), listOptions(ctx.url.searchParams)))
                sendJson(ctx.res, 200, { result: items.map(itemJson) }, { 'X-Total-Count': String(total) })
            },
        },
        {
            method: 'GET',
            pattern: new RegExp(`${BASE}\\/([^/]+)\\/?$`),
            auth: 'basic',
            handle: (ctx) => {
                const entry = guarded(() => service.get(userOf(ctx), ctx.params[0]))
                sendJson(ctx.res, 200, { result: itemJson(entry) })
            },
        },
        {
            method: 'POST',
            pattern: new RegExp(`${BASE}\\/([^/]+)\\/order_now\\/?$`),
            auth: 'basic',
            handle: async (ctx) => {
                const body = parseBody(await ctx.body())
                const order = guarded(() => service.orderNow(userOf(ctx), ctx.params[0], body.sysparm_quantity))
                sendJson(ctx.res, 200, {
                    result: { request_number: order.requestNumber, request_id: order.requestId, sys_id: order.requestId, number: order.requestNumber, table: 'sc_request' },
                })
            },
        },
    ]
}
