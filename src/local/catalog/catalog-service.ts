import { GlideRecord } from '../glide/GlideRecord'
import type { Instance } from '../instance'
import { amountOf, checkQuantity, matchesTerms, searchTerms } from './text'

/*
 * The Service Catalog as one user sees it, behind both the Service Catalog API and the portal:
 * only items the user may see (user criteria, src/local/engine/user-criteria.ts), each with the
 * user's persona offering when there is one, and ordering that refuses what the user may not see.
 * Everything runs as the user, through GlideRecord, so business rules see who acted.
 */

export interface Ref {
    sysId: string
    title: string
}

/** The user's persona offering for an item (x_psm_persona_offering). */
export interface ItemOffering {
    sysId: string
    personaId: string
    personaName: string
    monthlyCost: number
    bundled: boolean
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
    offering: ItemOffering | null
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
            const offerings = this.offeringsFor(userId)
            const titles = new Map<string, string>()
            const items = rows.slice(offset, offset + limit).map((r) => this.entry(r.gr, offerings, titles))
            return { items, total: rows.length }
        })
    }

    /** One item the user may see; not_found for an unknown or inactive item, forbidden for one hidden from the user. */
    get(userId: string, itemId: string): CatalogEntry {
        return this.instance.runAs(userId, () => this.entry(this.visibleItem(userId, itemId), this.offeringsFor(userId), new Map()))
    }

    /**
     * Orders one item now, as the platform's order_now does without a cart: one sc_request and one
     * sc_req_item for the user, in one transaction. Refused (nothing written) for an item the user
     * may not see, checked here on the server whatever a page showed.
     */
    orderNow(userId: string, itemId: string, rawQuantity: unknown): OrderResult {
        const check = checkQuantity(rawQuantity)
        if (!check.ok) throw new CatalogError('invalid', 'Invalid quantity', check.message)
        const quantity = check.quantity
        return this.instance.runAs(userId, () => {
            const item = this.visibleItem(userId, itemId)
            const offering = this.offeringsFor(userId).get(item.getUniqueValue()) ?? null
            const unit = amountOf(item.getValue('price'))
            const name = item.getValue('name') ?? ''
            return this.instance.store.transaction(() => {
                const request = new GlideRecord('sc_request')
                request.initialize()
                request.setValue('requested_for', userId)
                request.setValue('opened_by', userId)
                request.setValue('short_description', quantity > 1 ? `${quantity} x ${name}` : name)
                request.setValue('price', Math.round(unit * quantity * 100) / 100)
                const requestId = request.insert()
                if (!requestId) this.refused('sc_request')
                const ritm = new GlideRecord('sc_req_item')
                ritm.initialize()
                ritm.setValue('request', requestId)
                ritm.setValue('cat_item', item.getUniqueValue())
                const catalog = (item.getValue('sc_catalogs') ?? '').split(',')[0]
                if (catalog) ritm.setValue('sc_catalog', catalog)
                ritm.setValue('quantity', quantity)
                ritm.setValue('price', unit)
                ritm.setValue('requested_for', userId)
                ritm.setValue('opened_by', userId)
                ritm.setValue('short_description', name)
                if (offering) {
                    // The persona's monthly cost is what the service recurs at for this user.
                    ritm.setValue('recurring_price', offering.monthlyCost)
                    ritm.setValue('recurring_frequency', 'monthly')
                }
                const ritmId = ritm.insert()
                if (!ritmId) this.refused('sc_req_item')
                return {
                    requestId: requestId as string,
                    requestNumber: request.getValue('number') ?? '',
                    requestItemId: ritmId as string,
                    requestItemNumber: ritm.getValue('number') ?? '',
                    quantity,
                }
            })
        })
    }

    private refused(table: string): never {
        const refusal = this.instance.operations.lastRefusal
        // Throwing inside the transaction rolls back whatever part of the order was written.
        throw new CatalogError('refused', 'Order not placed', `The ${table} record was refused: ${refusal?.message ?? 'a business rule aborted it'}`)
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

    /** The user's persona offerings (active), keyed by catalog item. */
    private offeringsFor(userId: string): Map<string, ItemOffering> {
        const out = new Map<string, ItemOffering>()
        const schema = this.instance.store.schema
        if (!schema.has('x_psm_persona_offering') || !schema.column('sys_user', 'x_psm_persona_persona')) return out
        const user = new GlideRecord('sys_user')
        if (!user.get(userId)) return out
        const personaId = user.getValue('x_psm_persona_persona') ?? ''
        if (!personaId) return out
        const personaName = user.getDisplayValue('x_psm_persona_persona')
        const gr = new GlideRecord('x_psm_persona_offering')
        gr.addQuery('persona', personaId)
        gr.addQuery('active', true)
        gr.query()
        while (gr.next()) {
            out.set(gr.getValue('catalog_item') ?? '', {
                sysId: gr.getUniqueValue(),
                personaId,
                personaName,
                monthlyCost: amountOf(gr.getValue('monthly_cost')),
                bundled: gr.getValue('bundled') === '1',
            })
        }
        return out
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

    private entry(gr: GlideRecord, offerings: ReadonlyMap<string, ItemOffering>, titles: Map<string, string>): CatalogEntry {
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
            offering: offerings.get(gr.getUniqueValue()) ?? null,
        }
    }
}
