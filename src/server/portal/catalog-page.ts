import { GlideRecord } from '@servicenow/glide'
import { monthlyText, oneTimeText, parseAmount, priceText, servicePrice } from '../catalog/money.ts'
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
    /** The one-time price, "$399.00 one-time"; '' when there is none to pay (a persona service). */
    priceText: string
    /** The whole price as every place shows it (money.ts priceText): "$42.00/month", "$399.00 one-time", "No charge". */
    fullPriceText: string
    bundled: boolean
    /** "Offered to Telecommuters at $12.00/month", "Available to everyone", … */
    why: string
    /** Ordered one at a time (No quantity). */
    fixedQuantity: boolean
}

export interface CategoryLink {
    sysId: string
    title: string
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
    pageSize: number
    /** A further page has at least one item. */
    hasMore: boolean
    /** The first and last position shown (1-based), 0 when nothing matches. */
    from: number
    to: number
    /** The categories with at least one item the user may see (and that matches the search). */
    categories: CategoryLink[]
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

/**
 * The active items matching the search (in one category, or all), in the catalog's order, as
 * GlideRecord rows the caller reads one at a time: iterating stops as soon as a page is full, so a
 * page costs what it shows, not the size of the catalog.
 */
function matchingQuery(q: string, category: string): GlideRecord {
    const gr = new GlideRecord('sc_cat_item')
    gr.addActiveQuery()
    if (category) gr.addQuery('category', category)
    for (const term of searchTerms(q)) {
        const condition = gr.addQuery(SEARCH_FIELDS[0], 'CONTAINS', term)
        for (const field of SEARCH_FIELDS.slice(1)) condition.addOrCondition(field, 'CONTAINS', term)
    }
    gr.orderBy('order')
    gr.orderBy('name')
    gr.orderBy('sys_id')
    return gr
}

/** "Hide on Service Portal" (an empty value counts as false) and the user's own visibility. */
function shown(gr: GlideRecord, canView: CanView): boolean {
    return gr.getValue('hide_sp') !== '1' && canView(gr)
}

/**
 * Appends visible matching item ids of one category (or of none: null) to `into` until it holds
 * `wanted`. Rows are read in windows (chooseWindow), twice as many as still wanted, then doubling:
 * a page reads about what it shows, whatever the size of the catalog.
 */
function collect(q: string, category: string | null, others: readonly string[], into: string[], wanted: number, canView: CanView): void {
    let first = 0
    let size = Math.max(32, (wanted - into.length) * 2)
    // psm-allow-query-in-loop: one query per window of rows, doubling, so a page reads about what it shows
    for (;;) {
        const gr = category === null ? uncategorisedQuery(q, others) : matchingQuery(q, category)
        gr.chooseWindow(first, first + size, false)
        gr.query()
        let read = 0
        while (gr.next()) {
            read++
            if (shown(gr, canView)) into.push(gr.getUniqueValue())
            if (into.length >= wanted) return
        }
        if (read < size) return
        first += size
        size *= 2
    }
}

/** Matching items with no category, or one the user may not see: listed last, under "Other services". */
function uncategorisedQuery(q: string, visibleCategoryIds: readonly string[]): GlideRecord {
    const fresh = new GlideRecord('sc_cat_item')
    fresh.addActiveQuery()
    fresh.addEncodedQuery(visibleCategoryIds.length ? `categoryISEMPTY^ORcategoryNOT IN${visibleCategoryIds.join(',')}` : '')
    for (const term of searchTerms(q)) {
        const condition = fresh.addQuery(SEARCH_FIELDS[0], 'CONTAINS', term)
        for (const field of SEARCH_FIELDS.slice(1)) condition.addOrCondition(field, 'CONTAINS', term)
    }
    fresh.orderBy('order')
    fresh.orderBy('name')
    fresh.orderBy('sys_id')
    return fresh
}

/** Whether the category has an item the user may see that matches the search (stops at the first). */
function hasVisible(q: string, category: string, canView: CanView): boolean {
    const found: string[] = []
    collect(q, category, [], found, 1, canView)
    return found.length > 0
}

interface ItemFacts {
    name: string
    shortDescription: string
    categoryId: string
    price: number
    recurringPrice: number
    recurringFrequency: string
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
            recurringPrice: parseAmount(gr.getValue('recurring_price')) ?? 0,
            recurringFrequency: gr.getValue('recurring_frequency') || '',
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
        // The one price model (money.ts): a persona service costs the persona's monthly cost, nothing one-time.
        const price = servicePrice({ price: f.price, recurringPrice: f.recurringPrice, recurringFrequency: f.recurringFrequency }, offer ? offer.monthlyCost : null)
        out.push({
            sysId: id,
            name: f.name,
            shortDescription: f.shortDescription,
            categoryId: category ? f.categoryId : '',
            category: category ? category.title : '',
            monthlyCostText: price.monthly > 0 ? monthlyText(price.monthly) : '',
            priceText: price.oneTime > 0 ? oneTimeText(price.oneTime) : '',
            fullPriceText: priceText(price),
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

/**
 * One page of the user's catalog: all categories in display order (order, then title), each with the
 * catalog's order inside it; or one category. Only the items of the page (and one more, to know
 * whether another page follows) are read past the visibility check.
 */
export function catalogPage(userId: string, query: CatalogQuery, canView: CanView): CatalogPageData {
    const categories = visibleCategories(canView)
    const links: CategoryLink[] = []
    // psm-allow-query-in-loop: one short query per category (a handful), stopping at its first visible item
    categories.forEach((c, id) => {
        if (hasVisible(query.q, id, canView)) links.push({ sysId: id, title: c.title, selected: id === query.category })
    })
    const category = links.some((l) => l.selected) ? query.category : ''
    const start = (query.page - 1) * PAGE_SIZE
    // The visible items in page order, up to the end of this page and one more (is there a next page?).
    const wanted = start + PAGE_SIZE + 1
    const sequence: string[] = []
    if (category) collect(query.q, category, [], sequence, wanted, canView)
    else {
        // psm-allow-query-in-loop: categories in display order, stopping as soon as the page is full
        for (const link of links) {
            if (sequence.length >= wanted) break
            collect(query.q, link.sysId, [], sequence, wanted, canView)
        }
        if (sequence.length < wanted) {
            const ids: string[] = []
            categories.forEach((_c, id) => ids.push(id))
            collect(query.q, null, ids, sequence, wanted, canView)
        }
    }
    const ids = sequence.slice(start, start + PAGE_SIZE)
    const more = sequence.length > start + PAGE_SIZE
    const groups: CatalogGroup[] = []
    for (const item of views(userId, ids, categories)) {
        const last = groups[groups.length - 1]
        if (last && last.sysId === item.categoryId) last.items.push(item)
        else groups.push({ sysId: item.categoryId, title: item.category || 'Other services', items: [item] })
    }
    return {
        q: query.q,
        category,
        page: query.page,
        pageSize: PAGE_SIZE,
        hasMore: more,
        from: ids.length ? start + 1 : 0,
        to: start + ids.length,
        categories: links,
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
