import { GlideRecord } from '../glide/GlideRecord'
import type { Instance } from '../instance'
import { addItem, cartFor, CartError, checkoutWithin, platform } from '../service-catalog/cart'
import { amountOf, matchesTerms, searchTerms } from './text'

/*
 * The Service Catalog as one user sees it, behind the Service Catalog REST API: only items the user
 * may see (user criteria, src/local/engine/user-criteria.ts), and ordering through the same cart as
 * sn_sc.CartJS (src/local/service-catalog/cart.ts), which refuses what the user may not see.
 * Everything runs as the user, through GlideRecord, so business rules see who acted.
 */

export interface Ref {
    sysId: string
    title: string
}

export interface CatalogEntry {
    sysId: string
    name: string
    shortDescription: string
    description: string
    className: string
    order: number
    category: Ref | null
    catalogs: Ref[]
    price: number
}

export interface ListOptions {
    /** Search text: every word must occur in the name, short description, description or meta. */
    text?: string
    /** Category sys_id. */
    category?: string
    /** Catalog sys_id. */
    catalog?: string
    limit?: number
    offset?: number
}

export interface OrderResult {
    requestId: string
    requestNumber: string
    requestItemId: string
    requestItemNumber: string
    quantity: number
}

export type CatalogErrorCode = 'not_found' | 'forbidden' | 'invalid' | 'refused'

/** Why a catalog call was refused; the HTTP layer maps the code to a status. */
export class CatalogError extends Error {
    constructor(
        readonly code: CatalogErrorCode,
        message: string,
        readonly detail: string,
    ) {
        super(message)
        this.name = 'CatalogError'
    }
}

const SYS_ID = /^[0-9a-f]{32}$/

/** Code-unit order: the same on every machine, whatever its locale. */
function compareText(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0
}

export class CatalogService {
    constructor(private readonly instance: Instance) {}

    /** The items the user may see, filtered, ordered by `order` then name, one page of them, and how many there are in all. */
    list(userId: string, options: ListOptions = {}): { items: CatalogEntry[]; total: number } {
        return this.instance.runAs(userId, () => {
            const visible = this.instance.userCriteria.visibleItems(userId)
            const terms = searchTerms(options.text ?? '')
            const gr = new GlideRecord('sc_cat_item')
            gr.addQuery('active', true)
            if (options.category) gr.addQuery('category', options.category)
            if (options.catalog) gr.addQuery('sc_catalogs', 'CONTAINS', options.catalog)
            gr.query()
            const rows: Array<{ gr: GlideRecord; order: number; name: string }> = []
            while (gr.next()) {
                if (!visible.has(gr.getUniqueValue())) continue
                if (!matchesTerms([gr.getValue('name'), gr.getValue('short_description'), gr.getValue('description'), gr.getValue('meta')], terms)) continue
                rows.push({ gr: gr.snapshot(), order: Number(gr.getValue('order') ?? 0) || 0, name: gr.getValue('name') ?? '' })
            }
            rows.sort((a, b) => a.order - b.order || compareText(a.name, b.name) || compareText(a.gr.getUniqueValue(), b.gr.getUniqueValue()))
            const offset = Math.max(0, options.offset ?? 0)
            const limit = options.limit === undefined ? rows.length : Math.max(0, options.limit)
            // Only the page is turned into entries: a large catalog costs one pass, not one lookup per item.
            const titles = new Map<string, string>()
            const items = rows.slice(offset, offset + limit).map((r) => this.entry(r.gr, titles))
            return { items, total: rows.length }
        })
    }

    /** One item the user may see; not_found for an unknown or inactive item, forbidden for one hidden from the user. */
    get(userId: string, itemId: string): CatalogEntry {
        return this.instance.runAs(userId, () => this.entry(this.visibleItem(userId, itemId), new Map()))
    }

