import { MAX_QUANTITY } from '../../catalog/text'
import type { Instance } from '../../instance'
import { HttpError } from '../errors'
import { escapeHtml, parseForm, redirect, sendHtml } from '../respond'
import { sessionOf, type RequestContext, type Route } from '../router'
import { csrfMatches } from '../sessions'
import { catalogSection } from './catalog-view'
import { confirmBody, itemBody, type ItemDetailView } from './item-view'
import { page, SP, statusPage, type NavSection } from './layout'
import { personaCard } from './persona-card'
import type { ListingQuery, PortalData, PortalUser } from './portal-data'
import { myRequests, ownRequestNumber, requestsBody } from './requests'

const LOGIN = `${SP}/login`
const ITEM_ID = '([^/]+)'


/** The search words, category and page from the query string, bounded (anything malformed is ignored). */
function listingQuery(params: URLSearchParams): ListingQuery {
    const q = (params.get('q') ?? '').trim().slice(0, 100)
    const category = params.get('category') ?? ''
    const pageText = params.get('page') ?? '1'
    const n = /^\d{1,6}$/.test(pageText) ? Number(pageText) : 1
    return { q, category: /^[0-9a-f]{32}$/.test(category) ? category : '', page: Math.max(1, n) }
}

/** The portal's signed-in pages: home (persona card and catalog), item, order confirmation, my requests. */
export function pageRoutes(instance: Instance, data: PortalData): Route[] {
    const send = (ctx: RequestContext, status: number, title: string, nav: NavSection, body: string, user?: PortalUser) => {
        const session = sessionOf(ctx)
        const who = user ?? data.user(session.userId)
        sendHtml(ctx.res, status, page({ title, session, displayName: who.name, nav, body }))
    }
    const status = (ctx: RequestContext, code: number, title: string, message: string) => {
        const session = sessionOf(ctx)
        sendHtml(ctx.res, code, statusPage({ session, displayName: data.user(session.userId).name, code, title, message }))
    }
    const hidden = (ctx: RequestContext) =>
        status(ctx, 403, 'Not available to you', 'This service is not offered to your persona. If you need it, ask the service desk.')
    const missing = (ctx: RequestContext) => status(ctx, 404, 'Service not found', 'There is no such service in the catalog. It may have been retired.')

    /** The item for the page, or the 403/404 page already sent. */
    const itemOr = (ctx: RequestContext): ItemDetailView | null => {
        const found = data.item(sessionOf(ctx).userId, ctx.params[0])
        if (found === 'hidden') hidden(ctx)
        else if (found === null) missing(ctx)
        return found === 'hidden' ? null : found
    }

    return [
        {
            method: 'GET',
            pattern: /^\/sp\/catalog\/?$/,
            auth: 'session',
            loginRedirect: LOGIN,
            handle: (ctx) => {
                const userId = sessionOf(ctx).userId
                const user = data.user(userId)
                const listing = data.listing(userId, listingQuery(ctx.url.searchParams))
                const intro = user.personaName
                    ? `Services your ${escapeHtml(user.personaName)} persona offers, plus those open to everyone.`
                    : 'Services open to everyone. Your persona’s services appear once you have one.'
                const body =
                    `<h1 class="page-title">Hello, ${escapeHtml(user.firstName || user.name)}</h1><p class="lede">${intro}</p>` +
                    `<div class="home">${personaCard(data.personaCard(userId))}${catalogSection(listing)}</div>`
                send(ctx, 200, 'Catalog', 'catalog', body, user)
            },
        },
        {
            method: 'GET',
            pattern: new RegExp(`^/sp/item/${ITEM_ID}/?$`),
            auth: 'session',
            loginRedirect: LOGIN,
            handle: (ctx) => {
                const item = itemOr(ctx)
                if (!item) return
                const user = data.user(sessionOf(ctx).userId)
                send(ctx, 200, item.name, 'catalog', itemBody(item, user.personaName), user)
            },
        },
        {
            method: ['GET', 'POST'],
            pattern: new RegExp(`^/sp/item/${ITEM_ID}/order/?$`),
            auth: 'session',
            loginRedirect: LOGIN,
            handle: async (ctx) => {
                const session = sessionOf(ctx)
                const item = itemOr(ctx)
                if (!item) return
                const user = data.user(session.userId)
                const confirm = (code: number, error: string | null, quantity?: string) =>
                    send(ctx, code, `Order ${item.name}`, 'catalog', confirmBody(item, user.personaName, session, error, quantity), user)
                if (ctx.method === 'GET') {
                    confirm(200, null)
                    return
                }
                const form = parseForm(await ctx.body())
                if (!csrfMatches(session, form.csrf)) {
                    status(ctx, 403, 'Form expired', 'This form expired or did not come from this site. Go back, reload the page and try again.')
                    return
                }
                const quantityText = (form.quantity ?? '').trim()
                const quantity = /^\d{1,3}$/.test(quantityText) ? Number(quantityText) : NaN
                if (!(quantity >= 1 && quantity <= (item.fixedQuantity ? 1 : MAX_QUANTITY))) {
                    confirm(400, `Quantity must be a whole number from 1 to ${item.fixedQuantity ? 1 : MAX_QUANTITY}.`, quantityText.slice(0, 5))
                    return
                }
                let ordered: { requestNumber: string }
                try {
                    ordered = data.order(session.userId, item.id, quantity)
                } catch (e) {
                    if (e instanceof HttpError && e.status === 403) return hidden(ctx)
                    if (e instanceof HttpError && e.status < 500) return confirm(e.status, e.detail ?? e.message, quantityText)
                    throw e
                }
                redirect(ctx.res, `${SP}/requests?ordered=${encodeURIComponent(ordered.requestNumber)}`)
            },
        },
        {
            method: 'GET',
            pattern: /^\/sp\/requests\/?$/,
            auth: 'session',
            loginRedirect: LOGIN,
            handle: (ctx) => {
                const userId = sessionOf(ctx).userId
                const ordered = ownRequestNumber(instance, userId, ctx.url.searchParams.get('ordered'))
                const notice = ordered ? `Thank you: your request ${ordered} has been submitted.` : null
                send(ctx, 200, 'My requests', 'requests', requestsBody(myRequests(instance, userId), notice))
            },
        },
        {
            // Last: any other portal address is a page of its own, not the REST API's JSON 404.
            method: 'GET',
            pattern: /^\/sp\/.+$/,
            auth: 'session',
            loginRedirect: LOGIN,
            handle: (ctx) => status(ctx, 404, 'Page not found', 'There is no such page in the portal.'),
        },
    ]
}
