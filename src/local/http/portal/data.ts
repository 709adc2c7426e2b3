import { CatalogError, CatalogService } from '../../catalog/catalog-service'
import { searchTerms } from '../../catalog/text'
import { GlideRecord } from '../../glide/GlideRecord'
import type { Instance } from '../../instance'
import type { PersonaCard, PersonaServices } from '../../../server/catalog/portal-data'
import { HttpError } from '../errors'
import type { CatalogItemView, CatalogListing, CategoryCount } from './catalog-view'
import { parseAmount } from './format'
import { plainText, type ItemDetailView } from './item-view'
import type { ListingQuery, PortalData, PortalUser } from './portal-data'

/** Items per catalog page: enough to browse, few enough that a page stays small on a 10,000-item catalog. */
export const PAGE_SIZE = 60
/** The catalog API searches these fields (src/local/catalog/catalog-service.ts); the portal's search matches the same. */
const SEARCH_FIELDS = ['name', 'short_description', 'description', 'meta'] as const
/** More search words than this are ignored (each is one SQL condition). */
const MAX_TERMS = 8

/** The app's portal module (src/server/catalog/portal-data.ts), as installed. */
interface PortalModule {
    personaCard(userId: string): PersonaCard
    personaServices(userId: string): PersonaServices
    whyVisibleAll(userId: string, itemIds: readonly string[]): { [itemId: string]: string }
    whyVisible(userId: string, itemId: string): string
}

interface Category {
    title: string
    order: number
}

/** What the page shows of an item, read for one page of items only. */
interface ItemRow {
    id: string
    name: string
    shortDescription: string
    categoryId: string
    price: number
}

const SYS_ID = /^[0-9a-f]{32}$/

function categories(): Map<string, Category> {
    const out = new Map<string, Category>()
    const gr = new GlideRecord('sc_category')
    gr.query()
    while (gr.next()) out.set(gr.getUniqueValue(), { title: gr.getValue('title') ?? '', order: parseAmount(gr.getValue('order')) ?? 0 })
    return out
}

/**
 * The active items that match the search (every word in one of the searched fields), as
 * [sys_id, category] in the catalog's order. The conditions are the app's encoded query, run in
 * SQL, and only two columns are read: on a 10,000-item catalog this is one indexed scan, not
 * 10,000 records. (Query business rules do not apply to this id list; user criteria decide
 * visibility, on the engine's cached set.)
 */
function matchingItems(instance: Instance, q: string): Array<[string, string]> {
    const gr = new GlideRecord('sc_cat_item')
    gr.addActiveQuery()
    gr.addQuery('hide_sp', '!=', true)
    for (const term of searchTerms(q).slice(0, MAX_TERMS)) {
        const condition = gr.addQuery(SEARCH_FIELDS[0], 'CONTAINS', term)
        for (const field of SEARCH_FIELDS.slice(1)) condition.addOrCondition(field, 'CONTAINS', term)
    }
    gr.orderBy('order')
    gr.orderBy('name')
    gr.orderBy('sys_id')
    const { sql, params } = gr.buildSelect('t0.sys_id, t0.category')
    return instance.store.prepare(sql).raw().all(...params) as Array<[string, string]>
}

function itemRows(ids: readonly string[]): Map<string, ItemRow> {
    const out = new Map<string, ItemRow>()
    if (!ids.length) return out
    const gr = new GlideRecord('sc_cat_item')
    gr.addQuery('sys_id', 'IN', ids.join(','))
    gr.query()
    while (gr.next()) {
        out.set(gr.getUniqueValue(), {
            id: gr.getUniqueValue(),
            name: gr.getValue('name') ?? '',
            shortDescription: gr.getValue('short_description') ?? '',
            categoryId: gr.getValue('category') ?? '',
            price: parseAmount(gr.getValue('price')) ?? 0,
        })
    }
    return out
}

/** A catalog refusal as the page's HTTP error: 403 hidden, 404 unknown, 400 for the rest (shown on the form). */
function httpError(e: unknown): unknown {
    if (!(e instanceof CatalogError)) return e
    const status = e.code === 'forbidden' ? 403 : e.code === 'not_found' ? 404 : 400
    return new HttpError(status, e.message, e.detail)
}

/**
 * The portal's data, each call as the user: persona card, costs and "why you see this" from the
 * app's portal module; visibility from the user criteria engine's per-user cache; items, item pages
 * and orders through the Service Catalog's CatalogService (the same code as its REST API).
 */
