import { GlideRecord } from '@servicenow/glide'
import { portalUrl, PORTAL_PAGES, ticketUrl } from '../mail/links.ts'
import { instanceUrl } from '../mail/instance-url.ts'
import type { MailPrinter } from '../mail/outbound.ts'
import { userGreetingName } from '../mail/people.ts'
import { htmlToPlainText } from '../mail/text.ts'
import { displayNames, ITEM_DISPLAY_FIELD } from './display-names.ts'
import { htmlForTextPart, htmlPart, messageKey } from './mail-parts.ts'
import { monthlyText, parseAmount } from './money.ts'
import { renderItemFulfilled, renderOrderConfirmation, type ConfirmedItem } from './fulfilment-render.ts'

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
    const b = instanceUrl()
    return renderOrderConfirmation({
        userName: userGreetingName(current.getValue('requested_for') || ''),
        requestNumber: current.getValue('number') || '',
        requestUrl: ticketUrl(b, 'sc_request', current.getUniqueValue()),
        myRequestsUrl: portalUrl(b, PORTAL_PAGES.requests),
        items,
        memberCostText: memberCost === null ? '' : monthlyText(memberCost),
    })
}

/** current: the sc_req_item whose tasks all closed. */
function fulfilledHtml(current: GlideRecord): string {
    const b = instanceUrl()
    return renderItemFulfilled({
        userName: userGreetingName(current.getValue('requested_for') || ''),
        itemNumber: current.getValue('number') || '',
        name: current.getDisplayValue('cat_item'),
        // The feedback page is the project's contract: any record extending task, the requester's view.
        feedbackUrl: portalUrl(b, PORTAL_PAGES.feedback, { task: current.getUniqueValue(), role: 'requester' }),
        myRequestsUrl: portalUrl(b, PORTAL_PAGES.requests),
    })
}

/** The message's key: its event and request (the HTML is rendered once for both parts, mail-parts.ts). */
function keyOf(current: GlideRecord, event?: GlideRecord | null): string {
    return messageKey(event ? event.getUniqueValue() : '', current.getUniqueValue())
}

export function printOrderConfirmation(current: GlideRecord, template: MailPrinter, _email?: unknown, _action?: unknown, event?: GlideRecord | null): void {
    template.print(htmlPart(keyOf(current, event), () => confirmationHtml(current)))
}

export function printOrderConfirmationText(current: GlideRecord, template: MailPrinter, _email?: unknown, _action?: unknown, event?: GlideRecord | null): void {
    template.print(htmlToPlainText(htmlForTextPart(keyOf(current, event), () => confirmationHtml(current))))
}

export function printItemFulfilled(current: GlideRecord, template: MailPrinter): void {
    template.print(fulfilledHtml(current))
}

export function printItemFulfilledText(current: GlideRecord, template: MailPrinter): void {
    template.print(htmlToPlainText(fulfilledHtml(current)))
}
