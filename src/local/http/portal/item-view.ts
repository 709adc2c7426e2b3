import { MAX_QUANTITY } from '../../catalog/text'
import { escapeHtml } from '../respond'
import type { Session } from '../sessions'
import { costLine, INFO_ICON, type CatalogItemView } from './catalog-view'
import { CATALOG, csrfField, SP } from './layout'

/** The item page adds the long description and whether a quantity can be chosen. */
export interface ItemDetailView extends CatalogItemView {
    /** The item's description as plain text (the record holds HTML; see plainText). */
    description: string
    /** sc_cat_item.no_quantity: always one. */
    fixedQuantity: boolean
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: ' ' }

/**
 * An item description (HTML typed by catalog admins) as plain text: paragraphs and line breaks kept,
 * every tag dropped, a few entities decoded. The page escapes the result, so no markup survives.
 */
export function plainText(html: string): string {
    return html
        .replace(/<\s*(br|\/p|\/div|\/li|\/h\d)\b[^>]*>/gi, '\n')
        .replace(/<[^>]*>/g, '')
        .replace(/&(amp|lt|gt|quot|#39|apos|nbsp);/g, (_, e: string) => ENTITIES[e])
        .replace(/[ \t]+/g, ' ')
        .replace(/\n\s*\n+/g, '\n')
        .trim()
}

function paragraphs(text: string): string {
    return text
        .split('\n')
        .filter((p) => p.trim())
        .map((p) => `<p>${escapeHtml(p.trim())}</p>`)
        .join('')
}

function crumbs(item: ItemDetailView, last?: string): string {
    const itemCrumb = last
        ? `<li><a href="${SP}/item/${encodeURIComponent(item.id)}">${escapeHtml(item.name)}</a></li><li aria-current="page">${escapeHtml(last)}</li>`
        : `<li aria-current="page">${escapeHtml(item.name)}</li>`
    const category = item.categoryId ? `<li><a href="${CATALOG}?category=${encodeURIComponent(item.categoryId)}">${escapeHtml(item.categoryTitle)}</a></li>` : ''
    return `<nav class="crumbs" aria-label="Breadcrumb"><ol><li><a href="${CATALOG}">Catalog</a></li>${category}${itemCrumb}</ol></nav>`
}

function facts(item: ItemDetailView, personaName: string | null): string {
    return (
        `<dl class="facts"><dt>Category</dt><dd>${escapeHtml(item.categoryTitle || 'Other services')}</dd>` +
        `<dt>Cost</dt><dd>${costLine(item, personaName)}</dd></dl>` +
        `<p class="why" data-why>${INFO_ICON}<span><span class="sr-only">Why you see this: </span>${escapeHtml(item.why)}</span></p>`
    )
}

/** The item page: description, cost for the user's persona, why it is visible, and Order. */
export function itemBody(item: ItemDetailView, personaName: string | null): string {
    const description = paragraphs(item.description) || `<p>${escapeHtml(item.shortDescription)}</p>`
    return (
        crumbs(item) +
        `<div class="detail"><article class="card pad" aria-labelledby="item-title"><h1 id="item-title" class="page-title">${escapeHtml(item.name)}</h1>` +
        `<p class="lede">${escapeHtml(item.shortDescription)}</p><div class="body">${description}</div></article>` +
        `<aside class="card pad order-box" aria-label="Order">${facts(item, personaName)}` +
        `<a class="btn" href="${SP}/item/${encodeURIComponent(item.id)}/order">Order this service</a></aside></div>`
    )
}

/** The confirmation step: what will be ordered and at what cost; the POST carries the CSRF token. */
export function confirmBody(item: ItemDetailView, personaName: string | null, session: Session, error: string | null, quantity = '1'): string {
    const action = `${SP}/item/${encodeURIComponent(item.id)}/order`
    const qty = item.fixedQuantity
        ? `<input type="hidden" name="quantity" value="1"><p>Quantity: 1</p>`
        : `<div class="field qty"><label for="quantity">Quantity</label><input type="number" id="quantity" name="quantity" min="1" max="${MAX_QUANTITY}" step="1" inputmode="numeric" required value="${escapeHtml(quantity)}"${error ? ' aria-invalid="true" aria-describedby="order-error"' : ''}></div>`
    return (
        crumbs(item, 'Confirm order') +
        `<section class="confirm card pad" aria-labelledby="confirm-title"><h1 id="confirm-title" class="page-title">Confirm your order</h1>` +
        `<p class="lede">Check the details, then confirm. The request goes to the service desk for fulfilment.</p>` +
        (error ? `<p class="notice err" role="alert" id="order-error">${escapeHtml(error)}</p>` : '') +
        `<h2>${escapeHtml(item.name)}</h2>${facts(item, personaName)}` +
        `<form method="post" action="${action}" data-once>${csrfField(session)}<div class="row">${qty}` +
        `<button type="submit" class="btn" data-busy-label="Ordering …">Confirm order</button>` +
        `<a class="btn secondary" href="${SP}/item/${encodeURIComponent(item.id)}">Cancel</a></div></form></section>`
    )
}
