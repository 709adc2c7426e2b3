import { gs, GlideRecord } from '@servicenow/glide'
import { portalUrl, PORTAL_PAGES, ticketUrl, trimBase } from '../change/mail-links.ts'
import { htmlToPlainText } from '../change/render-text.ts'
import { displayNames, ITEM_DISPLAY_FIELD } from './display-names.ts'
import { htmlForTextPart, htmlPart, messageKey } from './mail-parts.ts'
import { monthlyText, parseAmount } from './money.ts'
import { renderItemFulfilled, renderOrderConfirmation, type ConfirmedItem } from './fulfilment-render.ts'

interface Printer {
    print(text: string): void
}

/** The base "My requests" page of the portal. */
const MY_REQUESTS = 'requests'

function base(): string {
    return trimBase(gs.getProperty('glide.servlet.uri', '') || '')
}

function userName(userId: string): string {
    const u = new GlideRecord('sys_user')
    return userId && u.get(userId) ? u.getValue('first_name') || u.getValue('name') || u.getValue('user_name') || '' : ''
}

/** current: the sc_request. */
function confirmationHtml(current: GlideRecord): string {
    const items: ConfirmedItem[] = []
    let memberCost: number | null = null
    const ritm = new GlideRecord('sc_req_item')
    ritm.addQuery('request', current.getUniqueValue())
    ritm.orderBy('number')
    ritm.query()
    const itemIds: string[] = []
    while (ritm.next()) {
        itemIds.push(ritm.getValue('cat_item') || '')
        items.push({ number: ritm.getValue('number') || '', name: '', priceText: ritm.getValue('x_psm_persona_price_shown') || '', stage: ritm.getDisplayValue('stage') })
        const cost = parseAmount(ritm.getValue('x_psm_persona_member_monthly_cost'))
        if (cost !== null && memberCost === null) memberCost = cost
    }
    // The items' names in one query (what getDisplayValue('cat_item') gives row by row).
    const names = displayNames('sc_cat_item', itemIds, ITEM_DISPLAY_FIELD)
    items.forEach((item, i) => (item.name = names[itemIds[i]] || ''))
    const b = base()
    return renderOrderConfirmation({
        userName: userName(current.getValue('requested_for') || ''),
        requestNumber: current.getValue('number') || '',
        requestUrl: ticketUrl(b, 'sc_request', current.getUniqueValue()),
        myRequestsUrl: portalUrl(b, MY_REQUESTS),
        items,
        memberCostText: memberCost === null ? '' : monthlyText(memberCost),
    })
}

/** current: the sc_req_item whose tasks all closed. */
function fulfilledHtml(current: GlideRecord): string {
    const b = base()
    return renderItemFulfilled({
        userName: userName(current.getValue('requested_for') || ''),
        itemNumber: current.getValue('number') || '',
        name: current.getDisplayValue('cat_item'),
        // The feedback page is the project's contract: any record extending task, the requester's view.
        feedbackUrl: portalUrl(b, PORTAL_PAGES.feedback, { task: current.getUniqueValue(), role: 'requester' }),
        myRequestsUrl: portalUrl(b, MY_REQUESTS),
    })
}

/** The message's key: its event and request (the HTML is rendered once for both parts, mail-parts.ts). */
function keyOf(current: GlideRecord, event?: GlideRecord | null): string {
    return messageKey(event ? event.getUniqueValue() : '', current.getUniqueValue())
}

export function printOrderConfirmation(current: GlideRecord, template: Printer, _email?: unknown, _action?: unknown, event?: GlideRecord | null): void {
    template.print(htmlPart(keyOf(current, event), () => confirmationHtml(current)))
}

export function printOrderConfirmationText(current: GlideRecord, template: Printer, _email?: unknown, _action?: unknown, event?: GlideRecord | null): void {
    template.print(htmlToPlainText(htmlForTextPart(keyOf(current, event), () => confirmationHtml(current))))
}

export function printItemFulfilled(current: GlideRecord, template: Printer): void {
    template.print(fulfilledHtml(current))
}

export function printItemFulfilledText(current: GlideRecord, template: Printer): void {
    template.print(htmlToPlainText(fulfilledHtml(current)))
}