export function portalData(instance: Instance): PortalData {
    const service = new CatalogService(instance)
    const app = () => instance.appModule<PortalModule>('src/server/catalog/portal-data.ts')
    const asUser = <T>(userId: string, fn: () => T): T => instance.runAs(userId, fn)

    const views = (userId: string, rows: readonly ItemRow[], cats: ReadonlyMap<string, Category>): CatalogItemView[] => {
        if (!rows.length) return []
        const offers = new Map(app().personaServices(userId).services.map((s) => [s.itemId, s]))
        const why = app().whyVisibleAll(userId, rows.map((r) => r.id))
        return rows.map((r) => {
            const offer = offers.get(r.id)
            const category = cats.get(r.categoryId)
            return {
                id: r.id,
                name: r.name,
                shortDescription: r.shortDescription,
                categoryId: category ? r.categoryId : '',
                categoryTitle: category?.title ?? '',
                monthlyCost: offer ? offer.monthlyCost : null,
                bundled: offer?.bundled ?? false,
                price: r.price,
                why: why[r.id] ?? '',
            }
        })
    }

    return {
        user: (userId): PortalUser =>
            asUser(userId, () => {
                const user = new GlideRecord('sys_user')
                if (!user.get(userId)) return { name: '', firstName: '', personaName: null }
                return {
                    name: user.getValue('name') || user.getValue('user_name') || '',
                    firstName: user.getValue('first_name') ?? '',
                    personaName: user.getDisplayValue('x_psm_persona_persona') || null,
                }
            }),

        personaCard: (userId) =>
            asUser(userId, () => {
                const card = app().personaCard(userId)
                return {
                    personaName: card.persona?.name ?? null,
                    description: card.persona?.description ?? '',
                    monthlyCost: card.persona ? card.persona.monthlyCost : null,
                    axes: card.dimensions.map((d) => ({ label: d.label, you: d.user, persona: d.persona })),
                    explanation: card.explanation,
                    locked: card.locked,
                }
            }),

        listing: (userId, query: ListingQuery): CatalogListing =>
            asUser(userId, () => {
                const visible = instance.userCriteria.visibleItems(userId)
                const cats = categories()
                // Grouped by category (its order, then title); within one, the catalog's own order (the sort is stable).
                const position = new Map(
                    [...cats.entries()]
                        .sort(([, x], [, y]) => x.order - y.order || (x.title < y.title ? -1 : x.title > y.title ? 1 : 0))
                        .map(([id], i) => [id, i]),
                )
                const matching: Array<{ id: string; category: string; position: number }> = []
                for (const [id, category] of matchingItems(instance, query.q)) {
                    if (!visible.has(id)) continue
                    const p = position.get(category)
                    matching.push({ id, category: p === undefined ? '' : category, position: p ?? cats.size })
                }
                matching.sort((a, b) => a.position - b.position)
                const counts = new Map<string, CategoryCount>()
                for (const m of matching) {
                    if (!m.category) continue
                    const c = counts.get(m.category) ?? { id: m.category, title: cats.get(m.category)?.title ?? '', count: 0 }
                    c.count++
                    counts.set(m.category, c)
                }
                const category = counts.has(query.category) ? query.category : ''
                const filtered = category ? matching.filter((m) => m.category === category) : matching
                const pages = Math.max(1, Math.ceil(filtered.length / PAGE_SIZE))
                const page = Math.min(query.page, pages)
                const ids = filtered.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).map((m) => m.id)
                const rows = itemRows(ids)
                return {
                    items: views(
                        userId,
                        ids.map((id) => rows.get(id)).filter((r): r is ItemRow => !!r),
                        cats,
                    ),
                    total: filtered.length,
                    categories: [...counts.values()],
                    totalAllCategories: matching.length,
                    q: query.q,
                    category,
                    page,
                    pageSize: PAGE_SIZE,
                }
            }),

        item: (userId, itemId) =>
            asUser(userId, (): ItemDetailView | 'hidden' | null => {
                if (!SYS_ID.test(itemId)) return null
                let entry
                try {
                    entry = service.get(userId, itemId)
                } catch (e) {
                    if (e instanceof CatalogError && e.code === 'forbidden') return 'hidden'
                    if (e instanceof CatalogError && e.code === 'not_found') return null
                    throw e
                }
                const item = new GlideRecord('sc_cat_item')
                item.get(itemId)
                return {
                    id: entry.sysId,
                    name: entry.name,
                    shortDescription: entry.shortDescription,
                    categoryId: entry.category?.sysId ?? '',
                    categoryTitle: entry.category?.title ?? '',
                    monthlyCost: entry.offering ? entry.offering.monthlyCost : null,
                    bundled: entry.offering?.bundled ?? false,
                    price: entry.price,
                    why: app().whyVisible(userId, itemId),
                    description: plainText(entry.description),
                    fixedQuantity: item.getValue('no_quantity') === '1',
                }
            }),

        order: (userId, itemId, quantity) => {
            try {
                const result = service.orderNow(userId, itemId, quantity)
                return { requestNumber: result.requestNumber }
            } catch (e) {
                throw httpError(e)
            }
        },
    }
}
