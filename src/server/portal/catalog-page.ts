import { GlideRecord } from '@servicenow/glide'
import { formatMoney, parseAmount } from '../catalog/money.ts'
import { personaServices, whyVisibleAll } from '../catalog/portal-data.ts'

/*
 * The persona catalog page (psm_catalog) and the item page (psm_item): the services the signed-in
 * user may order, grouped by category, searchable, each with its cost for the user's persona and
 * why they see it. Visibility is the platform's, decided on the server for every call: the widget
 * passes $sp.canReadRecord ("If the record type is ... sc_cat_item, or sc_category, the method
 * checks if the user can view the item"), so a hidden item is neither listed nor shown.
 * Plain data out; the templates bind it as text.
 */

/** Decides whether the session user may see a record (the widget passes $sp.canReadRecord). */
export type CanView = (record: GlideRecord) => boolean

/** Items per page: enough to browse, few enough that a page stays small on a 10,000-item catalog. */
export const PAGE_SIZE = 60
/** More search words than this are ignored (each is one query condition). */
const MAX_TERMS = 8
const SEARCH_FIELDS = ['name', 'short_description', 'description', 'meta']
const SYS_ID = /^[0-9a-f]{32}$/

export interface CatalogQuery {
    q: string
    category: string
    page: number
}

export interface CatalogItemView {
    sysId: string
    name: string
    shortDescription: string
    categoryId: string
    category: string
    /** The persona's monthly cost, "$12.00/month"; '' when the persona has no offering for the item. */
    monthlyCostText: string
    /** The one-off price, "$399.00"; '' when it has none. */
    priceText: string
    bundled: boolean
    /** "Offered to Telecommuters at $12.00/month", "Available to everyone", … */
    why: string
    /** Ordered one at a time (No quantity). */
    fixedQuantity: boolean
}

export interface CategoryCount {
    sysId: string
    title: string
    count: number
    selected: boolean
}

export interface CatalogGroup {
    sysId: string
    title: string
    items: CatalogItemView[]
}

export interface CatalogPageData {
    q: string
    category: string
    page: number
    pages: number
    pageSize: number
    /** Matching items in the selected category (all categories when none is selected). */
    total: number
    /** Matching items in all categories. */
    totalAllCategories: number
    /** The first and last position shown (1-based), 0 when nothing matches. */
    from: number
    to: number
    categories: CategoryCount[]
    groups: CatalogGroup[]
    personaName: string
}

/** The query string's q, category and page, bounded; anything malformed is ignored. */
export function catalogQuery(q: unknown, category: unknown, page: unknown): CatalogQuery {
    const text = typeof q === 'string' ? q.trim().slice(0, 100) : ''
    const cat = typeof category === 'string' && SYS_ID.test(category) ? category : ''
    const n = typeof page === 'string' && /^\d{1,6}$/.test(page) ? Number(page) : typeof page === 'number' && Number.isInteger(page) ? page : 1
    return { q: text, category: cat, page: Math.max(1, n) }
}

