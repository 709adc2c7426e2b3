import { GlideRecord } from '../../glide/GlideRecord'
import type { Instance } from '../../instance'
import { escapeHtml } from '../respond'
import { CATALOG, SP } from './layout'

/** How many of the user's latest requested items "My requests" lists. */
export const MY_REQUESTS_LIMIT = 100

export interface RequestRow {
    request: string
    requestNumber: string
    itemNumber: string
    itemId: string
    itemName: string
    quantity: string
    state: string
    active: boolean
    opened: string
}

/** The user's requested items (newest first): theirs when the item or its request is for them. */
export function myRequests(instance: Instance, userId: string, limit = MY_REQUESTS_LIMIT): RequestRow[] {
    return instance.runAs(userId, () => {
        const ritm = new GlideRecord('sc_req_item')
        ritm.addQuery('requested_for', userId).addOrCondition('request.requested_for', userId)
        ritm.orderByDesc('sys_created_on')
        ritm.orderByDesc('number')
        ritm.setLimit(limit)
        ritm.query()
        const rows: RequestRow[] = []
        while (ritm.next()) {
            rows.push({
                request: ritm.getValue('request') ?? '',
                requestNumber: ritm.getDisplayValue('request'),
                itemNumber: ritm.getValue('number') ?? '',
                itemId: ritm.getValue('cat_item') ?? '',
                itemName: ritm.getDisplayValue('cat_item') || ritm.getValue('short_description') || '(item removed)',
                quantity: ritm.getValue('quantity') ?? '1',
                state: ritm.getDisplayValue('state'),
                active: ritm.getValue('active') !== '0' && ritm.getValue('active') !== 'false',
                opened: ritm.getValue('sys_created_on') ?? '',
            })
        }
        return rows
    })
}

/**
 * The request a success message may name: only one of the user's own, so a crafted link cannot
 * make the page announce something that did not happen.
 */
export function ownRequestNumber(instance: Instance, userId: string, number: string | null): string | null {
    if (!number || !/^[A-Z]{2,8}\d{1,12}$/.test(number)) return null
    return instance.runAs(userId, () => {
        const req = new GlideRecord('sc_request')
        req.addQuery('number', number)
        req.addQuery('requested_for', userId).addOrCondition('opened_by', userId)
        req.setLimit(1)
        req.query()
        return req.next() ? number : null
    })
}

function stateClass(row: RequestRow): string {
    if (!row.active) return /complete/i.test(row.state) ? 'state done' : 'state closed'
    return 'state'
}

/** Shows a stored UTC date-time ("2026-11-23 13:45:00") as "2026-11-23 13:45 UTC" in a <time> element. */
function when(value: string): string {
    const m = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2})/.exec(value)
    if (!m) return escapeHtml(value)
    return `<time datetime="${escapeHtml(`${m[1]}T${m[2]}Z`)}">${escapeHtml(`${m[1]} ${m[2]}`)} UTC</time>`
}

/** The body of "My requests": a table (stacked on small screens) or an empty state. */
export function requestsBody(rows: readonly RequestRow[], notice: string | null): string {
    const head = `<h1 class="page-title">My requests</h1><p class="lede">Everything you have ordered, newest first.</p>`
    const message = notice ? `<p class="notice ok" role="status">${escapeHtml(notice)}</p>` : ''
    if (!rows.length) {
        return `${head}${message}<div class="card empty"><p>You have not ordered anything yet.</p><p><a class="btn" href="${CATALOG}">Browse the catalog</a></p></div>`
    }
    const body = rows
        .map(
            (r) =>
                `<tr><td data-label="Request" class="num">${escapeHtml(r.requestNumber)}</td>` +
                `<td data-label="Item">${r.itemId ? `<a href="${SP}/item/${encodeURIComponent(r.itemId)}">${escapeHtml(r.itemName)}</a>` : escapeHtml(r.itemName)}` +
                ` <span class="sr-only">(${escapeHtml(r.itemNumber)})</span></td>` +
                `<td data-label="Quantity" class="num">${escapeHtml(r.quantity)}</td>` +
                `<td data-label="State"><span class="${stateClass(r)}">${escapeHtml(r.state)}</span></td>` +
                `<td data-label="Opened" class="num">${when(r.opened)}</td></tr>`,
        )
        .join('')
    return (
        `${head}${message}<div class="card table-card"><table class="requests"><caption class="sr-only">Your requested items</caption>` +
        `<thead><tr><th scope="col">Request</th><th scope="col">Item</th><th scope="col">Quantity</th><th scope="col">State</th><th scope="col">Opened</th></tr></thead>` +
        `<tbody>${body}</tbody></table></div>`
    )
}
