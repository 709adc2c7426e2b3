import { escapeHtml } from '../respond'
import { formatMoney } from './format'
import { CATALOG, SP } from './layout'

/** One catalog item as the portal lists it. */
export interface CatalogItemView {
    id: string
    name: string
    shortDescription: string
    categoryId: string
    categoryTitle: string
    /** The monthly cost for the user's persona, when their persona offers the item. */
    monthlyCost: number | null
    /** Provisioned with the persona by default. */
    bundled: boolean
    /** The item's one-time price (sc_cat_item.price), 0 when free. */
    price: number
    /** Why the user sees it, in one line. */
    why: string
}

export interface CategoryCount {
    id: string
    title: string
    count: number
}

/** One page of the filtered catalog. */
export interface CatalogListing {
    items: CatalogItemView[]
    /** Items matching the search and category. */
    total: number
    /** Categories of the items matching the search (before the category filter), with counts. */
    categories: CategoryCount[]
    /** Items matching the search in every category. */
    totalAllCategories: number
    q: string
    category: string
    page: number
    pageSize: number
}

export const INFO_ICON = `<svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M8 7v4.5M8 4.6v.1" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"/></svg>`

/** A link to the catalog with the given filters (empty ones left out). */
export function catalogHref(q: string, category: string, page = 1): string {
    const params = new URLSearchParams()
    if (q) params.set('q', q)
    if (category) params.set('category', category)
    if (page > 1) params.set('page', String(page))
    const s = params.toString()
    return s ? `${CATALOG}?${s}` : CATALOG
}

/** The cost of an item: the persona's monthly cost, else its one-time price, else free; and whether it is in the bundle. */
export function costLine(item: Pick<CatalogItemView, 'monthlyCost' | 'price' | 'bundled'>, personaName: string | null): string {
    let price: string
    if (item.monthlyCost !== null) {
        const forWhom = personaName ? ` for ${escapeHtml(personaName)}` : ''
        price = `<span class="price">${escapeHtml(formatMoney(item.monthlyCost))} <span class="per">/ month${forWhom}</span></span>`
    } else if (item.price > 0) price = `<span class="price">${escapeHtml(formatMoney(item.price))} <span class="per">one-time</span></span>`
    else price = `<span class="price">No charge</span>`
    return `<span class="cost">${price}${item.bundled ? '<span class="tag">In your bundle</span>' : ''}</span>`
}

function itemCard(item: CatalogItemView): string {
    const href = `${SP}/item/${encodeURIComponent(item.id)}`
    return (
        `<li class="item card"><h4><a href="${href}">${escapeHtml(item.name)}</a></h4>` +
        `<p class="sd">${escapeHtml(item.shortDescription)}</p>` +
        `<p class="why" data-why>${INFO_ICON}<span><span class="sr-only">Why you see this: </span>${escapeHtml(item.why)}</span></p>` +
        `<div class="actions">${costLine(item, null)}` +
        `<a class="btn small" href="${href}/order">Order<span class="sr-only"> ${escapeHtml(item.name)}</span></a></div></li>`
    )
}

function chips(listing: CatalogListing): string {
    const chip = (id: string, title: string, count: number) =>
        `<li><a href="${escapeHtml(catalogHref(listing.q, id))}"${listing.category === id ? ' aria-current="true"' : ''}>${escapeHtml(title)} <span class="n">${count}</span></a></li>`
    return (
        `<nav aria-label="Categories"><ul class="chips">${chip('', 'All', listing.totalAllCategories)}` +
        listing.categories.map((c) => chip(c.id, c.title, c.count)).join('') +
        `</ul></nav>`
    )
}

function pager(listing: CatalogListing): string {
    const pages = Math.max(1, Math.ceil(listing.total / listing.pageSize))
    if (pages <= 1) return ''
    const prev = listing.page > 1 ? `<a class="btn secondary" href="${escapeHtml(catalogHref(listing.q, listing.category, listing.page - 1))}" rel="prev">Previous</a>` : ''
    const next =
        listing.page < pages ? `<a class="btn secondary" href="${escapeHtml(catalogHref(listing.q, listing.category, listing.page + 1))}" rel="next">More services</a>` : ''
    return `<nav class="pager" aria-label="Pages">${prev}${next}</nav>`
}

/** The catalog section: search, category chips, items grouped by category, paging. */
export function catalogSection(listing: CatalogListing): string {
    const search =
        `<form class="search" method="get" action="${CATALOG}" role="search">` +
        `<div class="field"><label for="q">Search services</label><input type="search" id="q" name="q" value="${escapeHtml(listing.q)}" placeholder="Laptop, VPN, headset …" maxlength="100"></div>` +
        (listing.category ? `<input type="hidden" name="category" value="${escapeHtml(listing.category)}">` : '') +
        `<div><button type="submit" class="btn">Search</button></div></form>`
    const first = (listing.page - 1) * listing.pageSize
    const shown = listing.items.length
    const info = listing.total
        ? `<p class="result-info" role="status">Showing ${first + 1}–${first + shown} of ${listing.total} service${listing.total === 1 ? '' : 's'}${listing.q ? ` matching “${escapeHtml(listing.q)}”` : ''}.</p>`
        : `<p class="result-info" role="status">No services match${listing.q ? ` “${escapeHtml(listing.q)}”` : ''}.</p>`
    const groups = new Map<string, { title: string; items: CatalogItemView[] }>()
    for (const item of listing.items) {
        const g = groups.get(item.categoryId) ?? { title: item.categoryTitle || 'Other services', items: [] }
        g.items.push(item)
        groups.set(item.categoryId, g)
    }
    const sections = [...groups.entries()]
        .map(
            ([id, g], i) =>
                `<section class="category" aria-labelledby="cat-${i}"><h3 id="cat-${i}" data-category="${escapeHtml(id)}">${escapeHtml(g.title)}</h3>` +
                `<ul class="items">${g.items.map(itemCard).join('')}</ul></section>`,
        )
        .join('')
    const empty = listing.total ? '' : `<div class="card empty"><p>Try another word, or <a href="${CATALOG}">show all services</a>.</p></div>`
    return (
        `<section class="catalog" aria-labelledby="catalog-title"><h2 id="catalog-title" class="sr-only">Catalog</h2>` +
        `${search}${chips(listing)}${info}${sections}${empty}${pager(listing)}</section>`
    )
}