/** Lower-case words of a search text; quotes and punctuation separate words like spaces do. */
export function searchTerms(text: string): string[] {
    return text
        .toLowerCase()
        .split(/[\s"',;()]+/)
        .filter((t) => t !== '')
        .slice(0, MAX_TERMS)
}

interface Category {
    title: string
    order: number
}

function compareText(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0
}

/** The active categories the user may see, in display order (order, then title). */
function visibleCategories(canView: CanView): Map<string, Category> {
    const out = new Map<string, Category>()
    const gr = new GlideRecord('sc_category')
    gr.addActiveQuery()
    gr.query()
    const list: Array<[string, Category]> = []
    while (gr.next()) {
        if (!canView(gr)) continue
        list.push([gr.getUniqueValue(), { title: gr.getValue('title') || '', order: parseAmount(gr.getValue('order')) ?? 0 }])
    }
    list.sort((a, b) => a[1].order - b[1].order || compareText(a[1].title, b[1].title))
    for (const [id, c] of list) out.set(id, c)
    return out
}

/** The visible active items matching the search, as [sys_id, category] in the catalog's order. */
function matchingItems(q: string, canView: CanView): Array<[string, string]> {
    const gr = new GlideRecord('sc_cat_item')
    gr.addActiveQuery()
    gr.addQuery('hide_sp', '!=', true)
    for (const term of searchTerms(q)) {
        const condition = gr.addQuery(SEARCH_FIELDS[0], 'CONTAINS', term)
        for (const field of SEARCH_FIELDS.slice(1)) condition.addOrCondition(field, 'CONTAINS', term)
    }
    gr.orderBy('order')
    gr.orderBy('name')
    gr.orderBy('sys_id')
    gr.query()
    const out: Array<[string, string]> = []
    while (gr.next()) if (canView(gr)) out.push([gr.getUniqueValue(), gr.getValue('category') || ''])
    return out
}

interface ItemFacts {
    name: string
    shortDescription: string
    categoryId: string
    price: number
    fixedQuantity: boolean
}

function factsOf(ids: readonly string[]): Map<string, ItemFacts> {
    const out = new Map<string, ItemFacts>()
    if (!ids.length) return out
    const gr = new GlideRecord('sc_cat_item')
    gr.addQuery('sys_id', 'IN', ids.join(','))
    gr.query()
    while (gr.next()) {
        out.set(gr.getUniqueValue(), {
            name: gr.getValue('name') || '',
            shortDescription: gr.getValue('short_description') || '',
            categoryId: gr.getValue('category') || '',
            price: parseAmount(gr.getValue('price')) ?? 0,
            fixedQuantity: gr.getValue('no_quantity') === '1',
        })
    }
    return out
}

/** The views of items the user may see (the caller has checked): persona cost and why, read for these items only. */
function views(userId: string, ids: readonly string[], categories: ReadonlyMap<string, Category>): CatalogItemView[] {
    if (!ids.length) return []
    const facts = factsOf(ids)
    const offers = new Map(personaServices(userId).services.map((s) => [s.itemId, s]))
    const why = whyVisibleAll(userId, ids)
    const out: CatalogItemView[] = []
    for (const id of ids) {
        const f = facts.get(id)
        if (!f) continue
        const offer = offers.get(id)
        const category = categories.get(f.categoryId)
        out.push({
            sysId: id,
            name: f.name,
            shortDescription: f.shortDescription,
            categoryId: category ? f.categoryId : '',
            category: category ? category.title : '',
            monthlyCostText: offer ? offer.monthlyCostText : '',
            priceText: f.price > 0 ? formatMoney(f.price) : '',
            bundled: offer ? offer.bundled : false,
            why: why[id] || '',
            fixedQuantity: f.fixedQuantity,
        })
    }
    return out
}

function personaNameOf(userId: string): string {
    const user = new GlideRecord('sys_user')
    return userId && user.get(userId) ? user.getDisplayValue('x_psm_persona_persona') : ''
}

/** One page of the user's catalog: grouped by category (its order, then title), within one the catalog's order. */
export function catalogPage(userId: string, query: CatalogQuery, canView: CanView): CatalogPageData {
    const categories = visibleCategories(canView)
    const position = new Map<string, number>()
    let p = 0
    categories.forEach((_c, id) => position.set(id, p++))
    const matching: Array<{ id: string; category: string; position: number }> = []
    for (const [id, category] of matchingItems(query.q, canView)) {
        const at = position.get(category)
        matching.push({ id, category: at === undefined ? '' : category, position: at === undefined ? categories.size : at })
    }
    // Stable: within a category the catalog's own order stays.
    matching.sort((a, b) => a.position - b.position)
    const counts = new Map<string, CategoryCount>()
    for (const m of matching) {
        if (!m.category) continue
        const c = counts.get(m.category) || { sysId: m.category, title: (categories.get(m.category) as Category).title, count: 0, selected: false }
        c.count++
        counts.set(m.category, c)
    }
    const category = counts.has(query.category) ? query.category : ''
    const filtered = category ? matching.filter((m) => m.category === category) : matching
    const pages = Math.max(1, Math.ceil(filtered.length / PAGE_SIZE))
    const page = Math.min(query.page, pages)
    const start = (page - 1) * PAGE_SIZE
    const shown = filtered.slice(start, start + PAGE_SIZE)
    const groups: CatalogGroup[] = []
    for (const item of views(userId, shown.map((m) => m.id), categories)) {
        const last = groups[groups.length - 1]
        if (last && last.sysId === item.categoryId) last.items.push(item)
        else groups.push({ sysId: item.categoryId, title: item.category || 'Other services', items: [item] })
    }
    const list: CategoryCount[] = []
    counts.forEach((c) => list.push({ ...c, selected: c.sysId === category }))
    return {
        q: query.q,
        category,
        page,
        pages,
        pageSize: PAGE_SIZE,
        total: filtered.length,
        totalAllCategories: matching.length,
        from: shown.length ? start + 1 : 0,
        to: start + shown.length,
        categories: list,
        groups,
        personaName: personaNameOf(userId),
    }
}

export interface ItemPageData {
    /** 'ok', or 'hidden' (the user may not see it) or 'missing' (no such active item): nothing else is said. */
    status: 'ok' | 'hidden' | 'missing'
    item: (CatalogItemView & { description: string }) | null
    personaName: string
}

/** The item page: the item, its cost for the persona and why the user sees it; nothing about an item they may not see. */
export function itemPage(userId: string, itemId: unknown, canView: CanView): ItemPageData {
    const id = typeof itemId === 'string' ? itemId : ''
    const personaName = personaNameOf(userId)
    const gr = new GlideRecord('sc_cat_item')
    if (!SYS_ID.test(id) || !gr.get(id) || gr.getValue('active') !== '1') return { status: 'missing', item: null, personaName }
    if (!canView(gr)) return { status: 'hidden', item: null, personaName }
    const categories = visibleCategories(canView)
    const [view] = views(userId, [id], categories)
    return { status: 'ok', item: { ...view, description: plainText(gr.getValue('description') || '') }, personaName }
}

/** An item's description is HTML on the platform; the page shows its text (tags dropped, entities read). */
export function plainText(html: string): string {
    return html
        .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
        .replace(/<br\s*\/?>|<\/p>|<\/li>/gi, '\n')
        .replace(/<[^>]*>/g, '')
        .replace(/&nbsp;/g, ' ')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&')
        .replace(/[ \t]+/g, ' ')
        .replace(/\n\s*\n+/g, '\n')
        .trim()
}