    /**
     * Orders one item now, as the platform's order_now does without a cart: one sc_request and one
     * sc_req_item for the user, in one transaction, through a cart of its own (the user's cart is
     * left as it was). Refused (nothing written) for an item the user may not see, checked on the
     * server whatever a page showed.
     */
    orderNow(userId: string, itemId: string, rawQuantity: unknown): OrderResult {
        return this.instance.runAs(userId, () => {
            try {
                return platform(() =>
                    this.instance.store.transaction(() => {
                        const cart = cartFor(userId, `order_now_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`, true) as GlideRecord
                        addItem(cart, { sysparm_id: itemId, sysparm_quantity: rawQuantity })
                        const order = checkoutWithin(cart)
                        cart.deleteRecord()
                        const ritm = new GlideRecord('sc_req_item')
                        ritm.addQuery('request', order.request_id)
                        ritm.setLimit(1)
                        ritm.query()
                        ritm.next()
                        return {
                            requestId: order.request_id,
                            requestNumber: order.request_number,
                            requestItemId: ritm.getUniqueValue(),
                            requestItemNumber: ritm.getValue('number') ?? '',
                            quantity: Number(ritm.getValue('quantity') ?? 1) || 1,
                        }
                    }),
                )
            } catch (e) {
                throw catalogError(e, itemId)
            }
        })
    }

    private visibleItem(userId: string, itemId: string): GlideRecord {
        const item = new GlideRecord('sc_cat_item')
        if (!SYS_ID.test(itemId) || !item.get(itemId) || item.getValue('active') !== '1') {
            throw new CatalogError('not_found', 'Catalog item not found', `No active catalog item with sys_id ${itemId.slice(0, 64)}`)
        }
        if (!this.instance.userCriteria.canSeeItem(userId, itemId)) {
            throw new CatalogError(
                'forbidden',
                'Catalog item not available to you',
                // Names nothing: the item's name is itself something this user may not see.
                'The catalog item is not available to you: its user criteria do not include you, so it can be neither viewed nor ordered.',
            )
        }
        return item
    }

    /** Catalog titles, looked up once per call (`titles` caches them; '' marks a missing catalog). */
    private catalogRefs(ids: string[], titles: Map<string, string>): Ref[] {
        const out: Ref[] = []
        for (const id of ids) {
            let title = titles.get(id)
            if (title === undefined) {
                const gr = new GlideRecord('sc_catalog')
                title = gr.get(id) ? gr.getDisplayValue() : ''
                titles.set(id, title)
            }
            if (title) out.push({ sysId: id, title })
        }
        return out
    }

    private entry(gr: GlideRecord, titles: Map<string, string>): CatalogEntry {
        const categoryId = gr.getValue('category') ?? ''
        const catalogIds = (gr.getValue('sc_catalogs') ?? '').split(',').filter((s) => s !== '')
        return {
            sysId: gr.getUniqueValue(),
            name: gr.getValue('name') ?? '',
            shortDescription: gr.getValue('short_description') ?? '',
            description: gr.getValue('description') ?? '',
            className: gr.getRecordClassName(),
            order: Number(gr.getValue('order') ?? 0) || 0,
            category: categoryId ? { sysId: categoryId, title: gr.getDisplayValue('category') } : null,
            catalogs: this.catalogRefs(catalogIds, titles),
            price: amountOf(gr.getValue('price')),
        }
    }
}

/** A cart refusal as the catalog API's: the same codes, the API's messages. */
function catalogError(e: unknown, itemId: string): unknown {
    if (!(e instanceof CartError)) return e
    switch (e.code) {
        case 'not_found':
            return new CatalogError('not_found', 'Catalog item not found', `No active catalog item with sys_id ${itemId.slice(0, 64)}`)
        case 'forbidden':
            return new CatalogError('forbidden', 'Catalog item not available to you', e.message)
        case 'invalid':
            return new CatalogError('invalid', 'Invalid quantity', e.message)
        default:
            return new CatalogError('refused', 'Order not placed', e.message)
    }
}
